/**
 * The law-enforcement delegation catalog (综合执法): powers handed from district agencies to the
 * streets' comprehensive enforcement teams, coded by a documented rule ({@code PowerCode}); each
 * street's team with staff seconded from source agencies and the appointment consultations recorded;
 * and coverage: every delegated power in force must be held by a team in each street.
 */
package com.streetgov.enforcement;
