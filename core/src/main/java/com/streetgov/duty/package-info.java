/**
 * Duty lists (职责清单): which unit of a street leads, coordinates or assists on each matter, as of a
 * date; the coverage checks that find gaps and double leads (推诿扯皮); streets' own division of leads;
 * how items moved between levels; and admission (准入) of new tasks on a working-day calendar.
 *
 * <p>Invariants: an item is active in [effectiveFrom, effectiveTo); a task becomes a duty item only
 * when admitted, from its effective date; an import replaces the whole list or nothing.
 */
package com.streetgov.duty;
