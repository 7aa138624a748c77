package com.streetgov.ui.dispatch;

import com.streetgov.dispatch.application.DispatchCatalogService;
import com.streetgov.dispatch.domain.Department;
import com.streetgov.dispatch.domain.DispatchCatalog;
import com.streetgov.dispatch.domain.DispatchType;
import com.streetgov.duty.domain.DutyItem;
import com.streetgov.matter.application.MatterService;
import com.streetgov.ui.security.Role;
import com.streetgov.ui.shell.MainLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The district's dispatch catalog as routing uses it: every matter type with its category, the words
 * residents use for it and where it goes (a street duty item and so its lead unit, a district
 * department or the community), and the departments. A search narrows the types by any of their words.
 */
@Route(value = "dispatch-catalog", layout = MainLayout.class)
@RolesAllowed({Role.DISTRICT_ADMIN, Role.STREET_STAFF})
public class DispatchCatalogView extends VerticalLayout implements HasDynamicTitle {

    private final DispatchCatalog catalog;
    private final Map<String, DutyItem> items;
    private final Grid<DispatchType> types = new Grid<>();
    private final Span count = new Span();

    @Inject
    public DispatchCatalogView(DispatchCatalogService service, MatterService matters) {
        this.catalog = service.catalog();
        this.items =
                matters.catalog().stream().collect(Collectors.toMap(DutyItem::code, Function.identity(), (a, b) -> a));
        setSizeFull();
        TextField search = new TextField(getTranslation("catalog.search"));
        search.setId("catalog-search");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.addValueChangeListener(e -> show(e.getValue()));
        count.setId("catalog-count");

        types.setId("catalog-types");
        types.addColumn(DispatchType::code)
                .setHeader(getTranslation("catalog.code"))
                .setAutoWidth(true);
        types.addColumn(DispatchType::name)
                .setHeader(getTranslation("catalog.name"))
                .setFlexGrow(2);
        types.addColumn(DispatchType::category)
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

        Grid<Department> departments = new Grid<>();
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

        add(new H2(getTranslation("catalog.title")), new Paragraph(getTranslation("catalog.explain")), search, count);
        addAndExpand(types);
        add(new H3(getTranslation("catalog.departments")), departments);
        show("");
    }

    private void show(String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        List<DispatchType> shown = catalog.types().stream()
                .filter(t -> wanted.isEmpty() || words(t).contains(wanted))
                .toList();
        types.setItems(shown);
        count.setText(getTranslation(
                "catalog.count",
                String.valueOf(shown.size()),
                String.valueOf(catalog.types().size())));
    }

    private static String words(DispatchType t) {
        return (t.code() + " " + t.name() + " " + t.category() + " " + String.join(" ", t.synonyms()) + " "
                        + String.join(" ", t.examples()))
                .toLowerCase(Locale.ROOT);
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
