package com.streetgov.audit.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.streetgov.tenancy.AccessRefusedException;
import com.streetgov.tenancy.DistrictId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The vendor reads nothing without a reason of 4 to 500 characters; the refusal says so in each language. */
class VendorReviewTest {

    @Test
    void a_review_without_a_real_reason_is_refused_before_anything_is_read() {
        var refused = assertThrows(AccessRefusedException.class, () -> new VendorReview()
                .review(DistrictId.of("xicheng"), " 看看 ", "诉求列表", () -> {
                    throw new AssertionError("nothing is read");
                }));
        assertEquals("查阅区内诉求须填写理由（4至500个字），理由将告知该区管理员", refused.getMessage());
        assertEquals(
                "Reading the matters of a district needs a reason (4 to 500 characters); "
                        + "the administrators of the district are told the reason",
                refused.text().render(Locale.ENGLISH));
        assertEquals("查閱區內訴求須填寫理由（4至500個字），理由將告知該區管理員", refused.text().render(Locale.TRADITIONAL_CHINESE));
    }
}
