package com.streetgov.assessment.infrastructure;

import static com.streetgov.tenancy.NativeSql.at;
import static com.streetgov.tenancy.NativeSql.text;

import com.streetgov.assessment.domain.HotspotCounts;
import com.streetgov.assessment.domain.HotspotFigures;
import com.streetgov.assessment.domain.HotspotKind;
import com.streetgov.assessment.domain.Period;
import com.streetgov.assessment.domain.PeriodMatter;
import com.streetgov.tenancy.NativeSql;
import com.streetgov.tenancy.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * Hotspot counts by plain SQL: one grouped statement over the matters of the period and the ones
 * compared with it (index {@code matter_received}: district, received_at), a {@code count(*) filter}
 * per period; names from the duty list (categories), communities and grids. The drill-down selects by
 * the same key expression, so a count and its rows agree.
 */
@ApplicationScoped
public class SqlHotspotFigures extends TenantRepository implements HotspotFigures {

    /** The SQL expression of a matter's key (null = not counted for this kind). */
    static String key(HotspotKind kind) {
        return switch (kind) {
            case CATEGORY -> "coalesce(nullif(m.category, ''), '" + HotspotKind.UNCATEGORISED + "')";
            case COMMUNITY -> "nullif(m.community, '')";
            case GRID -> "nullif(m.grid, '')";
        };
    }

    /** Joins the names of the keys {@code g.k}; the name expression is {@code n.name}. */
    private static String names(HotspotKind kind) {
        return switch (kind) {
            case CATEGORY -> "left join duty_item n on n.district_id = ? and n.code = g.k";
            case COMMUNITY -> "left join community n on n.district_id = ? and n.code = g.k";
            case GRID -> "left join grid n on n.district_id = ? and n.code = g.k";
        };
    }

    @Override
    public List<HotspotCounts> counts(HotspotKind kind, Period period, List<Period> previous) {
        String district = NativeSql.district(em());
        List<Period> all = new ArrayList<>(previous);
        all.add(period);
        StringBuilder columns = new StringBuilder();
        List<Object> parameters = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            columns.append(", count(*) filter (where m.received_at >= ? and m.received_at < ?) as c")
                    .append(i);
            parameters.add(at(all.get(i).start()));
            parameters.add(at(all.get(i).end()));
        }
        StringBuilder outer = new StringBuilder();
        for (int i = 0; i < all.size(); i++) {
            outer.append(", g.c").append(i);
        }
        String sql = "select g.k, coalesce(n.name, g.k)" + outer + " from (select " + key(kind) + " as k"
                + columns
                + " from matter m where m.district_id = ? and m.received_at >= ? and m.received_at < ?"
                + " and " + key(kind) + " is not null group by 1) g " + names(kind) + " order by g.k";
        parameters.add(district);
        parameters.add(at(all.get(0).start()));
        parameters.add(at(period.end()));
        parameters.add(district);
        List<HotspotCounts> counts = new ArrayList<>();
        for (Object[] r : NativeSql.rows(em(), sql, parameters)) {
            List<Long> before = new ArrayList<>();
            for (int i = 0; i < previous.size(); i++) {
                before.add(NativeSql.count(r[2 + i]));
            }
            counts.add(new HotspotCounts(text(r[0]), text(r[1]), NativeSql.count(r[2 + previous.size()]), before));
        }
        return counts;
    }

    @Override
    public List<PeriodMatter> matters(HotspotKind kind, String key, Period period, int offset, int limit) {
        String sql = MatterRows.SELECT + " where m.district_id = ? and m.received_at >= ? and m.received_at < ? and "
                + key(kind) + " = ? order by m.received_at desc, m.number desc limit ? offset ?";
        return MatterRows.of(NativeSql.rows(
                em(),
                sql,
                List.of(NativeSql.district(em()), at(period.start()), at(period.end()), key, limit, offset)));
    }

    @Override
    public long count(HotspotKind kind, String key, Period period) {
        return NativeSql.single(
                em(),
                "select count(*) from matter m where m.district_id = ? and m.received_at >= ? and m.received_at < ?"
                        + " and " + key(kind) + " = ?",
                List.of(NativeSql.district(em()), at(period.start()), at(period.end()), key));
    }
}
