/** JPA storage of the audit, tenant-owned tables {@code config_change} and {@code vendor_access} (V10). */
package com.streetgov.audit.infrastructure;
