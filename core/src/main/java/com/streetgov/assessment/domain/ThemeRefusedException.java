package com.streetgov.assessment.domain;

/** A monthly theme that cannot be picked as given; the message says why in Chinese, naming the field. */
public class ThemeRefusedException extends Exception {

    public ThemeRefusedException(String message) {
        super(message);
    }
}
