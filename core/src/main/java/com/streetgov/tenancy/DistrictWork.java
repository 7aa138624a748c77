package com.streetgov.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs work for one named district, or for no district, outside the edge's binding (a background
 * import, start-up seeding, an Open311 call, a vendor's logged review): in a request context of its
 * own when none is active, bound to that district and caller exactly as the edge filter binds a user's
 * request, and restored afterwards. The district and the caller are always named, never guessed.
 */
@ApplicationScoped
public class DistrictWork {

    @Inject
    CurrentDistrict currentDistrict;

    @Inject
    CurrentCaller currentCaller;

    /**
     * Runs {@code work} bound to {@code district} as {@code caller}. Inside a request already bound to
     * another district it refuses: a request's EntityManager belongs to one district only.
     */
    @ActivateRequestContext
    public <T> T call(DistrictId district, Caller caller, Supplier<T> work) {
        Optional<DistrictId> before = currentDistrict.get();
        if (before.isPresent() && !before.get().equals(district)) {
            throw new IllegalStateException("request bound to " + before.get() + ", not " + district);
        }
        currentDistrict.set(district);
        try {
            return as(caller, work);
        } finally {
            if (before.isEmpty()) {
                currentDistrict.clear();
            }
        }
    }

    @ActivateRequestContext
    public void run(DistrictId district, Caller caller, Runnable work) {
        call(district, caller, () -> {
            work.run();
            return null;
        });
    }

    /** Runs {@code work} as {@code caller} with whatever district (or none) is bound now. */
    @ActivateRequestContext
    public <T> T as(Caller caller, Supplier<T> work) {
        Optional<Caller> before = currentCaller.get();
        currentCaller.set(caller);
        try {
            return work.get();
        } finally {
            before.ifPresentOrElse(currentCaller::set, currentCaller::clear);
        }
    }
}
