/** The copy of a district's rows between PostgreSQL databases (COPY, checksums) and the move log. */
package com.streetgov.sharding.infrastructure;
