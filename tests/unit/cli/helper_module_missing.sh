#!/bin/sh
# mptcpctl with a broken helper-client module found first: the command says so, names
# the file, and exits 1 without output (nothing reached the helper).
set -u
ctl=${1:?usage: $0 MPTCPCTL}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
printf 'not an ELF file\n' >"$dir/mptcp-settings-helperclient.so"
MPTCP_SETTINGS_PLUGIN_DIR=$dir "$ctl" --via-helper limits set subflows 2 >"$dir/out" 2>"$dir/err"
rc=$?
cat "$dir/err"
[ "$rc" = 1 ] || { echo "exit status $rc, expected 1"; exit 1; }
[ ! -s "$dir/out" ] || { echo "unexpected output:"; cat "$dir/out"; exit 1; }
grep -q "^Error: the helper's client is not installed: $dir/mptcp-settings-helperclient.so" "$dir/err" ||
  { echo "the error does not name the broken module"; exit 1; }
