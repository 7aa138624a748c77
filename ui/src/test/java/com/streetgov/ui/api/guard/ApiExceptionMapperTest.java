package com.streetgov.ui.api.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.streetgov.reform.domain.VersionLifecycle;
import com.streetgov.tenancy.AccessRefusedException;
import com.streetgov.text.RefusedException;
import com.streetgov.text.Text;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A domain refusal of any feature reaches the caller as 422 with its message — Chinese by default, else
 * in the language the request asks for — directly or wrapped (a transaction interceptor's exception),
 * never as a 500; what is not known stays a 500.
 */
class ApiExceptionMapperTest {

    static Problem problem(Throwable thrown) {
        return new ApiExceptionMapper().known(thrown);
    }

    @Test
    void refusals_of_matters_assessment_rules_exclusions_and_reform_versions_are_422_with_their_message() {
        for (Exception refusal : List.of(
                new RefusedException("matter.numberUnknown", "X"),
                new RefusedException("assessment.reason.missing"),
                new RefusedException("assessment.exclusion.kindUnknown", "REPEAT"),
                new VersionLifecycle.RefusedException("版本“全区”当前状态为“已备案”，只有草稿可以修改机构设置", List.of()))) {
            for (Throwable thrown : List.of(refusal, new IllegalStateException("wrapped", refusal))) {
                Problem p = problem(thrown);
                assertEquals(422, p.status(), thrown.toString());
                assertEquals("refused", p.error());
                assertEquals(refusal.getMessage(), p.message());
                assertNull(p.correlationId());
            }
        }
        assertEquals(
                "reason（理由）必填",
                problem(new RefusedException("assessment.reason.missing")).message());
        assertEquals(
                "现行考核规则没有“REPEAT”这一不计入考核的情形（kind）",
                problem(new RefusedException("assessment.exclusion.kindUnknown", "REPEAT"))
                        .message());
    }

    @Test
    void a_refusal_names_its_field_and_is_said_in_the_language_asked_for() {
        RefusedException refused = new RefusedException(Text.of("assessment.exclusion.kindUnknown", "REPEAT"), "kind");
        ApiExceptionMapper mapper = new ApiExceptionMapper();
        Problem chinese = mapper.known(refused);
        assertEquals("kind", chinese.field());
        assertEquals("现行考核规则没有“REPEAT”这一不计入考核的情形（kind）", chinese.message());
        Problem english = mapper.known(new IllegalStateException("wrapped", refused), Locale.ENGLISH);
        assertEquals(422, english.status());
        assertEquals("refused", english.error());
        assertEquals("kind", english.field());
        assertEquals("The assessment rules in force have no exclusion kind “REPEAT” (kind)", english.message());
        assertEquals(
                "現行考核規則沒有“REPEAT”這一不計入考核的情形（kind）",
                mapper.known(refused, Locale.TRADITIONAL_CHINESE).message());
        Problem forbidden =
                mapper.known(new AccessRefusedException("tenancy.roleRefused", "MatterService.rate"), Locale.ENGLISH);
        assertEquals(403, forbidden.status());
        assertEquals("forbidden", forbidden.error());
        assertEquals("The current role may not run “MatterService.rate”", forbidden.message());
    }

    @Test
    void the_language_is_the_first_of_accept_language_the_product_speaks_else_simplified_chinese() {
        assertEquals(Locale.SIMPLIFIED_CHINESE, ApiExceptionMapper.language(null));
        assertEquals(Locale.SIMPLIFIED_CHINESE, ApiExceptionMapper.language(""));
        assertEquals(Locale.SIMPLIFIED_CHINESE, ApiExceptionMapper.language("fr-FR, de;q=0.5"));
        assertEquals(Locale.SIMPLIFIED_CHINESE, ApiExceptionMapper.language("*"));
        assertEquals(Locale.SIMPLIFIED_CHINESE, ApiExceptionMapper.language(";;q=oops"));
        assertEquals(Locale.SIMPLIFIED_CHINESE, ApiExceptionMapper.language("zh-CN,zh;q=0.9,en;q=0.8"));
        assertEquals(Locale.SIMPLIFIED_CHINESE, ApiExceptionMapper.language("zh-Hans-TW"));
        assertEquals(Locale.ENGLISH, ApiExceptionMapper.language("en"));
        assertEquals(Locale.ENGLISH, ApiExceptionMapper.language("fr, en-GB;q=0.7, zh;q=0.5"));
        assertEquals(Locale.ENGLISH, ApiExceptionMapper.language("zh;q=0.5, en-US"));
        assertEquals(Locale.TRADITIONAL_CHINESE, ApiExceptionMapper.language("zh-TW"));
        assertEquals(Locale.TRADITIONAL_CHINESE, ApiExceptionMapper.language("zh-Hant"));
        assertEquals(Locale.TRADITIONAL_CHINESE, ApiExceptionMapper.language("zh-hant-hk, en;q=0.9"));
        assertEquals(Locale.TRADITIONAL_CHINESE, ApiExceptionMapper.language("zh-HK"));
    }

    @Test
    void an_unknown_failure_is_left_to_the_500_answer() {
        assertNull(problem(new IllegalStateException("boom")));
    }
}
