package com.streetgov.text;

/**
 * A step the product refuses — an invalid input, a state that does not allow it, a rule of the
 * district's model — saying why as a {@link Text}, which each screen renders in its reader's language.
 * {@link #getMessage()} is the text in the default language (zh-CN), for logs and the API. Optionally
 * names the field at fault (as the API and forms name it).
 */
public class RefusedException extends Exception {

    private final transient Text text;
    private final String field;

    public RefusedException(Text text) {
        this(text, null);
    }

    public RefusedException(Text text, String field) {
        super(text.inDefaultLanguage());
        this.text = text;
        this.field = field;
    }

    /** Refused with the text of {@code key} and {@code args}. */
    public RefusedException(String key, Object... args) {
        this(Text.of(key, args));
    }

    public Text text() {
        return text;
    }

    /** The input field at fault, or null when the refusal is not about one field. */
    public String field() {
        return field;
    }
}
