package com.streetgov.tenantconfig.format;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A model file that cannot be read; it lists every error found (each rendered in the reader's language
 * by {@link FileError#text()}; the message is them all in the default language), none of the file is
 * used.
 */
public class ModelFileException extends Exception {

    private final transient List<FileError> errors;

    public ModelFileException(List<FileError> errors) {
        super(errors.stream().map(FileError::toString).collect(Collectors.joining("\n")));
        this.errors = List.copyOf(errors);
    }

    public List<FileError> errors() {
        return errors;
    }
}
