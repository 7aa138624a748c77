package com.streetgov.whatif.domain;

import com.streetgov.duty.domain.DutyItem;
import com.streetgov.duty.domain.DutyLevel;
import com.streetgov.matter.domain.Router;
import com.streetgov.matter.domain.RoutingDecision;
import com.streetgov.reform.domain.ModelVersion;
import com.streetgov.reform.domain.ReformModel;
import com.streetgov.reform.domain.Unit;
import com.streetgov.reform.domain.VersionStatus;
import com.streetgov.text.Text;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

/**
 * Routes past matters again, on one day, under the configuration in force and under a draft. A matter
 * keeps the duty item it was routed to (what it is about does not change with a layout or a duty list);
 * only where that item leads in its street is worked out again, by the same {@link Router} rules intake
 * uses. Matters that never reached an item (at the desk, referred to a department or the community)
 * stay where they are. The outcome depends only on (street, item), so it is worked out once per pair.
 */
public final class Replay {

    /** How often (in matters) progress is reported and cancellation checked. */
    static final int STEP = 1000;

    /** A configuration to route under: its router and the reform model that names its units. */
    public record Side(Router router, ReformModel model) {}

    private record Landing(Placement placement, Text why) {}

    private final Side now;
    private final Side draft;
    private final LocalDate on;
    private final Map<String, Landing> nowMemo = new HashMap<>();
    private final Map<String, Landing> draftMemo = new HashMap<>();

    public Replay(Side now, Side draft, LocalDate on) {
        this.now = now;
        this.draft = draft;
        this.on = on;
    }

    /**
     * {@code model} with {@code draft} in force from {@code asOf}: versions that took effect before that
     * day kept, later ones and other drafts left out, so the draft is the layout of every street it
     * covers on that day.
     */
    public static ReformModel asIfInForce(ReformModel model, ModelVersion draft, LocalDate asOf) {
        List<ModelVersion> versions = new ArrayList<>();
        for (ModelVersion v : model.versions()) {
            if (!v.code().equals(draft.code())
                    && v.status().tookEffect()
                    && v.effectiveFrom().isBefore(asOf)) {
                versions.add(v);
            }
        }
        versions.add(draft.withStatus(VersionStatus.EFFECTIVE, asOf));
        return new ReformModel(
                model.templateId(),
                model.title(),
                model.sources(),
                model.districtName(),
                model.adcode(),
                model.terminology(),
                model.streets(),
                model.rules(),
                versions);
    }

    /**
     * Every matter under both sides, in the given order; {@code progress} hears how many are done every
     * {@value #STEP} matters and at the end; a run whose {@code cancelled} turns true stops with a
     * {@link CancellationException}.
     */
    public List<ReplayedMatter> run(List<PastMatter> matters, IntConsumer progress, BooleanSupplier cancelled) {
        List<ReplayedMatter> out = new ArrayList<>(matters.size());
        for (PastMatter m : matters) {
            if (out.size() % STEP == 0) {
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException("what-if cancelled");
                }
                progress.accept(out.size());
            }
            if (!m.followsDuties()) {
                out.add(new ReplayedMatter(m, m.actual(), m.actual(), null));
                continue;
            }
            Landing before = land(now, nowMemo, m.street(), m.itemCode());
            Landing after = land(draft, draftMemo, m.street(), m.itemCode());
            out.add(new ReplayedMatter(m, before.placement(), after.placement(), after.why()));
        }
        progress.accept(out.size());
        return out;
    }

    /**
     * The street-level items active on the day that have a lead unit in a street under the configuration
     * in force but none under the draft, by street and item.
     */
    public List<LeaderlessDuty> leaderless(List<String> streets, List<DutyItem> items) {
        List<LeaderlessDuty> out = new ArrayList<>();
        for (String street : streets) {
            for (DutyItem item : items) {
                if (item.level() != DutyLevel.STREET || !item.activeOn(on)) {
                    continue;
                }
                Placement before = land(now, nowMemo, street, item.code()).placement();
                Placement after = land(draft, draftMemo, street, item.code()).placement();
                if (before.kind() == Placement.Kind.UNIT && after.kind() == Placement.Kind.NOWHERE) {
                    out.add(new LeaderlessDuty(street, item.code(), item.name()));
                }
            }
        }
        return out;
    }

    private Landing land(Side side, Map<String, Landing> memo, String street, String item) {
        return memo.computeIfAbsent(street + "\u0000" + item, k -> {
            Router.Outcome o = side.router().to(street, on, item, RoutingDecision.Rule.CATEGORY, Text.literal(""));
            if (o.decision().isEmpty()) {
                return new Landing(Placement.NOWHERE, o.problem());
            }
            String lead = o.decision().get().leadUnit();
            String name = side.model()
                    .layoutOf(street, on)
                    .flatMap((ModelVersion v) -> v.unit(lead))
                    .map(Unit::name)
                    .orElse(lead);
            return new Landing(Placement.unit(lead, name), null);
        });
    }
}
