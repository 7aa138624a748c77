package com.streetgov.tenantconfig.sheet;

import com.streetgov.text.Text;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Where a list's header row is and which column holds each header. The header may sit below a title
 * (searched in the first {@value #SEARCHED_ROWS} rows), in any column order among other columns; a
 * header found twice is taken from its visible column. Headers compare without spaces and without a
 * trailing "*" (the mark clerks put on required columns).
 */
record HeaderRow(int index, Map<String, Integer> columns) {

    static final int SEARCHED_ROWS = 10;

    static HeaderRow find(Sheet sheet, String[] headers) throws SheetException {
        HeaderRow best = null;
        for (int r = sheet.getFirstRowNum(); r >= 0 && r <= Math.min(sheet.getLastRowNum(), SEARCHED_ROWS - 1); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            HeaderRow candidate = new HeaderRow(r, columnsOf(sheet, row, headers));
            if (candidate.columns().size() == headers.length) {
                return candidate;
            }
            if (best == null || candidate.columns().size() > best.columns().size()) {
                best = candidate;
            }
        }
        throw new SheetException(missing(sheet, best, headers));
    }

    private static Map<String, Integer> columnsOf(Sheet sheet, Row row, String[] headers) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (String header : headers) {
            for (int c = Math.max(row.getFirstCellNum(), 0); c < row.getLastCellNum(); c++) {
                if (header.equals(normalised(CellValues.text(row.getCell(c))))
                        && (!columns.containsKey(header) || sheet.isColumnHidden(columns.get(header)))) {
                    columns.put(header, c);
                }
            }
        }
        return columns;
    }

    /** Each header not found, named against what stands in its usual column of the likeliest row. */
    private static List<CellError> missing(Sheet sheet, HeaderRow best, String[] headers) {
        List<CellError> errors = new ArrayList<>();
        int index = best == null ? 0 : best.index();
        Row row = sheet.getRow(index);
        for (int c = 0; c < headers.length; c++) {
            if (best == null || !best.columns().containsKey(headers[c])) {
                String found = row == null ? "" : CellValues.text(row.getCell(c));
                errors.add(new CellError(index + 1, headers[c], Text.of("sheet.header.mismatch", headers[c], found)));
            }
        }
        return errors;
    }

    private static String normalised(String header) {
        String h = header.replaceAll("[\\s\\u3000]", "");
        return h.endsWith("*") || h.endsWith("＊") ? h.substring(0, h.length() - 1) : h;
    }
}
