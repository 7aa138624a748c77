package com.streetgov.assessment.application;

import com.streetgov.assessment.domain.MonthlyTheme;
import com.streetgov.assessment.domain.MonthlyThemeRepository;
import com.streetgov.assessment.domain.Period;
import com.streetgov.assessment.domain.PeriodMatter;
import com.streetgov.assessment.domain.ThemeFollowUp;
import com.streetgov.assessment.domain.VisitCounts;
import com.streetgov.audit.application.ConfigChanges;
import com.streetgov.audit.domain.ConfigArea;
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
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * 每月一题 of the current district: the district admin picks a period's theme (audited with a reason);
 * everyone follows its matters received in the period — by state, as a list, as their numbers — and
 * the return visits done on them, counted as the results count them (apply the period's rules with
 * {@link VisitCounts#rates}). The caller names the period (its start day is the rules').
 */
@ApplicationScoped
@Transactional(rollbackOn = RefusedException.class)
@Allowed({CallerRole.DISTRICT_ADMIN, CallerRole.STREET_STAFF})
public class MonthlyThemes {

    @Inject
    MonthlyThemeRepository repository;

    @Inject
    ConfigChanges audit;

    @Inject
    CurrentCaller caller;

    @Inject
    MatterClock clock;

    /** Every theme picked, newest period first. */
    public List<MonthlyTheme> themes() {
        return repository.findAll();
    }

    public Optional<MonthlyTheme> theme(YearMonth period) {
        return repository.find(period);
    }

    /** Picks (or replaces) the theme of {@code choice.period()}; refused when a field is missing or too long. */
    @Allowed(CallerRole.DISTRICT_ADMIN)
    public MonthlyTheme pick(MonthlyTheme.Choice choice, String reason) throws RefusedException {
        if (reason == null || reason.isBlank()) {
            throw new RefusedException(Text.of("assessment.reason.missing"), "reason");
        }
        MonthlyTheme theme =
                MonthlyTheme.of(choice, caller.get().map(Caller::name).orElse("system"), clock.now());
        boolean replaces = repository.find(theme.period()).isPresent();
        repository.save(theme);
        audit.record(
                ConfigArea.MONTHLY_THEME,
                (replaces ? "更换" : "选定") + theme.label() + "每月一题：" + theme.title()
                        + (theme.category() == null ? "" : "；类别 " + theme.category())
                        + (theme.keywords().isEmpty() ? "" : "；关键词 " + String.join("、", theme.keywords())),
                reason.strip());
        return theme;
    }

    /** The period's theme with its matters per state and their return visits; empty without a theme. */
    public Optional<ThemeFollowUp> follow(Period period) {
        return repository.find(period.month()).map(theme -> {
            var byState = repository.countByState(theme, period);
            long matters = byState.values().stream().mapToLong(Long::longValue).sum();
            return new ThemeFollowUp(theme, period, matters, byState, repository.visits(theme, period));
        });
    }

    /** The theme's matters received in the period, newest first, a page at a time; none without a theme. */
    public List<PeriodMatter> matters(Period period, int offset, int limit) {
        return repository
                .find(period.month())
                .map(theme -> repository.matters(theme, period, Math.max(0, offset), Math.max(0, Math.min(limit, 500))))
                .orElse(List.of());
    }

    /** The numbers of all the theme's matters received in the period (for the results' arithmetic). */
    public List<String> matterNumbers(Period period) {
        return repository
                .find(period.month())
                .map(theme -> repository.numbers(theme, period))
                .orElse(List.of());
    }

    /** The return visits done on the theme's matters of the period, counted as the results count them. */
    public VisitCounts visitCounts(Period period) {
        return repository
                .find(period.month())
                .map(theme -> repository.visits(theme, period))
                .orElse(VisitCounts.NONE);
    }
}
