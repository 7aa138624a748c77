package com.streetgov.ui.whatif;

import com.streetgov.assessment.domain.AssessmentRules;
import com.streetgov.duty.domain.DutyItem;
import com.streetgov.duty.domain.StreetAssignment;
import com.streetgov.tenancy.CurrentDistrict;
import com.streetgov.ui.platform.BackgroundWork;
import com.streetgov.whatif.application.RulesWhatIf;
import com.streetgov.whatif.application.WhatIfService;
import com.streetgov.whatif.domain.WhatIfReport;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/** Makes the 试算影响 panels the screens place, bound to the what-if service and the background executor. */
@Dependent
public class WhatIfPanels {

    @Inject
    WhatIfService service;

    @Inject
    BackgroundWork background;

    @Inject
    CurrentDistrict district;

    @Inject
    RulesWhatIf rules;

    /**
     * A panel trying the reform model version {@code version} gives (none: nothing to try); {@code ran}
     * hears which version each completed run tried and its report.
     */
    public WhatIfPanel forReformVersion(
            String id, Supplier<Optional<String>> version, BiConsumer<String, WhatIfReport> ran) {
        WhatIfPanel panel = new WhatIfPanel(id, background, district);
        AtomicReference<String> tried = new AtomicReference<>();
        panel.tries(() -> version.get()
                .<WhatIfPanel.Run>map(code -> {
                    tried.set(code);
                    return (from, to, progress, cancelled) ->
                            service.reformVersion(code, from, to, progress, cancelled);
                })
                .orElse(null));
        panel.onReport(report -> ran.accept(tried.get(), report));
        return panel;
    }

    /** A panel trying the duty list {@code draft} gives (empty: nothing to try), e.g. an import's preview. */
    public WhatIfPanel forDutyList(String id, Supplier<List<DutyItem>> draft) {
        WhatIfPanel panel = new WhatIfPanel(id, background, district);
        panel.tries(() -> {
            List<DutyItem> items = draft.get();
            return items.isEmpty()
                    ? null
                    : (from, to, progress, cancelled) -> service.dutyList(items, from, to, progress, cancelled);
        });
        return panel;
    }

    /** A panel trying the street's own division of an item's leads {@code draft} gives (none: nothing to try). */
    public WhatIfPanel forRedivision(String id, Supplier<Optional<StreetAssignment>> draft) {
        WhatIfPanel panel = new WhatIfPanel(id, background, district);
        panel.tries(() -> draft.get()
                .<WhatIfPanel.Run>map(
                        a -> (from, to, progress, cancelled) -> service.redivision(a, from, to, progress, cancelled))
                .orElse(null));
        return panel;
    }

    /** A panel trying the assessment rules {@code draft} gives on the latest complete period. */
    public RulesWhatIfPanel forRules(String id, Supplier<AssessmentRules> draft) {
        return new RulesWhatIfPanel(id, rules, draft);
    }
}
