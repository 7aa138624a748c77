package com.streetgov.ui.e2e;

import com.microsoft.playwright.ElementHandle;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a Vaadin grid shows, row by row and cell by cell, as the browser drew it: the grid's body rows
 * in its shadow DOM, in index order, each cell's text read from the light-DOM content its slot shows.
 * For grids that show all their rows (no scrolling); waits until every row is drawn.
 */
final class GridRows {

    private static final String ROWS = "g => { const grid = document.querySelector(g);"
            + " const rows = [...grid.shadowRoot.querySelectorAll('tbody#items tr')]"
            + "   .filter(tr => !tr.hidden && tr.index !== undefined && tr.index < grid.size)"
            + "   .sort((a, b) => a.index - b.index);"
            + " return rows.map(tr => [...tr.querySelectorAll('td:not([part~=\"details-cell\"])')].map(td => {"
            + "   const slot = td.querySelector('slot'); const content = slot && slot.assignedElements()[0];"
            + "   return content ? content.innerText.trim() : ''; })); }";

    private static final String DRAWN = "g => { const grid = document.querySelector(g);"
            + " if (!grid || grid.size === undefined || grid.hasAttribute('loading')) return false;"
            + " const rows = [...grid.shadowRoot.querySelectorAll('tbody#items tr')]"
            + "   .filter(tr => !tr.hidden && tr.index !== undefined && tr.index < grid.size);"
            + " return rows.length === grid.size"
            + "   && rows.every(tr => [...tr.querySelectorAll('td:not([part~=\"details-cell\"]) slot')].every(s => s.assignedElements().length > 0)); }";

    private GridRows() {}

    /** How many items the grid {@code selector} holds (all of them, drawn or not). */
    static int size(Page page, String selector) {
        settle(page);
        page.waitForFunction(
                "g => { const grid = document.querySelector(g); return grid && grid.size !== undefined"
                        + " && !grid.hasAttribute('loading'); }",
                selector);
        return ((Number) page.evaluate("g => document.querySelector(g).size", selector)).intValue();
    }

    /**
     * The rows of a grid that pages its items in (a fixed height): the ones drawn now, once the first
     * {@code atLeast} (or all, when fewer) have their cells.
     */
    @SuppressWarnings("unchecked")
    static List<List<String>> drawn(Page page, String selector, int atLeast) {
        settle(page);
        page.waitForFunction(
                "([g, n]) => { const grid = document.querySelector(g);"
                        + " if (!grid || grid.size === undefined || grid.hasAttribute('loading')) return false;"
                        + " const rows = [...grid.shadowRoot.querySelectorAll('tbody#items tr')]"
                        + "   .filter(tr => !tr.hidden && tr.index !== undefined && tr.index < grid.size"
                        + "     && [...tr.querySelectorAll('td:not([part~=\"details-cell\"]) slot')]"
                        + "        .every(s => s.assignedElements().length > 0));"
                        + " return rows.length >= Math.min(n, grid.size); }",
                List.of(selector, atLeast));
        return (List<List<String>>) page.evaluate(ROWS, selector);
    }

    /** The rows of the grid {@code selector} once all are drawn: a list of cell texts per row. */
    @SuppressWarnings("unchecked")
    static List<List<String>> of(Page page, String selector) {
        settle(page);
        page.waitForFunction(DRAWN, selector);
        return (List<List<String>>) page.evaluate(ROWS, selector);
    }

    /** The content element of the cell at {@code row}, {@code column} (both from 0), once all rows are drawn. */
    static ElementHandle cell(Page page, String selector, int row, int column) {
        settle(page);
        page.waitForFunction(DRAWN, selector);
        return page.evaluateHandle(
                        "([g, r, c]) => { const grid = document.querySelector(g);"
                                + " const tr = [...grid.shadowRoot.querySelectorAll('tbody#items tr')]"
                                + "   .find(t => !t.hidden && t.index === r);"
                                + " const td = [...tr.querySelectorAll('td:not([part~=\"details-cell\"])')][c];"
                                + " return td.querySelector('slot').assignedElements()[0]; }",
                        List.of(selector, row, column))
                .asElement();
    }

    /** Waits until the browser has no request to the server in flight (Vaadin's client is idle). */
    static void settle(Page page) {
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())");
    }

    /** Opens the {@code vaadin-select} {@code selector} and picks the item labelled exactly {@code label}. */
    static void choose(Page page, String selector, String label) {
        page.locator(selector).click();
        // The opened select's options only: two selects on a page may offer the same label, and a
        // select shows its chosen item as a (non-option) item of the same label.
        page.locator("vaadin-select-item[role=option] >> visible=true")
                .filter(new Locator.FilterOptions()
                        // Playwright runs the pattern as a JavaScript RegExp, which knows no \Q…\E.
                        .setHasText(Pattern.compile(
                                "^\\s*" + label.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0") + "\\s*$")))
                .click();
        settle(page);
    }
}
