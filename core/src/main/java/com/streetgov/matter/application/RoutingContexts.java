package com.streetgov.matter.application;

import com.streetgov.community.domain.CommunityRepository;
import com.streetgov.community.domain.Locator;
import com.streetgov.dispatch.domain.DispatchCatalog;
import com.streetgov.dispatch.domain.DispatchCatalogChanged;
import com.streetgov.dispatch.domain.DispatchCatalogRepository;
import com.streetgov.duty.domain.CalendarRepository;
import com.streetgov.duty.domain.DutyItem;
import com.streetgov.duty.domain.DutyListChanged;
import com.streetgov.duty.domain.DutyListRepository;
import com.streetgov.duty.domain.StreetAssignment;
import com.streetgov.duty.domain.WorkingDayCalendar;
import com.streetgov.matter.domain.LabelledText;
import com.streetgov.matter.domain.MatterClassifiers;
import com.streetgov.matter.domain.MatterRelabelled;
import com.streetgov.matter.domain.MatterRepository;
import com.streetgov.matter.domain.Router;
import com.streetgov.matter.domain.RoutingContextDropped;
import com.streetgov.matter.domain.TimeLimit;
import com.streetgov.reform.application.ReformModelService;
import com.streetgov.reform.domain.ReformModel;
import com.streetgov.tenancy.CurrentDistrict;
import com.streetgov.tenancy.DistrictId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Per district, what routing needs, built once and shared by all requests: the reform model, the
 * smartcn index of the duty list, the dispatch catalog and the matters people routed (one per district), the streets' divisions,
 * communities and grids, the calendar and the time limits. A change to the duty list or the catalog
 * drops the district's entry at once ({@link DutyListChanged}, {@link DispatchCatalogChanged}); everything else is re-read at most every {@value #TTL_MILLIS} ms (configurable), and the
 * index is rebuilt only when the items or divisions it was built from differ.
 */
@ApplicationScoped
public class RoutingContexts {

    static final long TTL_MILLIS = 2000;

    /** How often at most the labelled texts are re-read when nothing asked for it. */
    static final long LEARN_MILLIS = 60_000;

    /** How many of the newest labelled texts routing learns from. */
    static final int LABELLED = 20_000;

    /** Everything routing needs for one district. */
    public record Context(
            ReformModel model,
            Router router,
            Locator locator,
            WorkingDayCalendar calendar,
            List<TimeLimit> limits,
            List<DutyItem> items,
            DispatchCatalog catalog,
            List<LabelledText> labelled,
            int fingerprint,
            long learnedAt,
            long loadedAt) {

        public Map<String, String> streets() {
            Map<String, String> streets = new LinkedHashMap<>();
            model.streets().forEach(s -> streets.put(s.code(), s.name()));
            return streets;
        }
    }

    private final Map<DistrictId, Context> contexts = new ConcurrentHashMap<>();
    private final java.util.Set<DistrictId> refreshing = ConcurrentHashMap.newKeySet();
    private final java.util.Set<DistrictId> relearn = ConcurrentHashMap.newKeySet();

    @Inject
    CurrentDistrict currentDistrict;

    /**
     * How long a context is used before it is re-read ({@value #TTL_MILLIS} ms by default). Changes made
     * through any instance drop it at once, so a cluster may set it longer.
     */
    @Inject
    @ConfigProperty(name = "streetgov.routing.ttl-millis", defaultValue = "2000")
    long ttlMillis = TTL_MILLIS;

    @Inject
    Event<RoutingContextDropped> dropped;

    @Inject
    ReformModelService reformModels;

    @Inject
    DutyListRepository dutyList;

    @Inject
    DispatchCatalogRepository dispatchCatalog;

    @Inject
    MatterClassifiers classifiers;

    @Inject
    CalendarRepository workingDays;

    @Inject
    CommunityRepository communities;

    @Inject
    MatterRepository matters;

    /**
     * The current district's context; call inside a transaction of a request bound to it. Only the
     * first request of a district waits for the load; when an entry grows stale one request reloads it
     * while the others keep using the stale one (a few seconds old at most).
     */
    public Context current() {
        DistrictId district = currentDistrict.require();
        long now = System.currentTimeMillis();
        Context cached = contexts.get(district);
        if (cached == null) {
            return contexts.computeIfAbsent(district, d -> load(null, now));
        }
        if (now - cached.loadedAt() < ttlMillis || !refreshing.add(district)) {
            return cached;
        }
        try {
            Context fresh = load(cached, now);
            contexts.put(district, fresh);
            return fresh;
        } finally {
            refreshing.remove(district);
        }
    }

    void onChange(@Observes DutyListChanged changed) {
        dropHere(changed.district(), false);
    }

    void onChange(@Observes DispatchCatalogChanged changed) {
        dropHere(changed.district(), false);
    }

    /**
     * A person's routing decision committed: the next routing in the district learns from it. Dropping
     * the entry alone is not enough: a refresh that read the labelled texts before this commit may put
     * its entry back afterwards; the flag makes the next refresh read them again.
     */
    void onRelabelled(@Observes(during = TransactionPhase.AFTER_SUCCESS) MatterRelabelled relabelled) {
        dropHere(relabelled.district(), true);
    }

    /** Drops the current district's context (its time limits or other settings changed). */
    public void forgetCurrent() {
        dropHere(currentDistrict.require(), false);
    }

    /**
     * Drops {@code district}'s context because another instance of the cluster dropped its own
     * ({@link RoutingContextDropped}); passes nothing on.
     */
    public void forget(DistrictId district, boolean relearnTexts) {
        if (relearnTexts) {
            relearn.add(district);
        }
        contexts.remove(district);
    }

    private void dropHere(DistrictId district, boolean relearnTexts) {
        forget(district, relearnTexts);
        dropped.fire(new RoutingContextDropped(district, relearnTexts));
    }

    private Context load(Context old, long now) {
        ReformModel model = reformModels.current().orElseThrow(() -> new IllegalStateException("no reform model"));
        List<DutyItem> items = dutyList.findAll();
        List<StreetAssignment> assignments = dutyList.assignments();
        DispatchCatalog catalog = dispatchCatalog.catalog();
        // The labelled texts change with every intake that names a category: re-read them (and so
        // rebuild the index) at most every LEARN_MILLIS, at once after a re-route or judged dispute.
        boolean asked = relearn.remove(currentDistrict.require());
        boolean learn = asked || old == null || now - old.learnedAt() >= LEARN_MILLIS;
        List<LabelledText> labelled = learn ? matters.labelledTexts(LABELLED) : old.labelled();
        int fingerprint = Objects.hash(items, assignments, model, catalog, labelled);
        Router router = old != null && old.fingerprint() == fingerprint
                ? old.router()
                : new Router(model, items, assignments, classifiers.of(items, catalog, labelled), catalog);
        Map<String, String> streets = new LinkedHashMap<>();
        model.streets().forEach(s -> streets.put(s.code(), s.name()));
        List<TimeLimit> limits = matters.timeLimits();
        return new Context(
                model,
                router,
                new Locator(streets, communities.communities(), communities.grids()),
                workingDays.calendar(),
                limits.isEmpty() ? MatterService.DEFAULT_LIMITS : limits,
                items,
                catalog,
                labelled,
                fingerprint,
                learn ? now : old.learnedAt(),
                now);
    }
}
