/** Platform plumbing shared by all features: database migrations. */
package com.streetgov.platform;
