package com.streetgov.platform;

import com.streetgov.tenancy.TenantOwnedEntity;
import com.streetgov.text.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A row of a district's append-only trail (configuration changes, the reform model's audit): a random
 * id, when, who, a summary stored as a text (JSON, {@link TextConverter}; rows written before read as
 * their sentence, cut to the column's length by {@link TextColumns}) and the person's reason. The trails
 * map their own further columns.
 */
@MappedSuperclass
public abstract class TrailEntity extends TenantOwnedEntity {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "at", nullable = false)
    private OffsetDateTime at;

    @Column(name = "actor", nullable = false)
    private String actor;

    @Column(name = "summary", nullable = false)
    @Convert(converter = TextConverter.class)
    private Text summary;

    @Column(name = "reason")
    private String reason;

    protected TrailEntity() {}

    /** A new row; {@code summary} is cut to {@code summaryLength}, the column's length. */
    protected TrailEntity(OffsetDateTime at, String actor, Text summary, int summaryLength, String reason) {
        this.id = UUID.randomUUID().toString();
        this.at = at;
        this.actor = actor;
        this.summary = TextColumns.fitting(summary, summaryLength);
        this.reason = reason;
    }

    protected OffsetDateTime at() {
        return at;
    }

    protected String actor() {
        return actor;
    }

    protected Text summary() {
        return summary;
    }

    protected String reason() {
        return reason;
    }
}
