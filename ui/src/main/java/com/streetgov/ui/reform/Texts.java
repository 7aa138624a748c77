package com.streetgov.ui.reform;

import com.vaadin.flow.component.UI;

/**
 * Translated UI text for code without a component at hand (static helpers): the current UI's
 * language, from the vaadin-i18n bundles. Pass numbers and dates as strings so they are not
 * locale-formatted.
 */
final class Texts {

    private Texts() {}

    static String t(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }
}
