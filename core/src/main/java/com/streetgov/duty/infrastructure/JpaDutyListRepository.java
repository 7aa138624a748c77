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
        TypedQuery<DutyItemEntity> q =
                where(query, "select d from DutyItemEntity d", " order by d.code", DutyItemEntity.class);
        return q.setFirstResult(offset)
                .setMaxResults(limit)
                .getResultStream()
                .map(DutyItemEntity::toItem)
                .toList();
    }

    @Override
    public int count(DutyQuery query) {
        return where(query, "select count(d) from DutyItemEntity d", "", Long.class)
                .getSingleResult()
                .intValue();
    }

    @Override
    public List<String> areas() {
        return em().createQuery("select distinct d.area from DutyItemEntity d order by d.area", String.class)
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
        return Optional.ofNullable(em().find(DutyItemEntity.class, code)).map(DutyItemEntity::toItem);
    }

    @Override
    public void save(DutyItem item) {
        em().merge(new DutyItemEntity(item));
        em().flush();
    }

    @Override
    public void delete(String code) {
        Optional.ofNullable(em().find(DutyItemEntity.class, code)).ifPresent(em()::remove);
        em().flush();
    }

    @Override
    public void replaceAll(List<DutyItem> items, java.util.function.IntConsumer progress) {
        JpaBatches.replaceAll(em(), "DutyItemEntity", items, DutyItemEntity::new, progress);
    }

    @Override
    public List<StreetAssignment> assignments() {
        return em().createQuery(
                        "select a from StreetAssignmentEntity a order by a.street, a.itemCode",
                        StreetAssignmentEntity.class)
                .getResultStream()
                .map(StreetAssignmentEntity::toAssignment)
                .toList();
    }

    @Override
    public void saveAssignment(StreetAssignment assignment) {
        em().merge(new StreetAssignmentEntity(assignment));
        em().flush();
    }
}
