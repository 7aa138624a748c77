/**
 * The reform's evaluation on screen (issue 14, DD035): the indicator system in force as a tree with its
 * sources and what is still 待确认 ({@code /evaluation}), questionnaire links issued in batches with a
 * printable sheet of QR codes and live answer counts ({@code /evaluation/surveys}), and assessment rounds
 * with their report — every street and the district scored, each item's value with its source, the
 * change from the previous round, assessors' scores entered with a reason ({@code /evaluation/rounds}).
 * Rules live in core's {@code evaluation} feature; these screens only show them.
 */
package com.streetgov.ui.evaluation;
