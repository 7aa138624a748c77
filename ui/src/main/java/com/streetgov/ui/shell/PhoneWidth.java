package com.streetgov.ui.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.util.function.Consumer;

/**
 * Tells a view whether the browser window is phone-narrow, now and whenever it is resized, so that it
 * can lay itself out for a phone (cards instead of a table, filters folded away) without a separate
 * app. Narrow is below Lumo's small breakpoint (640 px), the same width at which the shell's header
 * drops the product name ({@code LumoUtility.Breakpoint.Small}).
 */
public final class PhoneWidth {

    /** Windows narrower than this, in CSS pixels, are phones. */
    public static final int BREAKPOINT = 640;

    private PhoneWidth() {}

    /**
     * Calls {@code narrow} with whether the window is narrow once {@code component} is attached, and
     * again when a resize crosses the breakpoint, for as long as the component stays attached.
     */
    public static void follow(Component component, Consumer<Boolean> narrow) {
        component.addAttachListener(attach -> {
            UI ui = attach.getUI();
            boolean[] last = {false};
            ui.getPage().retrieveExtendedClientDetails(details -> {
                last[0] = details.getWindowInnerWidth() < BREAKPOINT;
                narrow.accept(last[0]);
            });
            Registration resize = ui.getPage().addBrowserWindowResizeListener(event -> {
                boolean now = event.getWidth() < BREAKPOINT;
                if (now != last[0]) {
                    last[0] = now;
                    narrow.accept(now);
                }
            });
            component.addDetachListener(detach -> {
                resize.remove();
                detach.unregisterListener();
            });
        });
    }
}
