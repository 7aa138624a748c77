package com.streetgov.matter.domain;

/**
 * Where a matter came in: the one window (一窗通办), the JSON API, an Open311 client, or the residents'
 * own page (issue 13).
 */
public enum Channel {
    WINDOW,
    API,
    OPEN311,
    RESIDENT
}
