/**
 * Storage of the evaluation in plain SQL on the district's EntityManager ({@code NativeSql}): a version's
 * tree as one row per node, questionnaires and questions as rows, links by the SHA-256 of their secret,
 * answers without any reference to the link they came through. Every statement names the district
 * itself; row-level security is the second line (DD022).
 */
package com.streetgov.evaluation.infrastructure;
