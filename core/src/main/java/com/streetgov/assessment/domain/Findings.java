package com.streetgov.assessment.domain;

import com.streetgov.text.RefusedException;
import com.streetgov.text.Text;
import java.util.List;

/**
 * What is wrong with rules, a baseline or a theme choice: each finding a {@link Text} whose sentence
 * starts with the field it names ({@code weights（综合成绩权重）…}, in English {@code weights: …}), so a
 * form can put it next to that field; refused together, joined ("…；…" in Chinese, "…; …" in English).
 */
public final class Findings {

    private Findings() {}

    /** Refuses with every finding joined; nothing when there are none. */
    public static void refuse(List<Text> findings) throws RefusedException {
        if (!findings.isEmpty()) {
            throw new RefusedException(joined(findings));
        }
    }

    /** The findings as one text, each joined to the next with {@code text.joined}. */
    public static Text joined(List<Text> findings) {
        return findings.stream().reduce((a, b) -> Text.of("text.joined", a, b)).orElseThrow();
    }
}
