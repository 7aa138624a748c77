package com.streetgov.ui.shell;

import com.streetgov.ui.security.CurrentUser;
import com.streetgov.ui.security.SignedInUser;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterListener;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;

/**
 * Refuses, on the server, navigation to a view whose {@link RolesAllowed} the user does not hold. Roles
 * come from the verified token ({@link CurrentUser}), the same source the REST API uses. A view
 * without {@code @RolesAllowed} is open to every logged-in user; views that belong to one district check
 * the district themselves.
 */
@ApplicationScoped
public class RoleAccessControl implements BeforeEnterListener {

    @Inject
    CurrentUser currentUser;

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!permits(event.getNavigationTarget())) {
            event.rerouteToError(AccessRefusedException.class, "role");
        }
    }

    /**
     * Whether the logged-in user may open {@code view}: the one check navigation and the shell's menu
     * share, read from the view's {@link RolesAllowed} (the only table of who may see what).
     */
    public boolean permits(Class<?> view) {
        RolesAllowed allowed = view.getAnnotation(RolesAllowed.class);
        if (allowed == null) {
            return true;
        }
        return currentUser
                .get()
                .map(user -> Arrays.stream(allowed.value()).anyMatch(user::hasRole))
                .orElse(false);
    }

    /** The logged-in user; views are only reachable logged in (web.xml), so absence is a defect. */
    public SignedInUser user() {
        return currentUser.get().orElseThrow(() -> new IllegalStateException("no logged-in user"));
    }
}
