#!/usr/bin/env bash
# Runs every benchmark and prints a Markdown table of ratios against the reference
# tools measured in the same run (also written to bench/results.md).
# Usage: bench/run-benchmarks.sh [BUILD_DIR]   (root: benchmarks use network namespaces)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../build}
build=$(cd "$build" && pwd)
out=$here/results.md
tmp=$(mktemp -d)
ns=mptcp-bench-cli-$$
cleanup() { ip netns del "$ns" 2>/dev/null || true; rm -rf "$tmp"; }
trap cleanup EXIT

rows=()
row() { rows+=("| $1 | $2 | $3 | $4 | $5 |"); }

# 1. In-process: core netlink calls vs a raw libnl loop (Google Benchmark).
if [ -x "$build/bench/netlink_bench" ]; then
  "$build/bench/netlink_bench" --benchmark_format=json --benchmark_min_time=0.5 >"$tmp/nl.json"
  read -r raw_l core_l raw_d core_d < <(/usr/bin/python3 - "$tmp/nl.json" <<'EOF'
import json, sys
b = {x["name"]: x["real_time"] for x in json.load(open(sys.argv[1]))["benchmarks"]}
print(b["BM_RawGetLimits"], b["BM_CoreGetLimits"], b["BM_RawDump8Endpoints"], b["BM_CoreDump8Endpoints"])
EOF
  )
  ratio() { /usr/bin/python3 -c "print(f'{$1/$2:.2f}×')"; }
  us() { /usr/bin/python3 -c "print(f'{$1/1000:.1f} µs')"; }
  row "get limits (core, in-process)" "$(us "$core_l")" "raw libnl loop $(us "$raw_l")" "$(ratio "$core_l" "$raw_l")" "≤ 1.2×"
  row "dump 8 endpoints (core, in-process)" "$(us "$core_d")" "raw libnl loop $(us "$raw_d")" "$(ratio "$core_d" "$raw_d")" "≤ 1.2×"
fi

# 2. Whole processes: mptcpctl vs ip mptcp (hyperfine), 8 endpoints in a netns.
ctl=$build/app/mptcpctl/mptcpctl
if [ -x "$ctl" ] && command -v hyperfine >/dev/null; then
  ip netns add "$ns"
  ip -n "$ns" link add b0 type veth peer name b1
  ip -n "$ns" link set b0 up
  for i in 1 2 3 4 5 6 7 8; do
    ip -n "$ns" addr add "10.98.$i.1/24" dev b0
    ip -n "$ns" mptcp endpoint add "10.98.$i.1" dev b0 subflow id "$i"
  done
  # hyperfine itself runs inside the namespace, so only the commands are timed.
  ip netns exec "$ns" hyperfine -N --warmup 20 --runs 300 --export-json "$tmp/cli.json" \
    "$ctl --json endpoint show" "ip -j mptcp endpoint show" \
    "$ctl --json limits show" "ip mptcp limits show" >/dev/null
  mapfile -t t < <(/usr/bin/python3 -c "
import json,sys
for r in json.load(open('$tmp/cli.json'))['results']: print(r['mean']*1000)")
  ms() { /usr/bin/python3 -c "print(f'{$1:.2f} ms')"; }
  r2() { /usr/bin/python3 -c "print(f'{$1/$2:.2f}×')"; }
  row "\`mptcpctl --json endpoint show\` (process)" "$(ms "${t[0]}")" "\`ip -j mptcp endpoint show\` $(ms "${t[1]}")" "$(r2 "${t[0]}" "${t[1]}")" "report"
  row "\`mptcpctl --json limits show\` (process)" "$(ms "${t[2]}")" "\`ip mptcp limits show\` $(ms "${t[3]}")" "$(r2 "${t[2]}" "${t[3]}")" "report"
fi

# Further suites (NetworkManager status, helper round trips, GUI start, connections)
# add their rows here as they land.
for extra in "$here"/bench-*.sh "$here"/gui-activity/bench-*.sh; do
  [ -x "$extra" ] || continue
  while IFS= read -r line; do rows+=("$line"); done < <("$extra" "$build")
done

{
  echo "Measured $(date -u +%Y-%m-%d) on $(nproc) cores, kernel $(uname -r); \`bench/run-benchmarks.sh\`."
  echo
  echo "| operation | ours | reference (same run) | ratio | goal |"
  echo "|---|---|---|---|---|"
  printf '%s\n' "${rows[@]}"
} | tee "$out"
