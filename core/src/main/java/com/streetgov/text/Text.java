package com.streetgov.text;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * A sentence as a message key and its arguments, rendered in the reader's language. Each argument is
 * a string (a name, a number already written out, a person's own words) or another text, rendered in
 * the same language. A person's own words alone are {@link #literal(String) a literal}, which reads
 * the same in every language.
 *
 * <p>Patterns follow {@link MessageFormat} when the text has arguments (so a quote in an English
 * pattern with arguments is written {@code ''}), and are used as written when it has none — as
 * Vaadin's own i18n does.
 */
public record Text(String key, List<Object> args) {

    /** The key of a person's own words: "{0}" in every language. */
    public static final String LITERAL = "text.literal";

    /** The product's default language, in which logs, exception messages and the API speak. */
    public static final Locale DEFAULT_LOCALE = Locale.SIMPLIFIED_CHINESE;

    private static final String BUNDLE = "com.streetgov.text.messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    public Text {
        Objects.requireNonNull(key, "key");
        List<Object> copy = new ArrayList<>(args.size());
        for (Object arg : args) {
            copy.add(arg instanceof Text ? arg : arg == null ? "" : String.valueOf(arg));
        }
        args = List.copyOf(copy);
    }

    /** The text of {@code key} with {@code args} (strings, texts, or anything written with valueOf). */
    public static Text of(String key, Object... args) {
        return new Text(key, Arrays.asList(args));
    }

    /** A person's own words, shown as written in every language; null stays null. */
    public static Text literal(String words) {
        return words == null ? null : new Text(LITERAL, List.of(words));
    }

    /** Whether this is a person's own words rather than a sentence of the product. */
    public boolean isLiteral() {
        return LITERAL.equals(key);
    }

    /** This text in {@code locale}; a key missing from the bundles renders as itself in brackets. */
    public String render(Locale locale) {
        if (isLiteral()) {
            return (String) args.get(0);
        }
        Object[] rendered = args.stream()
                .map(a -> a instanceof Text t ? t.render(locale) : a)
                .toArray();
        return format(key, locale, rendered);
    }

    /** This text in the product's default language (zh-CN), for logs, exception messages and the API. */
    public String inDefaultLanguage() {
        return render(DEFAULT_LOCALE);
    }

    /** Whether the bundles know {@code key} (in the base language, which has every key). */
    public static boolean known(String key) {
        return bundle(Locale.ROOT).containsKey(key);
    }

    /**
     * The pattern of {@code key} in {@code locale} formatted with {@code args} (already rendered), or
     * {@code !key!} when no bundle has it — the same sign of a missing key Vaadin shows.
     */
    public static String format(String key, Locale locale, Object... args) {
        String pattern;
        try {
            pattern = bundle(locale).getString(key);
        } catch (MissingResourceException missing) {
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, Text.class.getClassLoader(), NO_FALLBACK);
    }

    @Override
    public String toString() {
        return key + args;
    }
}
