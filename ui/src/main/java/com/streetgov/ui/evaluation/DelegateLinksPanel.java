package com.streetgov.ui.evaluation;

import com.streetgov.evaluation.application.EvaluationService;
import com.streetgov.evaluation.application.PanelService;
import com.streetgov.evaluation.application.PanelService.DelegateLink;
import com.streetgov.evaluation.application.SurveyService;
import com.streetgov.evaluation.domain.Delegate;
import com.streetgov.evaluation.domain.EvaluationModel;
import com.streetgov.evaluation.domain.EvaluationVersion;
import com.streetgov.evaluation.domain.PanelRepository.Turnout;
import com.streetgov.evaluation.domain.Questionnaire;
import com.streetgov.text.RefusedException;
import com.streetgov.ui.shell.Translations;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One link per delegate for a delegates' questionnaire, printed as a sheet that names each delegate;
 * who has voted (never how), and the projects ranked by the votes.
 */
class DelegateLinksPanel extends VerticalLayout {

    private final PanelService panels;
    private final EvaluationService evaluation;
    private final SurveyService surveys;
    private final String districtId;
    private final Map<String, String> streetNames;
    private final Select<String> version = new Select<>();
    private final Select<Questionnaire> questionnaire = new Select<>();
    private final Span refusal = PanelFields.span("delegate-links-refusal");
    private final VerticalLayout issued = new VerticalLayout();
    private final Grid<Delegate> turnout = new Grid<>();
    private final VerticalLayout ranking = new VerticalLayout();
    private Map<String, Boolean> voted = Map.of();

    DelegateLinksPanel(
            PanelService panels,
            EvaluationService evaluation,
            SurveyService surveys,
            String districtId,
            Map<String, String> streetNames) {
        this.panels = panels;
        this.evaluation = evaluation;
        this.surveys = surveys;
        this.districtId = districtId;
        this.streetNames = streetNames;
        setPadding(false);
        setId("delegate-links");
        version.setId("delegate-links-version");
        version.setLabel(getTranslation("eval.ui.version"));
        version.addValueChangeListener(e -> questionnaires());
        questionnaire.setId("delegate-links-questionnaire");
        questionnaire.setLabel(getTranslation("eval.ui.surveys.questionnaire"));
        questionnaire.setItemLabelGenerator(Questionnaire::title);
        questionnaire.addValueChangeListener(e -> refresh());
        Button issue = new Button(getTranslation("eval.ui.panels.issue"), e -> issue());
        issue.setId("delegate-links-issue");
        HorizontalLayout form = new HorizontalLayout(version, questionnaire, issue);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        issued.setPadding(false);
        issued.setId("delegate-links-issued");
        turnout.setId("delegate-turnout");
        turnout.addColumn(d -> streetNames.getOrDefault(d.street(), d.street()))
                .setHeader(getTranslation("eval.ui.surveys.street"));
        turnout.addColumn(Delegate::name).setHeader(getTranslation("eval.ui.panels.delegateName"));
        turnout.addColumn(d -> getTranslation(
                        Boolean.TRUE.equals(voted.get(d.id())) ? "eval.ui.panels.voted" : "eval.ui.panels.notVoted"))
                .setHeader(getTranslation("eval.ui.panels.turnout"));
        turnout.setAllRowsVisible(true);
        turnout.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        ranking.setPadding(false);
        add(
                new H3(getTranslation("eval.ui.panels.links")),
                new Paragraph(getTranslation("eval.ui.panels.linksHint")),
                form,
                refusal,
                issued,
                turnout,
                ranking);
        reload();
    }

    /** Offers the versions again (one may just have been generated), the newest with a delegates' form chosen. */
    void reload() {
        List<String> versions =
                evaluation.versions().stream().map(EvaluationVersion::version).toList();
        version.setItems(versions);
        versions.stream()
                .filter(v -> !delegateForms(v).isEmpty())
                .findFirst()
                .or(() -> versions.stream().findFirst())
                .ifPresent(version::setValue);
    }

    private List<Questionnaire> delegateForms(String v) {
        return evaluation.model(v).map(EvaluationModel::questionnaires).orElse(List.of()).stream()
                .filter(q -> q.audience() == Questionnaire.Audience.DELEGATE)
                .toList();
    }

    private void questionnaires() {
        List<Questionnaire> forms = version.getValue() == null ? List.of() : delegateForms(version.getValue());
        questionnaire.setItems(forms);
        forms.stream().findFirst().ifPresentOrElse(questionnaire::setValue, this::refresh);
    }

    private void issue() {
        refusal.setText("");
        issued.removeAll();
        Questionnaire q = questionnaire.getValue();
        List<DelegateLink> links;
        try {
            links = panels.issueToDelegates(version.getValue(), q == null ? "" : q.code());
        } catch (RefusedException refused) {
            refusal.setText(Translations.of(refused.text()));
            return;
        }
        if (links.isEmpty()) {
            issued.add(new Paragraph(getTranslation("eval.ui.panels.allHaveLinks")));
            return;
        }
        List<Map.Entry<String, String>> cards = links.stream()
                .map(l -> Map.entry(
                        streetNames.getOrDefault(
                                        l.delegate().street(), l.delegate().street()) + " · "
                                + l.delegate().name(),
                        LinkSheet.address(districtId, l.secret())))
                .toList();
        Anchor sheet = LinkSheet.download(
                LinkSheet.html(q.title(), cards), getTranslation("eval.ui.surveys.sheet", cards.size()));
        sheet.setId("delegate-links-sheet");
        issued.add(new Paragraph(getTranslation("eval.ui.surveys.once")), sheet);
        for (Map.Entry<String, String> card : cards) {
            Anchor a = new Anchor(card.getValue(), card.getKey());
            a.setTarget("_blank");
            a.addClassName("delegate-link");
            issued.add(a);
        }
        refresh();
    }

    private void refresh() {
        Questionnaire q = questionnaire.getValue();
        ranking.removeAll();
        if (q == null || version.getValue() == null) {
            voted = Map.of();
            turnout.setItems(List.of());
            return;
        }
        voted = panels.turnout(version.getValue(), q.code()).stream()
                .collect(Collectors.toMap(Turnout::delegate, Turnout::voted));
        Map<String, Delegate> byId =
                panels.delegates().stream().collect(Collectors.toMap(Delegate::id, Function.identity()));
        turnout.setItems(voted.keySet().stream()
                .map(byId::get)
                .sorted(java.util.Comparator.comparing(Delegate::street).thenComparing(Delegate::name))
                .toList());
        evaluation.model(version.getValue()).ifPresent(m -> {
            RankingPanel panel = new RankingPanel(surveys, m, streetNames);
            panel.choose(q);
            ranking.add(panel);
        });
    }
}
