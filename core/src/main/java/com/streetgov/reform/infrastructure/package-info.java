/** JPA storage of reform models (one document per district) and their audit trail; tenant-owned. */
package com.streetgov.reform.infrastructure;
