package com.streetgov.reform.application;

import com.streetgov.reform.domain.AuditEntry;
import com.streetgov.reform.domain.DraftLayout;
import com.streetgov.reform.domain.ModelValidator;
import com.streetgov.reform.domain.ModelVersion;
import com.streetgov.reform.domain.ReformModel;
import com.streetgov.reform.domain.ReformModelRepository;
import com.streetgov.reform.domain.StreetPlanProgress;
import com.streetgov.reform.domain.UnitKind;
import com.streetgov.reform.domain.VersionLifecycle;
import com.streetgov.reform.domain.VersionLifecycle.RefusedException;
import com.streetgov.tenancy.Allowed;
import com.streetgov.tenancy.CallerRole;
import com.streetgov.tenancy.DistrictId;
import com.streetgov.text.Text;
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
 * be saved with errors so it can be fixed) and recorded in the audit trail with who, when, what (a text
 * written here, rendered in the reader's language) and why. A layout is edited only through the named draft edits (rename, add,
 * remove, merge, split, assign legacy sections), which refuse any version but a draft; life-cycle
 * steps refuse a model with errors.
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
                entry(
                        actor,
                        "INSTALL",
                        null,
                        Text.of("reform.audit.installed", model.title()),
                        reason,
                        null,
                        document));
        return true;
    }

    /** Applies an edit to the model as it is now (new drafts and street plans, in this class only). */
    private ModelChange change(
            String actor, String versionCode, Text summary, String reason, UnaryOperator<ReformModel> edit) {
        ReformModelRepository.Stored stored =
                repository.find().orElseThrow(() -> new IllegalStateException("本区尚无改革模型"));
        ReformModel changed = edit.apply(codec.decode(stored.document()));
        save(stored, changed, entry(actor, "EDIT", versionCode, summary, reason, stored.document(), null));
        return new ModelChange(changed, ModelValidator.validate(changed));
    }

    /**
     * Applies a named edit to a draft's layout ({@link DraftLayout}) on the model as read at {@code
     * edit.revision()}. Only a draft may be edited: a submitted, filed, effective or superseded version's
     * layout is refused, as is an edit that cannot be meant (an unknown unit, a unit merged into itself).
     * If the model was saved since it was read, the edit is refused ({@link OptimisticLockException})
     * rather than overwrite the newer work. The audit summary is the edit's own ({@link DraftLayout.Edited}).
     */
    private ModelChange editDraft(DraftEdit edit, DraftLayout.Change change) throws RefusedException {
        ReformModelRepository.Stored stored =
                repository.find().orElseThrow(() -> new IllegalStateException("本区尚无改革模型"));
        if (stored.revision() != edit.revision()) {
            throw new OptimisticLockException("改革模型已被他人修改，请刷新后重试");
        }
        ReformModel model = codec.decode(stored.document());
        ModelVersion version = DraftLayout.draft(model, edit.versionCode());
        DraftLayout.Edited edited = change.apply(version);
        ReformModel changed = VersionLifecycle.replace(model, edited.version());
        save(
                stored,
                changed,
                entry(edit.actor(), "EDIT", version.code(), edited.summary(), edit.reason(), stored.document(), null));
        return new ModelChange(changed, ModelValidator.validate(changed), edited.unit());
    }

    /** Renames a unit of a draft. */
    public ModelChange renameUnit(DraftEdit edit, String unitCode, String newName) throws RefusedException {
        return editDraft(edit, v -> DraftLayout.rename(v, unitCode, newName));
    }

    /** Adds a unit to a draft; {@link ModelChange#unit()} is the new unit's code. */
    public ModelChange addUnit(DraftEdit edit, String name, UnitKind kind) throws RefusedException {
        return editDraft(edit, v -> DraftLayout.add(v, name, kind));
    }

    /** Removes a unit from a draft. */
    public ModelChange removeUnit(DraftEdit edit, String unitCode) throws RefusedException {
        return editDraft(edit, v -> DraftLayout.remove(v, unitCode));
    }

    /** Merges units of a draft into {@code intoCode}. */
    public ModelChange mergeUnits(DraftEdit edit, String intoCode, List<String> merged) throws RefusedException {
        return editDraft(edit, v -> DraftLayout.merge(v, intoCode, merged));
    }

    /** Splits a new unit off a draft's unit; {@link ModelChange#unit()} is the new unit's code. */
    public ModelChange splitUnit(DraftEdit edit, String unitCode, String newName, List<String> movedSections)
            throws RefusedException {
        return editDraft(edit, v -> DraftLayout.split(v, unitCode, newName, movedSections));
    }

    /** Sets which legacy sections go into a draft's unit (the crosswalk). */
    public ModelChange assignLegacySections(DraftEdit edit, String unitCode, List<String> sections)
            throws RefusedException {
        return editDraft(edit, v -> DraftLayout.assign(v, unitCode, sections));
    }

    /** Starts a draft revising {@code baseCode}; returns the draft's code. */
    public String newDraft(String actor, String baseCode, String reason) throws RefusedException {
        ReformModel model = current().orElseThrow(() -> new IllegalStateException("本区尚无改革模型"));
        ModelVersion draft = VersionLifecycle.draftFrom(model, baseCode);
        ModelVersion base = model.version(baseCode).orElseThrow();
        change(
                actor,
                draft.code(),
                Text.of("reform.audit.draftFrom", base.title()),
                reason,
                m -> VersionLifecycle.add(m, draft));
        return draft.code();
    }

    /** Starts a street's own plan as a draft copy of the district model it follows; returns its code. */
    public Optional<String> startStreetPlan(String actor, String streetCode) {
        ReformModel model = current().orElseThrow(() -> new IllegalStateException("本区尚无改革模型"));
        return StreetPlanProgress.draftFor(model, streetCode).map(draft -> {
            change(
                    actor,
                    draft.code(),
                    Text.of("reform.audit.streetPlanStarted", draft.title()),
                    null,
                    m -> VersionLifecycle.add(m, draft));
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
                    "reform.import.hasErrors",
                    findings.stream().filter(f -> f.isError()).toList());
        }
        ReformModelRepository.Stored stored =
                repository.find().orElseThrow(() -> new IllegalStateException("本区尚无改革模型"));
        save(
                stored,
                imported,
                entry(
                        actor,
                        "IMPORT",
                        null,
                        Text.of("reform.audit.imported", imported.title()),
                        reason,
                        stored.document(),
                        null));
        return new ModelChange(imported, findings);
    }

    /** The stored document, exactly as it exports. */
    @Allowed({CallerRole.DISTRICT_ADMIN, CallerRole.STREET_STAFF})
    public Optional<String> export() {
        return repository.find().map(ReformModelRepository.Stored::document);
    }

    public ModelChange submit(String actor, String versionCode, String reason) throws RefusedException {
        return submit(actor, versionCode, reason, null);
    }

    /**
     * Submits the version; {@code whatIf}, the summary of a what-if run on it (issue 16), is kept in the
     * audit entry, so the filing record shows what was known when it was filed (null: none was run).
     */
    public ModelChange submit(String actor, String versionCode, String reason, Text whatIf) throws RefusedException {
        return step(
                actor,
                versionCode,
                "SUBMIT",
                withWhatIf(Text.of("reform.audit.submitted"), whatIf),
                reason,
                m -> VersionLifecycle.submit(m, versionCode));
    }

    public ModelChange file(String actor, String versionCode, LocalDate effectiveFrom, String reason)
            throws RefusedException {
        return file(actor, versionCode, effectiveFrom, reason, null);
    }

    /** Files the version; {@code whatIf} as for {@link #submit(String, String, String, Text)}. */
    public ModelChange file(String actor, String versionCode, LocalDate effectiveFrom, String reason, Text whatIf)
            throws RefusedException {
        return step(
                actor,
                versionCode,
                "FILE",
                withWhatIf(Text.of("reform.audit.filed", effectiveFrom), whatIf),
                reason,
                m -> VersionLifecycle.file(m, versionCode, effectiveFrom));
    }

    public ModelChange makeEffective(String actor, String versionCode, String reason) throws RefusedException {
        return makeEffective(actor, versionCode, reason, null);
    }

    /** Makes the version effective; {@code whatIf} as for {@link #submit(String, String, String, Text)}. */
    public ModelChange makeEffective(String actor, String versionCode, String reason, Text whatIf)
            throws RefusedException {
        return step(
                actor,
                versionCode,
                "MAKE_EFFECTIVE",
                withWhatIf(Text.of("reform.audit.madeEffective"), whatIf),
                reason,
                m -> VersionLifecycle.makeEffective(m, versionCode));
    }

    private static Text withWhatIf(Text summary, Text whatIf) {
        return whatIf == null ? summary : Text.of("reform.audit.withWhatIf", summary, whatIf);
    }

    private interface Step {
        ReformModel apply(ReformModel model) throws RefusedException;
    }

    private ModelChange step(String actor, String versionCode, String action, Text summary, String reason, Step step)
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
            String actor, String action, String versionCode, Text summary, String reason, String before, String after) {
        return new AuditEntry(
                OffsetDateTime.now(ZoneOffset.UTC), actor, action, versionCode, summary, reason, before, after);
    }
}
