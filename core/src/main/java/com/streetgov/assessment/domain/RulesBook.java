package com.streetgov.assessment.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A district's saved rules versions with the fallback for days before the first of them, answering
 * which rules are in force on a day and which period a day belongs to. A version applies to the
 * days from its effective date: a period is cut by the rules in force on its days and computed under
 * the rules in force on its first day.
 */
public final class RulesBook {

    private final List<AssessmentRules> versions;
    private final AssessmentRules fallback;

    /** {@code versions} in any order; {@code fallback} applies before the first of them. */
    public RulesBook(List<AssessmentRules> versions, AssessmentRules fallback) {
        this.versions = new ArrayList<>(versions);
        this.versions.sort(Comparator.comparing(AssessmentRules::effectiveFrom).reversed());
        this.fallback = fallback;
    }

    /** The versions, newest first. */
    public List<AssessmentRules> versions() {
        return List.copyOf(versions);
    }

    /** The saved version with the greatest effective date on or before {@code day}, else the fallback. */
    public AssessmentRules inForce(LocalDate day) {
        return versions.stream()
                .filter(r -> !r.effectiveFrom().isAfter(day))
                .findFirst()
                .orElse(fallback);
    }

    /**
     * The period {@code day} belongs to: cut by the rules in force that day, and clipped to that
     * version's life (from its effective date to the next version's), so that a change of the start
     * day leaves neither a gap nor an overlap; the transition period is shorter.
     */
    public Period periodOf(LocalDate day) {
        AssessmentRules rules = inForce(day);
        Period cut = rules.periodOf(day);
        LocalDate start = cut.start();
        LocalDate end = cut.end();
        if (rules != fallback && start.isBefore(rules.effectiveFrom())) {
            start = rules.effectiveFrom();
        }
        for (AssessmentRules later : versions) {
            if (later.effectiveFrom().isAfter(day) && later.effectiveFrom().isBefore(end)) {
                end = later.effectiveFrom();
            }
        }
        return start.equals(cut.start()) && end.equals(cut.end()) ? cut : new Period(cut.month(), start, end);
    }

    /** The rules a period is computed under: those in force on its first day. */
    public AssessmentRules rulesFor(Period period) {
        return inForce(period.start());
    }

    /** The period containing {@code today}: still running. */
    public Period running(LocalDate today) {
        return periodOf(today);
    }

    /** The latest complete period: the one before the period containing {@code today}. */
    public Period latestComplete(LocalDate today) {
        return periodOf(running(today).start().minusDays(1));
    }

    /** The {@code count} periods ending with {@code last}, oldest first. */
    public List<Period> ending(Period last, int count) {
        List<Period> periods = new ArrayList<>();
        Period p = last;
        for (int i = 0; i < count; i++) {
            periods.add(0, p);
            p = periodOf(p.start().minusDays(1));
        }
        return periods;
    }
}
