package com.streetgov.ui.evaluation;

import com.streetgov.assessment.application.ResultNames;
import com.streetgov.evaluation.application.EvaluationService;
import com.streetgov.evaluation.application.PanelService;
import com.streetgov.evaluation.application.SurveyService;
import com.streetgov.organisation.application.DistrictDirectory;
import com.streetgov.ui.security.Role;
import com.streetgov.ui.shell.MainLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;

/**
 * Residents' delegates, co-governance projects and the two generated questionnaires
 * ({@code /evaluation/panels}, district admin; issue 14 item 5): keep each street's delegates and the
 * projects, generate the delegates' scoring questionnaire or the streets' rating of the district
 * departments into a new indicator-system version, issue one link per delegate, and follow who has
 * voted and how the projects rank. Streets' rating links are issued on the questionnaire links page.
 */
@Route(value = "evaluation/panels", layout = MainLayout.class)
@Menu(title = "eval.ui.nav.panels", order = 188)
@RolesAllowed(Role.DISTRICT_ADMIN)
public class PanelsView extends VerticalLayout implements HasDynamicTitle {

    @Inject
    public PanelsView(
            PanelService panels,
            EvaluationService evaluation,
            SurveyService surveys,
            DistrictDirectory districts,
            ResultNames names) {
        setWidthFull();
        Map<String, String> streetNames = names.on(LocalDate.now()).streets();
        String districtId = districts.currentDistrict().orElseThrow().id();
        DelegateLinksPanel links = new DelegateLinksPanel(panels, evaluation, surveys, districtId, streetNames);
        add(
                new H2(getTranslation("eval.ui.panels.title")),
                new Paragraph(getTranslation("eval.ui.panels.about")),
                new DelegatesPanel(panels, streetNames),
                new ProjectsPanel(panels, streetNames),
                new GeneratePanel(panels, links::reload),
                links);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("eval.ui.panels.title");
    }
}
