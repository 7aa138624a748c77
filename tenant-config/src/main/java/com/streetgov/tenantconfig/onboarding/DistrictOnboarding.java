package com.streetgov.tenantconfig.onboarding;

import com.streetgov.onboarding.application.IdentityDirectory;
import com.streetgov.onboarding.application.IdentityDirectory.Created;
import com.streetgov.organisation.application.DistrictProvisioning;
import com.streetgov.organisation.application.DistrictProvisioning.DistrictSpec;
import com.streetgov.organisation.domain.DistrictRepository;
import com.streetgov.reform.domain.Finding;
import com.streetgov.reform.domain.ModelValidator;
import com.streetgov.reform.domain.ReformModel;
import com.streetgov.reform.domain.StreetProfile;
import com.streetgov.tenancy.DistrictId;
import com.streetgov.tenancy.ShardDirectory;
import com.streetgov.tenantconfig.format.Templates;
import com.streetgov.text.RefusedException;
import com.streetgov.text.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Creates a working district from a template in one step. Checks first (id free and well formed, name
 * given, the customised model free of rule errors), then Keycloak (organization, street groups, first
 * administrator), then the database in one transaction; if the database step fails, what Keycloak holds
 * is removed again. A refusal says why (every problem of the request at once); nothing was created.
 */
@ApplicationScoped
public class DistrictOnboarding {

    private static final Logger LOG = Logger.getLogger(DistrictOnboarding.class.getName());

    @Inject
    IdentityDirectory identity;

    @Inject
    OnboardingStore store;

    @Inject
    DistrictRepository districts;

    @Inject
    DistrictProvisioning provisioning;

    @Inject
    ShardDirectory shards;

    /** The model the request would create, for preview and validation. */
    public ReformModel preview(OnboardingRequest request) {
        return TemplateCustomizer.customize(Templates.load(request.templateId()), request);
    }

    public ReformModel onboard(OnboardingRequest request, String actor) throws RefusedException {
        return onboard(request, null, actor);
    }

    /**
     * Onboards onto {@code shard} (null: the shard with the fewest districts, DD039). The district is
     * placed in the shard directory before its rows are written there, and unplaced if that fails.
     */
    public ReformModel onboard(OnboardingRequest request, String shard, String actor) throws RefusedException {
        List<Text> problems = new ArrayList<>();
        DistrictId id = null;
        try {
            id = DistrictId.of(
                    request.districtId() == null ? "" : request.districtId().strip());
        } catch (IllegalArgumentException e) {
            problems.add(Text.of("onboarding.districtIdInvalid"));
        }
        if (id != null && districts.find(id).isPresent()) {
            problems.add(Text.of("onboarding.districtIdTaken", id));
        }
        if (request.districtName() == null || request.districtName().isBlank()) {
            problems.add(Text.of("onboarding.districtNameMissing"));
        }
        if (request.templateId() == null || !Templates.IDS.contains(request.templateId())) {
            problems.add(Text.of("onboarding.templateUnknown", request.templateId()));
        }
        if (request.admin().username() == null || !request.admin().username().matches("[a-z0-9][a-z0-9._-]{2,40}")) {
            problems.add(Text.of("onboarding.adminUsernameInvalid"));
        }
        if (request.admin().password() == null || request.admin().password().length() < 8) {
            problems.add(Text.of("onboarding.passwordTooShort"));
        }
        if (!problems.isEmpty()) {
            throw new RefusedException(joined(problems));
        }
        ReformModel model = preview(request);
        List<Finding> errors =
                ModelValidator.validate(model).stream().filter(Finding::isError).toList();
        if (!errors.isEmpty()) {
            throw new RefusedException(
                    "onboarding.modelHasErrors", errors.get(0).message());
        }
        Created created;
        try {
            created = identity.createDistrict(
                    id.value(),
                    request.districtName(),
                    request.adcode(),
                    model.streets().stream().map(StreetProfile::name).toList(),
                    request.admin());
        } catch (IdentityDirectory.DirectoryException e) {
            throw new RefusedException("onboarding.keycloakFailed", e.text());
        }
        DistrictSpec spec = new DistrictSpec(
                id.value(),
                request.districtName(),
                request.adcode(),
                model.streets().stream().map(StreetProfile::name).toList());
        String placed;
        try {
            placed = provisioning.place(spec, shard);
            store.store(request, model, actor);
        } catch (RuntimeException e) {
            identity.remove(created);
            try {
                provisioning.unplace(id);
            } catch (RuntimeException again) {
                LOG.log(Level.WARNING, "cannot unplace " + id + " after a failed onboarding", again);
            }
            throw new RefusedException("onboarding.storeFailed", e.getMessage());
        }
        LOG.info(() -> actor + " onboarded district " + request.districtId() + " from template " + request.templateId()
                + " onto shard " + placed);
        return model;
    }

    /** The shard a district's rows live on (DD039). */
    public String shardOf(String districtId) {
        return shards.placement(DistrictId.of(districtId)).shard();
    }

    /** The problems, one after the other (“；” between them in Chinese). */
    private static Text joined(List<Text> problems) {
        Text all = problems.get(0);
        for (Text next : problems.subList(1, problems.size())) {
            all = Text.of("text.joined", all, next);
        }
        return all;
    }
}
