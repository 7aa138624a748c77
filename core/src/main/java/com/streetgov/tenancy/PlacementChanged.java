package com.streetgov.tenancy;

/**
 * A district was placed, paused or moved in the shard directory (DD039): every instance drops its
 * directory snapshot (the UI module passes it to the other members of a cluster).
 */
public record PlacementChanged(DistrictId district) {}
