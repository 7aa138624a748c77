package com.streetgov.ui.whatif;

import com.streetgov.assessment.domain.AssessmentRules;
import com.streetgov.assessment.domain.CountedMatter;
import com.streetgov.assessment.domain.Ranking;
import com.streetgov.assessment.domain.Rates;
import com.streetgov.text.RefusedException;
import com.streetgov.ui.shell.Translations;
import com.streetgov.whatif.application.RulesWhatIf;
import com.streetgov.whatif.domain.RankMove;
import com.streetgov.whatif.domain.RulesEffect;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.math.BigDecimal;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * 试算影响 in the assessment-rules editor: the rules being written, tried on the latest complete
 * period — each street's rank and rates today and under the draft; a row lists the matters the draft
 * would count for that street (its denominator). Counting is a few SQL aggregates, so it runs at once.
 */
public class RulesWhatIfPanel extends Details {

    private final RulesWhatIf service;
    private final Supplier<AssessmentRules> draft;
    private final Span refusal = new Span();
    private final Paragraph about = new Paragraph();
    private final Grid<RankMove> moves = new Grid<>();
    private final H4 drillTitle = new H4();
    private final Grid<CountedMatter> drill = new Grid<>();
    private RulesEffect effect;

    RulesWhatIfPanel(String id, RulesWhatIf service, Supplier<AssessmentRules> draft) {
        this.service = service;
        this.draft = draft;
        setId(id);
        setSummaryText(getTranslation("whatif.ui.title"));
        Button run = new Button(getTranslation("whatif.ui.rules.run"), e -> run());
        run.setId(id + "-run");
        refusal.setId(id + "-refusal");
        refusal.getStyle().set("color", "var(--lumo-error-text-color)");
        about.setId(id + "-about");
        moves.setId(id + "-moves");
        moves.addColumn(RankMove::name).setHeader(getTranslation("whatif.ui.street"));
        moves.addColumn(m -> rank(m.now())).setHeader(getTranslation("whatif.ui.rules.rankNow"));
        moves.addColumn(m -> rank(m.draft())).setHeader(getTranslation("whatif.ui.rules.rankDraft"));
        moves.addColumn(m -> m.climb() == null ? "—" : (m.climb() > 0 ? "+" : "") + m.climb())
                .setHeader(getTranslation("whatif.ui.rules.climb"));
        moves.addColumn(m -> pair(m, Rates::composite)).setHeader(getTranslation("whatif.ui.rules.composite"));
        moves.addColumn(m -> pair(m, Rates::resolution)).setHeader(getTranslation("whatif.ui.rules.resolution"));
        moves.addColumn(m -> pair(m, Rates::satisfaction)).setHeader(getTranslation("whatif.ui.rules.satisfaction"));
        moves.addColumn(m -> m.draft() == null
                        ? "—"
                        : String.valueOf(m.draft().rates().denominator()))
                .setHeader(getTranslation("whatif.ui.rules.denominator"));
        moves.getColumns().forEach(c -> c.setAutoWidth(true));
        moves.setAllRowsVisible(true);
        moves.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        moves.addItemClickListener(e -> drill(e.getItem()));
        moves.setVisible(false);
        drillTitle.setId(id + "-drill-title");
        drill.setId(id + "-drill");
        drill.addColumn(CountedMatter::number)
                .setHeader(getTranslation("whatif.ui.number"))
                .setAutoWidth(true);
        drill.addColumn(CountedMatter::title)
                .setHeader(getTranslation("whatif.ui.rules.title"))
                .setFlexGrow(3);
        drill.addColumn(m -> getTranslation(
                        m.counted()
                                ? "whatif.ui.rules.counted"
                                : m.excluded() ? "whatif.ui.rules.excluded" : "whatif.ui.rules.notCounted"))
                .setHeader(getTranslation("whatif.ui.rules.counts"));
        drill.setHeight("28em");
        drill.addThemeVariants(GridVariant.LUMO_COMPACT);
        drillTitle.setVisible(false);
        drill.setVisible(false);
        VerticalLayout content = new VerticalLayout(
                new Span(getTranslation("whatif.ui.rules.hint")), run, refusal, about, moves, drillTitle, drill);
        content.setPadding(false);
        add(content);
    }

    private void run() {
        refusal.setText("");
        about.setText("");
        drillTitle.setVisible(false);
        drill.setVisible(false);
        try {
            effect = service.tryRules(draft.get());
        } catch (RefusedException refused) {
            moves.setVisible(false);
            refusal.setText(Translations.of(refused.text()));
            return;
        }
        about.setText(getTranslation(
                "whatif.ui.rules.about",
                effect.now().start(),
                effect.now().end().minusDays(1),
                effect.draftPeriod().start(),
                effect.draftPeriod().end().minusDays(1)));
        moves.setItems(effect.streets());
        moves.setVisible(true);
    }

    private void drill(RankMove move) {
        java.util.List<CountedMatter> rows = service.counted(effect, move.street());
        drillTitle.setText(getTranslation(
                "whatif.ui.rules.drill",
                move.name(),
                rows.size(),
                rows.stream().filter(CountedMatter::counted).count()));
        drill.setItems(rows);
        drillTitle.setVisible(true);
        drill.setVisible(true);
    }

    private static String rank(Ranking.Row row) {
        return row == null || row.rank() == null ? "—" : String.valueOf(row.rank());
    }

    private static String pair(RankMove m, Function<Rates, BigDecimal> rate) {
        return percent(m.now(), rate) + " → " + percent(m.draft(), rate);
    }

    private static String percent(Ranking.Row row, Function<Rates, BigDecimal> rate) {
        return row == null ? "—" : Rates.percent(rate.apply(row.rates()));
    }
}
