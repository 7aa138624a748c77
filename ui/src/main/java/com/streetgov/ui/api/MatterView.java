package com.streetgov.ui.api;

import com.streetgov.matter.domain.Matter;
import com.streetgov.matter.domain.MatterEvent;
import com.streetgov.matter.domain.RoutingDecision;
import java.util.List;

/** A matter as the API shows it: what was submitted, where it went and why, its deadline and history. */
public record MatterView(
        String number,
        String state,
        String channel,
        String title,
        String description,
        String street,
        String timeLimit,
        String receivedAt,
        String dueAt,
        Routing routing,
        String routingProblem,
        String answer,
        String rating,
        List<Event> events) {

    /** Where the matter was routed and why. */
    public record Routing(
            String itemCode,
            String itemName,
            String rule,
            double score,
            String leadUnit,
            List<String> assistingUnits,
            String layoutVersion,
            String reason) {
        static Routing of(RoutingDecision d) {
            return new Routing(
                    d.itemCode(),
                    d.itemName(),
                    d.rule().name(),
                    d.score(),
                    d.leadUnit(),
                    d.assistingUnits(),
                    d.layoutVersion(),
                    d.reason());
        }
    }

    /** One history entry. */
    public record Event(int seq, String at, String actor, String type, String from, String to, String note) {
        static Event of(MatterEvent e) {
            return new Event(
                    e.seq(),
                    e.at().toString(),
                    e.actor(),
                    e.type(),
                    e.from() == null ? null : e.from().name(),
                    e.to() == null ? null : e.to().name(),
                    e.note());
        }
    }

    static MatterView of(Matter m, String routingProblem) {
        return new MatterView(
                m.number(),
                m.state().name(),
                m.channel().name(),
                m.submission().title(),
                m.submission().description(),
                m.submission().street(),
                m.limit().code(),
                m.receivedAt().toString(),
                m.dueAt().toString(),
                m.routing().map(Routing::of).orElse(null),
                routingProblem,
                m.answer().orElse(null),
                m.rating().map(Enum::name).orElse(null),
                m.events().stream().map(Event::of).toList());
    }
}
