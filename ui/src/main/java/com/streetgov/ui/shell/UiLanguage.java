package com.streetgov.ui.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Locale;

/** The UI languages. Simplified Chinese is the default whatever the browser asks for. */
public final class UiLanguage {

    public static final Locale DEFAULT = Locale.SIMPLIFIED_CHINESE;
    public static final List<Locale> SUPPORTED =
            List.of(Locale.SIMPLIFIED_CHINESE, Locale.TRADITIONAL_CHINESE, Locale.ENGLISH);
    private static final String SESSION_KEY = UiLanguage.class.getName();

    private UiLanguage() {}

    /** The language chosen in this session, or the default. */
    public static Locale current(VaadinSession session) {
        Object chosen = session.getAttribute(SESSION_KEY);
        return chosen instanceof Locale locale ? locale : DEFAULT;
    }

    /** Remembers the choice for the session and reloads the page in it. */
    public static void choose(UI ui, Locale locale) {
        ui.getSession().setAttribute(SESSION_KEY, locale);
        ui.getPage().reload();
    }

    public static String label(Locale locale) {
        if (locale.equals(Locale.SIMPLIFIED_CHINESE)) {
            return "简体中文";
        }
        if (locale.equals(Locale.TRADITIONAL_CHINESE)) {
            return "繁體中文";
        }
        return "English";
    }
}
