/** Platform plumbing shared by all features: database migrations, JPA helpers, command validation. */
package com.streetgov.platform;
