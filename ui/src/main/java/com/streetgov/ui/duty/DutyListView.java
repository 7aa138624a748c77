package com.streetgov.ui.duty;

import com.streetgov.duty.application.DutyListService;
import com.streetgov.duty.domain.DutyItem;
import com.streetgov.duty.domain.DutyLevel;
import com.streetgov.duty.domain.DutyQuery;
import com.streetgov.duty.domain.DutyRole;
import com.streetgov.reform.application.ReformModelService;
import com.streetgov.tenancy.Caller;
import com.streetgov.tenancy.CurrentDistrict;
import com.streetgov.tenantconfig.duty.DutySheet;
import com.streetgov.tenantconfig.duty.TemplateDutyInstaller;
import com.streetgov.tenantconfig.format.Templates;
import com.streetgov.ui.platform.BackgroundWork;
import com.streetgov.ui.security.Role;
import com.streetgov.ui.sheet.SheetImport;
import com.streetgov.ui.shell.MainLayout;
import com.streetgov.ui.shell.RoleAccessControl;
import com.streetgov.ui.whatif.WhatIfPanels;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.util.Map;

/**
 * The district's duty list: searchable and filterable, read page by page from the database so it stays
 * fast with thousands of items; an editor per item (district admins); .xlsx export, and import with
 * preview and progress. {@code ?item=CODE} opens that item (links from the coverage report).
 */
@Route(value = "duties", layout = MainLayout.class)
@Menu(title = "nav.duties", order = 120)
@RolesAllowed({Role.DISTRICT_ADMIN, Role.STREET_STAFF})
public class DutyListView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final DutyListService service;
    private final boolean admin;
    private final Grid<DutyItem> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Select<String> area = new Select<>();
    private final Select<DutyLevel> level = new Select<>();
    private final Select<DutyRole> role = new Select<>();
    private final Span count = new Span();
    private final DutyEditor editor;
    private final Caller caller;

    @Inject
    public DutyListView(
            DutyListService service,
            ReformModelService models,
            RoleAccessControl access,
            CurrentDistrict district,
            BackgroundWork background,
            TemplateDutyInstaller installer,
            WhatIfPanels whatIf) {
        this.service = service;
        this.admin = access.user().hasRole(Role.DISTRICT_ADMIN);
        this.caller = access.user().asCaller();
        this.editor = new DutyEditor(service, DutyUnits.of(service), this::refresh);
        setSizeFull();

        search.setId("duties-search");
        search.setPlaceholder(getTranslation("duties.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        area.setId("duties-area");
        area.setLabel(getTranslation("duties.area"));
        area.setEmptySelectionAllowed(true);
        area.setEmptySelectionCaption(getTranslation("duties.any"));
        area.setItems(service.areas());
        level.setId("duties-level");
        level.setLabel(getTranslation("duties.level"));
        level.setEmptySelectionAllowed(true);
        level.setEmptySelectionCaption(getTranslation("duties.any"));
        level.setItems(DutyLevel.values());
        level.setItemLabelGenerator(l -> l == null ? getTranslation("duties.any") : DutyLabels.level(l));
        role.setId("duties-role");
        role.setLabel(getTranslation("duties.role"));
        role.setEmptySelectionAllowed(true);
        role.setEmptySelectionCaption(getTranslation("duties.any"));
        role.setItems(DutyRole.values());
        role.setItemLabelGenerator(r -> r == null ? getTranslation("duties.any") : DutyLabels.role(r));
        search.addValueChangeListener(e -> refresh());
        area.addValueChangeListener(e -> refresh());
        level.addValueChangeListener(e -> refresh());
        role.addValueChangeListener(e -> refresh());
        count.setId("duties-count");

        grid.setId("duties-grid");
        Map<String, String> units = DutyUnits.of(service);
        grid.addColumn(DutyItem::code).setHeader(getTranslation("duties.code")).setAutoWidth(true);
        grid.addColumn(DutyItem::name).setHeader(getTranslation("duties.name")).setFlexGrow(3);
        grid.addColumn(DutyItem::area).setHeader(getTranslation("duties.area")).setAutoWidth(true);
        grid.addColumn(i -> DutyLabels.level(i.level()))
                .setHeader(getTranslation("duties.level"))
                .setAutoWidth(true);
        grid.addColumn(i -> DutyLabels.role(i.streetRole()))
                .setHeader(getTranslation("duties.role"))
                .setAutoWidth(true);
        grid.addColumn(i -> DutyUnits.names(units, i.leadUnits()))
                .setHeader(getTranslation("duties.lead"))
                .setFlexGrow(2);
        grid.addColumn(i -> DutyUnits.names(units, i.assistingUnits()))
                .setHeader(getTranslation("duties.assist"))
                .setFlexGrow(2);
        grid.addColumn(i -> DutyLabels.movement(i.movement()) + (i.movedOn() == null ? "" : " " + i.movedOn()))
                .setHeader(getTranslation("duties.movement"))
                .setAutoWidth(true);
        grid.setItems(q -> service.page(query(), q.getOffset(), q.getLimit()).stream(), q -> service.count(query()));
        if (admin) {
            grid.addItemClickListener(e -> editor.open(e.getItem(), false));
        }

        HorizontalLayout filters = new HorizontalLayout(search, area, level, role, count);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("duties.title")), filters);
        if (admin) {
            add(adminTools(service, models, district, background, installer, whatIf));
        }
        addAndExpand(grid);
        refresh();
    }

    private HorizontalLayout adminTools(
            DutyListService service,
            ReformModelService models,
            CurrentDistrict district,
            BackgroundWork background,
            TemplateDutyInstaller installer,
            WhatIfPanels whatIf) {
        Button add = new Button(getTranslation("duties.new"), e -> editor.open(null, true));
        add.setId("duties-new");
        Anchor export = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] file = DutySheet.write(service.items());
                    return new DownloadResponse(new ByteArrayInputStream(file), "duty-list.xlsx", XLSX, file.length);
                }),
                getTranslation("duties.export"));
        export.setId("duties-export");
        export.getElement().setAttribute("download", true);
        SheetImport<DutyItem> importer = new SheetImport<>(
                "duties-import",
                DutySheet::read,
                DutyItem::code,
                service::items,
                g -> {
                    g.addColumn(DutyItem::code).setHeader(getTranslation("duties.code"));
                    g.addColumn(DutyItem::name).setHeader(getTranslation("duties.name"));
                    g.addColumn(DutyItem::area).setHeader(getTranslation("duties.area"));
                    g.addColumn(i -> String.join("、", i.leadUnits())).setHeader(getTranslation("duties.lead"));
                },
                (items, progress) -> background.inDistrict(district.require(), () -> service.replace(items, progress)),
                () -> {
                    area.setItems(service.areas());
                    refresh();
                });
        Details importDetails = new Details(
                getTranslation("duties.import"), importer, whatIf.forDutyList("duties-whatif", importer::pending));
        importDetails.setId("duties-import-details");
        HorizontalLayout tools = new HorizontalLayout(add, export, importDetails);
        tools.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.START);
        if (service.count(DutyQuery.ALL) == 0) {
            models.current().ifPresent(model -> {
                Button template = new Button(getTranslation("duties.fromTemplate"), e -> {
                    installer.installIfEmpty(district.require(), model.templateId(), caller);
                    area.setItems(service.areas());
                    refresh();
                    e.getSource().setVisible(false);
                });
                template.setId("duties-from-template");
                template.setVisible(Templates.IDS.contains(model.templateId()));
                tools.add(template);
            });
        }
        return tools;
    }

    private DutyQuery query() {
        return new DutyQuery(search.getValue(), area.getValue(), level.getValue(), role.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        count.setText(getTranslation("duties.count", String.valueOf(service.count(query()))));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation()
                .getQueryParameters()
                .getSingleParameter("item")
                .flatMap(service::find)
                .ifPresent(item -> {
                    search.setValue(item.code());
                    if (admin) {
                        editor.open(item, false);
                    }
                });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("duties.title");
    }
}
