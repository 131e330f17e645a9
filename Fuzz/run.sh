#!/usr/bin/env bash
# Runs libFuzzer targets, one after the other. For each target, first a replay: its whole corpus
# (Fuzz/corpus/<Target>/) plus every kept finding (Fuzz/findings/<Target>/) FUZZ_FINDING_REPEATS times (300), as
# seeds executed once each with no mutation; then <seconds> of fuzzing on a temporary copy of the corpus (libFuzzer
# adds new inputs to its first corpus folder), which replays the corpus again and explores from there. The
# repeats are for findings that show only now and then: issue 11's leak report came in 6 to 10 of 10 replays
# of 300 copies and in 1 of 10 single replays. Fails on any crash, leak, timeout or out-of-memory in either phase;
# findings are kept in .build-fuzz/artifacts/<Target>-crash-… (FUZZ_ARTIFACTS) and replay with
# `<bin>/<Target> <file>`. Prints each phase's time and executions.
# Usage: Fuzz/run.sh <bin-dir> <seconds> <Target>...
set -uo pipefail
cd "$(dirname "$0")/.."
bin=$1 seconds=$2
shift 2
export SWIFT_BACKTRACE=enable=no
artifacts=${FUZZ_ARTIFACTS:-.build-fuzz/artifacts}
repeats=${FUZZ_FINDING_REPEATS:-300}
mkdir -p "$artifacts"
options=(-rss_limit_mb=2048 -timeout=10 -print_final_stats=1)
status=0
begin_all=$(date +%s)

# run <Target> <phase> <log> <libFuzzer arguments…>: runs one phase and reports it; sets status on failure.
run() {
    local target=$1 phase=$2 log=$3
    shift 3
    local begin=$(date +%s%N) rc runs peak
    "$bin/$target" "${options[@]}" -artifact_prefix="$artifacts/$target-" "$@" > "$log" 2>&1
    rc=$?
    local elapsed=$(( ($(date +%s%N) - begin) / 1000000 ))
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    peak=$(sed -n 's/^stat::peak_rss_mb: *//p' "$log")
    local cov=$(grep -E '^#[0-9]+' "$log" | tail -1 | sed -n 's/.* cov: \([0-9]*\) .* corp: \([0-9]*\)\/.*/cov \1, corpus \2/p')
    if [ "$rc" -eq 0 ]; then
        printf 'fuzz: %s: %s: ok, %s executions in %d.%03d s (%s), peak RSS %s MB\n' "$target" "$phase" "${runs:-?}" \
            $((elapsed / 1000)) $((elapsed % 1000)) "${cov:-cov ?}" "${peak:-?}"
    else
        echo "fuzz: $target: $phase: FAILED (exit $rc) after ${runs:-?} executions; last lines of the log:" >&2
        grep -v "^#[0-9]" "$log" | tail -40 >&2
        status=1
    fi
    return $rc
}

for target in "$@"; do
    work=$(mktemp -d)
    replay=$(mktemp -d)
    cp -R "Fuzz/corpus/$target/." "$work/"
    cp -R "Fuzz/corpus/$target/." "$replay/"
    if [ -d "Fuzz/findings/$target" ]; then
        for finding in "Fuzz/findings/$target"/*; do
            for ((i = 1; i <= repeats; i++)); do cp "$finding" "$replay/$(basename "$finding").$i"; done
        done
    fi
    log="$work.log"
    # -runs=0: execute the seeds and stop; the replay folder is thrown away afterwards.
    if run "$target" "replay of $(ls "$replay" | wc -l) inputs" "$log" -runs=0 "$replay"; then
        run "$target" "fuzzing ${seconds} s" "$log" -max_total_time="$seconds" "$work"
    fi
    rm -rf "$work" "$replay" "$log"
done
echo "fuzz: $# targets in $(( $(date +%s) - begin_all )) s"
exit $status
