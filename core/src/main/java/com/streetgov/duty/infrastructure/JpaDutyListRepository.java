package com.streetgov.duty.infrastructure;

import com.streetgov.duty.domain.DutyItem;
import com.streetgov.duty.domain.DutyListRepository;
import com.streetgov.tenancy.TenantScoped;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;

@ApplicationScoped
public class JpaDutyListRepository implements DutyListRepository {

    @Inject
    @TenantScoped
    EntityManager current;

    @Override
    public List<DutyItem> findAll() {
        current.joinTransaction();
        return current.createQuery("select d from DutyItemRecord d order by d.code", DutyItemRecord.class)
                .getResultStream()
                .map(DutyItemRecord::toItem)
                .toList();
    }

    @Override
    public void replaceAll(List<DutyItem> items) {
        current.joinTransaction();
        current.createQuery("delete from DutyItemRecord d").executeUpdate();
        items.forEach(item -> current.persist(new DutyItemRecord(item)));
        current.flush();
    }
}
