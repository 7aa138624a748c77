package com.streetgov.ui.dashboard;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;

/**
 * One headline figure: a label, the value in large type, and a line under it (the change against the
 * period before, the baseline, …). The value is in an element with the id {@code <id>-value}.
 */
class FigureCard extends Div {

    private final Span value = new Span();
    private final Span note = new Span();

    FigureCard(String id, String label) {
        setId(id);
        addClassNames(
                LumoUtility.Background.CONTRAST_5,
                LumoUtility.BorderRadius.MEDIUM,
                LumoUtility.Padding.MEDIUM,
                LumoUtility.Display.FLEX,
                LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Gap.XSMALL);
        getStyle().set("min-width", "9rem").set("flex", "1 1 9rem").set("box-sizing", "border-box");
        Span title = new Span(label);
        title.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        value.setId(id + "-value");
        value.addClassNames(LumoUtility.FontSize.XXLARGE, LumoUtility.FontWeight.SEMIBOLD);
        note.setId(id + "-note");
        note.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
        add(title, value, note);
    }

    FigureCard value(String text) {
        value.setText(text);
        return this;
    }

    FigureCard note(String text) {
        note.setText(text);
        return this;
    }

    /** Marks the value as good (green) or bad (red) news, or neither. */
    FigureCard tone(Boolean good) {
        value.removeClassNames(LumoUtility.TextColor.SUCCESS, LumoUtility.TextColor.ERROR);
        if (good != null) {
            value.addClassName(good ? LumoUtility.TextColor.SUCCESS : LumoUtility.TextColor.ERROR);
        }
        return this;
    }
}
