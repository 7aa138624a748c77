package com.streetgov.ui.reform;

import com.streetgov.reform.domain.AuditEntry;
import com.streetgov.reform.domain.ModelVersion;
import com.streetgov.reform.domain.ReformModel;
import com.streetgov.reform.domain.Unit;
import com.streetgov.tenantconfig.format.ModelFileException;
import com.streetgov.tenantconfig.format.ModelFileReader;
import com.streetgov.ui.shell.Translations;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Optional;

/**
 * One audit entry, before and after: the touched version's units (or, for a change of the whole model,
 * its versions and their states), side by side, with what was added or removed marked.
 */
class ChangeDialog extends Dialog {

    ChangeDialog(AuditEntry entry) {
        setHeaderTitle(Translations.of(entry.summary()));
        setId("reform-change-dialog");
        List<String> before = lines(entry.before(), entry.versionCode());
        List<String> after = lines(entry.after(), entry.versionCode());
        HorizontalLayout sides = new HorizontalLayout(
                side(getTranslation("reform.change.before"), before, after),
                side(getTranslation("reform.change.after"), after, before));
        sides.setWidthFull();
        add(
                new Div(entry.actor() + " · " + entry.at().toLocalDateTime().withNano(0)
                        + (entry.reason() == null ? "" : " · " + entry.reason())),
                sides);
        getFooter().add(new Button(getTranslation("reform.change.close"), e -> close()));
        setWidth("720px");
    }

    private static VerticalLayout side(String title, List<String> lines, List<String> other) {
        VerticalLayout side = new VerticalLayout(new H4(title));
        side.setPadding(false);
        side.setSpacing(false);
        for (String line : lines) {
            Div row = new Div(line);
            if (!other.contains(line)) {
                row.getStyle()
                        .set("background", "var(--lumo-primary-color-10pct)")
                        .set("font-weight", "600");
            }
            side.add(row);
        }
        return side;
    }

    /** What to compare: the version's units, or the model's versions when no version is named. */
    private static List<String> lines(String document, String versionCode) {
        if (document == null) {
            return List.of("—");
        }
        ReformModel model;
        try {
            model = ModelFileReader.read(document);
        } catch (ModelFileException e) {
            return List.of("—");
        }
        Optional<ModelVersion> version = versionCode == null ? Optional.empty() : model.version(versionCode);
        if (version.isPresent()) {
            return version.get().units().stream().map(Unit::name).toList();
        }
        return model.versions().stream()
                .map(v -> v.title() + " · " + Labels.status(v))
                .toList();
    }
}
