package com.streetgov.ui.security;

/** A bearer token that did not verify; the message says why (for the log, never for the caller). */
public class TokenRefusedException extends Exception {

    public TokenRefusedException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
