package com.streetgov.tenancy;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * The district of the current request. Set once at the edge (the UI module's tenant filter, from the
 * logged-in user's token) and cleared by that same filter when the request ends; read everywhere else.
 * A vendor operator's request has no district.
 */
@RequestScoped
public class CurrentDistrict {

    private DistrictId district;

    public Optional<DistrictId> get() {
        return Optional.ofNullable(district);
    }

    /** The current district, or {@link NoDistrictException} if the request has none. */
    public DistrictId require() {
        if (district == null) {
            throw new NoDistrictException();
        }
        return district;
    }

    /** Called only by the edge filter and {@link DistrictWork}. */
    public void set(DistrictId district) {
        this.district = district;
    }

    /** Called only by the edge filter and {@link DistrictWork}. */
    public void clear() {
        this.district = null;
    }
}
