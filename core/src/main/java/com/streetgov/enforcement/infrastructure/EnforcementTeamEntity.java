package com.streetgov.enforcement.infrastructure;

import com.streetgov.enforcement.domain.EnforcementTeam;
import com.streetgov.enforcement.domain.PowerDomain;
import com.streetgov.platform.TextListConverter;
import com.streetgov.tenancy.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import java.util.stream.Collectors;

/** A street's enforcement team (tenant-owned); its domains a list of names. */
@Entity
@Table(name = "enforcement_team")
class EnforcementTeamEntity extends TenantOwnedEntity {

    @Id
    @Column(name = "street")
    private String street;

    @Column(name = "name", nullable = false)
    private String name;

    @Convert(converter = TextListConverter.class)
    @Column(name = "domains", nullable = false)
    private List<String> domains;

    protected EnforcementTeamEntity() {}

    EnforcementTeamEntity(EnforcementTeam team) {
        street = team.street();
        name = team.name();
        domains = team.domains().stream().sorted().map(Enum::name).toList();
    }

    EnforcementTeam toTeam() {
        return new EnforcementTeam(
                street, name, domains.stream().map(PowerDomain::valueOf).collect(Collectors.toSet()));
    }
}
