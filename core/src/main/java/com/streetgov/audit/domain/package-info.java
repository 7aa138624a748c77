/** The audit's entries: configuration changes and the vendor's accesses to a district's cases. */
package com.streetgov.audit.domain;
