package com.streetgov.duty.infrastructure;

import com.streetgov.duty.domain.DutyItem;
import com.streetgov.duty.domain.DutyListRepository;
import com.streetgov.duty.domain.DutyQuery;
import com.streetgov.duty.domain.StreetAssignment;
import com.streetgov.tenancy.TenantScoped;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

@ApplicationScoped
public class JpaDutyListRepository implements DutyListRepository {

    @Inject
    @TenantScoped
    EntityManager current;

    @Override
    public List<DutyItem> findAll() {
        return page(DutyQuery.ALL, 0, Integer.MAX_VALUE);
    }

    @Override
    public List<DutyItem> page(DutyQuery query, int offset, int limit) {
        TypedQuery<DutyItemRecord> q =
                where(query, "select d from DutyItemRecord d", " order by d.code", DutyItemRecord.class);
        return q.setFirstResult(offset)
                .setMaxResults(limit)
                .getResultStream()
                .map(DutyItemRecord::toItem)
                .toList();
    }

    @Override
    public int count(DutyQuery query) {
        return where(query, "select count(d) from DutyItemRecord d", "", Long.class)
                .getSingleResult()
                .intValue();
    }

    @Override
    public List<String> areas() {
        current.joinTransaction();
        return current.createQuery("select distinct d.area from DutyItemRecord d order by d.area", String.class)
                .getResultList();
    }

    private <T> TypedQuery<T> where(DutyQuery query, String select, String order, Class<T> type) {
        current.joinTransaction();
        List<String> clauses = new ArrayList<>();
        Map<String, Object> params = new TreeMap<>();
        if (query.text() != null && !query.text().isBlank()) {
            clauses.add("(d.code like :text or d.name like :text or d.keywords like :text)");
            params.put("text", "%" + query.text().strip().replace("%", "").replace("_", "") + "%");
        }
        if (query.area() != null && !query.area().isBlank()) {
            clauses.add("d.area = :area");
            params.put("area", query.area());
        }
        if (query.level() != null) {
            clauses.add("d.level = :level");
            params.put("level", query.level());
        }
        if (query.role() != null) {
            clauses.add("d.streetRole = :role");
            params.put("role", query.role());
        }
        String jpql = select + (clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses)) + order;
        TypedQuery<T> q = current.createQuery(jpql, type);
        params.forEach(q::setParameter);
        return q;
    }

    @Override
    public Optional<DutyItem> find(String code) {
        current.joinTransaction();
        return Optional.ofNullable(current.find(DutyItemRecord.class, code)).map(DutyItemRecord::toItem);
    }

    @Override
    public void save(DutyItem item) {
        current.joinTransaction();
        current.merge(new DutyItemRecord(item));
        current.flush();
    }

    @Override
    public void delete(String code) {
        current.joinTransaction();
        Optional.ofNullable(current.find(DutyItemRecord.class, code)).ifPresent(current::remove);
        current.flush();
    }

    @Override
    public void replaceAll(List<DutyItem> items, java.util.function.IntConsumer progress) {
        current.joinTransaction();
        current.createQuery("delete from DutyItemRecord d").executeUpdate();
        int n = 0;
        for (DutyItem item : items) {
            current.persist(new DutyItemRecord(item));
            if (++n % 100 == 0) {
                current.flush();
                current.clear();
                progress.accept(n);
            }
        }
        current.flush();
        progress.accept(n);
    }

    @Override
    public List<StreetAssignment> assignments() {
        current.joinTransaction();
        return current.createQuery(
                        "select a from StreetAssignmentRecord a order by a.street, a.itemCode",
                        StreetAssignmentRecord.class)
                .getResultStream()
                .map(StreetAssignmentRecord::toAssignment)
                .toList();
    }

    @Override
    public void saveAssignment(StreetAssignment assignment) {
        current.joinTransaction();
        current.merge(new StreetAssignmentRecord(assignment));
        current.flush();
    }
}
