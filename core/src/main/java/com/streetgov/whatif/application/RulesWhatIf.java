package com.streetgov.whatif.application;

import com.streetgov.assessment.application.ResultsService;
import com.streetgov.assessment.domain.AssessmentRules;
import com.streetgov.assessment.domain.CountedMatter;
import com.streetgov.assessment.domain.Dimension;
import com.streetgov.assessment.domain.Findings;
import com.streetgov.assessment.domain.Period;
import com.streetgov.assessment.domain.Ranking;
import com.streetgov.tenancy.Allowed;
import com.streetgov.tenancy.CallerRole;
import com.streetgov.text.RefusedException;
import com.streetgov.text.Text;
import com.streetgov.whatif.domain.RankMove;
import com.streetgov.whatif.domain.RulesEffect;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Draft assessment rules tried on the latest complete period (issue 16): every street's rates and
 * rank under the rules in force and under the draft — the draft cutting the period by its own start
 * day — and, per street, the matters the draft would count. Refused for the findings a save would be
 * refused for; nothing is saved.
 */
@ApplicationScoped
@Transactional(rollbackOn = RefusedException.class)
@Allowed(CallerRole.DISTRICT_ADMIN)
public class RulesWhatIf {

    @Inject
    ResultsService results;

    public RulesEffect tryRules(AssessmentRules written) throws RefusedException {
        if (written == null) {
            throw new RefusedException(Text.of("assessment.rules.missing"), "rules");
        }
        AssessmentRules draft = named(written);
        Findings.refuse(draft.findings());
        Period now = results.latestPeriod();
        Period cut = Period.of(now.month(), draft.periodStartDay());
        Map<String, Ranking.Row> before = byKey(results.figures(Dimension.STREET, now));
        Map<String, Ranking.Row> after = byKey(results.figuresUnder(draft, Dimension.STREET, cut));
        Map<String, String> names = new LinkedHashMap<>();
        before.values().forEach(r -> names.put(r.key(), r.name()));
        after.values().forEach(r -> names.putIfAbsent(r.key(), r.name()));
        List<RankMove> moves = new ArrayList<>();
        names.forEach((key, name) -> moves.add(new RankMove(key, name, before.get(key), after.get(key))));
        moves.sort(Comparator.comparing(
                        (RankMove m) -> m.draft() == null || m.draft().rank() == null
                                ? Integer.MAX_VALUE
                                : m.draft().rank())
                .thenComparing(RankMove::street));
        return new RulesEffect(now, cut, draft, moves);
    }

    /** The matters of {@code street} in the draft's cut of the period, each counted or not under the draft. */
    public List<CountedMatter> counted(RulesEffect effect, String street) {
        return results.drillDownUnder(effect.draft(), Dimension.STREET, street, effect.draftPeriod());
    }

    /**
     * The rules as written, with a name and an effective date when they have none yet: neither changes
     * what they count, and a what-if comes before the rules are named.
     */
    private static AssessmentRules named(AssessmentRules r) {
        if (r.version() != null && !r.version().isBlank() && r.effectiveFrom() != null) {
            return r;
        }
        return new AssessmentRules(
                r.version() == null || r.version().isBlank() ? "what-if" : r.version(),
                r.effectiveFrom() == null ? LocalDate.of(2000, 1, 1) : r.effectiveFrom(),
                r.periodStartDay(),
                r.denominator(),
                r.basicWeight(),
                r.weightResponse(),
                r.weightResolution(),
                r.weightSatisfaction(),
                r.minValidVisits(),
                r.exclusionKinds());
    }

    private static Map<String, Ranking.Row> byKey(List<Ranking.Row> rows) {
        return rows.stream().collect(Collectors.toMap(Ranking.Row::key, Function.identity(), (a, b) -> a));
    }
}
