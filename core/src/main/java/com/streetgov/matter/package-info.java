/**
 * Resident matters (一窗通办, 接诉即办): intake from the one window, the REST API, Open311 and the
 * residents' pages; routing to the right unit of the right street under the layout and duty list in force
 * on the intake date, with the dispatch catalog and what people decided before (DD030); the dispatch
 * desk for matters routing did not send and referral (转办) to district departments; the handling
 * workflow with time limits on the working-day calendar; whistles (吹哨报到) summoning district
 * departments; the resident's rating and the return visit.
 *
 * <p>Invariants: every routing decision records why (item, rule, score); a matter's state changes
 * only along the workflow and each change is an event in its history; an idempotency key creates at
 * most one matter per district.
 */
package com.streetgov.matter;
