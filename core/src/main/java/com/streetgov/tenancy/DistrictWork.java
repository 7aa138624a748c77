package com.streetgov.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.util.function.Supplier;

/**
 * Runs work for one named district outside a user request (a background import, start-up seeding):
 * in a request context of its own, bound to that district exactly as the edge filter binds a user's
 * request. The district is always named by the caller, never guessed.
 */
@ApplicationScoped
public class DistrictWork {

    @Inject
    CurrentDistrict currentDistrict;

    /**
     * Runs {@code work} bound to {@code district}. Inside a request already bound to another district
     * it refuses: a request's EntityManager belongs to one district only.
     */
    @ActivateRequestContext
    public <T> T call(DistrictId district, Supplier<T> work) {
        var before = currentDistrict.get();
        if (before.isPresent() && !before.get().equals(district)) {
            throw new IllegalStateException("request bound to " + before.get() + ", not " + district);
        }
        currentDistrict.set(district);
        try {
            return work.get();
        } finally {
            if (before.isEmpty()) {
                currentDistrict.clear();
            }
        }
    }

    @ActivateRequestContext
    public void run(DistrictId district, Runnable work) {
        call(district, () -> {
            work.run();
            return null;
        });
    }
}
