package com.streetgov.tenantconfig.routing;

import com.streetgov.duty.domain.DutyItem;
import com.streetgov.duty.domain.DutyLevel;
import com.streetgov.matter.domain.LabelledText;
import com.streetgov.matter.domain.Router;
import com.streetgov.matter.domain.RoutingDecision;
import com.streetgov.reform.domain.Unit;
import com.streetgov.tenantconfig.routing.EvaluationSet.Kind;
import com.streetgov.tenantconfig.routing.EvaluationSet.Sentence;
import com.streetgov.text.Text;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Routes evaluation sentences through today's router (DD014) as a clerk at the one window would: the
 * sentence as the description, no category, the clerk's street, on {@link #DAY}. Top-1 is the router's
 * decision; top-3 are the first three distinct lead units of the router's own ranking of duty items
 * (the classifier's matches above {@link Router#MIN_SCORE}, each mapped through the street's layout as
 * the router maps its choice). Today's router reaches street units only, so a sentence whose target is
 * a district department or the community counts as a miss whatever it returns.
 */
final class RoutingEvaluation {

    static final LocalDate DAY = SeedRoutingTest.DAY;

    /** How many matches the router asks the classifier for ({@code Router.route}). */
    static final int MATCHES = 10;

    static final int CANDIDATES = 3;

    static final String UNROUTED = "（未分派，待人工选择类别）";

    /**
     * What the router did with one sentence: its decision or referral, its top-3 suggestions and, for the
     * record, the first three places of the ranking at any score (what the minimum score cuts away);
     * whether each reached the expected target.
     */
    record Result(
            Sentence sentence,
            Optional<String> top1,
            List<String> top3,
            List<String> ranked,
            String why,
            boolean top1Hit,
            boolean top3Hit,
            boolean rankedHit,
            double confidence) {}

    /** One district's figures on the sentences routed. */
    record Figures(String district, List<Result> results) {

        int count() {
            return results.size();
        }

        long top1() {
            return results.stream().filter(Result::top1Hit).count();
        }

        long top3() {
            return results.stream().filter(Result::top3Hit).count();
        }

        long ranked() {
            return results.stream().filter(Result::rankedHit).count();
        }

        long unrouted() {
            return results.stream().filter(r -> r.top1().isEmpty()).count();
        }

        long unitTop1() {
            return results.stream()
                    .filter(r -> r.sentence().kind() == Kind.UNIT && r.top1Hit())
                    .count();
        }

        long unitTargets() {
            return results.stream()
                    .filter(r -> r.sentence().kind() == Kind.UNIT)
                    .count();
        }
    }

    private final DemoRouting routing;

    private RoutingEvaluation(DemoRouting routing) {
        this.routing = routing;
    }

    /** The district's router as installed from its template, before anyone routed anything. */
    static Figures run(String district, List<Sentence> sentences) {
        return run(district, DemoRouting.of(district), sentences);
    }

    /**
     * The district's router after clerks routed the {@code learned} sentences where their labels say:
     * each sentence whose target is a unit becomes a labelled text of a street duty item that unit leads
     * in the sentence's street (the first such item of the duty list, named items before generated ones).
     */
    static Figures run(String district, List<Sentence> sentences, List<Sentence> learned) {
        DemoRouting plain = DemoRouting.of(district);
        List<LabelledText> labelled = learned.stream()
                .filter(s -> s.kind() == Kind.UNIT)
                .flatMap(s -> itemLedBy(plain, s).map(item -> new LabelledText(s.text(), item)).stream())
                .toList();
        return run(district, DemoRouting.of(district, labelled), sentences);
    }

    private static Figures run(String district, DemoRouting routing, List<Sentence> sentences) {
        RoutingEvaluation evaluation = new RoutingEvaluation(routing);
        return new Figures(district, sentences.stream().map(evaluation::route).toList());
    }

    private static Optional<String> itemLedBy(DemoRouting routing, Sentence s) {
        return routing.items().stream()
                .filter(i -> i.level() == DutyLevel.STREET && i.activeOn(DAY))
                .sorted(java.util.Comparator.comparing(DutyItem::generated))
                .filter(i -> routing.router()
                        .to(s.street(), DAY, i.code(), RoutingDecision.Rule.MANUAL, Text.literal(""))
                        .decision()
                        .filter(d -> unitName(routing, s.street(), d.leadUnit()).equals(s.target()))
                        .isPresent())
                .map(DutyItem::code)
                .findFirst();
    }

    private static String unitName(DemoRouting routing, String street, String unitCode) {
        return routing.model().unitsOf(street, DAY).stream()
                .filter(u -> u.code().equals(unitCode))
                .map(Unit::name)
                .findFirst()
                .orElse(unitCode);
    }

    private Result route(Sentence s) {
        Router.Outcome outcome = routing.router().route(s.street(), DAY, null, s.text());
        List<Router.Suggestion> top3 =
                routing.router().suggest(s.street(), DAY, s.text(), CANDIDATES, Router.MIN_SCORE);
        List<Router.Suggestion> ranked = routing.router().suggest(s.street(), DAY, s.text(), CANDIDATES, 0);
        Optional<Router.Suggestion> top1 = top3.stream().findFirst();
        String why = outcome.decision()
                .map(d -> d.itemCode() + " " + d.itemName() + String.format(Locale.ROOT, "，得分%.2f", d.score()))
                .orElseGet(() -> outcome.problem().inDefaultLanguage());
        return new Result(
                s,
                top1.map(Router.Suggestion::name),
                names(top3),
                names(ranked),
                why,
                top1.filter(t -> reaches(s, t)).isPresent(),
                top3.stream().anyMatch(t -> reaches(s, t)),
                ranked.stream().anyMatch(t -> reaches(s, t)),
                Router.confidence(ranked));
    }

    /** Whether a suggestion is the sentence's expected target (a department also by another of its names). */
    private boolean reaches(Sentence s, Router.Suggestion t) {
        return switch (s.kind()) {
            case UNIT -> t.place() == Router.Suggestion.Place.UNIT && t.name().equals(s.target());
            case DEPARTMENT ->
                t.place() == Router.Suggestion.Place.DEPARTMENT
                        && routing.catalog()
                                .department(t.code())
                                .filter(d -> d.isCalled(s.target()))
                                .isPresent();
            case COMMUNITY -> t.place() == Router.Suggestion.Place.COMMUNITY;
        };
    }

    private static List<String> names(List<Router.Suggestion> suggestions) {
        return suggestions.stream().map(Router.Suggestion::name).toList();
    }

    /**
     * The report: per district top-1 / top-3 on the test part, for the router as installed from the
     * templates and after learning from the learn part; then every top-1 miss of the latter.
     */
    static String report(EvaluationSet set, List<Figures> installed, List<Figures> learned) {
        StringBuilder out = new StringBuilder();
        long learn = set.sentences().stream()
                .filter(s -> s.split() == EvaluationSet.Split.LEARN)
                .count();
        out.append("# Routing evaluation on the test part\n\n")
                .append("Set: ")
                .append(set.sentences().size())
                .append(" sentences, ")
                .append(learn)
                .append(" learn / ")
                .append(set.sentences().size() - learn)
                .append(" test, of which ")
                .append(EvaluationSet.EXPOSED.size())
                .append(" seen while writing the catalogs and left out; intake day ")
                .append(DAY)
                .append("; the templates' duty lists and dispatch catalogs as the demo districts get them.\n\n")
                .append("## As installed from the templates\n\n");
        table(out, installed);
        out.append("\n## After clerks routed the learn part (labelled texts)\n\n");
        List<Result> all = table(out, learned);
        out.append("\n## Confidence: routed at once or sent to the dispatch desk\n\n")
                .append(thresholds(learned));
        out.append("\n## Confusion list (top-1 misses)\n\n").append(confusion(all));
        return out.toString();
    }

    /** Every top-1 miss: expected, got, the top-3, the ranking at any score, why, the sentence. */
    static String confusion(List<Result> all) {
        StringBuilder out = new StringBuilder(
                        "| id | category | expected | got | top-3 | ranking at any score | why | sentence |\n")
                .append("| --- | --- | --- | --- | --- | --- | --- | --- |\n");
        for (Result r : all) {
            if (r.top1Hit()) {
                continue;
            }
            Sentence s = r.sentence();
            out.append("| ")
                    .append(String.join(
                            " | ",
                            s.id(),
                            s.category(),
                            s.target() + (s.kind() == Kind.UNIT ? "" : "（" + s.kind() + "）"),
                            r.top1().orElse(UNROUTED),
                            String.join("、", r.top3()),
                            String.join("、", r.ranked()),
                            r.why(),
                            s.text()))
                    .append(" |\n");
        }
        return out.toString();
    }

    /** Per confidence threshold: the share routed at once (the rest to the dispatch desk) and its top-1. */
    static String thresholds(List<Figures> figures) {
        List<Result> all = figures.stream().flatMap(f -> f.results().stream()).toList();
        StringBuilder out = new StringBuilder("| confidence ≥ | routed at once | top-1 of those | to the desk |\n")
                .append("| ---: | ---: | ---: | ---: |\n");
        for (double t : new double[] {0, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8}) {
            List<Result> routed = all.stream().filter(r -> r.confidence() >= t).toList();
            out.append(String.format(Locale.ROOT, "| %.2f | ", t))
                    .append(share(routed.size(), all.size()))
                    .append(" | ")
                    .append(share(routed.stream().filter(Result::top1Hit).count(), routed.size()))
                    .append(" | ")
                    .append(all.size() - routed.size())
                    .append(" |\n");
        }
        return out.toString();
    }

    static List<Result> table(StringBuilder out, List<Figures> figures) {
        out.append("| district | test | top-1 | top-3 | unrouted | unit targets | top-1 on unit targets "
                        + "| top-3 of the ranking at any score |\n")
                .append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        List<Result> all = new ArrayList<>();
        for (Figures f : figures) {
            row(out, f);
            all.addAll(f.results());
        }
        row(out, new Figures("all", all));
        return all;
    }

    private static void row(StringBuilder out, Figures f) {
        out.append("| ")
                .append(String.join(
                        " | ",
                        f.district(),
                        String.valueOf(f.count()),
                        share(f.top1(), f.count()),
                        share(f.top3(), f.count()),
                        share(f.unrouted(), f.count()),
                        String.valueOf(f.unitTargets()),
                        share(f.unitTop1(), f.unitTargets()),
                        share(f.ranked(), f.count())))
                .append(" |\n");
    }

    private static String share(long part, long whole) {
        return String.format(Locale.ROOT, "%d (%.1f%%)", part, whole == 0 ? 0.0 : 100.0 * part / whole);
    }
}
