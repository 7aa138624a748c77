package com.streetgov.duty.infrastructure;

import com.streetgov.duty.domain.DutyItem;
import com.streetgov.duty.domain.DutyLevel;
import com.streetgov.duty.domain.DutyRole;
import com.streetgov.duty.domain.Movement;
import com.streetgov.platform.TextListConverter;
import com.streetgov.tenancy.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;

/** One stored duty item of a district (tenant-owned). */
@Entity
@Table(name = "duty_item")
class DutyItemEntity extends TenantOwnedEntity {

    @Id
    @Column(name = "code")
    private String code;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "area", nullable = false)
    private String area;

    @Enumerated(EnumType.STRING)
    @Column(name = "level", nullable = false)
    private DutyLevel level;

    @Enumerated(EnumType.STRING)
    @Column(name = "street_role", nullable = false)
    private DutyRole streetRole;

    @Convert(converter = TextListConverter.class)
    @Column(name = "lead_units", nullable = false)
    private List<String> leadUnits;

    @Convert(converter = TextListConverter.class)
    @Column(name = "assisting_units", nullable = false)
    private List<String> assistingUnits;

    @Column(name = "legal_basis")
    private String legalBasis;

    @Column(name = "origin")
    private String origin;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "effective_to")
    private LocalDate effectiveTo;

    @Convert(converter = TextListConverter.class)
    @Column(name = "keywords", nullable = false)
    private List<String> keywords;

    @Column(name = "generated", nullable = false)
    private boolean generated;

    @Enumerated(EnumType.STRING)
    @Column(name = "movement", nullable = false)
    private Movement movement;

    @Column(name = "moved_on")
    private LocalDate movedOn;

    protected DutyItemEntity() {}

    DutyItemEntity(DutyItem item) {
        code = item.code();
        name = item.name();
        area = item.area();
        level = item.level();
        streetRole = item.streetRole();
        leadUnits = item.leadUnits();
        assistingUnits = item.assistingUnits();
        legalBasis = item.legalBasis();
        origin = item.origin();
        effectiveFrom = item.effectiveFrom();
        effectiveTo = item.effectiveTo();
        keywords = item.keywords();
        generated = item.generated();
        movement = item.movement();
        movedOn = item.movedOn();
    }

    DutyItem toItem() {
        return new DutyItem(
                code,
                name,
                area,
                level,
                streetRole,
                leadUnits,
                assistingUnits,
                legalBasis,
                origin,
                effectiveFrom,
                effectiveTo,
                keywords,
                generated,
                movement,
                movedOn);
    }
}
