package com.streetgov.dispatch.infrastructure;

import com.streetgov.dispatch.domain.DispatchTarget;
import com.streetgov.dispatch.domain.DispatchType;
import com.streetgov.tenancy.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A stored matter type of the dispatch catalog (tenant-owned); synonyms and examples one per line. */
@Entity
@Table(name = "dispatch_type")
class DispatchTypeEntity extends TenantOwnedEntity {

    @Id
    @Column(name = "code")
    private String code;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "category", nullable = false)
    private String category;

    @Column(name = "synonyms", nullable = false)
    private String synonyms;

    @Column(name = "examples", nullable = false)
    private String examples;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_kind", nullable = false)
    private DispatchTarget.Kind targetKind;

    @Column(name = "target_ref")
    private String targetRef;

    @Column(name = "basis", nullable = false)
    private String basis;

    protected DispatchTypeEntity() {}

    DispatchTypeEntity(DispatchType t) {
        code = t.code();
        name = t.name();
        category = t.category();
        synonyms = Lines.join(t.synonyms());
        examples = Lines.join(t.examples());
        targetKind = t.target().kind();
        targetRef = t.target().ref();
        basis = t.basis();
    }

    DispatchType toType() {
        return new DispatchType(
                code,
                name,
                category,
                Lines.split(synonyms),
                Lines.split(examples),
                new DispatchTarget(targetKind, targetRef),
                basis);
    }
}
