package com.streetgov.tenancy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Plain SQL on a district's EntityManager, for repositories that read figures or write rows without
 * entities (assessment figures, the evaluation). Native SQL is not filtered by EclipseLink's multitenancy, so every statement
 * names {@code district_id = ?} itself (row-level security is the second line, DD022). Parameters are
 * written {@code ?} and numbered here in order.
 */
public final class NativeSql {

    private NativeSql() {}

    /** The district {@code em} is bound to. */
    public static String district(EntityManager em) {
        Object district = em.getProperties().get(TenantEntityManagers.TENANT_PROPERTY);
        if (district == null) {
            throw new NoDistrictException();
        }
        return district.toString();
    }

    public static Query query(EntityManager em, String sql, List<?> parameters) {
        StringBuilder numbered = new StringBuilder();
        int n = 0;
        for (char c : sql.toCharArray()) {
            if (c == '?') {
                numbered.append('?').append(++n);
            } else {
                numbered.append(c);
            }
        }
        if (n != parameters.size()) {
            throw new IllegalArgumentException(n + " placeholders, " + parameters.size() + " parameters");
        }
        Query query =
                em.createNativeQuery(numbered.toString()).setHint("eclipselink.jdbc.allow-native-sql-query", true);
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }

    @SuppressWarnings("unchecked")
    public static List<Object[]> rows(EntityManager em, String sql, List<?> parameters) {
        return ((List<Object>) query(em, sql, parameters).getResultList())
                .stream()
                        .map(r -> r instanceof Object[] row ? row : new Object[] {r})
                        .toList();
    }

    public static long single(EntityManager em, String sql, List<?> parameters) {
        return count(query(em, sql, parameters).getSingleResult());
    }

    /** Midnight of {@code day}, as a JDBC parameter for a {@code timestamp} column. */
    public static Timestamp at(LocalDate day) {
        return Timestamp.valueOf(day.atStartOfDay());
    }

    public static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    public static LocalDateTime time(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp t) {
            return t.toLocalDateTime();
        }
        if (value instanceof OffsetDateTime o) {
            return o.toLocalDateTime();
        }
        return (LocalDateTime) value;
    }

    public static LocalDate day(Object value) {
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return (LocalDate) value;
    }

    public static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
