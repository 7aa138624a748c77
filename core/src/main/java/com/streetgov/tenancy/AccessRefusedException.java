package com.streetgov.tenancy;

import com.streetgov.text.Text;

/**
 * An application service refused the caller: wrong role, another district, or no caller at all. Says
 * why as a {@link Text} naming the operation, never data of another district, which each screen and
 * the API render in their reader's language; {@link #getMessage()} is the text in the default language
 * (zh-CN), for logs. Unchecked, unlike {@link com.streetgov.text.RefusedException}: it is the role
 * matrix's authorization, which any call may meet, not a refusal of its input.
 */
public class AccessRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Text text;

    public AccessRefusedException(Text text) {
        super(text.inDefaultLanguage());
        this.text = text;
    }

    /** Refused with the text of {@code key} and {@code args}. */
    public AccessRefusedException(String key, Object... args) {
        this(Text.of(key, args));
    }

    public Text text() {
        return text;
    }
}
