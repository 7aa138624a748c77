package com.streetgov.assessment.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Reads the current district's summonses for the double assessment. */
public interface WhistleFacts {

    /**
     * Every summons of the whistles blown on a day from {@code from} (inclusive) to {@code to}
     * (exclusive), with its matter's state; {@code streetNames} names the streets (code → name; a code
     * not in it is shown as itself).
     */
    List<SummonsFact> summonses(LocalDate from, LocalDate to, Map<String, String> streetNames);
}
