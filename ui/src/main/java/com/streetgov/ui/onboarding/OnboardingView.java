package com.streetgov.ui.onboarding;

import com.streetgov.onboarding.application.IdentityDirectory.DistrictAdmin;
import com.streetgov.reform.domain.ReformModel;
import com.streetgov.reform.domain.StreetProfile;
import com.streetgov.reform.domain.UnitKind;
import com.streetgov.tenantconfig.format.Templates;
import com.streetgov.tenantconfig.onboarding.DistrictOnboarding;
import com.streetgov.tenantconfig.onboarding.OnboardingRequest;
import com.streetgov.ui.security.Role;
import com.streetgov.ui.shell.MainLayout;
import com.streetgov.ui.shell.RoleAccessControl;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Vendor screen: a new district from a template in one step, with its own name, streets and terms for
 * unit kinds, and its first administrator.
 */
@Route(value = "vendor/onboard", layout = MainLayout.class)
@RolesAllowed(Role.VENDOR_OPERATOR)
public class OnboardingView extends VerticalLayout implements HasDynamicTitle {

    private static final Map<UnitKind, String> KIND_LABELS = Map.of(
            UnitKind.DEPARTMENT, "部门类单位（部）",
            UnitKind.OFFICE, "办公室类单位（办）",
            UnitKind.CENTER, "中心类单位（事业单位）",
            UnitKind.TEAM, "执法队类单位（队）",
            UnitKind.COMMISSION, "委员会类单位（委）");

    private final Select<String> template = new Select<>();
    private final TextField code = new TextField("区代码（英文小写）");
    private final TextField name = new TextField("区名称");
    private final TextField adcode = new TextField("行政区划代码");
    private final TextArea streets = new TextArea("街道（每行一个）");
    private final Map<UnitKind, TextField> terms = new EnumMap<>(UnitKind.class);
    private final TextField adminUser = new TextField("管理员用户名");
    private final TextField adminFamily = new TextField("管理员姓");
    private final TextField adminGiven = new TextField("管理员名");
    private final PasswordField adminPassword = new PasswordField("初始密码（至少8位）");
    private final Paragraph result = new Paragraph();

    @Inject
    public OnboardingView(DistrictOnboarding onboarding, RoleAccessControl access) {
        template.setLabel("模板");
        template.setId("onboard-template");
        template.setItems(Templates.IDS);
        template.setItemLabelGenerator(id ->
                Templates.load(id).districtName() + "模板：" + Templates.load(id).title());
        template.addValueChangeListener(e -> fillFrom(Templates.load(e.getValue())));
        code.setId("onboard-code");
        name.setId("onboard-name");
        adcode.setId("onboard-adcode");
        streets.setId("onboard-streets");
        adminUser.setId("onboard-admin-user");
        adminFamily.setId("onboard-admin-family");
        adminGiven.setId("onboard-admin-given");
        adminPassword.setId("onboard-admin-password");
        result.setId("onboard-result");
        FormLayout form = new FormLayout(template, code, name, adcode, streets);
        for (UnitKind kind : UnitKind.values()) {
            TextField term = new TextField(KIND_LABELS.get(kind) + "的称谓");
            term.setId("onboard-term-" + kind.name().toLowerCase());
            terms.put(kind, term);
            form.add(term);
        }
        form.add(adminUser, adminFamily, adminGiven, adminPassword);
        form.setColspan(streets, 2);
        Button create = new Button("开通新区", e -> {
            OnboardingRequest request = new OnboardingRequest(
                    template.getValue(),
                    code.getValue().strip(),
                    name.getValue().strip(),
                    adcode.getValue().strip(),
                    lines(streets.getValue()),
                    termValues(),
                    new DistrictAdmin(
                            adminUser.getValue().strip(),
                            adminFamily.getValue().strip(),
                            adminGiven.getValue().strip(),
                            adminPassword.getValue()));
            try {
                ReformModel model = onboarding.onboard(request, access.user().username());
                result.removeAll();
                result.setText("已开通" + model.districtName() + "："
                        + model.streets().size() + "个街道，管理员 " + request.admin().username() + " 可以登录。");
                result.getStyle().set("color", "var(--lumo-success-text-color)");
                result.add(new Anchor("districts/" + request.districtId(), " 查看"));
            } catch (DistrictOnboarding.RefusedException ex) {
                result.setText("未开通：" + ex.getMessage());
                result.getStyle().set("color", "var(--lumo-error-text-color)");
            }
        });
        create.setId("onboard-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2("开通新区"), form, create, result);
        template.setValue(Templates.IDS.get(0));
    }

    private void fillFrom(ReformModel model) {
        streets.setValue(model.streets().stream().map(StreetProfile::name).collect(Collectors.joining("\n")));
        terms.forEach((kind, field) -> field.setValue(model.terminology().getOrDefault(kind, "")));
    }

    private Map<UnitKind, String> termValues() {
        Map<UnitKind, String> values = new EnumMap<>(UnitKind.class);
        terms.forEach((kind, field) -> values.put(kind, field.getValue()));
        return values;
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\\R"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .distinct()
                .toList();
    }

    @Override
    public String getPageTitle() {
        return "开通新区";
    }
}
