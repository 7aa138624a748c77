package com.streetgov.audit.infrastructure;

import com.streetgov.audit.domain.ConfigArea;
import com.streetgov.audit.domain.ConfigChange;
import com.streetgov.platform.TextConverter;
import com.streetgov.tenancy.TenantOwnedEntity;
import com.streetgov.text.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One configuration change of a district (tenant-owned, append-only). The summary is stored as a text
 * (JSON, {@link TextConverter}); changes recorded before read as their Chinese sentence.
 */
@Entity
@Table(name = "config_change")
class ConfigChangeEntity extends TenantOwnedEntity {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "at", nullable = false)
    private OffsetDateTime at;

    @Column(name = "actor", nullable = false)
    private String actor;

    @Column(name = "area", nullable = false)
    private String area;

    @Column(name = "summary", nullable = false)
    @Convert(converter = TextConverter.class)
    private Text summary;

    @Column(name = "reason")
    private String reason;

    protected ConfigChangeEntity() {}

    ConfigChangeEntity(ConfigChange c) {
        this.id = UUID.randomUUID().toString();
        this.at = c.at();
        this.actor = c.actor();
        this.area = c.area().name();
        this.summary = c.summary();
        this.reason = c.reason();
    }

    ConfigChange toChange() {
        return new ConfigChange(at, actor, ConfigArea.valueOf(area), summary, reason);
    }
}
