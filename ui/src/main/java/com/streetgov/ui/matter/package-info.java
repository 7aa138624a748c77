/**
 * Daily work of street staff: the one-window intake form, the dispatch desk, the inbox with time-limit
 * countdowns, the matter page with its routing explanation, history, workflow actions, whistles, the
 * resident's photos and rating, the return-visit queue, and the district's time limits. Rules live in
 * core's matter feature.
 */
package com.streetgov.ui.matter;
