package com.streetgov.reform.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Where each street's own plan stands against the district's deadline (Luohu: each street drafts its
 * plan within one month and files it with the district 编委). The deadline runs from the effective date
 * of the district model the street follows; a plan is on time once it is filed.
 */
public record StreetPlanProgress(
        StreetProfile street, Optional<ModelVersion> plan, Optional<LocalDate> deadline, boolean overdue) {

    public static List<StreetPlanProgress> of(ReformModel model, LocalDate today) {
        return model.streets().stream().map(s -> of(model, s, today)).toList();
    }

    private static StreetPlanProgress of(ReformModel model, StreetProfile street, LocalDate today) {
        Optional<ModelVersion> plan = model.versions().stream()
                .filter(v -> v.level() == VersionLevel.STREET && street.code().equals(v.street()))
                .reduce((first, second) -> second);
        Optional<LocalDate> deadline = Optional.ofNullable(model.rules().streetPlanDeadlineDays())
                .flatMap(days ->
                        districtModel(model, street).map(d -> d.effectiveFrom().plusDays(days)));
        boolean filed = plan.map(p -> p.status() != VersionStatus.DRAFT && p.status() != VersionStatus.SUBMITTED)
                .orElse(false);
        boolean overdue = deadline.isPresent() && today.isAfter(deadline.get()) && !filed;
        return new StreetPlanProgress(street, plan, deadline, overdue);
    }

    /** The latest district model with an effective date that covers the street. */
    static Optional<ModelVersion> districtModel(ReformModel model, StreetProfile street) {
        return model.versions().stream()
                .filter(v -> v.level() == VersionLevel.DISTRICT && v.effectiveFrom() != null && v.covers(street.code()))
                .max(Comparator.comparing(ModelVersion::effectiveFrom));
    }

    /** A street's plan to start from: a draft copy of the district model it follows. */
    public static Optional<ModelVersion> draftFor(ReformModel model, String streetCode) {
        return model.street(streetCode)
                .flatMap(s -> districtModel(model, s))
                .map(d -> new ModelVersion(
                        streetCode + "-plan-" + (model.versions().size() + 1),
                        model.street(streetCode).orElseThrow().name() + "方案",
                        VersionLevel.STREET,
                        streetCode,
                        false,
                        List.of(),
                        VersionStatus.DRAFT,
                        null,
                        d.legacySections(),
                        d.units(),
                        d.dispatchedAgencies()));
    }
}
