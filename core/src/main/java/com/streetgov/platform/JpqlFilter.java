package com.streetgov.platform;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Builds the optional filters of a paged list query: each condition is added only when its value is
 * given, values are always bound as parameters, and free text matches as a substring (wildcards in it
 * are taken literally by dropping them). Shared by the duty list, the enforcement catalog and the inbox.
 */
public final class JpqlFilter {

    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** {@code path = :name} if {@code value} is present (not null, not blank). */
    public JpqlFilter equal(String path, String name, Object value) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
            clauses.add(path + " = :" + name);
            parameters.put(name, value);
        }
        return this;
    }

    /** {@code (p1 like :name or p2 like :name …)} if {@code text} is present. */
    public JpqlFilter contains(String name, String text, String... paths) {
        if (text != null && !text.isBlank()) {
            clauses.add(
                    Arrays.stream(paths).map(p -> p + " like :" + name).collect(Collectors.joining(" or ", "(", ")")));
            parameters.put(name, "%" + text.strip().replace("%", "").replace("_", "") + "%");
        }
        return this;
    }

    /** Any other condition with its parameters, added when {@code when} holds. */
    public JpqlFilter where(boolean when, String clause, Map<String, Object> values) {
        if (when) {
            clauses.add(clause);
            parameters.putAll(values);
        }
        return this;
    }

    /** {@code select} + the conditions + {@code order}, with every parameter bound. */
    public <T> TypedQuery<T> query(EntityManager em, String select, String order, Class<T> type) {
        String jpql = select + (clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses)) + order;
        TypedQuery<T> query = em.createQuery(jpql, type);
        parameters.forEach(query::setParameter);
        return query;
    }
}
