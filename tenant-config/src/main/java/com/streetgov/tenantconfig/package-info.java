/**
 * Tenant configuration: the reform-model file format, the shipped templates (reform models, duty
 * lists, enforcement catalogs, communities, dispatch catalogs, assessment rules), their validation and
 * import/export, spreadsheets, vendor onboarding and the demo districts. Depends on {@code core} only;
 * the UI module depends on it.
 */
package com.streetgov.tenantconfig;
