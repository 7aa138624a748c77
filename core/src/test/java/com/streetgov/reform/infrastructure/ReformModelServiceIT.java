package com.streetgov.reform.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.streetgov.reform.application.DraftEdit;
import com.streetgov.reform.application.ModelChange;
import com.streetgov.reform.application.ReformModelCodec;
import com.streetgov.reform.application.ReformModelService;
import com.streetgov.reform.domain.AuditEntry;
import com.streetgov.reform.domain.ModelValidatorTest;
import com.streetgov.reform.domain.ReformModel;
import com.streetgov.reform.domain.Unit;
import com.streetgov.reform.domain.UnitKind;
import com.streetgov.reform.domain.VersionLifecycle.RefusedException;
import com.streetgov.reform.domain.VersionStatus;
import com.streetgov.tenancy.DistrictId;
import com.streetgov.tenancy.TestDatabase;
import com.streetgov.text.Text;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reform model service on the real PostgreSQL: a draft's layout is edited through its named use
 * cases, each writing its own audit text; a submitted, filed or effective version's layout cannot be
 * edited through the service, and a refused edit changes nothing and records nothing.
 */
class ReformModelServiceIT {

    static final DistrictId LUOHU = DistrictId.of("luohu");
    static EntityManagerFactory emf;

    /** Stores models as small JSON handles to objects kept in memory (the real codec is in tenant-config). */
    static final class MemoryCodec implements ReformModelCodec {
        private final List<ReformModel> models = new ArrayList<>();

        @Override
        public synchronized String encode(ReformModel model) {
            models.add(model);
            return "{\"model\": " + (models.size() - 1) + "}";
        }

        @Override
        public synchronized ReformModel decode(String document) {
            return models.get(Integer.parseInt(document.replaceAll("\\D", "")));
        }
    }

    static final MemoryCodec CODEC = new MemoryCodec();

    @BeforeAll
    static void seed() {
        emf = TestDatabase.fresh("streetgov_it_reform_service").entityManagerFactory();
        TestDatabase.withLuohuAndXicheng(emf);
        TestDatabase.inDistrict(emf, LUOHU, em -> {
            em.persist(new ReformModelEntity(CODEC.encode(ModelValidatorTest.valid())));
            em.persist(new ReformAuditEntity(new AuditEntry(
                    OffsetDateTime.now(ZoneOffset.UTC),
                    "system",
                    "INSTALL",
                    null,
                    Text.literal("安装"),
                    null,
                    null,
                    "{}")));
            // A row as written before summaries were texts: a plain sentence in the column.
            em.createNativeQuery(
                            "insert into reform_model_audit (id, district_id, at, actor, action, summary, after_doc)"
                                    + " values ('old-row', 'luohu', ?, 'system', 'EDIT', '旧的摘要', '{}')")
                    .setParameter(1, OffsetDateTime.now(ZoneOffset.UTC).minusYears(1))
                    .executeUpdate();
        });
    }

    @AfterAll
    static void close() {
        emf.close();
    }

    interface Work<T> {
        T run(ReformModelService service) throws Exception;
    }

    /** Runs {@code work} on a service wired to Luohu's data, in one transaction. */
    static <T> T inLuohu(Work<T> work) {
        return TestDatabase.withService(emf, LUOHU, ReformModelServiceIT::service, work::run);
    }

    static ReformModelService service(EntityManager em) {
        JpaReformModelRepository repository = new JpaReformModelRepository();
        TestDatabase.inject(repository, "current", TestDatabase.joined(em));
        ReformModelService service = new ReformModelService();
        TestDatabase.inject(service, "repository", repository);
        TestDatabase.inject(service, "codec", CODEC);
        return service;
    }

    static DraftEdit edit(String versionCode) {
        int revision = inLuohu(s -> s.snapshot().orElseThrow().revision());
        return new DraftEdit("luohu-admin", versionCode, revision, "测试");
    }

    static List<String> summaries() {
        return inLuohu(s ->
                s.history().stream().map(e -> e.summary().inDefaultLanguage()).toList());
    }

    /** Every named edit of {@code code}'s layout is refused, and the model and its trail stay as they were. */
    static void everyEditIsRefused(String code, String status) {
        String before = inLuohu(s -> s.export().orElseThrow());
        List<String> trail = summaries();
        DraftEdit e = edit(code);
        List<Work<ModelChange>> edits = List.of(
                s -> s.renameUnit(e, "zonghe", "综合办公室"),
                s -> s.addUnit(e, "发展部", UnitKind.DEPARTMENT),
                s -> s.removeUnit(e, "minsheng"),
                s -> s.mergeUnits(e, "zonghe", List.of("minsheng")),
                s -> s.splitUnit(e, "zonghe", "党建部", List.of("L1")),
                s -> s.assignLegacySections(e, "zonghe", List.of("L1", "L2")));
        for (Work<ModelChange> each : edits) {
            AssertionError refused = assertThrows(AssertionError.class, () -> inLuohu(each));
            assertTrue(refused.getCause() instanceof RefusedException, String.valueOf(refused.getCause()));
            assertEquals(
                    "版本“全区（修订草稿）”当前状态为“" + status + "”，只有草稿可以修改机构设置",
                    refused.getCause().getMessage());
        }
        assertEquals(before, inLuohu(s -> s.export().orElseThrow()), "the model is unchanged");
        assertEquals(trail, summaries(), "nothing was recorded");
    }

    /** Applies {@code edit} to the draft {@code code} as read now. */
    static ModelChange apply(String code, EditCall edit) {
        DraftEdit e = edit(code);
        return inLuohu(s -> edit.run(s, e));
    }

    interface EditCall {
        ModelChange run(ReformModelService service, DraftEdit edit) throws Exception;
    }

    @Test
    void a_draft_is_edited_through_named_use_cases_that_write_their_own_audit_text() {
        String draft = inLuohu(s -> s.newDraft("luohu-admin", "all", "修订"));
        ModelChange renamed = apply(draft, (s, e) -> s.renameUnit(e, "zonghe", " 综合办公室 "));
        assertEquals("zonghe", renamed.unit());
        ModelChange added = apply(draft, (s, e) -> s.addUnit(e, "发展部", UnitKind.DEPARTMENT));
        assertEquals("unit-4", added.unit());
        apply(draft, (s, e) -> s.mergeUnits(e, "zonghe", List.of("zonghe", "unit-4")));
        ModelChange split = apply(draft, (s, e) -> s.splitUnit(e, "zonghe", "党建部", List.of("L1")));
        apply(draft, (s, e) -> s.assignLegacySections(e, split.unit(), List.of("L2", "L1")));
        ModelChange removed = apply(draft, (s, e) -> s.removeUnit(e, "gonggong"));
        assertEquals(
                List.of("综合办公室", "党建部", "民生事务部"),
                removed.model().version(draft).orElseThrow().units().stream()
                        .map(Unit::name)
                        .toList());
        assertEquals(
                List.of("L1", "L2"),
                removed.model()
                        .version(draft)
                        .orElseThrow()
                        .unit(split.unit())
                        .orElseThrow()
                        .legacySections());
        assertEquals(
                List.of(
                        "删除单位“公共事务中心”",
                        "调整“党建部”的原科室划入（2个）",
                        "从“综合办公室”拆出“党建部”",
                        "将发展部并入“综合办公室”",
                        "新增单位“发展部”",
                        "将单位“综合部”改名为“综合办公室”"),
                summaries().subList(0, 6),
                "each use case writes its own audit text");
        List<AuditEntry> history = inLuohu(ReformModelService::history);
        assertEquals(
                List.of("Removed unit “公共事务中心”", "Renamed unit “综合部” to “综合办公室”"),
                List.of(
                        history.get(0).summary().render(Locale.ENGLISH),
                        history.get(5).summary().render(Locale.ENGLISH)),
                "stored as a text, the trail reads in the reader's language");
        assertEquals("刪除單位「公共事务中心」", history.get(0).summary().render(Locale.TRADITIONAL_CHINESE));
        AuditEntry old = history.get(history.size() - 1);
        assertEquals("旧的摘要", old.summary().render(Locale.ENGLISH), "an entry written before reads as written");
        assertEquals(
                List.of("综合部", "民生事务部", "公共事务中心"),
                inLuohu(s -> s.current().orElseThrow().version("all").orElseThrow().units().stream()
                        .map(Unit::name)
                        .toList()),
                "the version the draft revises is untouched");
    }

    @Test
    void a_submitted_filed_or_effective_versions_layout_cannot_be_edited_through_the_service() {
        String draft = inLuohu(s -> s.newDraft("luohu-admin", "all", null));
        inLuohu(s -> s.submit("luohu-admin", draft, null));
        everyEditIsRefused(draft, "已提交");
        inLuohu(s -> s.file("luohu-admin", draft, LocalDate.of(2027, 1, 1), null));
        everyEditIsRefused(draft, "已备案");
        ModelChange effective = inLuohu(s -> s.makeEffective("luohu-admin", draft, null));
        assertEquals(
                VersionStatus.EFFECTIVE,
                effective.model().version(draft).orElseThrow().status());
        everyEditIsRefused(draft, "已生效");
    }

    @Test
    void an_edit_that_cannot_be_meant_or_was_made_on_a_stale_reading_is_refused() {
        String draft = inLuohu(s -> s.newDraft("luohu-admin", "all", null));
        DraftEdit stale = edit(draft);
        apply(draft, (s, e) -> s.renameUnit(e, "minsheng", "民生服务部"));
        AssertionError lost =
                assertThrows(AssertionError.class, () -> inLuohu(s -> s.renameUnit(stale, "zonghe", "综合办")));
        assertTrue(
                lost.getCause() instanceof jakarta.persistence.OptimisticLockException,
                String.valueOf(lost.getCause()));
        AssertionError unknown =
                assertThrows(AssertionError.class, () -> apply(draft, (s, e) -> s.removeUnit(e, "nowhere")));
        assertEquals("版本“全区（修订草稿）”中没有单位“nowhere”", unknown.getCause().getMessage());
        AssertionError itself = assertThrows(
                AssertionError.class, () -> apply(draft, (s, e) -> s.mergeUnits(e, "zonghe", List.of("zonghe"))));
        assertEquals("请选择要并入“综合部”的单位", itself.getCause().getMessage());
    }
}
