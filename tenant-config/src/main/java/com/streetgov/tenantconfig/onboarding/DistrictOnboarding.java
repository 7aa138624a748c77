package com.streetgov.tenantconfig.onboarding;

import com.streetgov.onboarding.application.IdentityDirectory;
import com.streetgov.onboarding.application.IdentityDirectory.Created;
import com.streetgov.organisation.domain.DistrictRepository;
import com.streetgov.reform.domain.Finding;
import com.streetgov.reform.domain.ModelValidator;
import com.streetgov.reform.domain.ReformModel;
import com.streetgov.reform.domain.StreetProfile;
import com.streetgov.tenancy.DistrictId;
import com.streetgov.tenantconfig.format.Templates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Creates a working district from a template in one step. Checks first (id free and well formed, name
 * given, the customised model free of rule errors), then Keycloak (organization, street groups, first
 * administrator), then the database in one transaction; if the database step fails, what Keycloak holds
 * is removed again.
 */
@ApplicationScoped
public class DistrictOnboarding {

    private static final Logger LOG = Logger.getLogger(DistrictOnboarding.class.getName());

    /** Why onboarding was refused, in Chinese; nothing was created. */
    public static class RefusedException extends Exception {
        public RefusedException(String message) {
            super(message);
        }
    }

    @Inject
    IdentityDirectory identity;

    @Inject
    OnboardingStore store;

    @Inject
    DistrictRepository districts;

    /** The model the request would create, for preview and validation. */
    public ReformModel preview(OnboardingRequest request) {
        return TemplateCustomizer.customize(Templates.load(request.templateId()), request);
    }

    public ReformModel onboard(OnboardingRequest request, String actor) throws RefusedException {
        List<String> problems = new ArrayList<>();
        DistrictId id = null;
        try {
            id = DistrictId.of(
                    request.districtId() == null ? "" : request.districtId().strip());
        } catch (IllegalArgumentException e) {
            problems.add("区代码只能用小写字母开头，由小写字母、数字和“-”组成，2至32个字符");
        }
        if (id != null && districts.find(id).isPresent()) {
            problems.add("区代码“" + id + "”已被使用");
        }
        if (request.districtName() == null || request.districtName().isBlank()) {
            problems.add("请填写区名称");
        }
        if (!Templates.IDS.contains(request.templateId())) {
            problems.add("没有模板“" + request.templateId() + "”");
        }
        if (request.admin().username() == null || !request.admin().username().matches("[a-z0-9][a-z0-9._-]{2,40}")) {
            problems.add("管理员用户名只能由小写字母、数字、“.”“_”“-”组成，3至41个字符");
        }
        if (request.admin().password() == null || request.admin().password().length() < 8) {
            problems.add("初始密码至少8位");
        }
        if (!problems.isEmpty()) {
            throw new RefusedException(String.join("；", problems));
        }
        ReformModel model = preview(request);
        List<Finding> errors =
                ModelValidator.validate(model).stream().filter(Finding::isError).toList();
        if (!errors.isEmpty()) {
            throw new RefusedException("按此设置生成的改革模型有错误：" + errors.get(0).message());
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
            throw new RefusedException("在 Keycloak 中开通失败：" + e.getMessage());
        }
        try {
            store.store(request, model, actor);
        } catch (RuntimeException e) {
            identity.remove(created);
            throw new RefusedException("保存新区失败，已撤销 Keycloak 中的开通：" + e.getMessage());
        }
        LOG.info(
                () -> actor + " onboarded district " + request.districtId() + " from template " + request.templateId());
        return model;
    }
}
