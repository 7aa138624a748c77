package com.streetgov.assessment.infrastructure;

import static com.streetgov.tenancy.NativeSql.at;
import static com.streetgov.tenancy.NativeSql.count;
import static com.streetgov.tenancy.NativeSql.text;
import static com.streetgov.tenancy.NativeSql.time;

import com.streetgov.assessment.domain.MonthlyTheme;
import com.streetgov.assessment.domain.MonthlyThemeRepository;
import com.streetgov.assessment.domain.Period;
import com.streetgov.assessment.domain.PeriodMatter;
import com.streetgov.assessment.domain.VisitCounts;
import com.streetgov.matter.domain.MatterState;
import com.streetgov.tenancy.NativeSql;
import com.streetgov.tenancy.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Monthly themes in {@code monthly_theme} (V11) and their matters by plain SQL: a matter follows a
 * theme when its category is the theme's or its title or description contains any keyword (as
 * {@link MonthlyTheme#follows}); it belongs to the period that contains the day it was received.
 */
@ApplicationScoped
public class SqlMonthlyThemes extends TenantRepository implements MonthlyThemeRepository {

    private static final String THEME = "select period, title, category, keywords, problems, picked_by, picked_at"
            + " from monthly_theme where district_id = ?";

    @Override
    public void save(MonthlyTheme theme) {
        NativeSql.query(
                        em(),
                        "insert into monthly_theme (district_id, period, title, category, keywords, problems,"
                                + " picked_by, picked_at) values (?, ?, ?, nullif(?, ''), nullif(?, ''), ?, ?, ?)"
                                + " on conflict (district_id, period) do update set title = excluded.title,"
                                + " category = excluded.category, keywords = excluded.keywords,"
                                + " problems = excluded.problems, picked_by = excluded.picked_by,"
                                + " picked_at = excluded.picked_at",
                        List.of(
                                NativeSql.district(em()),
                                theme.label(),
                                theme.title(),
                                theme.category() == null ? "" : theme.category(),
                                String.join(" ", theme.keywords()),
                                theme.problems(),
                                theme.pickedBy(),
                                Timestamp.valueOf(theme.pickedAt())))
                .executeUpdate();
    }

    @Override
    public Optional<MonthlyTheme> find(YearMonth period) {
        return NativeSql.rows(em(), THEME + " and period = ?", List.of(NativeSql.district(em()), period.toString()))
                .stream()
                .map(SqlMonthlyThemes::theme)
                .findFirst();
    }

    @Override
    public List<MonthlyTheme> findAll() {
        return NativeSql.rows(em(), THEME + " order by period desc", List.of(NativeSql.district(em()))).stream()
                .map(SqlMonthlyThemes::theme)
                .toList();
    }

    private static MonthlyTheme theme(Object[] r) {
        String keywords = text(r[3]);
        return new MonthlyTheme(
                YearMonth.parse(text(r[0])),
                text(r[1]),
                text(r[2]),
                keywords == null || keywords.isBlank() ? List.of() : Arrays.asList(keywords.split(" ")),
                text(r[4]),
                text(r[5]),
                time(r[6]));
    }

    /** The theme's matters of the period: {@code where} and its parameters, on alias {@code m}. */
    private record Match(String where, List<Object> parameters) {}

    private Match match(MonthlyTheme theme, Period period) {
        List<Object> parameters =
                new ArrayList<>(List.of(NativeSql.district(em()), at(period.start()), at(period.end())));
        List<String> any = new ArrayList<>();
        if (theme.category() != null) {
            any.add("m.category = ?");
            parameters.add(theme.category());
        }
        for (String keyword : theme.keywords()) {
            any.add("strpos(lower(m.title), lower(?)) > 0");
            any.add("strpos(lower(m.description), lower(?)) > 0");
            parameters.add(keyword);
            parameters.add(keyword);
        }
        if (any.isEmpty()) {
            any.add("false");
        }
        return new Match(
                " m.district_id = ? and m.received_at >= ? and m.received_at < ? and (" + String.join(" or ", any)
                        + ")",
                parameters);
    }

    @Override
    public Map<MatterState, Long> countByState(MonthlyTheme theme, Period period) {
        Match match = match(theme, period);
        Map<MatterState, Long> counts = new EnumMap<>(MatterState.class);
        for (MatterState state : MatterState.values()) {
            counts.put(state, 0L);
        }
        NativeSql.rows(
                        em(),
                        "select m.state, count(*) from matter m where" + match.where() + " group by 1",
                        match.parameters())
                .forEach(r -> counts.put(MatterState.valueOf(text(r[0])), count(r[1])));
        return counts;
    }

    @Override
    public List<PeriodMatter> matters(MonthlyTheme theme, Period period, int offset, int limit) {
        Match match = match(theme, period);
        List<Object> parameters = new ArrayList<>(match.parameters());
        parameters.add(limit);
        parameters.add(offset);
        return MatterRows.of(NativeSql.rows(
                em(),
                MatterRows.SELECT + " where" + match.where()
                        + " order by m.received_at desc, m.number desc limit ? offset ?",
                parameters));
    }

    @Override
    public List<String> numbers(MonthlyTheme theme, Period period) {
        Match match = match(theme, period);
        return NativeSql.rows(
                        em(),
                        "select m.number from matter m where" + match.where() + " order by m.number",
                        match.parameters())
                .stream()
                .map(r -> text(r[0]))
                .toList();
    }

    @Override
    public VisitCounts visits(MonthlyTheme theme, Period period) {
        Match match = match(theme, period);
        Object[] r = NativeSql.rows(
                        em(),
                        """
                        select count(*) filter (where x.matter_number is null),
                               count(*) filter (where x.matter_number is null and not v.reached),
                               count(*) filter (where x.matter_number is null and v.reached and v.contacted),
                               count(*) filter (where x.matter_number is null and v.reached and v.resolved),
                               count(*) filter (where x.matter_number is null and v.reached
                                                  and v.satisfaction = 'SATISFIED'),
                               count(*) filter (where x.matter_number is null and v.reached
                                                  and v.satisfaction = 'BASICALLY_SATISFIED'),
                               count(*) filter (where x.matter_number is not null)
                          from return_visit v
                          join matter m on m.district_id = v.district_id and m.number = v.matter_number
                          left join matter_exclusion x on x.district_id = v.district_id
                               and x.matter_number = v.matter_number and x.state = 'APPROVED'
                         where v.state = 'DONE' and"""
                                + match.where(),
                        match.parameters())
                .get(0);
        return new VisitCounts(
                count(r[0]), count(r[1]), count(r[2]), count(r[3]), count(r[4]), count(r[5]), count(r[6]));
    }
}
