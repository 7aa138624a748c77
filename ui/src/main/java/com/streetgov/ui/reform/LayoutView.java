package com.streetgov.ui.reform;

import com.streetgov.reform.application.ReformModelService;
import com.streetgov.reform.domain.LegacySection;
import com.streetgov.reform.domain.ModelVersion;
import com.streetgov.reform.domain.ReformModel;
import com.streetgov.reform.domain.StreetProfile;
import com.streetgov.reform.domain.Unit;
import com.streetgov.ui.platform.ComponentTexts;
import com.streetgov.ui.security.Role;
import com.streetgov.ui.shell.MainLayout;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A street's layout on a date: which version applies, its organisation chart, and the before/after
 * view (legacy sections → new units, with counts and what is not mapped).
 */
@Route(value = "reform/layout", layout = MainLayout.class)
@Menu(title = "nav.layout", order = 30)
@RolesAllowed({Role.DISTRICT_ADMIN, Role.STREET_STAFF})
public class LayoutView extends VerticalLayout implements HasDynamicTitle {

    private final ComboBox<StreetProfile> street = new ComboBox<>(getTranslation("layout.street"));
    private final DatePicker date = ComponentTexts.date(new DatePicker(getTranslation("layout.date"), LocalDate.now()));
    private final Paragraph applies = new Paragraph();
    private final Div chart = new Div();
    private final H3 counts = new H3();
    private final Grid<Unit> crosswalk = new Grid<>();
    private final Paragraph unmapped = new Paragraph();
    private final Optional<ReformModel> model;

    @Inject
    public LayoutView(ReformModelService service) {
        model = service.current();
        add(new H2(getTranslation("layout.title")));
        if (model.isEmpty()) {
            add(new Paragraph(getTranslation("layout.noModel")));
            return;
        }
        street.setId("layout-street");
        street.setItems(model.get().streets());
        street.setItemLabelGenerator(StreetProfile::name);
        street.setValue(model.get().streets().get(0));
        date.setId("layout-date");
        applies.setId("layout-version");
        chart.setId("layout-chart");
        counts.setId("layout-counts");
        crosswalk.setId("layout-crosswalk");
        unmapped.setId("layout-unmapped");
        street.addValueChangeListener(e -> show());
        date.addValueChangeListener(e -> show());
        crosswalk
                .addColumn(Unit::name)
                .setHeader(getTranslation("layout.unit.name"))
                .setAutoWidth(true);
        crosswalk
                .addColumn(u -> Labels.kind(model.get(), u))
                .setHeader(getTranslation("layout.unit.kind"))
                .setAutoWidth(true);
        crosswalk.setAllRowsVisible(true);
        add(new HorizontalLayout(street, date), applies, chart, counts, crosswalk, unmapped);
        show();
    }

    private void show() {
        ReformModel m = model.get();
        if (street.getValue() == null || date.getValue() == null) {
            return;
        }
        Optional<ModelVersion> version = m.layoutOf(street.getValue().code(), date.getValue());
        chart.removeAll();
        if (version.isEmpty()) {
            applies.setText(getTranslation(
                    "layout.notYet", street.getValue().name(), date.getValue().toString()));
            counts.setText("");
            crosswalk.setItems();
            unmapped.setText("");
            return;
        }
        ModelVersion v = version.get();
        applies.setText(getTranslation(
                "layout.applies",
                street.getValue().name(),
                date.getValue().toString(),
                v.title(),
                Labels.level(v),
                String.valueOf(v.effectiveFrom())));
        byte[] svg = OrgChart.svg(
                        m,
                        v,
                        getTranslation("layout.chartRoot", street.getValue().name()))
                .getBytes(StandardCharsets.UTF_8);
        // As an image: SVG inserted as HTML would be created in the HTML namespace and not drawn.
        Image image = new Image(
                new StreamResource("org-chart.svg", () -> new ByteArrayInputStream(svg)),
                getTranslation("layout.chartAlt"));
        image.setId("layout-chart-image");
        image.setMaxWidth("100%");
        chart.add(image, new Paragraph(getTranslation("layout.chartLegend")));
        counts.setText(getTranslation("layout.counts", Labels.beforeAfter(v)));
        Map<String, String> names = v.legacySections().stream()
                .collect(Collectors.toMap(LegacySection::code, LegacySection::name, (a, b) -> a));
        if (crosswalk.getColumnByKey("from") != null) {
            crosswalk.removeColumnByKey("from");
        }
        crosswalk
                .addColumn(u -> u.legacySections().stream()
                        .map(c -> names.getOrDefault(c, c))
                        .collect(Collectors.joining("、")))
                .setHeader(getTranslation("layout.from"))
                .setKey("from");
        crosswalk.setItems(v.units());
        List<String> notMapped =
                v.unmappedLegacySections().stream().map(LegacySection::name).toList();
        unmapped.setText(
                notMapped.isEmpty()
                        ? getTranslation("layout.allMapped")
                        : getTranslation(
                                "layout.unmapped", String.valueOf(notMapped.size()), String.join("、", notMapped)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("layout.title");
    }
}
