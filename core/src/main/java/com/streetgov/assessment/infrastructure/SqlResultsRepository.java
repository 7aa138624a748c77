package com.streetgov.assessment.infrastructure;

import com.streetgov.assessment.domain.AssessmentRules;
import com.streetgov.assessment.domain.Baseline;
import com.streetgov.assessment.domain.CountedMatter;
import com.streetgov.assessment.domain.Denominator;
import com.streetgov.assessment.domain.Dimension;
import com.streetgov.assessment.domain.ResultsRepository;
import com.streetgov.assessment.domain.VisitCounts;
import com.streetgov.tenancy.NoDistrictException;
import com.streetgov.tenancy.TenantEntityManagers;
import com.streetgov.tenancy.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Plain SQL over the tenant's EntityManager (DD024): each figure is one grouped query over
 * {@code matter} (by the {@code matter_received} index) joined to its done {@code return_visit} and an
 * approved {@code matter_exclusion}. Native SQL is not filtered by EclipseLink, so every statement
 * names {@code district_id} itself (row-level security checks it again, DD022).
 */
@ApplicationScoped
public class SqlResultsRepository extends TenantRepository implements ResultsRepository {

    /** The counts of a group, in the order {@link #counts(Object[], int)} reads them. */
    private static final String COUNTS = "count(*) filter (where x.matter_number is null),"
            + " count(*) filter (where x.matter_number is null and not v.reached),"
            + " count(*) filter (where x.matter_number is null and v.reached and v.contacted),"
            + " count(*) filter (where x.matter_number is null and v.reached and v.resolved),"
            + " count(*) filter (where x.matter_number is null and v.reached and v.satisfaction = 'SATISFIED'),"
            + " count(*) filter (where x.matter_number is null and v.reached"
            + " and v.satisfaction = 'BASICALLY_SATISFIED'),"
            + " count(x.matter_number)";

    /** Matters received in [?2, ?3) of district ?1 with a done visit; x = an approved exclusion, d = the duty item. */
    private static final String FROM = " from matter m"
            + " join return_visit v on v.district_id = m.district_id and v.matter_number = m.number"
            + " and v.state = 'DONE'"
            + " left join matter_exclusion x on x.district_id = m.district_id and x.matter_number = m.number"
            + " and x.state = 'APPROVED'"
            + " left join duty_item d on d.district_id = m.district_id and d.code = m.item_code";

    private static final String WHERE = " where m.district_id = ?1 and m.received_at >= ?2 and m.received_at < ?3";

    /** The same counts, summed from the per-day table {@code result_day} (V16, DD026). */
    private static final String DAY_COUNTS = "sum(counted), sum(invalid), sum(contacted), sum(resolved),"
            + " sum(satisfied), sum(basic), sum(excluded_count)";

    /** The days [?2, ?3) of district ?1 in {@code result_day}. */
    private static final String DAY_FROM =
            " from result_day where district_id = ?1 and day >= cast(?2 as date) and day < cast(?3 as date)";

    static final String UNCLASSIFIED = "未分类";

    /** The key expression of a dimension (see {@link Dimension}); null → the whole district. */
    static String key(Dimension dimension) {
        return switch (dimension) {
            case STREET -> "m.street";
            case UNIT -> "m.street || '/' || coalesce(m.lead_unit, '')";
            case AREA -> "coalesce(d.area, '" + UNCLASSIFIED + "')";
            case CATEGORY -> "coalesce(m.category, '" + UNCLASSIFIED + "')";
        };
    }

    @Override
    public Map<String, VisitCounts> counts(Dimension dimension, LocalDate from, LocalDate to) {
        String sql = kept(dimension)
                ? "select " + dayKey(dimension) + ", " + DAY_COUNTS + DAY_FROM + " group by 1 order by 1"
                : "select " + key(dimension) + ", " + COUNTS + FROM + WHERE + " group by 1 order by 1";
        Map<String, VisitCounts> counts = new LinkedHashMap<>();
        for (Object row : query(sql, from, to).getResultList()) {
            Object[] r = (Object[]) row;
            counts.put((String) r[0], counts(r, 1));
        }
        return counts;
    }

    @Override
    public Map<LocalDate, VisitCounts> daily(Dimension dimension, String key, LocalDate from, LocalDate to) {
        String sql = dimension == null || kept(dimension)
                ? "select day, " + DAY_COUNTS + DAY_FROM + filter(dimension, key, true) + " group by 1 order by 1"
                : "select cast(m.received_at as date), " + COUNTS + FROM + WHERE + keyFilter(dimension, key)
                        + " group by 1 order by 1";
        Query q = query(sql, from, to);
        if (key != null) {
            q.setParameter(4, key);
        }
        Map<LocalDate, VisitCounts> daily = new LinkedHashMap<>();
        for (Object row : q.getResultList()) {
            Object[] r = (Object[]) row;
            daily.put(((java.sql.Date) r[0]).toLocalDate(), counts(r, 1));
        }
        return daily;
    }

    @Override
    public List<CountedMatter> matters(
            Dimension dimension, String key, LocalDate from, LocalDate to, Denominator denominator) {
        // e = the matter's exclusion request in any state, shown in the drill-down
        String sql = "select m.number, m.title, m.street, m.lead_unit, d.area, m.category, m.received_at,"
                + " v.channel, v.reached, v.unreached, v.contacted, v.resolved, v.satisfaction, v.visited_at,"
                + " e.kind, e.state, e.reason"
                + FROM
                + " left join matter_exclusion e on e.district_id = m.district_id and e.matter_number = m.number"
                + WHERE
                + keyFilter(dimension, key)
                + " order by m.received_at, m.number";
        Query q = query(sql, from, to);
        if (key != null) {
            q.setParameter(4, key);
        }
        List<CountedMatter> rows = new ArrayList<>();
        for (Object row : q.getResultList()) {
            Object[] r = (Object[]) row;
            boolean reached = Boolean.TRUE.equals(r[8]);
            boolean excluded = "APPROVED".equals(r[15]);
            boolean counted = !excluded && (reached || denominator == Denominator.ALL_VISITS);
            rows.add(new CountedMatter(
                    (String) r[0],
                    (String) r[1],
                    (String) r[2],
                    null,
                    (String) r[3],
                    null,
                    r[4] == null ? UNCLASSIFIED : (String) r[4],
                    r[5] == null ? UNCLASSIFIED : (String) r[5],
                    time(r[6]),
                    (String) r[7],
                    reached,
                    (String) r[9],
                    (Boolean) r[10],
                    (Boolean) r[11],
                    (String) r[12],
                    time(r[13]),
                    (String) r[14],
                    (String) r[15],
                    (String) r[16],
                    counted));
        }
        return rows;
    }

    private static String keyFilter(Dimension dimension, String key) {
        return filter(dimension, key, false);
    }

    /** {@code and <key> = ?4} over the raw rows or over {@code result_day}; nothing for no key. */
    private static String filter(Dimension dimension, String key, boolean days) {
        if (key == null) {
            return "";
        }
        if (dimension == null) {
            throw new IllegalArgumentException("a key needs its dimension");
        }
        return " and " + (days ? dayKey(dimension) : key(dimension)) + " = ?4";
    }

    /** Whether {@code result_day} keeps the counts of a dimension (the street and unit are its key). */
    private static boolean kept(Dimension dimension) {
        return dimension == null || dimension == Dimension.STREET || dimension == Dimension.UNIT;
    }

    /** The key expression of a kept dimension over {@code result_day}; the same values as {@link #key}. */
    private static String dayKey(Dimension dimension) {
        return dimension == Dimension.STREET ? "street" : "street || '/' || lead_unit";
    }

    private Query query(String sql, LocalDate from, LocalDate to) {
        return nativeQuery(sql)
                .setParameter(1, district())
                .setParameter(2, Timestamp.valueOf(from.atStartOfDay()))
                .setParameter(3, Timestamp.valueOf(to.atStartOfDay()));
    }

    private static VisitCounts counts(Object[] r, int at) {
        return new VisitCounts(
                number(r[at]),
                number(r[at + 1]),
                number(r[at + 2]),
                number(r[at + 3]),
                number(r[at + 4]),
                number(r[at + 5]),
                number(r[at + 6]));
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static LocalDateTime time(Object value) {
        return value == null ? null : ((Timestamp) value).toLocalDateTime();
    }

    @Override
    public List<AssessmentRules> rules() {
        List<?> rows = nativeQuery("select version, effective_from, period_start_day, denominator,"
                        + " basic_weight, weight_response, weight_resolution, weight_satisfaction, min_valid_visits,"
                        + " exclusion_kinds from assessment_rules where district_id = ?1"
                        + " order by effective_from desc")
                .setParameter(1, district())
                .getResultList();
        List<AssessmentRules> rules = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            rules.add(new AssessmentRules(
                    (String) r[0],
                    ((java.sql.Date) r[1]).toLocalDate(),
                    ((Number) r[2]).intValue(),
                    Denominator.valueOf((String) r[3]),
                    decimal(r[4]),
                    decimal(r[5]),
                    decimal(r[6]),
                    decimal(r[7]),
                    ((Number) r[8]).intValue(),
                    ExclusionKindsJson.read((String) r[9])));
        }
        return rules;
    }

    @Override
    public void addRules(AssessmentRules rules, String actor, LocalDateTime at, String reason) {
        nativeQuery("insert into assessment_rules (district_id, version, effective_from,"
                        + " period_start_day, denominator, basic_weight, weight_response, weight_resolution,"
                        + " weight_satisfaction, min_valid_visits, exclusion_kinds, created_by, created_at, reason)"
                        + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)")
                .setParameter(1, district())
                .setParameter(2, rules.version())
                .setParameter(3, java.sql.Date.valueOf(rules.effectiveFrom()))
                .setParameter(4, rules.periodStartDay())
                .setParameter(5, rules.denominator().name())
                .setParameter(6, rules.basicWeight())
                .setParameter(7, rules.weightResponse())
                .setParameter(8, rules.weightResolution())
                .setParameter(9, rules.weightSatisfaction())
                .setParameter(10, rules.minValidVisits())
                .setParameter(11, ExclusionKindsJson.write(rules.exclusionKinds()))
                .setParameter(12, actor)
                .setParameter(13, Timestamp.valueOf(at))
                .setParameter(14, reason)
                .executeUpdate();
    }

    @Override
    public Optional<Baseline> baseline() {
        List<?> rows = nativeQuery("select label, response, resolution, satisfaction, source"
                        + " from assessment_baseline where district_id = ?1")
                .setParameter(1, district())
                .getResultList();
        return rows.stream().findFirst().map(row -> {
            Object[] r = (Object[]) row;
            return new Baseline((String) r[0], decimal(r[1]), decimal(r[2]), decimal(r[3]), (String) r[4]);
        });
    }

    @Override
    public void saveBaseline(Baseline baseline, String actor, LocalDateTime at) {
        nativeQuery("insert into assessment_baseline (district_id, label, response, resolution,"
                        + " satisfaction, source, entered_by, entered_at) values (?1, ?2, cast(?3 as numeric),"
                        + " cast(?4 as numeric), cast(?5 as numeric), ?6, ?7, ?8)"
                        + " on conflict (district_id) do update set label = excluded.label,"
                        + " response = excluded.response, resolution = excluded.resolution,"
                        + " satisfaction = excluded.satisfaction, source = excluded.source,"
                        + " entered_by = excluded.entered_by, entered_at = excluded.entered_at")
                .setParameter(1, district())
                .setParameter(2, baseline.label())
                .setParameter(3, baseline.response())
                .setParameter(4, baseline.resolution())
                .setParameter(5, baseline.satisfaction())
                .setParameter(6, baseline.source())
                .setParameter(7, actor)
                .setParameter(8, Timestamp.valueOf(at))
                .executeUpdate();
    }

    private static BigDecimal decimal(Object value) {
        if (value == null) {
            return null;
        }
        BigDecimal d = new BigDecimal(value.toString()).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }

    /** A native query (EclipseLink refuses them with multitenant entities unless asked per query). */
    private Query nativeQuery(String sql) {
        return em().createNativeQuery(sql).setHint("eclipselink.jdbc.allow-native-sql-query", true);
    }

    /** The district this repository's EntityManager is bound to. */
    private String district() {
        Object district = em().getProperties().get(TenantEntityManagers.TENANT_PROPERTY);
        if (district == null) {
            throw new NoDistrictException();
        }
        return district.toString();
    }
}
