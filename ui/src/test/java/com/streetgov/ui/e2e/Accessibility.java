package com.streetgov.ui.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * axe-core (Deque's rules, the npm package's {@code axe.min.js} as bundled by its Java binding) run
 * in the page under test: WCAG 2.0/2.1 A and AA and best practices; serious and critical violations
 * fail the test with each rule, its help text and the elements it found.
 */
final class Accessibility {

    static final Set<String> FAILING = Set.of("serious", "critical");

    private Accessibility() {}

    /** Fails with the serious and critical violations of the page as it now stands. */
    static void assertNoSeriousViolations(Page page, String what) {
        AxeResults results = new AxeBuilder(page)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
                .analyze();
        assertEquals(false, results.isErrored(), () -> what + ": axe did not run: " + results.getErrorMessage());
        List<Rule> failing = results.getViolations().stream()
                .filter(rule -> FAILING.contains(rule.getImpact()))
                .toList();
        String report = failing.stream()
                .map(rule -> rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " — "
                        + rule.getNodes().stream()
                                .map(node -> String.valueOf(node.getTarget()))
                                .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
        assertEquals(0, failing.size(), what + ":\n" + report);
    }
}
