/**
 * The law-enforcement delegation catalog (综合执法): powers handed from district agencies to the
 * streets' comprehensive enforcement teams. Work in progress for the duty-lists issue: the catalog's
 * domain and coding rule first; teams, seconded staff, coverage and screens follow.
 */
package com.streetgov.enforcement;
