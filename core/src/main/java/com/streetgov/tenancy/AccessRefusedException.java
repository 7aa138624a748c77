package com.streetgov.tenancy;

/**
 * An application service refused the caller: wrong role, another district, or no caller at all. The
 * message is Chinese and names the operation, never data of another district.
 */
public class AccessRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AccessRefusedException(String message) {
        super(message);
    }
}
