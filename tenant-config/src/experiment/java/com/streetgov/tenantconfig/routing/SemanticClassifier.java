package com.streetgov.tenantconfig.routing;

import com.streetgov.dispatch.domain.DispatchCatalog;
import com.streetgov.dispatch.domain.DispatchType;
import com.streetgov.duty.domain.DutyItem;
import com.streetgov.duty.domain.DutyLevel;
import com.streetgov.matter.domain.MatterClassifier;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15.BgeSmallZhV15EmbeddingModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The experiment's classifier (routing evaluation README, "Semantic matching, an experiment"): the
 * lexical one as it is, and where it is unsure — its first two vocabulary matches closer than
 * {@link #GATE} — each type's and item's best cosine similarity between the text and its name and
 * example sentences under bge-small-zh-v1.5, added to the lexical scores (those divided by the best one):
 * similarity 0.5 counts 0, 1.0 counts {@link #WEIGHT}. Learned matches stay as they are.
 */
final class SemanticClassifier implements MatterClassifier {

    static final BgeSmallZhV15EmbeddingModel MODEL = new BgeSmallZhV15EmbeddingModel();

    /** Lexical confidence from which the lexical matches are kept as they are. */
    static final double GATE = 0.6;

    /** Weight of a full similarity beside the best lexical match's 1. */
    static final double WEIGHT = 1.0;

    /** Vectors by text, shared by the districts (their catalogs share most types). */
    private static final Map<String, float[]> VECTORS = new ConcurrentHashMap<>();

    static float[] embed(String text) {
        return VECTORS.computeIfAbsent(text, t -> MODEL.embed(t).content().vector());
    }

    private final MatterClassifier lexical;
    private final Map<String, List<float[]>> vectors = new HashMap<>();
    private final Map<String, Kind> kinds = new HashMap<>();

    SemanticClassifier(MatterClassifier lexical, List<DutyItem> items, DispatchCatalog catalog) {
        this.lexical = lexical;
        for (DispatchType type : catalog.types()) {
            List<float[]> of = new ArrayList<>();
            of.add(embed(type.name()));
            type.examples().forEach(e -> of.add(embed(e)));
            vectors.put(type.code(), of);
            kinds.put(type.code(), Kind.TYPE);
        }
        for (DutyItem item : items) {
            if (item.level() == DutyLevel.STREET) {
                vectors.put(item.code(), List.of(embed(item.name())));
                kinds.put(item.code(), Kind.ITEM);
            }
        }
    }

    @Override
    public List<Match> match(String text, int limit) {
        List<Match> plain = lexical.match(text, Math.max(limit, 50));
        List<Match> vocabulary = plain.stream().filter(m -> m.kind() != Kind.LEARNED).toList();
        double s1 = vocabulary.isEmpty() ? 0 : vocabulary.get(0).score();
        double s2 = vocabulary.size() < 2 ? 0 : vocabulary.get(1).score();
        if (vocabulary.size() < plain.size() || (s1 > 0 && s1 / (s1 + s2) >= GATE)) {
            return plain.size() > limit ? plain.subList(0, limit) : plain;
        }
        float[] q = embed(text);
        Map<String, Double> combined = new HashMap<>();
        vocabulary.forEach(m -> combined.merge(m.code(), m.score() / s1, Double::sum));
        Map<String, Double> similar = new HashMap<>();
        vectors.forEach((code, vs) -> similar.put(code, vs.stream().mapToDouble(v -> cosine(q, v)).max().orElse(0)));
        similar.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(30)
                .forEach(e -> combined.merge(e.getKey(), WEIGHT * Math.max(0, (e.getValue() - 0.5) * 2), Double::sum));
        return combined.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(limit)
                .map(e -> new Match(kinds.get(e.getKey()), e.getKey(), 10 * e.getValue()))
                .toList();
    }

    static double cosine(float[] a, float[] b) {
        double dot = 0, na = 0, nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return dot / Math.sqrt(na * nb);
    }
}
