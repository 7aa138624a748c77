package com.streetgov.tenantconfig.sheet;

import com.streetgov.text.Text;

/**
 * One bad cell of an imported sheet: row as the spreadsheet numbers it, column by its header (the
 * sheet's own word, or a word of the product's for the file as a whole), and what is wrong, each
 * rendered in the reader's language.
 */
public record CellError(int row, Text column, Text message) {

    /** A cell under the sheet's header {@code column}. */
    public CellError(int row, String column, Text message) {
        this(row, Text.literal(column), message);
    }

    /** A cell under the sheet's header {@code column}, wrong as said in words already written. */
    public CellError(int row, String column, String words) {
        this(row, column, Text.literal(words));
    }

    /** Where and what: 第{row}行“{column}”列：{message}. */
    public Text text() {
        return Text.of("sheet.cellError", row, column, message);
    }

    /** {@link #text()} in the default language (zh-CN), as logs and the exception's message read it. */
    @Override
    public String toString() {
        return text().inDefaultLanguage();
    }
}
