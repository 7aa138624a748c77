package com.streetgov.assessment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
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
                ThemeRefusedException.class,
                () -> MonthlyTheme.of(new MonthlyTheme.Choice(NOV, " ", null, " ", null), "a", LocalDateTime.now()));
        assertTrue(refused.getMessage().contains("title（主题）"), refused.getMessage());
        assertTrue(refused.getMessage().contains("category（类别）或 keywords（关键词）"), refused.getMessage());
        assertTrue(refused.getMessage().contains("problems（具体问题）"), refused.getMessage());
        assertEquals(
                List.of("category（类别）不能超过64个字符"),
                MonthlyTheme.findings(new MonthlyTheme.Choice(NOV, "t", "x".repeat(65), null, "p")));
    }
}
