package com.streetgov.dispatch.infrastructure;

import java.util.Arrays;
import java.util.List;

/** Lists stored one entry per line (entries never contain a line break: it is replaced by a space). */
final class Lines {

    private Lines() {}

    static String join(List<String> entries) {
        return String.join(
                "\n",
                entries.stream()
                        .map(e -> e.replaceAll("[\\r\\n]+", " ").strip())
                        .filter(e -> !e.isEmpty())
                        .toList());
    }

    static List<String> split(String stored) {
        if (stored == null || stored.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(stored.split("\n")).filter(e -> !e.isEmpty()).toList();
    }
}
