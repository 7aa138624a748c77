package com.streetgov.ui.api.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.streetgov.assessment.domain.AssessmentRefusedException;
import com.streetgov.assessment.domain.ExclusionRefusedException;
import com.streetgov.reform.domain.VersionLifecycle;
import com.streetgov.text.RefusedException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A domain refusal of any feature reaches the caller as 422 with its Chinese message, directly or
 * wrapped (a transaction interceptor's exception), never as a 500; what is not known stays a 500.
 */
class ApiExceptionMapperTest {

    static Problem problem(Throwable thrown) {
        return new ApiExceptionMapper().known(thrown);
    }

    @Test
    void refusals_of_matters_assessment_rules_exclusions_and_reform_versions_are_422_with_their_message() {
        for (Exception refusal : List.of(
                new RefusedException("matter.numberUnknown", "X"),
                new AssessmentRefusedException("reason（理由）必填"),
                new ExclusionRefusedException("现行考核规则没有“REPEAT”这一不计入考核的情形（kind）"),
                new VersionLifecycle.RefusedException("版本“全区”当前状态为“已备案”，只有草稿可以修改机构设置", List.of()))) {
            for (Throwable thrown : List.of(refusal, new IllegalStateException("wrapped", refusal))) {
                Problem p = problem(thrown);
                assertEquals(422, p.status(), thrown.toString());
                assertEquals("refused", p.error());
                assertEquals(refusal.getMessage(), p.message());
                assertNull(p.correlationId());
            }
        }
    }

    @Test
    void an_unknown_failure_is_left_to_the_500_answer() {
        assertNull(problem(new IllegalStateException("boom")));
    }
}
