package com.streetgov.assessment.domain;

/** An exclusion request or decision the rules do not allow; the message is in Chinese and names the field. */
public class ExclusionRefusedException extends Exception {
    public ExclusionRefusedException(String message) {
        super(message);
    }
}
