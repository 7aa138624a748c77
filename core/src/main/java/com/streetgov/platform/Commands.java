package com.streetgov.platform;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Set;

/**
 * Checks an application-service command against its Bean Validation constraints before the service
 * touches the database, whoever calls it (REST, Open311, a screen). A refused command throws the
 * standard {@link ConstraintViolationException}; each violation's message is Chinese and names the
 * field.
 */
public final class Commands {

    private static final class Holder {
        private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
        private static final Validator VALIDATOR = FACTORY.getValidator();
    }

    private Commands() {}

    /** Returns {@code command} when it satisfies its constraints; throws otherwise. */
    public static <T> T valid(T command) {
        Set<ConstraintViolation<T>> violations = Holder.VALIDATOR.validate(command);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return command;
    }
}
