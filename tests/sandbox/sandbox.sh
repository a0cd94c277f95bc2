#!/bin/bash
# A throw-away sandbox for tests: a private "system" D-Bus, a real polkitd and
# (optionally) a real NetworkManager, all living in a fresh network namespace
# plus a private mount namespace, with veth uplinks whose peers sit in a
# "router" namespace. Nothing on the host (/etc, /run, /var, interfaces,
# routes, sysctls) is touched. Needs root. See tests/sandbox/README.md.
#
#   sandbox.sh up [OPTIONS]        print KEY=value lines (also in $STATE/env)
#   sandbox.sh down   [--id ID | --state DIR]
#   sandbox.sh status [--id ID | --state DIR]
#   sandbox.sh exec   [--id ID | --state DIR] [--] CMD [ARGS...]
#   sandbox.sh keyfile NAME IFACE [KEYFILE OPTIONS]   print a NM keyfile
#   sandbox.sh gc [ID...]          remove instances whose sandbox shell died, and
#                                  namespaces of instances that have no state left
set -euo pipefail

readonly SELF=$(readlink -f "${BASH_SOURCE[0]}")
readonly NS_PREFIX=mptcp-sb-
readonly SERVER4=198.51.100.1
readonly SERVER6=2001:db8:ffff::1
readonly DAEMON_PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
# In the environment of the daemons (and so of all they start), never of clients:
# how `down` finds an instance's processes wherever they went.
readonly DAEMON_MARK=MPTCP_SANDBOX_DAEMON

die() { echo "sandbox: $*" >&2; exit 1; }
# `up` must stay fast: every fork costs several ms, so loops use builtins only.
nap() {
    [ -n "${NAP_FD:-}" ] || exec {NAP_FD}<> <(:)
    read -r -t "$1" -u "$NAP_FD" _ || true
}
note() { [ "${SANDBOX_QUIET:-0}" = 1 ] || echo "sandbox: $*" >&2; }
now_ms() { local t=${EPOCHREALTIME/./}; echo $((t / 1000)); }

usage() {
    sed -n '/^#   sandbox.sh/p' "$SELF" | sed 's/^#  //' >&2
    cat >&2 <<'EOF'

up options:
  --id ID                 instance id ([A-Za-z0-9_-], max 20; default $SANDBOX_ID or generated)
  --state DIR             state directory (default /tmp/mptcp-sandbox-ID)
  --no-nm                 only dbus-daemon + polkitd (no NetworkManager); the links
                          then get 10.0.N.2/24 + 2001:db8:N::2/64 statically, no routes
  --no-polkit             no polkitd
  --mptcp-sysctl 0|1      net.mptcp.enabled in the device netns (default 1)
  --links SPEC            uplinks: comma-separated IFACE[:N], N = subnet number 0-254
                          (device side 10.0.N.2/24 + 2001:db8:N::2/64 by convention,
                          router side rtN with 10.0.N.1/24 + 2001:db8:N::1/64);
                          default "veth0:0,veth1:1"; "none" for no links
  --connections DIR       install DIR/*.nmconnection (0600 root); repeatable.
                          Without it, each link gets a default profile "sb-IFACE".
  --nm-conf-d DIR         extra NetworkManager conf.d/*.conf drop-ins; repeatable
  --nm-log LEVEL          NetworkManager log level (default INFO)
  --polkit-actions DIR    extra *.policy files (added to a copy of the host's); repeatable
  --polkit-rules DIR      *.rules files for /etc/polkit-1/rules.d; repeatable
  --dbus-policy DIR       extra system bus policy *.conf files; repeatable
  --dbus-services DIR     system bus activation *.service files; repeatable
                          (activated services run as root inside the sandbox)
  --daemon-env KEY=VALUE  extra environment for the daemons and activated services; repeatable
  --wait IFACES           comma-separated devices that must be "connected" (default: every
                          link named by an autoconnect profile); "none" to not wait
  --timeout SECONDS       how long to wait for polkitd/NM (default 20)

keyfile options (IFACE "" = profile not pinned to an interface):
  --subnet N              shorthand: --ipv4 10.0.N.2/24 --gw4 10.0.N.1
                          --ipv6 2001:db8:N::2/64 --gw6 2001:db8:N::1
  --ipv4 ADDR/P  --ipv6 ADDR/P (repeatable)   --gw4 GW  --gw6 GW   --no-gw
  --metric N              route-metric for both families
  --route-table N         ipv4.route-table and ipv6.route-table
  --never-default4 --never-default6
  --mptcp-flags N         connection.mptcp-flags (number)
  --uuid UUID  --autoconnect yes|no  --type TYPE (default ethernet)
  --set SECTION.KEY=VALUE any other keyfile entry; repeatable
EOF
    exit 2
}

# ---------------------------------------------------------------------------
# locating an instance

# sets ID/STATE from --id/--state or $SANDBOX_ID/$SANDBOX_STATE
resolve_instance() {
    if [ -z "${STATE:-}" ] && [ -n "${ID:-}" ]; then STATE=/tmp/mptcp-sandbox-$ID; fi
    if [ -z "${STATE:-}" ] && [ -n "${SANDBOX_STATE:-}" ]; then STATE=$SANDBOX_STATE; fi
    if [ -z "${STATE:-}" ] && [ -n "${SANDBOX_ID:-}" ]; then STATE=/tmp/mptcp-sandbox-$SANDBOX_ID; fi
    [ -n "${STATE:-}" ] || die "which sandbox? give --id ID or --state DIR (or set SANDBOX_ID/SANDBOX_STATE)"
    STATE=$(readlink -m "$STATE")
    if [ -z "${ID:-}" ] && [ -s "$STATE/id" ]; then ID=$(<"$STATE/id"); fi
}

set_names() {
    NETNS=${NS_PREFIX}$ID-dev
    ROUTER_NETNS=${NS_PREFIX}$ID-rt
    # the sandbox's /run is $STATE/run, so the socket is where clients expect it
    BUS_SOCKET=$STATE/run/dbus/system_bus_socket
}

# A zombie still has /proc/PID, so look at the state letter, not `kill -0`.
alive() {
    local stat
    [ -n "$1" ] && read -r stat 2>/dev/null <"/proc/$1/stat" || return 1
    stat=${stat##*) }
    [ "${stat:0:1}" != Z ] && [ "${stat:0:1}" != X ]
}

pidfile_pid() { # NAME VAR
    local -n out=$2
    out=""
    [ -s "$STATE/$1.pid" ] && read -r out <"$STATE/$1.pid"
    return 0
}

wait_dead() { # pid, tries of 20 ms
    local i
    for ((i = 0; i < $2; i++)); do alive "$1" || return 0; nap 0.02; done
    return 1
}

kill_pid() { # pid, label
    alive "$1" || return 0
    kill -TERM "$1" 2>/dev/null || true
    wait_dead "$1" 150 && return 0
    note "$2 (pid $1) ignored SIGTERM, sending SIGKILL"
    kill -KILL "$1" 2>/dev/null || true
    wait_dead "$1" 100 || note "$2 (pid $1) is still alive"
}

# ---------------------------------------------------------------------------
# down

# Every process the sandbox may have started, by PID: the members of its two network
# namespaces (daemons, `exec`, whatever a caller such as lab.sh put there) and every
# process carrying the sandbox's mark in its environment (DAEMON_MARK, which the
# daemons pass on to what they start: activated services even after they left the
# namespaces). Never this script or its ancestors. NETNS, ROUTER_NETNS, ID: set_names.
sandbox_pids() {
    local -A keep=()
    local pid line rest d joined
    local -a vars
    pid=$BASHPID
    while [ -n "$pid" ] && [ "$pid" != 0 ]; do
        keep[$pid]=1
        line=""
        read -r line 2>/dev/null <"/proc/$pid/stat" || break
        rest=${line##*) } # "STATE PPID ..."
        rest=${rest#* }
        pid=${rest%% *}
    done
    # One pass over /proc with builtins only (`ip netns pids` and grep take 100+ ms each).
    for d in /proc/[0-9]*; do
        pid=${d#/proc/}
        [ -z "${keep[$pid]:-}" ] || continue
        if [ "$d/ns/net" -ef "/run/netns/$NETNS" ] || [ "$d/ns/net" -ef "/run/netns/$ROUTER_NETNS" ]; then
            echo "$pid"
            continue
        fi
        # environ is NUL-separated; a zombie's is empty
        mapfile -t -d '' vars 2>/dev/null <"$d/environ" || continue
        printf -v joined '\n%s' "${vars[@]}"
        joined+=$'\n'
        [[ $joined == *$'\n'"$DAEMON_MARK=$ID"$'\n'* ]] && echo "$pid"
    done
    return 0
}

# SIGTERM to all, then SIGKILL to whoever is still there after $2 tries of 20 ms.
stop_all() { # "PID..." tries label
    local pid
    local -a pids
    read -r -a pids <<<"$1"
    [ ${#pids[@]} -gt 0 ] || return 0
    kill -TERM "${pids[@]}" 2>/dev/null || true
    for pid in "${pids[@]}"; do
        wait_dead "$pid" "$2" && continue
        note "$3 (pid $pid) ignored SIGTERM, sending SIGKILL"
        kill -KILL "$pid" 2>/dev/null || true
        wait_dead "$pid" 100 || note "$3 (pid $pid) is still alive"
    done
}

teardown() {
    set_names
    local inner dbus p pid round
    local -a others=()
    pidfile_pid inner inner
    pidfile_pid dbus dbus
    # NM first (it talks to polkitd and dbus), dbus last. The inner shell is their
    # parent: it must outlive them to reap them, or they become zombies of PID 1.
    for p in nm polkitd; do
        pidfile_pid "$p" pid
        [ -n "$pid" ] && kill_pid "$pid" "$p"
    done
    # Whatever else runs was started by us: `exec`, activated services (while their
    # bus is still there), a caller's processes in the namespaces, leftovers.
    for pid in $(sandbox_pids); do
        [ "$pid" = "$inner" ] || [ "$pid" = "$dbus" ] || others+=("$pid")
    done
    stop_all "${others[*]}" 150 "process of sandbox $ID"
    [ -n "$dbus" ] && kill_pid "$dbus" dbus
    if [ -n "$inner" ]; then
        wait_dead "$inner" 100 || kill_pid "$inner" "sandbox shell"
    fi
    # A service activated while the others were stopped, or a child that outlived its
    # parent: sweep until nothing of the sandbox runs (the bus is gone, so nothing new
    # can be started in there).
    for round in 1 2 3 4 5; do
        others=()
        for pid in $(sandbox_pids); do alive "$pid" && others+=("$pid"); done
        [ ${#others[@]} -gt 0 ] || break
        note "sweep $round: stopping ${others[*]}"
        stop_all "${others[*]}" 50 "process of sandbox $ID"
    done
    # On SIGTERM NM leaves addresses and MPTCP endpoints behind: deleting the
    # namespaces is what really cleans up.
    ip netns del "$NETNS" 2>/dev/null || true
    ip netns del "$ROUTER_NETNS" 2>/dev/null || true
    rm -rf "$STATE"
}

verify_gone() { # "name:pid" pairs
    local left="" entry line
    for entry in "$@"; do
        alive "${entry#*:}" && left+=" $entry"
    done
    [ -e "/run/netns/$NETNS" ] && left+=" netns:$NETNS"
    [ -e "/run/netns/$ROUTER_NETNS" ] && left+=" netns:$ROUTER_NETNS"
    while IFS= read -r line; do
        [[ $line == *"$NS_PREFIX$ID-"* || $line == *" $STATE/"* ]] && { left+=" mounts"; break; }
    done </proc/self/mountinfo
    [ -e "$STATE" ] && left+=" state:$STATE"
    [ -z "$left" ] || { echo "sandbox: left behind:$left" >&2; return 1; }
}

cmd_down() {
    while [ $# -gt 0 ]; do
        case $1 in
            --id) ID=$2; shift 2 ;;
            --state) STATE=$2; shift 2 ;;
            *) usage ;;
        esac
    done
    resolve_instance
    [ -n "${ID:-}" ] || { [ -e "$STATE" ] || exit 0; die "$STATE is not a sandbox state dir"; }
    local -a pids=()
    local p pid
    for p in inner nm polkitd dbus; do
        pid=""
        [ -s "$STATE/$p.pid" ] && read -r pid <"$STATE/$p.pid"
        [ -n "$pid" ] && pids+=("$p:$pid")
    done
    set_names
    for pid in $(sandbox_pids); do pids+=("process:$pid"); done
    teardown
    verify_gone "${pids[@]}"
}

# Removes instances left behind by a crashed test: those in /tmp whose sandbox
# shell is dead. One still coming up (no env yet, younger than a minute) is spared.
cmd_gc() {
    local dir inner now age rc=0 only=" $* "
    now=${EPOCHSECONDS}
    for dir in /tmp/mptcp-sandbox-*/; do
        dir=${dir%/}
        [ -s "$dir/id" ] || continue
        [ $# -eq 0 ] || [[ $only == *" ${dir#/tmp/mptcp-sandbox-} "* ]] || continue
        STATE=$dir
        pidfile_pid inner inner
        [ -n "$inner" ] && alive "$inner" && continue
        age=$((now - $(stat -c %Y "$dir")))
        [ -s "$dir/env" ] || [ "$age" -gt 60 ] || continue
        read -r ID <"$dir/id"
        echo "sandbox: removing stale instance $ID ($dir)" >&2
        ( cmd_down --state "$dir" ) || rc=1
    done
    # Namespaces left without a state dir (a run killed in the middle of `down`, or of
    # `up` before it wrote one): spared while anything runs in the instance's device
    # netns or while it is younger than a minute (it may be coming up;
    # SANDBOX_GC_MIN_AGE=seconds changes that, for tests).
    local f ns id made
    local -A done_ids=()
    for f in /run/netns/"$NS_PREFIX"*; do
        [ -e "$f" ] || continue
        ns=${f#/run/netns/}
        id=${ns#"$NS_PREFIX"}
        case $id in *-dev) id=${id%-dev} ;; *-rt) id=${id%-rt} ;; *) continue ;; esac
        [ -z "${done_ids[$id]:-}" ] || continue
        done_ids[$id]=1
        [ $# -eq 0 ] || [[ $only == *" $id "* ]] || continue
        [ -e "/tmp/mptcp-sandbox-$id" ] && continue
        if [ -e "/run/netns/$NS_PREFIX$id-dev" ]; then
            [ -z "$(ip netns pids "$NS_PREFIX$id-dev" 2>/dev/null)" ] || continue
        fi
        made=$(stat -c %Y "$f")
        [ $((now - made)) -ge "${SANDBOX_GC_MIN_AGE:-60}" ] || continue
        echo "sandbox: removing orphaned namespaces of instance $id" >&2
        # e.g. lab.sh's server in the router netns, or an activated service elsewhere
        ID=$id STATE=/tmp/mptcp-sandbox-$id
        set_names
        stop_all "$(sandbox_pids | tr '\n' ' ')" 50 "process of instance $id"
        ip netns del "$NETNS" 2>/dev/null || true
        ip netns del "$ROUTER_NETNS" 2>/dev/null || true
        [ ! -e "/run/netns/$NETNS" ] && [ ! -e "/run/netns/$ROUTER_NETNS" ] || rc=1
    done
    return $rc
}

# ---------------------------------------------------------------------------
# status / exec

cmd_status() {
    while [ $# -gt 0 ]; do
        case $1 in
            --id) ID=$2; shift 2 ;;
            --state) STATE=$2; shift 2 ;;
            *) usage ;;
        esac
    done
    resolve_instance
    [ -s "$STATE/env" ] || { echo "down"; return 1; }
    set_names
    local p pid rc=0
    echo "state=$STATE id=$ID netns=$NETNS router=$ROUTER_NETNS"
    for p in inner dbus polkitd nm; do
        pidfile_pid "$p" pid
        [ -n "$pid" ] || continue
        if alive "$pid"; then echo "$p pid $pid running"; else echo "$p pid $pid DEAD"; rc=1; fi
    done
    if [ -s "$STATE/nm.pid" ]; then
        DBUS_SYSTEM_BUS_ADDRESS=unix:path=$BUS_SOCKET nmcli -t -f DEVICE,STATE,CONNECTION device 2>&1 || rc=1
    fi
    return $rc
}

cmd_exec() {
    while [ $# -gt 0 ]; do
        case $1 in
            --id) ID=$2; shift 2 ;;
            --state) STATE=$2; shift 2 ;;
            --) shift; break ;;
            *) break ;;
        esac
    done
    [ $# -gt 0 ] || usage
    resolve_instance
    set_names
    local inner
    pidfile_pid inner inner
    [ -n "$inner" ] && alive "$inner" || die "sandbox at $STATE is not up"
    # The sandbox shell's namespaces: the device netns and the private mounts
    # (/run with the bus socket, /etc/NetworkManager, polkit dirs).
    exec nsenter --target "$inner" --net --mount --wd="$PWD" -- \
        env DBUS_SYSTEM_BUS_ADDRESS=unix:path=/run/dbus/system_bus_socket \
        SANDBOX_ID="$ID" SANDBOX_STATE="$STATE" "$@"
}

# ---------------------------------------------------------------------------
# keyfile generator

cmd_keyfile() {
    [ $# -ge 2 ] || usage
    local name=$1 iface=$2
    shift 2
    local -a v4=() v6=() extra=()
    local gw4="" gw6="" nogw=0 metric="" table="" nd4=0 nd6=0 flags="" uuid="" auto=true type=ethernet
    while [ $# -gt 0 ]; do
        case $1 in
            --subnet) [[ $2 =~ ^[0-9]+$ ]] || die "--subnet wants a number"
                      v4+=("10.0.$2.2/24"); v6+=("2001:db8:$2::2/64")
                      gw4=${gw4:-10.0.$2.1}; gw6=${gw6:-2001:db8:$2::1}; shift 2 ;;
            --ipv4) v4+=("$2"); shift 2 ;;
            --ipv6) v6+=("$2"); shift 2 ;;
            --gw4) gw4=$2; shift 2 ;;
            --gw6) gw6=$2; shift 2 ;;
            --no-gw) nogw=1; shift ;;
            --metric) metric=$2; shift 2 ;;
            --route-table) table=$2; shift 2 ;;
            --never-default4) nd4=1; shift ;;
            --never-default6) nd6=1; shift ;;
            --mptcp-flags) flags=$2; shift 2 ;;
            --uuid) uuid=$2; shift 2 ;;
            --autoconnect) case $2 in
                               yes|true|1) auto=true ;;
                               no|false|0) auto=false ;;
                               *) die "--autoconnect wants yes or no" ;;
                           esac
                           shift 2 ;;
            --type) type=$2; shift 2 ;;
            --set) [[ $2 =~ ^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+=.*$ ]] || die "--set wants SECTION.KEY=VALUE"
                   extra+=("$2"); shift 2 ;;
            *) die "keyfile: unknown option $1" ;;
        esac
    done
    if [ "$nogw" = 1 ]; then gw4=""; gw6=""; fi
    # Stable per name, so a test can refer to the profile by UUID too.
    if [ -z "$uuid" ]; then
        local h
        h=$(printf '%s' "$name" | md5sum)
        uuid="${h:0:8}-${h:8:4}-4${h:13:3}-8${h:17:3}-${h:20:12}"
    fi
    local -A sections=()
    local -a order=(connection "$type" ipv4 ipv6)
    sections[connection]="id=$name"$'\n'"uuid=$uuid"$'\n'"type=$type"$'\n'"autoconnect=$auto"
    [ -n "$iface" ] && sections[connection]+=$'\n'"interface-name=$iface"
    [ -n "$flags" ] && sections[connection]+=$'\n'"mptcp-flags=$flags"
    sections[$type]=""
    local fam body i addrs gw nd
    for fam in 4 6; do
        if [ $fam = 4 ]; then addrs=("${v4[@]}"); gw=$gw4; nd=$nd4; else addrs=("${v6[@]}"); gw=$gw6; nd=$nd6; fi
        if [ ${#addrs[@]} -eq 0 ]; then
            body="method=disabled"
        else
            body="method=manual"
            [ $fam = 6 ] && body+=$'\n'"addr-gen-mode=eui64"
            for i in "${!addrs[@]}"; do body+=$'\n'"address$((i + 1))=${addrs[$i]}"; done
            [ -n "$gw" ] && body+=$'\n'"gateway=$gw"
            [ -n "$metric" ] && body+=$'\n'"route-metric=$metric"
            [ -n "$table" ] && body+=$'\n'"route-table=$table"
            [ "$nd" = 1 ] && body+=$'\n'"never-default=true"
        fi
        sections[ipv$fam]=$body
    done
    local e sec kv
    for e in "${extra[@]}"; do
        sec=${e%%.*}; kv=${e#*.}
        if [ -z "${sections[$sec]+x}" ]; then order+=("$sec"); sections[$sec]=$kv
        elif [ -z "${sections[$sec]}" ]; then sections[$sec]=$kv
        else sections[$sec]+=$'\n'"$kv"; fi
    done
    local first=1
    for sec in "${order[@]}"; do
        [ $first = 1 ] || echo
        first=0
        echo "[$sec]"
        [ -n "${sections[$sec]}" ] && echo "${sections[$sec]}"
    done
}

# ---------------------------------------------------------------------------
# the sandbox shell: runs in the device netns and a private mount namespace

cmd_inner() {
    STATE=$1
    read -r ID <"$STATE/id"
    set_names
    local with_nm with_polkit nmlog sysctl
    read -r with_nm with_polkit nmlog sysctl <"$STATE/options"
    # /proc/sys/net belongs to the netns of whoever opens it: this is the device netns.
    echo "$sysctl" >/proc/sys/net/mptcp/enabled
    # The copied mount table still holds every /run/netns/* bind mount of the
    # host; keeping them would pin other sandboxes' namespaces alive until we go.
    umount --recursive --lazy /run/netns 2>/dev/null || true
    # one `mount` run for the whole layout (see write_fstab)
    mount --all --fstab "$STATE/fstab"

    dbus-daemon --config-file="$STATE/dbus-system.conf" --nofork --nopidfile \
        --print-address=3 3>"$STATE/bus.ready" </dev/null >"$STATE/logs/dbus.log" 2>&1 &
    echo $! >"$STATE/dbus.pid"
    # dbus-daemon prints its address once it listens; polkitd and NM need the bus.
    local i
    for ((i = 0; i < 1000; i++)); do
        [ -s "$STATE/bus.ready" ] && break
        nap 0.005
    done
    if [ "$with_polkit" = 1 ]; then
        # polkitd must start as root; it drops to user polkitd by itself.
        /usr/lib/polkit-1/polkitd </dev/null >"$STATE/logs/polkitd.log" 2>&1 &
        echo $! >"$STATE/polkitd.pid"
    fi
    if [ "$with_nm" = 1 ]; then
        NetworkManager --no-daemon --debug --log-level="$nmlog" </dev/null >"$STATE/logs/nm.log" 2>&1 &
        echo $! >"$STATE/nm.pid"
    fi
    echo ok >"$STATE/inner.ready"
    wait
}

# ---------------------------------------------------------------------------
# up

# The sandbox's mount layout, applied by the sandbox shell in its own mount namespace.
write_fstab() {
    local f=$STATE/fstab
    {
        echo "# mounts of sandbox $ID (private mount namespace only)"
        # sysfs of the device netns, read-only: NM uses udev whenever /sys is
        # writable, and without udevd every link would stay unmanaged.
        echo "${NS_PREFIX}$ID-sys /sys sysfs ro,nosuid,nodev,noexec 0 0"
        echo "$STATE/run /run none bind 0 0"
        echo "$STATE/nm-lib /var/lib/NetworkManager none bind 0 0"
        echo "$STATE/etc-nm /etc/NetworkManager none bind 0 0"
        echo "$STATE/polkit-etc /etc/polkit-1 none bind 0 0"
        echo "$STATE/polkit-usr /usr/share/polkit-1 none bind 0 0"
        # packaged NM defaults would make the sandbox depend on the host's packages
        local packaged=(/usr/lib/NetworkManager/conf.d/*)
        if [ -e "${packaged[0]}" ]; then
            echo "$STATE/nm-lib-conf.d /usr/lib/NetworkManager/conf.d none bind 0 0"
        fi
    } >"$f"
}

copy_files() { # glob-suffix dest mode dirs...
    local suffix=$1 dest=$2 mode=$3 d f
    shift 3
    for d in "$@"; do
        [ -d "$d" ] || die "not a directory: $d"
        for f in "$d"/*"$suffix"; do
            [ -e "$f" ] || continue
            install -o root -g root -m "$mode" "$f" "$dest/"
        done
    done
}

fail_up() {
    local rc=$?
    trap - EXIT ERR
    [ $rc -eq 0 ] && return
    echo "sandbox: up failed; cleaning up $STATE" >&2
    local f
    for f in "$STATE"/logs/*.log; do
        [ -s "$f" ] || continue
        echo "---- tail of $(basename "$f")" >&2
        tail -n 25 "$f" >&2
    done
    teardown 2>/dev/null || true
    exit $rc
}

check_root_and_tools() {
    [ "$EUID" = 0 ] || die "needs root (network + mount namespaces)"
    local t
    for t in ip nsenter unshare setsid dbus-daemon gdbus mount md5sum; do
        command -v "$t" >/dev/null || die "$t not found"
    done
    [ "$1" = 0 ] || [ -x /usr/lib/polkit-1/polkitd ] || die "/usr/lib/polkit-1/polkitd not found"
    [ "$2" = 0 ] || { command -v NetworkManager >/dev/null && command -v nmcli >/dev/null; } ||
        die "NetworkManager/nmcli not found"
}

cmd_up() {
    local with_nm=1 with_polkit=1 sysctl=1 links="veth0:0,veth1:1" waitspec="" timeout=20 nmlog=INFO
    local -a conn_dirs=() nmconf_dirs=() act_dirs=() rule_dirs=() pol_dirs=() svc_dirs=() denv=()
    local have_conns=0
    while [ $# -gt 0 ]; do
        case $1 in
            --id) ID=$2; shift 2 ;;
            --state) STATE=$2; shift 2 ;;
            --no-nm) with_nm=0; shift ;;
            --no-polkit) with_polkit=0; shift ;;
            --mptcp-sysctl) [[ $2 =~ ^[01]$ ]] || die "--mptcp-sysctl wants 0 or 1"; sysctl=$2; shift 2 ;;
            --links) links=$2; shift 2 ;;
            --connections) conn_dirs+=("$2"); have_conns=1; shift 2 ;;
            --nm-conf-d) nmconf_dirs+=("$2"); shift 2 ;;
            --nm-log) nmlog=$2; shift 2 ;;
            --polkit-actions) act_dirs+=("$2"); shift 2 ;;
            --polkit-rules) rule_dirs+=("$2"); shift 2 ;;
            --dbus-policy) pol_dirs+=("$2"); shift 2 ;;
            --dbus-services) svc_dirs+=("$2"); shift 2 ;;
            --daemon-env) [[ $2 == *=* ]] || die "--daemon-env wants KEY=VALUE"; denv+=("$2"); shift 2 ;;
            --wait) waitspec=$2; shift 2 ;;
            --timeout) timeout=$2; shift 2 ;;
            -h|--help) usage ;;
            *) die "up: unknown option $1" ;;
        esac
    done
    check_root_and_tools "$with_polkit" "$with_nm"
    if [ -z "${ID:-}" ]; then ID=${SANDBOX_ID:-$(printf '%x%04x' $$ $((RANDOM)))}; fi
    [[ $ID =~ ^[A-Za-z0-9_-]{1,20}$ ]] || die "bad id '$ID' ([A-Za-z0-9_-], max 20 chars)"
    STATE=$(readlink -m "${STATE:-/tmp/mptcp-sandbox-$ID}")
    # The path ends up in a D-Bus address and a sockaddr_un (108 bytes).
    [[ $STATE =~ ^[A-Za-z0-9_./-]+$ ]] || die "state dir path may only contain [A-Za-z0-9_./-]"
    [ ${#STATE} -le 80 ] || die "state dir path too long for a unix socket: $STATE"
    set_names
    [ ! -e "$STATE" ] || die "$STATE exists: is sandbox $ID already up? (sandbox.sh down --state $STATE)"
    [ ! -e "/run/netns/$NETNS" ] || die "netns $NETNS exists already"

    # parse the links: IFACE[:N]
    local -a ifaces=() nets=()
    local spec i n seen=" "
    if [ "$links" != none ] && [ -n "$links" ]; then
        i=0
        IFS=, read -r -a specs <<<"$links"
        for spec in "${specs[@]}"; do
            local ifn=${spec%%:*}
            n=$i
            [[ $spec == *:* ]] && n=${spec#*:}
            [[ $ifn =~ ^[A-Za-z0-9_.-]{1,15}$ ]] || die "bad interface name '$ifn'"
            [[ $n =~ ^[0-9]+$ ]] && [ "$n" -le 254 ] || die "bad subnet number in '$spec'"
            [[ $seen == *" $ifn "* || $seen == *" #$n "* ]] && die "duplicate interface or subnet in '$links'"
            seen+="$ifn #$n "
            ifaces+=("$ifn"); nets+=("$n")
            i=$((i + 1))
        done
    fi

    local t0 p pid line
    t0=$(now_ms)
    mkdir -m 0755 "$STATE" || die "cannot create $STATE"
    trap fail_up EXIT
    trap 'echo "sandbox: line $LINENO failed: $BASH_COMMAND" >&2' ERR
    echo "$ID" >"$STATE/id"
    # polkit-usr: a copy of the packaged actions and rules, plus the test's
    cp -a /usr/share/polkit-1 "$STATE/polkit-usr"
    mkdir -p "$STATE/logs" "$STATE/etc-nm/conf.d" "$STATE/etc-nm/system-connections" \
        "$STATE/polkit-etc/rules.d" "$STATE/dbus-system.d" "$STATE/dbus-services" \
        "$STATE/run/dbus" "$STATE/run/NetworkManager" "$STATE/nm-lib" "$STATE/nm-lib-conf.d"
    write_fstab
    echo "$with_nm $with_polkit $nmlog $sysctl" >"$STATE/options"

    # --- NetworkManager configuration
    local unmanaged="" ifn auth_polkit=root-only
    [ "$with_polkit" = 1 ] && auth_polkit=true
    for ifn in "${ifaces[@]}"; do unmanaged+="${unmanaged:+,}except:interface-name:=$ifn"; done
    # NM would manage nothing but listed links; with no links, manage nothing.
    [ -n "$unmanaged" ] || unmanaged="*"
    local text
    read -r -d '' text <<EOF || true
# Generated by tests/sandbox/sandbox.sh for sandbox $ID
[main]
plugins=keyfile
dns=none
rc-manager=unmanaged
systemd-resolved=false
hostname-mode=none
no-auto-default=*
auth-polkit=$auth_polkit

[keyfile]
unmanaged-devices=$unmanaged

[connectivity]
enabled=false
EOF
    echo "$text" >"$STATE/etc-nm/NetworkManager.conf"
    copy_files .conf "$STATE/etc-nm/conf.d" 0644 "${nmconf_dirs[@]}"
    if [ "$have_conns" = 1 ]; then
        copy_files .nmconnection "$STATE/etc-nm/system-connections" 0600 "${conn_dirs[@]}"
    else
        local uuid oldmask
        oldmask=$(umask)
        umask 077 # NM ignores keyfiles that others can read
        for i in "${!ifaces[@]}"; do
            read -r uuid </proc/sys/kernel/random/uuid
            cmd_keyfile "sb-${ifaces[$i]}" "${ifaces[$i]}" --subnet "${nets[$i]}" --metric $((100 * (i + 1))) \
                --uuid "$uuid" >"$STATE/etc-nm/system-connections/sb-${ifaces[$i]}.nmconnection"
        done
        umask "$oldmask"
    fi

    # --- polkit: the test's actions next to the packaged ones; its rules are
    # the admin's (/etc/polkit-1/rules.d), which polkitd re-reads on change
    copy_files .policy "$STATE/polkit-usr/actions" 0644 "${act_dirs[@]}"
    copy_files .rules "$STATE/polkit-etc/rules.d" 0644 "${rule_dirs[@]}"

    # --- private system bus
    copy_files .conf "$STATE/dbus-system.d" 0644 "${pol_dirs[@]}"
    copy_files .service "$STATE/dbus-services" 0644 "${svc_dirs[@]}"
    read -r -d '' text <<EOF || true
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<!-- Private system bus of sandbox $ID. Runs as root with no <user> and no
     servicehelper: activated services are spawned directly, as root, inside
     the sandbox. Default-deny policy as in Debian's system.conf. -->
<busconfig>
  <type>system</type>
  <auth>EXTERNAL</auth>
  <listen>unix:path=$BUS_SOCKET</listen>
  <servicedir>$STATE/dbus-services</servicedir>
  <policy context="default">
    <allow user="*"/>
    <deny own="*"/>
    <deny send_type="method_call"/>
    <allow send_type="signal"/>
    <allow send_requested_reply="true" send_type="method_return"/>
    <allow send_requested_reply="true" send_type="error"/>
    <allow receive_type="method_call"/>
    <allow receive_type="method_return"/>
    <allow receive_type="error"/>
    <allow receive_type="signal"/>
    <allow send_destination="org.freedesktop.DBus" send_interface="org.freedesktop.DBus"/>
    <allow send_destination="org.freedesktop.DBus" send_interface="org.freedesktop.DBus.Introspectable"/>
    <allow send_destination="org.freedesktop.DBus" send_interface="org.freedesktop.DBus.Properties"/>
    <allow send_destination="org.freedesktop.DBus" send_interface="org.freedesktop.DBus.Peer"/>
    <deny send_destination="org.freedesktop.DBus" send_interface="org.freedesktop.DBus" send_member="UpdateActivationEnvironment"/>
    <deny send_destination="org.freedesktop.DBus" send_interface="org.freedesktop.systemd1.Activator"/>
  </policy>
  <policy user="root">
    <allow send_destination="org.freedesktop.DBus" send_interface="org.freedesktop.DBus.Monitoring"/>
  </policy>
  <includedir>/usr/share/dbus-1/system.d</includedir>
  <includedir>$STATE/dbus-system.d</includedir>
</busconfig>
EOF
    echo "$text" >"$STATE/dbus-system.conf"

    # --- namespaces and links
    ip netns add "$ROUTER_NETNS"
    ip netns add "$NETNS"

    # --- daemons: started right away, the links are created meanwhile (NM picks
    # them up when they appear). Clean environment so nothing of the caller leaks in.
    local -a env=(PATH="$DAEMON_PATH" LANG=C.UTF-8 DBUS_SYSTEM_BUS_ADDRESS=unix:path=/run/dbus/system_bus_socket
        "$DAEMON_MARK=$ID")
    env+=("${denv[@]}")
    setsid env -i "${env[@]}" nsenter --net="/run/netns/$NETNS" unshare --mount --propagation private \
        "$SELF" __inner "$STATE" </dev/null >"$STATE/logs/inner.log" 2>&1 &
    echo $! >"$STATE/inner.pid"

    # the router forwards between its uplinks
    ip netns exec "$ROUTER_NETNS" sysctl -qw net.ipv4.ip_forward=1 net.ipv6.conf.all.forwarding=1 &
    local sysctl_pid=$!
    ip -n "$NETNS" link set lo up &
    local lo_pid=$!
    # everything else on the router side in one `ip` run; the "server"
    # addresses on its lo are reachable over every uplink
    local -a linkdesc=()
    local batch="link set lo up"$'\n'"addr add $SERVER4/32 dev lo"$'\n'"addr add $SERVER6/128 dev lo"
    for i in "${!ifaces[@]}"; do
        n=${nets[$i]}
        batch+=$'\n'"link add rt$n type veth peer name ${ifaces[$i]} netns $NETNS"
        batch+=$'\n'"addr add 10.0.$n.1/24 dev rt$n"
        batch+=$'\n'"addr add 2001:db8:$n::1/64 dev rt$n nodad"
        batch+=$'\n'"link set rt$n up"
        linkdesc+=("${ifaces[$i]}:$n")
    done
    ip -n "$ROUTER_NETNS" -batch - <<<"$batch"
    if [ "$with_nm" = 0 ] && [ ${#ifaces[@]} -gt 0 ]; then
        # nobody else configures the device side: give it the default profiles' addresses
        batch=""
        for i in "${!ifaces[@]}"; do
            n=${nets[$i]}
            batch+="addr add 10.0.$n.2/24 dev ${ifaces[$i]}"$'\n'
            batch+="addr add 2001:db8:$n::2/64 dev ${ifaces[$i]} nodad"$'\n'
            batch+="link set ${ifaces[$i]} up"$'\n'
        done
        ip -n "$NETNS" -batch - <<<"$batch"
    fi
    wait "$sysctl_pid" || die "cannot enable forwarding in $ROUTER_NETNS"
    wait "$lo_pid" || die "cannot bring up lo in $NETNS"

    local deadline=$(($(now_ms) + timeout * 1000))
    local inner_pid
    read -r inner_pid <"$STATE/inner.pid"
    until [ -s "$STATE/inner.ready" ]; do
        alive "$inner_pid" || die "sandbox shell died"
        [ "$(now_ms)" -lt "$deadline" ] || die "dbus-daemon did not start within ${timeout}s"
        nap 0.005
    done
    export DBUS_SYSTEM_BUS_ADDRESS=unix:path=$BUS_SOCKET
    if [ "$with_polkit" = 1 ]; then
        gdbus wait --system --timeout "$timeout" org.freedesktop.PolicyKit1 ||
            die "polkitd did not own org.freedesktop.PolicyKit1 within ${timeout}s"
    fi

    # --- wait for NM to activate the expected devices
    local -a expect=()
    if [ "$with_nm" = 1 ]; then
        if [ -z "$waitspec" ]; then
            local f dev ac line
            for f in "$STATE"/etc-nm/system-connections/*.nmconnection; do
                [ -e "$f" ] || continue
                dev="" ac=""
                while IFS= read -r line; do
                    case $line in
                        interface-name=*) dev=${dev:-${line#*=}} ;;
                        autoconnect=*) ac=${ac:-${line#*=}} ;;
                    esac
                done <"$f"
                [ -n "$dev" ] && [ "$ac" != false ] && [ "$ac" != no ] && [[ " ${ifaces[*]} " == *" $dev "* ]] &&
                    [[ " ${expect[*]} " != *" $dev "* ]] && expect+=("$dev")
            done
        elif [ "$waitspec" != none ]; then
            IFS=, read -r -a expect <<<"$waitspec"
        fi
        local out missing nm_pid
        read -r nm_pid <"$STATE/nm.pid"
        while :; do
            out=$'\n'$(nmcli -t -f DEVICE,STATE device 2>/dev/null || true)$'\n'
            missing=""
            for dev in "${expect[@]}"; do
                [[ $out == *$'\n'"$dev:connected"$'\n'* ]] || missing+=" $dev"
            done
            [ "$out" != $'\n\n' ] && [ -z "$missing" ] && break
            alive "$nm_pid" || die "NetworkManager exited"
            if [ "$(now_ms)" -ge "$deadline" ]; then
                die "NetworkManager did not activate:$missing within ${timeout}s; devices:${out//$'\n'/ }"
            fi
            nap 0.02
        done
    fi

    {
        echo "SANDBOX_ID=$ID"
        echo "SANDBOX_STATE=$STATE"
        echo "DBUS_SYSTEM_BUS_ADDRESS=unix:path=$BUS_SOCKET"
        echo "SANDBOX_NETNS=$NETNS"
        echo "SANDBOX_ROUTER_NETNS=$ROUTER_NETNS"
        echo "SANDBOX_LINKS=$(IFS=,; echo "${linkdesc[*]}")"
        echo "SANDBOX_SERVER4=$SERVER4"
        echo "SANDBOX_SERVER6=$SERVER6"
        echo "SANDBOX_POLKIT_RULES_DIR=$STATE/polkit-etc/rules.d"
        for p in inner dbus polkitd nm; do
            pid=""
            [ -s "$STATE/$p.pid" ] && read -r pid <"$STATE/$p.pid"
            echo "SANDBOX_${p^^}_PID=$pid"
        done
    } >"$STATE/env.tmp"
    mv "$STATE/env.tmp" "$STATE/env"
    trap - EXIT ERR
    note "up in $(($(now_ms) - t0)) ms (id $ID, state $STATE)"
    while IFS= read -r line; do echo "$line"; done <"$STATE/env"
}

# ---------------------------------------------------------------------------

[ $# -ge 1 ] || usage
cmd=$1
shift
case $cmd in
    up) cmd_up "$@" ;;
    down) cmd_down "$@" ;;
    status) cmd_status "$@" ;;
    gc) cmd_gc "$@" ;;
    exec) cmd_exec "$@" ;;
    keyfile) cmd_keyfile "$@" ;;
    __inner) cmd_inner "$@" ;;
    -h|--help|help) usage ;;
    *) usage ;;
esac
