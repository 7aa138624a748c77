package com.streetgov.matter.domain;

/** Where a matter came in: the one window (一窗通办), the JSON API, or an Open311 client. */
public enum Channel {
    WINDOW,
    API,
    OPEN311
}
