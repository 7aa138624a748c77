package com.streetgov.ui.whatif;

import com.streetgov.tenancy.CurrentDistrict;
import com.streetgov.text.RefusedException;
import com.streetgov.ui.platform.BackgroundWork;
import com.streetgov.ui.platform.ComponentTexts;
import com.streetgov.ui.shell.Translations;
import com.streetgov.whatif.domain.WhatIfReport;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/**
 * 试算影响: choose a past period (the last three months by default), run the draft on its matters in
 * the background — a progress bar counting matters, a cancel button — and see the effect
 * ({@link EffectGrid}). The screen follows the run on its own poll requests, as the imports do.
 * Element ids: {@code <id>-from}, {@code -to}, {@code -run}, {@code -cancel}, {@code -progress},
 * {@code -summary}, {@code -refusal}, then the grid's.
 */
public class WhatIfPanel extends Details {

    static final int POLL_MS = 300;

    /** What the panel tries: the service call for a period, reporting progress and asking whether to stop. */
    @FunctionalInterface
    public interface Run {
        WhatIfReport on(LocalDate from, LocalDate to, IntConsumer progress, BooleanSupplier cancelled)
                throws RefusedException;
    }

    private final String id;
    private final BackgroundWork background;
    private final CurrentDistrict district;
    private final DatePicker from = ComponentTexts.date(new DatePicker());
    private final DatePicker to = ComponentTexts.date(new DatePicker());
    private final Button run = new Button();
    private final Button cancel = new Button();
    private final ProgressBar progress = new ProgressBar();
    private final Span status = new Span();
    private final Span refusal = new Span();
    private final Paragraph summary = new Paragraph();
    private final EffectGrid effects;
    private Supplier<Run> subject = () -> null;
    private Consumer<WhatIfReport> onReport = r -> {};
    private Registration polling;

    public WhatIfPanel(String id, BackgroundWork background, CurrentDistrict district) {
        this.id = id;
        this.background = background;
        this.district = district;
        this.effects = new EffectGrid(id);
        setId(id);
        setSummaryText(getTranslation("whatif.ui.title"));
        LocalDate today = LocalDate.now();
        from.setId(id + "-from");
        from.setLabel(getTranslation("whatif.ui.from"));
        from.setValue(today.minusMonths(3));
        to.setId(id + "-to");
        to.setLabel(getTranslation("whatif.ui.to"));
        to.setValue(today);
        run.setText(getTranslation("whatif.ui.run"));
        run.setId(id + "-run");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.addClickListener(e -> start());
        cancel.setText(getTranslation("whatif.ui.cancel"));
        cancel.setId(id + "-cancel");
        cancel.setVisible(false);
        progress.setId(id + "-progress");
        progress.setVisible(false);
        status.setId(id + "-status");
        refusal.setId(id + "-refusal");
        refusal.getStyle().set("color", "var(--lumo-error-text-color)");
        summary.setId(id + "-summary");
        HorizontalLayout form = new HorizontalLayout(from, to, run, cancel);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        VerticalLayout content = new VerticalLayout(
                new Span(getTranslation("whatif.ui.hint")), form, progress, status, refusal, summary, effects);
        content.setPadding(false);
        add(content);
    }

    /** What the next run tries (e.g. the version selected in 改革模型); null disables the panel. */
    public void tries(Supplier<Run> subject) {
        this.subject = subject;
    }

    /** Hears each run that completed, on the screen's thread. */
    public void onReport(Consumer<WhatIfReport> listener) {
        this.onReport = listener;
    }

    private void start() {
        Run what = subject.get();
        refusal.setText("");
        summary.setText("");
        effects.show(null);
        if (what == null) {
            refusal.setText(getTranslation("whatif.ui.nothing"));
            return;
        }
        UI ui = UI.getCurrent();
        AtomicInteger done = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<WhatIfReport> report = new AtomicReference<>();
        AtomicReference<RefusedException> refused = new AtomicReference<>();
        LocalDate first = from.getValue();
        LocalDate last = to.getValue();
        CompletableFuture<Void> running = background.inDistrict(district.require(), () -> {
            try {
                report.set(what.on(first, last, done::set, stop::get));
            } catch (RefusedException e) {
                refused.set(e);
            }
        });
        run.setEnabled(false);
        cancel.setVisible(true);
        Registration stopping = cancel.addClickListener(e -> stop.set(true));
        progress.setIndeterminate(true);
        progress.setVisible(true);
        polling = ui.addPollListener(e -> {
            status.setText(getTranslation("whatif.ui.progress", done.get()));
            if (!running.isDone()) {
                return;
            }
            polling.remove();
            stopping.remove();
            ui.setPollInterval(-1);
            run.setEnabled(true);
            cancel.setVisible(false);
            progress.setVisible(false);
            finish(running, report.get(), refused.get());
        });
        ui.setPollInterval(POLL_MS);
    }

    private void finish(CompletableFuture<Void> running, WhatIfReport report, RefusedException refused) {
        if (refused != null) {
            status.setText("");
            refusal.setText(Translations.of(refused.text()));
            return;
        }
        if (running.isCompletedExceptionally() || report == null) {
            boolean cancelled =
                    running.handle((v, e) -> e != null && isCancellation(e)).join();
            status.setText(getTranslation(cancelled ? "whatif.ui.cancelled" : "whatif.ui.failed"));
            return;
        }
        status.setText("");
        summary.setText(Translations.of(report.summary()));
        effects.show(report);
        onReport.accept(report);
    }

    private static boolean isCancellation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.util.concurrent.CancellationException) {
                return true;
            }
        }
        return false;
    }
}
