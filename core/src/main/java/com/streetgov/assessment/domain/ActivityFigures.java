package com.streetgov.assessment.domain;

import com.streetgov.tenancy.DistrictId;
import java.time.LocalDate;

/**
 * Counts one district's activity for the vendor, through a connection bound to that district (row-level
 * security holds, DD022); reads counts only.
 */
public interface ActivityFigures {

    /** The activity of {@code district} as of {@code today}, in its own periods. */
    DistrictActivity activity(DistrictId district, String name, LocalDate today);
}
