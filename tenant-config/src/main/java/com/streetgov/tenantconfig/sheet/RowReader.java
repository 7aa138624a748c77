package com.streetgov.tenantconfig.sheet;

import com.streetgov.text.Text;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;

/**
 * One row's cells by header, collecting errors (row and column named) instead of stopping. A date is a
 * date cell or a text date in a form {@link CellValues#date} accepts.
 */
public final class RowReader {

    private final Row row;
    private final int number;
    private final Map<String, Integer> columns;
    private final List<CellError> errors;

    RowReader(Row row, int number, Map<String, Integer> columns, List<CellError> errors) {
        this.row = row;
        this.number = number;
        this.columns = columns;
        this.errors = errors;
    }

    public int number() {
        return number;
    }

    public void error(String header, Text message) {
        errors.add(new CellError(number, header, message));
    }

    public String optional(String header) {
        String value = CellValues.text(row.getCell(columns.get(header)));
        return value.isEmpty() ? null : value;
    }

    public String required(String header) {
        String value = optional(header);
        if (value == null) {
            error(header, Text.of("sheet.cell.required"));
        }
        return value;
    }

    /** A list written as "甲、乙、丙", or one entry a line. */
    public List<String> list(String header) {
        String value = optional(header);
        return value == null
                ? List.of()
                : Arrays.stream(value.split("[、\\r\\n]"))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }

    public <E> E choice(String header, Map<E, String> labels) {
        String value = required(header);
        if (value == null) {
            return null;
        }
        return labels.entrySet().stream()
                .filter(e -> e.getValue().equals(value))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseGet(() -> {
                    error(
                            header,
                            Text.of(
                                    "sheet.cell.notAllowed",
                                    value,
                                    String.join(
                                            "、",
                                            labels.values().stream().sorted().toList())));
                    return null;
                });
    }

    /**
     * A number: a numeric cell, or digits in text ("33.5"); a trailing per cent sign is dropped, as a
     * weight shown "30%" means 30.
     */
    public BigDecimal number(String header, boolean needed) {
        String value = needed ? required(header) : optional(header);
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(CellValues.clean(value.replaceFirst("[%％]$", "")));
        } catch (NumberFormatException e) {
            error(header, Text.of("sheet.cell.notNumber", value));
            return null;
        }
    }

    public LocalDate date(String header, boolean needed) {
        String value = needed ? required(header) : optional(header);
        if (value == null) {
            return null;
        }
        LocalDate date = CellValues.date(value);
        if (date == null) {
            error(header, Text.of("sheet.cell.badDate", value));
        }
        return date;
    }
}
