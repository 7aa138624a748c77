package com.streetgov.matter.infrastructure;

import com.streetgov.matter.domain.MatterEvent;
import com.streetgov.matter.domain.MatterState;
import com.streetgov.platform.TextConverter;
import com.streetgov.tenancy.TenantOwnedEntity;
import com.streetgov.text.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

/** One stored history entry of a matter (tenant-owned, append-only). */
@Entity
@Table(name = "matter_event")
@IdClass(MatterEventEntity.Key.class)
class MatterEventEntity extends TenantOwnedEntity {

    /** The key within a district (a plain class: JPA sets its fields reflectively). */
    public static class Key implements Serializable {
        private String matterNumber;
        private int seq;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(matterNumber, k.matterNumber) && seq == k.seq;
        }

        @Override
        public int hashCode() {
            return Objects.hash(matterNumber, seq);
        }
    }

    @Id
    @Column(name = "matter_number")
    private String matterNumber;

    @Id
    @Column(name = "seq")
    private int seq;

    @Column(name = "at", nullable = false)
    private LocalDateTime at;

    @Column(name = "actor", nullable = false)
    private String actor;

    @Column(name = "type", nullable = false)
    private String type;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state")
    private MatterState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state")
    private MatterState toState;

    /** The note as a text (a sentence of rows older than texts reads literally). */
    @Convert(converter = TextConverter.class)
    @Column(name = "note")
    private Text note;

    protected MatterEventEntity() {}

    MatterEventEntity(String matterNumber, MatterEvent e) {
        this.matterNumber = matterNumber;
        seq = e.seq();
        at = e.at();
        actor = e.actor();
        type = e.type();
        fromState = e.from();
        toState = e.to();
        note = e.note();
    }

    String matterNumber() {
        return matterNumber;
    }

    MatterEvent toEvent() {
        return new MatterEvent(seq, at, actor, type, fromState, toState, note);
    }
}
