#!/usr/bin/env bash
# GUI frame time while the Activity list updates (issue #6 §7): bench/gui-activity/
# activity_frames renders the page continuously (basic render loop, slow scroll) and
# applies a snapshot every 500 ms, first with an empty model, then with 10 000
# connections whose counters all change; same process, same run. Under Xvfb when
# available, else QT_QPA_PLATFORM=offscreen (the row says which).
# Prints one Markdown row `| op | ours | reference (same run) | ratio | goal |`.
# Usage: bench/gui-activity/bench-gui-activity.sh BUILD_DIR
set -euo pipefail
build=$(cd "${1:?usage: $0 BUILD_DIR}" && pwd)
prog=$build/bench/gui-activity/activity_frames
if [ ! -x "$prog" ]; then
  echo "bench-gui-activity: $prog missing; skipped" >&2
  exit 0
fi
xvfb_pid=
cleanup() { if [ -n "$xvfb_pid" ]; then kill "$xvfb_pid" 2>/dev/null || true; wait "$xvfb_pid" 2>/dev/null || true; fi; }
trap cleanup EXIT

. "$(dirname "$0")/../xvfb.sh"
start_xvfb
export LC_ALL=C

json=$("$prog" --connections 10000 --seconds 10 2>/dev/null)
/usr/bin/python3 - "$json" "$platform" <<'PY'
import json, sys
r, platform = json.loads(sys.argv[1]), sys.argv[2]
f, e = r["full"], r["empty"]
fmt = lambda s: f'{s["p50"]:.1f} / {s["p99"]:.1f} / {s["max"]:.1f} ms'
ratio = f'{f["p99"] / e["p99"]:.2f}× (p99)' if e["p99"] > 0 else "–"
print(f'| Activity page frame time p50 / p99 / max, {r["connections"]:,} connections updated every 500 ms, scrolling ({platform}) '
      f'| {fmt(f)} (model update alone {r["apply"]["p50"]:.0f} ms median) | {fmt(e)} (same window, empty model) | {ratio} | p99 ≤ 50 ms |')
PY
