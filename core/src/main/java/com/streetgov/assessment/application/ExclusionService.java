package com.streetgov.assessment.application;

import com.streetgov.assessment.domain.AssessmentRules;
import com.streetgov.assessment.domain.Exclusion;
import com.streetgov.assessment.domain.ExclusionKind;
import com.streetgov.assessment.domain.ExclusionRepository;
import com.streetgov.matter.application.MatterService;
import com.streetgov.tenancy.Allowed;
import com.streetgov.tenancy.Caller;
import com.streetgov.tenancy.CallerRole;
import com.streetgov.tenancy.CurrentCaller;
import com.streetgov.text.RefusedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Exclusions from assessment (Art. 11): street staff or the district admin request one for a matter
 * with a kind the district's rules in force today name ({@link ResultsService#rulesInForce}: its saved
 * version, else its template's, else the defaults) and a reason; the district admin approves or
 * refuses it (a refusal with a note). Each request and decision is also a note in the matter's history, written
 * through the matter feature in the same transaction.
 */
@ApplicationScoped
@Transactional(rollbackOn = RefusedException.class)
@Allowed({CallerRole.DISTRICT_ADMIN, CallerRole.STREET_STAFF})
public class ExclusionService {

    @Inject
    ExclusionRepository exclusions;

    @Inject
    MatterService matters;

    @Inject
    ResultsService results;

    @Inject
    CurrentCaller caller;

    /** Asks to take the matter out of assessment. */
    public Exclusion request(String matterNumber, String kind, String reason) throws RefusedException {
        if (matters.find(matterNumber).isEmpty()) {
            throw new RefusedException("assessment.exclusion.noMatter", matterNumber);
        }
        LocalDateTime now = matters.now();
        AssessmentRules rules = rulesInForce(now.toLocalDate());
        Exclusion exclusion =
                Exclusion.request(matterNumber, kind, reason, rules, exclusions.find(matterNumber), who(), now);
        exclusions.save(exclusion);
        matters.remark(
                matterNumber,
                "EXCLUSION_REQUESTED",
                "申请不计入考核（" + kindName(rules, kind) + "）：" + exclusion.reason(),
                who());
        return exclusion;
    }

    /** The district admin's decision on a request; refusing needs a note. */
    @Allowed(CallerRole.DISTRICT_ADMIN)
    public Exclusion decide(String matterNumber, boolean approve, String note) throws RefusedException {
        Exclusion exclusion = exclusions
                .find(matterNumber)
                .orElseThrow(() -> new RefusedException("assessment.exclusion.none", matterNumber));
        LocalDateTime now = matters.now();
        exclusion.decide(approve, note, who(), now);
        exclusions.save(exclusion);
        String kind = kindName(rulesInForce(now.toLocalDate()), exclusion.kind());
        matters.remark(
                matterNumber,
                approve ? "EXCLUSION_APPROVED" : "EXCLUSION_REFUSED",
                (approve ? "核准不计入考核（" : "不予核准不计入考核（") + kind + "）"
                        + exclusion.decisionNote().map(n -> "：" + n).orElse(""),
                who());
        return exclusion;
    }

    /** Requests waiting for a decision, oldest first. */
    @Allowed(CallerRole.DISTRICT_ADMIN)
    public List<Exclusion> pending() {
        return exclusions.requested();
    }

    /** The matter's exclusion (requested, approved or refused), if any. */
    public Optional<Exclusion> find(String matterNumber) {
        return exclusions.find(matterNumber);
    }

    /** The kinds a request may name today. */
    public List<ExclusionKind> kinds() {
        return rulesInForce(matters.now().toLocalDate()).exclusionKinds();
    }

    private AssessmentRules rulesInForce(LocalDate day) {
        return results.rulesInForce(day);
    }

    private static String kindName(AssessmentRules rules, String code) {
        return rules.exclusionKinds().stream()
                .filter(k -> k.code().equals(code))
                .map(ExclusionKind::name)
                .findFirst()
                .orElse(code);
    }

    private String who() {
        return caller.get().map(Caller::name).orElseThrow();
    }
}
