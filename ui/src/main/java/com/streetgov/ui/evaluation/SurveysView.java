package com.streetgov.ui.evaluation;

import com.streetgov.assessment.application.ResultNames;
import com.streetgov.evaluation.application.EvaluationService;
import com.streetgov.evaluation.application.SurveyService;
import com.streetgov.evaluation.domain.EvaluationModel;
import com.streetgov.evaluation.domain.Questionnaire;
import com.streetgov.evaluation.domain.SurveyRepository;
import com.streetgov.organisation.application.DistrictDirectory;
import com.streetgov.organisation.application.DistrictSummary;
import com.streetgov.text.RefusedException;
import com.streetgov.ui.security.Role;
import com.streetgov.ui.shell.MainLayout;
import com.streetgov.ui.shell.Translations;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Questionnaire links ({@code /evaluation/surveys}, district admin): issue a batch for a questionnaire
 * and a street (or the whole district); the links are shown once, as a printable sheet with QR codes
 * to download and the first few on screen; answers so far per questionnaire and street, refreshed
 * while the page is open.
 */
@Route(value = "evaluation/surveys", layout = MainLayout.class)
@Menu(title = "eval.ui.nav.surveys", order = 187)
@RolesAllowed(Role.DISTRICT_ADMIN)
public class SurveysView extends VerticalLayout implements HasDynamicTitle {

    /** How many of a batch's links are listed on screen (all are on the sheet). */
    static final int SHOWN = 5;

    private final SurveyService surveys;
    private final String districtId;
    private final Map<String, String> streetNames;
    private final Select<Questionnaire> questionnaire = new Select<>();
    private final Select<String> street = new Select<>();
    private final IntegerField count = new IntegerField();
    private final Span refusal = new Span();
    private final VerticalLayout issued = new VerticalLayout();
    private final Grid<SurveyRepository.Progress> progress = new Grid<>();
    private final Select<String> versionChoice = new Select<>();
    private final VerticalLayout rankingSlot = new VerticalLayout();
    private String version;
    private Registration poll;
    private RankingPanel ranking;

    @Inject
    public SurveysView(
            EvaluationService evaluation, SurveyService surveys, DistrictDirectory districts, ResultNames names) {
        this.surveys = surveys;
        DistrictSummary district = districts.currentDistrict().orElseThrow();
        this.districtId = district.id();
        // the streets by the codes matters, figures and answers use (the reform model's), as the results do
        this.streetNames = names.on(LocalDate.now()).streets();
        setWidthFull();
        add(new H2(getTranslation("eval.ui.surveys.title")));
        Optional<EvaluationModel> model = evaluation.inForce(LocalDate.now());
        if (model.isEmpty()) {
            add(new Paragraph(getTranslation("eval.ui.system.none")));
            return;
        }
        // Links are issued for the version in force by default; a version taking effect later (e.g. a
        // generated department rating, DD036) may be chosen so its links go out before that day.
        versionChoice.setId("survey-version");
        versionChoice.setLabel(getTranslation("eval.ui.version"));
        versionChoice.setItems(evaluation.versions().stream()
                .map(com.streetgov.evaluation.domain.EvaluationVersion::version)
                .toList());
        versionChoice.setValue(model.get().system().version());
        versionChoice.addValueChangeListener(e -> evaluation.model(e.getValue()).ifPresent(this::show));
        rankingSlot.setPadding(false);
        add(
                versionChoice,
                form(model.get()),
                issued,
                new H3(getTranslation("eval.ui.surveys.progress")),
                progress(),
                rankingSlot);
        show(model.get());
    }

    /** The questionnaires, progress and ranking of {@code model}'s version. */
    private void show(EvaluationModel model) {
        version = model.system().version();
        questionnaire.setItems(model.questionnaires());
        model.questionnaires().stream().findFirst().ifPresent(questionnaire::setValue);
        issued.removeAll();
        rankingSlot.removeAll();
        ranking = new RankingPanel(surveys, model, streetNames);
        rankingSlot.add(ranking);
        refresh();
    }

    private VerticalLayout form(EvaluationModel model) {
        questionnaire.setId("survey-questionnaire");
        questionnaire.setLabel(getTranslation("eval.ui.surveys.questionnaire"));
        questionnaire.setItems(model.questionnaires());
        questionnaire.setItemLabelGenerator(q -> q.title() + " · "
                + getTranslation("eval.ui.audience." + q.audience().name()));
        model.questionnaires().stream().findFirst().ifPresent(questionnaire::setValue);
        EvaluationLabels.streets(this, street, "survey-street", streetNames);
        count.setId("survey-count");
        count.setLabel(getTranslation("eval.ui.surveys.count"));
        count.setValue(20);
        refusal.setId("survey-refusal");
        refusal.getStyle().set("color", "var(--lumo-error-text-color)");
        Button issue = new Button(getTranslation("eval.ui.surveys.issue"), e -> issue());
        issue.setId("survey-issue");
        issued.setPadding(false);
        issued.setId("survey-issued");
        VerticalLayout form = new VerticalLayout(new FormLayout(questionnaire, street, count), issue, refusal);
        form.setPadding(false);
        return form;
    }

    private void issue() {
        refusal.setText("");
        issued.removeAll();
        Questionnaire q = questionnaire.getValue();
        String s = street.getValue() == null || street.getValue().isEmpty() ? null : street.getValue();
        List<String> secrets;
        try {
            secrets = surveys.issue(
                    version, q == null ? "" : q.code(), s, count.getValue() == null ? 0 : count.getValue());
        } catch (RefusedException refused) {
            refusal.setText(Translations.of(refused.text()));
            return;
        }
        List<String> links = secrets.stream()
                .map(secret -> LinkSheet.address(districtId, secret))
                .toList();
        String streetName = s == null ? getTranslation("eval.ui.surveys.wholeDistrict") : streetNames.get(s);
        Anchor download = LinkSheet.download(
                LinkSheet.html(q.title(), streetName, links), getTranslation("eval.ui.surveys.sheet", links.size()));
        download.setId("survey-sheet");
        issued.add(new Paragraph(getTranslation("eval.ui.surveys.once")), download);
        for (String link : links.subList(0, Math.min(SHOWN, links.size()))) {
            Anchor a = new Anchor(link, link);
            a.setTarget("_blank");
            a.addClassName("survey-link");
            issued.add(a);
        }
        refresh();
    }

    private Grid<SurveyRepository.Progress> progress() {
        progress.setId("survey-progress");
        progress.addColumn(p -> p.questionnaire()).setHeader(getTranslation("eval.ui.surveys.questionnaire"));
        progress.addColumn(p -> p.street() == null
                        ? getTranslation("eval.ui.surveys.wholeDistrict")
                        : streetNames.getOrDefault(p.street(), p.street()))
                .setHeader(getTranslation("eval.ui.surveys.street"));
        progress.addColumn(SurveyRepository.Progress::issued).setHeader(getTranslation("eval.ui.surveys.issued"));
        progress.addColumn(SurveyRepository.Progress::answered).setHeader(getTranslation("eval.ui.surveys.answered"));
        progress.setAllRowsVisible(true);
        progress.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        return progress;
    }

    private void refresh() {
        if (version != null) {
            progress.setItems(surveys.progress(version));
        }
        if (ranking != null) {
            ranking.refresh();
        }
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        attach.getUI().setPollInterval(10_000);
        poll = attach.getUI().addPollListener(e -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        detach.getUI().setPollInterval(-1);
        if (poll != null) {
            poll.remove();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("eval.ui.surveys.title");
    }
}
