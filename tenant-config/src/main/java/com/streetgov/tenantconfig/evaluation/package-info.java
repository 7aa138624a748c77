/**
 * The evaluation's file form: an indicator system with its questionnaires as JSON
 * ({@code streetgov-indicators/1}), read and written here, and the seed templates shipped as such files
 * (Xicheng's 3 categories × 4 levels × 41 items, a minimal one, Luohu's satisfaction-led one). Reading
 * checks the form (fields present and typed); what the system means is the core validator's to judge.
 */
package com.streetgov.tenantconfig.evaluation;
