package com.streetgov.ui.assessment;

import com.streetgov.assessment.application.ExclusionService;
import com.streetgov.assessment.domain.Exclusion;
import com.streetgov.assessment.domain.ExclusionKind;
import com.streetgov.tenancy.AccessRefusedException;
import com.streetgov.text.RefusedException;
import com.streetgov.ui.shell.Translations;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Optional;

/**
 * A matter's exclusion from assessment on its page: the request and its decision if there is one;
 * the request form (a kind of the rules in force and a reason) when there is none or it was refused.
 */
public class ExclusionPanel extends VerticalLayout {

    public ExclusionPanel(ExclusionService service, String matterNumber, Runnable changed) {
        setPadding(false);
        add(new H3(getTranslation("exclusion.title")));
        List<ExclusionKind> kinds = service.kinds();
        Optional<Exclusion> current = service.find(matterNumber);
        Span state = new Span(current.map(e -> describe(e, kinds)).orElse(getTranslation("exclusion.none")));
        state.setId("exclusion-state");
        add(state);
        if (current.isPresent() && current.get().state() != Exclusion.State.REFUSED) {
            return;
        }
        Select<ExclusionKind> kind = new Select<>();
        kind.setId("exclusion-kind");
        kind.setLabel(getTranslation("exclusion.kind"));
        kind.setItems(kinds);
        kind.setItemLabelGenerator(ExclusionKind::name);
        kind.setWidth("24em");
        kind.setMaxWidth("100%");
        TextArea reason = new TextArea(getTranslation("exclusion.reason"));
        reason.setId("exclusion-reason");
        reason.setMaxLength(Exclusion.TEXT_MAX);
        reason.setWidth("32em");
        reason.setMaxWidth("100%");
        Button request = new Button(getTranslation("exclusion.request"), e -> {
            try {
                service.request(
                        matterNumber,
                        kind.getValue() == null ? null : kind.getValue().code(),
                        reason.getValue());
            } catch (RefusedException refused) {
                notify(Translations.of(refused.text()), true);
                return;
            } catch (AccessRefusedException refused) {
                notify(Translations.of(refused.text()), true);
                return;
            }
            notify(getTranslation("exclusion.requested"), false);
            changed.run();
        });
        request.setId("exclusion-request");
        HorizontalLayout row = new HorizontalLayout(kind, reason, request);
        row.setWrap(true);
        row.setWidthFull();
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(row);
    }

    private String describe(Exclusion e, List<ExclusionKind> kinds) {
        String text = getTranslation(
                "exclusion.state." + e.state().name(),
                Exclusions.kindName(kinds, e.kind()),
                e.reason(),
                e.requestedBy());
        return e.decisionNote()
                .map(n -> text + getTranslation("exclusion.decisionNote", n))
                .orElse(text);
    }

    static void notify(String message, boolean error) {
        Notification n = Notification.show(message, 4000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(error ? NotificationVariant.LUMO_ERROR : NotificationVariant.LUMO_SUCCESS);
    }
}
