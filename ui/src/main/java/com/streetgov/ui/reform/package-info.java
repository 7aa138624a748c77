/**
 * Reform-model screens for district administrators: the versions of the district's model and their
 * life cycle, a version's units and the legacy sections they came from (before/after counts), the
 * rules' findings, and the audit history.
 */
package com.streetgov.ui.reform;
