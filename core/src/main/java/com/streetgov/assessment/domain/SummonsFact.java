package com.streetgov.assessment.domain;

import com.streetgov.matter.domain.MatterState;
import com.streetgov.matter.domain.Rating;
import java.time.LocalDateTime;

/**
 * One department summoned by one whistle (吹哨报到), as read for the double assessment: the whistle
 * (its street, when it was blown, the minutes the departments had to report in), the department's
 * report and the street's rating of it, and the state of the whistle's matter now.
 *
 * <p>A summons is <em>on time</em> when it reported in no later than {@link #deadline()} (blown at +
 * report-in minutes), <em>late</em> when it reported in after it; one not reported in is
 * <em>awaiting</em> while the deadline has not passed and <em>missed</em> once it has.
 */
public record SummonsFact(
        String whistleId,
        String matterNumber,
        String street,
        String streetName,
        LocalDateTime blownAt,
        int reportInMinutes,
        String department,
        LocalDateTime reportedAt,
        Rating rating,
        MatterState matterState) {

    public LocalDateTime deadline() {
        return blownAt.plusMinutes(reportInMinutes);
    }

    public boolean reported() {
        return reportedAt != null;
    }

    public boolean onTime() {
        return reported() && !reportedAt.isAfter(deadline());
    }

    public boolean late() {
        return reported() && reportedAt.isAfter(deadline());
    }

    /** Not reported in yet, and the deadline has not passed at {@code now}. */
    public boolean awaiting(LocalDateTime now) {
        return !reported() && !now.isAfter(deadline());
    }

    /** Not reported in, and the deadline passed before {@code now}. */
    public boolean missed(LocalDateTime now) {
        return !reported() && now.isAfter(deadline());
    }

    /** What became of the whistle's matter. */
    public WhistleOutcome outcome() {
        return WhistleOutcome.of(matterState);
    }
}
