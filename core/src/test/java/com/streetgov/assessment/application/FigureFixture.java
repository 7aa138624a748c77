package com.streetgov.assessment.application;

import com.streetgov.tenancy.TestDatabase;
import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows written by hand as the owner (behind the application's back) for the assessment figures' IT, and
 * the plumbing to build the services without a container: fields set by reflection, a resource-local
 * EntityManager whose {@code joinTransaction} (for JTA) is a no-op.
 */
final class FigureFixture {

    private final TestDatabase db;
    private int serial;

    FigureFixture(TestDatabase db) {
        this.db = db;
    }

    static jakarta.persistence.EntityManager local(jakarta.persistence.EntityManager em) {
        return com.streetgov.tenancy.TestDatabase.joined(em);
    }

    /** A clock that always reads {@code now}. */
    static com.streetgov.matter.application.MatterClock clockAt(LocalDateTime now) {
        return new com.streetgov.matter.application.MatterClock() {
            @Override
            public LocalDateTime now() {
                return now;
            }
        };
    }

    /** Sets field {@code name} of {@code target} (declared by its class or a superclass). */
    static <T> T set(T target, String name, Object value) {
        for (Class<?> c = target.getClass(); c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(name);
                f.setAccessible(true);
                f.set(target, value);
                return target;
            } catch (NoSuchFieldException next) {
                // look further up
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalArgumentException(target.getClass() + " has no field " + name);
    }

    void sql(String statement, Object... parameters) {
        try (Connection c = db.connect();
                PreparedStatement s = c.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                Object p = parameters[i];
                s.setObject(i + 1, p instanceof LocalDateTime t ? Timestamp.valueOf(t) : p);
            }
            s.execute();
        } catch (SQLException e) {
            throw new IllegalStateException(statement, e);
        }
    }

    /** Plain SQL as the owner: the rows of {@code query}. */
    List<Object[]> select(String query, Object... parameters) {
        try (Connection c = db.connect();
                PreparedStatement s = c.prepareStatement(query)) {
            for (int i = 0; i < parameters.length; i++) {
                Object p = parameters[i];
                s.setObject(i + 1, p instanceof LocalDateTime t ? Timestamp.valueOf(t) : p);
            }
            List<Object[]> rows = new ArrayList<>();
            try (var r = s.executeQuery()) {
                int n = r.getMetaData().getColumnCount();
                while (r.next()) {
                    Object[] row = new Object[n];
                    for (int i = 0; i < n; i++) {
                        row[i] = r.getObject(i + 1);
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(query, e);
        }
    }

    long count(String query, Object... parameters) {
        return ((Number) select(query, parameters).get(0)[0]).longValue();
    }

    /** A matter; returns its number. */
    String matter(
            String district,
            String street,
            String community,
            String grid,
            String category,
            String title,
            String description,
            LocalDateTime receivedAt,
            String state,
            boolean generated) {
        String number = receivedAt.toLocalDate().toString().replace("-", "") + "-" + String.format("%06d", ++serial);
        sql(
                "insert into matter (district_id, number, channel, title, description, street, community, grid,"
                        + " category, time_limit, time_limit_name, time_measure, time_amount, received_at, due_at,"
                        + " state, generated) values (?, ?, 'API', ?, ?, ?, ?, ?, ?, 'H24', '24小时', 'HOURS', 24, ?,"
                        + " ?, ?, ?)",
                district,
                number,
                title,
                description,
                street,
                community,
                grid,
                category,
                receivedAt,
                receivedAt.plusHours(24),
                state,
                generated);
        return number;
    }

    /** Some matters alike, one a day from {@code first}. */
    List<String> matters(
            int count,
            String district,
            String community,
            String grid,
            String category,
            String title,
            LocalDate first,
            boolean generated) {
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            numbers.add(matter(
                    district,
                    "s1",
                    community,
                    grid,
                    category,
                    title,
                    title + "，请尽快处理",
                    first.plusDays(i).atTime(10, 0),
                    "CLOSED",
                    generated));
        }
        return numbers;
    }

    void whistle(String district, String id, String matter, String street, LocalDateTime blownAt, int minutes) {
        sql(
                "insert into whistle (district_id, id, matter_number, street, blown_by, blown_at, report_in_minutes)"
                        + " values (?, ?, ?, ?, 'staff', ?, ?)",
                district,
                id,
                matter,
                street,
                blownAt,
                minutes);
    }

    void summons(String district, String whistle, String department, LocalDateTime reportedAt, String rating) {
        sql(
                "insert into whistle_summons (district_id, whistle_id, department, reported_at, action, rating)"
                        + " values (?, ?, ?, ?, ?, ?)",
                district,
                whistle,
                department,
                reportedAt,
                reportedAt == null ? null : "到场处置",
                rating);
    }

    /** A done visit; {@code reached} false makes it invalid (unreachable). */
    void visit(
            String district,
            String matter,
            boolean reached,
            boolean contacted,
            boolean resolved,
            String satisfaction,
            LocalDateTime at) {
        sql(
                "insert into return_visit (district_id, matter_number, state, created_at, due_at, channel, reached,"
                        + " unreached, contacted, resolved, satisfaction, visited_by, visited_at)"
                        + " values (?, ?, 'DONE', ?, ?, 'STAFF', ?, ?, ?, ?, ?, 'visitor', ?)",
                district,
                matter,
                at.minusDays(1),
                at.plusDays(1),
                reached,
                reached ? null : "UNREACHABLE",
                reached ? contacted : null,
                reached ? resolved : null,
                reached ? satisfaction : null,
                at);
    }

    void visitDue(String district, String matter, LocalDateTime dueAt) {
        sql(
                "insert into return_visit (district_id, matter_number, state, created_at, due_at)"
                        + " values (?, ?, 'DUE', ?, ?)",
                district,
                matter,
                dueAt.minusDays(2),
                dueAt);
    }

    void exclusion(String district, String matter, String state) {
        sql(
                "insert into matter_exclusion (district_id, matter_number, kind, reason, requested_by, requested_at,"
                        + " state) values (?, ?, 'REPEAT', '重复诉求', 'staff', now(), ?)",
                district,
                matter,
                state);
    }
}
