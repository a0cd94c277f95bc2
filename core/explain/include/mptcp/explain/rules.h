// NetworkManager's MPTCP rules, one function per rule, as pure functions of values.
// Sources are NetworkManager tags 1.40.0 .. 1.58.1; each function names the code it
// reproduces and the versions it holds for.
#pragma once

#include "mptcp/explain/snapshot.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace mptcp::explain {

// Where the flags NM uses for a device came from.
enum class FlagsSource {
    Connection,  // the profile's connection.mptcp-flags (non-zero)
    ConfSection, // a NetworkManager.conf [connection*] section with match-device=
    ConfGlobal,  // a NetworkManager.conf [connection*] section without match-device=
    BuiltIn,     // NM's compiled-in default
};

// The outcome of NM's flag resolution for one device (before the sysctl gate).
struct ResolvedFlags {
    quint32 raw = 0;            // the connection's value as stored (0 = default)
    quint32 flags = 0;          // normalised NMMptcpFlags NM works with
    FlagsSource source = FlagsSource::BuiltIn;
    QString confFile;           // for Conf*: where the default came from
    QString confSection;
    QString confValue;          // the text as written
    // A conf section matched but its value is not a number, so NM skipped it.
    std::optional<ConfDefault> ignoredConf;
    // A section whose match-device could not be evaluated for this device would give other
    // flags if it matched: the result is not known.
    std::optional<ConfDefault> undecidedConf;

    [[nodiscard]] bool disabled() const { return (flags & nmflag::Disabled) != 0; }
};

// NM ≥1.40 built-in default: enabled,subflow; ≥1.56.0 adds laminar (nm-libnm-core-utils.h _NM_MPTCP_FLAGS_DEFAULT).
quint32 builtInDefaultFlags(const NmVersion &version);

// NM ≥1.40: the flag bits a daemon of this version knows; laminar only from 1.56.0 (_NM_MPTCP_FLAGS_ALL).
quint32 knownFlags(const NmVersion &version);

// NM ≥1.40: a conf default is read with _nm_utils_ascii_str_to_int64(value, base 0, 0, G_MAXINT64),
// so only decimal/0x-hex/0-octal numbers count; anything else is "unset" (nm-config-data.c).
std::optional<qint64> parseConfFlags(const QString &text);

// NM ≥1.40: the first [connection*] section that sets the key (or has stop-match=yes) and
// matches the device decides; nullptr when none does (_match_section_infos_lookup, nm-config-data.c).
// Sections whose match is unknown (matchUnknown) count as not matching here.
const ConfDefault *lookupConfDefault(const QList<ConfDefault> &sections);

// NM ≥1.40: disabled wins alone; unknown bits cleared; enabled implied; signal+fullmesh drops
// fullmesh; subflow is NOT added (nm_mptcp_flags_normalize, nm-libnm-core-utils.c).
quint32 normalizeFlags(quint32 flags, const NmVersion &version);

// NM ≥1.40: profile value → else conf default (numbers only) → else built-in default, then
// normalised (_prop_get_connection_mptcp_flags, nm-device.c). Sections whose match is unknown
// are taken as not matching; undecidedConf names the first one that would change the result.
ResolvedFlags resolveFlags(quint32 connectionFlags, const QList<ConfDefault> &confDefaults,
                           const NmVersion &version);

// NM ≥1.40: what nmcli/libnm verify() says about a profile value; nullopt when valid
// (nm-setting-connection.c verify()).
std::optional<QString> profileFlagsProblem(quint32 flags, const NmVersion &version);

// NM: a missing /proc/sys/net/mptcp/enabled reads as -1 and was taken as "enabled" before the
// gint32 fix in 1.46.6, 1.48.16, 1.50.2 and 1.52.0 (nm-device.c, commit 9c42177d09).
bool treatsMissingSysctlAsEnabled(const NmVersion &version);

// NM ≥1.40: unless also-without-sysctl, MPTCP is disabled when net.mptcp.enabled <= 0, read at
// activation/reapply only (_prop_get_connection_mptcp_flags, nm-device.c).
bool sysctlGateOpen(quint32 resolvedFlags, const KernelState &kernel, const NmVersion &version);

// NM ≥1.40: per address family, MPTCP needs a unicast default route in the main table in THIS
// device's NM-committed config, unless also-without-default-route (_l3_commit_mptcp_af, nm-l3cfg.c).
bool defaultRouteGateOpen(quint32 resolvedFlags, const Device &device, AddressFamily family);

// NM 1.40–1.55: a VPN-plugin connection's l3 config carries no MPTCP flags (0 = disabled in
// l3cfg); from 1.56.0 the profile is honoured (nm-vpn-connection.c, commit 306f9c490b).
bool vpnHonoursMptcpFlags(const NmVersion &version);

// NM ≥1.40: endpoint flag bits sent to the kernel, 1:1 from the NM flags; laminar from 1.56.0
// (_l3_commit_mptcp_af, nm-l3cfg.c).
quint32 endpointFlagsFor(quint32 resolvedFlags, const NmVersion &version);

// NM ≥1.40: the scope NM assumes from the address itself: 127/8 and ::1 host, 169.254/16 and
// fe80::/10 link, fec0::/10 site, else universe (nm_platform_ip_address_get_scope, nm-platform.h).
// nullopt when the text is not an address.
std::optional<int> nmAddressScope(AddressFamily family, const QString &address);

// NM ≥1.40: NM adds every address of a non-loopback interface with IFA_F_NOPREFIXROUTE (l3cfg commit
// → nm_platform_ip_address_sync(WITH_NOPREFIXROUTE), nm-l3cfg.c; SLAAC in nm-ndisc.c); so on an
// interface NM has activated, an address without it was added by another tool or by the kernel.
// For readers that see the kernel's address flags but not NM's configuration.
AddressOrigin addressOriginOnActivatedDevice(const Address &address);

// NM ≥1.40: IPv6 unique local addresses fc00::/7 get no endpoint (_l3_commit_mptcp_af, nm-l3cfg.c).
bool isUniqueLocalIPv6(const QString &address);

// NM 1.50.3+ and 1.52.0+: tentative IPv6 addresses are skipped until DAD completes, then
// added by a netns watcher (_l3_commit_mptcp_af, nm-l3cfg.c, commit 2c5a51201d).
bool skipsTentativeIPv6(const NmVersion &version);

// NM ≥1.40: each device's addresses are tracked with priority 99, 98, … down to 10, per
// address family, so every device's first address wins the cap (_l3_commit_mptcp_af, nm-l3cfg.c).
int trackPriority(int indexWithinFamily);

// NM ≥1.40: NM configures at most 8 endpoints in a netns (MPTCP_PM_ADDR_MAX,
// nmp_global_tracker_sync_mptcp_addrs, nmp-global-tracker.c).
inline constexpr int NmEndpointCap = 8;

// Kernel: at most 8 endpoints per netns (MPTCP_PM_ADDR_MAX, net/mptcp/pm_netlink.c) unless the
// reader found another cap.
int kernelEndpointCap(const KernelState &kernel);

// NM ≥1.40: kernel endpoints NM never touches: with a port or without a device
// (nmp_global_tracker_sync_mptcp_addrs, nmp-global-tracker.c).
bool nmIgnoresEndpoint(const KernelEndpoint &endpoint);

// NM ≥1.40: NM relaxes only the device's own rp_filter from 1 to 2 while IPv4 MPTCP is handled;
// conf.all is never read or written (_rp_filter_update, nm-l3cfg.c).
bool nmRelaxesRpFilter(const Device &device);

// Kernel: the effective IPv4 reverse-path filter is max(conf.all, conf.<dev>) (net/ipv4/fib_frontend.c).
std::optional<int> effectiveRpFilter(const Device &device);

// Kernel: the in-kernel path manager is in use unless pm_type=1 or path_manager=userspace.
bool userspacePathManagerSelected(const KernelState &kernel);

// `ip mptcp` words for kernel endpoint flag bits, in iproute2's order; unknown bits as "0xNN".
QStringList kernelFlagWords(quint32 kernelFlags);

// nmcli nicks for NMMptcpFlags ("enabled,subflow"); "default" for 0.
QString nmFlagsText(quint32 nmFlags);

} // namespace mptcp::explain
