/**
 * Sharding (issue 15, DD039): districts spread over PostgreSQL databases. The directory itself is part
 * of the tenant boundary ({@link com.streetgov.tenancy.ShardDirectory}); this feature is the vendor's
 * side of it: each shard's load, and moving a district with all its rows to another shard.
 *
 * <p>Invariants: a move copies every row of every table with {@code district_id} (and the district's
 * anchor row) while it holds the district's advisory lock on the source, so no transaction of the
 * district runs meanwhile; it switches the directory only when every table's row count and checksum
 * are equal on both sides, and otherwise leaves the district where it was, untouched; each move,
 * refused or done, is recorded with its per-table figures.
 */
package com.streetgov.sharding;
