#!/usr/bin/env bash
# Listing live MPTCP connections: 10 000 MPTCP sockets (5 000 connected pairs over
# loopback, one subflow each) in a throw-away network namespace, listed by
# listConnections() in-process (Google Benchmark) and by the minimal CLI
# `sockdiag-list`, against `ss -Mtin` / `ss -Min` on the same sockets (hyperfine,
# same run). Prints Markdown rows `| op | ours | reference | ratio | goal |`.
# Usage: bench/bench-connections.sh BUILD_DIR   (root: uses a network namespace)
set -euo pipefail
build=$(cd "${1:?usage: $0 BUILD_DIR}" && pwd)
dir=$build/bench/sockdiag
pairs=${SOCKDIAG_BENCH_PAIRS:-5000}
if [ ! -x "$dir/sockdiag-hold" ] || [ ! -x "$dir/sockdiag-list" ] || ! command -v hyperfine >/dev/null; then
  echo "bench-connections: $dir/sockdiag-{hold,list} or hyperfine missing; skipped" >&2
  exit 0
fi

ns=mptcp-bench-sd-$$
tmp=$(mktemp -d)
holder=
cleanup() {
  exec 3>&- 2>/dev/null || true
  if [ -n "$holder" ]; then
    kill "$holder" 2>/dev/null || true
    wait "$holder" 2>/dev/null || true
  fi
  ip netns del "$ns" 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT

ip netns add "$ns"
ip -n "$ns" link set lo up
# The holder keeps its sockets open until its stdin (a FIFO we hold) closes.
mkfifo "$tmp/hold"
ip netns exec "$ns" "$dir/sockdiag-hold" "$pairs" <"$tmp/hold" >"$tmp/ready" &
holder=$!
exec 3>"$tmp/hold"
for _ in $(seq 1200); do
  grep -q '^ready' "$tmp/ready" 2>/dev/null && break
  kill -0 "$holder" 2>/dev/null || { echo "bench-connections: sockdiag-hold failed" >&2; exit 1; }
  sleep 0.1
done
grep -q '^ready' "$tmp/ready" || { echo "bench-connections: sockdiag-hold not ready" >&2; exit 1; }

# Sanity: both tools see the same sockets.
ours=$(ip netns exec "$ns" "$dir/sockdiag-list" | grep -c '^mptcp')
theirs=$(ip netns exec "$ns" ss -MHan | wc -l)
if [ "$ours" != "$theirs" ]; then
  echo "bench-connections: sockdiag-list shows $ours MPTCP sockets, ss $theirs" >&2
  exit 1
fi

# Whole processes, inside the namespace so only the commands are timed.
# mptcpctl also names each socket's owning process (a /proc scan), which `ss` does with -p.
ctl=$build/app/mptcpctl/mptcpctl
ip netns exec "$ns" hyperfine -N --warmup 3 --runs 30 --export-json "$tmp/cli.json" \
  "$dir/sockdiag-list" "ss -Mtain" "$dir/sockdiag-list --no-interfaces" "ss -Main" \
  "$ctl --json connections" "ss -Mtainp" "ss -Mti" "ss -Mtip" "$ctl connections" >/dev/null
# Wall time, then CPU time (user+sys: steadier than wall time on a busy machine).
mapfile -t t < <(/usr/bin/python3 -c "
import json
for r in json.load(open('$tmp/cli.json'))['results']: print(r['mean']*1000)")
mapfile -t cpu < <(/usr/bin/python3 -c "
import json
for r in json.load(open('$tmp/cli.json'))['results']: print((r['user']+r['system'])*1000)")

ms() { /usr/bin/python3 -c "print(f'{$1:.1f} ms')"; }
ratio() { /usr/bin/python3 -c "print(f'{$1/$2:.2f}×')"; }
n="$ours MPTCP sockets"

if [ -x "$dir/sockdiag_bench" ]; then
  ip netns exec "$ns" "$dir/sockdiag_bench" --benchmark_format=json --benchmark_min_time=1 >"$tmp/gb.json" 2>/dev/null
  read -r full mptcp_only < <(/usr/bin/python3 - "$tmp/gb.json" <<'PY'
import json, sys
b = {x["name"]: x["real_time"] for x in json.load(open(sys.argv[1]))["benchmarks"]}
print(b["BM_ListConnections/real_time"], b["BM_ListMptcpOnly/real_time"])
PY
  )
  echo "| listConnections(), $n + subflows (in-process) | $(ms "$full") | \`ss -Mtain\` $(ms "${t[1]}") | $(ratio "$full" "${t[1]}") | < 1× |"
  echo "| listConnections() without subflows, $n (in-process) | $(ms "$mptcp_only") | \`ss -Main\` $(ms "${t[3]}") | $(ratio "$mptcp_only" "${t[3]}") | < 1× |"
fi
echo "| \`sockdiag-list\`, $n + subflows (process) | $(ms "${t[0]}") | \`ss -Mtain\` $(ms "${t[1]}") | $(ratio "${t[0]}" "${t[1]}") | < 1× |"
echo "| \`sockdiag-list\` CPU time (user+sys) | $(ms "${cpu[0]}") | \`ss -Mtain\` $(ms "${cpu[1]}") | $(ratio "${cpu[0]}" "${cpu[1]}") | < 1× |"
echo "| \`mptcpctl --json connections\`, $n + subflows + owners (process) | $(ms "${t[4]}") | \`ss -Mtain\` $(ms "${t[1]}") | $(ratio "${t[4]}" "${t[1]}") | < 1× |"
echo "| \`mptcpctl --json connections\` vs \`ss\` with owners | $(ms "${t[4]}") | \`ss -Mtainp\` $(ms "${t[5]}") | $(ratio "${t[4]}" "${t[5]}") | < 1× |"
# The issue's own reference: `ss -Mti` (established sockets, service names), and with -p.
echo "| \`mptcpctl --json connections\` (with owners) vs \`ss -Mti\` | $(ms "${t[4]}") | \`ss -Mti\` $(ms "${t[6]}") | $(ratio "${t[4]}" "${t[6]}") | < 1× |"
echo "| \`mptcpctl --json connections\` vs \`ss -Mtip\` (both with owners) | $(ms "${t[4]}") | \`ss -Mtip\` $(ms "${t[7]}") | $(ratio "${t[4]}" "${t[7]}") | < 1× |"
echo "| \`mptcpctl connections\` (text, with owners) vs \`ss -Mti\` | $(ms "${t[8]}") | \`ss -Mti\` $(ms "${t[6]}") | $(ratio "${t[8]}" "${t[6]}") | report |"
echo "| \`sockdiag-list --no-interfaces\` (process) | $(ms "${t[2]}") | \`ss -Mtain\` $(ms "${t[1]}") | $(ratio "${t[2]}" "${t[1]}") | report |"
