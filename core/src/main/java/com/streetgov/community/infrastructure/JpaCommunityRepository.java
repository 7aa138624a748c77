package com.streetgov.community.infrastructure;

import com.streetgov.community.domain.Commissioner;
import com.streetgov.community.domain.Community;
import com.streetgov.community.domain.CommunityRepository;
import com.streetgov.community.domain.Grid;
import com.streetgov.tenancy.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class JpaCommunityRepository extends TenantRepository implements CommunityRepository {

    @Override
    public List<Community> communities() {
        return em().createQuery("select c from CommunityRecord c order by c.street, c.code", CommunityRecord.class)
                .getResultStream()
                .map(CommunityRecord::toCommunity)
                .toList();
    }

    @Override
    public List<Grid> grids() {
        return em().createQuery("select g from GridRecord g order by g.code", GridRecord.class)
                .getResultStream()
                .map(GridRecord::toGrid)
                .toList();
    }

    @Override
    public List<Commissioner> commissioners() {
        return em().createQuery(
                        "select c from CommissionerRecord c order by c.community, c.name", CommissionerRecord.class)
                .getResultStream()
                .map(CommissionerRecord::toCommissioner)
                .toList();
    }

    @Override
    public void replaceAll(List<Community> communities, List<Grid> grids, List<Commissioner> commissioners) {
        em().createQuery("delete from CommissionerRecord c").executeUpdate();
        em().createQuery("delete from GridRecord g").executeUpdate();
        em().createQuery("delete from CommunityRecord c").executeUpdate();
        communities.forEach(c -> em().persist(new CommunityRecord(c)));
        em().flush();
        grids.forEach(g -> em().persist(new GridRecord(g)));
        commissioners.forEach(c -> em().persist(new CommissionerRecord(c)));
        em().flush();
    }
}
