package com.streetgov.ui.evaluation;

import com.streetgov.evaluation.application.EvaluationService;
import com.streetgov.evaluation.domain.EvaluationModel;
import com.streetgov.evaluation.domain.EvaluationVersion;
import com.streetgov.evaluation.domain.Indicator;
import com.streetgov.evaluation.domain.IndicatorFinding;
import com.streetgov.ui.security.Role;
import com.streetgov.ui.shell.MainLayout;
import com.streetgov.ui.shell.Translations;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The indicator system in force ({@code /evaluation}): its categories, levels and items with weights and
 * sources, what the sources leave 待确认, the template's note, and every saved version.
 */
@Route(value = "evaluation", layout = MainLayout.class)
@Menu(title = "eval.ui.nav.system", order = 185)
@RolesAllowed({Role.DISTRICT_ADMIN, Role.STREET_STAFF})
public class EvaluationView extends VerticalLayout implements HasDynamicTitle {

    @Inject
    public EvaluationView(EvaluationService evaluation) {
        setWidthFull();
        add(new H2(getTranslation("eval.ui.system.title")));
        Optional<EvaluationModel> model = evaluation.inForce(LocalDate.now());
        if (model.isEmpty()) {
            add(new Paragraph(getTranslation("eval.ui.system.none")));
            return;
        }
        EvaluationModel m = model.get();
        Paragraph summary = new Paragraph(getTranslation(
                "eval.ui.system.summary",
                m.system().name(),
                m.system().version(),
                String.valueOf(m.system().effectiveFrom()),
                m.system().categories().size(),
                m.system().levels(),
                m.system().items().size()));
        summary.setId("eval-summary");
        add(summary);
        if (!m.note().isBlank()) {
            Paragraph note = new Paragraph(m.note());
            note.getStyle().set("color", "var(--lumo-secondary-text-color)");
            add(note);
        }
        add(
                tree(m),
                findings(m.findings()),
                new H3(getTranslation("eval.ui.system.versions")),
                versions(evaluation.versions()));
    }

    private Grid<Map.Entry<Integer, Indicator>> tree(EvaluationModel m) {
        Grid<Map.Entry<Integer, Indicator>> tree = new Grid<>();
        tree.setId("eval-tree");
        tree.addComponentColumn(e -> EvaluationLabels.indented(
                        e.getValue().name()
                                + (e.getValue().confirmed() ? "" : " · " + getTranslation("eval.ui.toBeConfirmed")),
                        e.getKey()))
                .setHeader(getTranslation("eval.ui.indicator"))
                .setFlexGrow(3);
        tree.addColumn(e -> e.getValue().code())
                .setHeader(getTranslation("eval.ui.code"))
                .setAutoWidth(true);
        tree.addColumn(e -> EvaluationLabels.weight(e.getValue().weight()) + "%")
                .setHeader(getTranslation("eval.ui.weight"))
                .setAutoWidth(true);
        tree.addColumn(e -> EvaluationLabels.source(this, e.getValue()))
                .setHeader(getTranslation("eval.ui.source"))
                .setFlexGrow(2);
        tree.setItems(EvaluationLabels.flatten(m.system().categories(), Indicator::children));
        tree.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        tree.setAllRowsVisible(true);
        return tree;
    }

    private VerticalLayout findings(List<IndicatorFinding> findings) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.setId("eval-findings");
        if (findings.isEmpty()) {
            return box;
        }
        box.add(new Span(getTranslation("eval.ui.system.findings", findings.size())));
        UnorderedList list = new UnorderedList();
        findings.forEach(f -> list.add(new ListItem(f.code() + " " + Translations.of(f.message()))));
        box.add(list);
        return box;
    }

    private Grid<EvaluationVersion> versions(List<EvaluationVersion> versions) {
        Grid<EvaluationVersion> grid = new Grid<>();
        grid.setId("eval-versions");
        grid.addColumn(EvaluationVersion::version).setHeader(getTranslation("eval.ui.version"));
        grid.addColumn(v -> String.valueOf(v.effectiveFrom())).setHeader(getTranslation("eval.ui.effectiveFrom"));
        grid.addColumn(EvaluationVersion::createdBy).setHeader(getTranslation("eval.ui.by"));
        grid.addColumn(EvaluationVersion::reason)
                .setHeader(getTranslation("eval.ui.reason"))
                .setFlexGrow(3);
        grid.setItems(versions);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("eval.ui.system.title");
    }
}
