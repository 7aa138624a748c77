package com.streetgov.reform.infrastructure;

import com.streetgov.platform.TrailEntity;
import com.streetgov.reform.domain.AuditEntry;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * One audit entry of a district's reform model (tenant-owned, append-only): a trail row
 * ({@link TrailEntity}) with the action, the version it concerns and the model before and after.
 */
@Entity
@Table(name = "reform_model_audit")
class ReformAuditEntity extends TrailEntity {

    /** The summary column's length (V2). */
    private static final int SUMMARY = 500;

    @Column(name = "action", nullable = false)
    private String action;

    @Column(name = "version_code")
    private String versionCode;

    @Column(name = "before_doc")
    private String before;

    @Column(name = "after_doc", nullable = false)
    private String after;

    protected ReformAuditEntity() {}

    ReformAuditEntity(AuditEntry e) {
        super(e.at(), e.actor(), e.summary(), SUMMARY, e.reason());
        this.action = e.action();
        this.versionCode = e.versionCode();
        this.before = e.before();
        this.after = e.after();
    }

    AuditEntry toEntry() {
        return new AuditEntry(at(), actor(), action, versionCode, summary(), reason(), before, after);
    }
}
