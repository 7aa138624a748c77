package com.streetgov.tenantconfig.demo;

import com.streetgov.assessment.domain.Period;
import com.streetgov.community.domain.Community;
import com.streetgov.community.domain.Grid;
import com.streetgov.duty.domain.DutyItem;
import com.streetgov.duty.domain.DutyLevel;
import com.streetgov.matter.domain.Channel;
import com.streetgov.matter.domain.GeneratedMatter;
import com.streetgov.matter.domain.Matter;
import com.streetgov.matter.domain.Rating;
import com.streetgov.matter.domain.Router;
import com.streetgov.matter.domain.RoutingDecision;
import com.streetgov.matter.domain.TimeLimit;
import com.streetgov.reform.domain.StreetProfile;
import com.streetgov.text.Text;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * One period's generated matters: where and when they came in (streets by weight, communities and
 * grids of the street, the district's working hours), what they are about (a duty item the street's
 * layout gives a lead unit, with a resident's sentence of its area's theme) and how they ended (the
 * period's planned counts, given to the matters with the best scores so that streets and units differ).
 */
final class PeriodMatters {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    /** Relative intake by hour of day: the hotline answers around the clock, most calls by day. */
    private static final int[] HOURS = {1, 1, 1, 1, 1, 2, 4, 8, 12, 14, 14, 12, 9, 10, 12, 12, 11, 10, 8, 7, 6, 4, 3, 2
    };

    private final DemoHistory.Setting setting;
    private final Period period;
    private final HistoryPlan plan;
    private final Random random;
    private final Router router;
    private final Map<String, Double> streetWeight = new HashMap<>();
    private final Map<String, Double> quality = new HashMap<>();
    private final Map<String, List<Candidate>> candidates = new HashMap<>();
    private final Map<String, List<Community>> communities;
    private final Map<String, List<Grid>> grids;

    private record Candidate(DutyItem item, RoutingDecision routing, double weight) {}

    PeriodMatters(DemoHistory.Setting setting, Period period, HistoryPlan plan, long seed) {
        this.setting = setting;
        this.period = period;
        this.plan = plan;
        this.random = new Random(seed);
        this.router = new Router(setting.model(), setting.items(), setting.assignments(), null);
        // Street sizes and the quality of streets and units stay the same all year (seeded by district).
        Random stable = new Random(setting.district().hashCode());
        for (StreetProfile s : setting.model().streets()) {
            streetWeight.put(s.code(), 0.6 + 0.8 * stable.nextDouble());
            quality.put(s.code(), (stable.nextDouble() - 0.5) * 1.2);
        }
        this.communities = setting.communities().stream().collect(Collectors.groupingBy(Community::street));
        this.grids = setting.grids().stream().collect(Collectors.groupingBy(Grid::community));
    }

    List<GeneratedMatter> generate() {
        List<Draft> drafts = new ArrayList<>();
        List<LocalDate> days = period.start().datesUntil(period.end()).toList();
        List<String> streets = new ArrayList<>(streetWeight.keySet());
        Collections.sort(streets);
        for (int i = 0; i < plan.matters(); i++) {
            drafts.add(draft(weighted(streets, streetWeight), days.get(random.nextInt(days.size()))));
        }
        drafts.sort(Comparator.comparing((Draft d) -> d.received));
        Map<LocalDate, Integer> serials = new HashMap<>();
        for (Draft d : drafts) {
            int serial = serials.merge(d.received.toLocalDate(), 1, Integer::sum);
            d.number = "G" + d.received.toLocalDate().format(DAY) + "-" + String.format("%06d", serial);
        }
        assignOutcomes(drafts);
        Outcomes outcomes = new Outcomes(setting, random);
        return drafts.stream().map(d -> outcomes.matter(d)).toList();
    }

    /** A matter's facts before its outcome is known. */
    static final class Draft {
        String number;
        String street;
        String streetName;
        Community community;
        Grid grid;
        DutyItem item;
        RoutingDecision routing;
        Channel channel;
        TimeLimit limit;
        LocalDateTime received;
        String title;
        String place;
        double score;
        boolean excluded;
        boolean invalid;
        boolean contacted;
        boolean resolved;
        Rating rating;
    }

    private Draft draft(String street, LocalDate day) {
        Draft d = new Draft();
        d.street = street;
        d.streetName = setting.model().street(street).map(StreetProfile::name).orElse(street);
        List<Community> ofStreet = communities.getOrDefault(street, List.of());
        if (!ofStreet.isEmpty() && random.nextDouble() < 0.9) {
            d.community = ofStreet.get(random.nextInt(ofStreet.size()));
            List<Grid> ofCommunity = grids.getOrDefault(d.community.code(), List.of());
            if (!ofCommunity.isEmpty() && random.nextDouble() < 0.7) {
                d.grid = ofCommunity.get(random.nextInt(ofCommunity.size()));
            }
        }
        int hour = weightedIndex(HOURS);
        d.received = day.atTime(hour, random.nextInt(60), random.nextInt(60));
        Candidate c = candidate(street);
        d.item = c.item();
        double channel = random.nextDouble();
        d.channel = channel < 0.55 ? Channel.WINDOW : channel < 0.8 ? Channel.OPEN311 : Channel.API;
        d.place = (d.community == null ? d.streetName : d.community.name()) + (1 + random.nextInt(24)) + "号楼";
        d.title = ResidentSentences.pick(ResidentSentences.of(d.item.area()).titles(), random)
                .replace("{p}", d.place);
        Text how = d.community != null
                ? Text.of("routing.locatedBy.communityStreet", d.community.name(), d.streetName)
                : Text.of("routing.locatedBy.chosenStreet", d.streetName);
        RoutingDecision r = c.routing();
        if (d.channel == Channel.API) {
            double score = 1.2 + 5 * random.nextDouble();
            Text matched =
                    Text.of("routing.matched", r.itemName(), r.itemCode(), String.format(Locale.ROOT, "%.2f", score));
            d.routing = new RoutingDecision(
                    street,
                    r.itemCode(),
                    r.itemName(),
                    RoutingDecision.Rule.TEXT,
                    score,
                    r.leadUnit(),
                    r.assistingUnits(),
                    r.layoutVersion(),
                    Text.of("text.joined", how, Router.withWhy(r.reason(), matched)));
        } else {
            d.routing = new RoutingDecision(
                    street,
                    r.itemCode(),
                    r.itemName(),
                    r.rule(),
                    r.score(),
                    r.leadUnit(),
                    r.assistingUnits(),
                    r.layoutVersion(),
                    Text.of("text.joined", how, r.reason()));
        }
        double limit = random.nextDouble();
        d.limit = limit(limit < 0.8 ? "H24" : limit < 0.85 ? "URGENT" : "D7");
        return d;
    }

    /** A duty item of the street, weighted: items the sources name and city matters come up more often. */
    private Candidate candidate(String street) {
        List<Candidate> list = candidates.computeIfAbsent(street, this::candidatesOf);
        if (list.isEmpty()) {
            throw new IllegalStateException("no routable duty item in street " + street + " of " + setting.district());
        }
        double total = list.stream().mapToDouble(Candidate::weight).sum();
        double x = random.nextDouble() * total;
        for (Candidate c : list) {
            x -= c.weight();
            if (x < 0) {
                return c;
            }
        }
        return list.get(list.size() - 1);
    }

    private List<Candidate> candidatesOf(String street) {
        LocalDate first = period.start();
        LocalDate last = period.end().minusDays(1);
        List<Candidate> list = new ArrayList<>();
        for (DutyItem item : setting.items()) {
            if (item.level() != DutyLevel.STREET || !item.activeOn(first) || !item.activeOn(last)) {
                continue;
            }
            Text why = Text.of("routing.byCategory", item.name(), item.code());
            router.to(street, first, item.code(), RoutingDecision.Rule.CATEGORY, why)
                    .decision()
                    .filter(r -> setting.model()
                            .layoutOf(street, last)
                            .map(v -> v.code())
                            .orElse("")
                            .equals(r.layoutVersion()))
                    .ifPresent(r -> {
                        double weight = item.generated() ? 1 : 4;
                        if (ResidentSentences.of(item.area()) == ResidentSentences.CITY) {
                            weight *= 2;
                        }
                        list.add(new Candidate(item, r, weight));
                    });
        }
        return list;
    }

    private TimeLimit limit(String code) {
        return setting.limits().stream()
                .filter(l -> l.code().equals(code))
                .findFirst()
                .orElse(setting.limits().get(0));
    }

    /**
     * Excluded and invalid matters at random; among the valid ones, those with the best scores (street
     * quality plus noise) are contacted, resolved and satisfied, exactly as many as the plan says.
     */
    private void assignOutcomes(List<Draft> drafts) {
        List<Draft> shuffled = new ArrayList<>(drafts);
        Collections.shuffle(shuffled, random);
        for (int i = 0; i < plan.excluded(); i++) {
            Draft d = shuffled.get(i);
            d.excluded = true;
            d.contacted = true;
            d.resolved = random.nextDouble() < 0.4;
            d.rating = random.nextDouble() < 0.5 ? Rating.NOT_SATISFIED : Rating.BASICALLY_SATISFIED;
        }
        for (int i = plan.excluded(); i < plan.excluded() + plan.invalid(); i++) {
            shuffled.get(i).invalid = true;
        }
        List<Draft> valid = new ArrayList<>(shuffled.subList(plan.excluded() + plan.invalid(), shuffled.size()));
        for (Draft d : valid) {
            d.score = quality.get(d.street) + unitQuality(d.routing.leadUnit()) + random.nextGaussian();
        }
        valid.sort(Comparator.comparingDouble((Draft d) -> -d.score));
        for (int i = 0; i < valid.size(); i++) {
            valid.get(i).resolved = i < plan.resolved();
        }
        Map<Draft, Double> contactKey = new HashMap<>();
        for (Draft d : valid) {
            contactKey.put(d, d.score + (d.resolved ? 3 : 0) + random.nextGaussian());
        }
        List<Draft> byContact = new ArrayList<>(valid);
        byContact.sort(Comparator.comparingDouble((Draft d) -> -contactKey.get(d)));
        for (int i = 0; i < byContact.size(); i++) {
            byContact.get(i).contacted = i < plan.contacted();
        }
        List<Draft> bySatisfaction = new ArrayList<>(valid);
        for (Draft d : bySatisfaction) {
            d.score = d.score + (d.resolved ? 2.5 : 0) + 0.5 * random.nextGaussian();
        }
        bySatisfaction.sort(Comparator.comparingDouble((Draft d) -> -d.score));
        for (int i = 0; i < bySatisfaction.size(); i++) {
            bySatisfaction.get(i).rating = i < plan.satisfied()
                    ? Rating.SATISFIED
                    : i < plan.satisfied() + plan.basicallySatisfied()
                            ? Rating.BASICALLY_SATISFIED
                            : Rating.NOT_SATISFIED;
        }
    }

    /** A unit's quality, the same in every street and period (seeded by the unit's code). */
    private static double unitQuality(String unit) {
        return (new Random(unit.hashCode()).nextDouble() - 0.5) * 0.4;
    }

    private <T> T weighted(List<T> values, Map<T, Double> weights) {
        double total = values.stream().mapToDouble(weights::get).sum();
        double x = random.nextDouble() * total;
        for (T v : values) {
            x -= weights.get(v);
            if (x < 0) {
                return v;
            }
        }
        return values.get(values.size() - 1);
    }

    private int weightedIndex(int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int x = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    static Matter.Submission submission(Draft d, String description, String resident) {
        return new Matter.Submission(
                d.title,
                description,
                d.streetName + d.place,
                d.street,
                d.community == null ? null : d.community.code(),
                d.grid == null ? null : d.grid.code(),
                d.channel == Channel.API ? null : d.item.code(),
                resident,
                null);
    }
}
