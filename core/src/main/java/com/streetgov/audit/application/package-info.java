/**
 * Writing configuration changes from the services that make them ({@code ConfigChanges}), the
 * district admin's reading of the audit ({@code AuditService}) and the vendor's logged review of a
 * district's cases ({@code VendorReview}).
 */
package com.streetgov.audit.application;
