package com.streetgov.assessment.application;

import com.streetgov.assessment.domain.HotspotFigures;
import com.streetgov.assessment.domain.HotspotKind;
import com.streetgov.assessment.domain.HotspotReport;
import com.streetgov.assessment.domain.HotspotRule;
import com.streetgov.assessment.domain.Period;
import com.streetgov.assessment.domain.PeriodMatter;
import com.streetgov.tenancy.Allowed;
import com.streetgov.tenancy.CallerRole;
import com.streetgov.tenancy.StandbyRead;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/**
 * Hotspots (主动治理) of the current district: for a period, the categories, communities and grids with
 * the most matters and those rising fastest against the average of the three periods before it (see
 * {@link HotspotRule}); each listed as its matters. A matter counts in the period that contains the day
 * it was received; generated demo matters count like any other. Computed on each call by grouped SQL.
 */
@ApplicationScoped
@Transactional
@Allowed({CallerRole.DISTRICT_ADMIN, CallerRole.STREET_STAFF})
public class Hotspots {

    /** The longest list asked for. */
    public static final int MAXIMUM_TOP = 50;

    @Inject
    HotspotFigures figures;

    /** The top {@code top} of {@code kind} by matters and by rise in {@code period}. */
    @StandbyRead
    public HotspotReport report(Period period, HotspotKind kind, int top) {
        int n = Math.max(1, Math.min(top, MAXIMUM_TOP));
        List<Period> compared = compared(period);
        var counts = figures.counts(kind, period, compared);
        return new HotspotReport(
                period, kind, compared, HotspotRule.most(kind, counts, n), HotspotRule.rising(kind, counts, n));
    }

    /** The matters of a hotspot ({@code key} as in its {@code Hotspot}), newest first, a page at a time. */
    @StandbyRead
    public List<PeriodMatter> matters(Period period, HotspotKind kind, String key, int offset, int limit) {
        return figures.matters(kind, key, period, Math.max(0, offset), Math.max(0, Math.min(limit, 500)));
    }

    /** How many matters {@link #matters} lists: the hotspot's count. */
    @StandbyRead
    public long count(Period period, HotspotKind kind, String key) {
        return figures.count(kind, key, period);
    }

    /** The periods before {@code period} a rise is measured against, oldest first. */
    static List<Period> compared(Period period) {
        int startDay = period.start().getDayOfMonth();
        List<Period> last = new ArrayList<>(period.lastPeriods(HotspotRule.COMPARED_PERIODS + 1, startDay));
        last.remove(last.size() - 1);
        return last;
    }
}
