/**
 * The reform's evaluation (issue 14): a district's indicator system as data — a tree of categories,
 * levels and items with weights — whose items are fed by system figures (the results' rates, overdue
 * share, coverage problems, admission refusals, whistles answered on time), by questionnaire answers,
 * or by an assessor's score with a reason; and the scorecard that turns item values into each node's
 * score and the total as exact weighted sums (DD035).
 *
 * <p>Invariants: sibling weights add up to 100 at every level; every leaf has exactly one source and
 * no inner node has one; a link names a question that exists; every score is in [0, 100] and every
 * computed score can be traced to the item values and weights behind it.
 */
package com.streetgov.evaluation;
