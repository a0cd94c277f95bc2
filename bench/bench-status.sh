#!/usr/bin/env bash
# `mptcpctl --json status` (kernel + NetworkManager + the explain verdicts) against what
# a user would otherwise run to see the same: ip(8) for endpoints and limits, nmcli for
# devices and every active connection's mptcp-flags, as one shell command. Both run
# inside a sandbox with a real NetworkManager and three active connections.
# Prints Markdown rows `| op | ours | reference | ratio | goal |`: the ratio of mean wall
# times, then (in brackets) of mean CPU times (user + system), which a machine loaded by
# other work distorts less.
# Usage: bench/bench-status.sh BUILD_DIR   (root: uses network namespaces)
set -euo pipefail
build=$(cd "${1:?usage: $0 BUILD_DIR}" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
ctl=$build/app/mptcpctl/mptcpctl
sandbox=$here/../tests/sandbox/sandbox.sh
if [ ! -x "$ctl" ] || ! command -v hyperfine >/dev/null || ! command -v nmcli >/dev/null; then
  echo "bench-status: $ctl, hyperfine or nmcli missing; skipped" >&2
  exit 0
fi

id=bst$$
tmp=$(mktemp -d)
cleanup() {
  bash "$sandbox" down --id "$id" >/dev/null 2>&1 || true
  rm -rf "$tmp"
}
trap cleanup EXIT

bash "$sandbox" up --id "$id" --links veth0:0,veth1:1,veth2:2 >"$tmp/env"
reference="ip -j mptcp endpoint show; ip mptcp limits show; nmcli -t device"
for profile in sb-veth0 sb-veth1 sb-veth2; do
  reference+="; nmcli -t -f connection.mptcp-flags connection show $profile"
done
# hyperfine runs inside the sandbox (its netns, bus and NetworkManager.conf), both
# commands through the same shell, whose start-up hyperfine subtracts.
bash "$sandbox" exec --id "$id" -- hyperfine --warmup 3 --runs 40 --export-json "$tmp/status.json" \
  "$ctl --json status" "$reference" >/dev/null 2>"$tmp/hyperfine.err" || { cat "$tmp/hyperfine.err" >&2; exit 1; }
# Per command: mean wall time, mean CPU time (user + system), in ms.
mapfile -t t < <(/usr/bin/python3 -c "
import json
for r in json.load(open('$tmp/status.json'))['results']: print(r['mean']*1000, (r['user']+r['system'])*1000)")
read -r ours ours_cpu <<<"${t[0]}"
read -r ref ref_cpu <<<"${t[1]}"
ms() { /usr/bin/python3 -c "print(f'{$1:.1f} ms')"; }
ratio() { /usr/bin/python3 -c "print(f'{$1/$2:.2f}×')"; }
echo "| \`mptcpctl --json status\` (NM, 3 active connections) | $(ms "$ours") (CPU $(ms "$ours_cpu")) |" \
  "\`ip\` ×2 + \`nmcli\` ×4 $(ms "$ref") (CPU $(ms "$ref_cpu")) | $(ratio "$ours" "$ref") (CPU $(ratio "$ours_cpu" "$ref_cpu")) | ≤ 0.3× |"
