/** The vendor's shard operations: loads, placements, moving a district (audited, logged). */
package com.streetgov.sharding.application;
