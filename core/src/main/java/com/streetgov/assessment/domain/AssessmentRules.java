package com.streetgov.assessment.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One version of a district's assessment rules: the period, the denominator, the weight of a
 * basically-satisfied rating, the composite's weights (percent, adding up to 100), the minimum of
 * valid visits to be ranked, and the kinds of exclusion a request may name. A version applies to the
 * periods starting on or after {@code effectiveFrom} until the next version's.
 *
 * <p>Invariants (see {@link #findings()}): weights add up to 100 and none is negative; the
 * basically-satisfied weight is between 0 and 1; the start day is 1 to 28; exclusion codes are unique.
 */
public record AssessmentRules(
        String version,
        LocalDate effectiveFrom,
        int periodStartDay,
        Denominator denominator,
        BigDecimal basicWeight,
        BigDecimal weightResponse,
        BigDecimal weightResolution,
        BigDecimal weightSatisfaction,
        int minValidVisits,
        List<ExclusionKind> exclusionKinds) {

    /** The kinds of Art. 11 of Beijing's 接诉即办 regulation. */
    public static final List<ExclusionKind> ARTICLE_11 = List.of(
            new ExclusionKind("EMERGENCY", "紧急事项（已转110/119/120/122）"),
            new ExclusionKind("LITIGATION", "涉诉、仲裁、纪检、复议、信访等法定途径"),
            new ExclusionKind("REPEAT", "重复诉求且无新情况"),
            new ExclusionKind("OUT_OF_DUTY", "不属于职责范围"),
            new ExclusionKind("UNLAWFUL", "违反法律法规或公序良俗的诉求"));

    public AssessmentRules {
        exclusionKinds = List.copyOf(exclusionKinds);
    }

    /**
     * The defaults one Beijing district publishes: calendar month, valid visits, 0.9 for basically
     * satisfied, composite 10 / 50 / 40, at least 30 valid visits to be ranked.
     */
    public static AssessmentRules defaults(LocalDate effectiveFrom) {
        return new AssessmentRules(
                "默认",
                effectiveFrom,
                1,
                Denominator.VALID_VISITS,
                new BigDecimal("0.9"),
                new BigDecimal("10"),
                new BigDecimal("50"),
                new BigDecimal("40"),
                30,
                ARTICLE_11);
    }

    /** What is wrong with this version, in Chinese, each naming the field; empty when it may be saved. */
    public List<String> findings() {
        List<String> findings = new ArrayList<>();
        if (version == null || version.isBlank() || version.length() > 32) {
            findings.add("version（版本）必填，不超过32个字符");
        }
        if (effectiveFrom == null) {
            findings.add("effectiveFrom（生效日期）必填");
        }
        if (periodStartDay < 1 || periodStartDay > 28) {
            findings.add("periodStartDay（考核周期起始日）应为1到28");
        }
        if (denominator == null) {
            findings.add("denominator（分母）必填");
        }
        if (basicWeight == null || basicWeight.signum() < 0 || basicWeight.compareTo(BigDecimal.ONE) > 0) {
            findings.add("basicWeight（基本满意权重）应在0到1之间");
        }
        List<BigDecimal> weights = new ArrayList<>();
        weights.add(weightResponse);
        weights.add(weightResolution);
        weights.add(weightSatisfaction);
        if (weights.stream().anyMatch(w -> w == null || w.signum() < 0)) {
            findings.add("weights（综合成绩权重）不能为空或为负数");
        } else if (weightResponse.add(weightResolution).add(weightSatisfaction).compareTo(new BigDecimal("100")) != 0) {
            findings.add("weights（综合成绩权重）响应率、解决率、满意率权重之和应为100");
        }
        if (minValidVisits < 0) {
            findings.add("minValidVisits（参与排名的最少有效回访数）不能为负数");
        }
        Set<String> codes = new HashSet<>();
        for (ExclusionKind kind : exclusionKinds) {
            if (kind.code() == null
                    || kind.code().isBlank()
                    || kind.name() == null
                    || kind.name().isBlank()) {
                findings.add("exclusionKinds（不计入考核的情形）每项须有代码和名称");
            } else if (!codes.add(kind.code())) {
                findings.add("exclusionKinds（不计入考核的情形）代码重复：" + kind.code());
            }
        }
        return findings;
    }

    public boolean hasExclusionKind(String code) {
        return exclusionKinds.stream().anyMatch(k -> k.code().equals(code));
    }

    /** The period a day belongs to under these rules. */
    public Period periodOf(LocalDate day) {
        return Period.containing(day, periodStartDay);
    }
}
