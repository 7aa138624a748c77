package com.streetgov.duty.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * Duty items for tests, shared by core's and tenant-config's tests: a street-level item led by no unit,
 * in 民生保障, in force from 2019-01-01 and open-ended, with nothing else set, unless a test says
 * otherwise.
 */
public final class DutyItemBuilder {

    private final String code;
    private final String name;
    private String area = "民生保障";
    private DutyLevel level = DutyLevel.STREET;
    private DutyRole role = DutyRole.LEAD;
    private List<String> lead = List.of();
    private List<String> assist = List.of();
    private String legalBasis;
    private String origin;
    private LocalDate from = LocalDate.of(2019, 1, 1);
    private LocalDate to;
    private List<String> keywords = List.of();

    private DutyItemBuilder(String code, String name) {
        this.code = code;
        this.name = name;
    }

    public static DutyItemBuilder item(String code, String name) {
        return new DutyItemBuilder(code, name);
    }

    public DutyItemBuilder area(String area) {
        this.area = area;
        return this;
    }

    public DutyItemBuilder level(DutyLevel level) {
        this.level = level;
        return this;
    }

    public DutyItemBuilder role(DutyRole role) {
        this.role = role;
        return this;
    }

    public DutyItemBuilder lead(List<String> units) {
        this.lead = units;
        return this;
    }

    public DutyItemBuilder lead(String... units) {
        return lead(List.of(units));
    }

    public DutyItemBuilder assist(List<String> units) {
        this.assist = units;
        return this;
    }

    public DutyItemBuilder assist(String... units) {
        return assist(List.of(units));
    }

    public DutyItemBuilder legalBasis(String legalBasis) {
        this.legalBasis = legalBasis;
        return this;
    }

    public DutyItemBuilder origin(String origin) {
        this.origin = origin;
        return this;
    }

    /** In force from {@code from} until the day before {@code to} (null: open-ended). */
    public DutyItemBuilder active(LocalDate from, LocalDate to) {
        this.from = from;
        this.to = to;
        return this;
    }

    public DutyItemBuilder keywords(String... keywords) {
        this.keywords = List.of(keywords);
        return this;
    }

    public DutyItem build() {
        return new DutyItem(
                code, name, area, level, role, lead, assist, legalBasis, origin, from, to, keywords, false, null, null);
    }
}
