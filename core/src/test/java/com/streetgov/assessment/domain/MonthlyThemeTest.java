package com.streetgov.assessment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.streetgov.text.RefusedException;
import com.streetgov.text.Text;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MonthlyThemeTest {

    static final YearMonth NOV = YearMonth.of(2026, 11);

    @Test
    void a_theme_follows_its_category_or_any_keyword_in_title_or_description() throws Exception {
        MonthlyTheme theme = MonthlyTheme.of(
                new MonthlyTheme.Choice(NOV, "老旧小区停车难", "XC-CS-001", " 停车，车位、 充电桩 停车", "1. 车位少\n2. 占道"),
                "admin",
                LocalDateTime.of(2026, 10, 20, 9, 0));
        assertEquals(List.of("停车", "车位", "充电桩"), theme.keywords());
        assertTrue(theme.follows("XC-CS-001", "噪音", "夜间施工"));
        assertTrue(theme.follows(null, "小区没有车位", ""));
        assertTrue(theme.follows("OTHER", "求助", "希望加装充电桩"));
        assertFalse(theme.follows("OTHER", "噪音", "夜间施工"));
        assertEquals("2026-11", theme.label());
    }

    @Test
    void a_choice_without_title_problems_or_anything_to_follow_is_refused_naming_the_fields() {
        var refused = assertThrows(
                RefusedException.class,
                () -> MonthlyTheme.of(new MonthlyTheme.Choice(NOV, " ", null, " ", null), "a", LocalDateTime.now()));
        assertTrue(refused.getMessage().contains("title（主题）"), refused.getMessage());
        assertTrue(refused.getMessage().contains("category（类别）或 keywords（关键词）"), refused.getMessage());
        assertTrue(refused.getMessage().contains("problems（具体问题）"), refused.getMessage());
        assertEquals(
                List.of("category（类别）不能超过64个字符"),
                MonthlyTheme.findings(new MonthlyTheme.Choice(NOV, "t", "x".repeat(65), null, "p")).stream()
                        .map(Text::inDefaultLanguage)
                        .toList());
    }

    @Test
    void the_findings_are_joined_in_the_readers_language() {
        var refused = assertThrows(
                RefusedException.class,
                () -> MonthlyTheme.of(
                        new MonthlyTheme.Choice(NOV, "t", "x".repeat(65), null, " "), "a", LocalDateTime.now()));
        assertEquals("category（类别）不能超过64个字符；problems（具体问题）必填，不超过2000个字符", refused.getMessage());
        assertEquals(
                "category: the category may be at most 64 characters; "
                        + "problems: the concrete problems are required, at most 2000 characters",
                refused.text().render(Locale.ENGLISH));
        assertEquals(
                "category（類別）不能超過64個字符；problems（具體問題）必填，不超過2000個字符",
                refused.text().render(Locale.TRADITIONAL_CHINESE));
    }
}
