package com.streetgov.ui.api;

import com.streetgov.matter.application.MatterClock;
import com.streetgov.matter.domain.Matter;
import com.streetgov.matter.domain.MatterEvent;
import com.streetgov.matter.domain.Router;
import com.streetgov.matter.domain.RoutingDecision;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * A matter as the API shows it: what was submitted, where it went and why (units by code and name, or
 * the district department it was referred to),
 * its deadline and history, and at intake the router's suggestions. Times are ISO-8601 with the
 * district's offset (e.g. 2026-11-30T10:15:00+08:00). Sentences (why, the history's notes) are in the
 * product's default language, zh-CN, as the API's messages are.
 */
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
        Referral referral,
        String routingProblem,
        List<Suggestion> suggestions,
        String answer,
        String rating,
        List<Event> events) {

    /** Where the matter was routed and why; unit names as in the street's layout on the intake day. */
    public record Routing(
            String itemCode,
            String itemName,
            String rule,
            double score,
            String leadUnit,
            String leadUnitName,
            List<String> assistingUnits,
            List<String> assistingUnitNames,
            String layoutVersion,
            String reason) {
        static Routing of(RoutingDecision d, Map<String, String> unitNames) {
            return new Routing(
                    d.itemCode(),
                    d.itemName(),
                    d.rule().name(),
                    d.score(),
                    d.leadUnit(),
                    unitNames.getOrDefault(d.leadUnit(), d.leadUnit()),
                    d.assistingUnits(),
                    d.assistingUnits().stream()
                            .map(u -> unitNames.getOrDefault(u, u))
                            .toList(),
                    d.layoutVersion(),
                    d.reason().inDefaultLanguage());
        }
    }

    /** The district department a matter was referred to (转办), by code and name. */
    public record Referral(String department, String name) {}

    /** A place the router suggests: UNIT (code = unit code), DEPARTMENT or COMMUNITY, with why. */
    public record Suggestion(String place, String code, String name, double score, String why) {
        static Suggestion of(Router.Suggestion s) {
            return new Suggestion(
                    s.place().name(), s.code(), s.name(), s.score(), s.why().inDefaultLanguage());
        }
    }

    /** ISO-8601 with the district's offset. */
    static String instant(LocalDateTime at) {
        return at == null
                ? null
                : at.atZone(MatterClock.ZONE).toOffsetDateTime().toString();
    }

    /** One history entry. */
    public record Event(int seq, String at, String actor, String type, String from, String to, String note) {
        static Event of(MatterEvent e) {
            return new Event(
                    e.seq(),
                    instant(e.at()),
                    e.actor(),
                    e.type(),
                    e.from() == null ? null : e.from().name(),
                    e.to() == null ? null : e.to().name(),
                    e.note() == null ? null : e.note().inDefaultLanguage());
        }
    }

    static MatterView of(
            Matter m, String routingProblem, List<Router.Suggestion> suggestions, Map<String, String> unitNames) {
        return new MatterView(
                m.number(),
                m.state().name(),
                m.channel().name(),
                m.submission().title(),
                m.submission().description(),
                m.submission().street(),
                m.limit().code(),
                instant(m.receivedAt()),
                instant(m.dueAt()),
                m.routing().map(r -> Routing.of(r, unitNames)).orElse(null),
                m.referral().map(r -> new Referral(r.department(), r.name())).orElse(null),
                routingProblem,
                suggestions.stream().map(Suggestion::of).toList(),
                m.answer().orElse(null),
                m.rating().map(Enum::name).orElse(null),
                m.events().stream().map(Event::of).toList());
    }
}
