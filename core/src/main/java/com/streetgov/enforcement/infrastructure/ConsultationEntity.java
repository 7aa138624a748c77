package com.streetgov.enforcement.infrastructure;

import com.streetgov.enforcement.domain.AppointmentConsultation;
import com.streetgov.tenancy.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A recorded appointment consultation of a street (tenant-owned). */
@Entity
@Table(name = "appointment_consultation")
class ConsultationEntity extends TenantOwnedEntity {

    @Id
    @Column(name = "id")
    private String id;

    @Column(name = "street", nullable = false)
    private String street;

    @Column(name = "consulted_on", nullable = false)
    private LocalDate consultedOn;

    @Column(name = "post", nullable = false)
    private String post;

    @Column(name = "candidate", nullable = false)
    private String candidate;

    @Column(name = "agency", nullable = false)
    private String agency;

    @Column(name = "opinion", nullable = false)
    private String opinion;

    protected ConsultationEntity() {}

    ConsultationEntity(AppointmentConsultation c) {
        id = c.id();
        street = c.street();
        consultedOn = c.consultedOn();
        post = c.post();
        candidate = c.candidate();
        agency = c.agency();
        opinion = c.opinion();
    }

    AppointmentConsultation toConsultation() {
        return new AppointmentConsultation(id, street, consultedOn, post, candidate, agency, opinion);
    }
}
