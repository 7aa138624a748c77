/**
 * Screens of the audit: the district admin's 审计记录 (configuration changes and the vendor's accesses
 * to the district's cases) and the vendor's logged review of one district's cases. They only show
 * what core's audit feature records and refuses.
 */
package com.streetgov.ui.audit;
