package com.streetgov.tenancy;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * The caller of the current request. Set once at the edge (the UI module's tenant filter, from the
 * verified token; the Open311 resource for the resident channel) or by {@link DistrictWork} for
 * background work, and cleared by the same place; {@link AccessInterceptor} reads it on every call of
 * an application service.
 */
@RequestScoped
public class CurrentCaller {

    private Caller caller;

    public Optional<Caller> get() {
        return Optional.ofNullable(caller);
    }

    /** Called only by the edge filter, the Open311 edge and {@link DistrictWork}. */
    public void set(Caller caller) {
        this.caller = caller;
    }

    /** Called only by the edge filter, the Open311 edge and {@link DistrictWork}. */
    public void clear() {
        this.caller = null;
    }
}
