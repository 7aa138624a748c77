package com.streetgov.matter.domain;

/** A workflow step the matter's state or the duty list does not allow; the message is in Chinese. */
public class MatterRefusedException extends Exception {
    public MatterRefusedException(String message) {
        super(message);
    }
}
