package com.streetgov.matter.domain;

import com.streetgov.dispatch.domain.Department;
import com.streetgov.dispatch.domain.DispatchCatalog;
import com.streetgov.dispatch.domain.DispatchTarget;
import com.streetgov.dispatch.domain.DispatchType;
import com.streetgov.duty.domain.DutyItem;
import com.streetgov.duty.domain.DutyLevel;
import com.streetgov.duty.domain.StreetAssignment;
import com.streetgov.reform.domain.ModelVersion;
import com.streetgov.reform.domain.ReformModel;
import com.streetgov.reform.domain.Unit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Routes a matter within a street: to a duty item (the category the resident or clerk chose, else the
 * best match of the resident's words against item names and keywords and against the dispatch
 * catalog's matter types), then to that item's lead and assisting units in the street's layout in force
 * on the intake date (a street's own division wins). Only street-level items active on that date are
 * candidates. A catalog type handled by a district department or by the community is not routed to a
 * unit: the outcome names it as a referral — a sure one to a department is referred (转办) at intake,
 * one to the community waits for a clerk.
 */
public final class Router {

    /** Text matches scoring below this are not trusted; the matter waits for a clerk. */
    public static final double MIN_SCORE = 1.0;

    /**
     * Below this confidence the router decides nothing and the matter waits at the dispatch desk with
     * its suggestions. Chosen on the evaluation set's learn part (issue 11): at 0.6, two thirds of the
     * sentences were routed at once and 96.6% of those reached the right place (at 0.55: 82.6% at 93.6%).
     */
    public static final double DESK_BELOW = 0.6;

    /** How many suggestions the window and the desk show. */
    public static final int SUGGESTIONS = 3;

    /** How many classifier matches are read to find the distinct places suggested. */
    private static final int MATCHES = 20;

    private final ReformModel model;
    private final Map<String, DutyItem> items;
    private final List<StreetAssignment> assignments;
    private final MatterClassifier classifier;
    private final DispatchCatalog catalog;

    public Router(
            ReformModel model, List<DutyItem> items, List<StreetAssignment> assignments, MatterClassifier classifier) {
        this(model, items, assignments, classifier, DispatchCatalog.EMPTY);
    }

    public Router(
            ReformModel model,
            List<DutyItem> items,
            List<StreetAssignment> assignments,
            MatterClassifier classifier,
            DispatchCatalog catalog) {
        this.model = model;
        this.items = items.stream()
                .filter(i -> i.level() == DutyLevel.STREET)
                .collect(Collectors.toMap(DutyItem::code, Function.identity(), (a, b) -> a));
        this.assignments = List.copyOf(assignments);
        this.classifier = classifier;
        this.catalog = catalog;
    }

    /**
     * The outcome: a decision; or a referral to a district department or the community (the matter is
     * not for a unit of the street); or neither, with why (in Chinese, also the referral's reason). From
     * the resident's words also the suggestions (distinct places, best first, at most three) and the
     * confidence of the first ({@link #confidence}); below {@link #DESK_BELOW} nothing is decided and the
     * matter waits at the dispatch desk with the suggestions.
     */
    public record Outcome(
            Optional<RoutingDecision> decision,
            String problem,
            Optional<Suggestion> referral,
            List<Suggestion> suggestions,
            double confidence) {

        public Outcome {
            suggestions = List.copyOf(suggestions);
        }

        public Outcome(Optional<RoutingDecision> decision, String problem) {
            this(decision, problem, Optional.empty(), List.of(), decision.isPresent() ? 1 : 0);
        }

        static Outcome refused(String problem) {
            return new Outcome(Optional.empty(), problem);
        }
    }

    /**
     * A place the resident's words point to: a unit of the street (with the decision that routing there
     * makes), a district department or the community; its name, score and why, in Chinese.
     */
    public record Suggestion(
            Place place, String code, String name, double score, String why, RoutingDecision decision) {

        /** Where a suggestion sends the matter. */
        public enum Place {
            UNIT,
            DEPARTMENT,
            COMMUNITY
        }
    }

    public Outcome route(String street, LocalDate on, String category, String text) {
        String streetName = model.street(street).map(s -> s.name()).orElse(null);
        if (streetName == null) {
            return Outcome.refused("没有编码为“" + street + "”的街道");
        }
        if (category != null && !category.isBlank()) {
            DutyItem item = items.get(category);
            if (item == null || !item.activeOn(on)) {
                return Outcome.refused("类别“" + category + "”不是" + on + "有效的街道职责事项");
            }
            return toUnits(
                    street,
                    streetName,
                    on,
                    item,
                    RoutingDecision.Rule.CATEGORY,
                    1.0,
                    "按所选类别“" + item.name() + "”（" + item.code() + "）分派");
        }
        List<Suggestion> ranked = suggest(street, on, text, SUGGESTIONS, 0);
        double confidence = confidence(ranked);
        if (ranked.isEmpty() || ranked.get(0).score() < MIN_SCORE) {
            return new Outcome(Optional.empty(), "未能从诉求内容匹配到职责事项，请人工选择类别", Optional.empty(), ranked, confidence);
        }
        Suggestion s = ranked.get(0);
        if (confidence < DESK_BELOW) {
            String score = String.format(Locale.ROOT, "%.2f", confidence);
            String names = ranked.stream().map(Suggestion::name).collect(Collectors.joining("、"));
            return new Outcome(
                    Optional.empty(),
                    "派单置信度" + score + "低于" + DESK_BELOW + "，转派单台人工确认；建议：" + names,
                    Optional.empty(),
                    ranked,
                    confidence);
        }
        return switch (s.place()) {
            case UNIT -> new Outcome(Optional.of(s.decision()), null, Optional.empty(), ranked, confidence);
            case DEPARTMENT ->
                new Outcome(Optional.empty(), s.why() + "；不属街道职责，转办" + s.name(), Optional.of(s), ranked, confidence);
            case COMMUNITY ->
                new Outcome(
                        Optional.empty(), s.why() + "；建议由" + s.name() + "办理，请人工确认", Optional.of(s), ranked, confidence);
        };
    }

    /**
     * How sure the first of {@code ranked} (distinct places, best first, at any score) is against the
     * runner-up: s1 / (s1 + s2), from 0.5 (a tie) to 1 (nothing else matched); 0 when nothing matched.
     */
    public static double confidence(List<Suggestion> ranked) {
        if (ranked.isEmpty() || ranked.get(0).score() <= 0) {
            return 0;
        }
        double first = ranked.get(0).score();
        double second = ranked.size() > 1 ? ranked.get(1).score() : 0;
        return first / (first + second);
    }

    /**
     * Up to {@code limit} distinct places the resident's words point to, best first, from matches scoring
     * at least {@code minScore}: what the window offers the clerk, and the first is what {@link #route}
     * decides.
     */
    public List<Suggestion> suggest(String street, LocalDate on, String text, int limit, double minScore) {
        String streetName = model.street(street).map(s -> s.name()).orElse(null);
        if (streetName == null || classifier == null) {
            return List.of();
        }
        List<Suggestion> found = new ArrayList<>();
        Set<String> places = new HashSet<>();
        for (MatterClassifier.Match match : classifier.match(text == null ? "" : text, MATCHES)) {
            if (match.score() < minScore || found.size() >= limit) {
                break;
            }
            Optional<Suggestion> s = resolve(street, streetName, on, match);
            if (s.isPresent() && places.add(s.get().place() + ":" + s.get().code())) {
                found.add(s.get());
            }
        }
        return found;
    }

    private Optional<Suggestion> resolve(String street, String streetName, LocalDate on, MatterClassifier.Match match) {
        String score = String.format(Locale.ROOT, "%.2f", match.score());
        if (match.kind() != MatterClassifier.Kind.TYPE) {
            DutyItem item = items.get(match.code());
            if (item == null || !item.activeOn(on)) {
                return Optional.empty();
            }
            String why = match.kind() == MatterClassifier.Kind.LEARNED
                    ? "诉求内容与人工分派到职责事项“" + item.name() + "”（" + item.code() + "）的诉求相近，得分" + score
                    : "诉求内容与职责事项“" + item.name() + "”（" + item.code() + "）的名称和关键词匹配，得分" + score;
            return unit(street, streetName, on, item, match.score(), why);
        }
        Optional<DispatchType> found = catalog.type(match.code());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        DispatchType type = found.get();
        String why = "诉求内容与派单目录“" + type.name() + "”（" + type.code() + "）匹配，得分" + score;
        DispatchTarget target = type.target();
        return switch (target.kind()) {
            case ITEM -> {
                DutyItem item = items.get(target.ref());
                yield item == null || !item.activeOn(on)
                        ? Optional.empty()
                        : unit(street, streetName, on, item, match.score(), why + "，对应职责事项“" + item.name() + "”");
            }
            case DEPARTMENT -> {
                Department d = catalog.department(target.ref()).orElse(null);
                yield d == null
                        ? Optional.empty()
                        : Optional.of(new Suggestion(
                                Suggestion.Place.DEPARTMENT, d.code(), d.name(), match.score(), why, null));
            }
            case COMMUNITY ->
                Optional.of(new Suggestion(Suggestion.Place.COMMUNITY, "", "社区居委会", match.score(), why, null));
        };
    }

    private Optional<Suggestion> unit(
            String street, String streetName, LocalDate on, DutyItem item, double score, String why) {
        return toUnits(street, streetName, on, item, RoutingDecision.Rule.TEXT, score, why)
                .decision()
                .map(d -> new Suggestion(
                        Suggestion.Place.UNIT,
                        d.leadUnit(),
                        model.layoutOf(street, on)
                                .flatMap(v -> v.units().stream()
                                        .filter(u -> u.code().equals(d.leadUnit()))
                                        .findFirst())
                                .map(Unit::name)
                                .orElse(d.leadUnit()),
                        score,
                        why,
                        d));
    }

    /** Routes to a given item by a person's decision (re-route, judged dispute). */
    public Outcome to(String street, LocalDate on, String itemCode, RoutingDecision.Rule rule, String why) {
        String streetName = model.street(street).map(s -> s.name()).orElse(street);
        DutyItem item = items.get(itemCode);
        if (item == null) {
            return Outcome.refused("没有编码为“" + itemCode + "”的街道职责事项");
        }
        return toUnits(street, streetName, on, item, rule, 1.0, why);
    }

    private Outcome toUnits(
            String street,
            String streetName,
            LocalDate on,
            DutyItem item,
            RoutingDecision.Rule rule,
            double score,
            String why) {
        Optional<ModelVersion> layout = model.layoutOf(street, on);
        if (layout.isEmpty()) {
            return Outcome.refused(streetName + "在" + on + "没有生效的机构设置");
        }
        Map<String, Unit> units =
                layout.get().units().stream().collect(Collectors.toMap(Unit::code, Function.identity(), (a, b) -> a));
        List<String> leads = assignments.stream()
                .filter(a -> a.street().equals(street) && a.itemCode().equals(item.code()))
                .map(StreetAssignment::leadUnits)
                .findFirst()
                .orElse(item.leadUnits());
        Optional<String> lead = leads.stream().filter(units::containsKey).findFirst();
        if (lead.isEmpty()) {
            return Outcome.refused("事项“" + item.name() + "”在" + streetName + "现行机构设置中没有牵头单位");
        }
        List<String> assisting = item.assistingUnits().stream()
                .filter(units::containsKey)
                .filter(u -> !u.equals(lead.get()))
                .toList();
        String reason = why + "；" + streetName + "现行机构设置（" + layout.get().code() + "）中由"
                + units.get(lead.get()).name() + "牵头"
                + (assisting.isEmpty()
                        ? ""
                        : "，" + assisting.stream().map(u -> units.get(u).name()).collect(Collectors.joining("、"))
                                + "配合");
        return new Outcome(
                Optional.of(new RoutingDecision(
                        street,
                        item.code(),
                        item.name(),
                        rule,
                        score,
                        lead.get(),
                        assisting,
                        layout.get().code(),
                        reason)),
                null);
    }
}
