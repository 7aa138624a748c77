package com.streetgov.whatif.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A matter of the replayed period as routing left it: its street, the duty item it was routed to (null
 * when it never reached one: at the desk, referred to a department or the community) and where it
 * actually went.
 */
public record PastMatter(
        String number, String street, String itemCode, String itemName, LocalDate receivedOn, Placement actual) {

    public PastMatter {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(street, "street");
        Objects.requireNonNull(actual, "actual");
    }

    /** Whether where it goes follows the layout and the duty list: it was routed to an item and a unit. */
    public boolean followsDuties() {
        return itemCode != null && actual.kind() == Placement.Kind.UNIT;
    }
}
