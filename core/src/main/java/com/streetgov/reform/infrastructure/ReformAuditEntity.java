package com.streetgov.reform.infrastructure;

import com.streetgov.platform.TextColumns;
import com.streetgov.platform.TextConverter;
import com.streetgov.reform.domain.AuditEntry;
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
 * One audit entry of a district's reform model (tenant-owned, append-only). The summary is stored as a
 * text (JSON, {@link TextConverter}); entries written before read as their Chinese sentence.
 */
@Entity
@Table(name = "reform_model_audit")
class ReformAuditEntity extends TenantOwnedEntity {

    /** The summary column's length (V2). */
    private static final int SUMMARY = 500;

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "at", nullable = false)
    private OffsetDateTime at;

    @Column(name = "actor", nullable = false)
    private String actor;

    @Column(name = "action", nullable = false)
    private String action;

    @Column(name = "version_code")
    private String versionCode;

    @Column(name = "summary", nullable = false)
    @Convert(converter = TextConverter.class)
    private Text summary;

    @Column(name = "reason")
    private String reason;

    @Column(name = "before_doc")
    private String before;

    @Column(name = "after_doc", nullable = false)
    private String after;

    protected ReformAuditEntity() {}

    ReformAuditEntity(AuditEntry e) {
        this.id = UUID.randomUUID().toString();
        this.at = e.at();
        this.actor = e.actor();
        this.action = e.action();
        this.versionCode = e.versionCode();
        this.summary = TextColumns.fitting(e.summary(), SUMMARY);
        this.reason = e.reason();
        this.before = e.before();
        this.after = e.after();
    }

    AuditEntry toEntry() {
        return new AuditEntry(at, actor, action, versionCode, summary, reason, before, after);
    }
}
