package com.streetgov.matter.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.streetgov.matter.domain.LabelledText;
import com.streetgov.matter.domain.MatterClassifier.Match;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The bigram index finds exactly what comparing the query with every labelled text finds (Dice over
 * character bigrams at or above the threshold, most alike first), also with many threads at once.
 */
class LabelledIndexTest {

    static final String WORDS = "楼道垃圾噪音装修停车占道油烟低保养老漏水路灯井盖广告施工邻居物业绿化消防电梯";

    static List<LabelledText> texts(int n, long seed) {
        Random random = new Random(seed);
        List<LabelledText> texts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            StringBuilder text = new StringBuilder();
            int length = 6 + random.nextInt(20);
            for (int c = 0; c < length; c++) {
                text.append(WORDS.charAt(random.nextInt(WORDS.length())));
                if (random.nextInt(8) == 0) {
                    text.append('，');
                }
            }
            texts.add(new LabelledText(text.toString(), "ITEM-" + random.nextInt(12)));
        }
        return texts;
    }

    /** Every text compared with the query: what the index must equal. */
    static List<Match> scan(List<LabelledText> texts, String query, double similar) {
        Set<String> q = LabelledIndex.bigrams(query);
        List<Match> found = new ArrayList<>();
        for (LabelledText t : texts) {
            Set<String> b = LabelledIndex.bigrams(t.text());
            if (b.isEmpty()) {
                continue;
            }
            long common = b.stream().filter(q::contains).count();
            double dice = 2.0 * common / (q.size() + b.size());
            if (dice >= similar) {
                found.add(new Match(com.streetgov.matter.domain.MatterClassifier.Kind.LEARNED, t.itemCode(), dice));
            }
        }
        found.sort(Comparator.comparingDouble(Match::score).reversed());
        return found;
    }

    @Test
    void the_index_finds_what_a_scan_of_every_text_finds() {
        List<LabelledText> texts = texts(3_000, 7);
        LabelledIndex index = new LabelledIndex(texts);
        int compared = 0;
        for (LabelledText query : texts(200, 11)) {
            List<Match> expected = scan(texts, query.text(), 0.3);
            List<Match> got = index.nearest(query.text(), 0.3, 1.0, Integer.MAX_VALUE);
            assertEquals(expected.size(), got.size(), query.text());
            for (int i = 0; i < got.size(); i++) {
                assertEquals(expected.get(i).score(), got.get(i).score(), 1e-9, query.text());
            }
            compared += got.size();
        }
        assertTrue(compared > 0, "the test must find some neighbours to compare");
        assertEquals(List.of(), index.nearest("，。！", 0.3, 1.0, 5), "no bigram, no neighbour");
        assertTrue(new LabelledIndex(List.of()).nearest("楼道垃圾", 0.3, 1.0, 5).isEmpty());
    }

    @Test
    void threads_counting_at_once_get_the_same_answers() throws Exception {
        List<LabelledText> texts = texts(5_000, 3);
        LabelledIndex index = new LabelledIndex(texts);
        List<LabelledText> queries = texts(100, 5);
        List<List<Match>> alone =
                queries.stream().map(q -> index.nearest(q.text(), 0.3, 1.0, 10)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> runs = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                runs.add(pool.submit(() -> {
                    for (int i = 0; i < queries.size(); i++) {
                        if (!index.nearest(queries.get(i).text(), 0.3, 1.0, 10).equals(alone.get(i))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> run : runs) {
                assertTrue(run.get());
            }
        } finally {
            pool.shutdown();
        }
    }
}
