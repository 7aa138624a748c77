package com.streetgov.platform;

import com.streetgov.text.Text;

/**
 * Keeps a text within a bounded column ({@code varchar(n)}) as {@link TextConverter} stores it: a text
 * whose JSON form is too long is stored as its default-language sentence, shortened with "…", literally.
 * Summaries are bounded; the names they quote are not.
 */
public final class TextColumns {

    private TextColumns() {}

    /** {@code text}, or its shortened default-language sentence if its stored form exceeds {@code length}. */
    public static Text fitting(Text text, int length) {
        if (text == null || TextConverter.toColumn(text).length() <= length) {
            return text;
        }
        String sentence = text.inDefaultLanguage();
        for (int keep = Math.min(sentence.length(), length); keep > 0; keep--) {
            Text shortened = Text.literal(sentence.substring(0, keep) + "…");
            if (TextConverter.toColumn(shortened).length() <= length) {
                return shortened;
            }
        }
        return Text.literal("…");
    }
}
