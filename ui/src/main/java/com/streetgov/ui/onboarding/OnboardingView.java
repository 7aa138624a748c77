package com.streetgov.ui.onboarding;

import com.streetgov.onboarding.application.IdentityDirectory.DistrictAdmin;
import com.streetgov.reform.domain.ReformModel;
import com.streetgov.reform.domain.StreetProfile;
import com.streetgov.reform.domain.UnitKind;
import com.streetgov.sharding.application.ShardService;
import com.streetgov.tenantconfig.format.Templates;
import com.streetgov.tenantconfig.onboarding.DistrictOnboarding;
import com.streetgov.tenantconfig.onboarding.OnboardingRequest;
import com.streetgov.text.RefusedException;
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
import com.vaadin.flow.router.Menu;
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
@Menu(title = "nav.onboard", order = 250)
@RolesAllowed(Role.VENDOR_OPERATOR)
public class OnboardingView extends VerticalLayout implements HasDynamicTitle {

    private final Select<String> template = new Select<>();
    private final TextField code = new TextField(getTranslation("onboard.code"));
    private final TextField name = new TextField(getTranslation("onboard.name"));
    private final TextField adcode = new TextField(getTranslation("onboard.adcode"));
    private final TextArea streets = new TextArea(getTranslation("onboard.streets"));
    private final Map<UnitKind, TextField> terms = new EnumMap<>(UnitKind.class);
    private final TextField adminUser = new TextField(getTranslation("onboard.adminUser"));
    private final TextField adminFamily = new TextField(getTranslation("onboard.adminFamily"));
    private final TextField adminGiven = new TextField(getTranslation("onboard.adminGiven"));
    private final PasswordField adminPassword = new PasswordField(getTranslation("onboard.adminPassword"));
    private final Paragraph result = new Paragraph();
    /** The shard the district's rows go to (DD039); "" = the one with the fewest districts. */
    private final Select<String> shard = new Select<>();

    @Inject
    public OnboardingView(DistrictOnboarding onboarding, ShardService shards, RoleAccessControl access) {
        template.setLabel(getTranslation("onboard.template"));
        template.setId("onboard-template");
        template.setItems(Templates.IDS);
        template.setItemLabelGenerator(id -> getTranslation(
                "onboard.templateItem",
                Templates.load(id).districtName(),
                Templates.load(id).title()));
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
            TextField term =
                    new TextField(getTranslation("onboard.term", getTranslation("onboard.kind." + kind.name())));
            term.setId("onboard-term-" + kind.name().toLowerCase());
            terms.put(kind, term);
            form.add(term);
        }
        shard.setLabel(getTranslation("onboard.shard"));
        shard.setId("onboard-shard");
        List<String> shardNames = new java.util.ArrayList<>(List.of(""));
        shards.shards().forEach(s -> shardNames.add(s.name()));
        shard.setItems(shardNames);
        shard.setItemLabelGenerator(s -> s.isEmpty() ? getTranslation("onboard.shardAuto") : s);
        shard.setValue("");
        form.add(adminUser, adminFamily, adminGiven, adminPassword, shard);
        form.setColspan(streets, 2);
        Button create = new Button(getTranslation("onboard.create"), e -> {
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
                ReformModel model = onboarding.onboard(
                        request,
                        shard.getValue().isEmpty() ? null : shard.getValue(),
                        access.user().username());
                result.removeAll();
                result.setText(getTranslation(
                        "onboard.done",
                        model.districtName(),
                        String.valueOf(model.streets().size()),
                        request.admin().username()));
                result.getStyle().set("color", "var(--lumo-success-text-color)");
                result.add(new Anchor("districts/" + request.districtId(), " " + getTranslation("onboard.view")));
            } catch (RefusedException ex) {
                result.setText(getTranslation("onboard.refused", ex.text()));
                result.getStyle().set("color", "var(--lumo-error-text-color)");
            }
        });
        create.setId("onboard-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("onboard.title")), form, create, result);
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
        return getTranslation("onboard.title");
    }
}
