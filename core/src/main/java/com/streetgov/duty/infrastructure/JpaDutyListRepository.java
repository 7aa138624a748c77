package com.streetgov.duty.infrastructure;

import com.streetgov.duty.domain.DutyItem;
import com.streetgov.duty.domain.DutyListRepository;
import com.streetgov.duty.domain.DutyQuery;
import com.streetgov.duty.domain.StreetAssignment;
import com.streetgov.platform.JpaBatches;
import com.streetgov.platform.JpqlFilter;
import com.streetgov.tenancy.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaDutyListRepository extends TenantRepository implements DutyListRepository {

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
        return em().createQuery("select distinct d.area from DutyItemRecord d order by d.area", String.class)
                .getResultList();
    }

    private <T> TypedQuery<T> where(DutyQuery query, String select, String order, Class<T> type) {
        return new JpqlFilter()
                .contains("text", query.text(), "d.code", "d.name", "d.keywords")
                .equal("d.area", "area", query.area())
                .equal("d.level", "level", query.level())
                .equal("d.streetRole", "role", query.role())
                .query(em(), select, order, type);
    }

    @Override
    public Optional<DutyItem> find(String code) {
        return Optional.ofNullable(em().find(DutyItemRecord.class, code)).map(DutyItemRecord::toItem);
    }

    @Override
    public void save(DutyItem item) {
        em().merge(new DutyItemRecord(item));
        em().flush();
    }

    @Override
    public void delete(String code) {
        Optional.ofNullable(em().find(DutyItemRecord.class, code)).ifPresent(em()::remove);
        em().flush();
    }

    @Override
    public void replaceAll(List<DutyItem> items, java.util.function.IntConsumer progress) {
        JpaBatches.replaceAll(em(), "DutyItemRecord", items, DutyItemRecord::new, progress);
    }

    @Override
    public List<StreetAssignment> assignments() {
        return em().createQuery(
                        "select a from StreetAssignmentRecord a order by a.street, a.itemCode",
                        StreetAssignmentRecord.class)
                .getResultStream()
                .map(StreetAssignmentRecord::toAssignment)
                .toList();
    }

    @Override
    public void saveAssignment(StreetAssignment assignment) {
        em().merge(new StreetAssignmentRecord(assignment));
        em().flush();
    }
}
