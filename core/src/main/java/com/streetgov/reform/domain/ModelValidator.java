package com.streetgov.reform.domain;

import com.streetgov.text.Text;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Evaluates a district's rules on its reform model. Every finding names the rule, the place (JSON
 * pointer) and the offending element, as a text rendered in the reader's language (names and codes
 * are the model's own). Errors block submit and filing; warnings (things marked "to be confirmed") do
 * not.
 */
public final class ModelValidator {

    /** Rule codes, stable for tests and for the UI to link help. */
    public static final String UNIQUE = "unique";

    public static final String KIND_ALLOWED = "kind-allowed";
    public static final String REFERENCE = "reference";
    public static final String LEGACY_MAPPED = "legacy-mapped";
    public static final String UNIT_COUNT = "unit-count";
    public static final String ESTABLISHMENT = "establishment-total";
    public static final String EFFECTIVE_DATE = "effective-date";
    public static final String LOCKED = "locked";
    public static final String TO_BE_CONFIRMED = "to-be-confirmed";

    private ModelValidator() {}

    public static List<Finding> validate(ReformModel model) {
        List<Finding> findings = new ArrayList<>();
        unique(model.streets(), StreetProfile::code, "/streets", Text.of("reform.field.streetCode"), t -> t, findings);
        unique(model.streets(), StreetProfile::name, "/streets", Text.of("reform.field.streetName"), t -> t, findings);
        for (int i = 0; i < model.streets().size(); i++) {
            StreetProfile s = model.streets().get(i);
            if (s.tbc()) {
                findings.add(Finding.warning(
                        TO_BE_CONFIRMED, "/streets/" + i, Text.of("reform.finding.streetTbc", s.name())));
            }
        }
        for (int v = 0; v < model.versions().size(); v++) {
            new VersionCheck(model, model.versions().get(v), "/versions/" + v, findings).run();
        }
        return findings;
    }

    public static boolean hasErrors(List<Finding> findings) {
        return findings.stream().anyMatch(Finding::isError);
    }

    /** Each repeated {@code field} value, said {@code where} (as found in a version, or as is). */
    static <T> void unique(
            List<T> items,
            Function<T, String> key,
            String path,
            Text field,
            UnaryOperator<Text> where,
            List<Finding> out) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String value = key.apply(items.get(i));
            if (!seen.add(value)) {
                out.add(Finding.error(
                        UNIQUE, path + "/" + i, where.apply(Text.of("reform.finding.duplicate", field, value))));
            }
        }
    }

    /** The checks of one version. */
    private record VersionCheck(ReformModel model, ModelVersion version, String path, List<Finding> out) {

        /** {@code what}, said of this version: 版本“title”（code）：what. */
        Text where(Text what) {
            return Text.of("reform.finding.inVersion", version.title(), version.code(), what);
        }

        void run() {
            unique(version.units(), Unit::code, path + "/units", Text.of("reform.field.unitCode"), this::where, out);
            unique(version.units(), Unit::name, path + "/units", Text.of("reform.field.unitName"), this::where, out);
            unique(
                    version.legacySections(),
                    LegacySection::code,
                    path + "/legacySections",
                    Text.of("reform.field.legacySectionCode"),
                    this::where,
                    out);
            effectiveDate();
            scope();
            units();
            crosswalk();
            agencies();
            for (String street : coveredStreets()) {
                model.street(street).ifPresent(this::limits);
            }
            locked();
        }

        void effectiveDate() {
            boolean needsDate = version.status() != VersionStatus.DRAFT && version.status() != VersionStatus.SUBMITTED;
            if (needsDate && version.effectiveFrom() == null) {
                out.add(Finding.error(
                        EFFECTIVE_DATE,
                        path + "/effectiveFrom",
                        where(Text.of("reform.finding.effectiveDateMissing"))));
            }
        }

        void scope() {
            if (version.level() == VersionLevel.STREET) {
                if (version.street() == null || model.street(version.street()).isEmpty()) {
                    out.add(Finding.error(
                            REFERENCE,
                            path + "/street",
                            where(Text.of("reform.finding.planStreetMissing", version.street()))));
                }
                return;
            }
            for (int i = 0; i < version.scope().size(); i++) {
                String code = version.scope().get(i);
                if (model.street(code).isEmpty()) {
                    out.add(Finding.error(
                            REFERENCE,
                            path + "/scope/" + i,
                            where(Text.of("reform.finding.scopeStreetMissing", code))));
                }
            }
        }

        List<String> coveredStreets() {
            return model.streets().stream()
                    .map(StreetProfile::code)
                    .filter(version::covers)
                    .toList();
        }

        void units() {
            for (int i = 0; i < version.units().size(); i++) {
                Unit unit = version.units().get(i);
                String at = path + "/units/" + i;
                if (!model.rules().allowedUnitKinds().contains(unit.kind())) {
                    out.add(Finding.error(
                            KIND_ALLOWED,
                            at + "/kind",
                            where(Text.of("reform.finding.kindNotAllowed", unit.name(), term(unit.kind())))));
                }
                if (unit.tbc()) {
                    out.add(Finding.warning(
                            TO_BE_CONFIRMED, at, where(Text.of("reform.finding.unitTbc", unit.name()))));
                }
            }
        }

        void crosswalk() {
            for (int i = 0; i < version.units().size(); i++) {
                Unit unit = version.units().get(i);
                for (int j = 0; j < unit.legacySections().size(); j++) {
                    String code = unit.legacySections().get(j);
                    if (version.legacySections().stream()
                            .noneMatch(l -> l.code().equals(code))) {
                        out.add(Finding.error(
                                REFERENCE,
                                path + "/units/" + i + "/legacySections/" + j,
                                where(Text.of("reform.finding.legacySectionMissing", unit.name(), code))));
                    }
                }
            }
            for (int i = 0; i < version.legacySections().size(); i++) {
                LegacySection section = version.legacySections().get(i);
                String at = path + "/legacySections/" + i;
                if (section.tbc()) {
                    out.add(Finding.warning(
                            TO_BE_CONFIRMED, at, where(Text.of("reform.finding.legacySectionTbc", section.name()))));
                }
                if (version.unmappedLegacySections().contains(section)) {
                    out.add(
                            section.tbc()
                                    ? Finding.warning(
                                            LEGACY_MAPPED,
                                            at,
                                            where(Text.of("reform.finding.legacySectionUnmappedTbc", section.name())))
                                    : Finding.error(
                                            LEGACY_MAPPED,
                                            at,
                                            where(Text.of("reform.finding.legacySectionUnmapped", section.name()))));
                }
            }
        }

        void agencies() {
            for (int i = 0; i < version.dispatchedAgencies().size(); i++) {
                DispatchedAgency agency = version.dispatchedAgencies().get(i);
                if (version.unit(agency.sunkInto()).isEmpty()) {
                    out.add(Finding.error(
                            REFERENCE,
                            path + "/dispatchedAgencies/" + i + "/sunkInto",
                            where(Text.of("reform.finding.agencyUnitMissing", agency.name(), agency.sunkInto()))));
                }
            }
        }

        void limits(StreetProfile street) {
            for (UnitCountLimit limit : model.rules().unitCountLimits()) {
                if (!limit.appliesTo(street)) {
                    continue;
                }
                long count = version.units().stream()
                        .filter(u -> limit.countedKinds().contains(u.kind()))
                        .count();
                boolean tooFew = limit.min() != null && count < limit.min();
                boolean tooMany = limit.max() != null && count > limit.max();
                if (tooFew || tooMany) {
                    out.add(Finding.error(
                            UNIT_COUNT,
                            path + "/units",
                            where(Text.of(
                                    "reform.finding.unitCount", street.name(), count, limit.label(), bounds(limit)))));
                }
            }
            for (Map.Entry<StaffType, Integer> total :
                    model.rules().establishmentTotals().entrySet()) {
                int sum = version.units().stream()
                        .map(u -> u.establishment().get(total.getKey()))
                        .filter(java.util.Objects::nonNull)
                        .mapToInt(Integer::intValue)
                        .sum();
                if (sum > total.getValue()) {
                    out.add(Finding.error(
                            ESTABLISHMENT,
                            path + "/units",
                            where(Text.of(
                                    "reform.finding.establishment",
                                    street.name(),
                                    label(total.getKey()),
                                    sum,
                                    total.getValue()))));
                }
            }
        }

        void locked() {
            if (version.level() != VersionLevel.STREET
                    || model.rules().lockedKinds().isEmpty()) {
                return;
            }
            Optional<ModelVersion> district = model.versions().stream()
                    .filter(v -> v.level() == VersionLevel.DISTRICT && v.covers(version.street()))
                    .reduce((first, second) -> second);
            if (district.isEmpty()) {
                return;
            }
            for (UnitKind kind : model.rules().lockedKinds()) {
                List<String> required = names(district.get(), kind);
                List<String> actual = names(version, kind);
                if (!required.equals(actual)) {
                    out.add(Finding.error(
                            LOCKED,
                            path + "/units",
                            where(Text.of(
                                    "reform.finding.locked",
                                    term(kind),
                                    String.join("、", required),
                                    actual.isEmpty() ? Text.of("reform.finding.noUnits") : String.join("、", actual)))));
                }
            }
        }

        List<String> names(ModelVersion v, UnitKind kind) {
            return v.units().stream()
                    .filter(u -> u.kind() == kind)
                    .map(Unit::name)
                    .sorted()
                    .toList();
        }

        /** The district's own term for a kind of unit (its model's words). */
        String term(UnitKind kind) {
            return model.terminology().getOrDefault(kind, kind.name());
        }

        static Text label(StaffType type) {
            String key = "reform.staffType." + type.name();
            return Text.of(key);
        }

        static Text bounds(UnitCountLimit limit) {
            if (limit.min() != null && limit.max() != null) {
                return limit.min().equals(limit.max())
                        ? Text.of("reform.bounds.exactly", limit.min())
                        : Text.of("reform.bounds.between", limit.min(), limit.max());
            }
            return limit.max() != null
                    ? Text.of("reform.bounds.atMost", limit.max())
                    : Text.of("reform.bounds.atLeast", limit.min());
        }
    }
}
