/**
 * Reform-model screens for district administrators: the versions of the district's model and their
 * life cycle, the draft editor, a street's layout on a date with its org chart and the legacy sections
 * its units came from (before/after counts), each street's own plan, the rules' findings, the audit
 * history, and the model file's export and import.
 */
package com.streetgov.ui.reform;
