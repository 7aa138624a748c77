package com.streetgov.community.infrastructure;

import com.streetgov.community.domain.Commissioner;
import com.streetgov.community.domain.Community;
import com.streetgov.community.domain.CommunityRepository;
import com.streetgov.community.domain.Grid;
import com.streetgov.tenancy.TenantScoped;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;

@ApplicationScoped
public class JpaCommunityRepository implements CommunityRepository {

    @Inject
    @TenantScoped
    EntityManager current;

    @Override
    public List<Community> communities() {
        current.joinTransaction();
        return current.createQuery("select c from CommunityRecord c order by c.street, c.code", CommunityRecord.class)
                .getResultStream()
                .map(CommunityRecord::toCommunity)
                .toList();
    }

    @Override
    public List<Grid> grids() {
        current.joinTransaction();
        return current.createQuery("select g from GridRecord g order by g.code", GridRecord.class)
                .getResultStream()
                .map(GridRecord::toGrid)
                .toList();
    }

    @Override
    public List<Commissioner> commissioners() {
        current.joinTransaction();
        return current.createQuery(
                        "select c from CommissionerRecord c order by c.community, c.name", CommissionerRecord.class)
                .getResultStream()
                .map(CommissionerRecord::toCommissioner)
                .toList();
    }

    @Override
    public void replaceAll(List<Community> communities, List<Grid> grids, List<Commissioner> commissioners) {
        current.joinTransaction();
        current.createQuery("delete from CommissionerRecord c").executeUpdate();
        current.createQuery("delete from GridRecord g").executeUpdate();
        current.createQuery("delete from CommunityRecord c").executeUpdate();
        communities.forEach(c -> current.persist(new CommunityRecord(c)));
        current.flush();
        grids.forEach(g -> current.persist(new GridRecord(g)));
        commissioners.forEach(c -> current.persist(new CommissionerRecord(c)));
        current.flush();
    }
}
