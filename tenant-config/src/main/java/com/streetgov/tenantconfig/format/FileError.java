package com.streetgov.tenantconfig.format;

import com.streetgov.text.Text;

/**
 * One thing wrong with a model file: where (line, column, JSON pointer) and what, as a text rendered in
 * the reader's language.
 */
public record FileError(int line, int column, String pointer, Text message) {

    /** Where and what: 第{line}行第{column}列 {pointer}：{message}. */
    public Text text() {
        return Text.of("modelFile.error", line, column, pointer.isEmpty() ? "/" : pointer, message);
    }

    /** {@link #text()} in the default language (zh-CN), as logs and the exception's message read it. */
    @Override
    public String toString() {
        return text().inDefaultLanguage();
    }
}
