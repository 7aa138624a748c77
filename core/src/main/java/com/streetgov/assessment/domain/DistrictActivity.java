package com.streetgov.assessment.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * What the vendor may see of a district's use of the product: counts only, never a matter's number,
 * title, text, address or resident. Matters received in the running period and the one before (the
 * district's own periods), per day over the last 30 days (oldest first, zeros included), matters open
 * now (not yet answered), return visits done in each period and due now.
 */
public record DistrictActivity(
        String districtId,
        String districtName,
        String runningPeriod,
        String lastPeriod,
        long receivedThisPeriod,
        long receivedLastPeriod,
        List<DayCount> perDay,
        long open,
        long visitsDoneThisPeriod,
        long visitsDoneLastPeriod,
        long visitsDue) {

    /** Matters received on one day. */
    public record DayCount(LocalDate day, long count) {}

    public DistrictActivity {
        perDay = List.copyOf(perDay);
    }
}
