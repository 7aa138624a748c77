package com.streetgov.ui.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.streetgov.tenancy.DistrictId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Claim shapes as Keycloak 26.7 issues them (see ops/keycloak/README.md). */
class TokenClaimsTest {

    @Test
    void street_staff_gets_district_street_and_role_from_the_organization_claim() {
        SignedInUser user = TokenClaims.toUser(Map.of(
                "preferred_username", "luohu-staff",
                "given_name", "工作人员",
                "family_name", "罗湖",
                "groups", List.of("default-roles-streetgov", "offline_access", "street-staff"),
                "organization", Map.of("luohu", Map.of("id", "45d5", "groups", List.of("/南湖街道")))));
        assertEquals("罗湖工作人员", user.displayName());
        assertEquals(Set.of(Role.STREET_STAFF), user.roles());
        assertEquals(Optional.of(DistrictId.of("luohu")), user.district());
        assertEquals(Optional.of("南湖街道"), user.street());
        assertTrue(user.maySee(DistrictId.of("luohu")));
        assertFalse(user.maySee(DistrictId.of("xicheng")));
    }

    @Test
    void vendor_operator_has_no_district_and_may_see_every_district() {
        SignedInUser user = TokenClaims.toUser(
                Map.of("preferred_username", "vendor", "groups", List.of("vendor-operator"), "organization", Map.of()));
        assertTrue(user.district().isEmpty());
        assertTrue(user.maySee(DistrictId.of("xicheng")));
    }

    @Test
    void a_district_user_in_no_organization_is_refused() {
        assertThrows(
                IllegalArgumentException.class,
                () -> TokenClaims.toUser(Map.of("preferred_username", "x", "groups", List.of("district-admin"))));
    }

    @Test
    void a_user_in_two_organizations_is_refused() {
        assertThrows(
                IllegalArgumentException.class,
                () -> TokenClaims.toUser(Map.of(
                        "preferred_username", "x",
                        "groups", List.of("street-staff"),
                        "organization", Map.of("luohu", Map.of(), "xicheng", Map.of()))));
    }
}
