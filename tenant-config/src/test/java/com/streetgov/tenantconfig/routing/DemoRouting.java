package com.streetgov.tenantconfig.routing;

import com.streetgov.dispatch.domain.DispatchCatalog;
import com.streetgov.duty.domain.DutyItem;
import com.streetgov.duty.domain.StreetAssignment;
import com.streetgov.matter.domain.LabelledText;
import com.streetgov.matter.domain.MatterClassifier;
import com.streetgov.matter.domain.Router;
import com.streetgov.matter.infrastructure.LuceneMatterClassifiers;
import com.streetgov.reform.domain.ReformModel;
import com.streetgov.tenantconfig.dispatch.TemplateCatalog;
import com.streetgov.tenantconfig.duty.TemplateDuties;
import com.streetgov.tenantconfig.format.Templates;
import java.util.List;

/**
 * A seed district's routing as the demo districts get it at start-up: the template's reform model, its
 * duty list ({@code templates/<id>.duties.json}) and dispatch catalog ({@code <id>.catalog.json}), the
 * street assignments the template's leads by layout install (as on {@link RoutingEvaluation#DAY}; no
 * street's own division beyond them), and the smartcn index of both (DD014) with the semantic second opinion (DD041), exactly what {@code
 * RoutingContexts} builds for a district.
 */
record DemoRouting(
        ReformModel model,
        List<DutyItem> items,
        List<StreetAssignment> assignments,
        DispatchCatalog catalog,
        MatterClassifier classifier,
        Router router) {

    static DemoRouting of(String district) {
        return of(district, List.of());
    }

    /** The same after people routed the {@code labelled} texts. */
    static DemoRouting of(String district, List<LabelledText> labelled) {
        ReformModel model = Templates.load(district);
        TemplateDuties duties = TemplateDuties.load(district);
        List<DutyItem> items = duties.items();
        List<StreetAssignment> assignments = duties.layoutAssignments(model, RoutingEvaluation.DAY);
        DispatchCatalog catalog =
                TemplateCatalog.exists(district) ? TemplateCatalog.load(district) : DispatchCatalog.EMPTY;
        MatterClassifier classifier = LuceneMatterClassifiers.of(items, catalog, labelled, true);
        return new DemoRouting(
                model,
                items,
                assignments,
                catalog,
                classifier,
                new Router(model, items, assignments, classifier, catalog));
    }
}
