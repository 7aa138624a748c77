package com.streetgov.organisation.domain;

import com.streetgov.tenancy.DistrictId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A district (区): the customer and tenant. It owns one reform model and all tenant-owned rows carry
 * its id. A district is linked to exactly one Keycloak organization by alias; its users are that
 * organization's members.
 *
 * <p>Invariants: the id is immutable and equals {@link DistrictId}'s format; the name is unique across
 * all districts; the Keycloak organization alias is unique.
 */
@Entity
@Table(name = "district")
public class District {

    @Id
    @Column(name = "id", length = 32)
    private String id;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "keycloak_org_alias", nullable = false, length = 64)
    private String keycloakOrgAlias;

    @Column(name = "adcode", length = 12)
    private String adcode;

    /* OffsetDateTime: EclipseLink 4.0 serialises Instant as bytes. */
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected District() {}

    public District(DistrictId id, String name, String keycloakOrgAlias, String adcode) {
        this.id = id.value();
        this.name = requireText(name, "name");
        this.keycloakOrgAlias = requireText(keycloakOrgAlias, "keycloakOrgAlias");
        this.adcode = adcode;
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    private static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return value.strip();
    }

    public DistrictId id() {
        return DistrictId.of(id);
    }

    public String name() {
        return name;
    }

    public void rename(String newName) {
        this.name = requireText(newName, "name");
    }

    public String keycloakOrgAlias() {
        return keycloakOrgAlias;
    }

    public String adcode() {
        return adcode;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof District other && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
