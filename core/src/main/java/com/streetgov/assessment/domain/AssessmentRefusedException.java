package com.streetgov.assessment.domain;

/** An assessment change that is not allowed (rules, baseline …); the message says why, in Chinese, naming the field. */
public class AssessmentRefusedException extends Exception {

    public AssessmentRefusedException(String message) {
        super(message);
    }
}
