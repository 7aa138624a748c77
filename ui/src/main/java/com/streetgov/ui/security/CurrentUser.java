package com.streetgov.ui.security;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/** The logged-in user of the current request; set and cleared by {@link TenantFilter} only. */
@RequestScoped
public class CurrentUser {

    private SignedInUser user;

    public Optional<SignedInUser> get() {
        return Optional.ofNullable(user);
    }

    void set(SignedInUser user) {
        this.user = user;
    }

    void clear() {
        this.user = null;
    }
}
