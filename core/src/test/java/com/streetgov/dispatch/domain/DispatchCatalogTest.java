package com.streetgov.dispatch.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.streetgov.text.Text;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a catalog must satisfy before it is stored, each finding naming the type or department. */
class DispatchCatalogTest {

    static final Department MARKET = new Department("qu-scjg", "区市场监督管理局", List.of("市场监管局"), "inferred");

    static DispatchType type(String code, DispatchTarget target) {
        return new DispatchType(code, "名称" + code, "OTHER", List.of("同义词"), List.of("例句。"), target, "inferred");
    }

    @Test
    void a_valid_catalog_has_no_findings_and_answers_lookups() {
        DispatchCatalog catalog = new DispatchCatalog(
                List.of(MARKET),
                List.of(
                        type("FOOD-A", DispatchTarget.department("qu-scjg")),
                        type("SAN-A", DispatchTarget.item("XC-1")),
                        type("RC-A", DispatchTarget.community())));
        assertEquals(List.of(), catalog.findings(Set.of("XC-1")));
        assertEquals("qu-scjg", catalog.type("FOOD-A").orElseThrow().target().ref());
        assertTrue(catalog.department("qu-scjg").orElseThrow().isCalled("市场监管局"));
        assertTrue(catalog.type("NONE").isEmpty());
        assertTrue(DispatchCatalog.EMPTY.isEmpty());
    }

    @Test
    void every_broken_rule_is_a_finding_that_names_its_type_or_department() {
        DispatchCatalog catalog = new DispatchCatalog(
                List.of(MARKET, MARKET, new Department("Bad Code", "", List.of(), "inferred")),
                List.of(
                        type("SAN-A", DispatchTarget.item("XC-404")),
                        type("SAN-A", DispatchTarget.item("XC-1")),
                        type("lower", DispatchTarget.department("qu-none")),
                        new DispatchType(
                                "LONG",
                                "名".repeat(101),
                                "OTHER",
                                List.of(),
                                List.of(),
                                DispatchTarget.community(),
                                null)));
        List<String> findings = catalog.findings(Set.of("XC-1")).stream()
                .map(Text::inDefaultLanguage)
                .toList();
        assertTrue(findings.contains("区直部门编码“qu-scjg”重复"), findings.toString());
        assertTrue(findings.stream().anyMatch(f -> f.startsWith("区直部门编码“Bad Code”格式不对")), findings.toString());
        assertTrue(findings.contains("区直部门“Bad Code”的名称为空或超过100字"), findings.toString());
        assertTrue(findings.contains("派单类型“SAN-A”指向的职责事项“XC-404”不是本区的街道职责事项"), findings.toString());
        assertTrue(findings.contains("派单类型“SAN-A”编码重复"), findings.toString());
        assertTrue(findings.stream().anyMatch(f -> f.startsWith("派单类型“lower”编码格式不对")), findings.toString());
        assertTrue(findings.contains("派单类型“lower”指向的区直部门“qu-none”不在本目录中"), findings.toString());
        assertTrue(findings.contains("派单类型“LONG”的名称为空或超过100字"), findings.toString());
        assertEquals(8, findings.size(), findings.toString());
    }

    @Test
    void a_target_needs_a_reference_except_the_community() {
        assertThrows(IllegalArgumentException.class, () -> DispatchTarget.item(" "));
        assertThrows(IllegalArgumentException.class, () -> new DispatchTarget(DispatchTarget.Kind.DEPARTMENT, null));
        assertEquals(null, new DispatchTarget(DispatchTarget.Kind.COMMUNITY, "x").ref());
    }

    @Test
    void one_row_is_edited_at_a_time_and_a_department_still_targeted_cannot_go() {
        DispatchCatalog catalog = new DispatchCatalog(
                List.of(MARKET),
                List.of(
                        type("FOOD-A", DispatchTarget.department("qu-scjg")),
                        type("SAN-A", DispatchTarget.item("XC-1"))));
        DispatchType renamed = new DispatchType(
                "SAN-A", "道路保洁不到位", "OTHER", List.of("同义词"), List.of("例句。"), DispatchTarget.item("XC-1"), "source");
        DispatchCatalog edited = catalog.withType(renamed).withType(type("NEW-A", DispatchTarget.community()));
        assertEquals(
                List.of("FOOD-A", "SAN-A", "NEW-A"),
                edited.types().stream().map(DispatchType::code).toList());
        assertEquals(renamed, edited.type("SAN-A").orElseThrow());
        assertEquals(
                List.of("名称“名称SAN-A”→“道路保洁不到位”", "依据"),
                renamed.changesFrom(catalog.type("SAN-A").orElseThrow()));
        assertEquals(
                List.of("FOOD-A", "NEW-A"),
                edited.withoutType("SAN-A").types().stream()
                        .map(DispatchType::code)
                        .toList());
        assertEquals(edited, edited.withoutType("NONE"));

        Department renamedMarket = new Department("qu-scjg", "区市场监管局", List.of(), "source");
        assertEquals(
                List.of(renamedMarket), catalog.withDepartment(renamedMarket).departments());
        assertEquals(
                List.of("派单类型“FOOD-A”指向的区直部门“qu-scjg”不在本目录中"),
                catalog.withoutDepartment("qu-scjg").findings(Set.of("XC-1")).stream()
                        .map(Text::inDefaultLanguage)
                        .toList(),
                "a department still targeted is named as a finding, so the catalog is not stored");
    }
}
