package com.streetgov.tenantconfig.routing;

import com.streetgov.duty.domain.DutyItem;
import com.streetgov.matter.domain.MatterClassifier;
import com.streetgov.matter.domain.Router;
import com.streetgov.matter.infrastructure.LuceneMatterClassifier;
import com.streetgov.reform.domain.ReformModel;
import com.streetgov.tenantconfig.duty.TemplateDuties;
import com.streetgov.tenantconfig.format.Templates;
import java.util.List;

/**
 * A seed district's routing as the demo districts get it at start-up: the template's reform model, its
 * duty list ({@code templates/<id>.duties.json}), no street's own division, and the smartcn index of
 * that list (DD014), exactly what {@code RoutingContexts} builds for a district.
 */
record DemoRouting(ReformModel model, List<DutyItem> items, MatterClassifier classifier, Router router) {

    static DemoRouting of(String district) {
        ReformModel model = Templates.load(district);
        List<DutyItem> items = TemplateDuties.load(district).items();
        MatterClassifier classifier = LuceneMatterClassifier.of(items);
        return new DemoRouting(model, items, classifier, new Router(model, items, List.of(), classifier));
    }
}
