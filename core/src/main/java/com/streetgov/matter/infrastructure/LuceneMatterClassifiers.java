package com.streetgov.matter.infrastructure;

import com.streetgov.dispatch.domain.DispatchCatalog;
import com.streetgov.duty.domain.DutyItem;
import com.streetgov.matter.domain.LabelledText;
import com.streetgov.matter.domain.MatterClassifier;
import com.streetgov.matter.domain.MatterClassifiers;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The classifiers the application uses: {@link LuceneMatterClassifier} (smartcn + BM25, DD014). */
@ApplicationScoped
public class LuceneMatterClassifiers implements MatterClassifiers {

    @Override
    public MatterClassifier of(List<DutyItem> items, DispatchCatalog catalog, List<LabelledText> labelled) {
        return LuceneMatterClassifier.of(items, catalog, labelled);
    }
}
