package com.streetgov.benchmark;

import com.streetgov.dispatch.domain.DispatchCatalog;
import com.streetgov.duty.domain.DutyItem;
import com.streetgov.duty.domain.DutyLevel;
import com.streetgov.duty.domain.StreetAssignment;
import com.streetgov.matter.domain.Router;
import com.streetgov.matter.domain.RoutingDecision;
import com.streetgov.reform.domain.ModelVersion;
import com.streetgov.reform.domain.ReformModel;
import com.streetgov.reform.domain.StreetProfile;
import com.streetgov.reform.domain.VersionStatus;
import com.streetgov.tenantconfig.duty.TemplateDuties;
import com.streetgov.tenantconfig.format.Templates;
import com.streetgov.text.Text;
import com.streetgov.whatif.domain.PastMatter;
import com.streetgov.whatif.domain.Placement;
import com.streetgov.whatif.domain.Replay;
import com.streetgov.whatif.domain.ReplayedMatter;
import com.streetgov.whatif.domain.WhatIfReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * A what-if over three months of Xicheng's volume (issue 16 item 4): 35,000 matters of the template's
 * 15 streets, each routed to a street-level duty item, replayed under a draft of the district layout
 * without its first unit — the replay, the effect per street and place and the duties left without a
 * lead, as {@code WhatIfService} computes them after reading the matters. The baseline, measured in the
 * same run, is the least a replay could do: every matter once through {@code Router.to} under the
 * configuration in force.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 3)
public class WhatIfBenchmark {

    static final String DISTRICT = "xicheng";
    static final LocalDate DAY = LocalDate.of(2026, 11, 2);
    static final int MATTERS = 35_000;

    /** Xicheng's configuration in force, the draft, and the quarter's matters. */
    @State(Scope.Benchmark)
    public static class Quarter {
        ReformModel model;
        ReformModel draftModel;
        Router now;
        Router draft;
        List<DutyItem> items;
        List<String> streets;
        List<PastMatter> matters;
        Map<String, String> names;

        @Setup(Level.Trial)
        public void build() {
            model = Templates.load(DISTRICT);
            TemplateDuties duties = TemplateDuties.load(DISTRICT);
            items = duties.items();
            List<StreetAssignment> assignments = duties.layoutAssignments(model, DAY);
            streets = model.streets().stream().map(StreetProfile::code).toList();
            names = new LinkedHashMap<>();
            model.streets().forEach(s -> names.put(s.code(), s.name()));
            now = new Router(model, items, assignments, null, DispatchCatalog.EMPTY);
            ModelVersion inForce = model.layoutOf(streets.get(0), DAY).orElseThrow();
            ModelVersion without = new ModelVersion(
                    "whatif-draft",
                    "benchmark draft",
                    inForce.level(),
                    inForce.street(),
                    inForce.allStreets(),
                    inForce.scope(),
                    VersionStatus.DRAFT,
                    null,
                    inForce.legacySections(),
                    inForce.units().subList(1, inForce.units().size()),
                    inForce.dispatchedAgencies());
            draftModel = Replay.asIfInForce(model, without, DAY);
            draft = now.withDraft(draftModel, items);
            List<DutyItem> street = items.stream()
                    .filter(i -> i.level() == DutyLevel.STREET && i.activeOn(DAY))
                    .toList();
            matters = new ArrayList<>(MATTERS);
            for (int i = 0; matters.size() < MATTERS; i++) {
                String s = streets.get(i % streets.size());
                DutyItem item = street.get((i * 7) % street.size());
                Router.Outcome o = now.to(s, DAY, item.code(), RoutingDecision.Rule.CATEGORY, Text.literal(""));
                Placement actual = o.decision()
                        .map(d -> Placement.unit(d.leadUnit(), d.leadUnit()))
                        .orElse(Placement.DESK);
                matters.add(new PastMatter(
                        "M" + i, s, item.code(), item.name(), DAY.minusDays(i % 90), actual));
            }
            WhatIfReport report = whatIf(this);
            System.out.printf(
                    "%n# %d matters, %d street-level items, %d streets; the draft drops %s: %d moved, %d stranded,"
                            + " %d duties left without a lead%n",
                    matters.size(),
                    street.size(),
                    streets.size(),
                    inForce.units().get(0).name(),
                    report.moved().size(),
                    report.stranded().size(),
                    report.leaderless().size());
        }
    }

    static WhatIfReport whatIf(Quarter q) {
        Replay replay = new Replay(new Replay.Side(q.now, q.model), new Replay.Side(q.draft, q.draftModel), DAY);
        List<ReplayedMatter> replayed = replay.run(q.matters, n -> {}, () -> false);
        return new WhatIfReport(
                Text.literal("benchmark"), DAY.minusDays(90), DAY, DAY, q.names, replayed, replay.leaderless(q.streets, q.items));
    }

    /** Every matter once through Router.to under the configuration in force: the least a replay does. */
    @Benchmark
    public void baseline(Quarter q, Blackhole bh) {
        Text why = Text.literal("");
        for (PastMatter m : q.matters) {
            bh.consume(q.now.to(m.street(), DAY, m.itemCode(), RoutingDecision.Rule.CATEGORY, why));
        }
    }

    /** The what-if: both sides, the effect table and the leaderless duties. */
    @Benchmark
    public void whatIf(Quarter q, Blackhole bh) {
        WhatIfReport report = whatIf(q);
        bh.consume(report.effects());
        bh.consume(report.stranded());
    }
}
