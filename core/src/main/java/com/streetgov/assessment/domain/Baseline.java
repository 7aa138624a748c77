package com.streetgov.assessment.domain;

import com.streetgov.text.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A district's rates before the reform, as its source publishes them (e.g. Xicheng 解决率 39.17 %,
 * 满意率 65.76 %): a label ("改革前（2018年）"), the rates as fractions 0 … 1 (null where the source
 * gives none) and the source. Invariant (see {@link #findings()}): label given, every rate within 0 … 1.
 */
public record Baseline(
        String label, BigDecimal response, BigDecimal resolution, BigDecimal satisfaction, String source) {

    /**
     * What is wrong with this baseline, each text starting with the field it names ({@link Findings});
     * empty when it may be saved.
     */
    public List<Text> findings() {
        List<Text> findings = new ArrayList<>();
        if (label == null || label.isBlank() || label.length() > 100) {
            findings.add(Text.of("assessment.baseline.label"));
        }
        rate(response, "assessment.baseline.response", findings);
        rate(resolution, "assessment.baseline.resolution", findings);
        rate(satisfaction, "assessment.baseline.satisfaction", findings);
        if (response == null && resolution == null && satisfaction == null) {
            findings.add(Text.of("assessment.baseline.rates"));
        }
        if (source != null && source.length() > 500) {
            findings.add(Text.of("assessment.baseline.source"));
        }
        return findings;
    }

    /** A rate within 0 … 1 with at most 4 decimals, else the finding of {@code key}. */
    private static void rate(BigDecimal rate, String key, List<Text> findings) {
        if (rate != null && (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0 || rate.scale() > 4)) {
            findings.add(Text.of(key));
        }
    }
}
