package com.streetgov.matter.domain;

import com.streetgov.duty.domain.DutyItem;
import com.streetgov.duty.domain.DutyLevel;
import com.streetgov.duty.domain.StreetAssignment;
import com.streetgov.reform.domain.ModelVersion;
import com.streetgov.reform.domain.ReformModel;
import com.streetgov.reform.domain.Unit;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Routes a matter within a street: to a duty item (the category the resident or clerk chose, else the
 * best match of the resident's words against item names and keywords), then to that item's lead and
 * assisting units in the street's layout in force on the intake date (a street's own division wins).
 * Only street-level items active on that date are candidates.
 */
public final class Router {

    /** Text matches scoring below this are not trusted; the matter waits for a clerk. */
    public static final double MIN_SCORE = 1.0;

    private final ReformModel model;
    private final Map<String, DutyItem> items;
    private final List<StreetAssignment> assignments;
    private final MatterClassifier classifier;

    public Router(
            ReformModel model, List<DutyItem> items, List<StreetAssignment> assignments, MatterClassifier classifier) {
        this.model = model;
        this.items = items.stream()
                .filter(i -> i.level() == DutyLevel.STREET)
                .collect(Collectors.toMap(DutyItem::code, Function.identity(), (a, b) -> a));
        this.assignments = List.copyOf(assignments);
        this.classifier = classifier;
    }

    /** The outcome: a decision, or why there is none (in Chinese). */
    public record Outcome(Optional<RoutingDecision> decision, String problem) {
        static Outcome refused(String problem) {
            return new Outcome(Optional.empty(), problem);
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
        for (MatterClassifier.Match match : classifier.match(text == null ? "" : text, 10)) {
            DutyItem item = items.get(match.itemCode());
            if (item == null || !item.activeOn(on)) {
                continue;
            }
            if (match.score() < MIN_SCORE) {
                break;
            }
            String score = String.format(Locale.ROOT, "%.2f", match.score());
            return toUnits(
                    street,
                    streetName,
                    on,
                    item,
                    RoutingDecision.Rule.TEXT,
                    match.score(),
                    "诉求内容与职责事项“" + item.name() + "”（" + item.code() + "）的名称和关键词匹配，得分" + score);
        }
        return Outcome.refused("未能从诉求内容匹配到职责事项，请人工选择类别");
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
