package com.streetgov.matter.domain;

/**
 * A resident's words with the duty item a person decided they belong to — a category the clerk or
 * resident chose, a manual re-route, a judged dispute: what the classifier learns from (issue 11).
 */
public record LabelledText(String text, String itemCode) {}
