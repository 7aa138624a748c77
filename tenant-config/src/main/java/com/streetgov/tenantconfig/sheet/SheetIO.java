package com.streetgov.tenantconfig.sheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes and reads one-sheet .xlsx lists with fixed Chinese headers; reading is all or nothing. */
public final class SheetIO {

    private static final DataFormatter FORMAT = new DataFormatter();

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
            throw new SheetException(List.of(new CellError(1, "文件", "不是可读取的 .xlsx 文件")));
        }
        try (workbook) {
            return rows(workbook.getSheetAt(0), headers, reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> List<T> rows(Sheet sheet, String[] headers, Function<RowReader, T> reader)
            throws SheetException {
        List<CellError> errors = new ArrayList<>();
        Row header = sheet.getRow(0);
        for (int c = 0; c < headers.length; c++) {
            String found = header == null ? "" : text(header.getCell(c));
            if (!headers[c].equals(found)) {
                errors.add(new CellError(1, headers[c], "表头应为“" + headers[c] + "”，实为“" + found + "”"));
            }
        }
        if (!errors.isEmpty()) {
            throw new SheetException(errors);
        }
        List<T> items = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null
                    || Arrays.stream(headers).allMatch(h -> text(row.getCell(
                                    Arrays.asList(headers).indexOf(h)))
                            .isEmpty())) {
                continue;
            }
            items.add(reader.apply(new RowReader(row, r + 1, headers, errors)));
        }
        if (!errors.isEmpty()) {
            throw new SheetException(errors);
        }
        return items;
    }

    static String text(Cell cell) {
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return "";
        }
        return FORMAT.formatCellValue(cell).strip();
    }
}
