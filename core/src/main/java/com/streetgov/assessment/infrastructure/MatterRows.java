package com.streetgov.assessment.infrastructure;

import static com.streetgov.tenancy.NativeSql.text;
import static com.streetgov.tenancy.NativeSql.time;

import com.streetgov.assessment.domain.PeriodMatter;
import com.streetgov.matter.domain.MatterState;
import java.util.List;

/** The columns of a {@link PeriodMatter} drill-down line and their reading. */
final class MatterRows {

    static final String SELECT = "select m.number, m.title, m.received_at, m.street, m.community, m.grid,"
            + " m.category, m.state, m.generated from matter m";

    private MatterRows() {}

    static List<PeriodMatter> of(List<Object[]> rows) {
        return rows.stream()
                .map(r -> new PeriodMatter(
                        text(r[0]),
                        text(r[1]),
                        time(r[2]),
                        text(r[3]),
                        text(r[4]),
                        text(r[5]),
                        text(r[6]),
                        MatterState.valueOf(text(r[7])),
                        Boolean.TRUE.equals(r[8])))
                .toList();
    }
}
