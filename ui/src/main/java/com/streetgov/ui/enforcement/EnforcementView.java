package com.streetgov.ui.enforcement;

import com.streetgov.enforcement.application.EnforcementService;
import com.streetgov.enforcement.domain.EnforcementCoverage;
import com.streetgov.enforcement.domain.EnforcementPower;
import com.streetgov.enforcement.domain.PowerDomain;
import com.streetgov.enforcement.domain.PowerQuery;
import com.streetgov.enforcement.domain.PowerType;
import com.streetgov.tenancy.CurrentDistrict;
import com.streetgov.tenantconfig.enforcement.EnforcementSheet;
import com.streetgov.ui.platform.BackgroundWork;
import com.streetgov.ui.platform.ComponentTexts;
import com.streetgov.ui.security.Role;
import com.streetgov.ui.sheet.SheetImport;
import com.streetgov.ui.shell.MainLayout;
import com.streetgov.ui.shell.RoleAccessControl;
import com.streetgov.ui.shell.Translations;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;

/**
 * The enforcement catalog (综合执法): powers delegated to streets, searchable and filterable page by
 * page; .xlsx export and import (district admins); each street's team with seconded staff and
 * appointment consultations; and whether every power in force is held by a team in each street.
 */
@Route(value = "enforcement", layout = MainLayout.class)
@Menu(title = "nav.enforcement", order = 160)
@RolesAllowed({Role.DISTRICT_ADMIN, Role.STREET_STAFF})
public class EnforcementView extends VerticalLayout implements HasDynamicTitle {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final EnforcementService service;
    private final Grid<EnforcementPower> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Select<PowerDomain> domain = new Select<>();
    private final Select<PowerType> type = new Select<>();
    private final Span count = new Span();
    private final HorizontalLayout domains = new HorizontalLayout();
    private final DatePicker coverageDate = ComponentTexts.date(new DatePicker(LocalDate.now()));
    private final Div gaps = new Div();
    private final TeamPanel teams;

    @Inject
    public EnforcementView(
            EnforcementService service, RoleAccessControl access, CurrentDistrict district, BackgroundWork background) {
        this.service = service;
        boolean admin = access.user().hasRole(Role.DISTRICT_ADMIN);
        this.teams = new TeamPanel(service, admin, this::refreshCoverage);
        search.setId("powers-search");
        search.setPlaceholder(getTranslation("powers.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        domain.setId("powers-domain");
        domain.setLabel(getTranslation("powers.domain"));
        domain.setEmptySelectionAllowed(true);
        domain.setItems(PowerDomain.values());
        domain.setItemLabelGenerator(d -> d == null ? getTranslation("duties.any") : PowerLabels.domain(d));
        type.setId("powers-type");
        type.setLabel(getTranslation("powers.type"));
        type.setEmptySelectionAllowed(true);
        type.setItems(PowerType.values());
        type.setItemLabelGenerator(t -> t == null ? getTranslation("duties.any") : PowerLabels.type(t));
        search.addValueChangeListener(e -> refresh());
        domain.addValueChangeListener(e -> refresh());
        type.addValueChangeListener(e -> refresh());
        count.setId("powers-count");
        domains.setId("powers-domains");

        grid.setId("powers-grid");
        grid.addColumn(EnforcementPower::code)
                .setHeader(getTranslation("powers.code"))
                .setAutoWidth(true);
        grid.addColumn(EnforcementPower::name)
                .setHeader(getTranslation("powers.name"))
                .setFlexGrow(3);
        grid.addColumn(p -> PowerLabels.type(p.type()))
                .setHeader(getTranslation("powers.type"))
                .setAutoWidth(true);
        grid.addColumn(p -> PowerLabels.domain(p.domain()))
                .setHeader(getTranslation("powers.domain"))
                .setAutoWidth(true);
        grid.addColumn(EnforcementPower::sourceDepartment).setHeader(getTranslation("powers.source"));
        grid.addColumn(p -> PowerLabels.handover(p.handover())).setHeader(getTranslation("powers.handover"));
        grid.addColumn(p -> p.districtRetains() == null ? "" : p.districtRetains())
                .setHeader(getTranslation("powers.retains"));
        grid.addColumn(p -> p.effectiveFrom().toString())
                .setHeader(getTranslation("powers.from"))
                .setAutoWidth(true);
        grid.setItems(q -> service.page(query(), q.getOffset(), q.getLimit()).stream(), q -> service.count(query()));
        grid.setHeight("24em");

        HorizontalLayout filters = new HorizontalLayout(search, domain, type, count);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("powers.title")), domains, filters);
        if (admin) {
            add(transfer(district, background));
        }
        coverageDate.setId("powers-coverage-date");
        coverageDate.setLabel(getTranslation("coverage.date"));
        coverageDate.addValueChangeListener(e -> refreshCoverage());
        gaps.setId("powers-gaps");
        add(
                grid,
                new H3(getTranslation("teams.title")),
                teams,
                new H3(getTranslation("powers.coverage")),
                coverageDate,
                gaps);
        refresh();
    }

    private HorizontalLayout transfer(CurrentDistrict district, BackgroundWork background) {
        Anchor export = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] file = EnforcementSheet.write(service.powers());
                    return new DownloadResponse(
                            new ByteArrayInputStream(file), "enforcement-catalog.xlsx", XLSX, file.length);
                }),
                getTranslation("duties.export"));
        export.setId("powers-export");
        export.getElement().setAttribute("download", true);
        SheetImport<EnforcementPower> importer = new SheetImport<>(
                "powers-import",
                EnforcementSheet::read,
                EnforcementPower::code,
                service::powers,
                g -> {
                    g.addColumn(EnforcementPower::code).setHeader(getTranslation("powers.code"));
                    g.addColumn(EnforcementPower::name).setHeader(getTranslation("powers.name"));
                    g.addColumn(p -> PowerLabels.domain(p.domain())).setHeader(getTranslation("powers.domain"));
                },
                (items, progress) -> background.inDistrict(district.require(), () -> service.replace(items, progress)),
                this::refresh);
        Details details = new Details(getTranslation("duties.import"), importer);
        details.setId("powers-import-details");
        HorizontalLayout row = new HorizontalLayout(export, details);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.START);
        return row;
    }

    private PowerQuery query() {
        return new PowerQuery(search.getValue(), domain.getValue(), type.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        count.setText(getTranslation("duties.count", String.valueOf(service.count(query()))));
        refreshCoverage();
    }

    private void refreshCoverage() {
        LocalDate on = coverageDate.getValue() == null ? LocalDate.now() : coverageDate.getValue();
        EnforcementCoverage coverage = service.coverage(on);
        domains.removeAll();
        Span total = new Span(getTranslation("powers.total", String.valueOf(coverage.powers())));
        total.setId("powers-total");
        domains.add(total);
        coverage.powersByDomain().entrySet().stream()
                .sorted(java.util.Map.Entry.comparingByKey())
                .forEach(e -> {
                    Span badge = new Span(PowerLabels.domain(e.getKey()) + " " + e.getValue());
                    badge.getElement().getThemeList().add("badge");
                    domains.add(badge);
                });
        gaps.removeAll();
        if (coverage.gaps().isEmpty()) {
            gaps.add(new Div(getTranslation("powers.covered")));
        } else {
            coverage.gaps().forEach(g -> gaps.add(new Div(Translations.of(g.message()))));
            gaps.getStyle().set("color", "var(--lumo-error-text-color)");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("powers.title");
    }
}
