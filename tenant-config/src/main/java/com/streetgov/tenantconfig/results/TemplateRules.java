package com.streetgov.tenantconfig.results;

import com.streetgov.assessment.application.RulesTemplates;
import com.streetgov.assessment.domain.AssessmentRules;
import com.streetgov.tenantconfig.format.ModelFileException;
import com.streetgov.tenantconfig.format.RulesFile;
import com.streetgov.tenantconfig.format.Templates;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The assessment rules each seed template ships ({@code templates/<id>.rules.json}), read once; they
 * are tested to read without errors, so a failure here is a defect. Installed as version "模板" at
 * demo seeding, and the fallback of a district that has saved no version.
 */
@ApplicationScoped
public class TemplateRules implements RulesTemplates {

    private static final Map<String, RulesFile.Read> LOADED = new ConcurrentHashMap<>();

    @Override
    public Optional<AssessmentRules> rules(String districtId) {
        return Templates.IDS.contains(districtId) ? Optional.of(load(districtId).rules()) : Optional.empty();
    }

    /** The template's rules with its note. */
    public static RulesFile.Read load(String id) {
        if (!Templates.IDS.contains(id)) {
            throw new IllegalArgumentException("no template " + id);
        }
        return LOADED.computeIfAbsent(id, TemplateRules::read);
    }

    /** The file as shipped. */
    public static String text(String id) {
        try (InputStream in = TemplateRules.class.getResourceAsStream(
                "/com/streetgov/tenantconfig/templates/" + id + ".rules.json")) {
            if (in == null) {
                throw new IllegalStateException("template rules file missing: " + id);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RulesFile.Read read(String id) {
        try {
            return RulesFile.read(text(id));
        } catch (ModelFileException e) {
            throw new IllegalStateException("template rules " + id + " do not read:\n" + e.getMessage(), e);
        }
    }
}
