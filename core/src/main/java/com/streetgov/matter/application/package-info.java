/**
 * Intake, routing with cached per-district indexes, workflow steps, whistles and the return-visit
 * queue, in transactions.
 */
package com.streetgov.matter.application;
