package com.streetgov.ui.reform;

import com.streetgov.reform.application.ReformModelService;
import com.streetgov.reform.domain.VersionLifecycle.RefusedException;
import com.streetgov.tenantconfig.format.ModelFileException;
import com.streetgov.tenantconfig.format.ModelFileReader;
import com.streetgov.ui.platform.ComponentTexts;
import com.streetgov.ui.shell.Translations;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Export of the district's model as a streetgov-reform-model/1 file, and import of one. A file with any
 * format error (listed with line and element) or rule error is refused whole and nothing changes.
 */
class ModelTransfer extends Composite<VerticalLayout> {

    private final Div problems = new Div();

    ModelTransfer(ReformModelService service, String actor, String districtId, Runnable afterImport) {
        Anchor export = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] document = service.export().orElse("").getBytes(StandardCharsets.UTF_8);
                    return new DownloadResponse(
                            new ByteArrayInputStream(document),
                            districtId + "-reform-model.json",
                            "application/json",
                            document.length);
                }),
                getTranslation("transfer.export"));
        export.setId("reform-export");
        export.getElement().setAttribute("download", true);
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            String text = new String(bytes, StandardCharsets.UTF_8);
            getUI().ifPresent(ui -> ui.access(() -> importFile(service, actor, text, afterImport)));
        }));
        upload.setId("reform-import");
        upload.setAcceptedFileTypes("application/json", ".json");
        upload.setMaxFiles(1);
        ComponentTexts.upload(upload);
        upload.setUploadButton(new com.vaadin.flow.component.button.Button(getTranslation("transfer.import")));
        problems.setId("reform-import-problems");
        HorizontalLayout row = new HorizontalLayout(export, upload);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        getContent().setPadding(false);
        getContent().add(row, problems);
    }

    private void importFile(ReformModelService service, String actor, String text, Runnable afterImport) {
        problems.removeAll();
        try {
            // The reason is recorded in the audit trail: stays Simplified Chinese whatever the UI language.
            service.replace(actor, ModelFileReader.read(text), "从文件导入");
            afterImport.run();
            ReformView.notify(getTranslation("transfer.imported"), false);
        } catch (ModelFileException e) {
            show(
                    getTranslation(
                            "transfer.fileErrors", String.valueOf(e.errors().size())),
                    e.errors().stream().map(f -> Translations.of(f.text())).toList());
        } catch (RefusedException e) {
            show(
                    getTranslation("transfer.refused", e.text()),
                    e.blocking().stream()
                            .map(f -> getTranslation("transfer.finding", f.message(), f.path()))
                            .toList());
        }
    }

    private void show(String title, List<String> lines) {
        problems.add(new Div(title));
        lines.forEach(line -> problems.add(new Div(line)));
        problems.getStyle().set("color", "var(--lumo-error-text-color)");
        ReformView.notify(getTranslation("transfer.rejected"), true);
    }
}
