package com.streetgov.tenantconfig.onboarding;

import com.streetgov.organisation.application.DistrictProvisioning;
import com.streetgov.organisation.application.DistrictProvisioning.DistrictSpec;
import com.streetgov.reform.application.ReformModelService;
import com.streetgov.reform.domain.ReformModel;
import com.streetgov.reform.domain.StreetProfile;
import com.streetgov.tenancy.DistrictId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** The database side of onboarding, in one transaction: district, streets and reform model. */
@ApplicationScoped
public class OnboardingStore {

    @Inject
    DistrictProvisioning provisioning;

    @Inject
    ReformModelService reformModels;

    @Transactional
    public void store(OnboardingRequest request, ReformModel model, String actor) {
        provisioning.ensure(new DistrictSpec(
                request.districtId(),
                request.districtName(),
                request.adcode(),
                model.streets().stream().map(StreetProfile::name).toList()));
        reformModels.installIfAbsent(
                DistrictId.of(request.districtId()), model, actor, "由模板“" + request.templateId() + "”开通");
    }
}
