package com.streetgov.ui.assessment;

import com.streetgov.assessment.application.ResultsService;
import com.streetgov.assessment.domain.Baseline;
import com.streetgov.text.RefusedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The pre-reform baseline (e.g. Xicheng 解决率 39.17%, 满意率 65.76%): entered in percent, stored as
 * fractions, saved with a reason; refusals shown at the field they name.
 */
public class BaselineForm extends VerticalLayout {

    private final TextField label = new TextField();
    private final BigDecimalField response = new BigDecimalField();
    private final BigDecimalField resolution = new BigDecimalField();
    private final BigDecimalField satisfaction = new BigDecimalField();
    private final TextField source = new TextField();
    private final TextField reason = new TextField();
    private final Span refusal = new Span();
    private final Refusals refusals = new Refusals();

    @Inject
    public BaselineForm(ResultsService results) {
        setPadding(false);
        setId("baseline-form");
        label.setId("baseline-label");
        label.setLabel(getTranslation("results.ui.baseline.label"));
        response.setLabel(getTranslation("results.ui.response") + " %");
        resolution.setId("baseline-resolution");
        resolution.setLabel(getTranslation("results.ui.resolution") + " %");
        satisfaction.setId("baseline-satisfaction");
        satisfaction.setLabel(getTranslation("results.ui.satisfaction") + " %");
        source.setLabel(getTranslation("results.ui.baseline.source"));
        reason.setId("baseline-reason");
        reason.setLabel(getTranslation("results.ui.rules.reason"));
        results.baseline().ifPresent(b -> {
            label.setValue(b.label());
            response.setValue(percent(b.response()));
            resolution.setValue(percent(b.resolution()));
            satisfaction.setValue(percent(b.satisfaction()));
            source.setValue(b.source() == null ? "" : b.source());
        });
        refusals.field("label", label)
                .field("response", response)
                .field("resolution", resolution)
                .field("satisfaction", satisfaction)
                .field("source", source)
                .field("reason", reason);
        refusal.getStyle().set("color", "var(--lumo-error-text-color)");
        Button save = new Button(getTranslation("results.ui.baseline.save"), e -> {
            refusal.setText("");
            Baseline b = new Baseline(
                    label.getValue(),
                    fraction(response.getValue()),
                    fraction(resolution.getValue()),
                    fraction(satisfaction.getValue()),
                    source.getValue().isBlank() ? null : source.getValue());
            try {
                results.saveBaseline(b, reason.getValue());
                refusals.clear();
                Notification.show(getTranslation("results.ui.baseline.saved"), 3000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (RefusedException ex) {
                refusal.setText(refusals.show(ex.text()));
            }
        });
        save.setId("baseline-save");
        FormLayout form = new FormLayout(label, source, response, resolution, satisfaction, reason);
        add(new H3(getTranslation("results.ui.baseline.title")), form, save, refusal);
    }

    private static BigDecimal percent(BigDecimal fraction) {
        return fraction == null ? null : fraction.movePointRight(2).stripTrailingZeros();
    }

    private static BigDecimal fraction(BigDecimal percent) {
        return percent == null
                ? null
                : percent.movePointLeft(2).setScale(Math.max(4, percent.scale() + 2), RoundingMode.HALF_UP);
    }
}
