package com.streetgov.tenantconfig.onboarding;

import com.streetgov.onboarding.application.IdentityDirectory.DistrictAdmin;
import com.streetgov.reform.domain.UnitKind;
import java.util.List;
import java.util.Map;

/**
 * What a vendor operator asks for: a district made from {@code templateId}, named {@code districtName},
 * with these streets (empty: the template's) and these terms for unit kinds (missing: the template's).
 */
public record OnboardingRequest(
        String templateId,
        String districtId,
        String districtName,
        String adcode,
        List<String> streets,
        Map<UnitKind, String> terminology,
        DistrictAdmin admin) {

    public OnboardingRequest {
        streets = List.copyOf(streets);
        terminology = Map.copyOf(terminology);
    }
}
