package com.streetgov.enforcement.domain;

import java.time.LocalDate;

/** The street's recorded opinion on an agency's appointment of a leader to its team (Dongcheng). */
public record AppointmentConsultation(
        String id,
        String street,
        LocalDate consultedOn,
        String post,
        String candidate,
        String agency,
        String opinion) {}
