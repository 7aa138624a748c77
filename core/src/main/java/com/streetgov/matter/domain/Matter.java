package com.streetgov.matter.domain;

import com.streetgov.text.RefusedException;
import com.streetgov.text.Text;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A resident's matter (诉求): the aggregate root of intake, routing and handling. It knows where it
 * was routed and why, its deadline from its time limit, and its full history; every step checks the
 * state it starts from ({@link MatterStep}, which also says what {@link #allowedSteps()} are) and
 * appends an event.
 *
 * <p>Invariants: the history starts with RECEIVED and each event's {@code from} is the state before
 * it; the resident's rating needs an answer; a matter is rated once per answer (by the resident, or as
 * heard on a valid return visit) — reopening clears the rating and the return visit, the history keeps
 * them; a reopened matter goes back to the unit it was dispatched to; a matter is with a unit of its
 * street or referred to a district department, never both.
 */
public final class Matter {

    /**
     * Text a person may type: no control characters besides tab and line breaks (PostgreSQL refuses
     * NUL; the others have no place in a matter).
     */
    public static final String PLAIN_TEXT = "[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*";

    /**
     * What the resident (or the clerk for them) submitted. The sizes are those of the matter table's
     * columns, so whoever calls (REST, Open311, the intake window) is refused before any SQL.
     */
    public record Submission(
            @NotBlank(message = "title（标题）必填：请填写诉求标题和内容")
                    @Size(max = 300, message = "title（标题）不能超过 {max} 个字符")
                    @Pattern(regexp = PLAIN_TEXT, message = "title（标题）不能包含控制字符（如 NUL）")
                    String title,
            @NotBlank(message = "description（内容）必填：请填写诉求标题和内容")
                    @Size(max = 4000, message = "description（内容）不能超过 {max} 个字符")
                    @Pattern(regexp = PLAIN_TEXT, message = "description（内容）不能包含控制字符（如 NUL）")
                    String description,
            @Size(max = 300, message = "address（地址）不能超过 {max} 个字符")
                    @Pattern(regexp = PLAIN_TEXT, message = "address（地址）不能包含控制字符（如 NUL）")
                    String address,
            @Size(max = 64, message = "street（街道）不能超过 {max} 个字符")
                    @Pattern(regexp = PLAIN_TEXT, message = "street（街道）不能包含控制字符（如 NUL）")
                    String street,
            @Size(max = 64, message = "community（社区）不能超过 {max} 个字符")
                    @Pattern(regexp = PLAIN_TEXT, message = "community（社区）不能包含控制字符（如 NUL）")
                    String community,
            @Size(max = 64, message = "grid（网格）不能超过 {max} 个字符")
                    @Pattern(regexp = PLAIN_TEXT, message = "grid（网格）不能包含控制字符（如 NUL）")
                    String grid,
            @Size(max = 64, message = "category（类别）不能超过 {max} 个字符")
                    @Pattern(regexp = PLAIN_TEXT, message = "category（类别）不能包含控制字符（如 NUL）")
                    String category,
            @Size(max = 100, message = "residentName（姓名）不能超过 {max} 个字符")
                    @Pattern(regexp = PLAIN_TEXT, message = "residentName（姓名）不能包含控制字符（如 NUL）")
                    String residentName,
            @Size(max = 40, message = "residentPhone（联系电话）不能超过 {max} 个字符")
                    @Pattern(regexp = "[0-9+()# -]*", message = "residentPhone（联系电话）只能包含数字、空格和 + - ( ) #")
                    String residentPhone) {

        /** The same submission with another category (null: none). */
        public Submission withCategory(String other) {
            return new Submission(
                    title, description, address, street, community, grid, other, residentName, residentPhone);
        }
    }

    private final String number;
    private final Channel channel;
    private final String idempotencyKey;
    private final Submission submission;
    private final TimeLimit limit;
    private final LocalDateTime receivedAt;
    private final LocalDateTime dueAt;
    private final List<MatterEvent> events;
    private MatterState state;
    private RoutingDecision routing;
    private Referral referral;
    private String answer;
    private Rating rating;
    private String returnVisit;
    private int reopened;

    private Matter(
            String number,
            Channel channel,
            String idempotencyKey,
            Submission submission,
            TimeLimit limit,
            LocalDateTime receivedAt,
            LocalDateTime dueAt,
            List<MatterEvent> events) {
        this.number = number;
        this.channel = channel;
        this.idempotencyKey = idempotencyKey;
        this.submission = submission;
        this.limit = limit;
        this.receivedAt = receivedAt;
        this.dueAt = dueAt;
        this.events = new ArrayList<>(events);
    }

    public static Matter receive(
            String number,
            Channel channel,
            String idempotencyKey,
            Submission submission,
            TimeLimit limit,
            LocalDateTime at,
            LocalDateTime dueAt,
            String actor) {
        Matter matter = new Matter(number, channel, idempotencyKey, submission, limit, at, dueAt, List.of());
        matter.state = MatterState.RECEIVED;
        matter.events.add(new MatterEvent(
                1, at, actor, "RECEIVED", null, MatterState.RECEIVED, Text.literal(submission.title())));
        return matter;
    }

    /** Rebuilds a stored matter (storage only). */
    public static Matter restore(
            String number,
            Channel channel,
            String idempotencyKey,
            Submission submission,
            TimeLimit limit,
            LocalDateTime receivedAt,
            LocalDateTime dueAt,
            MatterState state,
            RoutingDecision routing,
            Referral referral,
            String answer,
            Rating rating,
            String returnVisit,
            int reopened,
            List<MatterEvent> events) {
        Matter matter = new Matter(number, channel, idempotencyKey, submission, limit, receivedAt, dueAt, events);
        matter.state = state;
        matter.routing = routing;
        matter.referral = referral;
        matter.answer = answer;
        matter.rating = rating;
        matter.returnVisit = returnVisit;
        matter.reopened = reopened;
        return matter;
    }

    /** Sends the matter to the unit a routing decision names (first routing, re-route, judged dispute). */
    public void dispatch(RoutingDecision decision, String actor, LocalDateTime at) throws RefusedException {
        require(MatterStep.REROUTE);
        this.routing = decision;
        this.referral = null;
        move(MatterState.DISPATCHED, "DISPATCHED", actor, at, decision.reason());
    }

    /**
     * Refers the matter (转办) to a district department, with why in a person's words: it leaves the unit
     * it was sent to (if any), and the street's time limit stops running for it.
     */
    public void refer(Referral to, String reason, String actor, LocalDateTime at) throws RefusedException {
        refer(to, Text.literal(reason), actor, at);
    }

    /** As {@link #refer(Referral, String, String, LocalDateTime)}, with why as a text (e.g. routing's). */
    public void refer(Referral to, Text reason, String actor, LocalDateTime at) throws RefusedException {
        require(MatterStep.REFER);
        if (to == null) {
            throw new RefusedException("matter.refer.departmentMissing");
        }
        if (blank(reason)) {
            throw new RefusedException("matter.refer.reasonMissing");
        }
        this.routing = null;
        this.referral = to;
        move(
                MatterState.REFERRED,
                "REFERRED",
                actor,
                at,
                Text.of("matter.history.referred", to.name(), stripped(reason)));
    }

    public void accept(String unit, String actor, LocalDateTime at) throws RefusedException {
        require(MatterStep.ACCEPT);
        requireUnit(unit);
        move(MatterState.ACCEPTED, "ACCEPTED", actor, at, null);
    }

    public void start(String actor, LocalDateTime at) throws RefusedException {
        require(MatterStep.START);
        move(MatterState.IN_PROGRESS, "IN_PROGRESS", actor, at, null);
    }

    public void respond(String answer, String actor, LocalDateTime at) throws RefusedException {
        require(MatterStep.RESPOND);
        if (answer == null || answer.isBlank()) {
            throw new RefusedException("matter.reply.empty");
        }
        this.answer = answer.strip();
        move(MatterState.RESPONDED, "RESPONDED", actor, at, Text.literal(this.answer));
    }

    public void resolve(String actor, LocalDateTime at) throws RefusedException {
        require(MatterStep.RESOLVE);
        move(MatterState.RESOLVED, "RESOLVED", actor, at, null);
    }

    public void close(String actor, LocalDateTime at) throws RefusedException {
        require(MatterStep.CLOSE);
        move(MatterState.CLOSED, "CLOSED", actor, at, null);
    }

    /** The resident is not content: back to the unit it was dispatched to, to be answered and rated anew. */
    public void reopen(String reason, String actor, LocalDateTime at) throws RefusedException {
        require(MatterStep.REOPEN);
        reopened++;
        // A rating and a return visit belong to an answer: the next answer is rated and visited anew
        // (the earlier ones stay in the history).
        rating = null;
        returnVisit = null;
        move(MatterState.DISPATCHED, "REOPENED", actor, at, Text.literal(reason));
    }

    /** A unit sends the matter back (退单); the service has judged the dispute against the duty list. */
    public void reject(String unit, String reason, String actor, LocalDateTime at) throws RefusedException {
        require(MatterStep.REJECT);
        requireUnit(unit);
        if (reason == null || reason.isBlank()) {
            throw new RefusedException("matter.reject.reasonMissing");
        }
        move(MatterState.REJECTED, "REJECTED", actor, at, Text.literal(reason.strip()));
    }

    /** Notes something in the history without changing the state (a refused rejection, a repeat, …). */
    public void note(String type, String actor, LocalDateTime at, Text note) {
        events.add(new MatterEvent(events.size() + 1, at, actor, type, state, state, note));
    }

    /**
     * The resident's own rating, through a resident channel ({@code channel} names it for the history).
     * A matter is rated once, and only after it was answered.
     */
    public void rate(Rating rating, String channel, LocalDateTime at) throws RefusedException {
        rate(rating, null, channel, at);
    }

    /** As {@link #rate(Rating, String, LocalDateTime)}, with the resident's comment in the history. */
    public void rate(Rating rating, String comment, String channel, LocalDateTime at) throws RefusedException {
        checkRatable(rating);
        this.rating = rating;
        Text note = comment == null || comment.isBlank()
                ? rating.label()
                : Text.of("matter.history.ratedSaying", rating.label(), Text.literal(comment.strip()));
        events.add(new MatterEvent(events.size() + 1, at, channel, "RATED", state, state, note));
    }

    /**
     * The return visit (回访) a staff member made, as a stamped outcome. The history gets the outcome;
     * a valid visit's satisfaction becomes the matter's one rating, and the history names the staff
     * member who called. A visit may come before any answer (the time limit passed unanswered): then
     * it rates the handling so far.
     */
    public void recordReturnVisit(VisitOutcome outcome) throws RefusedException {
        outcome.check();
        if (outcome.valid() && this.rating != null) {
            throw new RefusedException("matter.rate.once");
        }
        Text summary = outcome.summary();
        // The matter's column holds 1,000 characters, in the default language; the history keeps the
        // whole line as a text.
        String line = summary.inDefaultLanguage();
        this.returnVisit = line.length() > 1000 ? line.substring(0, 999) + "…" : line;
        LocalDateTime at = outcome.visitedAt();
        String actor = outcome.visitedBy();
        events.add(new MatterEvent(events.size() + 1, at, actor, "RETURN_VISIT", state, state, summary));
        if (outcome.valid()) {
            this.rating = outcome.satisfaction();
            events.add(new MatterEvent(
                    events.size() + 1,
                    at,
                    actor,
                    "RATED",
                    state,
                    state,
                    Text.of(
                            "matter.history.ratedOnVisit",
                            outcome.satisfaction().label(),
                            actor)));
        }
    }

    private void checkRatable(Rating rating) throws RefusedException {
        if (rating == null) {
            throw new RefusedException("matter.rate.ratingMissing");
        }
        if (!state.answered()) {
            throw new RefusedException("matter.rate.unanswered");
        }
        if (this.rating != null) {
            throw new RefusedException("matter.rate.once");
        }
    }

    /** Still unanswered (and not referred) after its deadline. */
    public boolean overdue(LocalDateTime now) {
        return state.clockRuns() && now.isAfter(dueAt);
    }

    /** The steps a person may take on the matter in its current state ({@link MatterStep}'s table). */
    public Set<MatterStep> allowedSteps() {
        return MatterStep.allowedIn(state);
    }

    private void require(MatterStep step) throws RefusedException {
        if (!step.allowedFrom(state)) {
            throw new RefusedException("matter.step.notAllowed", number, step.label());
        }
    }

    private void requireUnit(String unit) throws RefusedException {
        if (routing == null || !routing.leadUnit().equals(unit)) {
            throw new RefusedException("matter.notDispatchedTo", number);
        }
    }

    private void move(MatterState to, String type, String actor, LocalDateTime at, Text note) {
        events.add(new MatterEvent(events.size() + 1, at, actor, type, state, to, note));
        state = to;
    }

    /** Whether {@code text} says nothing: none at all, or a person's words that are blank. */
    public static boolean blank(Text text) {
        return text == null || text.isLiteral() && text.inDefaultLanguage().isBlank();
    }

    /** A person's words without surrounding blanks; any other text as it is. */
    private static Text stripped(Text text) {
        return text.isLiteral() ? Text.literal(text.inDefaultLanguage().strip()) : text;
    }

    public String number() {
        return number;
    }

    public Channel channel() {
        return channel;
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }

    public Submission submission() {
        return submission;
    }

    public TimeLimit limit() {
        return limit;
    }

    public LocalDateTime receivedAt() {
        return receivedAt;
    }

    public LocalDateTime dueAt() {
        return dueAt;
    }

    public MatterState state() {
        return state;
    }

    public Optional<RoutingDecision> routing() {
        return Optional.ofNullable(routing);
    }

    /** The district department the matter was referred to, while it is referred. */
    public Optional<Referral> referral() {
        return Optional.ofNullable(referral);
    }

    public Optional<String> answer() {
        return Optional.ofNullable(answer);
    }

    public Optional<Rating> rating() {
        return Optional.ofNullable(rating);
    }

    public Optional<String> returnVisit() {
        return Optional.ofNullable(returnVisit);
    }

    public int reopened() {
        return reopened;
    }

    public List<MatterEvent> events() {
        return List.copyOf(events);
    }
}
