package com.streetgov.matter.domain;

import com.streetgov.duty.domain.DutyItem;
import java.util.List;

/**
 * Builds a district's {@link MatterClassifier} from its duty items. The application asks for one
 * whenever a district's routing context is (re)built; which technique answers (Lucene smartcn today)
 * is infrastructure's choice, injected.
 */
public interface MatterClassifiers {

    /** A classifier over {@code items}, ready to match. */
    MatterClassifier of(List<DutyItem> items);
}
