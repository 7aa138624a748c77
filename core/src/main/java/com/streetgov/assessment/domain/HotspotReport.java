package com.streetgov.assessment.domain;

import java.util.List;

/**
 * A period's hotspots of one kind (主动治理): the top categories or places by matters, and the top by
 * rise against the average of the {@code compared} periods before it.
 */
public record HotspotReport(
        Period period, HotspotKind kind, List<Period> compared, List<Hotspot> most, List<Hotspot> rising) {

    public HotspotReport {
        compared = List.copyOf(compared);
        most = List.copyOf(most);
        rising = List.copyOf(rising);
    }
}
