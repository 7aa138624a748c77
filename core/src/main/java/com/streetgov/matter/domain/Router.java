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
import com.streetgov.text.Text;
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
 *
 * <p>Why is said as texts ({@code routing.*} keys): a decision's reason is why the item was chosen
 * followed by the layout's lead and assisting units ({@code routing.led}, why first).
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
     * This router over another reform model and duty list — a what-if's draft — with the same
     * classifier, dispatch catalog and streets' own divisions of duties.
     */
    public Router withDraft(ReformModel draftModel, List<DutyItem> draftItems) {
        return new Router(draftModel, draftItems, assignments, classifier, catalog);
    }

    /**
     * This router with {@code changed} as the street's own division of that item's leads (an empty list
     * of leads: the street follows the duty list again) — a what-if of a street's re-division.
     */
    public Router withAssignment(StreetAssignment changed) {
        List<StreetAssignment> all = new ArrayList<>();
        for (StreetAssignment a : assignments) {
            if (!(a.street().equals(changed.street()) && a.itemCode().equals(changed.itemCode()))) {
                all.add(a);
            }
        }
        if (!changed.leadUnits().isEmpty()) {
            all.add(changed);
        }
        return new Router(model, List.copyOf(items.values()), all, classifier, catalog);
    }

    /**
     * The outcome: a decision; or a referral to a district department or the community (the matter is
     * not for a unit of the street); or neither, with why (a text, also the referral's reason). From
     * the resident's words also the suggestions (distinct places, best first, at most three) and the
     * confidence of the first ({@link #confidence}); below {@link #DESK_BELOW} nothing is decided and the
     * matter waits at the dispatch desk with the suggestions.
     */
    public record Outcome(
            Optional<RoutingDecision> decision,
            Text problem,
            Optional<Suggestion> referral,
            List<Suggestion> suggestions,
            double confidence) {

        public Outcome {
            suggestions = List.copyOf(suggestions);
        }

        public Outcome(Optional<RoutingDecision> decision, Text problem) {
            this(decision, problem, Optional.empty(), List.of(), decision.isPresent() ? 1 : 0);
        }

        static Outcome refused(Text problem) {
            return new Outcome(Optional.empty(), problem);
        }
    }

    /**
     * A place the resident's words point to: a unit of the street (with the decision that routing there
     * makes), a district department or the community; its name, score and why.
     */
    public record Suggestion(Place place, String code, String name, double score, Text why, RoutingDecision decision) {

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
            return Outcome.refused(Text.of("routing.streetUnknown", street));
        }
        if (category != null && !category.isBlank()) {
            DutyItem item = items.get(category);
            if (item == null || !item.activeOn(on)) {
                return Outcome.refused(Text.of("routing.categoryInvalid", category, on));
            }
            return toUnits(
                    street,
                    streetName,
                    on,
                    item,
                    RoutingDecision.Rule.CATEGORY,
                    1.0,
                    Text.of("routing.byCategory", item.name(), item.code()));
        }
        List<Suggestion> ranked = suggest(street, on, text, SUGGESTIONS, 0);
        double confidence = confidence(ranked);
        if (ranked.isEmpty() || ranked.get(0).score() < MIN_SCORE) {
            return new Outcome(Optional.empty(), Text.of("routing.noMatch"), Optional.empty(), ranked, confidence);
        }
        Suggestion s = ranked.get(0);
        if (confidence < DESK_BELOW) {
            String score = String.format(Locale.ROOT, "%.2f", confidence);
            Text names = list(ranked.stream().map(Suggestion::name).toList());
            return new Outcome(
                    Optional.empty(),
                    Text.of("routing.lowConfidence", score, DESK_BELOW, names),
                    Optional.empty(),
                    ranked,
                    confidence);
        }
        return switch (s.place()) {
            case UNIT -> new Outcome(Optional.of(s.decision()), null, Optional.empty(), ranked, confidence);
            case DEPARTMENT ->
                new Outcome(
                        Optional.empty(),
                        Text.of("routing.notStreetDuty", s.why(), s.name()),
                        Optional.of(s),
                        ranked,
                        confidence);
            case COMMUNITY ->
                new Outcome(
                        Optional.empty(),
                        Text.of("routing.toCommunity", s.why(), s.name()),
                        Optional.of(s),
                        ranked,
                        confidence);
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
            Text why = match.kind() == MatterClassifier.Kind.LEARNED
                    ? Text.of("routing.learned", item.name(), item.code(), score)
                    : match.similarity() > 0
                            ? Text.of("routing.matchedMeaning", item.name(), item.code(), score, similarity(match))
                            : Text.of("routing.matched", item.name(), item.code(), score);
            return unit(street, streetName, on, item, match.score(), why);
        }
        Optional<DispatchType> found = catalog.type(match.code());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        DispatchType type = found.get();
        Text why = match.similarity() > 0
                ? Text.of("routing.catalogMeaning", type.name(), type.code(), score, similarity(match))
                : Text.of("routing.catalog", type.name(), type.code(), score);
        DispatchTarget target = type.target();
        return switch (target.kind()) {
            case ITEM -> {
                DutyItem item = items.get(target.ref());
                yield item == null || !item.activeOn(on)
                        ? Optional.empty()
                        : unit(
                                street,
                                streetName,
                                on,
                                item,
                                match.score(),
                                Text.of("routing.catalogItem", why, item.name()));
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

    private static String similarity(MatterClassifier.Match match) {
        return String.format(Locale.ROOT, "%.2f", match.similarity());
    }

    private Optional<Suggestion> unit(
            String street, String streetName, LocalDate on, DutyItem item, double score, Text why) {
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
    public Outcome to(String street, LocalDate on, String itemCode, RoutingDecision.Rule rule, Text why) {
        String streetName = model.street(street).map(s -> s.name()).orElse(street);
        DutyItem item = items.get(itemCode);
        if (item == null) {
            return Outcome.refused(Text.of("routing.itemUnknown", itemCode));
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
            Text why) {
        Optional<ModelVersion> layout = model.layoutOf(street, on);
        if (layout.isEmpty()) {
            return Outcome.refused(Text.of("routing.noLayout", streetName, on));
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
            return Outcome.refused(Text.of("routing.noLead", item.name(), streetName));
        }
        List<String> assisting = item.assistingUnits().stream()
                .filter(units::containsKey)
                .filter(u -> !u.equals(lead.get()))
                .toList();
        String leadName = units.get(lead.get()).name();
        Text reason = assisting.isEmpty()
                ? Text.of("routing.led", why, streetName, layout.get().code(), leadName)
                : Text.of(
                        "routing.ledWithAssisting",
                        why,
                        streetName,
                        layout.get().code(),
                        leadName,
                        list(assisting.stream().map(u -> units.get(u).name()).toList()));
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

    /**
     * {@code reason}, a decision's reason as this router gives it, for another why: the layout's part
     * (street, layout, lead and assisting units) kept.
     */
    public static Text withWhy(Text reason, Text why) {
        List<Object> args = new ArrayList<>(reason.args());
        args.set(0, why);
        return new Text(reason.key(), args);
    }

    /** Names (of units, places, departments) as one list: 甲、乙、丙 (English: A, B, C). */
    public static Text list(List<String> names) {
        Text listed = null;
        for (int i = names.size() - 1; i >= 0; i--) {
            listed = listed == null ? Text.literal(names.get(i)) : Text.of("matter.list", names.get(i), listed);
        }
        return listed == null ? Text.literal("") : listed;
    }
}
