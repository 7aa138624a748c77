package com.streetgov.community.application;

import com.streetgov.audit.application.ConfigChanges;
import com.streetgov.audit.domain.ConfigArea;
import com.streetgov.community.domain.Commissioner;
import com.streetgov.community.domain.Community;
import com.streetgov.community.domain.CommunityRepository;
import com.streetgov.community.domain.Grid;
import com.streetgov.tenancy.Allowed;
import com.streetgov.tenancy.CallerRole;
import com.streetgov.text.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** The current district's communities, grids and commissioners. */
@ApplicationScoped
@Transactional
@Allowed({CallerRole.DISTRICT_ADMIN, CallerRole.STREET_STAFF})
public class CommunityService {

    @Inject
    ConfigChanges audit;

    @Inject
    CommunityRepository repository;

    public List<Community> communities() {
        return repository.communities();
    }

    public List<Grid> grids() {
        return repository.grids();
    }

    public List<Commissioner> commissioners() {
        return repository.commissioners();
    }

    @Allowed(CallerRole.DISTRICT_ADMIN)
    public void replace(List<Community> communities, List<Grid> grids, List<Commissioner> commissioners) {
        repository.replaceAll(communities, grids, commissioners);
        audit.record(
                ConfigArea.COMMUNITIES,
                Text.of("community.audit.replaced", communities.size(), grids.size(), commissioners.size()));
    }
}
