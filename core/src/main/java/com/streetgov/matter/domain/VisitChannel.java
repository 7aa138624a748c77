package com.streetgov.matter.domain;

/** How a return visit's outcome came in: a staff member's call, or the resident's own channel. */
public enum VisitChannel {
    STAFF,
    RESIDENT
}
