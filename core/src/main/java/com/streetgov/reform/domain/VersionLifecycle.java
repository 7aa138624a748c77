package com.streetgov.reform.domain;

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

    /** Why a transition was refused: a Chinese message, plus the findings that block it. */
    public static final class RefusedException extends Exception {
        private final transient List<Finding> blocking;

        public RefusedException(String message, List<Finding> blocking) {
            super(message);
            this.blocking = List.copyOf(blocking);
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
            throw new RefusedException("备案需要确定生效日期", List.of());
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
                    "版本“" + version.title() + "”当前状态为" + StatusLabels.of(version.status()) + "，不能转为"
                            + StatusLabels.of(to),
                    List.of());
        }
        ReformModel moved = replace(model, version.withStatus(to, date));
        List<Finding> errors =
                ModelValidator.validate(moved).stream().filter(Finding::isError).toList();
        if (!errors.isEmpty()) {
            throw new RefusedException("模型有" + errors.size() + "处错误，须先改正", errors);
        }
        return moved;
    }

    private static ModelVersion require(ReformModel model, String versionCode) throws RefusedException {
        return model.version(versionCode)
                .orElseThrow(() -> new RefusedException("没有版本“" + versionCode + "”", List.of()));
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
