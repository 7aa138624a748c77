package com.streetgov.matter.infrastructure;

import com.streetgov.dispatch.domain.DispatchCatalog;
import com.streetgov.duty.domain.DutyItem;
import com.streetgov.matter.domain.LabelledText;
import com.streetgov.matter.domain.MatterClassifier;
import com.streetgov.matter.domain.MatterClassifiers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The classifiers the application uses: {@link LuceneMatterClassifier} (smartcn + BM25, DD014) with the
 * second opinion by meaning of {@link SemanticMatterClassifier} (DD041) unless
 * {@code streetgov.routing.semantic} is false.
 */
@ApplicationScoped
public class LuceneMatterClassifiers implements MatterClassifiers {

    @Inject
    @ConfigProperty(name = "streetgov.routing.semantic", defaultValue = "true")
    boolean semantic = true;

    @Override
    public MatterClassifier of(List<DutyItem> items, DispatchCatalog catalog, List<LabelledText> labelled) {
        return of(items, catalog, labelled, semantic);
    }

    /** What the application builds, also outside CDI (the routing evaluation, the benchmark). */
    public static MatterClassifier of(
            List<DutyItem> items, DispatchCatalog catalog, List<LabelledText> labelled, boolean semantic) {
        MatterClassifier lexical = LuceneMatterClassifier.of(items, catalog, labelled);
        return semantic ? SemanticMatterClassifier.of(lexical, items, catalog, SentenceVectors.shared()) : lexical;
    }

    /** Computes the vectors a classifier over these will need, those not kept yet (DD041). */
    @Override
    public int prepare(List<DutyItem> items, DispatchCatalog catalog) {
        return semantic ? SentenceVectors.shared().keep(SemanticMatterClassifier.texts(items, catalog)) : 0;
    }
}
