package com.streetgov.tenantconfig.sheet;

/** One bad cell of an imported sheet: row as the spreadsheet numbers it, column by its header. */
public record CellError(int row, String column, String message) {

    @Override
    public String toString() {
        return "第" + row + "行“" + column + "”列：" + message;
    }
}
