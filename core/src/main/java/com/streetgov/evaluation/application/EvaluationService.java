package com.streetgov.evaluation.application;

import com.streetgov.audit.application.ConfigChanges;
import com.streetgov.audit.domain.ConfigArea;
import com.streetgov.evaluation.domain.EvaluationModel;
import com.streetgov.evaluation.domain.EvaluationRepository;
import com.streetgov.evaluation.domain.EvaluationVersion;
import com.streetgov.evaluation.domain.IndicatorFinding;
import com.streetgov.matter.application.MatterClock;
import com.streetgov.tenancy.Allowed;
import com.streetgov.tenancy.Caller;
import com.streetgov.tenancy.CallerRole;
import com.streetgov.tenancy.CurrentCaller;
import com.streetgov.text.RefusedException;
import com.streetgov.text.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The current district's indicator system versions (DD035): listed, read, the one in force on a day,
 * and saved as a new version — refused while the validator finds an error, without a reason, without a
 * version name (or one too long to keep), or when the version name or effective date is taken; audited
 * with the reason.
 */
@ApplicationScoped
@Transactional(rollbackOn = RefusedException.class)
@Allowed({CallerRole.DISTRICT_ADMIN, CallerRole.STREET_STAFF})
public class EvaluationService {

    /** The longest reason kept. */
    static final int MAX_REASON = 1000;

    /** The longest version name, system name and note kept. */
    static final int MAX_VERSION = 32;

    static final int MAX_NAME = 200;
    static final int MAX_NOTE = 2000;

    @Inject
    EvaluationRepository repository;

    @Inject
    ConfigChanges changes;

    @Inject
    CurrentCaller caller;

    @Inject
    MatterClock clock;

    public List<EvaluationVersion> versions() {
        return repository.versions();
    }

    public Optional<EvaluationModel> model(String version) {
        return repository.find(version);
    }

    /** The version with the greatest effective date on or before {@code day}. */
    public Optional<EvaluationModel> inForce(LocalDate day) {
        return repository.versions().stream()
                .filter(v -> !v.effectiveFrom().isAfter(day))
                .findFirst()
                .flatMap(v -> repository.find(v.version()));
    }

    /**
     * Saves {@code model} as a new version; returns its warnings (what is still 待确认). Refused naming
     * the first error and how many there are.
     */
    @Allowed(CallerRole.DISTRICT_ADMIN)
    public List<IndicatorFinding> save(EvaluationModel model, String reason) throws RefusedException {
        if (model == null || model.system().effectiveFrom() == null) {
            throw new RefusedException(Text.of("evaluation.save.effectiveFromMissing"), "effectiveFrom");
        }
        String version = model.system().version();
        if (version.isBlank() || version.length() > MAX_VERSION || !version.equals(version.strip())) {
            throw new RefusedException(Text.of("evaluation.save.versionName", MAX_VERSION), "version");
        }
        if (model.system().name().length() > MAX_NAME) {
            throw new RefusedException(Text.of("evaluation.save.nameTooLong", MAX_NAME), "name");
        }
        if (model.note().length() > MAX_NOTE) {
            throw new RefusedException(Text.of("evaluation.save.noteTooLong", MAX_NOTE), "note");
        }
        List<IndicatorFinding> findings = model.findings();
        List<IndicatorFinding> errors =
                findings.stream().filter(IndicatorFinding::isError).toList();
        if (!errors.isEmpty()) {
            throw new RefusedException(Text.of(
                    "evaluation.save.invalid", errors.size(), errors.get(0).message()));
        }
        if (reason == null || reason.isBlank()) {
            throw new RefusedException(Text.of("evaluation.save.reasonMissing"), "reason");
        }
        if (reason.strip().length() > MAX_REASON) {
            throw new RefusedException(Text.of("evaluation.save.reasonTooLong", MAX_REASON), "reason");
        }
        for (EvaluationVersion saved : repository.versions()) {
            if (saved.version().equals(model.system().version())) {
                throw new RefusedException(Text.of("evaluation.save.versionTaken", saved.version()), "version");
            }
            if (saved.effectiveFrom().equals(model.system().effectiveFrom())) {
                throw new RefusedException(
                        Text.of("evaluation.save.dateTaken", saved.effectiveFrom(), saved.version()), "effectiveFrom");
            }
        }
        store(model, reason.strip());
        return findings;
    }

    /** Installs a seed template's model if the district has none; start-up seeding only. */
    @Allowed({})
    public boolean installIfAbsent(EvaluationModel model, String reason) {
        if (!repository.versions().isEmpty()) {
            return false;
        }
        store(model, reason);
        return true;
    }

    private void store(EvaluationModel model, String reason) {
        repository.save(model, actor(), clock.now(), reason);
        changes.record(
                ConfigArea.EVALUATION,
                Text.of(
                        "evaluation.audit.saved",
                        model.system().version(),
                        model.system().effectiveFrom(),
                        model.system().items().size()),
                reason);
    }

    private String actor() {
        return caller.get().map(Caller::name).orElse("system");
    }
}
