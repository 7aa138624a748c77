package com.streetgov.tenantconfig.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.streetgov.assessment.domain.AssessmentRules;
import com.streetgov.assessment.domain.Denominator;
import com.streetgov.assessment.domain.Period;
import com.streetgov.assessment.domain.Rates;
import com.streetgov.assessment.domain.VisitCounts;
import com.streetgov.duty.domain.DutyItem;
import com.streetgov.matter.domain.GeneratedMatter;
import com.streetgov.matter.domain.MatterState;
import com.streetgov.tenantconfig.duty.TemplateDuties;
import com.streetgov.tenantconfig.format.Templates;
import com.streetgov.tenantconfig.results.TemplateRules;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The generated demo history: counted from the generated rows exactly as the product counts (done
 * visits of matters received in the period, approved exclusions out, invalid visits out of the
 * denominator), Xicheng's latest complete period is 91.40 % / 95.57 % under Xicheng's rules, and
 * earlier periods are lower.
 */
class DemoHistoryTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    /** Xicheng's rules: valid visits, basically satisfied weighs 0.9, 19th to 18th. */
    private static final AssessmentRules XICHENG = new AssessmentRules(
            "西城区",
            LocalDate.of(2020, 1, 1),
            19,
            Denominator.VALID_VISITS,
            new BigDecimal("0.9"),
            new BigDecimal("10"),
            new BigDecimal("50"),
            new BigDecimal("40"),
            30,
            AssessmentRules.ARTICLE_11);

    /** Counts generated rows the way ResultsService counts stored ones. */
    static VisitCounts count(List<GeneratedMatter> matters, Period period, Predicate<GeneratedMatter> which) {
        long visits = 0, invalid = 0, contacted = 0, resolved = 0, satisfied = 0, basic = 0, excluded = 0;
        for (GeneratedMatter m : matters) {
            if (!period.contains(m.receivedAt().toLocalDate()) || !which.test(m)) {
                continue;
            }
            if (m.exclusion() != null) {
                excluded++;
                continue;
            }
            visits++;
            GeneratedMatter.Visit v = m.visit();
            if (!v.reached()) {
                invalid++;
                continue;
            }
            contacted += v.contacted() ? 1 : 0;
            resolved += v.resolved() ? 1 : 0;
            satisfied += v.satisfaction().equals("SATISFIED") ? 1 : 0;
            basic += v.satisfaction().equals("BASICALLY_SATISFIED") ? 1 : 0;
        }
        return new VisitCounts(visits, invalid, contacted, resolved, satisfied, basic, excluded);
    }

    @Test
    void xichengs_latest_complete_period_computes_to_the_sources_rates_and_earlier_ones_are_lower() {
        DemoHistory history = DemoHistory.forTemplate("xicheng", TODAY);
        List<Period> periods = history.periods();
        assertEquals(12, periods.size());
        // 30 November 2026 is in the period 2026-12 (19 November to 18 December): the latest complete
        // one is 2026-11 (19 October to 18 November).
        assertEquals(Period.of(YearMonth.of(2026, 11), 19), periods.get(11));
        assertEquals(Period.of(YearMonth.of(2025, 12), 19), periods.get(0));

        List<GeneratedMatter> latest = history.period(11);
        Rates rates = count(latest, periods.get(11), m -> true).rates(XICHENG);
        assertEquals("91.40", Rates.percent(rates.resolution()));
        assertEquals("95.57", Rates.percent(rates.satisfaction()));
        assertTrue(rates.counts().invalid() > 0, "some visits are invalid");
        assertTrue(rates.counts().excluded() > 0, "some matters are excluded");
        assertTrue(latest.size() > 11_000 && latest.size() < 12_200, "about 11,600 a month: " + latest.size());

        Rates first = count(history.period(0), periods.get(0), m -> true).rates(XICHENG);
        assertEquals("85.12", Rates.percent(first.resolution()));
        assertEquals("90.08", Rates.percent(first.satisfaction()));
        for (int i = 1; i < 11; i++) {
            Rates r = count(history.period(i), periods.get(i), m -> true).rates(XICHENG);
            assertTrue(r.resolution().compareTo(first.resolution()) > 0, "period " + i + " above the first");
            assertTrue(r.resolution().compareTo(rates.resolution()) <= 0, "period " + i + " not above the latest");
        }
        assertTrue(history.matters() > 130_000 && history.matters() < 150_000, "a year: " + history.matters());
    }

    @Test
    void matters_spread_over_streets_communities_items_and_units_that_routing_gives() {
        DemoHistory history = DemoHistory.forTemplate("xicheng", TODAY);
        Period period = history.periods().get(11);
        List<GeneratedMatter> matters = history.period(11);
        Map<String, DutyItem> items = TemplateDuties.load("xicheng").items().stream()
                .collect(Collectors.toMap(DutyItem::code, i -> i, (a, b) -> a));
        var model = Templates.load("xicheng");
        Map<String, Long> byStreet = matters.stream()
                .collect(Collectors.groupingBy(m -> m.submission().street(), Collectors.counting()));
        assertEquals(15, byStreet.size());
        byStreet.values().forEach(n -> assertTrue(n >= 30, "every street is ranked (at least 30 visits)"));
        Set<String> units = new HashSet<>();
        Map<String, Rates> streetRates = new HashMap<>();
        for (GeneratedMatter m : matters) {
            assertTrue(m.number().matches("G\\d{8}-\\d{6}"), m.number());
            assertEquals(
                    m.receivedAt().toLocalDate().format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE),
                    m.number().substring(1, 9));
            assertTrue(period.contains(m.receivedAt().toLocalDate()));
            DutyItem item = items.get(m.routing().itemCode());
            assertNotNull(item, "a duty item of the list");
            assertEquals(item.name(), m.routing().itemName());
            assertEquals(
                    model.layoutOf(m.submission().street(), m.receivedAt().toLocalDate())
                            .orElseThrow()
                            .code(),
                    m.routing().layoutVersion());
            assertTrue(
                    model.unitsOf(m.submission().street(), m.receivedAt().toLocalDate()).stream()
                            .anyMatch(u -> u.code().equals(m.routing().leadUnit())),
                    "the lead unit is in the street's layout");
            assertEquals("RECEIVED", m.events().get(0).type());
            assertEquals(MatterState.CLOSED, m.events().get(3).to());
            assertFalse(m.submission().title().isBlank());
            units.add(m.submission().street() + "/" + m.routing().leadUnit());
        }
        assertEquals(
                matters.size(),
                matters.stream().map(GeneratedMatter::number).distinct().count(),
                "unique numbers");
        assertTrue(
                matters.stream().filter(m -> m.submission().community() != null).count() > matters.size() * 0.8);
        assertTrue(matters.stream().filter(m -> m.submission().grid() != null).count() > matters.size() * 0.5);
        assertTrue(matters.stream().filter(m -> m.whistle() != null).count() > 50, "whistles");
        assertTrue(matters.stream().map(m -> m.routing().itemCode()).distinct().count() > 50, "many items");
        assertTrue(units.size() >= 15 * 5, "several units per street: " + units.size());
        for (String street : byStreet.keySet()) {
            streetRates.put(
                    street,
                    count(matters, period, m -> m.submission().street().equals(street))
                            .rates(XICHENG));
        }
        BigDecimal best = streetRates.values().stream()
                .map(Rates::resolution)
                .max(BigDecimal::compareTo)
                .orElseThrow();
        BigDecimal worst = streetRates.values().stream()
                .map(Rates::resolution)
                .min(BigDecimal::compareTo)
                .orElseThrow();
        assertTrue(best.subtract(worst).compareTo(new BigDecimal("0.02")) > 0, "streets differ: " + worst + "–" + best);
    }

    @Test
    void the_same_day_gives_the_same_history_and_the_other_districts_a_small_one() {
        assertEquals(
                DemoHistory.forTemplate("luohu", TODAY).period(3),
                DemoHistory.forTemplate("luohu", TODAY).period(3));
        int others = 0;
        for (String district : List.of("luohu", "dongcheng", "chenghua")) {
            DemoHistory history = DemoHistory.forTemplate(district, TODAY);
            others += history.matters();
            List<GeneratedMatter> latest = history.period(11);
            Period period = history.periods().get(11);
            assertEquals(
                    TemplateRules.load(district).rules().periodStartDay(),
                    period.start().getDayOfMonth());
            Rates rates = count(latest, period, m -> true).rates(XICHENG);
            assertTrue(rates.resolution().compareTo(new BigDecimal("0.85")) > 0, district);
            if (district.equals("chenghua")) {
                // as installed: the agri streets' urbanisation section leads 征地拆迁与农转居 (layoutLeads)
                Map<Boolean, Set<String>> urbanisationLeads = latest.stream()
                        .filter(m -> m.routing().itemCode().equals("CH-PD-013"))
                        .collect(Collectors.partitioningBy(
                                m -> m.routing().layoutVersion().equals("agri-2012"),
                                Collectors.mapping(m -> m.routing().leadUnit(), Collectors.toSet())));
                assertEquals(Set.of("chengshihua"), urbanisationLeads.get(true));
                assertEquals(Set.of("chengshi-guanli"), urbanisationLeads.get(false));
            }
        }
        assertTrue(others > 32_000 && others < 44_000, "the other three districts: " + others);
    }
}
