package com.streetgov.matter.domain;

import com.streetgov.dispatch.domain.DispatchCatalog;
import com.streetgov.duty.domain.DutyItem;
import java.util.List;

/**
 * Builds a district's {@link MatterClassifier} from its duty items, dispatch catalog and the texts its
 * people labelled by routing them. The
 * application asks for one whenever a district's routing context is (re)built; which technique
 * answers (Lucene smartcn today) is infrastructure's choice, injected.
 */
public interface MatterClassifiers {

    /** A classifier over the street-level {@code items} and the catalog's types, ready to match. */
    default MatterClassifier of(List<DutyItem> items, DispatchCatalog catalog) {
        return of(items, catalog, List.of());
    }

    /** The same, learning also from the district's {@code labelled} texts (people's routing decisions). */
    MatterClassifier of(List<DutyItem> items, DispatchCatalog catalog, List<LabelledText> labelled);

    /**
     * Prepares ahead of a district's first matter what a classifier over {@code items} and {@code
     * catalog} will need (start-up); returns how much was prepared (texts whose meaning was computed).
     */
    default int prepare(List<DutyItem> items, DispatchCatalog catalog) {
        return 0;
    }
}
