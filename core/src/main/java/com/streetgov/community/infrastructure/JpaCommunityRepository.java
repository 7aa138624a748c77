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
        return em().createQuery("select c from CommunityEntity c order by c.street, c.code", CommunityEntity.class)
                .getResultStream()
                .map(CommunityEntity::toCommunity)
                .toList();
    }

    @Override
    public List<Grid> grids() {
        return em().createQuery("select g from GridEntity g order by g.code", GridEntity.class)
                .getResultStream()
                .map(GridEntity::toGrid)
                .toList();
    }

    @Override
    public List<Commissioner> commissioners() {
        return em().createQuery(
                        "select c from CommissionerEntity c order by c.community, c.name", CommissionerEntity.class)
                .getResultStream()
                .map(CommissionerEntity::toCommissioner)
                .toList();
    }

    @Override
    public void replaceAll(List<Community> communities, List<Grid> grids, List<Commissioner> commissioners) {
        em().createQuery("delete from CommissionerEntity c").executeUpdate();
        em().createQuery("delete from GridEntity g").executeUpdate();
        em().createQuery("delete from CommunityEntity c").executeUpdate();
        communities.forEach(c -> em().persist(new CommunityEntity(c)));
        em().flush();
        grids.forEach(g -> em().persist(new GridEntity(g)));
        commissioners.forEach(c -> em().persist(new CommissionerEntity(c)));
        em().flush();
    }
}
