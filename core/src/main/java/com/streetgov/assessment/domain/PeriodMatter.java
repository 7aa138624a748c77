package com.streetgov.assessment.domain;

import com.streetgov.matter.domain.MatterState;
import java.time.LocalDateTime;

/**
 * One matter of a hotspot's or a monthly theme's drill-down, for the district's own staff: its number,
 * title, when it came in, where (street, community, grid codes), its category, state, and whether it is
 * a generated demo matter.
 */
public record PeriodMatter(
        String number,
        String title,
        LocalDateTime receivedAt,
        String street,
        String community,
        String grid,
        String category,
        MatterState state,
        boolean generated) {}
