package com.streetgov.ui.sharding;

import com.streetgov.organisation.domain.District;
import com.streetgov.sharding.application.ShardService;
import com.streetgov.sharding.domain.MoveReport;
import com.streetgov.sharding.domain.ShardLoad;
import com.streetgov.sharding.domain.TableCheck;
import com.streetgov.tenancy.DistrictId;
import com.streetgov.tenancy.ShardDirectory;
import com.streetgov.text.RefusedException;
import com.streetgov.ui.platform.BackgroundWork;
import com.streetgov.ui.security.Role;
import com.streetgov.ui.shell.MainLayout;
import com.streetgov.ui.shell.RoleAccessControl;
import com.streetgov.ui.shell.Translations;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Vendor screen 分片: the shards with their districts, each district's shard, moving a district to
 * another shard (in the background; its users are held back with "try again" meanwhile) and the recent
 * moves with their per-table rows and checksums on both sides.
 */
@Route(value = "vendor/shards", layout = MainLayout.class)
@Menu(title = "nav.shards", order = 245)
@RolesAllowed(Role.VENDOR_OPERATOR)
public class ShardsView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Asia/Shanghai"));

    private final ShardService service;
    private final BackgroundWork background;
    private final String actor;
    private final Grid<ShardLoad> shards = new Grid<>();
    private final Grid<Map.Entry<District, ShardDirectory.Placement>> districts = new Grid<>();
    private final Grid<MoveReport> moves = new Grid<>();
    private final Grid<TableCheck> checks = new Grid<>();
    private final Select<District> district = new Select<>();
    private final Select<String> target = new Select<>();
    private final Button move = new Button();
    private final Paragraph result = new Paragraph();

    @Inject
    public ShardsView(ShardService service, BackgroundWork background, RoleAccessControl access) {
        this.service = service;
        this.background = background;
        this.actor = access.user().username();
        shards.setId("shards-grid");
        shards.addColumn(ShardLoad::name).setHeader(getTranslation("shards.name"));
        shards.addColumn(ShardLoad::location).setHeader(getTranslation("shards.location"));
        shards.addColumn(ShardLoad::districts).setHeader(getTranslation("shards.districts"));
        shards.setAllRowsVisible(true);
        districts.setId("shards-placements");
        districts.addColumn(e -> e.getKey().name()).setHeader(getTranslation("shards.district"));
        districts.addColumn(e -> e.getKey().id().value()).setHeader(getTranslation("districts.id"));
        districts.addColumn(e -> e.getValue().shard()).setHeader(getTranslation("shards.shard"));
        districts
                .addColumn(e -> e.getValue().paused() ? getTranslation("shards.moving") : "")
                .setHeader(getTranslation("shards.state"));
        districts.setAllRowsVisible(true);
        district.setId("shards-district");
        district.setLabel(getTranslation("shards.district"));
        district.setItemLabelGenerator(d -> d.name() + "（" + d.id().value() + "）");
        target.setId("shards-target");
        target.setLabel(getTranslation("shards.target"));
        move.setText(getTranslation("shards.move"));
        move.setId("shards-move");
        move.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        move.addClickListener(e -> start());
        result.setId("shards-result");
        checks.setId("shards-checks");
        checks.addColumn(TableCheck::table).setHeader(getTranslation("shards.table"));
        checks.addColumn(TableCheck::sourceRows).setHeader(getTranslation("shards.sourceRows"));
        checks.addColumn(TableCheck::targetRows).setHeader(getTranslation("shards.targetRows"));
        checks.addColumn(TableCheck::sourceSum).setHeader(getTranslation("shards.sourceSum"));
        checks.addColumn(TableCheck::targetSum).setHeader(getTranslation("shards.targetSum"));
        checks.addColumn(c -> getTranslation(c.equal() ? "shards.equal" : "shards.different"))
                .setHeader(getTranslation("shards.check"));
        checks.setVisible(false);
        checks.setHeight("320px");
        moves.setId("shards-moves");
        moves.addColumn(m -> TIME.format(m.finishedAt())).setHeader(getTranslation("shards.when"));
        moves.addColumn(MoveReport::district).setHeader(getTranslation("districts.id"));
        moves.addColumn(m -> m.from() + " → " + m.to()).setHeader(getTranslation("shards.fromTo"));
        moves.addColumn(m -> getTranslation("shards.outcome." + m.outcome().name()))
                .setHeader(getTranslation("shards.outcome"));
        moves.addColumn(m -> m.tables().size()).setHeader(getTranslation("shards.tables"));
        moves.addColumn(MoveReport::rows).setHeader(getTranslation("shards.rows"));
        moves.addColumn(MoveReport::pauseMillis).setHeader(getTranslation("shards.pauseMs"));
        moves.addColumn(MoveReport::actor).setHeader(getTranslation("shards.actor"));
        moves.setAllRowsVisible(true);
        moves.addItemClickListener(e -> showChecks(e.getItem().tables()));
        HorizontalLayout form = new HorizontalLayout(district, target, move);
        form.setAlignItems(Alignment.BASELINE);
        add(
                new H2(getTranslation("shards.title")),
                shards,
                new H3(getTranslation("shards.placements")),
                districts,
                new H3(getTranslation("shards.moveTitle")),
                new Paragraph(getTranslation("shards.moveHelp")),
                form,
                result,
                checks,
                new H3(getTranslation("shards.recent")),
                moves);
        refresh();
    }

    private void refresh() {
        List<ShardLoad> loads = service.shards();
        shards.setItems(loads);
        Map<District, ShardDirectory.Placement> placements = service.placements();
        districts.setItems(List.copyOf(placements.entrySet()));
        district.setItems(placements.keySet());
        target.setItems(loads.stream().map(ShardLoad::name).toList());
        moves.setItems(service.recentMoves());
    }

    private void start() {
        District d = district.getValue();
        String to = target.getValue();
        result.getStyle().remove("color");
        if (d == null || to == null) {
            result.setText(getTranslation("shards.choose"));
            return;
        }
        UI ui = UI.getCurrent();
        AtomicReference<MoveReport> report = new AtomicReference<>();
        AtomicReference<RefusedException> refused = new AtomicReference<>();
        DistrictId id = d.id();
        CompletableFuture<Void> running = background.asCaller(() -> {
            try {
                report.set(service.move(id, to, actor));
            } catch (RefusedException e) {
                refused.set(e);
            }
        });
        move.setEnabled(false);
        result.setText(getTranslation("shards.running", d.name(), to));
        AtomicReference<Registration> polling = new AtomicReference<>();
        polling.set(ui.addPollListener(e -> {
            if (!running.isDone()) {
                return;
            }
            polling.get().remove();
            ui.setPollInterval(-1);
            move.setEnabled(true);
            finish(running, report.get(), refused.get());
        }));
        ui.setPollInterval(500);
    }

    private void finish(CompletableFuture<Void> running, MoveReport report, RefusedException refused) {
        if (refused != null) {
            result.setText(Translations.of(refused.text()));
            result.getStyle().set("color", "var(--lumo-error-text-color)");
            return;
        }
        if (running.isCompletedExceptionally() || report == null) {
            result.setText(getTranslation("shards.failed"));
            result.getStyle().set("color", "var(--lumo-error-text-color)");
            return;
        }
        result.setText(getTranslation(
                "shards.done." + report.outcome().name(),
                report.district(),
                report.to(),
                String.valueOf(report.tables().size()),
                String.valueOf(report.rows()),
                String.valueOf(report.pauseMillis())));
        result.getStyle()
                .set("color", report.moved() ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
        showChecks(report.tables());
        refresh();
    }

    private void showChecks(List<TableCheck> tables) {
        checks.setItems(tables);
        checks.setVisible(!tables.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("shards.title");
    }
}
