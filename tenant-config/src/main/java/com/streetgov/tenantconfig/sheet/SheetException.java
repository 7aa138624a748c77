package com.streetgov.tenantconfig.sheet;

import java.util.List;
import java.util.stream.Collectors;

/** A sheet that cannot be imported; every error found is listed and nothing of the file is used. */
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
