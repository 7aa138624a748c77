package com.streetgov.ui.shell;

import com.streetgov.text.Text;
import com.vaadin.cdi.annotation.VaadinServiceEnabled;
import com.vaadin.flow.i18n.I18NProvider;
import jakarta.enterprise.context.ApplicationScoped;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Vaadin's i18n over two bundles: the screens' own ({@code vaadin-i18n/translations*}) and core's
 * sentences ({@link Text}'s bundles: refusals, findings, routing reasons, history). A parameter that
 * is itself a {@link Text} is rendered in the same language, so {@code getTranslation(text.key(),
 * text.args().toArray())} — or {@link #of(Text)} — shows a core sentence in the reader's language.
 * Patterns are {@link MessageFormat}s when there are parameters, as with Vaadin's default provider.
 */
@ApplicationScoped
@VaadinServiceEnabled
public class Translations implements I18NProvider {

    private static final String UI_BUNDLE = "vaadin-i18n/translations";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return UiLanguage.SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale in = locale == null ? UiLanguage.DEFAULT : locale;
        Object[] rendered = new Object[params.length];
        for (int i = 0; i < params.length; i++) {
            rendered[i] = params[i] instanceof Text t ? t.render(in) : params[i];
        }
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(UI_BUNDLE, in, Translations.class.getClassLoader(), NO_FALLBACK)
                    .getString(key);
        } catch (MissingResourceException notAScreenKey) {
            return Text.format(key, in, rendered);
        }
        return rendered.length == 0 ? pattern : new MessageFormat(pattern, in).format(rendered);
    }

    /** {@code text} in the current UI's language. */
    public static String of(Text text) {
        if (text == null) {
            return "";
        }
        com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
        Locale locale = ui == null ? UiLanguage.DEFAULT : ui.getLocale();
        return text.render(locale);
    }
}
