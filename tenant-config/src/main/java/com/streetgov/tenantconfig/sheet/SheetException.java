package com.streetgov.tenantconfig.sheet;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A sheet that cannot be imported; every error found is listed (each rendered in the reader's language
 * by {@link CellError#text()}; the message is them all in the default language) and nothing of the file
 * is used.
 */
public class SheetException extends Exception {

    private final transient List<CellError> errors;

    public SheetException(List<CellError> errors) {
        super(errors.stream().map(CellError::toString).collect(Collectors.joining("\n")));
        this.errors = List.copyOf(errors);
    }

    public List<CellError> errors() {
        return errors;
    }
}
