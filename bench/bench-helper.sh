#!/usr/bin/env bash
# The privileged helper's cost: an unauthorised read (GetState) and an authorised
# SetLimits (polkit asked every time) as in-process round trips, measured with the
# helper's own test client in batch mode (one process, N calls), and mptcpctl changing
# a limit through the helper as a whole process; against `ip mptcp limits set/show` as
# processes (root, direct netlink). The helper is activated by a private system bus
# with a real polkitd in a sandbox (tests/sandbox), as in the helper's tests.
# Prints Markdown rows `| op | ours | reference | ratio | goal |`.
# Usage: bench/bench-helper.sh BUILD_DIR   (root: uses network namespaces)
set -euo pipefail
build=$(cd "${1:?usage: $0 BUILD_DIR}" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
src=$here/..
sandbox=$src/tests/sandbox/sandbox.sh
ctl=$build/app/mptcpctl/mptcpctl
helper=$build/app/helper/mptcp-settings-helper
client=$(find "$build/tests/helper" -name helper-test-client -type f -perm -u+x 2>/dev/null | head -n1)
if [ ! -x "$ctl" ] || [ ! -x "$helper" ] || [ -z "$client" ] || ! command -v hyperfine >/dev/null; then
  echo "bench-helper: mptcpctl, mptcp-settings-helper, helper-test-client or hyperfine missing; skipped" >&2
  exit 0
fi

id=bhp$$
tmp=$(mktemp -d)
chmod 755 "$tmp"
cleanup() {
  bash "$sandbox" down --id "$id" >/dev/null 2>&1 || true
  rm -rf "$tmp"
}
trap cleanup EXIT

mkdir -p "$tmp/actions" "$tmp/rules" "$tmp/policy" "$tmp/services"
cp "$src/dbus/org.mptcp.settings.policy" "$tmp/actions/"
cp "$src/dbus/org.mptcp.Settings.Helper1.conf" "$tmp/policy/"
# uid 1 ("daemon") may do everything the helper offers; root always may.
cat >"$tmp/rules/50-bench.rules" <<'RULES'
polkit.addRule(function(action, subject) {
    if (action.id.indexOf("org.mptcp.settings.") == 0 && subject.user == "daemon")
        return polkit.Result.YES;
});
RULES
printf '[D-BUS Service]\nName=org.mptcp.Settings.Helper1\nExec=%s --idle-timeout 300\nUser=root\n' "$helper" \
  >"$tmp/services/org.mptcp.Settings.Helper1.service"
bash "$sandbox" up --id "$id" --no-nm --links veth0:0 --polkit-actions "$tmp/actions" --polkit-rules "$tmp/rules" \
  --dbus-policy "$tmp/policy" --dbus-services "$tmp/services" >"$tmp/env"
set -a
. "$tmp/env"
set +a
as_daemon=(setpriv --reuid=1 --regid=1 --clear-groups)

# Wall nanoseconds of one helper-test-client batch process making N times the same call.
batch_ns() { # N LINE [COMMAND PREFIX...]
  local n=$1 line=$2 start end i
  shift 2
  start=$(date +%s%N)
  for ((i = 0; i < n; i++)); do echo "$line"; done | "$@" "$client" batch >"$tmp/batch.out"
  end=$(date +%s%N)
  if grep -qv '^OK' "$tmp/batch.out"; then
    echo "bench-helper: \"$line\" failed: $(grep -v '^OK' "$tmp/batch.out" | head -n1)" >&2
    exit 1
  fi
  echo $((end - start))
}
# Milliseconds per call: a batch of N calls minus a batch of one, over N-1, so neither
# the client's start-up nor the helper's activation is counted.
per_call_ms() { # N LINE [COMMAND PREFIX...]
  local n=$1 line=$2 one many
  shift 2
  batch_ns 1 "$line" "$@" >/dev/null
  one=$(batch_ns 1 "$line" "$@")
  many=$(batch_ns "$n" "$line" "$@")
  /usr/bin/python3 -c "print(($many - $one) / 1e6 / ($n - 1))"
}

read_ms=$(per_call_ms 300 "state" "${as_daemon[@]}")
set_ms=$(per_call_ms 100 "set-limits 4 1" "${as_daemon[@]}")

# Whole processes inside the sandbox's namespace: mptcpctl as uid 1 (GetState + SetLimits
# through the helper, polkit included) and ip(8) as root (direct netlink).
bash "$sandbox" exec --id "$id" -- hyperfine -N --warmup 5 --runs 60 --export-json "$tmp/procs.json" \
  "ip mptcp limits show" \
  "ip mptcp limits set subflows 4 add_addr_accepted 1" \
  "${as_daemon[*]} $ctl limits set subflows 4" \
  "$ctl limits set subflows 4" >/dev/null 2>"$tmp/hyperfine.err" || { cat "$tmp/hyperfine.err" >&2; exit 1; }
mapfile -t t < <(/usr/bin/python3 -c "
import json
for r in json.load(open('$tmp/procs.json'))['results']: print(r['mean']*1000)")
ms() { /usr/bin/python3 -c "print(f'{$1:.2f} ms')"; }
ratio() { /usr/bin/python3 -c "print(f'{$1/$2:.2f}×')"; }
echo "| helper \`GetState\` round trip (in-process, unprivileged) | $(ms "$read_ms") | \`ip mptcp limits show\` process $(ms "${t[0]}") | $(ratio "$read_ms" "${t[0]}") | report |"
echo "| helper \`SetLimits\` round trip incl. polkit (in-process, uid 1) | $(ms "$set_ms") | \`ip mptcp limits set\` process $(ms "${t[1]}") | $(ratio "$set_ms" "${t[1]}") | report |"
echo "| \`mptcpctl limits set subflows 4\` as uid 1 through the helper (process) | $(ms "${t[2]}") | \`ip mptcp limits set\` as root $(ms "${t[1]}") | $(ratio "${t[2]}" "${t[1]}") | report |"
echo "| \`mptcpctl limits set subflows 4\` as root, direct (process) | $(ms "${t[3]}") | \`ip mptcp limits set\` as root $(ms "${t[1]}") | $(ratio "${t[3]}" "${t[1]}") | report |"
