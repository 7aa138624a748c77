package com.streetgov.matter.domain;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * When a new submission repeats a matter already taken in (issue 13): the same street, the same
 * address when both give one, received within {@link #WINDOW}, and words at least {@link #SIMILAR} alike
 * (Dice coefficient over character bigrams, as routing's learning compares texts, DD030). Such a
 * submission is linked to the earlier matter instead of creating work twice.
 */
public final class NearDuplicate {

    /** How far back a repeat is looked for. */
    public static final Duration WINDOW = Duration.ofHours(1);

    /** How alike the words must be. */
    public static final double SIMILAR = 0.6;

    /** A recent matter of a street, as the comparison needs it. */
    public record Recent(String number, String title, String description, String address, LocalDateTime receivedAt) {}

    private NearDuplicate() {}

    /** The earliest of {@code recent} that {@code submission} (located in {@code street}) repeats at {@code now}. */
    public static Optional<Recent> of(
            Matter.Submission submission, String street, LocalDateTime now, List<Recent> recent) {
        Set<String> words = bigrams(submission.title() + " " + submission.description());
        return recent.stream()
                .filter(r -> !r.receivedAt().isBefore(now.minus(WINDOW))
                        && !r.receivedAt().isAfter(now))
                .filter(r -> sameAddress(submission.address(), r.address()))
                .filter(r -> dice(words, bigrams(r.title() + " " + r.description())) >= SIMILAR)
                .min(java.util.Comparator.comparing(Recent::receivedAt));
    }

    private static boolean sameAddress(String a, String b) {
        if (a == null || a.isBlank() || b == null || b.isBlank()) {
            return true;
        }
        return normal(a).equals(normal(b));
    }

    private static String normal(String address) {
        return address.replaceAll("[\\s\\p{Punct}，。、；：（）]", "").toLowerCase(Locale.ROOT);
    }

    /** Dice coefficient of two bigram sets; 0 when either is empty. */
    public static double dice(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        return 2.0 * common.size() / (a.size() + b.size());
    }

    /** Pairs of adjacent letters or digits (Han characters above all), not across punctuation or spaces. */
    public static Set<String> bigrams(String text) {
        Set<String> bigrams = new HashSet<>();
        int previous = -1;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (!Character.isLetterOrDigit(c)) {
                previous = -1;
                continue;
            }
            if (previous >= 0) {
                bigrams.add(new StringBuilder()
                        .appendCodePoint(previous)
                        .appendCodePoint(c)
                        .toString());
            }
            previous = c;
        }
        return bigrams;
    }
}
