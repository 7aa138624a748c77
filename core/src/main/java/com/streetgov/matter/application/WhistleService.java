package com.streetgov.matter.application;

import com.streetgov.dispatch.domain.Department;
import com.streetgov.dispatch.domain.DispatchCatalogRepository;
import com.streetgov.matter.domain.Matter;
import com.streetgov.matter.domain.MatterRepository;
import com.streetgov.matter.domain.Rating;
import com.streetgov.matter.domain.Router;
import com.streetgov.matter.domain.Whistle;
import com.streetgov.tenancy.Allowed;
import com.streetgov.tenancy.CallerRole;
import com.streetgov.text.RefusedException;
import com.streetgov.text.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * 吹哨报到 on the current district's matters: the street (or a commissioner) summons district
 * departments to report in within a deadline, each department reports in with its action (late ones
 * flagged), and the street rates each. Blowing and reporting in are also notes in the matter's
 * history, in the same transaction; a refusal rolls back and says why.
 */
@ApplicationScoped
@Transactional(rollbackOn = RefusedException.class)
@Allowed({CallerRole.DISTRICT_ADMIN, CallerRole.STREET_STAFF})
public class WhistleService {

    @Inject
    DispatchCatalogRepository catalog;

    @Inject
    MatterRepository repository;

    @Inject
    MatterClock clock;

    /** The district's departments a street may summon, by name (its dispatch catalog's departments). */
    public List<String> departments() {
        return catalog.departments().stream().map(Department::name).toList();
    }

    /** The matter's whistles, oldest first. */
    public List<Whistle> whistles(String number) {
        return repository.whistles(number);
    }

    /** The street (or a commissioner) summons district departments, each to report in within the deadline. */
    public Whistle blow(String number, List<String> departments, int minutes, String reason, String actor)
            throws RefusedException {
        Matter m = repository.find(number).orElseThrow(() -> new RefusedException("matter.numberUnknown", number));
        LocalDateTime now = clock.now();
        Whistle whistle = Whistle.blow(
                UUID.randomUUID().toString(),
                number,
                m.submission().street(),
                actor,
                now,
                minutes,
                reason,
                departments);
        repository.save(whistle);
        int known = m.events().size();
        Text summoned = Router.list(
                whistle.summons().stream().map(Whistle.Summons::department).toList());
        m.note("WHISTLE", actor, now, Text.of("matter.history.whistle", summoned, minutes, Text.literal(reason)));
        repository.update(m, known);
        return whistle;
    }

    /** A summoned department reports in with its action; the history flags it late after the deadline. */
    public Whistle reportIn(String whistleId, String department, String action, String actor) throws RefusedException {
        Whistle w = repository.whistle(whistleId).orElseThrow(() -> new RefusedException("matter.whistle.notFound"));
        LocalDateTime now = clock.now();
        Whistle next = w.reportIn(department, now, action);
        repository.save(next);
        Matter m = repository.find(w.matterNumber()).orElseThrow();
        int known = m.events().size();
        Text said = next.late(next.summonsOf(department).orElseThrow())
                ? Text.of("matter.history.reportedInLate", department, Text.literal(action))
                : Text.of("matter.history.reportedIn", department, Text.literal(action));
        m.note("REPORTED_IN", actor, now, said);
        repository.update(m, known);
        return next;
    }

    /** The street rates how a summoned department did. */
    public Whistle rateSummons(String whistleId, String department, Rating rating, String actor)
            throws RefusedException {
        Whistle w = repository.whistle(whistleId).orElseThrow(() -> new RefusedException("matter.whistle.notFound"));
        Whistle next = w.rate(department, rating);
        repository.save(next);
        return next;
    }
}
