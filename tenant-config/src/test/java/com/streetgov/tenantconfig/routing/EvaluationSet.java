package com.streetgov.tenantconfig.routing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * The routing evaluation set of issue 11 item 4 ({@code routing-evaluation/evaluation-set.tsv} in the
 * test resources; provenance of the labels in the README beside it): resident-style sentences of the four
 * seed districts, each with its expected target and a learn/test split fixed by the id.
 */
record EvaluationSet(List<EvaluationSet.Sentence> sentences) {

    static final String RESOURCE = "/routing-evaluation/evaluation-set.tsv";

    /** The development set: other sentences, labelled alike, for tuning the router (split {@code dev}). */
    static final String DEV_RESOURCE = "/routing-evaluation/dev-set.tsv";

    /** The second development set, written blind after the first was tuned on (README beside it). */
    static final String DEV2_RESOURCE = "/routing-evaluation/dev-set-2.tsv";

    static final List<String> COLUMNS =
            List.of("id", "district", "street", "category", "kind", "target", "basis", "split", "sentence");

    /** Share of ids, in percent, that the fixed rule puts in the learn part. */
    static final int LEARN_PERCENT = 40;

    /** What a sentence should reach: a unit of the street's layout, a district department or the community. */
    enum Kind {
        UNIT,
        DEPARTMENT,
        COMMUNITY
    }

    enum Split {
        LEARN,
        TEST,
        /** A sentence of the development set ({@link #DEV_RESOURCE}), never of the evaluation set. */
        DEV
    }

    /** One line of the set. */
    record Sentence(
            String id,
            String district,
            String street,
            String category,
            Kind kind,
            String target,
            String basis,
            Split split,
            String text) {}

    EvaluationSet {
        sentences = List.copyOf(sentences);
    }

    /** The fixed rule: learn if CRC32 of the id's UTF-8 bytes mod 100 is below {@link #LEARN_PERCENT}. */
    static Split splitOf(String id) {
        CRC32 crc = new CRC32();
        crc.update(id.getBytes(StandardCharsets.UTF_8));
        return crc.getValue() % 100 < LEARN_PERCENT ? Split.LEARN : Split.TEST;
    }

    List<Sentence> of(String district) {
        return sentences.stream().filter(s -> s.district().equals(district)).toList();
    }

    /**
     * Test sentences an author of the seed catalogs saw by accident while writing them (2026-11-30: a
     * search printed lines 188–197 of the set; README): no longer unseen, so left out of the test
     * figures. Their labels and the split rule are unchanged.
     */
    static final Set<String> EXPOSED = Set.of("DC-002", "DC-004", "DC-005", "DC-006", "DC-007", "DC-009", "DC-010");

    /** The district's test part: held out from learning and never seen when writing the catalogs. */
    List<Sentence> test(String district) {
        return of(district).stream()
                .filter(s -> s.split() == Split.TEST && !EXPOSED.contains(s.id()))
                .toList();
    }

    /** The district's learn part: what the classifier may learn from. */
    List<Sentence> learn(String district) {
        return of(district).stream().filter(s -> s.split() == Split.LEARN).toList();
    }

    static EvaluationSet load() {
        return load(RESOURCE);
    }

    /** The development set ({@link #DEV_RESOURCE}). */
    static EvaluationSet loadDev() {
        return load(DEV_RESOURCE);
    }

    static EvaluationSet load(String resource) {
        try (InputStream in = EvaluationSet.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + resource);
            }
            return parse(resource, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static EvaluationSet parse(String resource, BufferedReader reader) throws IOException {
        List<Sentence> sentences = new ArrayList<>();
        boolean header = true;
        int number = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            number++;
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            List<String> cells = List.of(line.split("\t", -1));
            if (header) {
                if (!cells.equals(COLUMNS)) {
                    throw new IllegalStateException(resource + " line " + number + ": header must be " + COLUMNS);
                }
                header = false;
                continue;
            }
            if (cells.size() != COLUMNS.size() || cells.stream().anyMatch(String::isBlank)) {
                throw new IllegalStateException(
                        resource + " line " + number + ": " + COLUMNS.size() + " non-empty cells expected");
            }
            sentences.add(new Sentence(
                    cells.get(0),
                    cells.get(1),
                    cells.get(2),
                    cells.get(3),
                    Kind.valueOf(cells.get(4)),
                    cells.get(5),
                    cells.get(6),
                    Split.valueOf(cells.get(7).toUpperCase(java.util.Locale.ROOT)),
                    cells.get(8)));
        }
        return new EvaluationSet(sentences);
    }
}
