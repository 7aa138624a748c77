package com.streetgov.matter.domain;

import java.time.LocalDateTime;
import java.util.Set;

/**
 * Matters received in {@code [from, to]}, optionally only those of one service code (the duty item asked
 * for at intake or the one they are routed to) and only in the given states (empty:
 * any). Listed newest first; Open311's request list is the reader (GeoReport v2 filters).
 */
public record ReceivedQuery(String serviceCode, LocalDateTime from, LocalDateTime to, Set<MatterState> states) {

    public ReceivedQuery {
        states = states == null ? Set.of() : Set.copyOf(states);
    }
}
