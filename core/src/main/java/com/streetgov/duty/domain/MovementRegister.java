package com.streetgov.duty.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What moved where: for each movement (moved down, returned, cancelled) and level, how many categories
 * (areas) and items. Chenghua's "9 categories / 77 items to streets, 75 to communities" and Luohu's "80
 * community tasks cancelled, 20 returned to the street" are rows of it.
 */
public record MovementRegister(List<Row> rows) {

    public record Row(Movement movement, DutyLevel level, int categories, int items) {}

    public static MovementRegister of(List<DutyItem> items) {
        record Key(Movement movement, DutyLevel level) {}
        Map<Key, Set<String>> areas =
                new TreeMap<>(Comparator.comparing((Key k) -> k.movement()).thenComparing(k -> k.level()));
        Map<Key, Integer> counts =
                new TreeMap<>(Comparator.comparing((Key k) -> k.movement()).thenComparing(k -> k.level()));
        for (DutyItem item : items) {
            if (item.movement() == Movement.ORIGINAL) {
                continue;
            }
            Key key = new Key(item.movement(), item.level());
            areas.computeIfAbsent(key, k -> new TreeSet<>()).add(item.area());
            counts.merge(key, 1, Integer::sum);
        }
        List<Row> rows = new ArrayList<>();
        counts.forEach((key, n) ->
                rows.add(new Row(key.movement(), key.level(), areas.get(key).size(), n)));
        return new MovementRegister(List.copyOf(rows));
    }

    /** Items that moved in {@code movement} to any of the given levels. */
    public int items(Movement movement, Set<DutyLevel> levels) {
        return rows.stream()
                .filter(r -> r.movement() == movement && levels.contains(r.level()))
                .mapToInt(Row::items)
                .sum();
    }
}
