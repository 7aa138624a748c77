package com.streetgov.ui.audit;

import com.streetgov.audit.application.VendorReview;
import com.streetgov.matter.application.MatterService;
import com.streetgov.matter.domain.InboxQuery;
import com.streetgov.matter.domain.MatterSummary;
import com.streetgov.tenancy.AccessRefusedException;
import com.streetgov.tenancy.DistrictId;
import com.streetgov.ui.shell.Translations;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * On a district's page, for the vendor: read that district's latest cases only after giving a reason,
 * which core logs and shows to the district's administrators before any case is read.
 */
public class VendorCasesPanel extends VerticalLayout {

    static final int ROWS = 50;

    /** What one logged review reads: the latest matters and the district's street names. */
    private record Review(List<MatterSummary> matters, Map<String, String> streets) {}

    private final Map<String, String> streets = new HashMap<>();

    public VendorCasesPanel(DistrictId district, VendorReview review, MatterService matters) {
        setPadding(false);
        TextField reason = new TextField(getTranslation("review.reason"));
        reason.setId("review-reason");
        reason.setWidth("28em");
        reason.setMaxLength(500);
        Grid<MatterSummary> grid = new Grid<>();
        grid.setId("review-matters");
        grid.addColumn(MatterSummary::number)
                .setHeader(getTranslation("review.number"))
                .setAutoWidth(true);
        grid.addColumn(MatterSummary::title).setHeader(getTranslation("review.title"));
        grid.addColumn(m -> streets.getOrDefault(m.street(), m.street()))
                .setHeader(getTranslation("review.street"))
                .setAutoWidth(true);
        grid.addColumn(m -> getTranslation("matter.state." + m.state().name()))
                .setHeader(getTranslation("review.state"))
                .setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setVisible(false);
        Button open = new Button(getTranslation("review.open"), e -> {
            try {
                Review rows = review.review(
                        district,
                        reason.getValue(),
                        "诉求列表（最新" + ROWS + "件）",
                        () -> new Review(
                                matters.inbox(new InboxQuery(null, null, null, null, false, matters.now()), 0, ROWS),
                                matters.streets()));
                streets.clear();
                streets.putAll(rows.streets());
                grid.setItems(rows.matters());
                grid.setVisible(true);
            } catch (AccessRefusedException refused) {
                Notification.show(Translations.of(refused.text()), 5000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        open.setId("review-open");
        HorizontalLayout row = new HorizontalLayout(reason, open);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H3(getTranslation("review.title.panel")), new Paragraph(getTranslation("review.hint")), row, grid);
    }
}
