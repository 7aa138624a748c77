package com.streetgov.resident.application;

import com.streetgov.matter.application.MatterService;
import com.streetgov.matter.application.RoutingContexts;
import com.streetgov.matter.domain.Channel;
import com.streetgov.matter.domain.Matter;
import com.streetgov.matter.domain.MatterRepository;
import com.streetgov.matter.domain.MatterState;
import com.streetgov.matter.domain.NearDuplicate;
import com.streetgov.matter.domain.Rating;
import com.streetgov.matter.domain.Router;
import com.streetgov.open311.domain.Open311Repository;
import com.streetgov.open311.domain.Secret;
import com.streetgov.photo.domain.CleanPhoto;
import com.streetgov.photo.domain.PhotoCheck;
import com.streetgov.photo.domain.PhotoInfo;
import com.streetgov.photo.domain.PhotoRepository;
import com.streetgov.photo.domain.PhotoUpload;
import com.streetgov.platform.Commands;
import com.streetgov.tenancy.Allowed;
import com.streetgov.tenancy.CallerRole;
import com.streetgov.text.RefusedException;
import com.streetgov.text.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The residents' own window of the current district (issue 13): submission without login, following
 * and rating by tracking code. A submission is an intake like any other (routed, deadline, history),
 * channel {@link Channel#RESIDENT}; its tracking code is a fresh {@link Secret} stored only as a hash.
 * A code that is malformed, unknown, or of another district is simply not found.
 */
@ApplicationScoped
@Transactional(rollbackOn = RefusedException.class)
@Allowed(CallerRole.RESIDENT_CHANNEL)
public class ResidentWindow {

    /** Photos a matter holds at most, its repeats' included. */
    public static final int MAX_PHOTOS_PER_MATTER = 3 * PhotoCheck.MAX_PHOTOS;

    /** Prefix of tracking codes. */
    public static final String PREFIX = "r";

    /** How the resident appears in the matter's history. */
    public static final String RESIDENT = "居民（网页）";

    /** What the resident sees of their matter. */
    public record Tracking(
            String number,
            String title,
            MatterState state,
            String streetName,
            Optional<String> unitName,
            Optional<String> referredTo,
            LocalDateTime receivedAt,
            LocalDateTime dueAt,
            boolean overdue,
            Optional<String> answer,
            Optional<Rating> rating,
            boolean mayRate,
            List<PhotoInfo> photos) {}

    @Inject
    MatterService matters;

    @Inject
    Open311Repository requests;

    @Inject
    MatterRepository repository;

    @Inject
    PhotoRepository photos;

    @Inject
    RoutingContexts contexts;

    /** A duty item the resident's words may be about, with the unit that handles it in their street. */
    public record Suggested(String item, String itemName, Optional<String> unitName) {}

    /**
     * What the resident's words may be about, best first (at most {@link Router#SUGGESTIONS}): the
     * dispatch catalog's and duty list's matches that land on a street unit, as the router ranks them.
     * Offered on the form, never required; without a street the district's first street stands in and
     * no unit is named (units differ by street).
     */
    public List<Suggested> suggest(String street, String text) {
        String words = text == null ? "" : text.strip();
        java.util.Set<String> streets = matters.streets().keySet();
        if (words.length() < 4 || streets.isEmpty()) {
            return List.of();
        }
        boolean known = street != null && streets.contains(street);
        String where = known ? street : streets.iterator().next();
        return contexts
                .current()
                .router()
                .suggest(where, matters.now().toLocalDate(), words, Router.SUGGESTIONS, 0)
                .stream()
                .filter(s -> s.place() == Router.Suggestion.Place.UNIT && s.decision() != null)
                .map(s -> new Suggested(
                        s.decision().itemCode(),
                        s.decision().itemName(),
                        known ? Optional.of(s.name()) : Optional.empty()))
                .toList();
    }

    /**
     * The submission with the resident's chosen item kept only if it is one of the suggestions for
     * their words and street: the form offers them, but a hand-made post cannot steer a matter to an
     * item of its choosing.
     */
    private Matter.Submission withOfferedCategory(Matter.Submission s) {
        if (s.category() == null) {
            return s;
        }
        boolean offered = s.street() != null
                && suggest(s.street(), s.description()).stream()
                        .anyMatch(x -> x.item().equals(s.category()));
        return offered ? s : s.withCategory(null);
    }

    /**
     * Takes the matter in and returns the tracking code (the only time it exists) with the matter. A
     * repeat of a matter of the same street taken in within the hour ({@link NearDuplicate}) creates no
     * new work: the earlier matter's history notes it, and the resident gets a code of their own for it.
     */
    public Submitted submit(Matter.Submission submission) throws RefusedException {
        return submit(submission, List.of(), false);
    }

    /**
     * Takes the matter in with up to {@link PhotoCheck#MAX_PHOTOS} photos, checked and cleaned first
     * ({@code keepLocation}: the resident chose to share where they were taken): a refused photo
     * refuses the whole submission before anything is stored. A repeat's photos join the earlier
     * matter's while it holds fewer than {@link #MAX_PHOTOS_PER_MATTER}.
     */
    public Submitted submit(Matter.Submission submission, List<PhotoUpload> uploads, boolean keepLocation)
            throws RefusedException {
        Commands.valid(submission);
        List<CleanPhoto> clean = PhotoCheck.clean(uploads, keepLocation);
        submission = withOfferedCategory(submission);
        Optional<Submitted> repeat = repeat(submission);
        if (repeat.isPresent()) {
            String number = repeat.get().number();
            if (!clean.isEmpty() && photos.list(number).size() + clean.size() <= MAX_PHOTOS_PER_MATTER) {
                photos.add(number, clean, matters.now());
            }
            return repeat.get();
        }
        MatterService.Received received =
                matters.intake(new MatterService.Intake(Channel.RESIDENT, null, submission, null), RESIDENT);
        String number = received.matter().number();
        if (!clean.isEmpty()) {
            photos.add(number, clean, matters.now());
        }
        return new Submitted(number, code(number), false);
    }

    /** The matter's number, the code to follow it by, and whether it was an earlier matter repeated. */
    public record Submitted(String number, String code, boolean repeated) {}

    private Optional<Submitted> repeat(Matter.Submission submission) {
        String street = submission.street();
        if (street == null || !matters.streets().containsKey(street)) {
            return Optional.empty();
        }
        LocalDateTime now = matters.now();
        Optional<NearDuplicate.Recent> earlier = NearDuplicate.of(
                submission, street, now, repository.receivedSince(street, now.minus(NearDuplicate.WINDOW), 500));
        if (earlier.isEmpty()) {
            return Optional.empty();
        }
        Matter m = repository.find(earlier.get().number()).orElseThrow();
        int known = m.events().size();
        String words = submission.description();
        m.note(
                "REPEATED",
                RESIDENT,
                now,
                Text.of(
                        "matter.history.repeated",
                        Text.literal(words.length() > 200 ? words.substring(0, 200) + "…" : words)));
        repository.update(m, known);
        return Optional.of(new Submitted(m.number(), code(m.number()), true));
    }

    private String code(String number) {
        String code = Secret.generate(PREFIX);
        requests.addRequest(Secret.hash(code), number, null, matters.now());
        return code;
    }

    /** The matter the code belongs to, as the resident may see it; empty for any other code. */
    public Optional<Tracking> track(String code) {
        return matter(code).map(this::tracking);
    }

    /**
     * The resident's rating, once per answer, only after an answer; it counts as the return visit
     * ({@code resolved} as the resident says, with their optional comment). Empty for a code that is not found.
     */
    public Optional<Tracking> rate(String code, Rating rating, Boolean resolved, String comment)
            throws RefusedException {
        Optional<Matter> matter = matter(code);
        if (matter.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(tracking(matters.rate(matter.get().number(), rating, resolved, comment, RESIDENT)));
    }

    /** Photo {@code seq} of the code's matter, or its thumbnail; empty for any other code. */
    public Optional<PhotoRepository.Image> photo(String code, int seq, boolean thumbnail) {
        return number(code).flatMap(n -> photos.image(n, seq, thumbnail));
    }

    /** The number of the code's matter; empty for a code that is malformed, unknown or another district's. */
    private Optional<String> number(String code) {
        if (!Secret.looksLikeOne(code) || !code.startsWith(PREFIX + "_")) {
            return Optional.empty();
        }
        return requests.matterOfRequest(Secret.hash(code));
    }

    private Optional<Matter> matter(String code) {
        return number(code).flatMap(matters::find);
    }

    private Tracking tracking(Matter m) {
        Map<String, String> units =
                matters.units(m.submission().street(), m.receivedAt().toLocalDate());
        LocalDateTime now = matters.now();
        return new Tracking(
                m.number(),
                m.submission().title(),
                m.state(),
                matters.streets()
                        .getOrDefault(m.submission().street(), m.submission().street()),
                m.routing().map(r -> units.getOrDefault(r.leadUnit(), r.leadUnit())),
                m.referral().map(r -> r.name()),
                m.receivedAt(),
                m.dueAt(),
                m.overdue(now),
                m.answer(),
                m.rating(),
                m.state().answered() && m.rating().isEmpty(),
                photos.list(m.number()));
    }
}
