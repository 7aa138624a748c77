package com.streetgov.reform.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Layout edits do what they say, and the validator judges the outcome. */
class LayoutEditsTest {

    static ModelVersion version() {
        return ModelValidatorTest.valid().versions().get(0);
    }

    static List<String> names(ModelVersion v) {
        return v.units().stream().map(Unit::name).toList();
    }

    @Test
    void merging_units_keeps_the_target_with_their_sections_and_their_names_as_plaques() {
        ModelVersion merged = LayoutEdits.mergeUnits(version(), "zonghe", List.of("minsheng"));
        assertEquals(List.of("综合部", "公共事务中心"), names(merged));
        Unit zonghe = merged.unit("zonghe").orElseThrow();
        assertEquals(List.of("L1", "L2"), zonghe.legacySections());
        assertEquals(List.of("民生事务部"), zonghe.plaques());
    }

    @Test
    void splitting_a_unit_moves_the_chosen_sections_to_a_new_unit_of_the_same_kind() {
        ModelVersion merged = LayoutEdits.mergeUnits(version(), "zonghe", List.of("minsheng"));
        ModelVersion split = LayoutEdits.splitUnit(merged, "zonghe", "shehui", "社会事务部", List.of("L2"));
        assertEquals(List.of("综合部", "社会事务部", "公共事务中心"), names(split));
        assertEquals(List.of("L1"), split.unit("zonghe").orElseThrow().legacySections());
        assertEquals(UnitKind.DEPARTMENT, split.unit("shehui").orElseThrow().kind());
    }

    @Test
    void assigning_no_sections_leaves_a_legacy_section_unmapped_which_the_validator_reports() {
        ReformModel m = ModelValidatorTest.valid();
        ModelVersion v = LayoutEdits.assignLegacySections(m.versions().get(0), "zonghe", List.of());
        List<Finding> errors = ModelValidator.validate(VersionLifecycle.replace(m, v)).stream()
                .filter(Finding::isError)
                .toList();
        assertEquals(
                List.of(ModelValidator.LEGACY_MAPPED),
                errors.stream().map(Finding::rule).toList());
    }

    @Test
    void adding_and_removing_units() {
        ModelVersion added = LayoutEdits.addUnit(version(), "fazhan", "发展更新部", UnitKind.DEPARTMENT);
        assertEquals("发展更新部", names(added).get(3));
        assertEquals(names(version()), names(LayoutEdits.removeUnit(added, "fazhan")));
        assertThrows(IllegalArgumentException.class, () -> LayoutEdits.removeUnit(version(), "nowhere"));
        assertThrows(
                IllegalArgumentException.class, () -> LayoutEdits.mergeUnits(version(), "zonghe", List.of("zonghe")));
    }
}
