package com.streetgov.ui.shell;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.inject.Qualifier;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Marks a component as the start-page dashboard of one role ({@link com.streetgov.ui.security.Role}).
 * The start page ({@link HomeView}) asks CDI for the dashboard of the role the user acts in, so the
 * shell never names a feature's class: features depend on the shell, never the other way round (no
 * cycle between ui packages, LayeringTest).
 */
@Qualifier
@Retention(RUNTIME)
@Target({TYPE, FIELD, METHOD, PARAMETER})
public @interface RoleDashboard {

    /** The role whose start page shows the dashboard. */
    String value();

    /** The qualifier for {@code role}, to select that role's dashboard. */
    final class Literal extends AnnotationLiteral<RoleDashboard> implements RoleDashboard {

        private static final long serialVersionUID = 1L;

        private final String role;

        public Literal(String role) {
            this.role = role;
        }

        @Override
        public String value() {
            return role;
        }
    }
}
