/** Seed templates' communities, grids and commissioners, generated at the sizes the sources give. */
package com.streetgov.tenantconfig.community;
