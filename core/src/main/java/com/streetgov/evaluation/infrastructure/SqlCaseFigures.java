package com.streetgov.evaluation.infrastructure;

import static com.streetgov.tenancy.NativeSql.at;
import static com.streetgov.tenancy.NativeSql.count;
import static com.streetgov.tenancy.NativeSql.district;
import static com.streetgov.tenancy.NativeSql.rows;
import static com.streetgov.tenancy.NativeSql.single;

import com.streetgov.duty.domain.AdmissionApplication;
import com.streetgov.evaluation.domain.CaseFigures;
import com.streetgov.matter.application.MatterClock;
import com.streetgov.matter.domain.MatterState;
import com.streetgov.tenancy.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Overdue matters from each matter's history ({@code matter_event}: every state change with its time)
 * and refused admission applications from the register, by one grouped statement each.
 */
@ApplicationScoped
public class SqlCaseFigures extends TenantRepository implements CaseFigures {

    /** The states in which the street's clock stands still (MatterState.clockRuns is false), literally. */
    private static final String STOPPED = Arrays.stream(MatterState.values())
            .filter(s -> !s.clockRuns())
            .map(s -> "'" + s.name() + "'")
            .collect(Collectors.joining(", "));

    /**
     * A matter is overdue as of ?asOf when its due time has passed by then and its clock ran after the
     * due time: the state it was in at the due time (its last event up to then; the stored state for a
     * matter without history) lets the clock run, or it entered such a state after the due time and by
     * ?asOf (taken back from a referral, reopened).
     */
    private static final String OVERDUE = "select m.street, count(*), count(*) filter (where m.due_at < ? and ("
            + " coalesce((select e.to_state from matter_event e where e.district_id = m.district_id"
            + " and e.matter_number = m.number and e.at <= m.due_at order by e.seq desc limit 1), m.state)"
            + " not in (" + STOPPED + ")"
            + " or exists (select 1 from matter_event e where e.district_id = m.district_id"
            + " and e.matter_number = m.number and e.at > m.due_at and e.at <= ?"
            + " and e.to_state not in (" + STOPPED + "))))"
            + " from matter m where m.district_id = ? and m.received_at >= ? and m.received_at < ?"
            + " group by m.street";

    @Override
    public Map<String, Overdue> overdue(LocalDate from, LocalDate to, LocalDateTime asOf) {
        Timestamp until = Timestamp.valueOf(asOf);
        Map<String, Overdue> out = new HashMap<>();
        rows(em(), OVERDUE, List.of(until, until, district(em()), at(from), at(to)))
                .forEach(r -> out.put((String) r[0], new Overdue(count(r[1]), count(r[2]))));
        return out;
    }

    /**
     * Refused applications by the day of their decision: a refusal is final (no step leads out of
     * REJECTED), so the time the row was last changed is the time it was refused, in China's time.
     */
    @Override
    public long admissionRefusals(LocalDate from, LocalDate to) {
        return single(
                em(),
                "select count(*) from admission where district_id = ? and status = ?"
                        + " and (updated_at at time zone ?) >= ? and (updated_at at time zone ?) < ?",
                List.of(
                        district(em()),
                        AdmissionApplication.Status.REJECTED.name(),
                        MatterClock.ZONE.getId(),
                        at(from),
                        MatterClock.ZONE.getId(),
                        at(to)));
    }
}
