package com.streetgov.assessment.infrastructure;

import static com.streetgov.tenancy.NativeSql.at;
import static com.streetgov.tenancy.NativeSql.count;

import com.streetgov.assessment.domain.ActivityFigures;
import com.streetgov.assessment.domain.DistrictActivity;
import com.streetgov.assessment.domain.Period;
import com.streetgov.matter.domain.MatterState;
import com.streetgov.tenancy.DistrictId;
import com.streetgov.tenancy.NativeSql;
import com.streetgov.tenancy.TenantEntityManagers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A district's activity for the vendor through an EntityManager bound to that district (as
 * {@code JpaDistrictRepository.streetCounts}), so row-level security holds (DD022). Every statement
 * selects {@code count(*)} and dates only: no column of a matter's contents is ever read.
 */
@ApplicationScoped
public class SqlActivityFigures implements ActivityFigures {

    /** The days of {@link DistrictActivity#perDay()}. */
    static final int DAYS = 30;

    @Inject
    TenantEntityManagers entityManagers;

    @Override
    public DistrictActivity activity(DistrictId district, String name, LocalDate today) {
        EntityManager scoped = entityManagers.open(district);
        try {
            return activity(scoped, name, today);
        } finally {
            scoped.close();
        }
    }

    /** The activity as {@code scoped} (bound to the district) counts it. */
    static DistrictActivity activity(EntityManager scoped, String name, LocalDate today) {
        String district = NativeSql.district(scoped);
        int startDay = startDay(scoped, district, today);
        Period running = Period.containing(today, startDay);
        Period last = running.previous(startDay);
        LocalDate firstDay = today.minusDays(DAYS - 1);
        LocalDate from = firstDay.isBefore(last.start()) ? firstDay : last.start();
        Object[] received = NativeSql.rows(
                        scoped,
                        "select count(*) filter (where received_at >= ? and received_at < ?),"
                                + " count(*) filter (where received_at >= ? and received_at < ?)"
                                + " from matter where district_id = ? and received_at >= ? and received_at < ?",
                        List.of(
                                at(running.start()),
                                at(running.end()),
                                at(last.start()),
                                at(last.end()),
                                district,
                                at(from),
                                at(running.end())))
                .get(0);
        Map<LocalDate, Long> days = new HashMap<>();
        NativeSql.rows(
                        scoped,
                        "select cast(received_at as date), count(*) from matter"
                                + " where district_id = ? and received_at >= ? and received_at < ? group by 1",
                        List.of(district, at(firstDay), at(today.plusDays(1))))
                .forEach(r -> days.put(NativeSql.day(r[0]), count(r[1])));
        List<DistrictActivity.DayCount> perDay = new ArrayList<>();
        for (LocalDate d = firstDay; !d.isAfter(today); d = d.plusDays(1)) {
            perDay.add(new DistrictActivity.DayCount(d, days.getOrDefault(d, 0L)));
        }
        // Literal states (from the enum), so that the partial index matter_unanswered (V14) applies.
        String answered = Arrays.stream(MatterState.values())
                .filter(MatterState::answered)
                .map(s -> "'" + s.name() + "'")
                .collect(Collectors.joining(", "));
        long open = NativeSql.single(
                scoped,
                "select count(*) from matter where district_id = ? and state not in (" + answered + ")",
                List.of(district));
        Object[] visits = NativeSql.rows(
                        scoped,
                        "select count(*) filter (where state = 'DONE' and visited_at >= ? and visited_at < ?),"
                                + " count(*) filter (where state = 'DONE' and visited_at >= ? and visited_at < ?),"
                                + " count(*) filter (where state = 'DUE') from return_visit where district_id = ?",
                        List.of(at(running.start()), at(running.end()), at(last.start()), at(last.end()), district))
                .get(0);
        return new DistrictActivity(
                district,
                name,
                running.label(),
                last.label(),
                count(received[0]),
                count(received[1]),
                perDay,
                open,
                count(visits[0]),
                count(visits[1]),
                count(visits[2]));
    }

    /** The period start day of the rules in force today, 1 (calendar month) when none are saved. */
    private static int startDay(EntityManager scoped, String district, LocalDate today) {
        List<Object[]> rows = NativeSql.rows(
                scoped,
                "select period_start_day from assessment_rules where district_id = ? and effective_from <= ?"
                        + " order by effective_from desc limit 1",
                List.of(district, java.sql.Date.valueOf(today)));
        return rows.isEmpty() ? 1 : ((Number) rows.get(0)[0]).intValue();
    }
}
