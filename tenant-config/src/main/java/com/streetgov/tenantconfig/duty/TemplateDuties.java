package com.streetgov.tenantconfig.duty;

import com.streetgov.duty.domain.AdmissionPolicy;
import com.streetgov.duty.domain.CalendarDay;
import com.streetgov.duty.domain.DutyItem;
import com.streetgov.duty.domain.DutyLevel;
import com.streetgov.duty.domain.DutyRole;
import com.streetgov.duty.domain.Movement;
import com.streetgov.duty.domain.StreetAssignment;
import com.streetgov.enforcement.domain.EnforcementPower;
import com.streetgov.enforcement.domain.HandoverMode;
import com.streetgov.enforcement.domain.PowerDomain;
import com.streetgov.enforcement.domain.PowerType;
import com.streetgov.platform.Json;
import com.streetgov.reform.domain.ReformModel;
import com.streetgov.tenantconfig.enforcement.BeijingDelegation;
import com.streetgov.tenantconfig.format.Templates;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A seed template's duty list, enforcement catalog, team shape, admission policy and the shared
 * holiday calendar, read from {@code templates/<id>.duties.json} (format {@code
 * streetgov-duty-template/1}). Items the sources name are listed; volume comes from {@link
 * DutyGenerator} specs whose items say they are generated. Where the sources give an item's lead to a
 * unit only some layouts have, {@link LayoutLeads} says so per layout (checked against the template's
 * reform model when read).
 */
public record TemplateDuties(
        LocalDate effectiveFrom,
        List<DutyItem> items,
        LayoutLeads layoutLeads,
        List<EnforcementPower> powers,
        TeamShape team,
        Optional<AdmissionPolicy> policy,
        boolean streetsMayRedivide,
        List<CalendarDay> calendar,
        JsonObject communities) {

    /**
     * Each street's team: {@code name} after the street's name, the domains it exercises, and where
     * the sources say so, the agencies that second staff to the named streets' teams.
     */
    public record TeamShape(
            String name,
            Set<PowerDomain> domains,
            List<String> secondedStreets,
            List<String> agencies,
            LocalDate secondedSince) {}

    private static final String BASE = "/com/streetgov/tenantconfig/templates/";

    public static TemplateDuties load(String templateId) {
        JsonObject doc = read(BASE + templateId + ".duties.json");
        LocalDate from = LocalDate.parse(doc.getString("effectiveFrom"));
        List<DutyItem> items = new ArrayList<>();
        doc.getJsonArray("items").getValuesAs(JsonObject.class).forEach(o -> items.add(item(o, from)));
        List<String> assisting = strings(doc.getJsonArray("assistUnits"));
        long seed = templateId.hashCode();
        for (JsonObject g : doc.getJsonArray("generate").getValuesAs(JsonObject.class)) {
            Map<String, List<String>> areas = new LinkedHashMap<>();
            g.getJsonObject("areas").forEach((area, units) -> areas.put(area, strings(units.asJsonArray())));
            items.addAll(DutyGenerator.generate(new DutyGenerator.Spec(
                    g.getString("prefix"),
                    g.getInt("count"),
                    DutyLevel.valueOf(g.getString("level", "STREET")),
                    g.isNull("role") ? null : DutyRole.valueOf(g.getString("role")),
                    g.isNull("label") ? null : g.getString("label"),
                    areas,
                    assisting,
                    g.containsKey("effectiveFrom") ? LocalDate.parse(g.getString("effectiveFrom")) : from,
                    Movement.valueOf(g.getString("movement", "ORIGINAL")),
                    g.containsKey("movedOn") ? LocalDate.parse(g.getString("movedOn")) : null,
                    seed++)));
        }
        LayoutLeads layoutLeads = LayoutLeads.read(doc);
        if (!layoutLeads.isEmpty()) {
            List<String> findings = layoutLeads.findings(Templates.load(templateId), items);
            if (!findings.isEmpty()) {
                throw new IllegalStateException(templateId + ".duties.json:\n" + String.join("\n", findings));
            }
        }
        JsonObject enforcement = doc.getJsonObject("enforcement");
        return new TemplateDuties(
                from,
                List.copyOf(items),
                layoutLeads,
                powers(enforcement),
                team(enforcement),
                doc.containsKey("policy")
                        ? Optional.of(new AdmissionPolicy(
                                doc.getJsonObject("policy").getInt("noticeWorkingDays"),
                                doc.getJsonObject("policy").getInt("decisionWorkingDays")))
                        : Optional.empty(),
                doc.getBoolean("streetsMayRedivide", false),
                holidayCalendar(),
                doc.getJsonObject("communities"));
    }

    /**
     * The street assignments the template's leads by layout make when installed into a district whose
     * model is {@code model} on {@code installDay}: by each street's layout in force that day, or on the
     * template's effective date if that is later (a template installed ahead of its reform).
     */
    public List<StreetAssignment> layoutAssignments(ReformModel model, LocalDate installDay) {
        return layoutLeads.assignments(model, layoutDay(installDay));
    }

    /** The day whose layouts the leads by layout follow when installed on {@code installDay}. */
    public LocalDate layoutDay(LocalDate installDay) {
        return installDay.isBefore(effectiveFrom) ? effectiveFrom : installDay;
    }

    /** The shared holiday calendar (statutory holidays and worked weekend days). */
    public static List<CalendarDay> holidayCalendar() {
        return read(BASE + "calendar-cn.json").getJsonArray("days").getValuesAs(JsonObject.class).stream()
                .map(d -> new CalendarDay(
                        LocalDate.parse(d.getString("day")), d.getBoolean("working"), d.getString("name")))
                .toList();
    }

    private static DutyItem item(JsonObject o, LocalDate from) {
        DutyItem item = new DutyItem(
                o.getString("code"),
                o.getString("name"),
                o.getString("area"),
                DutyLevel.valueOf(o.getString("level")),
                DutyRole.valueOf(o.getString("role")),
                strings(o.getJsonArray("lead")),
                strings(o.getJsonArray("assist")),
                o.getString("legalBasis", null),
                o.getString("origin", null),
                from,
                null,
                strings(o.getJsonArray("keywords")),
                false,
                null,
                null);
        return o.containsKey("movement")
                ? item.moved(Movement.valueOf(o.getString("movement")), LocalDate.parse(o.getString("movedOn")))
                : item;
    }

    private static List<EnforcementPower> powers(JsonObject enforcement) {
        if ("BEIJING_2020".equals(enforcement.getString("catalog"))) {
            return BeijingDelegation.powers();
        }
        LocalDate from = LocalDate.parse(enforcement.getString("effectiveFrom"));
        return enforcement.getJsonArray("powers").getValuesAs(JsonObject.class).stream()
                .map(p -> new EnforcementPower(
                        p.getString("code"),
                        p.getString("name"),
                        PowerType.valueOf(p.getString("type")),
                        PowerDomain.valueOf(p.getString("domain")),
                        null,
                        null,
                        p.getString("source"),
                        HandoverMode.HANDED_OVER,
                        null,
                        from,
                        false))
                .toList();
    }

    private static TeamShape team(JsonObject enforcement) {
        JsonObject team = enforcement.getJsonObject("team");
        JsonObject seconded = enforcement.getJsonObject("seconded");
        return new TeamShape(
                team.getString("name"),
                strings(team.getJsonArray("domains")).stream()
                        .map(PowerDomain::valueOf)
                        .collect(Collectors.toSet()),
                seconded == null ? List.of() : strings(seconded.getJsonArray("streets")),
                seconded == null ? List.of() : strings(seconded.getJsonArray("agencies")),
                seconded == null ? null : LocalDate.parse(seconded.getString("since")));
    }

    private static List<String> strings(JsonArray array) {
        return array == null
                ? List.of()
                : array.getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString)
                        .toList();
    }

    private static JsonObject read(String resource) {
        try (InputStream in = TemplateDuties.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no template resource " + resource);
            }
            try (JsonReader reader = Json.createReader(in)) {
                return reader.readObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
