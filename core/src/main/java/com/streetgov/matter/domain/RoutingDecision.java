package com.streetgov.matter.domain;

import com.streetgov.text.Text;
import java.util.List;

/**
 * Where a matter was sent and why: the street, the duty item, the rule that chose it (the category
 * given, Chinese text matching with its score, a manual re-route, a judged dispute), and the lead and
 * assisting units of that street's layout in force on the intake date. {@code reason} says it as a
 * text (see {@link Router}'s keys), read in the reader's language on the case page.
 */
public record RoutingDecision(
        String street,
        String itemCode,
        String itemName,
        Rule rule,
        double score,
        String leadUnit,
        List<String> assistingUnits,
        String layoutVersion,
        Text reason) {

    public enum Rule {
        CATEGORY,
        TEXT,
        MANUAL,
        DISPUTE
    }

    public RoutingDecision {
        assistingUnits = List.copyOf(assistingUnits);
    }

    /** The same decision, its reason led by how the street was found (e.g. "按街道名称“德胜”"). */
    public RoutingDecision locatedBy(Text how) {
        return new RoutingDecision(
                street,
                itemCode,
                itemName,
                rule,
                score,
                leadUnit,
                assistingUnits,
                layoutVersion,
                Text.of("text.joined", how, reason));
    }
}
