package com.streetgov.matter.domain;

import com.streetgov.text.Text;
import java.time.LocalDateTime;

/**
 * One entry of a matter's history: who did what when, the state before and after, and a note — a
 * person's words as {@link Text#literal(String) literals}, a sentence of the product as a key with its
 * arguments, so that the history reads in whichever language its reader uses.
 */
public record MatterEvent(
        int seq, LocalDateTime at, String actor, String type, MatterState from, MatterState to, Text note) {}
