#!/usr/bin/env bash
# The desktop app's cost next to an empty Qt Quick Controls window in the app's
# style and size (bench/gui/barewindow), both on the same X server in the same run:
#   - cold start to the first frame on screen (`--demo-fake --quit-after-first-frame`),
#     median of 10 runs after 2 warm-ups, the two programs taking turns so that a
#     change in the machine's load hits both alike;
#   - peak RSS of that run (GNU time, "Maximum resident set size"), median of 5;
#   - the same two rows for the real backend (no --demo-fake) against a NetworkManager
#     in the test sandbox (root only): it reads the kernel before its first frame and
#     NetworkManager right after it;
#   - both also against the same window showing one Label (--label): under llvmpipe
#     the first shader of any content is a large fixed cost the empty window never pays;
#   - idle wake-ups per second once settled: the scheduler's count of times each
#     thread was put on a CPU (3rd field of /proc/PID/task/*/schedstat), summed over
#     all threads, over 10 s. Every wake-up (timer, socket, render loop) costs one;
#     nothing is sampled, so the number is exact. "Settled" means two quiet seconds
#     in a row (at most 30 s of waiting): on a loaded machine start-up alone can take
#     longer than any fixed delay, and its work must not count as idle wake-ups.
# Under Xvfb when available, else QT_QPA_PLATFORM=offscreen (the table says which).
# Prints Markdown rows `| op | ours | reference (same run) | ratio | goal |`.
# Usage: bench/bench-gui.sh BUILD_DIR
set -euo pipefail
build=$(cd "${1:?usage: $0 BUILD_DIR}" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
app=$build/app/mptcp-settings/mptcp-settings
bare=$build/bench/gui/barewindow
if [ ! -x "$app" ] || [ ! -x /usr/bin/time ]; then
  echo "bench-gui: mptcp-settings or /usr/bin/time missing; skipped" >&2
  exit 0
fi
tmp=$(mktemp -d)
xvfb_pid=
sandbox=$here/../tests/sandbox/sandbox.sh
sid=
cleanup() {
  if [ -n "$sid" ]; then bash "$sandbox" down --id "$sid" >/dev/null 2>&1 || true; fi
  if [ -n "$xvfb_pid" ]; then kill "$xvfb_pid" 2>/dev/null || true; wait "$xvfb_pid" 2>/dev/null || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT

if [ ! -x "$bare" ]; then
  # The build does not include bench/gui: build the reference on its own, with
  # the build's own build type so both programs get the same optimisation.
  bare=$tmp/bare/barewindow
  btype=$(sed -n 's/^CMAKE_BUILD_TYPE:STRING=//p' "$build/CMakeCache.txt")
  cmake -S "$here/gui" -B "$tmp/bare" -G Ninja -DCMAKE_BUILD_TYPE="$btype" >/dev/null
  cmake --build "$tmp/bare" -j2 >/dev/null
fi

. "$here/xvfb.sh"
start_xvfb
export LC_ALL=C

ours=("$app" --demo-fake --quit-after-first-frame)
ref=("$bare" --quit-after-first-frame)
labelled=("$bare" --label --quit-after-first-frame)

# Median wall times in ms of two commands (separated by "--"), run in turns.
start_ms_pair() {
  python3 - "$@" <<'PY'
import statistics, subprocess, sys, time
sep = sys.argv.index("--")
cmds = [sys.argv[1:sep], sys.argv[sep + 1:]]
times = [[], []]
for i in range(12):
    for k, cmd in enumerate(cmds):
        t = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        if i >= 2:  # the first two rounds warm the caches
            times[k].append((time.perf_counter() - t) * 1000)
print("%.0f %.0f" % (statistics.median(times[0]), statistics.median(times[1])))
PY
}
# Median peak RSS in MiB over 5 runs.
rss_mib() {
  for _ in 1 2 3 4 5; do
    /usr/bin/time -v "$@" 2>&1 >/dev/null | awk -F: '/Maximum resident set size/ {print $2+0}'
  done | sort -n | awk '{a[NR]=$1} END {printf "%.1f\n", a[3]/1024}'
}
# Wake-ups per second of a running program after settling.
wakeups() {
  "$@" >/dev/null 2>&1 &
  local pid=$! a b quiet=0 prev now
  count() { cat /proc/"$pid"/task/*/schedstat 2>/dev/null | awk '{s+=$3} END {print s+0}'; }
  sleep 1
  prev=$(count)
  for _ in $(seq 30); do
    sleep 1
    now=$(count)
    if [ "$now" = "$prev" ]; then quiet=$((quiet + 1)); else quiet=0; fi
    prev=$now
    [ "$quiet" -ge 2 ] && break
  done
  a=$(count); sleep 10; b=$(count)
  kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true
  awk -v a="$a" -v b="$b" 'BEGIN {printf "%.1f\n", (b-a)/10}'
}
ratio() { awk -v o="$1" -v r="$2" 'BEGIN { if (r > 0) printf "%.2f×", o/r; else print "–" }'; }

read -r t_ours t_ref < <(start_ms_pair "${ours[@]}" -- "${ref[@]}")
read -r t_ours2 t_label < <(start_ms_pair "${ours[@]}" -- "${labelled[@]}")
m_ours=$(rss_mib "${ours[@]}"); m_ref=$(rss_mib "${ref[@]}"); m_label=$(rss_mib "${labelled[@]}")
w_ours=$(wakeups "$app" --demo-fake); w_ref=$(wakeups "$bare")

# The real backend, both programs inside the sandbox (its bus, netns and NetworkManager).
real_rows=
if [ "$(id -u)" = 0 ] && command -v NetworkManager >/dev/null && [ -f "$sandbox" ]; then
  sid=bgui$$
  if bash "$sandbox" up --id "$sid" --links veth0:0,veth1:1,veth2:2 >/dev/null 2>&1; then
    inbox=(bash "$sandbox" exec --id "$sid" -- env DISPLAY="${DISPLAY:-}" QT_QPA_PLATFORM="$QT_QPA_PLATFORM" LC_ALL=C)
    real=("$app" --quit-after-first-frame)
    read -r t_real t_ref_real < <("${inbox[@]}" bash -c "$(declare -f start_ms_pair); start_ms_pair \"\$@\"" _ \
      "${real[@]}" -- "${ref[@]}")
    m_real=$("${inbox[@]}" bash -c "$(declare -f rss_mib); rss_mib \"\$@\"" _ "${real[@]}")
    m_ref_real=$("${inbox[@]}" bash -c "$(declare -f rss_mib); rss_mib \"\$@\"" _ "${ref[@]}")
    real_rows="| cold start to first frame ($platform, real backend, NetworkManager sandbox) | ${t_real} ms | ${t_ref_real} ms (empty Qt Quick Controls window) | $(ratio "$t_real" "$t_ref_real") | ≤ 1.5× |
| max RSS, start to first frame ($platform, real backend) | ${m_real} MiB | ${m_ref_real} MiB (empty Qt Quick Controls window) | $(ratio "$m_real" "$m_ref_real") | ≤ 1.3× |"
  else
    echo "bench-gui: sandbox did not come up; real-backend rows skipped" >&2
  fi
fi

echo "| op | ours | reference (same run) | ratio | goal |"
echo "|---|---|---|---|---|"
echo "| cold start to first frame ($platform, --demo-fake) | ${t_ours} ms | ${t_ref} ms (empty Qt Quick Controls window) | $(ratio "$t_ours" "$t_ref") | ≤ 1.5× |"
echo "| max RSS, start to first frame ($platform) | ${m_ours} MiB | ${m_ref} MiB (empty Qt Quick Controls window) | $(ratio "$m_ours" "$m_ref") | ≤ 1.3× |"
[ -n "$real_rows" ] && echo "$real_rows"
echo "| cold start to first frame ($platform), context | ${t_ours2} ms | ${t_label} ms (the same window showing one Label) | $(ratio "$t_ours2" "$t_label") | report |"
echo "| max RSS, start to first frame ($platform), context | ${m_ours} MiB | ${m_label} MiB (the same window showing one Label) | $(ratio "$m_ours" "$m_label") | report |"
echo "| idle wake-ups/s after settling (schedstat, 10 s) | ${w_ours} | ${w_ref} (empty Qt Quick Controls window) | – | 0 |"
