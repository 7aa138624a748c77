package com.streetgov.assessment.domain;

import com.streetgov.text.Text;
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

    /**
     * What is wrong with this version, each text starting with the field it names ({@link Findings});
     * empty when it may be saved.
     */
    public List<Text> findings() {
        List<Text> findings = new ArrayList<>();
        if (version == null || version.isBlank() || version.length() > 32) {
            findings.add(Text.of("assessment.rules.version"));
        }
        if (effectiveFrom == null) {
            findings.add(Text.of("assessment.rules.effectiveFrom"));
        }
        if (periodStartDay < 1 || periodStartDay > 28) {
            findings.add(Text.of("assessment.rules.periodStartDay"));
        }
        if (denominator == null) {
            findings.add(Text.of("assessment.rules.denominator"));
        }
        if (basicWeight == null || basicWeight.signum() < 0 || basicWeight.compareTo(BigDecimal.ONE) > 0) {
            findings.add(Text.of("assessment.rules.basicWeight"));
        }
        List<BigDecimal> weights = new ArrayList<>();
        weights.add(weightResponse);
        weights.add(weightResolution);
        weights.add(weightSatisfaction);
        if (weights.stream().anyMatch(w -> w == null || w.signum() < 0)) {
            findings.add(Text.of("assessment.rules.weightsMissing"));
        } else if (weightResponse.add(weightResolution).add(weightSatisfaction).compareTo(new BigDecimal("100")) != 0) {
            findings.add(Text.of("assessment.rules.weightsSum"));
        }
        if (minValidVisits < 0) {
            findings.add(Text.of("assessment.rules.minValidVisits"));
        }
        Set<String> codes = new HashSet<>();
        for (ExclusionKind kind : exclusionKinds) {
            if (kind.code() == null
                    || kind.code().isBlank()
                    || kind.name() == null
                    || kind.name().isBlank()) {
                findings.add(Text.of("assessment.rules.exclusionKindIncomplete"));
            } else if (!codes.add(kind.code())) {
                findings.add(Text.of("assessment.rules.exclusionKindRepeated", kind.code()));
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
