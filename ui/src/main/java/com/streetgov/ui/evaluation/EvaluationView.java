package com.streetgov.ui.evaluation;

import com.streetgov.evaluation.application.EvaluationService;
import com.streetgov.evaluation.domain.EvaluationModel;
import com.streetgov.evaluation.domain.EvaluationVersion;
import com.streetgov.evaluation.domain.Indicator;
import com.streetgov.evaluation.domain.IndicatorFinding;
import com.streetgov.tenantconfig.evaluation.IndicatorFile;
import com.streetgov.tenantconfig.evaluation.IndicatorSheet;
import com.streetgov.ui.security.Role;
import com.streetgov.ui.shell.MainLayout;
import com.streetgov.ui.shell.RoleAccessControl;
import com.streetgov.ui.shell.Translations;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The indicator system in force ({@code /evaluation}): its categories, levels and items with weights and
 * sources, what the sources leave 待确认, the template's note, and every saved version; the version in
 * force to download as an .xlsx workbook or a JSON file, and for the district admin a new version to
 * import from either ({@link IndicatorImport}).
 */
@Route(value = "evaluation", layout = MainLayout.class)
@Menu(title = "eval.ui.nav.system", order = 185)
@RolesAllowed({Role.DISTRICT_ADMIN, Role.STREET_STAFF})
public class EvaluationView extends VerticalLayout implements HasDynamicTitle {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final EvaluationService evaluation;
    private final boolean admin;

    @Inject
    public EvaluationView(EvaluationService evaluation, RoleAccessControl access) {
        this.evaluation = evaluation;
        this.admin = access.user().hasRole(Role.DISTRICT_ADMIN);
        setWidthFull();
        render();
    }

    /** The page for the version in force today; again after an import saved a version. */
    private void render() {
        removeAll();
        add(new H2(getTranslation("eval.ui.system.title")));
        Optional<EvaluationModel> model = evaluation.inForce(LocalDate.now());
        if (model.isEmpty()) {
            add(new Paragraph(getTranslation("eval.ui.system.none")));
        } else {
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
            add(summary, downloads(m));
            if (!m.note().isBlank()) {
                Paragraph note = new Paragraph(m.note());
                note.getStyle().set("color", "var(--lumo-secondary-text-color)");
                add(note);
            }
            add(tree(m), findings(m.findings()));
        }
        add(new H3(getTranslation("eval.ui.system.versions")), versions(evaluation.versions()));
        if (admin) {
            Details importing = new Details(
                    getTranslation("eval.ui.import.title"),
                    new IndicatorImport(evaluation, model.orElse(null), this::render));
            importing.setId("eval-import");
            add(importing);
        }
    }

    /** The version in force as a workbook and as a JSON file. */
    private HorizontalLayout downloads(EvaluationModel m) {
        Anchor xlsx = download(
                "eval-download-xlsx", "eval.ui.download.xlsx", "indicators.xlsx", XLSX, () -> IndicatorSheet.write(m));
        Anchor json = download(
                "eval-download-json",
                "eval.ui.download.json",
                "indicators.json",
                "application/json;charset=UTF-8",
                () -> IndicatorFile.write(m).getBytes(StandardCharsets.UTF_8));
        return new HorizontalLayout(xlsx, json);
    }

    private Anchor download(String id, String label, String fileName, String type, Supplier<byte[]> content) {
        Anchor anchor = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] file = content.get();
                    return new DownloadResponse(new ByteArrayInputStream(file), fileName, type, file.length);
                }),
                getTranslation(label));
        anchor.setId(id);
        anchor.getElement().setAttribute("download", true);
        return anchor;
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
