package com.streetgov.matter.infrastructure;

import com.streetgov.matter.domain.LabelledText;
import com.streetgov.matter.domain.MatterClassifier.Kind;
import com.streetgov.matter.domain.MatterClassifier.Match;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The texts people labelled, as an inverted index of their character bigrams (DD030): a query walks
 * only the postings of its own bigrams, counting the bigrams each text shares with it, and keeps the
 * texts whose Dice coefficient reaches the threshold. A linear scan of the texts cost 94 ms at 100,000
 * of them (ops/benchmark/routing, NearestBenchmark); the postings cost tens of microseconds.
 * Immutable once built; thread-safe (each thread counts in its own arrays). Public for the routing
 * benchmark (ops/benchmark/routing), which measures it against the linear scan it replaced.
 */
public final class LabelledIndex {

    private final Map<String, int[]> postings;
    private final int[] sizes;
    private final String[] items;
    private final ThreadLocal<int[][]> scratch;

    public LabelledIndex(List<LabelledText> labelled) {
        Map<String, List<Integer>> lists = new HashMap<>();
        List<Integer> sizeList = new ArrayList<>();
        List<String> itemList = new ArrayList<>();
        for (LabelledText l : labelled) {
            Set<String> bigrams = bigrams(l.text());
            if (bigrams.isEmpty()) {
                continue;
            }
            int id = itemList.size();
            itemList.add(l.itemCode());
            sizeList.add(bigrams.size());
            bigrams.forEach(
                    b -> lists.computeIfAbsent(b, k -> new ArrayList<>()).add(id));
        }
        postings = new HashMap<>();
        lists.forEach((b, ids) ->
                postings.put(b, ids.stream().mapToInt(Integer::intValue).toArray()));
        sizes = sizeList.stream().mapToInt(Integer::intValue).toArray();
        items = itemList.toArray(String[]::new);
        int n = items.length;
        scratch = ThreadLocal.withInitial(() -> new int[][] {new int[n], new int[n]});
    }

    public boolean isEmpty() {
        return items.length == 0;
    }

    /** The texts at least {@code similar} alike (Dice over bigrams), most alike first, scored scale × Dice. */
    public List<Match> nearest(String text, double similar, double scale, int limit) {
        Set<String> query = bigrams(text);
        if (query.isEmpty() || items.length == 0) {
            return List.of();
        }
        int[][] work = scratch.get();
        int[] counts = work[0];
        int[] touched = work[1];
        int n = 0;
        for (String b : query) {
            int[] ids = postings.get(b);
            if (ids == null) {
                continue;
            }
            for (int id : ids) {
                if (counts[id]++ == 0) {
                    touched[n++] = id;
                }
            }
        }
        List<Match> found = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int id = touched[i];
            double dice = 2.0 * counts[id] / (query.size() + sizes[id]);
            counts[id] = 0;
            if (dice >= similar) {
                found.add(new Match(Kind.LEARNED, items[id], scale * dice));
            }
        }
        found.sort(Comparator.comparingDouble(Match::score).reversed());
        return found.size() > limit ? found.subList(0, limit) : found;
    }

    /** Pairs of adjacent letters or digits, not across punctuation or spaces ({@link NearDuplicate#bigrams}). */
    public static Set<String> bigrams(String text) {
        return com.streetgov.matter.domain.NearDuplicate.bigrams(text);
    }
}
