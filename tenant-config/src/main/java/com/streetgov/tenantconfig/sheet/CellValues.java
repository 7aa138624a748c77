package com.streetgov.tenantconfig.sheet;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * What a cell says, read the way a clerk means it, whichever tool wrote the file: a date cell (a typed
 * date in Excel, WPS or LibreOffice: a number with a date format) is its ISO date, a number typed as a
 * number in the General format is its plain digits ({@code 101}, not {@code 101.0} or {@code 1.01E+2}),
 * any other number is what the sheet displays, a formula is its cached result, and every text is stripped
 * of surrounding spaces, the full-width and the non-breaking one included. The one place every .xlsx
 * import reads cells.
 */
public final class CellValues {

    private static final DataFormatter FORMAT = new DataFormatter();

    /** The text date forms accepted besides a real date cell: 2024-01-01, 2024/1/1, 2024年1月1日. */
    private static final List<Pattern> DATES = List.of(
            Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})"),
            Pattern.compile("(\\d{4})/(\\d{1,2})/(\\d{1,2})"),
            Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日"));

    private CellValues() {}

    /** The cell's value as text, "" for an empty cell. */
    public static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> number(cell);
            case STRING -> clean(cell.getStringCellValue());
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            default -> "";
        };
    }

    /** {@code value} without surrounding whitespace, the full-width and non-breaking spaces included. */
    public static String clean(String value) {
        return value == null
                ? ""
                : value.replace('\u00a0', ' ')
                        .replace('\u2007', ' ')
                        .replace('\u202f', ' ')
                        .strip();
    }

    /** A text date in one of the accepted forms, or null if it is none of them or no such day exists. */
    public static LocalDate date(String text) {
        String value = clean(text);
        for (Pattern form : DATES) {
            Matcher m = form.matcher(value);
            if (m.matches()) {
                try {
                    return LocalDate.of(
                            Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                } catch (DateTimeException e) {
                    return null;
                }
            }
        }
        return null;
    }

    private static String number(Cell cell) {
        if (isDate(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        String format = cell.getCellStyle() == null ? null : cell.getCellStyle().getDataFormatString();
        if (format == null || format.equalsIgnoreCase("General") || format.equals("@")) {
            return BigDecimal.valueOf(cell.getNumericCellValue())
                    .stripTrailingZeros()
                    .toPlainString();
        }
        return clean(FORMAT.formatCellValue(cell));
    }

    /**
     * A number formatted as a date: what POI recognises, and the date formats built into Chinese Excel and
     * WPS (ids 27–31 and 50–58, e.g. {@code yyyy"年"m"月"d"日"}), which a file names by id only.
     */
    private static boolean isDate(Cell cell) {
        if (DateUtil.isCellDateFormatted(cell)) {
            return true;
        }
        short id = cell.getCellStyle() == null ? 0 : cell.getCellStyle().getDataFormat();
        return DateUtil.isValidExcelDate(cell.getNumericCellValue())
                && ((id >= 27 && id <= 31) || (id >= 50 && id <= 58));
    }
}
