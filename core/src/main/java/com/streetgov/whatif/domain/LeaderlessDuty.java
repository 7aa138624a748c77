package com.streetgov.whatif.domain;

/** A street-level duty item that has a lead unit in a street today but none under the draft. */
public record LeaderlessDuty(String street, String itemCode, String itemName) {}
