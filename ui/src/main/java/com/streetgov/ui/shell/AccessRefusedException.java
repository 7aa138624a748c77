package com.streetgov.ui.shell;

/** Raised during navigation when the user may not open the target view. */
public class AccessRefusedException extends RuntimeException {

    public AccessRefusedException(String message) {
        super(message);
    }
}
