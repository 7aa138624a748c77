package com.streetgov.ui.security;

import com.streetgov.tenancy.DistrictId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a {@link SignedInUser} from the claims of a verified Keycloak access token: {@code
 * preferred_username}, {@code name}, {@code groups} (realm roles, from the {@code microprofile-jwt}
 * scope) and {@code organization} (the district: a JSON object keyed by the organization alias, whose
 * {@code groups} are the user's street groups, e.g. {@code {"luohu": {"groups": ["/南湖街道"]}}}).
 */
final class TokenClaims {

    private static final Set<String> KNOWN_ROLES = Set.of(Role.VENDOR_OPERATOR, Role.DISTRICT_ADMIN, Role.STREET_STAFF);

    private TokenClaims() {}

    /**
     * @throws IllegalArgumentException if a user belongs to more than one district or a district user
     *     has none: such a token cannot be served safely
     */
    static SignedInUser toUser(Map<String, Object> claims) {
        String username = string(claims.get("preferred_username")).orElseGet(() -> string(claims.get("sub"))
                .orElseThrow(() -> new IllegalArgumentException("token has no subject")));
        String displayName = chineseName(claims)
                .or(() -> string(claims.get("name")))
                .filter(s -> !s.isBlank())
                .orElse(username);
        Set<String> roles = strings(claims.get("groups")).stream()
                .filter(KNOWN_ROLES::contains)
                .collect(Collectors.toUnmodifiableSet());
        List<String> organizations = organizationAliases(claims.get("organization"));
        if (organizations.size() > 1) {
            throw new IllegalArgumentException("user " + username + " belongs to several districts: " + organizations);
        }
        Optional<DistrictId> district = organizations.stream().findFirst().map(DistrictId::of);
        boolean districtUser = roles.contains(Role.DISTRICT_ADMIN) || roles.contains(Role.STREET_STAFF);
        if (districtUser && !roles.contains(Role.VENDOR_OPERATOR) && district.isEmpty()) {
            throw new IllegalArgumentException("district user " + username + " belongs to no district");
        }
        Optional<String> street = streetGroups(claims.get("organization")).stream()
                .map(s -> s.substring(s.lastIndexOf('/') + 1))
                .findFirst();
        return new SignedInUser(username, displayName, roles, district, street);
    }

    private static List<String> organizationAliases(Object claim) {
        if (claim instanceof Map<?, ?> map) {
            return map.keySet().stream().map(String::valueOf).toList();
        }
        return strings(claim);
    }

    /** Family name first, no space, as Chinese names are written: 罗湖 + 工作人员 → 罗湖工作人员. */
    private static Optional<String> chineseName(Map<String, Object> claims) {
        Optional<String> family = string(claims.get("family_name"));
        Optional<String> given = string(claims.get("given_name"));
        if (family.isEmpty() || given.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(family.get() + given.get());
    }

    /** The organization groups (streets) of the user's one organization, as paths like "/南湖街道". */
    private static List<String> streetGroups(Object claim) {
        if (claim instanceof Map<?, ?> map && map.size() == 1) {
            Object membership = map.values().iterator().next();
            if (membership instanceof Map<?, ?> details) {
                return strings(details.get("groups"));
            }
        }
        return List.of();
    }

    private static Optional<String> string(Object value) {
        return value == null ? Optional.empty() : Optional.of(unquote(String.valueOf(value)));
    }

    private static List<String> strings(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof Collection<?> c) {
            return c.stream().map(o -> unquote(String.valueOf(o))).toList();
        }
        return List.of(unquote(String.valueOf(value)));
    }

    /** jakarta.json string values print with quotes. */
    private static String unquote(String s) {
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }
}
