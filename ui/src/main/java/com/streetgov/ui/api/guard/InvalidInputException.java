package com.streetgov.ui.api.guard;

/**
 * A request refused before it reached the application: the HTTP status, a machine-readable code, the
 * field or header at fault (if one), and a Chinese message naming it.
 */
public class InvalidInputException extends RuntimeException {

    private final int status;
    private final String error;
    private final String field;

    public InvalidInputException(int status, String error, String field, String message) {
        super(message, null, false, false);
        this.status = status;
        this.error = error;
        this.field = field;
    }

    /** The body is not JSON this API reads (syntax, encoding, nesting, type). */
    public static InvalidInputException json(String message) {
        return new InvalidInputException(400, "invalid_json", null, message);
    }

    /** One member of the body is wrong. */
    public static InvalidInputException field(String field, String message) {
        return new InvalidInputException(400, "invalid_field", field, message);
    }

    public static InvalidInputException header(String header, String message) {
        return new InvalidInputException(400, "invalid_header", header, message);
    }

    public int status() {
        return status;
    }

    public String error() {
        return error;
    }

    public String field() {
        return field;
    }
}
