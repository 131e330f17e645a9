#!/usr/bin/env bash
# Runs libFuzzer targets for a time budget each, on a temporary copy of their seeds (libFuzzer adds new inputs
# to its first corpus folder). Fails on any crash, leak, timeout or out-of-memory; findings are kept in
# .build-fuzz/artifacts/<Target>-crash-… (FUZZ_ARTIFACTS) and can be replayed with `<bin>/<Target> <file>`.
# Usage: Fuzz/run.sh <bin-dir> <seconds> <Target>...
set -uo pipefail
cd "$(dirname "$0")/.."
bin=$1 seconds=$2
shift 2
export SWIFT_BACKTRACE=enable=no
artifacts=${FUZZ_ARTIFACTS:-.build-fuzz/artifacts}
mkdir -p "$artifacts"
status=0
for target in "$@"; do
    work=$(mktemp -d)
    cp -R "Fuzz/corpus/$target/." "$work/"
    log="$work.log"
    "$bin/$target" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 \
        -artifact_prefix="$artifacts/$target-" "$work" > "$log" 2>&1
    rc=$?
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    peak=$(sed -n 's/^stat::peak_rss_mb: *//p' "$log")
    if [ "$rc" -eq 0 ]; then
        echo "fuzz: $target: ok, ${runs:-?} executions in ${seconds} s, peak RSS ${peak:-?} MB"
    else
        echo "fuzz: $target: FAILED (exit $rc) after ${runs:-?} executions; last lines of the log:" >&2
        grep -v "^#[0-9]" "$log" | tail -40 >&2
        status=1
    fi
    rm -rf "$work" "$log"
done
exit $status
