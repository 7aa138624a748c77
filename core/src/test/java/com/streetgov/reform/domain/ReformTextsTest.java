package com.streetgov.reform.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.streetgov.text.Text;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * What the reform model's rules and steps say reads in each UI language: the same sentence in zh-CN as
 * ever, and in English and Traditional Chinese, with the model's own names as they are.
 */
class ReformTextsTest {

    static final List<Locale> LANGUAGES =
            List.of(Locale.SIMPLIFIED_CHINESE, Locale.TRADITIONAL_CHINESE, Locale.ENGLISH);

    @Test
    void a_finding_reads_in_english_and_traditional_chinese() {
        List<Unit> units =
                new ArrayList<>(ModelValidatorTest.valid().versions().get(0).units());
        units.add(ModelValidatorTest.unit("zonghe2", "综合部", UnitKind.DEPARTMENT, "L1"));
        Finding f = ModelValidatorTest.only(ModelValidatorTest.withUnits(u -> units), ModelValidator.UNIQUE);
        assertEquals("版本“全区”（all）：单位名称“综合部”重复", f.message().inDefaultLanguage());
        assertEquals(
                "Version “全区” (all): Unit name “综合部” is repeated", f.message().render(Locale.ENGLISH));
        assertEquals("版本「全区」（all）：單位名稱「综合部」重複", f.message().render(Locale.TRADITIONAL_CHINESE));
    }

    @Test
    void every_finding_the_rules_can_make_has_its_sentence_in_every_language() {
        ReformModel m = ModelValidatorTest.valid();
        ModelVersion d = m.versions().get(0);
        List<Unit> units = new ArrayList<>(d.units());
        units.add(ModelValidatorTest.unit("dui", "执法队", UnitKind.TEAM, "L7"));
        units.add(ModelValidatorTest.staffed("a", "甲部", 11));
        units.add(ModelValidatorTest.unit("c", "丙部", UnitKind.DEPARTMENT, "L2"));
        units.add(new Unit(
                "b",
                "乙中心",
                UnitKind.CENTER,
                false,
                false,
                false,
                List.of(),
                List.of("L1"),
                Map.of(),
                null,
                null,
                true));
        List<LegacySection> legacy = new ArrayList<>(d.legacySections());
        legacy.add(new LegacySection("L9", "待确认科室9", false, true));
        legacy.add(new LegacySection("L8", "无处可去", false, false));
        ModelVersion broken = new ModelVersion(
                "x",
                "错版",
                VersionLevel.DISTRICT,
                null,
                false,
                List.of("nowhere"),
                VersionStatus.FILED,
                null,
                legacy,
                d.units(),
                List.of(new DispatchedAgency("司法所", "pingan", "区司法局")));
        ModelVersion emptyPlan = street("nanhu-plan", "nanhu");
        ModelVersion lostPlan = street("ghost-plan", "ghost");
        List<StreetProfile> streets = new ArrayList<>(m.streets());
        streets.add(new StreetProfile("nanhu2", "南湖街道", StreetKind.URBAN, "OUTSIDE", null, null, null, true));
        ReformModel model = new ReformModel(
                m.templateId(),
                m.title(),
                m.sources(),
                m.districtName(),
                m.adcode(),
                m.terminology(),
                streets,
                m.rules(),
                List.of(LayoutEdits.withUnits(d, units), broken, emptyPlan, lostPlan));

        List<Finding> findings = ModelValidator.validate(model);
        Set<String> keys = new TreeSet<>();
        for (Finding f : findings) {
            keys(f.message(), keys);
            for (Locale language : LANGUAGES) {
                String sentence = f.message().render(language);
                assertFalse(sentence.contains("!reform."), language + ": " + sentence);
            }
        }
        Set<String> findingKeys =
                new TreeSet<>(ResourceBundle.getBundle("com.streetgov.text.messages", Locale.ROOT).keySet().stream()
                        .filter(k -> k.startsWith("reform.finding."))
                        .toList());
        assertEquals(
                findingKeys,
                new TreeSet<>(keys.stream().filter(findingKeys::contains).toList()),
                findings.toString());
    }

    static ModelVersion street(String code, String street) {
        return new ModelVersion(
                code,
                code,
                VersionLevel.STREET,
                street,
                false,
                List.of(),
                VersionStatus.DRAFT,
                null,
                List.of(),
                List.of(),
                List.of());
    }

    static void keys(Text text, Set<String> into) {
        into.add(text.key());
        text.args().stream().filter(Text.class::isInstance).forEach(a -> keys((Text) a, into));
    }

    @Test
    void a_refused_step_reads_in_english_and_traditional_chinese() {
        ReformModel m = ModelValidatorTest.valid();
        VersionLifecycle.RefusedException wrongState =
                assertThrows(VersionLifecycle.RefusedException.class, () -> VersionLifecycle.submit(m, "all"));
        assertEquals("版本“全区”当前状态为“已生效”，不能转为“已提交”", wrongState.getMessage());
        assertEquals("Version “全区” is “Effective” and cannot become “Submitted”", english(wrongState.text()));
        assertEquals("版本「全区」目前狀態為「已生效」，不能轉為「已提交」", wrongState.text().render(Locale.TRADITIONAL_CHINESE));

        VersionLifecycle.RefusedException noDate =
                assertThrows(VersionLifecycle.RefusedException.class, () -> VersionLifecycle.file(m, "all", null));
        assertEquals("Filing needs an effective date", english(noDate.text()));

        VersionLifecycle.RefusedException notDraft =
                assertThrows(VersionLifecycle.RefusedException.class, () -> DraftLayout.draft(m, "all"));
        assertEquals("版本“全区”当前状态为“已生效”，只有草稿可以修改机构设置", notDraft.getMessage());
        assertEquals(
                "Version “全区” is “Effective”: only the layout of a draft can be changed", english(notDraft.text()));
    }

    @Test
    void an_edit_says_what_it_did_in_every_language() throws Exception {
        ModelVersion v = ModelValidatorTest.valid().versions().get(0);
        DraftLayout.Edited merged = DraftLayout.merge(v, "zonghe", List.of("minsheng", "gonggong"));
        assertEquals("将民生事务部、公共事务中心并入“综合部”", merged.summary().inDefaultLanguage());
        assertEquals("Merged 民生事务部、公共事务中心 into “综合部”", english(merged.summary()));
        assertEquals(
                "將民生事务部、公共事务中心併入「综合部」",
                merged.summary().render(Locale.TRADITIONAL_CHINESE),
                "the model's names stay as written");
        assertEquals(
                "Filed, effective from 2027-01-01", english(Text.of("reform.audit.filed", LocalDate.of(2027, 1, 1))));
    }

    static String english(Text text) {
        return text.render(Locale.ENGLISH);
    }
}
