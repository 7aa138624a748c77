package com.streetgov.assessment.infrastructure;

import static com.streetgov.tenancy.NativeSql.at;
import static com.streetgov.tenancy.NativeSql.text;
import static com.streetgov.tenancy.NativeSql.time;

import com.streetgov.assessment.domain.SummonsFact;
import com.streetgov.assessment.domain.WhistleFacts;
import com.streetgov.matter.domain.MatterState;
import com.streetgov.matter.domain.Rating;
import com.streetgov.tenancy.NativeSql;
import com.streetgov.tenancy.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The period's summonses in one statement: whistle ⨝ summons ⨝ matter, by the whistle's time blown
 * (index {@code whistle_blown}, V14). Whistles are few (a handful per street and month), so the rows are
 * fetched and the double assessment is counted from them in Java, which keeps each figure and its
 * drill-down the same rows.
 */
@ApplicationScoped
public class SqlWhistleFacts extends TenantRepository implements WhistleFacts {

    static final String SUMMONSES =
            """
            select w.id, w.matter_number, w.street, w.blown_at, w.report_in_minutes,
                   s.department, s.reported_at, s.rating, m.state
              from whistle w
              join whistle_summons s on s.district_id = w.district_id and s.whistle_id = w.id
              join matter m on m.district_id = w.district_id and m.number = w.matter_number
             where w.district_id = ? and w.blown_at >= ? and w.blown_at < ?
             order by w.blown_at, w.id, s.department
            """;

    @Override
    public List<SummonsFact> summonses(LocalDate from, LocalDate to, Map<String, String> streetNames) {
        return NativeSql.rows(em(), SUMMONSES, List.of(NativeSql.district(em()), at(from), at(to))).stream()
                .map(r -> new SummonsFact(
                        text(r[0]),
                        text(r[1]),
                        text(r[2]),
                        streetNames.getOrDefault(text(r[2]), text(r[2])),
                        time(r[3]),
                        ((Number) r[4]).intValue(),
                        text(r[5]),
                        time(r[6]),
                        r[7] == null ? null : Rating.valueOf(text(r[7])),
                        MatterState.valueOf(text(r[8]))))
                .toList();
    }
}
