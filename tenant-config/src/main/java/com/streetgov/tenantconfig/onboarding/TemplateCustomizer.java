package com.streetgov.tenantconfig.onboarding;

import com.streetgov.reform.domain.ModelVersion;
import com.streetgov.reform.domain.ReformModel;
import com.streetgov.reform.domain.StreetKind;
import com.streetgov.reform.domain.StreetProfile;
import com.streetgov.reform.domain.UnitKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Makes a template a district's own model: its name, its streets, its terms. A street whose name the
 * template knows keeps the template's profile; a new name becomes an urban street to be profiled.
 * Versions scoped to particular streets keep only the streets that remain, and are dropped if none do.
 */
final class TemplateCustomizer {

    private TemplateCustomizer() {}

    static ReformModel customize(ReformModel template, OnboardingRequest request) {
        List<StreetProfile> streets =
                request.streets().isEmpty() ? template.streets() : streets(template, request.streets());
        List<String> codes = streets.stream().map(StreetProfile::code).toList();
        List<ModelVersion> versions = new ArrayList<>();
        for (ModelVersion v : template.versions()) {
            if (v.allStreets()) {
                versions.add(v);
                continue;
            }
            List<String> scope = v.scope().stream().filter(codes::contains).toList();
            boolean streetPlanKept = v.street() == null || codes.contains(v.street());
            if ((!scope.isEmpty() || v.street() != null) && streetPlanKept) {
                versions.add(new ModelVersion(
                        v.code(),
                        v.title(),
                        v.level(),
                        v.street(),
                        false,
                        scope,
                        v.status(),
                        v.effectiveFrom(),
                        v.legacySections(),
                        v.units(),
                        v.dispatchedAgencies()));
            }
        }
        Map<UnitKind, String> terms = new EnumMap<>(UnitKind.class);
        terms.putAll(template.terminology());
        request.terminology().forEach((kind, term) -> {
            if (term != null && !term.isBlank()) {
                terms.put(kind, term.strip());
            }
        });
        return new ReformModel(
                template.templateId(),
                request.districtName() + "：" + template.title(),
                template.sources(),
                request.districtName(),
                request.adcode(),
                terms,
                streets,
                template.rules(),
                versions);
    }

    private static List<StreetProfile> streets(ReformModel template, List<String> names) {
        List<StreetProfile> streets = new ArrayList<>();
        int n = 0;
        for (String name : names) {
            n++;
            Optional<StreetProfile> known = template.streets().stream()
                    .filter(s -> s.name().equals(name))
                    .findFirst();
            streets.add(known.orElse(new StreetProfile(
                    "street-" + n,
                    name,
                    StreetKind.URBAN,
                    template.streets().isEmpty()
                            ? null
                            : template.streets().get(0).zone(),
                    null,
                    null,
                    null,
                    false)));
        }
        return streets;
    }
}
