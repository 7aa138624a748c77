package com.streetgov.matter.infrastructure;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15.BgeSmallZhV15EmbeddingModel;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sentence vectors of bge-small-zh-v1.5 (BAAI, 512 dimensions; ONNX run in-process by LangChain4j's
 * embeddings module) for semantic matching (DD041). One model per JVM, loaded at first use. Vectors
 * of vocabulary texts (catalog type names and example sentences, duty item names) are kept by text
 * and shared by the districts, whose catalogs mostly come from the same templates; at most
 * {@value #KEPT} are kept (about 2 KB each), beyond that they are computed again when a district's
 * classifier is rebuilt. A resident's sentence is embedded each time and not kept. Vectors are unit
 * length, so their dot product is the cosine. Thread-safe.
 */
public final class SentenceVectors {

    /** How many vocabulary vectors are kept at most (≈ 2 KB each). */
    static final int KEPT = 60_000;

    private static final SentenceVectors SHARED = new SentenceVectors();

    private final Map<String, float[]> kept = new ConcurrentHashMap<>();
    private volatile BgeSmallZhV15EmbeddingModel model;

    private SentenceVectors() {}

    /** The JVM's one instance (the model holds ~100 MB of weights outside the heap). */
    public static SentenceVectors shared() {
        return SHARED;
    }

    /** The vector of a vocabulary text, kept for the next classifier that has it. */
    float[] vocabulary(String text) {
        float[] v = kept.get(text);
        if (v == null) {
            v = embed(text);
            if (kept.size() < KEPT) {
                kept.putIfAbsent(text, v);
            }
        }
        return v;
    }

    /** The vector of a resident's sentence, not kept. */
    float[] sentence(String text) {
        return embed(text);
    }

    /**
     * Computes and keeps the vectors of those {@code texts} not kept yet, many at a time (start-up,
     * before the first district's classifier needs them), as long as fewer than {@value #KEPT} are
     * kept. Returns how many were not kept before the call.
     */
    public int keep(Collection<String> texts) {
        List<String> missing = new LinkedHashSet<>(texts)
                .stream().filter(t -> !t.isBlank() && !kept.containsKey(t)).toList();
        int batch = 64;
        for (int i = 0; i < missing.size() && kept.size() < KEPT; i += batch) {
            List<String> part = missing.subList(i, Math.min(missing.size(), i + batch));
            var vectors = model().embedAll(part.stream().map(TextSegment::from).toList())
                    .content();
            for (int j = 0; j < part.size(); j++) {
                kept.putIfAbsent(part.get(j), unit(vectors.get(j).vector()));
            }
        }
        return missing.size();
    }

    /** How many vocabulary vectors are kept. */
    public int keptCount() {
        return kept.size();
    }

    private float[] embed(String text) {
        return unit(model().embed(text).content().vector());
    }

    private BgeSmallZhV15EmbeddingModel model() {
        BgeSmallZhV15EmbeddingModel m = model;
        if (m == null) {
            synchronized (this) {
                if (model == null) {
                    model = new BgeSmallZhV15EmbeddingModel();
                }
                m = model;
            }
        }
        return m;
    }

    private static float[] unit(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        double n = Math.sqrt(norm);
        float[] u = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            u[i] = n == 0 ? 0 : (float) (v[i] / n);
        }
        return u;
    }

    /** The cosine of two unit vectors. */
    static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }
}
