package com.streetgov.tenantconfig.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.streetgov.dispatch.domain.DispatchCatalog;
import com.streetgov.dispatch.domain.DispatchTarget;
import com.streetgov.dispatch.domain.DispatchType;
import com.streetgov.duty.domain.DutyItem;
import com.streetgov.duty.domain.DutyLevel;
import com.streetgov.tenantconfig.duty.TemplateDuties;
import com.streetgov.tenantconfig.format.Templates;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every seed template ships a dispatch catalog that may be stored as it is: a few hundred types in
 * residents' words, each with a target valid in that template (its street duty items, its departments),
 * every type of the common list present, and targets of all three kinds.
 */
class TemplateCatalogTest {

    @ParameterizedTest
    @ValueSource(strings = {"luohu", "xicheng", "dongcheng", "chenghua"})
    void a_templates_catalog_is_valid_against_its_duty_list(String template) {
        assertTrue(TemplateCatalog.exists(template));
        DispatchCatalog catalog = TemplateCatalog.load(template);
        Set<String> streetItems = TemplateDuties.load(template).items().stream()
                .filter(i -> i.level() == DutyLevel.STREET)
                .map(DutyItem::code)
                .collect(Collectors.toSet());
        assertEquals(java.util.List.of(), catalog.findings(streetItems));
        assertTrue(
                catalog.types().size() >= 250, template + ": " + catalog.types().size() + " types");
        assertTrue(catalog.departments().size() >= 5, template + ": departments");
        Map<DispatchTarget.Kind, Long> kinds = catalog.types().stream()
                .collect(Collectors.groupingBy(t -> t.target().kind(), Collectors.counting()));
        assertEquals(Set.of(DispatchTarget.Kind.values()), kinds.keySet(), template + ": " + kinds);
        for (DispatchType t : catalog.types()) {
            assertTrue(t.synonyms().size() >= 3, t.code() + ": synonyms");
            assertTrue(t.examples().size() >= 2, t.code() + ": examples");
            assertTrue(Set.of("source", "duty-list", "inferred").contains(t.basis()), t.code() + ": " + t.basis());
        }
    }

    @Test
    void the_four_catalogs_share_the_common_types() {
        Set<String> first = codes("luohu");
        assertTrue(Templates.IDS.stream().allMatch(id -> codes(id).containsAll(first)));
    }

    private static Set<String> codes(String template) {
        return TemplateCatalog.load(template).types().stream()
                .map(DispatchType::code)
                .collect(Collectors.toSet());
    }
}
