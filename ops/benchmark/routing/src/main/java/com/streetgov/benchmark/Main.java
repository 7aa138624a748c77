package com.streetgov.benchmark;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.util.Statistics;

/**
 * Runs the benchmarks (JMH's command-line options are passed through) and ends with the figures as
 * ops/benchmark/README.md records them: p50 and p99 in microseconds and the ratio of p50 to the
 * baseline's p50 measured in the same run.
 */
public final class Main {

    /** The baseline of RoutingBenchmark (smartcn segmentation) and of WhatIfBenchmark. */
    private static final List<String> BASELINES = List.of("segment", "baseline");

    private Main() {}

    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        Collection<RunResult> results = new Runner(new CommandLineOptions(args)).run();
        List<RunResult> sorted = new ArrayList<>(results);
        sorted.sort((a, b) -> Integer.compare(labelled(a), labelled(b)));
        double baseline = sorted.stream()
                .filter(r -> BASELINES.contains(method(r)))
                .mapToDouble(r -> stats(r).getPercentile(50))
                .findFirst()
                .orElse(Double.NaN);
        System.out.println();
        System.out.println("| benchmark | labelled texts | samples | p50 µs | p99 µs | p50 / baseline p50 |");
        System.out.println("| --- | --- | --- | --- | --- | --- |");
        for (RunResult r : sorted) {
            Statistics s = stats(r);
            String labelled = r.getParams().getParam("labelled");
            System.out.printf(
                    Locale.ROOT,
                    "| %s | %s | %d | %.1f | %.1f | %s |%n",
                    label(r),
                    labelled == null ? "—" : labelled,
                    s.getN(),
                    s.getPercentile(50),
                    s.getPercentile(99),
                    Double.isNaN(baseline) ? "—" : String.format(Locale.ROOT, "%.2f", s.getPercentile(50) / baseline));
        }
    }

    private static String label(RunResult r) {
        return switch (method(r)) {
            case "segment" -> "baseline: smartcn segmentation";
            case "baseline" -> "baseline: Router.to once per matter";
            case "route" -> "false".equals(r.getParams().getParam("semantic"))
                    ? "Router.route, words only"
                    : "Router.route";
            default -> {
                String name = r.getParams().getBenchmark();
                yield name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
            }
        };
    }

    private static Statistics stats(RunResult r) {
        return r.getPrimaryResult().getStatistics();
    }

    private static String method(RunResult r) {
        String name = r.getParams().getBenchmark();
        return name.substring(name.lastIndexOf('.') + 1);
    }

    private static int labelled(RunResult r) {
        String labelled = r.getParams().getParam("labelled");
        return labelled == null ? -1 : Integer.parseInt(labelled);
    }
}
