package com.streetgov.ui.shell;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.servlet.http.HttpServletResponse;

/** Shown, with HTTP 403, when navigation is refused; it never renders the refused view. */
@ParentLayout(MainLayout.class)
public class AccessRefusedView extends VerticalLayout implements HasErrorParameter<AccessRefusedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessRefusedException> parameter) {
        removeAll();
        H2 title = new H2(getTranslation("access.refused"));
        title.setId("access-refused");
        add(title, new Paragraph(getTranslation("access.refusedDetail")));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
