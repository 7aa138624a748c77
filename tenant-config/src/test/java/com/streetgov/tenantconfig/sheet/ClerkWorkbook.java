package com.streetgov.tenantconfig.sheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Workbooks as clerks' tools write them, made with a second library (fastexcel, not Apache POI and not
 * this project's export), for the import tests.
 */
public final class ClerkWorkbook {

    /** Fills the workbook: its sheets, in order. */
    public interface Book {
        void fill(Workbook book) throws IOException;
    }

    /** A real date cell: the day as a number, shown in {@code format}. */
    public record Dated(LocalDate day, String format) {}

    private ClerkWorkbook() {}

    /**
     * One row from column 0 on: text, numbers typed as numbers, date cells; null leaves a cell empty.
     */
    public static void row(Worksheet ws, int row, Object... values) {
        for (int c = 0; c < values.length; c++) {
            if (values[c] instanceof String text) {
                ws.value(row, c, text);
            } else if (values[c] instanceof Number number) {
                ws.value(row, c, number);
            } else if (values[c] instanceof Dated dated) {
                ws.value(row, c, dated.day());
                ws.style(row, c).format(dated.format()).set();
            }
        }
    }

    public static byte[] write(Book book) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "ClerkSheet", "1.0")) {
            book.fill(workbook);
        }
        return out.toByteArray();
    }
}
