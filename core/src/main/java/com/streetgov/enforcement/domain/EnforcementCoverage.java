package com.streetgov.enforcement.domain;

import com.streetgov.text.Text;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Whether every delegated power in force on a date is held by a team in each street. A street without
 * a team, or whose team lacks a domain, is named with the powers left unheld (count and first codes).
 */
public record EnforcementCoverage(List<Gap> gaps, Map<PowerDomain, Integer> powersByDomain, int powers) {

    /** Powers of one domain no team holds in one street, and what that means, in the reader's language. */
    public record Gap(String street, PowerDomain domain, List<String> powerCodes, Text message) {}

    private static final int EXAMPLES = 3;

    /** {@code streets} maps street codes to names. */
    public static EnforcementCoverage of(
            Map<String, String> streets, List<EnforcementPower> catalog, List<EnforcementTeam> teams, LocalDate on) {
        List<EnforcementPower> inForce =
                catalog.stream().filter(p -> !p.effectiveFrom().isAfter(on)).toList();
        Map<PowerDomain, List<String>> byDomain = new EnumMap<>(PowerDomain.class);
        inForce.forEach(p ->
                byDomain.computeIfAbsent(p.domain(), d -> new ArrayList<>()).add(p.code()));
        List<Gap> gaps = new ArrayList<>();
        streets.forEach((street, streetName) -> {
            var team = teams.stream().filter(t -> t.street().equals(street)).findFirst();
            byDomain.forEach((domain, codes) -> {
                if (team.isPresent() && team.get().domains().contains(domain)) {
                    return;
                }
                String examples = String.join("、", codes.subList(0, Math.min(EXAMPLES, codes.size())));
                Text message = team.isPresent()
                        ? Text.of(
                                "enforcement.gap.notHeld",
                                streetName,
                                team.get().name(),
                                domain.text(),
                                codes.size(),
                                examples)
                        : Text.of("enforcement.gap.noTeam", streetName, domain.text(), codes.size(), examples);
                gaps.add(new Gap(street, domain, List.copyOf(codes), message));
            });
        });
        Map<PowerDomain, Integer> counts = new EnumMap<>(PowerDomain.class);
        byDomain.forEach((d, codes) -> counts.put(d, codes.size()));
        return new EnforcementCoverage(List.copyOf(gaps), Map.copyOf(counts), inForce.size());
    }
}
