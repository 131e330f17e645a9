#!/usr/bin/env python3
"""Turns package-benchmark's text output into PasetoKit's performance table.

Reads the output of `swift package benchmark --no-progress` on standard input and prints one row per
benchmark: operation, payload, median ops/s, median allocations per operation, and the ratio to the
baseline the issue compares it with (all from the same run). Exits 1 when a target is missed, listing
which, so `make bench` fails loudly instead of printing a table nobody reads.
"""
import re
import sys

# (operation, payload) -> (baseline operation, payload or None for "same payload", minimum ratio or None)
RATIOS = {
    "v4.local encrypt (bytes)": ("baseline raw v4.local encrypt", None, 1.3),
    "v4.local decrypt (bytes)": ("baseline raw v4.local decrypt", None, 1.3),
    "v4.public sign": ("baseline raw v4.public sign", None, 0.95),
    "v4.public verify": ("baseline raw v4.public verify", None, 0.95),
    "v4.local decrypt (Codable claims, validated)": ("baseline jwt-kit HS256 verify", None, 4.0),
    "v4.local encrypt (Codable claims)": ("baseline Foundation JSONEncoder", None, None),
    "JWT verify HS256 (PasetoJWT)": ("baseline jwt-kit HS256 verify", None, None),
    "JWT verify EdDSA (PasetoJWT)": ("baseline jwt-kit EdDSA verify", None, None),
}
# Second comparisons that are also targets.
EXTRA_TARGETS = [
    ("session authenticate (in-memory store)", "claims", "baseline session token decrypt (Codable claims, validated)", "claims", 0.8),
    ("session authenticate (SQLite store)", "claims", "baseline session token decrypt (Codable claims, validated)", "claims", 0.8),
    ("session authenticate (PostgreSQL store)", "claims", "baseline session token decrypt (Codable claims, validated)", "claims", 0.8),
    ("v4.local decrypt (Codable claims, validated)", "claims", "baseline raw v4.local decrypt", "claims", 0.5),
]
MAX_ALLOCATIONS = {("v4.local decrypt (bytes)", "claims"): 4, ("v4.local decrypt (bytes)", "4KiB"): 4}
MIN_THROUGHPUT = {
    ("JWT → v4.local migration (HS256)", "claims"): 20_000,
    ("SQLite refresh rotation (synchronous=NORMAL)", "-"): 1_000,
    ("PostgreSQL refresh rotations (4 concurrent clients)", "-"): 1_000,
}
# Benchmarks whose one operation is several: the table shows the inner operations per second.
OPERATIONS_PER_ITERATION = {("PostgreSQL refresh rotations (4 concurrent clients)", "-"): 4}
# Latencies (wall clock per operation): (operation, payload) -> p99 target in milliseconds.
LATENCY_TARGETS = {
    ("PostgreSQL revocation propagation (logout on one instance, refused by the other)", "-"): 100,
}
TIME_UNITS = {"ns": 1e-6, "μs": 1e-3, "us": 1e-3, "ms": 1, "s": 1e3}

SCALE = {"": 1, "K": 1e3, "M": 1e6, "G": 1e9}


def parse(text):
    results = {}
    name = None
    for line in text.splitlines():
        stripped = line.strip()
        if " | " in stripped and not stripped.startswith(("│", "╒", "╞", "├", "╘", "=")):
            name = stripped
            continue
        if name is None or not stripped.startswith("│"):
            continue
        cells = [c.strip() for c in stripped.strip("│").split("│")]
        if len(cells) < 4 or cells[0] == "Metric":
            continue
        label = cells[0].rstrip(" *")
        if label.startswith("Time (wall clock)") and len(cells) >= 7:
            time_unit = re.search(r"\((ns|μs|us|ms|s)\)\s*$", label)
            factor = TIME_UNITS[time_unit.group(1)] if time_unit else 1
            operation, payload = [part.strip() for part in name.split(" | ", 1)]
            try:
                latency = {"p50": float(cells[3].replace(",", "")) * factor, "p99": float(cells[6].replace(",", "")) * factor}
            except ValueError:
                latency = None
            if latency:
                results.setdefault((operation, payload), {})["latency_ms"] = latency
        p50 = cells[3].replace(",", "")
        try:
            value = float(p50)
        except ValueError:
            continue
        unit = re.search(r"\((K|M|G)\)\s*$", label)
        scale = SCALE[unit.group(1)] if unit else 1
        operation, payload = [part.strip() for part in name.split(" | ", 1)]
        entry = results.setdefault((operation, payload), {})
        if label.startswith("Throughput"):
            entry["ops"] = value * scale
        elif label.startswith("Malloc (total)"):
            entry["mallocs"] = value * scale
    return results


def main():
    results = parse(sys.stdin.read())
    if not results:
        print("error: no benchmark results found in the input", file=sys.stderr)
        return 1
    misses = []
    rows = []
    for (operation, payload), entry in sorted(results.items()):
        ops = entry.get("ops")
        if ops is None or operation == "noop":
            continue
        ops *= OPERATIONS_PER_ITERATION.get((operation, payload), 1)
        ratio_text = ""
        if operation in RATIOS:
            baseline, baseline_payload, minimum = RATIOS[operation]
            base = results.get((baseline, baseline_payload or payload), {}).get("ops")
            if base:
                ratio = ops / base
                ratio_text = f"{ratio:.2f}× {baseline.replace('baseline ', '')}"
                if minimum is not None:
                    ratio_text += f" (target ≥ {minimum}×)"
                    if ratio < minimum:
                        misses.append(f"{operation} | {payload}: {ratio:.2f}× < {minimum}× {baseline}")
        for target_op, target_payload, baseline, baseline_payload, minimum in EXTRA_TARGETS:
            if (operation, payload) == (target_op, target_payload):
                base = results.get((baseline, baseline_payload), {}).get("ops")
                if base:
                    ratio = ops / base
                    ratio_text += f"; {ratio:.2f}× {baseline.replace('baseline ', '')} (target ≥ {minimum}×)"
                    if ratio < minimum:
                        misses.append(f"{operation} | {payload}: {ratio:.2f}× < {minimum}× {baseline}")
        limit = MAX_ALLOCATIONS.get((operation, payload))
        mallocs = entry.get("mallocs")
        if limit is not None and mallocs is not None and mallocs > limit:
            misses.append(f"{operation} | {payload}: {mallocs:.0f} allocations > {limit}")
        floor = MIN_THROUGHPUT.get((operation, payload))
        if floor is not None and ops < floor:
            misses.append(f"{operation} | {payload}: {ops:,.0f} ops/s < {floor:,}")
        rows.append((operation, payload, f"{ops:,.0f}", "-" if mallocs is None else f"{mallocs:.0f}", ratio_text))

    headers = ("operation", "payload", "ops/s (median)", "allocs/op", "ratio (same run)")
    widths = [max(len(str(r[i])) for r in rows + [headers]) for i in range(5)]
    line = lambda r: "| " + " | ".join(str(c).ljust(w) for c, w in zip(r, widths)) + " |"
    print(line(headers))
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for row in rows:
        print(line(row))
    latencies = [(key, entry["latency_ms"]) for key, entry in sorted(results.items()) if key in LATENCY_TARGETS and "latency_ms" in entry]
    if latencies:
        print("\n| latency | p50 | p99 | target |")
        print("|---|---|---|---|")
        for (operation, payload), latency in latencies:
            target = LATENCY_TARGETS[(operation, payload)]
            print(f"| {operation} | {latency['p50']:.1f} ms | {latency['p99']:.1f} ms | p99 ≤ {target} ms |")
            if latency["p99"] > target:
                misses.append(f"{operation}: p99 {latency['p99']:.1f} ms > {target} ms")
    for key in LATENCY_TARGETS:
        if key not in dict(latencies):
            misses.append(f"{key[0]}: no latency measured")
    if misses:
        print("\nTargets missed:")
        for miss in misses:
            print(f"- {miss}")
        return 1
    print("\nEvery target met.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
