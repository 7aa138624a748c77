package com.streetgov.assessment.domain;

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

    /** What is wrong with this baseline, in Chinese, each naming the field; empty when it may be saved. */
    public List<String> findings() {
        List<String> findings = new ArrayList<>();
        if (label == null || label.isBlank() || label.length() > 100) {
            findings.add("label（基线名称）必填，不超过100个字符");
        }
        rate("response（响应率）", response, findings);
        rate("resolution（解决率）", resolution, findings);
        rate("satisfaction（满意率）", satisfaction, findings);
        if (response == null && resolution == null && satisfaction == null) {
            findings.add("rates（基线比率）至少填写一项");
        }
        if (source != null && source.length() > 500) {
            findings.add("source（来源）不超过500个字符");
        }
        return findings;
    }

    private static void rate(String field, BigDecimal rate, List<String> findings) {
        if (rate != null && (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0 || rate.scale() > 4)) {
            findings.add(field + "应在0到1之间，最多4位小数");
        }
    }
}
