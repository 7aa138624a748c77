package com.streetgov.tenantconfig.format;

/** One thing wrong with a model file: where (line, column, JSON pointer) and what, in Chinese. */
public record FileError(int line, int column, String pointer, String message) {

    @Override
    public String toString() {
        return "第" + line + "行第" + column + "列 " + (pointer.isEmpty() ? "/" : pointer) + "：" + message;
    }
}
