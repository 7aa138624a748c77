package com.streetgov.matter.application;

import com.streetgov.matter.domain.InboxQuery;
import com.streetgov.matter.domain.Matter;
import com.streetgov.matter.domain.MatterRepository;
import com.streetgov.matter.domain.MatterState;
import com.streetgov.matter.domain.MatterSummary;
import com.streetgov.matter.domain.Router;
import com.streetgov.tenancy.Allowed;
import com.streetgov.tenancy.CallerRole;
import com.streetgov.text.RefusedException;
import com.streetgov.text.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * The dispatch desk (派单台, issue 11): matters taken in that routing did not send to a unit — nothing
 * matched, the confidence was below {@link Router#DESK_BELOW}, or the words point to a district
 * department or the community — wait here, each with the router's suggestions (distinct places, best
 * first, with why). A person sends one to a suggested unit; that decision is a labelled text routing
 * learns from (a manual re-route), or refers it (转办) to a suggested district department. The queue
 * itself is the inbox's RECEIVED matters.
 */
@ApplicationScoped
@Transactional
@Allowed({CallerRole.DISTRICT_ADMIN, CallerRole.STREET_STAFF})
public class DispatchDesk {

    @Inject
    MatterRepository repository;

    @Inject
    RoutingContexts contexts;

    @Inject
    MatterService matters;

    @Inject
    MatterClock clock;

    @Inject
    Referrals referrals;

    /** The matters waiting, oldest deadline first: of {@code street} (its code), or of all streets if null. */
    public List<MatterSummary> waiting(String street, int offset, int limit) {
        return repository.inbox(query(street), offset, limit);
    }

    /** How many matters wait: of {@code street} (its code), or of all streets if null. */
    public int count(String street) {
        return repository.count(query(street));
    }

    private InboxQuery query(String street) {
        return new InboxQuery(street, null, MatterState.RECEIVED, null, false, clock.now());
    }

    /** The router's suggestions for a waiting matter, as of now; empty for a matter that is not waiting. */
    public List<Router.Suggestion> suggestions(String number) {
        return repository
                .find(number)
                .filter(m -> m.state() == MatterState.RECEIVED)
                .map(m -> contexts.current()
                        .router()
                        .suggest(
                                m.submission().street(),
                                m.receivedAt().toLocalDate(),
                                m.submission().title() + "\n" + m.submission().description(),
                                Router.SUGGESTIONS,
                                0))
                .orElse(List.of());
    }

    /** Sends a waiting matter to the unit that leads {@code itemCode} in its street, as {@code actor} chose. */
    public Matter send(String number, String itemCode, String placeName, String actor) throws RefusedException {
        Matter m = repository.find(number).orElseThrow(() -> new RefusedException("matter.numberUnknown", number));
        if (m.state() != MatterState.RECEIVED) {
            throw new RefusedException("matter.desk.gone", number);
        }
        return matters.reroute(number, itemCode, Text.of("routing.desk.sent", placeName), actor);
    }

    /** Refers a waiting matter to the district department {@code department} (its code), as {@code actor} chose. */
    public Matter refer(String number, String department, String actor) throws RefusedException {
        Matter m = repository.find(number).orElseThrow(() -> new RefusedException("matter.numberUnknown", number));
        if (m.state() != MatterState.RECEIVED) {
            throw new RefusedException("matter.desk.gone", number);
        }
        return referrals.refer(number, department, Text.of("routing.desk.notStreetDuty"), actor);
    }
}
