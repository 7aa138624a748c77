package com.streetgov.ui.sheet;

import com.streetgov.tenantconfig.sheet.ImportPreview;
import com.streetgov.tenantconfig.sheet.SheetException;
import com.streetgov.ui.platform.ComponentTexts;
import com.streetgov.ui.shell.Translations;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.InMemoryUploadHandler;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Imports a list from an .xlsx file in two steps: the file is read and checked whole, then previewed
 * (rows, and how many items are added, changed and removed against the current list, as {@link
 * ImportPreview} in tenant-config computes them); only "confirm"
 * writes, replacing the list in one transaction in the background while a progress bar counts the
 * rows. A file with any bad row shows every bad row and column and writes nothing.
 *
 * <p>Element ids start with the given prefix: {@code -upload}, {@code -errors}, {@code -preview},
 * {@code -summary}, {@code -commit}, {@code -cancel}, {@code -progress}, {@code -result}.
 */
public class SheetImport<T> extends Composite<VerticalLayout> {

    /** The largest .xlsx a district may import (5 MiB; the seed sheets are a few dozen KiB). */
    public static final int MAX_BYTES = 5 << 20;

    /** Reads a whole file or throws with every bad cell. */
    public interface Parser<T> {
        List<T> read(byte[] xlsx) throws SheetException;
    }

    /** Writes the list in the background, reporting rows written. */
    public interface Committer<T> {
        CompletableFuture<Void> commit(List<T> items, IntConsumer progress);
    }

    private static final int POLL_MS = 300;
    private static final Logger LOG = Logger.getLogger(SheetImport.class.getName());

    private final String id;
    private final Parser<T> parser;
    private final Function<T, String> key;
    private final Supplier<List<T>> current;
    private final Committer<T> committer;
    private final Runnable afterCommit;
    private final Div errors = new Div();
    private final VerticalLayout preview = new VerticalLayout();
    private final Grid<T> rows;
    private final Span summary = new Span();
    private final Button commit = new Button();
    private final Button cancel = new Button();
    private final ProgressBar progress = new ProgressBar();
    private final Span result = new Span();
    private final AtomicInteger written = new AtomicInteger();
    private List<T> pending = List.of();
    private int total;
    private CompletableFuture<Void> running;
    private Registration polling;

    public SheetImport(
            String id,
            Parser<T> parser,
            Function<T, String> key,
            Supplier<List<T>> current,
            Consumer<Grid<T>> columns,
            Committer<T> committer,
            Runnable afterCommit) {
        this.id = id;
        this.parser = parser;
        this.key = key;
        this.current = current;
        this.committer = committer;
        this.afterCommit = afterCommit;
        // Held in memory, so limited: the browser refuses a larger file before sending it, the server a
        // larger request (Vaadin's multipart limits, unlimited by default).
        Upload upload = new Upload(
                new InMemoryUploadHandler((metadata, bytes) -> getUI().ifPresent(ui -> ui.access(() -> read(bytes)))) {
                    @Override
                    public long getFileSizeMax() {
                        return MAX_BYTES;
                    }

                    @Override
                    public long getRequestSizeMax() {
                        return MAX_BYTES + (64 << 10);
                    }
                });
        upload.setMaxFileSize(MAX_BYTES);
        upload.addFileRejectedListener(e -> notify(getTranslation("sheet.tooLarge", MAX_BYTES >> 20), true));
        upload.setId(id + "-upload");
        upload.setAcceptedFileTypes(".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.setMaxFiles(1);
        ComponentTexts.upload(upload);
        upload.setUploadButton(new Button(getTranslation("sheet.choose")));
        errors.setId(id + "-errors");
        errors.getStyle().set("color", "var(--lumo-error-text-color)");
        rows = new Grid<>();
        columns.accept(rows);
        rows.setHeight("16em");
        summary.setId(id + "-summary");
        commit.setText(getTranslation("sheet.commit"));
        commit.setId(id + "-commit");
        commit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        commit.addClickListener(e -> commit());
        cancel.setText(getTranslation("sheet.cancel"));
        cancel.setId(id + "-cancel");
        cancel.addClickListener(e -> reset());
        progress.setId(id + "-progress");
        progress.setVisible(false);
        result.setId(id + "-result");
        preview.setId(id + "-preview");
        preview.setPadding(false);
        preview.add(summary, rows, new HorizontalLayout(commit, cancel));
        preview.setVisible(false);
        getContent().setPadding(false);
        getContent().add(upload, errors, preview, progress, result);
    }

    private void read(byte[] bytes) {
        reset();
        try {
            pending = parser.read(bytes);
        } catch (SheetException e) {
            errors.add(new Div(
                    getTranslation("sheet.rejected", String.valueOf(e.errors().size()))));
            e.errors().stream().map(error -> Translations.of(error.text())).forEach(line -> errors.add(new Div(line)));
            notify(getTranslation("sheet.rejectedShort"), true);
            return;
        }
        ImportPreview<T> what = ImportPreview.of(pending, current.get(), key);
        summary.setText(getTranslation(
                "sheet.summary",
                String.valueOf(what.rows().size()),
                String.valueOf(what.added().size()),
                String.valueOf(what.changed().size()),
                String.valueOf(what.removed().size())));
        rows.setItems(pending);
        preview.setVisible(true);
    }

    /** The rows read from the uploaded file and not yet confirmed (empty when there are none). */
    public List<T> pending() {
        return pending;
    }

    private void commit() {
        UI ui = UI.getCurrent();
        List<T> items = pending;
        total = items.size();
        commit.setEnabled(false);
        cancel.setEnabled(false);
        progress.setVisible(true);
        progress.setMin(0);
        progress.setMax(Math.max(total, 1));
        progress.setValue(0);
        result.setText(getTranslation("sheet.writing", "0", String.valueOf(total)));
        written.set(0);
        // The write runs on a managed thread; the screen follows it on its own poll requests, which
        // (unlike UI.access from that thread) run inside a user request bound to the district.
        running = committer.commit(items, written::set);
        polling = ui.addPollListener(e -> follow(ui));
        ui.setPollInterval(POLL_MS);
    }

    private void follow(UI ui) {
        progress.setValue(written.get());
        result.setText(getTranslation("sheet.writing", String.valueOf(written.get()), String.valueOf(total)));
        if (!running.isDone()) {
            return;
        }
        polling.remove();
        ui.setPollInterval(-1);
        preview.setVisible(false);
        commit.setEnabled(true);
        cancel.setEnabled(true);
        try {
            running.join();
        } catch (RuntimeException failure) {
            LOG.log(Level.WARNING, "import " + id + " failed; nothing was written", failure);
            progress.setVisible(false);
            result.setText(getTranslation("sheet.failed"));
            notify(getTranslation("sheet.failed"), true);
            return;
        }
        progress.setValue(progress.getMax());
        result.setText(getTranslation("sheet.done", String.valueOf(total)));
        afterCommit.run();
        notify(getTranslation("sheet.done", String.valueOf(total)), false);
    }

    private void reset() {
        errors.removeAll();
        preview.setVisible(false);
        progress.setVisible(false);
        result.setText("");
        pending = List.of();
    }

    private static void notify(String message, boolean error) {
        Notification n = Notification.show(message, 4000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(error ? NotificationVariant.LUMO_ERROR : NotificationVariant.LUMO_SUCCESS);
    }
}
