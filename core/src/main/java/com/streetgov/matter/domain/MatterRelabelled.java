package com.streetgov.matter.domain;

import com.streetgov.tenancy.DistrictId;

/** Fired when a person decided a matter's duty item (re-route, judged dispute): routing learns from it. */
public record MatterRelabelled(DistrictId district) {}
