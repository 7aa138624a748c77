/** Tenant-owned storage of photos as {@code bytea} rows beside the matter (DD033). */
package com.streetgov.photo.infrastructure;
