package com.streetgov.whatif.application;

import com.streetgov.duty.domain.DutyItem;
import com.streetgov.duty.domain.DutyLevel;
import com.streetgov.duty.domain.StreetAssignment;
import com.streetgov.matter.application.MatterClock;
import com.streetgov.matter.application.RoutingContexts;
import com.streetgov.matter.domain.Router;
import com.streetgov.reform.domain.ModelVersion;
import com.streetgov.reform.domain.ReformModel;
import com.streetgov.reform.domain.StreetProfile;
import com.streetgov.reform.domain.Unit;
import com.streetgov.tenancy.Allowed;
import com.streetgov.tenancy.CallerRole;
import com.streetgov.text.RefusedException;
import com.streetgov.text.Text;
import com.streetgov.whatif.domain.LeaderlessDuty;
import com.streetgov.whatif.domain.PastMatter;
import com.streetgov.whatif.domain.PastMatterRepository;
import com.streetgov.whatif.domain.Placement;
import com.streetgov.whatif.domain.Replay;
import com.streetgov.whatif.domain.ReplayedMatter;
import com.streetgov.whatif.domain.WhatIfReport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import java.util.logging.Logger;

/**
 * Tries a draft on the matters of a past period (at most {@value #MAX_DAYS} days, ending today at the
 * latest): a reform model version not in force yet, applied as if in force on its effective date (or
 * today, when it has none or it lies behind), or a draft duty list applied today; the configuration in
 * force on the same day is the comparison. Nothing is written.
 */
@ApplicationScoped
@Transactional(rollbackOn = RefusedException.class)
@Allowed(CallerRole.DISTRICT_ADMIN)
public class WhatIfService {

    private static final Logger LOG = Logger.getLogger(WhatIfService.class.getName());

    /** The longest period replayed. */
    public static final int MAX_DAYS = 366;

    @Inject
    RoutingContexts contexts;

    @Inject
    PastMatterRepository past;

    @Inject
    MatterClock clock;

    /** A reform model version that has not taken effect, tried on the matters received from {@code from} to {@code to}. */
    public WhatIfReport reformVersion(
            String versionCode, LocalDate from, LocalDate to, IntConsumer progress, BooleanSupplier cancelled)
            throws RefusedException {
        checkPeriod(from, to);
        RoutingContexts.Context c = contexts.current();
        ModelVersion version = c.model()
                .version(versionCode == null ? "" : versionCode)
                .orElseThrow(() -> new RefusedException(Text.of("whatif.versionNotFound", versionCode), "version"));
        if (version.status().tookEffect()) {
            throw new RefusedException(Text.of("whatif.versionInForce", version.code()), "version");
        }
        LocalDate today = clock.now().toLocalDate();
        LocalDate asOf =
                version.effectiveFrom() != null && version.effectiveFrom().isAfter(today)
                        ? version.effectiveFrom()
                        : today;
        ReformModel draft = Replay.asIfInForce(c.model(), version, asOf);
        return run(
                Text.of("whatif.subject.version", version.code(), version.title()),
                c,
                new Replay.Side(c.router().withDraft(draft, c.items()), draft),
                from,
                to,
                asOf,
                progress,
                cancelled);
    }

    /** A duty list about to replace the district's (an import's preview), tried as if in force today. */
    public WhatIfReport dutyList(
            List<DutyItem> draftItems, LocalDate from, LocalDate to, IntConsumer progress, BooleanSupplier cancelled)
            throws RefusedException {
        checkPeriod(from, to);
        RoutingContexts.Context c = contexts.current();
        Router draft = c.router().withDraft(c.model(), draftItems);
        return run(
                Text.of("whatif.subject.dutyList", draftItems.size()),
                c,
                new Replay.Side(draft, c.model()),
                from,
                to,
                clock.now().toLocalDate(),
                progress,
                cancelled);
    }

    /**
     * A street's own division of one item's leads (Luohu's re-division), tried as if in force today;
     * refused for a street or street-level item the district does not have.
     */
    public WhatIfReport redivision(
            StreetAssignment draft, LocalDate from, LocalDate to, IntConsumer progress, BooleanSupplier cancelled)
            throws RefusedException {
        checkPeriod(from, to);
        RoutingContexts.Context c = contexts.current();
        String street = c.model()
                .street(draft.street())
                .map(StreetProfile::name)
                .orElseThrow(() -> new RefusedException(Text.of("whatif.streetUnknown", draft.street()), "street"));
        DutyItem item = c.items().stream()
                .filter(i -> i.code().equals(draft.itemCode()) && i.level() == DutyLevel.STREET)
                .findFirst()
                .orElseThrow(() -> new RefusedException(Text.of("whatif.itemUnknown", draft.itemCode()), "item"));
        return run(
                Text.of("whatif.subject.redivision", street, item.name()),
                c,
                new Replay.Side(c.router().withAssignment(draft), c.model()),
                from,
                to,
                clock.now().toLocalDate(),
                progress,
                cancelled);
    }

    private WhatIfReport run(
            Text subject,
            RoutingContexts.Context c,
            Replay.Side draft,
            LocalDate from,
            LocalDate to,
            LocalDate asOf,
            IntConsumer progress,
            BooleanSupplier cancelled) {
        long started = System.nanoTime();
        ReformModel model = c.model();
        List<PastMatter> matters =
                past.received(from, to).stream().map(m -> named(m, model)).toList();
        long read = System.nanoTime();
        Replay replay = new Replay(new Replay.Side(c.router(), model), draft, asOf);
        List<ReplayedMatter> replayed = replay.run(matters, progress, cancelled);
        List<LeaderlessDuty> leaderless = replay.leaderless(
                model.streets().stream().map(StreetProfile::code).toList(), c.items());
        Map<String, String> streets = new LinkedHashMap<>();
        model.streets().forEach(s -> streets.put(s.code(), s.name()));
        WhatIfReport report = new WhatIfReport(subject, from, to, asOf, streets, replayed, leaderless);
        long ms = (System.nanoTime() - started) / 1_000_000;
        LOG.info(() -> "what-if: " + report.total() + " matters in " + ms + " ms (reading them "
                + (read - started) / 1_000_000 + " ms), " + report.moved().size() + " moved");
        return report;
    }

    private void checkPeriod(LocalDate from, LocalDate to) throws RefusedException {
        if (from == null || to == null || from.isAfter(to)) {
            throw new RefusedException(Text.of("whatif.period.order"), "from");
        }
        if (to.isAfter(clock.now().toLocalDate())) {
            throw new RefusedException(Text.of("whatif.period.future"), "to");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new RefusedException(Text.of("whatif.period.tooLong", MAX_DAYS), "from");
        }
    }

    /** A matter's unit named as the layout of the day it was received named it. */
    private static PastMatter named(PastMatter m, ReformModel model) {
        if (m.actual().kind() != Placement.Kind.UNIT) {
            return m;
        }
        String name = model.layoutOf(m.street(), m.receivedOn())
                .flatMap(v -> v.unit(m.actual().code()))
                .map(Unit::name)
                .orElse(m.actual().code());
        return new PastMatter(
                m.number(),
                m.street(),
                m.itemCode(),
                m.itemName(),
                m.receivedOn(),
                Placement.unit(m.actual().code(), name));
    }
}
