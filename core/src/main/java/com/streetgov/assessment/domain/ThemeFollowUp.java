package com.streetgov.assessment.domain;

import com.streetgov.matter.domain.MatterState;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * How the month's theme is going: its matters received in its period ({@code matters}), their count
 * per state (in workflow order, every state, zeros included), and the return visits done on them counted as the results
 * count them ({@code visits}; apply the period's rules with {@link VisitCounts#rates}).
 */
public record ThemeFollowUp(
        MonthlyTheme theme, Period period, long matters, Map<MatterState, Long> byState, VisitCounts visits) {

    public ThemeFollowUp {
        EnumMap<MatterState, Long> ordered = new EnumMap<>(MatterState.class);
        ordered.putAll(byState);
        byState = Collections.unmodifiableMap(ordered);
    }
}
