package com.streetgov.reform.application;

import com.streetgov.reform.domain.AuditEntry;
import com.streetgov.reform.domain.ModelValidator;
import com.streetgov.reform.domain.ModelVersion;
import com.streetgov.reform.domain.ReformModel;
import com.streetgov.reform.domain.ReformModelRepository;
import com.streetgov.reform.domain.StreetPlanProgress;
import com.streetgov.reform.domain.VersionLifecycle;
import com.streetgov.reform.domain.VersionLifecycle.RefusedException;
import com.streetgov.tenancy.Allowed;
import com.streetgov.tenancy.CallerRole;
import com.streetgov.tenancy.DistrictId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The current district's reform model. Every change is validated (findings are returned; a draft may
 * be saved with errors so it can be fixed) and recorded in the audit trail with who, when, what and
 * why. Life-cycle steps refuse a model with errors.
 */
@ApplicationScoped
@Transactional(rollbackOn = RefusedException.class)
@Allowed(CallerRole.DISTRICT_ADMIN)
public class ReformModelService {

    @Inject
    ReformModelRepository repository;

    @Inject
    ReformModelCodec codec;

    /** The model and the revision it was read at, for edits that must not overwrite newer ones. */
    public record Snapshot(ReformModel model, int revision) {}

    @Allowed(
            value = {CallerRole.DISTRICT_ADMIN, CallerRole.STREET_STAFF, CallerRole.RESIDENT_CHANNEL},
            vendorReview = true)
    public Optional<ReformModel> current() {
        return repository.find().map(s -> codec.decode(s.document()));
    }

    @Allowed({CallerRole.DISTRICT_ADMIN, CallerRole.STREET_STAFF})
    public Optional<Snapshot> snapshot() {
        return repository.find().map(s -> new Snapshot(codec.decode(s.document()), s.revision()));
    }

    public List<AuditEntry> history() {
        return repository.history();
    }

    /** Installs a model for a district that has none yet (seeding, onboarding); explicit district. */
    @Allowed(CallerRole.VENDOR_OPERATOR)
    public boolean installIfAbsent(DistrictId district, ReformModel model, String actor, String reason) {
        if (repository.exists(district)) {
            return false;
        }
        String document = codec.encode(model);
        repository.install(
                district,
                document,
                entry(actor, "INSTALL", null, "安装改革模型“" + model.title() + "”", reason, null, document));
        return true;
    }

    /** Applies an edit to the model as it is now; the findings say what the rules think of the result. */
    public ModelChange change(
            String actor, String versionCode, String summary, String reason, UnaryOperator<ReformModel> edit) {
        int now = repository.find().map(ReformModelRepository.Stored::revision).orElse(0);
        return change(actor, versionCode, summary, reason, now, edit);
    }

    /**
     * Applies an edit made on the model as read at {@code expectedRevision}; if the model was saved since,
     * the edit is refused ({@link OptimisticLockException}) rather than overwrite the newer work.
     */
    public ModelChange change(
            String actor,
            String versionCode,
            String summary,
            String reason,
            int expectedRevision,
            UnaryOperator<ReformModel> edit) {
        ReformModelRepository.Stored stored =
                repository.find().orElseThrow(() -> new IllegalStateException("本区尚无改革模型"));
        if (stored.revision() != expectedRevision) {
            throw new OptimisticLockException("改革模型已被他人修改，请刷新后重试");
        }
        ReformModel changed = edit.apply(codec.decode(stored.document()));
        save(stored, changed, entry(actor, "EDIT", versionCode, summary, reason, stored.document(), null));
        return new ModelChange(changed, ModelValidator.validate(changed));
    }

    /** Starts a draft revising {@code baseCode}; returns the draft's code. */
    public String newDraft(String actor, String baseCode, String reason) throws RefusedException {
        ReformModel model = current().orElseThrow(() -> new IllegalStateException("本区尚无改革模型"));
        ModelVersion draft = VersionLifecycle.draftFrom(model, baseCode);
        ModelVersion base = model.version(baseCode).orElseThrow();
        change(actor, draft.code(), "以“" + base.title() + "”为基础新建草稿", reason, m -> VersionLifecycle.add(m, draft));
        return draft.code();
    }

    /** Starts a street's own plan as a draft copy of the district model it follows; returns its code. */
    public Optional<String> startStreetPlan(String actor, String streetCode) {
        ReformModel model = current().orElseThrow(() -> new IllegalStateException("本区尚无改革模型"));
        return StreetPlanProgress.draftFor(model, streetCode).map(draft -> {
            change(actor, draft.code(), "新建“" + draft.title() + "”草稿", null, m -> VersionLifecycle.add(m, draft));
            return draft.code();
        });
    }

    /**
     * Replaces the whole model with an imported one. The caller has read it from a file without errors;
     * a model that breaks the district's rules is refused and nothing changes.
     */
    public ModelChange replace(String actor, ReformModel imported, String reason) throws RefusedException {
        List<com.streetgov.reform.domain.Finding> findings = ModelValidator.validate(imported);
        if (ModelValidator.hasErrors(findings)) {
            throw new RefusedException(
                    "导入的模型有错误，未作任何修改",
                    findings.stream().filter(f -> f.isError()).toList());
        }
        ReformModelRepository.Stored stored =
                repository.find().orElseThrow(() -> new IllegalStateException("本区尚无改革模型"));
        save(
                stored,
                imported,
                entry(actor, "IMPORT", null, "导入改革模型“" + imported.title() + "”", reason, stored.document(), null));
        return new ModelChange(imported, findings);
    }

    /** The stored document, exactly as it exports. */
    @Allowed({CallerRole.DISTRICT_ADMIN, CallerRole.STREET_STAFF})
    public Optional<String> export() {
        return repository.find().map(ReformModelRepository.Stored::document);
    }

    public ModelChange submit(String actor, String versionCode, String reason) throws RefusedException {
        return step(actor, versionCode, "SUBMIT", "提交版本", reason, m -> VersionLifecycle.submit(m, versionCode));
    }

    public ModelChange file(String actor, String versionCode, LocalDate effectiveFrom, String reason)
            throws RefusedException {
        return step(
                actor,
                versionCode,
                "FILE",
                "备案，生效日期 " + effectiveFrom,
                reason,
                m -> VersionLifecycle.file(m, versionCode, effectiveFrom));
    }

    public ModelChange makeEffective(String actor, String versionCode, String reason) throws RefusedException {
        return step(
                actor,
                versionCode,
                "MAKE_EFFECTIVE",
                "生效",
                reason,
                m -> VersionLifecycle.makeEffective(m, versionCode));
    }

    private interface Step {
        ReformModel apply(ReformModel model) throws RefusedException;
    }

    private ModelChange step(String actor, String versionCode, String action, String summary, String reason, Step step)
            throws RefusedException {
        ReformModelRepository.Stored stored =
                repository.find().orElseThrow(() -> new IllegalStateException("本区尚无改革模型"));
        ReformModel moved = step.apply(codec.decode(stored.document()));
        save(stored, moved, entry(actor, action, versionCode, summary, reason, stored.document(), null));
        return new ModelChange(moved, ModelValidator.validate(moved));
    }

    private void save(ReformModelRepository.Stored stored, ReformModel model, AuditEntry draft) {
        String document = codec.encode(model);
        repository.save(
                document,
                stored.revision(),
                new AuditEntry(
                        draft.at(),
                        draft.actor(),
                        draft.action(),
                        draft.versionCode(),
                        draft.summary(),
                        draft.reason(),
                        draft.before(),
                        document));
    }

    private static AuditEntry entry(
            String actor,
            String action,
            String versionCode,
            String summary,
            String reason,
            String before,
            String after) {
        return new AuditEntry(
                OffsetDateTime.now(ZoneOffset.UTC), actor, action, versionCode, summary, reason, before, after);
    }
}
