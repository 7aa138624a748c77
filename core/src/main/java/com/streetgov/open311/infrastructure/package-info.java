/** Tenant-owned storage of client keys, their audit trail and Open311 request ids (hashes only). */
package com.streetgov.open311.infrastructure;
