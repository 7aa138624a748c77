package com.streetgov.ui.security;

import com.streetgov.tenancy.Caller;
import com.streetgov.tenancy.CallerRole;
import com.streetgov.tenancy.DistrictId;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The logged-in user as the verified Keycloak token describes them.
 *
 * @param username the {@code preferred_username}
 * @param displayName the full name, or the username if the token has none
 * @param roles the realm roles this product knows ({@link Role})
 * @param district the district from the {@code organization} claim; empty for a vendor operator
 * @param street the street group the user belongs to, if any
 */
public record SignedInUser(
        String username,
        String displayName,
        Set<String> roles,
        Optional<DistrictId> district,
        Optional<String> street) {

    /**
     * The caller the application services check: the same name, roles, district and street (district
     * roles only with a district).
     */
    public Caller asCaller() {
        Set<CallerRole> callerRoles = Arrays.stream(CallerRole.values())
                .filter(r -> roles.contains(r.claim()))
                .filter(r -> district.isPresent() || r == CallerRole.VENDOR_OPERATOR)
                .collect(Collectors.toSet());
        return Caller.user(username, callerRoles, district, street);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean isVendor() {
        return hasRole(Role.VENDOR_OPERATOR);
    }

    /** The role this user acts in: vendor, then district admin, then street staff. */
    public Optional<String> primaryRole() {
        for (String role : new String[] {Role.VENDOR_OPERATOR, Role.DISTRICT_ADMIN, Role.STREET_STAFF}) {
            if (hasRole(role)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    /** Whether this user may see data of {@code other}: a vendor may, anyone else only their own. */
    public boolean maySee(DistrictId other) {
        return isVendor() || district.filter(other::equals).isPresent();
    }
}
