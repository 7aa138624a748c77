package com.streetgov.ui.assessment;

import com.streetgov.assessment.application.ResultsService;
import com.streetgov.assessment.domain.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The periods a screen offers, under the district's own rules (calendar month or 19th–18th): the
 * latest complete period first, then earlier ones; the running period is offered apart.
 */
public final class ResultPeriods {

    /** How far back a period may be picked. */
    public static final int SPAN = 24;

    private ResultPeriods() {}

    /** The latest complete period and the {@link #SPAN} − 1 before it, newest first. */
    public static List<Period> complete(ResultsService results) {
        List<Period> periods = new ArrayList<>();
        Period p = results.latestPeriod();
        for (int i = 0; i < SPAN; i++) {
            periods.add(p);
            p = results.periodBefore(p);
        }
        return periods;
    }

    /** A period picker: the running period (if asked for) and the complete ones, newest first. */
    public static com.vaadin.flow.component.select.Select<Period> select(
            ResultsService results, String id, String label, boolean withRunning) {
        List<Period> periods = new ArrayList<>();
        Period running = results.runningPeriod();
        if (withRunning) {
            periods.add(running);
        }
        periods.addAll(complete(results));
        com.vaadin.flow.component.select.Select<Period> select = new com.vaadin.flow.component.select.Select<>();
        select.setId(id);
        select.setLabel(label);
        select.setItems(periods);
        select.setItemLabelGenerator(Period::label);
        select.setValue(withRunning ? running : periods.get(0));
        return select;
    }

    /** The period named {@code label} ("2026-10"), the running one included, if within reach. */
    public static Optional<Period> named(ResultsService results, String label) {
        if (label == null) {
            return Optional.empty();
        }
        Period running = results.runningPeriod();
        if (running.label().equals(label)) {
            return Optional.of(running);
        }
        return complete(results).stream().filter(p -> p.label().equals(label)).findFirst();
    }
}
