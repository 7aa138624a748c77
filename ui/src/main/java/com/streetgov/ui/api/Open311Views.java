package com.streetgov.ui.api;

import com.streetgov.duty.domain.DutyItem;
import com.streetgov.matter.application.MatterService;
import com.streetgov.matter.domain.Matter;
import com.streetgov.matter.domain.MatterSummary;
import com.streetgov.ui.api.georeport.GeoReport;
import java.util.List;
import java.util.Map;

/**
 * Turns the district's catalog and matters into GeoReport v2 records for {@link Open311Resource}: a
 * service per routable duty item, its definition (the {@code street} attribute, a list of the
 * district's streets), and a request as its reader named it. Unit codes become the unit's name in the
 * street's layout on the day the matter came in.
 */
final class Open311Views {

    /** The one attribute every service takes: the street, by code. */
    static final String STREET = "street";

    private final MatterService service;

    Open311Views(MatterService service) {
        this.service = service;
    }

    /** A catalog entry; every service has a definition (the street attribute), so {@code metadata}. */
    static GeoReport.Service service(DutyItem item) {
        return new GeoReport.Service(
                item.code(),
                item.name(),
                item.name(),
                true,
                "realtime",
                String.join(",", item.keywords()),
                item.area());
    }

    /** The definition of {@code item}: the street, one of the district's streets, optional given an address. */
    GeoReport.Definition definition(DutyItem item) {
        List<GeoReport.Value> streets = service.streets().entrySet().stream()
                .map(e -> new GeoReport.Value(e.getKey(), e.getValue()))
                .toList();
        return new GeoReport.Definition(
                item.code(),
                List.of(new GeoReport.Attribute(
                        true,
                        STREET,
                        "singlevaluelist",
                        false,
                        "街道编码（key），作为 attribute[street] 提交；不填时请给 address_string（地址），由系统定位街道",
                        1,
                        "所在街道",
                        streets)));
    }

    static String notice(Matter m) {
        // The request's language is not known: in the district's, zh-CN.
        return m.routing()
                .map(r -> "已分派：" + r.reason().inDefaultLanguage() + "；办理时限至" + m.dueAt())
                .orElse("已受理，待人工分派");
    }

    /** A matter as the reader asked for it: under the id they used (request id or number). */
    GeoReport.Request request(Matter m, String id) {
        Map<String, String> units =
                service.units(m.submission().street(), m.receivedAt().toLocalDate());
        String category = m.submission().category();
        return new GeoReport.Request(
                id,
                status(m.state().answered()),
                m.answer().orElse(null),
                m.routing().map(r -> r.itemName()).orElse(null),
                category != null ? category : m.routing().map(r -> r.itemCode()).orElse(null),
                m.submission().description(),
                m.routing()
                        .map(r -> units.getOrDefault(r.leadUnit(), r.leadUnit()))
                        .orElse(null),
                notice(m),
                MatterView.instant(m.receivedAt()),
                MatterView.instant(m.events().get(m.events().size() - 1).at()),
                MatterView.instant(m.dueAt()),
                m.submission().address());
    }

    /** A list row for a key holder: under its matter number. */
    GeoReport.Request request(MatterSummary m) {
        String unit = m.leadUnit() == null
                ? null
                : service.units(m.street(), m.receivedAt().toLocalDate()).getOrDefault(m.leadUnit(), m.leadUnit());
        return new GeoReport.Request(
                m.number(),
                status(m.state().answered()),
                null,
                m.itemName(),
                m.category() != null ? m.category() : m.itemCode(),
                m.title(),
                unit,
                null,
                MatterView.instant(m.receivedAt()),
                null,
                MatterView.instant(m.dueAt()),
                null);
    }

    static String status(boolean answered) {
        return answered ? "closed" : "open";
    }
}
