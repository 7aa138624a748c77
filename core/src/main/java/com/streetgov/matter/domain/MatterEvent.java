package com.streetgov.matter.domain;

import java.time.LocalDateTime;

/** One entry of a matter's history: who did what when, the state before and after, and a note. */
public record MatterEvent(
        int seq, LocalDateTime at, String actor, String type, MatterState from, MatterState to, String note) {}
