package com.streetgov.assessment.domain;

import com.streetgov.text.RefusedException;
import com.streetgov.text.Text;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * 每月一题: the theme the district admin picked for a period (named by its month, like the period),
 * the matters it follows — those of its {@code category} or mentioning any of its {@code keywords} in
 * title or description — and the two or three concrete problems it is to solve.
 *
 * <p>Invariants (see {@link #findings(Choice)}): a title, a category or at least one keyword, and the
 * problems; lengths within the columns. One theme per district and period; picking again replaces it.
 */
public record MonthlyTheme(
        YearMonth period,
        String title,
        String category,
        List<String> keywords,
        String problems,
        String pickedBy,
        LocalDateTime pickedAt) {

    public MonthlyTheme {
        keywords = List.copyOf(keywords);
    }

    /** What the district admin enters; keywords separated by spaces, commas or "、". */
    public record Choice(YearMonth period, String title, String category, String keywords, String problems) {

        /** The keywords, stripped, distinct, in the order given. */
        public List<String> keywordList() {
            if (keywords == null || keywords.isBlank()) {
                return List.of();
            }
            return Arrays.stream(keywords.split("[\\s,，、;；]+"))
                    .map(String::strip)
                    .filter(k -> !k.isEmpty())
                    .distinct()
                    .toList();
        }
    }

    public static MonthlyTheme of(Choice choice, String pickedBy, LocalDateTime pickedAt) throws RefusedException {
        Findings.refuse(findings(choice));
        return new MonthlyTheme(
                choice.period(),
                choice.title().strip(),
                blank(choice.category()) ? null : choice.category().strip(),
                choice.keywordList(),
                choice.problems().strip(),
                pickedBy,
                pickedAt);
    }

    /**
     * What is wrong with a choice, each text starting with the field it names ({@link Findings}); empty
     * when it may be picked.
     */
    public static List<Text> findings(Choice c) {
        List<Text> findings = new ArrayList<>();
        if (c.period() == null) {
            findings.add(Text.of("assessment.theme.period"));
        }
        if (blank(c.title()) || c.title().strip().length() > 200) {
            findings.add(Text.of("assessment.theme.title"));
        }
        if (!blank(c.category()) && c.category().strip().length() > 64) {
            findings.add(Text.of("assessment.theme.category"));
        }
        if (String.join(" ", c.keywordList()).length() > 500) {
            findings.add(Text.of("assessment.theme.keywords"));
        }
        if (blank(c.category()) && c.keywordList().isEmpty()) {
            findings.add(Text.of("assessment.theme.nothingToFollow"));
        }
        if (blank(c.problems()) || c.problems().strip().length() > 2000) {
            findings.add(Text.of("assessment.theme.problems"));
        }
        return findings;
    }

    /** The period's label, as stored ("2026-11"). */
    public String label() {
        return period.toString();
    }

    /** Whether a matter of this category with this title and description belongs to the theme. */
    public boolean follows(String matterCategory, String title, String description) {
        if (category != null && category.equals(matterCategory)) {
            return true;
        }
        String text = ((title == null ? "" : title) + "\n" + (description == null ? "" : description))
                .toLowerCase(Locale.ROOT);
        return keywords.stream().anyMatch(k -> text.contains(k.toLowerCase(Locale.ROOT)));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
