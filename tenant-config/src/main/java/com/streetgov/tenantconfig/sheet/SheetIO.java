package com.streetgov.tenantconfig.sheet;

import com.streetgov.text.Text;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes and reads .xlsx lists with fixed Chinese headers, one list a sheet (the first sheet, or one
 * named); reading is all or nothing. Numbers written as {@link BigDecimal}s are numeric cells, so a clerk
 * can sum them. Reading
 * takes the sheet as clerks make it: the header row may sit below a title, columns are found by their
 * header (in any order, extra and hidden columns allowed), cells are read by {@link CellValues}, and rows
 * with nothing in the list's columns (blank, spaces, formatting only) are skipped.
 */
public final class SheetIO {

    private SheetIO() {}

    /** A sheet named {@code title} with {@code headers} and one row of text cells per item. */
    public static <T> byte[] write(String title, String[] headers, List<T> items, Function<T, String[]> values) {
        return book().sheet(title, headers, items, values::apply).bytes();
    }

    /** A workbook to write several lists into, a sheet each. */
    public static Book book() {
        return new Book();
    }

    /**
     * A workbook being written. A cell is text, or a {@link BigDecimal} written as a number when a
     * double holds it exactly (else as its digits in text, so no figure is rounded); null or "" leaves
     * it empty; text with line breaks wraps.
     */
    public static final class Book {

        private final List<Consumer<Workbook>> sheets = new ArrayList<>();

        private Book() {}

        public <T> Book sheet(String title, String[] headers, List<T> items, Function<T, Object[]> values) {
            sheets.add(workbook -> fill(workbook, title, headers, items, values));
            return this;
        }

        public byte[] bytes() {
            try (Workbook workbook = new XSSFWorkbook();
                    ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                sheets.forEach(s -> s.accept(workbook));
                workbook.write(out);
                return out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static <T> void fill(
                Workbook workbook, String title, String[] headers, List<T> items, Function<T, Object[]> values) {
            Sheet sheet = workbook.createSheet(title);
            CellStyle wrap = workbook.createCellStyle();
            wrap.setWrapText(true);
            Row header = sheet.createRow(0);
            for (int c = 0; c < headers.length; c++) {
                header.createCell(c).setCellValue(headers[c]);
            }
            int r = 1;
            for (T item : items) {
                Row row = sheet.createRow(r++);
                Object[] cells = values.apply(item);
                for (int c = 0; c < cells.length; c++) {
                    if (cells[c] instanceof BigDecimal number) {
                        if (BigDecimal.valueOf(number.doubleValue()).compareTo(number) == 0) {
                            row.createCell(c).setCellValue(number.doubleValue());
                        } else {
                            row.createCell(c).setCellValue(number.toPlainString());
                        }
                    } else if (cells[c] != null && !cells[c].toString().isEmpty()) {
                        Cell cell = row.createCell(c);
                        cell.setCellValue(cells[c].toString());
                        if (cells[c].toString().contains("\n")) {
                            cell.setCellStyle(wrap);
                        }
                    }
                }
            }
        }
    }

    /** Reads every non-empty row of the first sheet with {@code reader}; any error in any row rejects the whole file. */
    public static <T> List<T> read(byte[] xlsx, String[] headers, Function<RowReader, T> reader) throws SheetException {
        return read(xlsx, null, true, headers, reader);
    }

    /** Reads every non-empty row of the sheet named {@code sheet}, refused if the file has no such sheet. */
    public static <T> List<T> read(byte[] xlsx, String sheet, String[] headers, Function<RowReader, T> reader)
            throws SheetException {
        return read(xlsx, sheet, true, headers, reader);
    }

    /** Like {@link #read(byte[], String, String[], Function)}, but a file without the sheet gives no rows. */
    public static <T> List<T> readIfPresent(byte[] xlsx, String sheet, String[] headers, Function<RowReader, T> reader)
            throws SheetException {
        return read(xlsx, sheet, false, headers, reader);
    }

    private static <T> List<T> read(
            byte[] xlsx, String name, boolean required, String[] headers, Function<RowReader, T> reader)
            throws SheetException {
        Workbook workbook;
        try {
            workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        } catch (IOException | RuntimeException e) {
            throw new SheetException(
                    List.of(new CellError(1, Text.of("sheet.column.file"), Text.of("sheet.file.unreadable"))));
        }
        try (workbook) {
            Sheet sheet = name == null ? workbook.getSheetAt(0) : named(workbook, name);
            if (sheet == null && required) {
                throw new SheetException(
                        List.of(new CellError(1, Text.of("sheet.column.file"), Text.of("sheet.sheet.missing", name))));
            }
            return sheet == null ? List.of() : rows(sheet, headers, reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sheet called {@code name}, its tab's spaces ignored, or null. */
    private static Sheet named(Workbook workbook, String name) {
        for (Sheet sheet : workbook) {
            if (CellValues.clean(sheet.getSheetName()).equals(name)) {
                return sheet;
            }
        }
        return null;
    }

    private static <T> List<T> rows(Sheet sheet, String[] headers, Function<RowReader, T> reader)
            throws SheetException {
        HeaderRow header = HeaderRow.find(sheet, headers);
        List<CellError> errors = new ArrayList<>();
        List<T> items = new ArrayList<>();
        for (int r = header.index() + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null
                    || header.columns().values().stream()
                            .allMatch(c -> CellValues.text(row.getCell(c)).isEmpty())) {
                continue;
            }
            items.add(reader.apply(new RowReader(row, r + 1, header.columns(), errors)));
        }
        if (!errors.isEmpty()) {
            throw new SheetException(errors);
        }
        return items;
    }
}
