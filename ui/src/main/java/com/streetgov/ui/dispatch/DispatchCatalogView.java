package com.streetgov.ui.dispatch;

import com.streetgov.dispatch.application.DispatchCatalogService;
import com.streetgov.dispatch.domain.Department;
import com.streetgov.dispatch.domain.DispatchCatalog;
import com.streetgov.dispatch.domain.DispatchType;
import com.streetgov.duty.domain.DutyItem;
import com.streetgov.matter.application.MatterService;
import com.streetgov.tenancy.CurrentDistrict;
import com.streetgov.tenantconfig.dispatch.CatalogSheet;
import com.streetgov.tenantconfig.sheet.CellError;
import com.streetgov.tenantconfig.sheet.SheetException;
import com.streetgov.text.RefusedException;
import com.streetgov.text.Text;
import com.streetgov.ui.platform.BackgroundWork;
import com.streetgov.ui.security.Role;
import com.streetgov.ui.sheet.SheetImport;
import com.streetgov.ui.shell.MainLayout;
import com.streetgov.ui.shell.RoleAccessControl;
import com.streetgov.ui.shell.Translations;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The district's dispatch catalog as routing uses it: every matter type with its category, the words
 * residents use for it and where it goes (a street duty item and so its lead unit, a district
 * department or the community), and the departments. A search narrows the types by any of their words.
 * The district admin edits one type at a time ({@link TypeEditor}) or imports a whole .xlsx sheet.
 */
@Route(value = "dispatch-catalog", layout = MainLayout.class)
@Menu(title = "nav.catalog", order = 130)
@RolesAllowed({Role.DISTRICT_ADMIN, Role.STREET_STAFF})
public class DispatchCatalogView extends VerticalLayout implements HasDynamicTitle {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final DispatchCatalogService service;
    private DispatchCatalog catalog;
    /** The departments of the sheet being imported (new names become departments). */
    private List<Department> importedDepartments = List.of();

    private String filter = "";
    private final Map<String, DutyItem> items;
    private final Grid<DispatchType> types = new Grid<>();
    private final Grid<Department> departments = new Grid<>();
    private final Span count = new Span();

    @Inject
    public DispatchCatalogView(
            DispatchCatalogService service,
            MatterService matters,
            RoleAccessControl access,
            BackgroundWork background,
            CurrentDistrict district) {
        this.service = service;
        this.catalog = service.catalog();
        this.items =
                matters.catalog().stream().collect(Collectors.toMap(DutyItem::code, Function.identity(), (a, b) -> a));
        setSizeFull();
        TextField search = new TextField(getTranslation("catalog.search"));
        search.setId("catalog-search");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.addValueChangeListener(e -> show(filter = e.getValue()));
        count.setId("catalog-count");

        types.setId("catalog-types");
        types.setMinHeight("24em");
        types.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        types.addColumn(DispatchType::code)
                .setHeader(getTranslation("catalog.code"))
                .setAutoWidth(true);
        types.addColumn(DispatchType::name)
                .setHeader(getTranslation("catalog.name"))
                .setFlexGrow(2);
        types.addColumn(t -> category(t.category()))
                .setHeader(getTranslation("catalog.category"))
                .setAutoWidth(true);
        types.addColumn(t -> String.join("、", t.synonyms()))
                .setHeader(getTranslation("catalog.synonyms"))
                .setFlexGrow(3);
        types.addColumn(this::target)
                .setHeader(getTranslation("catalog.target"))
                .setFlexGrow(2);
        types.addColumn(t -> getTranslation("catalog.basis." + t.basis()))
                .setHeader(getTranslation("catalog.basis"))
                .setAutoWidth(true);
        types.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(
                t -> new Paragraph(getTranslation("catalog.examples") + String.join(" ", t.examples()))));
        boolean admin = access.user().hasRole(Role.DISTRICT_ADMIN);
        if (admin) {
            types.addComponentColumn(t -> {
                        Button edit = new Button(getTranslation("catalog.edit"), e -> edit(Optional.of(t)));
                        edit.setId("catalog-edit-" + t.code());
                        edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                        return edit;
                    })
                    .setAutoWidth(true)
                    .setFlexGrow(0);
        }

        departments.setId("catalog-departments");
        departments
                .addColumn(Department::code)
                .setHeader(getTranslation("catalog.code"))
                .setAutoWidth(true);
        departments
                .addColumn(Department::name)
                .setHeader(getTranslation("catalog.name"))
                .setAutoWidth(true);
        departments.addColumn(d -> String.join("、", d.synonyms())).setHeader(getTranslation("catalog.otherNames"));
        departments.setItems(catalog.departments());
        departments.setAllRowsVisible(true);

        add(new H2(getTranslation("catalog.title")), new Paragraph(getTranslation("catalog.explain")));
        if (admin) {
            add(adminTools(background, district));
        }
        add(search, count);
        addAndExpand(types);
        add(new H3(getTranslation("catalog.departments")), departments);
        show("");
    }

    /** Export as .xlsx; import one with a preview, checked against the district's duty list, then audited. */
    private HorizontalLayout adminTools(BackgroundWork background, CurrentDistrict district) {
        Anchor export = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] file = CatalogSheet.write(service.catalog());
                    return new DownloadResponse(
                            new ByteArrayInputStream(file), "dispatch-catalog.xlsx", XLSX, file.length);
                }),
                getTranslation("catalog.export"));
        export.setId("catalog-export");
        export.getElement().setAttribute("download", true);
        SheetImport<DispatchType> importer = new SheetImport<>(
                "catalog-import",
                bytes -> {
                    DispatchCatalog read = CatalogSheet.read(bytes, service.catalog());
                    List<Text> findings = service.findings(read);
                    if (!findings.isEmpty()) {
                        throw new SheetException(findings.stream()
                                .map(f -> new CellError(1, getTranslation("catalog.title"), Translations.of(f)))
                                .toList());
                    }
                    importedDepartments = read.departments();
                    return read.types();
                },
                DispatchType::code,
                () -> service.catalog().types(),
                g -> {
                    g.addColumn(DispatchType::code).setHeader(getTranslation("catalog.code"));
                    g.addColumn(DispatchType::name).setHeader(getTranslation("catalog.name"));
                    g.addColumn(this::target).setHeader(getTranslation("catalog.target"));
                },
                (types, progress) -> background.inDistrict(district.require(), () -> {
                    try {
                        service.replace(
                                new DispatchCatalog(importedDepartments, types), getTranslation("catalog.importWhy"));
                    } catch (RefusedException refused) {
                        // checked in the preview; refused now only if the duty list changed meanwhile
                        throw new IllegalStateException(refused.getMessage(), refused);
                    }
                    progress.accept(types.size());
                }),
                () -> {
                    catalog = service.catalog();
                    departments.setItems(catalog.departments());
                    show(filter);
                });
        Details importDetails = new Details(getTranslation("catalog.import"), importer);
        importDetails.setId("catalog-import-details");
        Button add = new Button(getTranslation("catalog.edit.new"), e -> edit(Optional.empty()));
        add.setId("catalog-add");
        HorizontalLayout tools = new HorizontalLayout(add, export, importDetails);
        tools.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.START);
        return tools;
    }

    /** Opens the row editor on {@code type}, or on a new type; a save or delete shows the catalog anew. */
    private void edit(Optional<DispatchType> type) {
        new TypeEditor(service, catalog, items.values(), type, () -> {
                    catalog = service.catalog();
                    departments.setItems(catalog.departments());
                    show(filter);
                    Notification.show(getTranslation("catalog.edit.saved"))
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                })
                .open();
    }

    private void show(String text) {
        List<DispatchType> shown = catalog.matching(text);
        types.setItems(shown);
        count.setText(getTranslation(
                "catalog.count",
                String.valueOf(shown.size()),
                String.valueOf(catalog.types().size())));
    }

    /** A category's name in the UI language; a district's own category (no translation) shows its code. */
    String category(String code) {
        String name = getTranslation("catalog.cat." + code);
        return name.startsWith("!") ? code : name;
    }

    private String target(DispatchType t) {
        return switch (t.target().kind()) {
            case ITEM -> {
                DutyItem item = items.get(t.target().ref());
                yield getTranslation("catalog.target.ITEM", t.target().ref(), item == null ? "?" : item.name());
            }
            case DEPARTMENT ->
                getTranslation(
                        "catalog.target.DEPARTMENT",
                        catalog.department(t.target().ref())
                                .map(Department::name)
                                .orElse(t.target().ref()));
            case COMMUNITY -> getTranslation("catalog.target.COMMUNITY");
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalog.title");
    }
}
