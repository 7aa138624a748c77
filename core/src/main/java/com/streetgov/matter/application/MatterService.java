package com.streetgov.matter.application;

import com.streetgov.audit.application.ConfigChanges;
import com.streetgov.audit.domain.ConfigArea;
import com.streetgov.duty.domain.DutyItem;
import com.streetgov.duty.domain.DutyLevel;
import com.streetgov.matter.domain.Channel;
import com.streetgov.matter.domain.IdempotencyKeyReusedException;
import com.streetgov.matter.domain.InboxQuery;
import com.streetgov.matter.domain.Matter;
import com.streetgov.matter.domain.MatterRelabelled;
import com.streetgov.matter.domain.MatterRepository;
import com.streetgov.matter.domain.MatterSummary;
import com.streetgov.matter.domain.Rating;
import com.streetgov.matter.domain.Referral;
import com.streetgov.matter.domain.RejectionRuling;
import com.streetgov.matter.domain.ReturnVisit;
import com.streetgov.matter.domain.ReturnVisitRepository;
import com.streetgov.matter.domain.Router;
import com.streetgov.matter.domain.RoutingDecision;
import com.streetgov.matter.domain.TimeLimit;
import com.streetgov.matter.domain.VisitOutcome;
import com.streetgov.platform.Commands;
import com.streetgov.tenancy.Allowed;
import com.streetgov.tenancy.CallerRole;
import com.streetgov.tenancy.CurrentCaller;
import com.streetgov.tenancy.CurrentDistrict;
import com.streetgov.text.RefusedException;
import com.streetgov.text.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Intake and handling of the current district's matters. Intake finds the street, routes with the
 * district's cached index and layout, computes the deadline on its calendar and stores the matter and
 * its history in one transaction; an idempotency key already used returns the matter it created.
 * Workflow refusals roll back and say why ({@link RefusedException}).
 */
@ApplicationScoped
@Transactional(rollbackOn = RefusedException.class)
@Allowed({CallerRole.DISTRICT_ADMIN, CallerRole.STREET_STAFF})
public class MatterService {

    @Inject
    ConfigChanges audit;

    /**
     * Used until a district configures its own (examples from the issue: 24 h, 2 h, 7 days, 15
     * working days). A district's first time limit is its default.
     */
    public static final List<TimeLimit> DEFAULT_LIMITS = List.of(
            new TimeLimit("H24", "一般（24小时）", TimeLimit.Measure.HOURS, 24),
            new TimeLimit("URGENT", "紧急（2小时）", TimeLimit.Measure.HOURS, 2),
            new TimeLimit("D7", "7天", TimeLimit.Measure.DAYS, 7),
            new TimeLimit("WD15", "15个工作日", TimeLimit.Measure.WORKING_DAYS, 15));

    /**
     * What intake needs besides the submission; checked by Bean Validation before any SQL (an
     * idempotency key is at most 100 printable ASCII characters).
     */
    public record Intake(
            @NotNull Channel channel,
            @Size(max = 100, message = "Idempotency-Key 不能超过 {max} 个字符")
                    @Pattern(regexp = "[\\x20-\\x7E]*", message = "Idempotency-Key 只能包含可打印的 ASCII 字符")
                    String idempotencyKey,
            @NotNull(message = "缺少诉求内容") @Valid Matter.Submission submission,
            @Size(max = 32, message = "timeLimit（办理时限）不能超过 {max} 个字符")
                    @Pattern(regexp = Matter.PLAIN_TEXT, message = "timeLimit（办理时限）不能包含控制字符（如 NUL）")
                    String timeLimit) {}

    /**
     * The matter, whether this call created it, why it could not be routed (if so; a matter referred to
     * a district department was routed there, and its history says why) and the router's
     * suggestions for it (distinct places, best first; what the window shows the clerk).
     */
    public record Received(Matter matter, boolean created, Text routingProblem, List<Router.Suggestion> suggestions) {

        public Received {
            suggestions = suggestions == null ? List.of() : List.copyOf(suggestions);
        }
    }

    @Inject
    MatterRepository repository;

    @Inject
    RoutingContexts contexts;

    @Inject
    Event<MatterRelabelled> relabelled;

    @Inject
    CurrentDistrict district;

    /** Who takes the matter in: a street's staff member's own street locates a matter that names none. */
    @Inject
    CurrentCaller caller;

    @Inject
    MatterClock clock;

    @Inject
    ReturnVisitRepository visits;

    /**
     * Takes a matter in. A command that breaks its constraints throws {@code
     * ConstraintViolationException} before any SQL; a key already used for a different request throws
     * {@link IdempotencyKeyReusedException}.
     */
    @Allowed({CallerRole.DISTRICT_ADMIN, CallerRole.STREET_STAFF, CallerRole.RESIDENT_CHANNEL})
    public Received intake(Intake intake, String actor) throws RefusedException {
        Commands.valid(intake);
        String fingerprint = IntakeFingerprint.of(intake);
        if (intake.idempotencyKey() != null && !intake.idempotencyKey().isBlank()) {
            Optional<Matter> earlier = repository.findByKey(intake.idempotencyKey());
            if (earlier.isPresent()) {
                if (!IntakeFingerprint.same(
                        repository.requestFingerprint(earlier.get().number()), fingerprint)) {
                    throw new IdempotencyKeyReusedException(intake.idempotencyKey());
                }
                return new Received(earlier.get(), false, null, List.of());
            }
        }
        Matter.Submission s = intake.submission();
        RoutingContexts.Context context = contexts.current();
        String ownStreet = caller.get().flatMap(c -> c.street()).orElse(null);
        var found = context.locator()
                .locate(s.street(), s.community(), s.grid(), s.address(), ownStreet)
                .orElseThrow(() -> new RefusedException("matter.street.unlocated"));
        TimeLimit limit = TimeLimit.named(context.limits(), intake.timeLimit());
        LocalDateTime now = clock.now();
        Matter.Submission located = new Matter.Submission(
                s.title().strip(),
                s.description().strip(),
                s.address(),
                found.street(),
                s.community(),
                s.grid(),
                s.category(),
                s.residentName(),
                s.residentPhone());
        LocalDateTime due = limit.due(now, context.calendar());
        Router.Outcome outcome = context.router()
                .route(found.street(), now.toLocalDate(), s.category(), s.title() + "\n" + s.description());
        // The number last: the district's counter row stays locked from here to the commit (DD021), so
        // every intake of the district waits for it; only the writes should run while it is held (DD027).
        Matter matter = Matter.receive(
                repository.nextNumber(now.toLocalDate()),
                intake.channel(),
                blank(intake.idempotencyKey()) ? null : intake.idempotencyKey().strip(),
                located,
                limit,
                now,
                due,
                actor);
        Optional<Router.Suggestion> department =
                outcome.referral().filter(r -> r.place() == Router.Suggestion.Place.DEPARTMENT);
        if (outcome.decision().isPresent()) {
            RoutingDecision d = outcome.decision().get();
            matter.dispatch(d.locatedBy(found.how()), "system", now);
        } else if (department.isPresent()) {
            Router.Suggestion d = department.get();
            matter.refer(new Referral(d.code(), d.name()), outcome.problem(), "system", now);
        } else {
            matter.note("NOT_ROUTED", "system", now, outcome.problem());
        }
        repository.add(matter, fingerprint);
        return new Received(matter, true, department.isPresent() ? null : outcome.problem(), outcome.suggestions());
    }

    @Allowed(
            value = {CallerRole.DISTRICT_ADMIN, CallerRole.STREET_STAFF, CallerRole.RESIDENT_CHANNEL},
            vendorReview = true)
    public Optional<Matter> find(String number) {
        return repository.find(number);
    }

    @Allowed(
            value = {CallerRole.DISTRICT_ADMIN, CallerRole.STREET_STAFF},
            vendorReview = true)
    public List<MatterSummary> inbox(InboxQuery query, int offset, int limit) {
        return repository.inbox(query, offset, limit);
    }

    @Allowed(
            value = {CallerRole.DISTRICT_ADMIN, CallerRole.STREET_STAFF},
            vendorReview = true)
    public int count(InboxQuery query) {
        return repository.count(query);
    }

    @Allowed(
            value = {CallerRole.DISTRICT_ADMIN, CallerRole.STREET_STAFF, CallerRole.RESIDENT_CHANNEL},
            vendorReview = true)
    public LocalDateTime now() {
        return clock.now();
    }

    @Allowed({CallerRole.DISTRICT_ADMIN, CallerRole.STREET_STAFF, CallerRole.RESIDENT_CHANNEL})
    public List<TimeLimit> timeLimits() {
        return contexts.current().limits();
    }

    /** Replaces the district's time limits; new matters take them at once. */
    @Allowed(CallerRole.DISTRICT_ADMIN)
    public void replaceTimeLimits(List<TimeLimit> limits) {
        repository.replaceTimeLimits(limits);
        audit.record(
                ConfigArea.TIME_LIMITS,
                "办理时限改为："
                        + String.join("、", limits.stream().map(TimeLimit::name).toList()));
        contexts.forgetCurrent();
    }

    /** The routable matter catalog: street-level duty items in force today (Open311 services). */
    @Allowed({CallerRole.DISTRICT_ADMIN, CallerRole.STREET_STAFF, CallerRole.RESIDENT_CHANNEL})
    public List<DutyItem> catalog() {
        var today = clock.now().toLocalDate();
        return contexts.current().items().stream()
                .filter(i -> i.level() == DutyLevel.STREET && i.activeOn(today))
                .toList();
    }

    /** The code of the street called {@code name} (a staff member's street group names it). */
    @Allowed({CallerRole.DISTRICT_ADMIN, CallerRole.STREET_STAFF, CallerRole.RESIDENT_CHANNEL})
    public Optional<String> streetCodeNamed(String name) {
        return streets().entrySet().stream()
                .filter(e -> e.getValue().equals(name))
                .map(java.util.Map.Entry::getKey)
                .findFirst();
    }

    /** Streets of the district, code to name. */
    @Allowed(
            value = {CallerRole.DISTRICT_ADMIN, CallerRole.STREET_STAFF, CallerRole.RESIDENT_CHANNEL},
            vendorReview = true)
    public java.util.Map<String, String> streets() {
        return contexts.current().streets();
    }

    /** Unit names in a street's layout on the matter's intake date, code to name. */
    @Allowed({CallerRole.DISTRICT_ADMIN, CallerRole.STREET_STAFF, CallerRole.RESIDENT_CHANNEL})
    public java.util.Map<String, String> units(String street, java.time.LocalDate on) {
        java.util.Map<String, String> units = new java.util.LinkedHashMap<>();
        contexts.current().model().unitsOf(street, on).forEach(u -> units.put(u.code(), u.name()));
        return units;
    }

    private interface Step {
        void apply(Matter m) throws RefusedException;
    }

    private interface VisitStep {
        void apply(ReturnVisit v) throws RefusedException;
    }

    /** Applies a step to the matter's return visit (created if the matter has none yet) in the same transaction. */
    private void visit(String number, LocalDateTime at, VisitStep step) throws RefusedException {
        ReturnVisit visit = visits.find(number).orElseGet(() -> ReturnVisit.afterAnswer(number, at));
        step.apply(visit);
        visits.save(visit);
    }

    private Matter step(String number, Step step) throws RefusedException {
        Matter m = repository.find(number).orElseThrow(() -> new RefusedException("matter.numberUnknown", number));
        int known = m.events().size();
        step.apply(m);
        repository.update(m, known);
        return m;
    }

    public Matter accept(String number, String unit, String actor) throws RefusedException {
        return step(number, m -> m.accept(unit, actor, clock.now()));
    }

    public Matter start(String number, String actor) throws RefusedException {
        return step(number, m -> m.start(actor, clock.now()));
    }

    /** Answers the matter; its return visit falls due {@link ReturnVisit#DELAY} later. */
    public Matter respond(String number, String answer, String actor) throws RefusedException {
        LocalDateTime now = clock.now();
        Matter matter = step(number, m -> m.respond(answer, actor, now));
        visit(number, now, v -> v.answered(now));
        return matter;
    }

    public Matter resolve(String number, String actor) throws RefusedException {
        return step(number, m -> m.resolve(actor, clock.now()));
    }

    public Matter close(String number, String actor) throws RefusedException {
        return step(number, m -> m.close(actor, clock.now()));
    }

    /** Reopens the matter; its return visit is to do again. */
    public Matter reopen(String number, String reason, String actor) throws RefusedException {
        LocalDateTime now = clock.now();
        Matter matter = step(number, m -> m.reopen(reason, actor, now));
        visit(number, now, v -> v.reopened(now));
        return matter;
    }

    /**
     * The resident's own rating, from a resident channel only (Open311 with the tracking token, later
     * the residents' page); {@code channel} names it in the history. Once per answer. It counts as the
     * return visit (channel RESIDENT, reached, contacted): {@code resolved} as the resident says, or,
     * when they say nothing (null), resolved unless they are not satisfied. The staff's call is
     * {@link ReturnVisitService#record}.
     */
    @Allowed(CallerRole.RESIDENT_CHANNEL)
    public Matter rate(String number, Rating rating, Boolean resolved, String channel) throws RefusedException {
        return rate(number, rating, resolved, null, channel);
    }

    /** Most characters of a resident's comment on their rating (the return visit's note holds 1,000). */
    public static final int COMMENT_MAX = 500;

    /**
     * As {@link #rate(String, Rating, Boolean, String)}, with the resident's comment: kept in the history
     * and as the return visit's note; at most {@link #COMMENT_MAX} characters of plain text.
     */
    @Allowed(CallerRole.RESIDENT_CHANNEL)
    public Matter rate(String number, Rating rating, Boolean resolved, String comment, String channel)
            throws RefusedException {
        if (comment != null && comment.strip().length() > COMMENT_MAX) {
            throw new RefusedException(Text.of("matter.comment.tooLong", COMMENT_MAX), "comment");
        }
        if (comment != null && !comment.matches(Matter.PLAIN_TEXT)) {
            throw new RefusedException(Text.of("matter.comment.control"), "comment");
        }
        LocalDateTime now = clock.now();
        Matter matter = step(number, m -> m.rate(rating, comment, channel, now));
        visit(number, now, v -> v.ratedByResident(VisitOutcome.byResident(rating, resolved, comment, channel, now)));
        return matter;
    }

    /**
     * Appends a note of another feature to the matter's history (e.g. an exclusion from assessment
     * requested or decided); {@code type} is an upper-case event name the screens translate.
     */
    public Matter remark(String number, String type, String note, String actor) throws RefusedException {
        return remark(number, type, note == null ? null : Text.literal(note.strip()), actor);
    }

    /** As {@link #remark(String, String, String, String)}, the note a text (read in the reader's language). */
    public Matter remark(String number, String type, Text note, String actor) throws RefusedException {
        if (type == null || !type.matches("[A-Z][A-Z_]{0,31}") || Matter.blank(note)) {
            throw new RefusedException("matter.remark.invalid");
        }
        return step(number, m -> m.note(type, actor, clock.now(), note));
    }

    /**
     * A clerk sends the matter to another duty item's lead unit, with a reason: their own words ({@link
     * Text#literal}) or a text (e.g. the dispatch desk's).
     */
    public Matter reroute(String number, String itemCode, Text reason, String actor) throws RefusedException {
        if (Matter.blank(reason)) {
            throw new RefusedException("matter.reroute.reasonMissing");
        }
        Text why = Text.of("routing.manual", reason);
        Matter rerouted = step(
                number, m -> m.dispatch(decide(m, itemCode, RoutingDecision.Rule.MANUAL, why), actor, clock.now()));
        relabelled.fire(new MatterRelabelled(district.require()));
        return rerouted;
    }

    /**
     * A unit's rejection (退单), judged against the duty list by {@link RejectionRuling} (the item the
     * unit suggests is routed here, rule DISPUTE); a refused rejection is recorded in the history and
     * the matter stays with the unit.
     */
    public Judgement reject(String number, String unit, String reason, String suggestedItem, String actor)
            throws RefusedException {
        Matter m = repository.find(number).orElseThrow(() -> new RefusedException("matter.numberUnknown", number));
        int known = m.events().size();
        LocalDateTime now = clock.now();
        RejectionRuling.requireDispatchedTo(m, unit);
        Text why = Text.of("routing.dispute", Text.literal(reason));
        RoutingDecision suggested =
                blank(suggestedItem) ? null : decide(m, suggestedItem, RoutingDecision.Rule.DISPUTE, why);
        RejectionRuling ruling = RejectionRuling.judge(m.routing().orElseThrow(), unit, reason, suggested);
        ruling.applyTo(m, unit, reason, actor, now);
        repository.update(m, known);
        if (ruling.accepted() && suggested != null) {
            relabelled.fire(new MatterRelabelled(district.require()));
        }
        return new Judgement(ruling.accepted(), ruling.message());
    }

    /** The outcome of a rejection, said to the unit. */
    public record Judgement(boolean accepted, Text message) {}

    private RoutingDecision decide(Matter m, String itemCode, RoutingDecision.Rule rule, Text why)
            throws RefusedException {
        Router.Outcome outcome = contexts.current()
                .router()
                .to(m.submission().street(), m.receivedAt().toLocalDate(), itemCode, rule, why);
        return outcome.decision().orElseThrow(() -> new RefusedException(outcome.problem()));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
