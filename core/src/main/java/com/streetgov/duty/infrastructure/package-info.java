/** JPA storage of duty lists; tenant-owned rows keyed by district and item code. */
package com.streetgov.duty.infrastructure;
