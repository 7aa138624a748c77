package com.streetgov.matter.infrastructure;

import com.streetgov.matter.domain.Channel;
import com.streetgov.matter.domain.Matter;
import com.streetgov.matter.domain.MatterEvent;
import com.streetgov.matter.domain.MatterState;
import com.streetgov.matter.domain.MatterSummary;
import com.streetgov.matter.domain.Rating;
import com.streetgov.matter.domain.Referral;
import com.streetgov.matter.domain.RoutingDecision;
import com.streetgov.matter.domain.TimeLimit;
import com.streetgov.platform.TextConverter;
import com.streetgov.platform.TextListConverter;
import com.streetgov.tenancy.TenantOwnedEntity;
import com.streetgov.text.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.List;

/** A stored matter without its history (tenant-owned); {@code version} guards concurrent steps. */
@Entity
@Table(name = "matter")
class MatterEntity extends TenantOwnedEntity {

    @Id
    @Column(name = "number")
    private String number;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false)
    private Channel channel;

    @Column(name = "idempotency_key")
    private String idempotencyKey;

    /** SHA-256 (hex) of the normalized request that created the matter; a reused key must match it. */
    @Column(name = "request_fingerprint")
    private String requestFingerprint;

    @Column(name = "title", nullable = false)
    private String title;

    @Column(name = "description", nullable = false)
    private String description;

    @Column(name = "address")
    private String address;

    @Column(name = "street", nullable = false)
    private String street;

    @Column(name = "community")
    private String community;

    @Column(name = "grid")
    private String grid;

    @Column(name = "category")
    private String category;

    @Column(name = "resident_name")
    private String residentName;

    @Column(name = "resident_phone")
    private String residentPhone;

    @Column(name = "time_limit", nullable = false)
    private String timeLimit;

    @Column(name = "time_limit_name", nullable = false)
    private String timeLimitName;

    @Enumerated(EnumType.STRING)
    @Column(name = "time_measure", nullable = false)
    private TimeLimit.Measure timeMeasure;

    @Column(name = "time_amount", nullable = false)
    private int timeAmount;

    @Column(name = "received_at", nullable = false)
    private LocalDateTime receivedAt;

    @Column(name = "due_at", nullable = false)
    private LocalDateTime dueAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false)
    private MatterState state;

    @Column(name = "item_code")
    private String itemCode;

    @Column(name = "item_name")
    private String itemName;

    @Enumerated(EnumType.STRING)
    @Column(name = "routing_rule")
    private RoutingDecision.Rule routingRule;

    @Column(name = "routing_score")
    private Double routingScore;

    @Column(name = "lead_unit")
    private String leadUnit;

    @Convert(converter = TextListConverter.class)
    @Column(name = "assisting_units")
    private List<String> assistingUnits;

    @Column(name = "layout_version")
    private String layoutVersion;

    /** Why it was routed there, as a text (a sentence of rows older than texts reads literally). */
    @Convert(converter = TextConverter.class)
    @Column(name = "routing_reason")
    private Text routingReason;

    @Column(name = "referred_to")
    private String referredTo;

    @Column(name = "referred_name")
    private String referredName;

    @Column(name = "answer")
    private String answer;

    @Enumerated(EnumType.STRING)
    @Column(name = "rating")
    private Rating rating;

    @Column(name = "return_visit")
    private String returnVisit;

    @Column(name = "reopened", nullable = false)
    private int reopened;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected MatterEntity() {}

    MatterEntity(Matter m, String requestFingerprint) {
        this.requestFingerprint = requestFingerprint;
        number = m.number();
        channel = m.channel();
        idempotencyKey = m.idempotencyKey();
        Matter.Submission s = m.submission();
        title = s.title();
        description = s.description();
        address = s.address();
        street = s.street();
        community = s.community();
        grid = s.grid();
        category = s.category();
        residentName = s.residentName();
        residentPhone = s.residentPhone();
        timeLimit = m.limit().code();
        timeLimitName = m.limit().name();
        timeMeasure = m.limit().measure();
        timeAmount = m.limit().amount();
        receivedAt = m.receivedAt();
        dueAt = m.dueAt();
        update(m);
    }

    /** Copies what a workflow step may change. */
    void update(Matter m) {
        state = m.state();
        if (m.routing().isEmpty()) {
            // referred to a department (or never routed): no unit has it
            itemCode = null;
            itemName = null;
            routingRule = null;
            routingScore = null;
            leadUnit = null;
            assistingUnits = null;
            layoutVersion = null;
            routingReason = null;
        }
        referredTo = m.referral().map(Referral::department).orElse(null);
        referredName = m.referral().map(Referral::name).orElse(null);
        m.routing().ifPresent(r -> {
            street = r.street();
            itemCode = r.itemCode();
            itemName = r.itemName();
            routingRule = r.rule();
            routingScore = r.score();
            leadUnit = r.leadUnit();
            assistingUnits = r.assistingUnits();
            layoutVersion = r.layoutVersion();
            routingReason = r.reason();
        });
        answer = m.answer().orElse(null);
        rating = m.rating().orElse(null);
        returnVisit = m.returnVisit().orElse(null);
        reopened = m.reopened();
    }

    Matter toMatter(List<MatterEvent> events) {
        RoutingDecision routing = itemCode == null
                ? null
                : new RoutingDecision(
                        street,
                        itemCode,
                        itemName,
                        routingRule,
                        routingScore == null ? 0 : routingScore,
                        leadUnit,
                        assistingUnits == null ? List.of() : assistingUnits,
                        layoutVersion,
                        routingReason);
        return Matter.restore(
                number,
                channel,
                idempotencyKey,
                new Matter.Submission(
                        title, description, address, street, community, grid, category, residentName, residentPhone),
                new TimeLimit(timeLimit, timeLimitName, timeMeasure, timeAmount),
                receivedAt,
                dueAt,
                state,
                routing,
                referredTo == null ? null : new Referral(referredTo, referredName),
                answer,
                rating,
                returnVisit,
                reopened,
                events);
    }

    String requestFingerprint() {
        return requestFingerprint;
    }

    MatterSummary toSummary() {
        return new MatterSummary(
                number, title, street, leadUnit, itemName, itemCode, category, state, channel, receivedAt, dueAt);
    }
}
