package com.streetgov.tenantconfig.duty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.streetgov.duty.domain.StreetAssignment;
import com.streetgov.reform.domain.ReformModel;
import com.streetgov.tenantconfig.format.Templates;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A duty template's leads by layout: read, checked against the template, and made street assignments. */
class LayoutLeadsTest {

    static final LocalDate DAY = LocalDate.of(2026, 11, 2);
    static final List<String> AGRI = List.of("shengdeng", "agri-2", "qinglong", "agri-1");

    static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    @Test
    void a_template_without_the_section_has_none() {
        LayoutLeads none = LayoutLeads.read(json("{\"items\": []}"));
        assertTrue(none.isEmpty());
        assertEquals(List.of(), none.assignments(Templates.load("chenghua"), DAY));
        assertTrue(TemplateDuties.load("luohu").layoutLeads().isEmpty());
    }

    @Test
    void chenghua_gives_the_urbanisation_item_to_the_agri_layouts_urbanisation_section() {
        TemplateDuties chenghua = TemplateDuties.load("chenghua");
        LayoutLeads leads = chenghua.layoutLeads();
        assertEquals(Map.of("agri-2012", Map.of("CH-PD-013", List.of("chengshihua"))), leads.byLayout());
        assertEquals("按模板：涉农街道由城市化推进科室牵头", leads.auditReason("chenghua"));
        assertEquals(List.of(), leads.findings(Templates.load("chenghua"), chenghua.items()));
        assertEquals(
                AGRI.stream()
                        .map(s -> new StreetAssignment(s, "CH-PD-013", List.of("chengshihua")))
                        .toList(),
                chenghua.layoutAssignments(Templates.load("chenghua"), DAY));
    }

    @Test
    void installed_before_the_reform_the_layouts_of_its_effective_date_count() {
        TemplateDuties chenghua = TemplateDuties.load("chenghua");
        assertEquals(LocalDate.of(2012, 6, 8), chenghua.layoutDay(LocalDate.of(2010, 1, 1)));
        assertEquals(DAY, chenghua.layoutDay(DAY));
        assertEquals(
                4,
                chenghua.layoutAssignments(Templates.load("chenghua"), LocalDate.of(2010, 1, 1))
                        .size());
        // read on a day before any layout took effect, the leads give no street anything
        assertEquals(
                List.of(), chenghua.layoutLeads().assignments(Templates.load("chenghua"), LocalDate.of(2010, 1, 1)));
    }

    @Test
    void findings_name_an_unknown_layout_item_and_unit_and_a_double_or_missing_lead() {
        ReformModel model = Templates.load("chenghua");
        LayoutLeads wrong = LayoutLeads.read(
                json(
                        """
                {"layoutLeads": {
                  "rural-2012": {"CH-PD-013": ["chengshihua"]},
                  "urban-2012": {"CH-PD-013": ["chengshihua"], "CH-XX-999": ["chengshi-guanli"]},
                  "agri-2012": {"CH-PD-001": [], "CH-PD-002": ["chengshi-guanli", "chengshihua"], "CH-SQ-G0001": ["zhifa"]}
                }}
                """));
        assertEquals(
                List.of(
                        "layoutLeads: layout rural-2012 is not a version of template chenghua-2012",
                        "layoutLeads.urban-2012.CH-PD-013: unit chengshihua is not in layout urban-2012",
                        "layoutLeads.urban-2012.CH-XX-999: no duty item CH-XX-999",
                        "layoutLeads.agri-2012.CH-PD-001: no lead unit",
                        "layoutLeads.agri-2012.CH-PD-002: 2 lead units [chengshi-guanli, chengshihua] (a double lead)",
                        "layoutLeads.agri-2012.CH-SQ-G0001: item CH-SQ-G0001 is not street-level (WORKSTATION)"),
                wrong.findings(model, TemplateDuties.load("chenghua").items()));
    }

    @Test
    void a_section_of_the_wrong_shape_is_refused_and_the_reason_defaults_to_the_template() {
        assertThrows(
                IllegalStateException.class,
                () -> LayoutLeads.read(json("{\"layoutLeads\": {\"agri-2012\": [\"chengshihua\"]}}")));
        assertThrows(
                IllegalStateException.class,
                () -> LayoutLeads.read(json("{\"layoutLeads\": {\"agri-2012\": {\"CH-PD-013\": \"chengshihua\"}}}")));
        LayoutLeads plain =
                LayoutLeads.read(json("{\"layoutLeads\": {\"agri-2012\": {\"CH-PD-013\": [\"chengshihua\"]}}}"));
        assertEquals("按模板（chenghua）的机构设置分工", plain.auditReason("chenghua"));
    }
}
