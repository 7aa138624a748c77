/**
 * Assessment storage: JPA for the tenant-owned exclusion rows; plain SQL aggregation over matters,
 * return visits and exclusions, always naming the district (DD024, DD022).
 */
package com.streetgov.assessment.infrastructure;
