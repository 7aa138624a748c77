package com.streetgov.audit.application;

import com.streetgov.audit.domain.AuditRepository;
import com.streetgov.audit.domain.VendorAccess;
import com.streetgov.tenancy.AccessRefusedException;
import com.streetgov.tenancy.Allowed;
import com.streetgov.tenancy.Caller;
import com.streetgov.tenancy.CallerRole;
import com.streetgov.tenancy.CurrentCaller;
import com.streetgov.tenancy.DistrictId;
import com.streetgov.tenancy.DistrictWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.function.Supplier;

/**
 * The vendor reads a district's cases only here, with a reason: the access (who, when, why, what) is
 * committed to that district's audit first, then the work runs bound to the district as the vendor
 * reviewing it, which the role matrix lets read matters and nothing else. The district's
 * administrators see every access in 访问记录.
 */
@ApplicationScoped
@Allowed(CallerRole.VENDOR_OPERATOR)
public class VendorReview {

    static final int MIN_REASON = 4;
    static final int MAX_REASON = 500;

    @Inject
    AuditRepository repository;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    DistrictWork districtWork;

    /**
     * @param scope what is read, for the log (e.g. "诉求列表")
     * @throws AccessRefusedException if the reason is missing, too short or too long
     */
    public <T> T review(DistrictId district, String reason, String scope, Supplier<T> work) {
        String why = reason == null ? "" : reason.strip();
        if (why.length() < MIN_REASON || why.length() > MAX_REASON) {
            throw new AccessRefusedException("audit.review.reasonNeeded", MIN_REASON, MAX_REASON);
        }
        Caller vendor = currentCaller.get().orElseThrow(() -> new AccessRefusedException("tenancy.noCaller"));
        repository.appendAccess(district, new VendorAccess(OffsetDateTime.now(), vendor.name(), why, scope));
        return districtWork.call(district, vendor.reviewing(why), work);
    }
}
