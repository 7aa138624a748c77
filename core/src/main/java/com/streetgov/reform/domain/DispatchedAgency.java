package com.streetgov.reform.domain;

/** A district agency placed at the street (派出机构, e.g. 司法所) and sunk into one unit. */
public record DispatchedAgency(String name, String sunkInto, String businessGuidance) {}
