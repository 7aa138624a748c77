package com.streetgov.tenancy;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Who is calling an application service: a name for the history and the audit, the roles, the district
 * the caller belongs to (none for the vendor and the system) and the street for street staff. A vendor
 * operator reviewing one district's cases carries the logged reason ({@link #reviewReason()}).
 *
 * <p>Invariants: a caller of a district role names its district; a review reason only ever goes with
 * the vendor role and is set only by {@code VendorCaseAccess} after it logged the access.
 */
public record Caller(
        String name,
        Set<CallerRole> roles,
        Optional<DistrictId> district,
        Optional<String> street,
        Optional<String> reviewReason) {

    public Caller {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a caller has a name");
        }
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        boolean districtRole = roles.contains(CallerRole.DISTRICT_ADMIN)
                || roles.contains(CallerRole.STREET_STAFF)
                || roles.contains(CallerRole.RESIDENT_CHANNEL);
        if (districtRole && district.isEmpty()) {
            throw new IllegalArgumentException("caller " + name + " acts for a district but names none");
        }
        if (reviewReason.isPresent() && !roles.contains(CallerRole.VENDOR_OPERATOR)) {
            throw new IllegalArgumentException("only the vendor reviews a district with a reason");
        }
    }

    /** A user of the product as the verified token describes them. */
    public static Caller user(
            String name, Set<CallerRole> roles, Optional<DistrictId> district, Optional<String> street) {
        return new Caller(name, roles, district, street, Optional.empty());
    }

    /** Start-up and background work of the platform itself, named for the history. */
    public static Caller system(String name) {
        return new Caller(name, Set.of(CallerRole.SYSTEM), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** A resident reaching {@code district} through a public channel ({@code name} says which). */
    public static Caller resident(DistrictId district, String name) {
        return new Caller(
                name, Set.of(CallerRole.RESIDENT_CHANNEL), Optional.of(district), Optional.empty(), Optional.empty());
    }

    /** This vendor operator, reviewing a district's cases for the given (already logged) reason. */
    public Caller reviewing(String reason) {
        return new Caller(name, roles, district, street, Optional.of(reason));
    }

    public boolean has(CallerRole role) {
        return roles.contains(role);
    }
}
