package com.streetgov.ui.shell;

/** Raised during navigation when the user may not open the target view. */
public class AccessRefusedException extends RuntimeException {

    /** Vaadin's {@code rerouteToError(Class, String)} instantiates the exception without arguments. */
    public AccessRefusedException() {
        super("access refused");
    }

    public AccessRefusedException(String message) {
        super(message);
    }
}
