/** JPA storage of communities, grids and commissioners (tenant-owned). */
package com.streetgov.community.infrastructure;
