/** Shards' load and the figures of a district's move: values, no persistence. */
package com.streetgov.sharding.domain;
