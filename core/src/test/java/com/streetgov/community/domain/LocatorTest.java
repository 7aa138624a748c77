package com.streetgov.community.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How intake finds a matter's street: by code, by name, from grid, community or address, or the clerk's. */
class LocatorTest {

    static final Locator LOCATOR = new Locator(
            Map.of("desheng", "德胜街道", "jinrongjie", "金融街街道"),
            List.of(new Community("c1", "六铺炕社区", "desheng")),
            List.of(new Grid("g1", "第一网格", "c1", 300, "张三")));

    @Test
    void a_street_is_found_by_its_code_or_its_name_with_or_without_the_suffix() {
        assertEquals(
                "desheng",
                LOCATOR.locate("desheng", null, null, null).orElseThrow().street());
        Locator.Found byName = LOCATOR.locate("金融街街道", null, null, null).orElseThrow();
        assertEquals("jinrongjie", byName.street());
        assertEquals("按街道名称“金融街街道”", byName.how().inDefaultLanguage());
        assertEquals(
                "jinrongjie",
                LOCATOR.locate(" 金融街 ", null, null, null).orElseThrow().street());
        assertTrue(LOCATOR.locate("金融", null, null, null).isEmpty(), "a part of a name is not a name");
    }

    @Test
    void grid_community_and_address_come_before_the_clerks_own_street() {
        assertEquals(
                "desheng",
                LOCATOR.locate(null, null, "g1", null, "金融街街道").orElseThrow().street());
        assertEquals(
                "desheng",
                LOCATOR.locate(null, "c1", null, null, "金融街街道").orElseThrow().street());
        assertEquals(
                "desheng",
                LOCATOR.locate(null, null, null, "德胜街道某小区3号楼", "金融街街道")
                        .orElseThrow()
                        .street());
        Locator.Found own = LOCATOR.locate(null, null, null, "3号楼楼下", "金融街街道").orElseThrow();
        assertEquals("jinrongjie", own.street());
        assertEquals("按受理人员所在街道", own.how().inDefaultLanguage());
        assertEquals(
                "desheng",
                LOCATOR.locate(null, null, null, null, "desheng").orElseThrow().street());
        assertTrue(LOCATOR.locate(null, null, null, "3号楼楼下", null).isEmpty());
        assertTrue(LOCATOR.locate(null, null, null, "3号楼楼下", "别的街道").isEmpty());
        assertTrue(
                LOCATOR.locate("no-such-street", null, null, null, "金融街街道").isEmpty(),
                "a street named that does not exist is refused, not replaced by the clerk's");
        assertTrue(
                LOCATOR.locate(null, "no-such-community", null, null, "金融街街道").isEmpty());
        assertTrue(LOCATOR.locate(null, null, "no-such-grid", null, "金融街街道").isEmpty());
    }
}
