package com.streetgov.tenantconfig.routing;

import com.streetgov.duty.domain.DutyItem;
import com.streetgov.duty.domain.DutyLevel;
import com.streetgov.matter.domain.MatterClassifier;
import com.streetgov.matter.domain.Router;
import com.streetgov.matter.domain.RoutingDecision;
import com.streetgov.reform.domain.Unit;
import com.streetgov.tenantconfig.routing.EvaluationSet.Kind;
import com.streetgov.tenantconfig.routing.EvaluationSet.Sentence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

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
     * What the router did with one sentence: its decision, its top-3 candidates and, for the record, the
     * first three units of the classifier's ranking at any score (what the minimum score cuts away).
     */
    record Result(Sentence sentence, Optional<String> top1, List<String> top3, List<String> ranked, String why) {

        boolean top1Hit() {
            return sentence.kind() == Kind.UNIT
                    && top1.filter(sentence.target()::equals).isPresent();
        }

        boolean top3Hit() {
            return sentence.kind() == Kind.UNIT && top3.contains(sentence.target());
        }

        boolean rankedHit() {
            return sentence.kind() == Kind.UNIT && ranked.contains(sentence.target());
        }
    }

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

        long unitTargets() {
            return results.stream()
                    .filter(r -> r.sentence().kind() == Kind.UNIT)
                    .count();
        }
    }

    private final DemoRouting routing;
    private final Map<String, DutyItem> streetItems;

    private RoutingEvaluation(DemoRouting routing) {
        this.routing = routing;
        this.streetItems = routing.items().stream()
                .filter(i -> i.level() == DutyLevel.STREET)
                .collect(Collectors.toMap(DutyItem::code, Function.identity(), (a, b) -> a));
    }

    static Figures run(String district, List<Sentence> sentences) {
        RoutingEvaluation evaluation = new RoutingEvaluation(DemoRouting.of(district));
        return new Figures(district, sentences.stream().map(evaluation::route).toList());
    }

    private Result route(Sentence s) {
        Router.Outcome outcome = routing.router().route(s.street(), DAY, null, s.text());
        List<String> top3 = candidates(s.street(), s.text(), Router.MIN_SCORE);
        List<String> ranked = candidates(s.street(), s.text(), 0);
        if (outcome.decision().isEmpty()) {
            return new Result(s, Optional.empty(), top3, ranked, outcome.problem());
        }
        RoutingDecision d = outcome.decision().get();
        String why = d.itemCode() + " " + d.itemName() + String.format(Locale.ROOT, "，得分%.2f", d.score());
        return new Result(s, Optional.of(unitName(s.street(), d.leadUnit())), top3, ranked, why);
    }

    private List<String> candidates(String street, String text, double minScore) {
        Set<String> units = new LinkedHashSet<>();
        for (MatterClassifier.Match match : routing.classifier().match(text, MATCHES)) {
            DutyItem item = streetItems.get(match.itemCode());
            if (item == null || !item.activeOn(DAY)) {
                continue;
            }
            if (match.score() < minScore || units.size() == CANDIDATES) {
                break;
            }
            routing.router()
                    .to(street, DAY, item.code(), RoutingDecision.Rule.TEXT, "")
                    .decision()
                    .ifPresent(d -> units.add(unitName(street, d.leadUnit())));
        }
        return List.copyOf(units);
    }

    private String unitName(String street, String unitCode) {
        return routing.model().unitsOf(street, DAY).stream()
                .filter(u -> u.code().equals(unitCode))
                .map(Unit::name)
                .findFirst()
                .orElse(unitCode);
    }

    /** The report: per district top-1 / top-3 on the test part, then every top-1 miss. */
    static String report(EvaluationSet set, List<Figures> figures) {
        StringBuilder out = new StringBuilder();
        long learn = set.sentences().stream()
                .filter(s -> s.split() == EvaluationSet.Split.LEARN)
                .count();
        out.append("# Routing evaluation: today's router (DD014) on the test part\n\n")
                .append("Set: ")
                .append(set.sentences().size())
                .append(" sentences, ")
                .append(learn)
                .append(" learn / ")
                .append(set.sentences().size() - learn)
                .append(" test; intake day ")
                .append(DAY)
                .append("; templates' duty lists as the demo districts get them.\n\n")
                .append("| district | test | top-1 | top-3 | unrouted | unit targets | top-1 on unit targets "
                        + "| top-3 of the ranking at any score |\n")
                .append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        List<Result> all = new ArrayList<>();
        for (Figures f : figures) {
            row(out, f);
            all.addAll(f.results());
        }
        row(out, new Figures("all", all));
        out.append("\n## Confusion list (top-1 misses)\n\n")
                .append("| id | category | expected | got | top-3 | ranking at any score | why | sentence |\n")
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
                        share(f.top1(), f.unitTargets()),
                        share(f.ranked(), f.count())))
                .append(" |\n");
    }

    private static String share(long part, long whole) {
        return String.format(Locale.ROOT, "%d (%.1f%%)", part, whole == 0 ? 0.0 : 100.0 * part / whole);
    }
}
