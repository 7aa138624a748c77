package com.streetgov.assessment.application;

import com.streetgov.assessment.domain.AssessmentRules;
import java.util.Optional;

/**
 * The assessment rules a district's seed template carries (implemented where the templates live,
 * tenant-config); {@link ResultsService} falls back to them while a district has saved no version.
 */
public interface RulesTemplates {

    /** The template rules of the template named like {@code districtId}, if there is one. */
    Optional<AssessmentRules> rules(String districtId);
}
