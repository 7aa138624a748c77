package com.streetgov.tenancy;

import com.streetgov.text.Text;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The role matrix's one rule, applied to every application-service call by {@link AccessInterceptor}:
 *
 * <ol>
 *   <li>no caller → refused;
 *   <li>the system → allowed;
 *   <li>the caller must hold one of the operation's roles — or be a vendor operator reviewing the
 *       current district with a logged reason, where the operation allows review;
 *   <li>a caller who belongs to a district acts only in that district.
 * </ol>
 */
public final class AccessPolicy {

    private AccessPolicy() {}

    /**
     * @param operation named in the refusal
     * @return why the call is refused (naming the operation), or empty if it is allowed
     */
    public static Optional<Text> refusal(
            Optional<Caller> caller,
            Set<CallerRole> allowed,
            boolean vendorReview,
            Optional<DistrictId> currentDistrict,
            String operation) {
        if (caller.isEmpty()) {
            return Optional.of(Text.of("tenancy.noCallerFor", operation));
        }
        Caller c = caller.get();
        if (c.has(CallerRole.SYSTEM)) {
            return Optional.empty();
        }
        boolean byRole = c.roles().stream().anyMatch(allowed::contains);
        boolean byReview = vendorReview
                && c.has(CallerRole.VENDOR_OPERATOR)
                && c.reviewReason().isPresent()
                && currentDistrict.isPresent();
        if (!byRole && !byReview) {
            return Optional.of(Text.of("tenancy.roleRefused", operation));
        }
        if (c.district().isPresent() && !c.district().equals(currentDistrict)) {
            return Optional.of(Text.of("tenancy.otherDistrict", operation));
        }
        return Optional.empty();
    }

    /** The same rule for an {@link Allowed} rule. */
    public static Optional<Text> refusal(
            Optional<Caller> caller, Allowed rule, Optional<DistrictId> currentDistrict, String operation) {
        return refusal(
                caller, Set.copyOf(Arrays.asList(rule.value())), rule.vendorReview(), currentDistrict, operation);
    }
}
