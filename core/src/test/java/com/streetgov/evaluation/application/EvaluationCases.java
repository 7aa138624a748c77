package com.streetgov.evaluation.application;

import com.streetgov.assessment.application.ResultsIT;
import com.streetgov.assessment.domain.Baseline;
import com.streetgov.duty.domain.DutyItemBuilder;
import com.streetgov.duty.domain.DutyLevel;
import com.streetgov.duty.domain.StreetAssignment;
import com.streetgov.duty.infrastructure.JpaDutyListRepository;
import com.streetgov.tenancy.TestDatabase;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * The cases behind the figures that are not rates (EvaluationFiguresIT): matters with their histories
 * and due times, Xicheng's duty list, admission applications and the pre-reform baseline — and what
 * each round must count from them, worked out by hand in the comments (never by the production code).
 * Round R2 is read on {@link EvaluationFixture#NOW} (25 Nov 2026 10:00, before its end), R1 at its end
 * (19 Nov 2026 00:00).
 */
final class EvaluationCases {

    private EvaluationCases() {}

    /**
     * Matters without return visits (so no rate moves): number, street, received, due, the history after
     * the RECEIVED event ("STATE@time;…"), and the rounds in which they are overdue, decided by hand.
     */
    static final String[][] TIMED = {
        // R2 (received 19 Nov – 18 Dec, read on 25 Nov 10:00)
        {"O01", "s1", "2026-11-20T09:00", "2026-11-21T09:00", "RESPONDED@2026-11-21T08:00", ""}, // in time
        {"O02", "s1", "2026-11-20T10:00", "2026-11-21T10:00", "RESPONDED@2026-11-22T10:00", "R2"}, // late answer
        {"O03", "s1", "2026-11-21T09:00", "2026-11-22T09:00", "DISPATCHED@2026-11-21T10:00", "R2"}, // still open
        {"O04", "s1", "2026-11-24T09:00", "2026-11-28T09:00", "", ""}, // open, not yet due
        {"O05", "s2", "2026-11-20T09:00", "2026-11-21T09:00", "REFERRED@2026-11-20T12:00", ""}, // referred in time
        {
            "O06",
            "s2",
            "2026-11-20T09:00",
            "2026-11-21T09:00",
            "REFERRED@2026-11-20T12:00;DISPATCHED@2026-11-23T09:00",
            "R2"
        }, // taken back after its due time
        {"O07", "s2", "2026-11-19T08:00", "2026-11-21T08:00", "RESPONDED@2026-11-21T08:00", ""}, // on the minute
        // R1 (received 19 Sep – 18 Nov, read at 19 Nov 00:00)
        {"O09", "s1", "2026-11-10T09:00", "2026-11-17T09:00", "RESPONDED@2026-11-20T09:00", "R1"}, // open at the end
        {"O10", "s2", "2026-11-15T09:00", "2026-11-22T09:00", "RESPONDED@2026-11-23T09:00", ""}, // not due by the end
        {"O11", "s2", "2026-11-01T09:00", "2026-11-05T09:00", "RESPONDED@2026-11-04T09:00", ""}, // in time
    };

    /**
     * Coverage problems by hand, on the day each round is read (R2: 25 Nov, R1: 18 Nov), over the items
     * of {@link #seed}: T-2 has two leads (s2 re-divided it to minsheng alone), T-3 none, T-4 an unknown
     * unit and so no known lead, T-6 none from 20 Nov; T-5 (a community's) does not count, and every unit
     * leads or assists something. s1 in R2: gaps T-3, T-4, T-6, double T-2, unknown T-4 = 5.
     */
    static final Map<String, Map<String, Long>> COVERAGE = Map.of(
            "R2", Map.of("s1", 5L, "s2", 4L, "*", 9L),
            "R1", Map.of("s1", 4L, "s2", 3L, "*", 7L));

    /** Admission applications: district, code, status, when last changed (refused, for REJECTED). */
    static final String[][] ADMISSIONS = {
        {"xicheng", "ZR-2026-001", "REJECTED", "2026-11-20T10:00+08:00"},
        {"xicheng", "ZR-2026-002", "REJECTED", "2026-11-19T00:30+08:00"}, // still 18 Nov in UTC
        {"xicheng", "ZR-2026-003", "REJECTED", "2026-11-18T23:30+08:00"},
        {"xicheng", "ZR-2026-004", "APPROVED", "2026-11-21T10:00+08:00"},
        {"luohu", "ZR-2026-001", "REJECTED", "2026-11-20T10:00+08:00"},
    };

    static final Baseline BASELINE =
            new Baseline("改革前（2018年）", null, new BigDecimal("0.3917"), new BigDecimal("0.6576"), "西城区改革评估报告");

    static void seed(TestDatabase db, EntityManagerFactory emf) throws Exception {
        try (Connection c = db.connect()) {
            matters(c);
            admissions(c);
        }
        TestDatabase.inDistrict(emf, EvaluationData.XICHENG, em -> {
            JpaDutyListRepository duty = new JpaDutyListRepository();
            TestDatabase.inject(duty, "current", TestDatabase.joined(em));
            duty.save(DutyItemBuilder.item("T-1", "征地拆迁")
                    .lead("zonghe")
                    .assist("gonggong")
                    .build());
            duty.save(DutyItemBuilder.item("T-2", "社会救助")
                    .lead("zonghe", "minsheng")
                    .build());
            duty.save(DutyItemBuilder.item("T-3", "环境整治").build());
            duty.save(DutyItemBuilder.item("T-4", "违建查处").lead("chengguan").build());
            duty.save(DutyItemBuilder.item("T-5", "楼门院治理")
                    .level(DutyLevel.RESIDENTS_COMMITTEE)
                    .build());
            duty.save(DutyItemBuilder.item("T-6", "垃圾分类")
                    .active(LocalDate.of(2026, 11, 20), null)
                    .build());
            duty.saveAssignment(new StreetAssignment("s2", "T-2", List.of("minsheng")));
            try {
                ResultsIT.service(em, EvaluationData.XICHENG).saveBaseline(BASELINE, "录入改革前基线");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static void matters(Connection c) throws Exception {
        try (PreparedStatement m = c.prepareStatement("insert into matter (district_id, number, channel, title,"
                        + " description, street, time_limit, time_limit_name, time_measure, time_amount,"
                        + " received_at, due_at, state) values ('xicheng', ?, 'PHONE', ?, '详情', ?, 'D5', '5个工作日',"
                        + " 'WORKING_DAYS', 5, ?, ?, ?)");
                PreparedStatement e = c.prepareStatement(
                        "insert into matter_event (district_id, matter_number,"
                                + " seq, at, actor, type, from_state, to_state) values ('xicheng', ?, ?, ?, 'staff', ?, ?, ?)")) {
            for (String[] row : TIMED) {
                List<String[]> steps = new java.util.ArrayList<>();
                steps.add(new String[] {"RECEIVED", row[2]});
                for (String step : row[4].isEmpty() ? new String[0] : row[4].split(";")) {
                    steps.add(step.split("@"));
                }
                m.setString(1, row[0]);
                m.setString(2, "诉求" + row[0]);
                m.setString(3, row[1]);
                m.setObject(4, LocalDateTime.parse(row[2]));
                m.setObject(5, LocalDateTime.parse(row[3]));
                m.setString(6, steps.get(steps.size() - 1)[0]);
                m.executeUpdate();
                String from = null;
                for (int i = 0; i < steps.size(); i++) {
                    e.setString(1, row[0]);
                    e.setInt(2, i + 1);
                    e.setObject(3, LocalDateTime.parse(steps.get(i)[1]));
                    e.setString(4, steps.get(i)[0]);
                    e.setString(5, from);
                    e.setString(6, steps.get(i)[0]);
                    e.executeUpdate();
                    from = steps.get(i)[0];
                }
            }
        }
    }

    private static void admissions(Connection c) throws Exception {
        try (PreparedStatement a = c.prepareStatement("insert into admission (district_id, code, task, department,"
                + " target_level, area, applied_on, requested_effective_from, decision_due, status, updated_by,"
                + " updated_at) values (?, ?, ?, '区城管委', 'STREET', '城市管理', date '2026-10-01', date '2026-12-01',"
                + " date '2026-10-15', ?, 'xicheng-admin', ?)")) {
            for (String[] row : ADMISSIONS) {
                a.setString(1, row[0]);
                a.setString(2, row[1]);
                a.setString(3, "下沉任务" + row[1]);
                a.setString(4, row[2]);
                a.setObject(5, OffsetDateTime.parse(row[3]));
                a.executeUpdate();
            }
        }
    }

    /** Xicheng's matters received on {@code [from, to)} in {@code street} (null: all), counted from the rows. */
    static long received(String street, LocalDate from, LocalDate to) {
        long n = 0;
        for (String[][] rows : List.of(EvaluationData.MATTERS, TIMED)) {
            for (String[] m : rows) {
                LocalDate day = LocalDateTime.parse(rows == TIMED ? m[2] : m[4]).toLocalDate();
                if ((street == null || street.equals(m[1])) && !day.isBefore(from) && day.isBefore(to)) {
                    n++;
                }
            }
        }
        return n;
    }

    /** The matters marked overdue in {@code round} by hand ({@link EvaluationData#MATTERS} are all closed). */
    static long overdue(String street, String round) {
        long n = 0;
        for (String[] m : TIMED) {
            if ((street == null || street.equals(m[1])) && m[5].equals(round)) {
                n++;
            }
        }
        return n;
    }

    /** Xicheng's applications refused on the days {@code [from, to)} in China's time. */
    static long refusals(LocalDate from, LocalDate to) {
        long n = 0;
        for (String[] a : ADMISSIONS) {
            LocalDate day = OffsetDateTime.parse(a[3])
                    .atZoneSameInstant(ZoneId.of("Asia/Shanghai"))
                    .toLocalDate();
            if (a[0].equals("xicheng") && a[2].equals("REJECTED") && !day.isBefore(from) && day.isBefore(to)) {
                n++;
            }
        }
        return n;
    }
}
