package com.streetgov.open311.domain;

/** A key change that is not allowed; the message says why, in Chinese, naming the field. */
public class ClientKeyRefusedException extends Exception {

    public ClientKeyRefusedException(String message) {
        super(message);
    }
}
