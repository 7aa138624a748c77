package com.streetgov.tenantconfig.sheet;

import com.streetgov.text.Text;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes and reads one-sheet .xlsx lists with fixed Chinese headers; reading is all or nothing. Reading
 * takes the sheet as clerks make it: the header row may sit below a title, columns are found by their
 * header (in any order, extra and hidden columns allowed), cells are read by {@link CellValues}, and rows
 * with nothing in the list's columns (blank, spaces, formatting only) are skipped.
 */
public final class SheetIO {

    private SheetIO() {}

    /** A sheet named {@code title} with {@code headers} and one row of text cells per item. */
    public static <T> byte[] write(String title, String[] headers, List<T> items, Function<T, String[]> values) {
        try (Workbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(title);
            Row header = sheet.createRow(0);
            for (int c = 0; c < headers.length; c++) {
                header.createCell(c).setCellValue(headers[c]);
            }
            int r = 1;
            for (T item : items) {
                Row row = sheet.createRow(r++);
                String[] cells = values.apply(item);
                for (int c = 0; c < cells.length; c++) {
                    if (cells[c] != null && !cells[c].isEmpty()) {
                        row.createCell(c).setCellValue(cells[c]);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads every non-empty row with {@code reader}; any error in any row rejects the whole file. */
    public static <T> List<T> read(byte[] xlsx, String[] headers, Function<RowReader, T> reader) throws SheetException {
        Workbook workbook;
        try {
            workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        } catch (IOException | RuntimeException e) {
            throw new SheetException(
                    List.of(new CellError(1, Text.of("sheet.column.file"), Text.of("sheet.file.unreadable"))));
        }
        try (workbook) {
            return rows(workbook.getSheetAt(0), headers, reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
