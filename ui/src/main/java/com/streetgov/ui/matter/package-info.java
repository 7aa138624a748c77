/**
 * Daily work of street staff: the one-window intake form, the inbox with time-limit countdowns, and
 * the matter page with its routing explanation, history, workflow actions, whistles and the
 * resident's rating. Rules live in core's matter feature.
 */
package com.streetgov.ui.matter;
