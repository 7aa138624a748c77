/**
 * The vendor's shards screen (issue 15, DD039): each shard's districts, where each district lives, and
 * moving a district to another shard with the per-table figures of the move. Rules live in core's
 * {@code sharding}; this screen only shows them.
 */
package com.streetgov.ui.sharding;
