package com.streetgov.matter.infrastructure;

import com.streetgov.dispatch.domain.DispatchCatalog;
import com.streetgov.dispatch.domain.DispatchType;
import com.streetgov.duty.domain.DutyItem;
import com.streetgov.duty.domain.DutyLevel;
import com.streetgov.matter.domain.MatterClassifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The lexical classifier ({@link LuceneMatterClassifier}) with a second opinion by meaning (DD041).
 * Where the words leave it sure — its first vocabulary match at confidence s1 / (s1 + s2) of at least
 * {@value #GATE}, or a person already routed nearly the same words ({@link Kind#LEARNED}) — its matches
 * stand as they are, and nothing more is computed. Otherwise the sentence is embedded
 * ({@link SentenceVectors}) and every catalog type and street-level item gets its best cosine similarity
 * against its name and example sentences; a similarity of 0.5 adds nothing, 1.0 adds {@value #WEIGHT}
 * beside the best lexical match's 1 (lexical scores divided by the best one). Scores are then scaled by
 * {@value #SCALE}, where the lexical ones live, so {@code Router.MIN_SCORE} keeps its meaning.
 *
 * <p>Measured on the routing evaluation (README there): held-out part 165 → 169 of 185 top-1, 180 →
 * 182 top-3; ~8 ms for a sentence's vector on 2 cores, paid only by the unsure quarter. Thread-safe.
 */
final class SemanticMatterClassifier implements MatterClassifier {

    /** Lexical confidence from which the lexical matches stand as they are. */
    static final double GATE = 0.6;

    /** What a full similarity adds beside the best lexical match's 1. */
    static final double WEIGHT = 1.0;

    /** Similarity below which nothing is added. */
    static final double FLOOR = 0.5;

    /** Combined scores times this, the range of lexical scores. */
    static final double SCALE = 10;

    /** How many of the most similar places get their similarity added. */
    private static final int SIMILAR = 30;

    /** How many lexical matches are read to combine with. */
    private static final int LEXICAL = 50;

    private final MatterClassifier lexical;
    private final SentenceVectors vectors;
    private final Map<String, List<float[]>> meanings = new LinkedHashMap<>();
    private final Map<String, Kind> kinds = new HashMap<>();

    private SemanticMatterClassifier(MatterClassifier lexical, SentenceVectors vectors) {
        this.lexical = lexical;
        this.vectors = vectors;
    }

    /** Wraps {@code lexical}; computes (or finds kept) the vectors of the catalog's and items' texts. */
    static SemanticMatterClassifier of(
            MatterClassifier lexical, List<DutyItem> items, DispatchCatalog catalog, SentenceVectors vectors) {
        SemanticMatterClassifier c = new SemanticMatterClassifier(lexical, vectors);
        vectors.keep(texts(items, catalog));
        for (DispatchType type : catalog.types()) {
            List<float[]> of = new ArrayList<>();
            of.add(vectors.vocabulary(type.name()));
            type.examples().forEach(e -> of.add(vectors.vocabulary(e)));
            c.meanings.put(type.code(), of);
            c.kinds.put(type.code(), Kind.TYPE);
        }
        for (DutyItem item : items) {
            if (item.level() == DutyLevel.STREET) {
                c.meanings.put(item.code(), List.of(vectors.vocabulary(item.name())));
                c.kinds.put(item.code(), Kind.ITEM);
            }
        }
        return c;
    }

    /** The texts whose vectors a classifier over {@code items} and {@code catalog} needs. */
    static List<String> texts(List<DutyItem> items, DispatchCatalog catalog) {
        List<String> texts = new ArrayList<>();
        for (DispatchType type : catalog.types()) {
            texts.add(type.name());
            texts.addAll(type.examples());
        }
        items.stream().filter(i -> i.level() == DutyLevel.STREET).forEach(i -> texts.add(i.name()));
        return texts;
    }

    @Override
    public List<Match> match(String text, int limit) {
        // The sure path asks the words for what the router asks for, as words alone would answer; the
        // unsure one reads more lexical matches to combine with (the same first two).
        List<Match> plain = lexical.match(text, limit);
        List<Match> vocabulary = words(plain);
        double s1 = vocabulary.isEmpty() ? 0 : vocabulary.get(0).score();
        double s2 = vocabulary.size() < 2 ? 0 : vocabulary.get(1).score();
        boolean learned = vocabulary.size() < plain.size();
        if (learned || text.isBlank() || (s1 > 0 && s1 / (s1 + s2) >= GATE)) {
            return plain;
        }
        List<Match> read = limit < LEXICAL ? words(lexical.match(text, LEXICAL)) : vocabulary;
        float[] q = vectors.sentence(text);
        Map<String, Double> combined = new HashMap<>();
        read.forEach(m -> combined.merge(m.code(), m.score() / s1, Double::sum));
        Map<String, Double> similar = new HashMap<>();
        meanings.forEach((code, vs) -> similar.put(
                code,
                vs.stream().mapToDouble(v -> SentenceVectors.cosine(q, v)).max().orElse(0)));
        Map<String, Double> counted = new HashMap<>();
        similar.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(SIMILAR)
                .filter(e -> e.getValue() > FLOOR)
                .forEach(e -> {
                    counted.put(e.getKey(), e.getValue());
                    combined.merge(e.getKey(), WEIGHT * (e.getValue() - FLOOR) / (1 - FLOOR), Double::sum);
                });
        return combined.entrySet().stream()
                .filter(e -> kinds.containsKey(e.getKey()))
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(limit)
                .map(e -> new Match(
                        kinds.get(e.getKey()), e.getKey(), SCALE * e.getValue(), counted.getOrDefault(e.getKey(), 0.0)))
                .toList();
    }

    private static List<Match> words(List<Match> matches) {
        return matches.stream().filter(m -> m.kind() != Kind.LEARNED).toList();
    }
}
