package com.streetgov.reform.domain;

import com.streetgov.text.Text;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Moves a version through its life cycle. Submitting and filing require a model without errors; making
 * a version effective needs a date, and supersedes earlier effective versions whose streets it now
 * fully covers.
 */
public final class VersionLifecycle {

    private VersionLifecycle() {}

    /**
     * Why a step on the model was refused, plus the findings that block it (none when the step itself
     * is not allowed); a screen shows those findings with the refusal.
     */
    public static final class RefusedException extends com.streetgov.text.RefusedException {
        private final transient List<Finding> blocking;

        public RefusedException(Text text, List<Finding> blocking) {
            super(text);
            this.blocking = List.copyOf(blocking);
        }

        /** Refused with the text of {@code key} and {@code args}, nothing blocking. */
        public RefusedException(String key, List<Finding> blocking, Object... args) {
            this(Text.of(key, args), blocking);
        }

        public List<Finding> blocking() {
            return blocking;
        }
    }

    public static ReformModel submit(ReformModel model, String versionCode) throws RefusedException {
        return move(model, versionCode, VersionStatus.DRAFT, VersionStatus.SUBMITTED, null);
    }

    public static ReformModel file(ReformModel model, String versionCode, LocalDate effectiveFrom)
            throws RefusedException {
        if (effectiveFrom == null) {
            throw new RefusedException("reform.version.fileNeedsDate", List.of());
        }
        return move(model, versionCode, VersionStatus.SUBMITTED, VersionStatus.FILED, effectiveFrom);
    }

    public static ReformModel makeEffective(ReformModel model, String versionCode) throws RefusedException {
        ModelVersion version = require(model, versionCode);
        ReformModel effective =
                move(model, versionCode, VersionStatus.FILED, VersionStatus.EFFECTIVE, version.effectiveFrom());
        List<ModelVersion> versions = new ArrayList<>();
        for (ModelVersion v : effective.versions()) {
            boolean supersededNow = v.status() == VersionStatus.EFFECTIVE
                    && !v.code().equals(versionCode)
                    && v.effectiveFrom().isBefore(version.effectiveFrom())
                    && effective.streets().stream()
                            .filter(s -> v.covers(s.code()))
                            .allMatch(s -> version.covers(s.code()));
            versions.add(supersededNow ? v.withStatus(VersionStatus.SUPERSEDED, v.effectiveFrom()) : v);
        }
        return replaceVersions(effective, versions);
    }

    private static ReformModel move(
            ReformModel model, String versionCode, VersionStatus from, VersionStatus to, LocalDate date)
            throws RefusedException {
        ModelVersion version = require(model, versionCode);
        if (version.status() != from) {
            throw new RefusedException(
                    Text.of(
                            "reform.version.cannotMove",
                            version.title(),
                            StatusLabels.of(version.status()),
                            StatusLabels.of(to)),
                    List.of());
        }
        ReformModel moved = replace(model, version.withStatus(to, date));
        List<Finding> errors =
                ModelValidator.validate(moved).stream().filter(Finding::isError).toList();
        if (!errors.isEmpty()) {
            throw new RefusedException(Text.of("reform.model.hasErrors", errors.size()), errors);
        }
        return moved;
    }

    private static ModelVersion require(ReformModel model, String versionCode) throws RefusedException {
        return model.version(versionCode)
                .orElseThrow(() -> new RefusedException(Text.of("reform.version.notFound", versionCode), List.of()));
    }

    /** A new draft copying {@code baseCode}'s layout, to revise it; its code is unique in the model. */
    public static ModelVersion draftFrom(ReformModel model, String baseCode) throws RefusedException {
        ModelVersion base = require(model, baseCode);
        int n = model.versions().size() + 1;
        while (model.version(base.code() + "-draft-" + n).isPresent()) {
            n++;
        }
        return new ModelVersion(
                base.code() + "-draft-" + n,
                base.title() + "（修订草稿）",
                base.level(),
                base.street(),
                base.allStreets(),
                base.scope(),
                VersionStatus.DRAFT,
                null,
                base.legacySections(),
                base.units(),
                base.dispatchedAgencies());
    }

    /** The model with {@code version} added after the others. */
    public static ReformModel add(ReformModel model, ModelVersion version) {
        List<ModelVersion> versions = new ArrayList<>(model.versions());
        versions.add(version);
        return replaceVersions(model, versions);
    }

    /** The model with {@code version} in place of the version of the same code. */
    public static ReformModel replace(ReformModel model, ModelVersion version) {
        return replaceVersions(
                model,
                model.versions().stream()
                        .map(v -> v.code().equals(version.code()) ? version : v)
                        .toList());
    }

    public static ReformModel replaceVersions(ReformModel m, List<ModelVersion> versions) {
        return new ReformModel(
                m.templateId(),
                m.title(),
                m.sources(),
                m.districtName(),
                m.adcode(),
                m.terminology(),
                m.streets(),
                m.rules(),
                versions);
    }
}
