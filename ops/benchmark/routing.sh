#!/usr/bin/env bash
# Routing one matter (issue 11, item 5): a JMH benchmark of Router.route for Xicheng's template
# (269 catalog types) with 0, 2,000 and 100,000 labelled texts, beside smartcn segmentation of the same
# sentences alone, measured in the same run. See ops/benchmark/README.md, "Routing (JMH)".
#
#   flock /tmp/streetgov-stack.lock ops/benchmark/routing.sh [JMH options, e.g. -f 1 -p labelled=0]
#
# Without options it runs RoutingBenchmark; `routing.sh Nearest` runs NearestBenchmark instead (the
# nearest-labelled-text step alone: the first linear scan against the application's LabelledIndex, 100,000 texts);
# `routing.sh WhatIf` runs WhatIfBenchmark (issue 16: a what-if over 35,000 matters, ~1 minute).
#
# Installs the app modules it measures (core, tenant-config) from this tree first, builds the
# benchmarks jar (ops/benchmark/routing, not a module of the root build) and writes the whole output to
# ops/benchmark/results/routing-<UTC>.txt. About 4 minutes on 2 cores.
set -euo pipefail
args=("$@")
[ ${#args[@]} -gt 0 ] || args=(RoutingBenchmark)
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
stamp=$(date -u +%Y%m%dT%H%M%SZ)
out="ops/benchmark/results/routing-$stamp.txt"
mkdir -p ops/benchmark/results

echo "routing.sh: installing core and tenant-config from $root"
./mvnw -B -q -o -DskipTests install -pl core,tenant-config -am
echo "routing.sh: building the benchmarks jar"
# Offline when JMH is in the local repository already; else let Maven fetch it once.
./mvnw -B -q -o -f ops/benchmark/routing/pom.xml clean package 2>/dev/null \
    || ./mvnw -B -q -f ops/benchmark/routing/pom.xml clean package

{
    echo "# ops/benchmark/routing.sh ${args[*]}"
    echo "# $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- core tenant-config ops/benchmark/routing || echo ' (+ uncommitted changes)'),"\
         "$(nproc) cores, $(java -version 2>&1 | head -1)"
    java -jar ops/benchmark/routing/target/routing-benchmarks.jar "${args[@]}"
} 2>&1 | tee "$out"
echo "routing.sh: written $out"
