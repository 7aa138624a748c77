package com.streetgov.duty.domain;

import java.util.List;

/** A street's own division of an item's lead (Luohu: streets may re-divide duties among units). */
public record StreetAssignment(String street, String itemCode, List<String> leadUnits) {

    public StreetAssignment {
        leadUnits = List.copyOf(leadUnits);
    }
}
