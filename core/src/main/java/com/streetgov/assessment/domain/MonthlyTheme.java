package com.streetgov.assessment.domain;

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

    public static MonthlyTheme of(Choice choice, String pickedBy, LocalDateTime pickedAt) throws ThemeRefusedException {
        List<String> findings = findings(choice);
        if (!findings.isEmpty()) {
            throw new ThemeRefusedException(String.join("；", findings));
        }
        return new MonthlyTheme(
                choice.period(),
                choice.title().strip(),
                blank(choice.category()) ? null : choice.category().strip(),
                choice.keywordList(),
                choice.problems().strip(),
                pickedBy,
                pickedAt);
    }

    /** What is wrong with a choice, in Chinese, each naming the field; empty when it may be picked. */
    public static List<String> findings(Choice c) {
        List<String> findings = new ArrayList<>();
        if (c.period() == null) {
            findings.add("period（考核周期）必填");
        }
        if (blank(c.title()) || c.title().strip().length() > 200) {
            findings.add("title（主题）必填，不超过200个字符");
        }
        if (!blank(c.category()) && c.category().strip().length() > 64) {
            findings.add("category（类别）不能超过64个字符");
        }
        if (String.join(" ", c.keywordList()).length() > 500) {
            findings.add("keywords（关键词）合计不能超过500个字符");
        }
        if (blank(c.category()) && c.keywordList().isEmpty()) {
            findings.add("category（类别）或 keywords（关键词）至少填写一项");
        }
        if (blank(c.problems()) || c.problems().strip().length() > 2000) {
            findings.add("problems（具体问题）必填，不超过2000个字符");
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
