/**
 * Tenant configuration: the reform-model file format, the shipped templates, their validation and
 * import/export. Depends on {@code core} only; the UI module depends on it.
 */
package com.streetgov.tenantconfig;
