package com.streetgov.tenantconfig.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.streetgov.dispatch.domain.Department;
import com.streetgov.dispatch.domain.DispatchCatalog;
import com.streetgov.dispatch.domain.DispatchTarget;
import com.streetgov.dispatch.domain.DispatchType;
import com.streetgov.duty.domain.DutyItem;
import com.streetgov.matter.domain.LabelledText;
import com.streetgov.matter.domain.Router;
import com.streetgov.matter.domain.RoutingDecision;
import com.streetgov.matter.infrastructure.LuceneMatterClassifier;
import com.streetgov.matter.infrastructure.LuceneMatterClassifiers;
import com.streetgov.reform.domain.ReformModel;
import com.streetgov.tenantconfig.duty.TemplateDuties;
import com.streetgov.tenantconfig.format.Templates;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Routing with a dispatch catalog and with what people decided, on Xicheng's template (reform model
 * and duty list) and a small hand-made catalog: a type mapped to a duty item reaches that item's unit, a
 * type handled by a department or the community is referred there (no unit), suggestions are distinct
 * places best first, and a re-routed text teaches routing where a similar one belongs.
 */
class RouterCatalogTest {

    static final LocalDate DAY = SeedRoutingTest.DAY;
    static final ReformModel MODEL = Templates.load("xicheng");
    static final List<DutyItem> ITEMS = TemplateDuties.load("xicheng").items();
    static final DispatchCatalog CATALOG = new DispatchCatalog(
            List.of(new Department("qu-scjg", "西城区市场监督管理局", List.of("区市场监管局"), "inferred")),
            List.of(
                    new DispatchType(
                            "ELD-BATH",
                            "老年人助浴服务",
                            "ELDERLY",
                            List.of("助浴", "洗澡难", "上门洗澡"),
                            List.of("家里老人行动不便，洗澡很困难，能不能安排上门助浴？"),
                            DispatchTarget.item("XC-MS-005"),
                            "inferred"),
                    new DispatchType(
                            "FOOD-EXPIRED",
                            "超市销售过期食品",
                            "FOOD_SAFETY",
                            List.of("过期食品", "变质", "食品安全"),
                            List.of("楼下超市卖的牛奶已经过期了还在卖。"),
                            DispatchTarget.department("qu-scjg"),
                            "inferred"),
                    new DispatchType(
                            "RC-NOTICE",
                            "居委会公告栏信息不更新",
                            "RESIDENTS_COMMITTEE",
                            List.of("居委会", "公告栏", "宣传栏"),
                            List.of("居委会门口公告栏的通知半年都没换过了。"),
                            DispatchTarget.community(),
                            "inferred")));

    static Router router(List<LabelledText> labelled) {
        return new Router(MODEL, ITEMS, List.of(), LuceneMatterClassifier.of(ITEMS, CATALOG, labelled), CATALOG);
    }

    @Test
    void a_type_mapped_to_a_duty_item_reaches_the_items_unit_and_says_why() {
        Router.Outcome outcome = router(List.of()).route("street-5", DAY, null, "我妈妈八十多了，一个人在家没法洗澡，想申请上门助浴");
        RoutingDecision d = outcome.decision()
                .orElseThrow(() -> new AssertionError(outcome.problem().inDefaultLanguage()));
        assertEquals("minsheng", d.leadUnit());
        assertEquals("XC-MS-005", d.itemCode());
        assertEquals(RoutingDecision.Rule.TEXT, d.rule());
        assertTrue(
                d.reason().inDefaultLanguage().contains("派单目录“老年人助浴服务”（ELD-BATH）"),
                d.reason().inDefaultLanguage());
        String english = d.reason().render(Locale.ENGLISH);
        assertTrue(
                english.startsWith("The words match “老年人助浴服务” (ELD-BATH) of the dispatch catalog, score ")
                        && english.contains(" leads"),
                english);
        assertTrue(d.reason().render(Locale.TRADITIONAL_CHINESE).contains("派單目錄「老年人助浴服务」（ELD-BATH）"));
    }

    /**
     * No word of the catalog in the text: the words alone do not find the type, the meaning does, and
     * the reason says that meaning counted and how alike (DD041).
     */
    @Test
    void a_text_in_other_words_reaches_the_type_of_the_same_meaning_and_says_so() {
        String text = "老爷子卧病，擦澡得有人帮忙";
        assertTrue(
                LuceneMatterClassifier.of(ITEMS, CATALOG).match(text, 20).stream()
                        .noneMatch(m -> m.code().equals("ELD-BATH")),
                "the words alone do not find it");
        Router semantic = new Router(
                MODEL, ITEMS, List.of(), LuceneMatterClassifiers.of(ITEMS, CATALOG, List.of(), true), CATALOG);
        Router.Suggestion first = semantic.suggest("street-5", DAY, text, 3, 0).get(0);
        String why = first.why().inDefaultLanguage();
        assertEquals("minsheng", first.code(), why);
        assertTrue(why.startsWith("诉求内容与派单目录“老年人助浴服务”（ELD-BATH）按用词和语义匹配（语义相似度0."), why);
        assertTrue(first.why().render(Locale.ENGLISH).contains("by words and meaning (similarity 0."), why);
    }

    @Test
    void a_type_handled_by_a_department_or_the_community_is_referred_there_not_to_a_unit() {
        Router.Outcome food = router(List.of()).route("street-5", DAY, null, "小区超市一直在卖过期食品，牛奶都变质了");
        assertTrue(food.decision().isEmpty());
        Router.Suggestion referral = food.referral().orElseThrow();
        assertEquals(Router.Suggestion.Place.DEPARTMENT, referral.place());
        assertEquals("qu-scjg", referral.code());
        assertEquals("西城区市场监督管理局", referral.name());
        assertTrue(
                food.problem().inDefaultLanguage().contains("不属街道职责，转办西城区市场监督管理局"),
                food.problem().inDefaultLanguage());
        assertTrue(
                food.problem().render(Locale.ENGLISH).endsWith("; not a street duty, referred to 西城区市场监督管理局"),
                food.problem().render(Locale.ENGLISH));

        Router.Outcome notice = router(List.of()).route("street-5", DAY, null, "我们居委会的公告栏好久不更新了");
        assertTrue(notice.decision().isEmpty());
        assertEquals(
                Router.Suggestion.Place.COMMUNITY,
                notice.referral().orElseThrow().place());
    }

    @Test
    void suggestions_are_distinct_places_best_first_and_the_first_is_the_decision() {
        String text = "老人洗澡难想申请助浴，另外低保和养老的补贴怎么申请";
        List<Router.Suggestion> top = router(List.of()).suggest("street-5", DAY, text, 3, Router.MIN_SCORE);
        assertTrue(!top.isEmpty() && top.size() <= 3, top.toString());
        assertEquals(
                top.size(),
                top.stream().map(s -> s.place() + s.code()).distinct().count(),
                "one entry per place");
        for (int i = 1; i < top.size(); i++) {
            assertTrue(top.get(i - 1).score() >= top.get(i).score(), top.toString());
        }
        RoutingDecision decided =
                router(List.of()).route("street-5", DAY, null, text).decision().orElseThrow();
        assertEquals(top.get(0).code(), decided.leadUnit());
    }

    @Test
    void a_text_re_routed_by_a_clerk_teaches_where_a_similar_text_belongs() {
        String first = "楼道里堆满了邻居的旧家具和纸箱，影响大家进出";
        String similar = "我们单元楼道被邻居的旧家具纸箱堵住了，进出很不方便";
        Router before = router(List.of());
        String unitBefore = before.route("street-5", DAY, null, similar)
                .decision()
                .map(RoutingDecision::leadUnit)
                .orElse("（未分派）");
        assertNotEquals("pingan", unitBefore, "the test needs a text that does not reach 平安建设办公室 yet");

        // The clerk re-routed the first matter to 人民调解 (平安建设办公室): a labelled text.
        Router after = router(List.of(new LabelledText(first, "XC-PA-001")));
        RoutingDecision d =
                after.route("street-5", DAY, null, similar).decision().orElseThrow();
        assertEquals("pingan", d.leadUnit(), d.reason().inDefaultLanguage());
        assertEquals("XC-PA-001", d.itemCode());
        assertTrue(
                d.reason().inDefaultLanguage().contains("与人工分派到职责事项"),
                d.reason().inDefaultLanguage());

        String unrelated = "小区门口的路灯坏了好几天，晚上黑乎乎的";
        assertEquals(
                before.route("street-5", DAY, null, unrelated).decision().map(RoutingDecision::leadUnit),
                after.route("street-5", DAY, null, unrelated).decision().map(RoutingDecision::leadUnit),
                "a text unlike the corrected one goes where it went before");
    }
}
