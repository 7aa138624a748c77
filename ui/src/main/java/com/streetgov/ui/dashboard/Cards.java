package com.streetgov.ui.dashboard;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.theme.lumo.LumoUtility;

/** Layout pieces the dashboards share: a wrapping row of cards and a titled section. */
final class Cards {

    private Cards() {}

    /** Figure cards side by side, wrapping on narrow screens. */
    static Div row(String id, Component... cards) {
        Div row = new Div(cards);
        row.setId(id);
        row.setWidthFull();
        row.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.MEDIUM);
        return row;
    }

    /** A titled block of the dashboard. */
    static Div section(String id, String title, Component... content) {
        H3 heading = new H3(title);
        heading.addClassNames(LumoUtility.Margin.Top.MEDIUM, LumoUtility.Margin.Bottom.SMALL);
        Div section = new Div(heading);
        section.add(content);
        section.setId(id);
        section.setWidthFull();
        return section;
    }
}
