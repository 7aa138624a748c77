package com.streetgov.matter.infrastructure;

import com.streetgov.matter.domain.InboxQuery;
import com.streetgov.matter.domain.LabelledText;
import com.streetgov.matter.domain.Matter;
import com.streetgov.matter.domain.MatterEvent;
import com.streetgov.matter.domain.MatterRepository;
import com.streetgov.matter.domain.MatterState;
import com.streetgov.matter.domain.MatterSummary;
import com.streetgov.matter.domain.ReceivedQuery;
import com.streetgov.matter.domain.ReturnVisit;
import com.streetgov.matter.domain.TimeLimit;
import com.streetgov.matter.domain.Whistle;
import com.streetgov.platform.JpqlFilter;
import com.streetgov.tenancy.TenantEntityManagers;
import com.streetgov.tenancy.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaMatterRepository extends TenantRepository implements MatterRepository {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private static final String ANSWERED_LAST = " case when m.state in ("
            + "com.streetgov.matter.domain.MatterState.RESPONDED, com.streetgov.matter.domain.MatterState.RESOLVED,"
            + " com.streetgov.matter.domain.MatterState.CLOSED) then 1 else 0 end";

    @Override
    public String nextNumber(LocalDate day) {
        // One counter row per district and day, bumped atomically; the row stays locked until the
        // transaction ends, so two intakes never share a serial and a rolled-back intake leaves no gap.
        Number next =
                (Number) em().createNativeQuery("insert into matter_counter (district_id, day, last) values (?1, ?2, 1)"
                                + " on conflict (district_id, day) do update set last = matter_counter.last + 1"
                                + " returning last")
                        .setParameter(1, district())
                        .setParameter(2, java.sql.Date.valueOf(day))
                        .setHint("eclipselink.jdbc.allow-native-sql-query", true)
                        .getSingleResult();
        return day.format(DAY) + "-" + String.format("%06d", next.longValue());
    }

    /** The district this repository's EntityManager is bound to (native SQL is not filtered by EclipseLink). */
    private String district() {
        Object district = em().getProperties().get(TenantEntityManagers.TENANT_PROPERTY);
        if (district == null) {
            throw new com.streetgov.tenancy.NoDistrictException();
        }
        return district.toString();
    }

    @Override
    public Optional<Matter> find(String number) {
        return Optional.ofNullable(em().find(MatterEntity.class, number)).map(r -> r.toMatter(events(number)));
    }

    @Override
    public List<Matter> findAll(java.util.Collection<String> numbers) {
        if (numbers.isEmpty()) {
            return List.of();
        }
        java.util.Map<String, List<MatterEvent>> events = new java.util.HashMap<>();
        em().createQuery(
                        "select e from MatterEventEntity e where e.matterNumber in :n order by e.matterNumber, e.seq",
                        MatterEventEntity.class)
                .setParameter("n", numbers)
                .getResultStream()
                .forEach(e -> events.computeIfAbsent(e.matterNumber(), k -> new java.util.ArrayList<>())
                        .add(e.toEvent()));
        return em().createQuery("select m from MatterEntity m where m.number in :n", MatterEntity.class)
                .setParameter("n", numbers)
                .getResultStream()
                .map(r -> r.toMatter(events.getOrDefault(r.toSummary().number(), List.of())))
                .toList();
    }

    @Override
    public Optional<Matter> findByKey(String idempotencyKey) {
        return em().createQuery("select m from MatterEntity m where m.idempotencyKey = :key", MatterEntity.class)
                .setParameter("key", idempotencyKey)
                .getResultStream()
                .findFirst()
                .map(r -> r.toMatter(events(r.toSummary().number())));
    }

    @Override
    public String requestFingerprint(String number) {
        MatterEntity record = em().find(MatterEntity.class, number);
        return record == null ? null : record.requestFingerprint();
    }

    private List<MatterEvent> events(String number) {
        return em().createQuery(
                        "select e from MatterEventEntity e where e.matterNumber = :n order by e.seq",
                        MatterEventEntity.class)
                .setParameter("n", number)
                .getResultStream()
                .map(MatterEventEntity::toEvent)
                .toList();
    }

    @Override
    public void add(Matter matter, String requestFingerprint) {
        em().persist(new MatterEntity(matter, requestFingerprint));
        em().flush();
        matter.events().forEach(e -> em().persist(new MatterEventEntity(matter.number(), e)));
        em().flush();
    }

    @Override
    public void update(Matter matter, int knownEvents) {
        MatterEntity record = em().find(MatterEntity.class, matter.number());
        record.update(matter);
        matter.events().stream().skip(knownEvents).forEach(e -> em().persist(
                        new MatterEventEntity(matter.number(), e)));
        em().flush();
    }

    @Override
    public List<MatterSummary> inbox(InboxQuery query, int offset, int limit) {
        // Open matters first, by deadline; answered ones (a district's year of closed matters) after them.
        return where(
                        query,
                        "select m from MatterEntity m",
                        " order by" + ANSWERED_LAST + ", m.dueAt, m.number",
                        MatterEntity.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultStream()
                .map(MatterEntity::toSummary)
                .toList();
    }

    @Override
    public int count(InboxQuery query) {
        return where(query, "select count(m) from MatterEntity m", "", Long.class)
                .getSingleResult()
                .intValue();
    }

    @Override
    public List<MatterSummary> received(ReceivedQuery q, int limit) {
        return new JpqlFilter()
                .where(
                        q.serviceCode() != null,
                        "(m.category = :code or m.itemCode = :code)",
                        q.serviceCode() == null ? Map.of() : Map.of("code", q.serviceCode()))
                .where(
                        q.from() != null,
                        "m.receivedAt >= :from",
                        q.from() == null ? Map.of() : Map.of("from", q.from()))
                .where(q.to() != null, "m.receivedAt <= :to", q.to() == null ? Map.of() : Map.of("to", q.to()))
                .where(!q.states().isEmpty(), "m.state in :states", Map.of("states", List.copyOf(q.states())))
                .query(
                        em(),
                        "select m from MatterEntity m",
                        " order by m.receivedAt desc, m.number desc",
                        MatterEntity.class)
                .setMaxResults(limit)
                .getResultStream()
                .map(MatterEntity::toSummary)
                .toList();
    }

    private <T> TypedQuery<T> where(InboxQuery q, String select, String order, Class<T> type) {
        return new JpqlFilter()
                .equal("m.street", "street", q.street())
                .equal("m.leadUnit", "unit", q.unit())
                .equal("m.state", "state", q.state())
                .contains("text", q.text(), "m.number", "m.title")
                .where(
                        q.overdueOnly(),
                        "m.dueAt < :now and m.state not in :answered",
                        Map.of(
                                "now",
                                q.now(),
                                "answered",
                                // the states whose clock no longer runs (MatterState.clockRuns)
                                java.util.Arrays.stream(MatterState.values())
                                        .filter(s -> !s.clockRuns())
                                        .toList()))
                .where(
                        q.returnVisitDue(),
                        // the visit queue's own rule: the matter's return_visit row is DUE (same district)
                        "exists (select v from ReturnVisitEntity v where v.matterNumber = m.number"
                                + " and v.state = :visitDue)",
                        Map.of("visitDue", ReturnVisit.State.DUE))
                .query(em(), select, order, type);
    }

    @Override
    public List<Whistle> whistles(String matterNumber) {
        return em().createQuery(
                        "select w from WhistleEntity w where w.matterNumber = :n order by w.blownAt",
                        WhistleEntity.class)
                .setParameter("n", matterNumber)
                .getResultStream()
                .map(this::toWhistle)
                .toList();
    }

    @Override
    public Optional<Whistle> whistle(String id) {
        return Optional.ofNullable(em().find(WhistleEntity.class, id)).map(this::toWhistle);
    }

    private Whistle toWhistle(WhistleEntity w) {
        List<Whistle.Summons> summons = em().createQuery(
                        "select s from SummonsEntity s where s.whistleId = :id order by s.department",
                        SummonsEntity.class)
                .setParameter("id", w.id)
                .getResultStream()
                .map(SummonsEntity::toSummons)
                .toList();
        return new Whistle(w.id, w.matterNumber, w.street, w.blownBy, w.blownAt, w.reportInMinutes, w.reason, summons);
    }

    @Override
    public void save(Whistle whistle) {
        if (em().find(WhistleEntity.class, whistle.id()) == null) {
            em().persist(new WhistleEntity(whistle));
            em().flush();
        }
        whistle.summons().forEach(s -> em().merge(new SummonsEntity(whistle.id(), s)));
        em().flush();
    }

    @Override
    public List<TimeLimit> timeLimits() {
        return em().createQuery("select t from TimeLimitEntity t order by t.position, t.code", TimeLimitEntity.class)
                .getResultStream()
                .map(TimeLimitEntity::toLimit)
                .toList();
    }

    @Override
    public void replaceTimeLimits(List<TimeLimit> limits) {
        em().createQuery("delete from TimeLimitEntity t").executeUpdate();
        for (int i = 0; i < limits.size(); i++) {
            em().persist(new TimeLimitEntity(limits.get(i), i));
        }
        em().flush();
    }

    @Override
    public List<LabelledText> labelledTexts(int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em().createNativeQuery("select title, description, item_code from matter"
                        + " where district_id = ?1 and not generated and item_code is not null"
                        + " and routing_rule in ('CATEGORY', 'MANUAL', 'DISPUTE')"
                        + " order by received_at desc limit ?2")
                .setParameter(1, district())
                .setParameter(2, limit)
                .setHint("eclipselink.jdbc.allow-native-sql-query", true)
                .getResultList();
        return rows.stream()
                .map(r -> new LabelledText(r[0] + " " + r[1], (String) r[2]))
                .toList();
    }

    @Override
    public List<com.streetgov.matter.domain.NearDuplicate.Recent> receivedSince(
            String street, java.time.LocalDateTime since, int limit) {
        return em().createQuery(
                        "select m.number, m.title, m.description, m.address, m.receivedAt from MatterEntity m"
                                + " where m.street = :street and m.receivedAt >= :since order by m.receivedAt",
                        Object[].class)
                .setParameter("street", street)
                .setParameter("since", since)
                .setMaxResults(limit)
                .getResultStream()
                .map(r -> new com.streetgov.matter.domain.NearDuplicate.Recent(
                        (String) r[0], (String) r[1], (String) r[2], (String) r[3], (java.time.LocalDateTime) r[4]))
                .toList();
    }
}
