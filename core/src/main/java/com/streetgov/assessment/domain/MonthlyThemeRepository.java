package com.streetgov.assessment.domain;

import com.streetgov.matter.domain.MatterState;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The current district's monthly themes and the matters they follow. */
public interface MonthlyThemeRepository {

    /** Stores the theme of its period, replacing one picked before. */
    void save(MonthlyTheme theme);

    Optional<MonthlyTheme> find(YearMonth period);

    /** Every theme, newest period first. */
    List<MonthlyTheme> findAll();

    /** The theme's matters received in {@code period}, per state. */
    Map<MatterState, Long> countByState(MonthlyTheme theme, Period period);

    /** The theme's matters received in {@code period}, newest first, a page at a time. */
    List<PeriodMatter> matters(MonthlyTheme theme, Period period, int offset, int limit);

    /** The numbers of all the theme's matters received in {@code period}, in number order. */
    List<String> numbers(MonthlyTheme theme, Period period);

    /**
     * The return visits done on the theme's matters received in {@code period}: invalid = not reached;
     * of the reached, contacted / resolved / satisfied / basically satisfied; matters with an approved
     * exclusion are left out and counted in {@code excluded}.
     */
    VisitCounts visits(MonthlyTheme theme, Period period);
}
