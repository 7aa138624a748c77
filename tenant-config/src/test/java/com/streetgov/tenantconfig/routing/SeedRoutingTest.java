package com.streetgov.tenantconfig.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.streetgov.matter.domain.Router;
import com.streetgov.matter.domain.RoutingDecision;
import com.streetgov.matter.infrastructure.LuceneMatterClassifier;
import com.streetgov.tenantconfig.duty.TemplateDuties;
import com.streetgov.tenantconfig.format.Templates;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Matters written the way residents write them reach the unit their source names, in each of the
 * four seed districts, through the real smartcn index of the template's duty list.
 */
class SeedRoutingTest {

    static final LocalDate DAY = LocalDate.of(2026, 11, 2);

    static Router router(String district) {
        return DemoRouting.of(district).router();
    }

    @ParameterizedTest(name = "{0}/{1}: {2} → {3}")
    @CsvSource(
            delimiter = '|',
            value = {
                "xicheng|street-1|我家老人今年退休金很低，家里生活困难，想问问怎么申请低保？|minsheng",
                "xicheng|street-3|我们小区有位独居老人需要助餐，居家养老服务怎么申请|minsheng",
                "xicheng|street-2|想申请公租房，住房保障需要准备哪些材料|minsheng",
                "xicheng|street-5|楼上邻居天天吵闹，邻里纠纷想找人调解|pingan",
                "luohu|nanhu|小区后面的山坡下雨后有石头滚下来，担心滑坡，请尽快处理边坡隐患|chengqu-zhili",
                "luohu|huangbei|路口有人违法搭建铁皮房，疑似违建抢建，请查处|chengqu-zhili",
                "luohu|guiyuan|台风过后地下车库积水内涝严重，排水不畅|chengqu-zhili",
                "luohu|nanhu|公司拖欠工资三个月了，欠薪怎么投诉|gonggong-shiwu",
                "dongcheng|dongsi|胡同口有人占道经营摆摊卖水果，影响通行|zhifa",
                "dongcheng|dongzhimen|我退休了想办理社保养老保险的手续，去哪里办|zhengwu",
                "chenghua|urban-1|我们公司想来街道投资建厂，项目落地需要哪些企业服务|touzi-fuwu",
                "chenghua|agri-1|路边乱停车严重影响交通秩序|zhifa",
                "chenghua|agri-1|村上的地被征了，征地补偿和农转居的手续到现在都没人管|chengshihua",
                "chenghua|qinglong|拆迁以后农转居的户口和社保一直没有办下来|chengshihua",
                "chenghua|urban-1|村上的地被征了，征地补偿和农转居的手续到现在都没人管|chengshi-guanli",
            })
    void a_residents_matter_reaches_the_unit_its_source_names(
            String district, String street, String text, String unit) {
        Router.Outcome outcome = router(district).route(street, DAY, null, text);
        assertTrue(outcome.decision().isPresent(), () -> outcome.problem().inDefaultLanguage());
        RoutingDecision decision = outcome.decision().get();
        assertEquals(unit, decision.leadUnit(), decision.reason().inDefaultLanguage());
        assertEquals(RoutingDecision.Rule.TEXT, decision.rule());
        assertTrue(
                decision.reason().inDefaultLanguage().contains("得分"),
                decision.reason().inDefaultLanguage());
    }

    @org.junit.jupiter.api.Test
    void a_streets_own_division_wins_and_unmatched_words_wait_for_a_clerk() {
        var items = TemplateDuties.load("luohu").items();
        Router router = new Router(
                Templates.load("luohu"),
                items,
                List.of(new com.streetgov.duty.domain.StreetAssignment(
                        "nanhu", "LH-ZL-003", List.of("gonggong-anquan"))),
                LuceneMatterClassifier.of(items));
        String slope = "小区后面的山坡下雨后有石头滚下来，担心滑坡";
        assertEquals(
                "gonggong-anquan",
                router.route("nanhu", DAY, null, slope).decision().orElseThrow().leadUnit());
        assertEquals(
                "chengqu-zhili",
                router.route("huangbei", DAY, null, slope)
                        .decision()
                        .orElseThrow()
                        .leadUnit());
        Router.Outcome none = router.route("nanhu", DAY, null, "你好");
        assertTrue(none.decision().isEmpty());
        assertEquals("未能从诉求内容匹配到职责事项，请人工选择类别", none.problem().inDefaultLanguage());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"xicheng|street-1|XC-MS-002|minsheng", "luohu|nanhu|LH-ZL-003|chengqu-zhili"})
    void a_chosen_category_routes_without_text(String district, String street, String item, String unit) {
        RoutingDecision decision =
                router(district).route(street, DAY, item, "").decision().orElseThrow();
        assertEquals(unit, decision.leadUnit());
        assertEquals(RoutingDecision.Rule.CATEGORY, decision.rule());
    }
}
