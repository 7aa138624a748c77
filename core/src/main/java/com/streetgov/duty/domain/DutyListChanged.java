package com.streetgov.duty.domain;

import com.streetgov.tenancy.DistrictId;

/** Fired after a district's duty list or its streets' divisions changed (indexes built on it go stale). */
public record DutyListChanged(DistrictId district) {}
