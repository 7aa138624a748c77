package com.streetgov.audit.infrastructure;

import com.streetgov.audit.domain.ConfigArea;
import com.streetgov.audit.domain.ConfigChange;
import com.streetgov.platform.TrailEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * One configuration change of a district (tenant-owned, append-only): a trail row ({@link TrailEntity})
 * with the area of the configuration it touched.
 */
@Entity
@Table(name = "config_change")
class ConfigChangeEntity extends TrailEntity {

    /** The summary column's length (V10). */
    private static final int SUMMARY = 500;

    @Column(name = "area", nullable = false)
    private String area;

    protected ConfigChangeEntity() {}

    ConfigChangeEntity(ConfigChange c) {
        super(c.at(), c.actor(), c.summary(), SUMMARY, c.reason());
        this.area = c.area().name();
    }

    ConfigChange toChange() {
        return new ConfigChange(at(), actor(), ConfigArea.valueOf(area), summary(), reason());
    }
}
