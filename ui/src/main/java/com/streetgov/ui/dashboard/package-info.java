/**
 * Each role's home-page dashboard: the district administrator's (the latest complete period's 三率 and
 * composite against the period before and the pre-reform baseline, the street ranking as a chart and
 * a table that drill down, 12-period trends, overdue matters and return visits due, hotspots, the
 * departments' double assessment, the reform's progress), street staff's (their street's work and
 * rates beside the district's) and the vendor operator's (each district's volume and activity, counts
 * only, never a case's contents). {@link HomeView}, the start page, picks the one for the user's role
 * by its {@code shell.RoleDashboard} qualifier.
 */
package com.streetgov.ui.dashboard;
