package com.streetgov.matter.infrastructure;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Rows in PostgreSQL's COPY text format: tab-separated, {@code \N} for null, backslash, tab, newline
 * and carriage return escaped.
 */
final class CopyText {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final StringBuilder text = new StringBuilder(1 << 16);
    private boolean first = true;
    private int count;

    /** Starts a row with its district. */
    CopyText row(String district) {
        if (count > 0) {
            text.append('\n');
        }
        count++;
        first = true;
        return add(district);
    }

    CopyText add(Object value) {
        if (!first) {
            text.append('\t');
        }
        first = false;
        if (value == null) {
            text.append("\\N");
        } else if (value instanceof LocalDateTime t) {
            text.append(TIMESTAMP.format(t));
        } else if (value instanceof Boolean b) {
            text.append(b ? 't' : 'f');
        } else {
            escape(value.toString());
        }
        return this;
    }

    private void escape(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
    }

    int count() {
        return count;
    }

    String text() {
        return count == 0 ? "" : text + "\n";
    }
}
