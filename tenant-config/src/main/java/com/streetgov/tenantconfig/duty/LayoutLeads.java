package com.streetgov.tenantconfig.duty;

import com.streetgov.duty.domain.DutyItem;
import com.streetgov.duty.domain.DutyLevel;
import com.streetgov.duty.domain.StreetAssignment;
import com.streetgov.reform.domain.ModelVersion;
import com.streetgov.reform.domain.ReformModel;
import com.streetgov.reform.domain.StreetProfile;
import com.streetgov.reform.domain.Unit;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A template's leads by layout: a duty item has one lead list for all streets, but where the sources
 * give an item's work to a unit that only some layouts have (Chenghua: the agriculture-related streets'
 * 城市化推进 section leads 征地拆迁与农转居, the urban streets have no such section), the template says so
 * per layout, as {@code "layoutLeads": {"<layout code>": {"<item code>": ["<unit code>", …]}}} in
 * {@code <id>.duties.json}, with an optional {@code "layoutLeadsReason"} in Chinese. At installation
 * each street whose layout in force is one of these gets a {@link StreetAssignment} per item (the same
 * record as a street's own division, so coverage and routing let it win over the item's leads).
 *
 * @param byLayout layout code → item code → lead units, in the file's order
 * @param reason why, in Chinese, without the "按模板：" prefix; null when the template gives none
 */
public record LayoutLeads(Map<String, Map<String, List<String>>> byLayout, String reason) {

    /** A template without leads by layout. */
    public static final LayoutLeads NONE = new LayoutLeads(Map.of(), null);

    public LayoutLeads {
        Map<String, Map<String, List<String>>> copy = new LinkedHashMap<>();
        byLayout.forEach((layout, items) -> {
            Map<String, List<String>> leads = new LinkedHashMap<>();
            items.forEach((item, units) -> leads.put(item, List.copyOf(units)));
            copy.put(layout, java.util.Collections.unmodifiableMap(leads));
        });
        byLayout = java.util.Collections.unmodifiableMap(copy);
    }

    public boolean isEmpty() {
        return byLayout.isEmpty();
    }

    /**
     * Reads the optional {@code layoutLeads} and {@code layoutLeadsReason} of a duty template; a value
     * of the wrong shape is an error of the template.
     */
    public static LayoutLeads read(JsonObject doc) {
        if (!doc.containsKey("layoutLeads") || doc.isNull("layoutLeads")) {
            return NONE;
        }
        Map<String, Map<String, List<String>>> byLayout = new LinkedHashMap<>();
        JsonObject layouts = doc.getJsonObject("layoutLeads");
        layouts.forEach((layout, value) -> {
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new IllegalStateException("layoutLeads." + layout + ": not an object of item codes");
            }
            Map<String, List<String>> leads = new LinkedHashMap<>();
            value.asJsonObject().forEach((item, units) -> {
                if (units.getValueType() != JsonValue.ValueType.ARRAY
                        || !units.asJsonArray().stream()
                                .allMatch(u -> u.getValueType() == JsonValue.ValueType.STRING)) {
                    throw new IllegalStateException(
                            "layoutLeads." + layout + "." + item + ": not a list of unit codes");
                }
                leads.put(
                        item,
                        units.asJsonArray().getValuesAs(JsonString.class).stream()
                                .map(JsonString::getString)
                                .toList());
            });
            byLayout.put(layout, leads);
        });
        return new LayoutLeads(byLayout, doc.getString("layoutLeadsReason", null));
    }

    /**
     * What is wrong against the template's model and duty list, one finding a line naming the layout,
     * item and unit: a layout the model does not have, an item not in the list or not street-level, an
     * empty lead list or more than one lead (a double lead by design), a unit absent from that layout.
     * Empty when all is well.
     */
    public List<String> findings(ReformModel model, List<DutyItem> items) {
        Map<String, DutyItem> byCode = new LinkedHashMap<>();
        items.forEach(i -> byCode.putIfAbsent(i.code(), i));
        List<String> findings = new ArrayList<>();
        byLayout.forEach((layout, leads) -> {
            Optional<ModelVersion> version = model.version(layout);
            if (version.isEmpty()) {
                findings.add("layoutLeads: layout " + layout + " is not a version of template " + model.templateId());
            }
            Set<String> units = version.map(
                            v -> v.units().stream().map(Unit::code).collect(Collectors.toSet()))
                    .orElse(Set.of());
            leads.forEach((code, lead) -> {
                String where = "layoutLeads." + layout + "." + code;
                DutyItem item = byCode.get(code);
                if (item == null) {
                    findings.add(where + ": no duty item " + code);
                } else if (item.level() != DutyLevel.STREET) {
                    findings.add(where + ": item " + code + " is not street-level (" + item.level() + ")");
                }
                if (lead.isEmpty()) {
                    findings.add(where + ": no lead unit");
                } else if (lead.size() > 1) {
                    findings.add(where + ": " + lead.size() + " lead units " + lead + " (a double lead)");
                }
                if (version.isPresent()) {
                    lead.stream()
                            .filter(u -> !units.contains(u))
                            .forEach(u -> findings.add(where + ": unit " + u + " is not in layout " + layout));
                }
            });
        });
        return findings;
    }

    /**
     * The street assignments these leads make in {@code model} on {@code on}: for every street whose
     * layout in force then is one of the layouts, one per item of that layout, in the model's street
     * order. A street in another layout (or in none yet) gets nothing.
     */
    public List<StreetAssignment> assignments(ReformModel model, LocalDate on) {
        List<StreetAssignment> assignments = new ArrayList<>();
        for (StreetProfile street : model.streets()) {
            model.layoutOf(street.code(), on)
                    .map(v -> byLayout.get(v.code()))
                    .ifPresent(leads -> leads.forEach(
                            (item, units) -> assignments.add(new StreetAssignment(street.code(), item, units))));
        }
        return assignments;
    }

    /** The audit reason of the installed assignments, naming the template. */
    public String auditReason(String templateId) {
        return reason == null || reason.isBlank() ? "按模板（" + templateId + "）的机构设置分工" : "按模板：" + reason;
    }
}
