package com.streetgov.duty.domain;

import com.streetgov.text.Text;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The district's register of admission applications. A street asks it whether a task pushed down to
 * it may be refused: anything not admitted and in force on the day may be.
 */
public record AdmissionRegister(List<AdmissionApplication> applications) {

    public AdmissionRegister {
        applications = List.copyOf(applications);
    }

    /** Empty if the street must take the task on; otherwise why it may refuse. */
    public Optional<Text> refusal(String task, LocalDate on) {
        boolean inForce = applications.stream().anyMatch(a -> a.task().equals(task) && a.inForceOn(on));
        return inForce ? Optional.empty() : Optional.of(Text.of("duty.admission.mayRefuse", task));
    }
}
