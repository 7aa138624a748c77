package com.streetgov.tenantconfig.sheet;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What importing a list would do to the list in use, before anything is written: the rows read, and
 * the keys of the items it adds (not in use), changes (in use, but different) and removes (in use,
 * not in the file). Items are matched by their key (a duty item's or a power's code); when the list in
 * use repeats a key, its first item counts.
 */
public record ImportPreview<T>(List<T> rows, List<String> added, List<String> changed, List<String> removed) {

    public ImportPreview {
        rows = List.copyOf(rows);
        added = List.copyOf(added);
        changed = List.copyOf(changed);
        removed = List.copyOf(removed);
    }

    public static <T> ImportPreview<T> of(List<T> imported, List<T> current, Function<T, String> key) {
        Map<String, T> before = new LinkedHashMap<>();
        current.forEach(t -> before.putIfAbsent(key.apply(t), t));
        List<String> added =
                imported.stream().map(key).filter(k -> !before.containsKey(k)).toList();
        List<String> changed = imported.stream()
                .filter(t -> before.containsKey(key.apply(t))
                        && !before.get(key.apply(t)).equals(t))
                .map(key)
                .toList();
        Set<String> keys = imported.stream().map(key).collect(Collectors.toSet());
        List<String> removed =
                before.keySet().stream().filter(k -> !keys.contains(k)).toList();
        return new ImportPreview<>(imported, added, changed, removed);
    }
}
