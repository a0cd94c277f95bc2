#!/bin/sh
# Validates the desktop integration files of mptcp-settings with the freedesktop
# tools: desktop entry, AppStream metainfo (offline), SVG icon and man pages.
set -eu
data="$1/data"
status=0
check() {
    name="$1"; shift
    if out=$("$@" 2>&1); then
        echo "ok: $name"
    else
        echo "FAIL: $name"; echo "$out"; status=1
    fi
}
check "desktop entry" desktop-file-validate "$data/org.mptcp.Settings.desktop"
check "metainfo" appstreamcli validate --no-net "$data/org.mptcp.Settings.metainfo.xml"
check "icon is well-formed SVG" xmllint --noout "$data/icons/org.mptcp.Settings.svg"
for page in "$data/man/mptcp-settings.1" "$data/man/mptcpctl.8"; do
    # groff prints warnings (-ww) for malformed requests; any output is a failure.
    warnings=$(groff -man -ww -z "$page" 2>&1)
    if [ -n "$warnings" ]; then echo "FAIL: $page"; echo "$warnings"; status=1; else echo "ok: $page"; fi
done
# The desktop entry, metainfo and icon must agree on the application id.
grep -q '^Icon=org.mptcp.Settings$' "$data/org.mptcp.Settings.desktop" || { echo "FAIL: Icon= id"; status=1; }
grep -q '<launchable type="desktop-id">org.mptcp.Settings.desktop</launchable>' "$data/org.mptcp.Settings.metainfo.xml" \
    || { echo "FAIL: launchable id"; status=1; }
exit $status
