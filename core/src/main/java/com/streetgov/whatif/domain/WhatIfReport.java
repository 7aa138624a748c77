package com.streetgov.whatif.domain;

import com.streetgov.text.Text;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a draft would do to a past period's matters: each matter where it goes today and under the
 * draft, the effect per street and place, and the duties the draft leaves without a lead. Every count
 * is the size of a list of matter numbers it carries, so each figure drills down to its matters.
 *
 * @param subject what was tried (a reform model version, a duty list import …)
 * @param asOf the day both configurations were applied on
 * @param streets the district's streets, code → name
 */
public record WhatIfReport(
        Text subject,
        LocalDate from,
        LocalDate to,
        LocalDate asOf,
        Map<String, String> streets,
        List<ReplayedMatter> matters,
        List<LeaderlessDuty> leaderless) {

    /**
     * One street's place (a unit, the desk, nowhere …): how many of the period's matters land there
     * today and under the draft, and which ones it gains and loses.
     */
    public record Effect(String street, Placement place, int now, int draft, List<String> gained, List<String> lost) {

        public int change() {
            return draft - now;
        }
    }

    public WhatIfReport {
        streets = Map.copyOf(streets);
        matters = List.copyOf(matters);
        leaderless = List.copyOf(leaderless);
    }

    /** A street's name, or its code when the model does not know it. */
    public String streetName(String code) {
        return streets.getOrDefault(code, code);
    }

    public int total() {
        return matters.size();
    }

    /** The matters that land elsewhere under the draft. */
    public List<ReplayedMatter> moved() {
        return matters.stream().filter(ReplayedMatter::moved).toList();
    }

    /** The matters that reach a unit today and nowhere under the draft. */
    public List<ReplayedMatter> stranded() {
        return matters.stream()
                .filter(m ->
                        m.draft().kind() == Placement.Kind.NOWHERE && m.now().kind() != Placement.Kind.NOWHERE)
                .toList();
    }

    /**
     * Every street's places with matters today or under the draft: the changed ones first (largest
     * change first), then by street and place.
     */
    public List<Effect> effects() {
        Map<String, Tally> tallies = new LinkedHashMap<>();
        for (ReplayedMatter m : matters) {
            String street = m.matter().street();
            tally(tallies, street, m.now()).now.add(m.matter().number());
            tally(tallies, street, m.draft()).draft.add(m.matter().number());
            if (m.moved()) {
                tally(tallies, street, m.now()).lost.add(m.matter().number());
                tally(tallies, street, m.draft()).gained.add(m.matter().number());
            }
        }
        return tallies.values().stream()
                .map(t -> new Effect(t.street, t.place, t.now.size(), t.draft.size(), t.gained, t.lost))
                .sorted(Comparator.comparing(
                                (Effect e) -> e.gained().isEmpty() && e.lost().isEmpty())
                        .thenComparing(e -> -Math.abs(e.change()))
                        .thenComparing(Effect::street)
                        .thenComparing(e -> e.place().kind())
                        .thenComparing(e -> e.place().code()))
                .toList();
    }

    /** A short account for the audit trail: how many matters, moved, stranded, duties left without a lead. */
    public Text summary() {
        return Text.of(
                "whatif.summary",
                subject,
                from,
                to,
                total(),
                moved().size(),
                stranded().size(),
                leaderless.size());
    }

    private static final class Tally {
        final String street;
        final Placement place;
        final List<String> now = new ArrayList<>();
        final List<String> draft = new ArrayList<>();
        final List<String> gained = new ArrayList<>();
        final List<String> lost = new ArrayList<>();

        Tally(String street, Placement place) {
            this.street = street;
            this.place = place;
        }
    }

    private static Tally tally(Map<String, Tally> tallies, String street, Placement place) {
        // the first name seen for a place names it (today's, since today's placement is tallied first)
        return tallies.computeIfAbsent(
                street + "\u0000" + place.kind() + "\u0000" + place.code(), k -> new Tally(street, place));
    }
}
