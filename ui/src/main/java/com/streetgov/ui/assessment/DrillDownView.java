package com.streetgov.ui.assessment;

import com.streetgov.assessment.application.ResultsService;
import com.streetgov.assessment.domain.CountedMatter;
import com.streetgov.assessment.domain.Dimension;
import com.streetgov.assessment.domain.Period;
import com.streetgov.tenantconfig.results.ResultsSheet;
import com.streetgov.ui.security.Role;
import com.streetgov.ui.shell.MainLayout;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The matters behind one figure ({@code /results/matters?dimension=STREET&key=…&period=2026-10}, no
 * key: the whole district): the header counts (解决 N / 有效回访 M, 响应, 满意) are counted from the
 * very rows listed under 计入考核, so the count shown equals the rows; matters taken out by an approved
 * exclusion and visits that did not reach the resident are listed apart. The .xlsx export writes the
 * same rows.
 */
@Route(value = "results/matters", layout = MainLayout.class)
@RolesAllowed({Role.DISTRICT_ADMIN, Role.STREET_STAFF})
public class DrillDownView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ResultsService results;

    @Inject
    public DrillDownView(ResultsService results) {
        this.results = results;
        setWidthFull();
    }

    /** Navigates to the drill-down of {@code key} ({@code null}: the district) in {@code period}. */
    public static void open(Dimension dimension, String key, Period period) {
        UI.getCurrent().navigate("results/matters", query(dimension, key, period));
    }

    static QueryParameters query(Dimension dimension, String key, Period period) {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("dimension", dimension.name());
        if (key != null) {
            q.put("key", key);
        }
        q.put("period", period.label());
        return QueryParameters.simple(q);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        QueryParameters q = event.getLocation().getQueryParameters();
        Dimension dimension = q.getSingleParameter("dimension")
                .flatMap(DrillDownView::dimension)
                .orElse(Dimension.STREET);
        String key = q.getSingleParameter("key").filter(k -> !k.isBlank()).orElse(null);
        Optional<Period> period =
                ResultPeriods.named(results, q.getSingleParameter("period").orElse(null));
        if (period.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("results.ui.noPeriod"));
            none.setId("drill-none");
            add(none);
            return;
        }
        show(dimension, key, period.get());
    }

    private static Optional<Dimension> dimension(String name) {
        try {
            return Optional.of(Dimension.valueOf(name.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private void show(Dimension dimension, String key, Period period) {
        List<CountedMatter> rows = results.drillDown(dimension, key, period);
        List<CountedMatter> counted =
                rows.stream().filter(CountedMatter::counted).toList();
        List<CountedMatter> excluded =
                rows.stream().filter(CountedMatter::excluded).toList();
        List<CountedMatter> invalid =
                rows.stream().filter(m -> !m.counted() && !m.excluded()).toList();
        String what = key == null
                ? getTranslation("results.ui.district")
                : rows.stream().findFirst().map(m -> name(dimension, m)).orElse(key);

        H2 title = new H2(getTranslation(
                "results.ui.drillTitle", what, getTranslation(ResultsFormat.dimensionKey(dimension)), period.label()));
        title.setId("drill-title");
        long resolved =
                counted.stream().filter(m -> Boolean.TRUE.equals(m.resolved())).count();
        long contacted =
                counted.stream().filter(m -> Boolean.TRUE.equals(m.contacted())).count();
        long satisfied = counted.stream()
                .filter(m -> "SATISFIED".equals(m.satisfaction()))
                .count();
        long basically = counted.stream()
                .filter(m -> "BASICALLY_SATISFIED".equals(m.satisfaction()))
                .count();
        H3 header = new H3(getTranslation("results.ui.drillHeader", resolved, counted.size()));
        header.setId("drill-header");
        header.getElement().setAttribute("data-resolved", String.valueOf(resolved));
        header.getElement().setAttribute("data-counted", String.valueOf(counted.size()));
        Span detail = new Span(getTranslation(
                "results.ui.drillDetail",
                contacted,
                satisfied,
                basically,
                excluded.size(),
                invalid.size(),
                rows.size()));
        detail.setId("drill-detail");

        Anchor export = new Anchor(
                DownloadHandler.fromInputStream(e -> {
                    byte[] file = ResultsSheet.drillDown(results.drillDown(dimension, key, period));
                    return new DownloadResponse(
                            new ByteArrayInputStream(file), fileName(dimension, key, period), XLSX, file.length);
                }),
                getTranslation("results.ui.export"));
        export.setId("drill-export");
        export.getElement().setAttribute("download", true);
        HorizontalLayout top = new HorizontalLayout(header, export);
        top.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        add(title, top, detail, ReadSourceNote.of("drill-read-source", results.readSource()));
        add(section("drill-counted", "results.ui.counted", counted));
        add(section("drill-excluded", "results.ui.excluded", excluded));
        add(section("drill-invalid", "results.ui.invalid", invalid));
    }

    private VerticalLayout section(String id, String titleKey, List<CountedMatter> rows) {
        H3 heading = new H3(getTranslation(titleKey, rows.size()));
        heading.setId(id + "-title");
        CountedMatterGrid grid = new CountedMatterGrid(id, rows);
        VerticalLayout section = new VerticalLayout(heading, grid);
        section.setPadding(false);
        section.setWidthFull();
        return section;
    }

    private static String name(Dimension dimension, CountedMatter m) {
        return switch (dimension) {
            case STREET -> m.streetName() == null ? m.street() : m.streetName();
            case UNIT ->
                (m.streetName() == null ? m.street() : m.streetName()) + " "
                        + (m.unitName() == null ? m.leadUnit() : m.unitName());
            case AREA -> m.area();
            case CATEGORY -> m.category();
        };
    }

    private static String fileName(Dimension dimension, String key, Period period) {
        String safe = key == null ? "district" : key.replaceAll("[^A-Za-z0-9_-]", "_");
        return "results-" + dimension.name().toLowerCase(Locale.ROOT) + "-" + safe + "-" + period.label() + ".xlsx";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("results.ui.drillPageTitle");
    }
}
