/**
 * Open311 clients and requests: a district's client keys (created and revoked by its administrator,
 * audited) and the unguessable ids handed to Open311 submitters.
 *
 * <p>Invariants: a key or request id is never stored, only its SHA-256; a key or id of one district
 * means nothing in another (every row is tenant-owned); a revoked key authenticates nothing; every
 * key created or revoked leaves an audit entry naming who, when and why.
 */
package com.streetgov.open311;
