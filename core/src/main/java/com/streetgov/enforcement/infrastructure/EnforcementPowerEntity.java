package com.streetgov.enforcement.infrastructure;

import com.streetgov.enforcement.domain.EnforcementPower;
import com.streetgov.enforcement.domain.HandoverMode;
import com.streetgov.enforcement.domain.PowerDomain;
import com.streetgov.enforcement.domain.PowerType;
import com.streetgov.tenancy.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One power of a district's enforcement catalog (tenant-owned). */
@Entity
@Table(name = "enforcement_power")
class EnforcementPowerEntity extends TenantOwnedEntity {

    @Id
    @Column(name = "code")
    private String code;

    @Column(name = "name", nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false)
    private PowerType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "domain", nullable = false)
    private PowerDomain domain;

    @Column(name = "legal_basis")
    private String legalBasis;

    @Column(name = "article")
    private String article;

    @Column(name = "source_department", nullable = false)
    private String sourceDepartment;

    @Enumerated(EnumType.STRING)
    @Column(name = "handover", nullable = false)
    private HandoverMode handover;

    @Column(name = "district_retains")
    private String districtRetains;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "generated", nullable = false)
    private boolean generated;

    protected EnforcementPowerEntity() {}

    EnforcementPowerEntity(EnforcementPower p) {
        code = p.code();
        name = p.name();
        type = p.type();
        domain = p.domain();
        legalBasis = p.legalBasis();
        article = p.article();
        sourceDepartment = p.sourceDepartment();
        handover = p.handover();
        districtRetains = p.districtRetains();
        effectiveFrom = p.effectiveFrom();
        generated = p.generated();
    }

    EnforcementPower toPower() {
        return new EnforcementPower(
                code,
                name,
                type,
                domain,
                legalBasis,
                article,
                sourceDepartment,
                handover,
                districtRetains,
                effectiveFrom,
                generated);
    }
}
