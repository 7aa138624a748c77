package com.streetgov.reform.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Evaluates a district's rules on its reform model. Every finding names the rule, the place (JSON
 * pointer) and the offending element, in Chinese. Errors block submit and filing; warnings (things
 * marked "to be confirmed") do not.
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
        unique(model.streets(), StreetProfile::code, "/streets", "街道代码", findings);
        unique(model.streets(), StreetProfile::name, "/streets", "街道名称", findings);
        for (int i = 0; i < model.streets().size(); i++) {
            StreetProfile s = model.streets().get(i);
            if (s.tbc()) {
                findings.add(Finding.warning(TO_BE_CONFIRMED, "/streets/" + i, "街道“" + s.name() + "”在资料中未具名，待确认"));
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

    static <T> void unique(List<T> items, Function<T, String> key, String path, String what, List<Finding> out) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String value = key.apply(items.get(i));
            if (!seen.add(value)) {
                out.add(Finding.error(UNIQUE, path + "/" + i, what + "“" + value + "”重复"));
            }
        }
    }

    /** The checks of one version. */
    private record VersionCheck(ReformModel model, ModelVersion version, String path, List<Finding> out) {

        String where() {
            return "版本“" + version.title() + "”（" + version.code() + "）";
        }

        void run() {
            unique(version.units(), Unit::code, path + "/units", where() + "：单位代码", out);
            unique(version.units(), Unit::name, path + "/units", where() + "：单位名称", out);
            unique(version.legacySections(), LegacySection::code, path + "/legacySections", where() + "：原科室代码", out);
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
                out.add(Finding.error(EFFECTIVE_DATE, path + "/effectiveFrom", where() + "：已备案或生效的版本必须有生效日期"));
            }
        }

        void scope() {
            if (version.level() == VersionLevel.STREET) {
                if (version.street() == null || model.street(version.street()).isEmpty()) {
                    out.add(Finding.error(
                            REFERENCE, path + "/street", where() + "：街道方案所属街道“" + version.street() + "”不存在"));
                }
                return;
            }
            for (int i = 0; i < version.scope().size(); i++) {
                String code = version.scope().get(i);
                if (model.street(code).isEmpty()) {
                    out.add(Finding.error(REFERENCE, path + "/scope/" + i, where() + "：适用范围中的街道“" + code + "”不存在"));
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
                            where() + "：单位“" + unit.name() + "”的类型" + label(unit.kind()) + "不在本区允许的类型之内"));
                }
                if (unit.tbc()) {
                    out.add(Finding.warning(TO_BE_CONFIRMED, at, where() + "：单位“" + unit.name() + "”待确认"));
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
                                where() + "：单位“" + unit.name() + "”引用的原科室“" + code + "”不存在"));
                    }
                }
            }
            for (int i = 0; i < version.legacySections().size(); i++) {
                LegacySection section = version.legacySections().get(i);
                String at = path + "/legacySections/" + i;
                if (section.tbc()) {
                    out.add(Finding.warning(TO_BE_CONFIRMED, at, where() + "：原科室“" + section.name() + "”待确认"));
                }
                if (version.unmappedLegacySections().contains(section)) {
                    String message = where() + "：原科室“" + section.name() + "”未划入任何新单位";
                    out.add(
                            section.tbc()
                                    ? Finding.warning(LEGACY_MAPPED, at, message + "（待确认）")
                                    : Finding.error(LEGACY_MAPPED, at, message));
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
                            where() + "：派出机构“" + agency.name() + "”下沉的单位“" + agency.sunkInto() + "”不存在"));
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
                            where() + "：" + street.name() + "计入限额的单位有" + count + "个，不符合“" + limit.label() + "”（"
                                    + bounds(limit) + "）"));
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
                            where() + "：" + street.name() + "的" + label(total.getKey()) + "编制合计" + sum + "名，超过区定总额"
                                    + total.getValue() + "名"));
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
                            where() + "：区里锁定了" + label(kind) + "的数量和名称（应为" + String.join("、", required) + "），街道方案为"
                                    + (actual.isEmpty() ? "无" : String.join("、", actual))));
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

        String label(UnitKind kind) {
            return "“" + model.terminology().getOrDefault(kind, kind.name()) + "”";
        }

        static String label(StaffType type) {
            return switch (type) {
                case ADMINISTRATIVE -> "行政";
                case PUBLIC_INSTITUTION -> "事业";
                case ENFORCEMENT -> "执法";
            };
        }

        static String bounds(UnitCountLimit limit) {
            if (limit.min() != null && limit.max() != null) {
                return limit.min().equals(limit.max())
                        ? "应为" + limit.min() + "个"
                        : limit.min() + "至" + limit.max() + "个";
            }
            return limit.max() != null ? "至多" + limit.max() + "个" : "至少" + limit.min() + "个";
        }
    }
}
