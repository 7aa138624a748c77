/**
 * The residents' own window (issue 13): a resident submits a matter without logging in, gets an
 * unguessable tracking code, follows the matter by it and rates the answer once. Invariants: a code is
 * 256 random bits, stored only as its SHA-256 beside the matter (DD021); a code reads nothing but its
 * own matter, and only what the resident may see (state, deadline, the unit in charge, the answer, the
 * photos —
 * never internal notes, the history or other people's data); the rating is the resident's own channel
 * and counts as the return visit (DD023).
 */
package com.streetgov.resident;
