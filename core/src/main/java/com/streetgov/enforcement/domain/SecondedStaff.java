package com.streetgov.enforcement.domain;

import java.time.LocalDate;

/** A member of a street's team seconded from a source agency (police, market regulation, traffic …). */
public record SecondedStaff(String id, String street, String name, String agency, LocalDate since) {}
