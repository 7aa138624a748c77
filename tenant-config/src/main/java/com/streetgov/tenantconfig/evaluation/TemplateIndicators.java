package com.streetgov.tenantconfig.evaluation;

import com.streetgov.evaluation.domain.EvaluationModel;
import com.streetgov.text.RefusedException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The indicator systems the product ships ({@code templates/<id>.indicators.json}): Xicheng's
 * 3 × 4 × 41 shape, a minimal one and Luohu's. Tested to read and validate without errors, so a
 * failure here is a defect.
 */
public final class TemplateIndicators {

    /** The templates, by id. */
    public static final List<String> IDS = List.of("xicheng", "luohu", "minimal");

    private TemplateIndicators() {}

    public static EvaluationModel load(String id) {
        if (!IDS.contains(id)) {
            throw new IllegalArgumentException("no indicator template " + id);
        }
        try {
            return IndicatorFile.read(text(id));
        } catch (RefusedException e) {
            throw new IllegalStateException("indicator template " + id + " does not read: " + e.getMessage(), e);
        }
    }

    /** The file as shipped. */
    public static String text(String id) {
        try (InputStream in = TemplateIndicators.class.getResourceAsStream(
                "/com/streetgov/tenantconfig/templates/" + id + ".indicators.json")) {
            if (in == null) {
                throw new IllegalStateException("indicator template missing: " + id);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
