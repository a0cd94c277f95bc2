// Validation of every argument the helper accepts, as pure functions (no I/O):
// values in, a kernel-ready value or a message naming the argument out. The
// helper calls these before it asks polkit or touches anything; the fuzz test
// drives them directly.
#pragma once

#include "mptcp/helper/protocol.h"
#include "mptcp/netlink/types.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <vector>

namespace mptcp::helper {

// Kernel path manager maximum for both limits (MPTCP_PM_ADDR_MAX, net/mptcp/pm_netlink.c).
constexpr uint MaxLimit = 8;
// Endpoint ids are a u8; 0 is the initial subflow's implicit id.
constexpr uint MaxEndpointId = 255;
// Bounds that keep a request small; far above anything a host needs.
constexpr int MaxEndpointsInConfiguration = 64;
constexpr int MaxFlagWords = 8;
constexpr int MaxTextLength = 64;
// IFNAMSIZ - 1.
constexpr int MaxInterfaceNameLength = 15;

template <class T>
struct Checked {
    std::optional<T> value;
    QString error; // names the argument and what is allowed; empty when value is set

    static Checked good(T v) { return Checked{std::move(v), {}}; }
    static Checked bad(QString why) { return Checked{std::nullopt, std::move(why)}; }
    [[nodiscard]] bool ok() const { return value.has_value(); }
};

// An endpoint ready for the kernel; `interface` is resolved to an ifindex by the
// service (that needs the network namespace, so it is not pure).
struct EndpointRequest {
    nl::Endpoint endpoint;
    QString interface;
    friend bool operator==(const EndpointRequest &, const EndpointRequest &) = default;
};

struct Configuration {
    bool enabled = true;
    nl::Limits limits;
    std::vector<EndpointRequest> endpoints;
    friend bool operator==(const Configuration &, const Configuration &) = default;
};

Checked<nl::Limits> validateLimits(uint subflows, uint addAddrAccepted);
// `argument` is the name shown in the message ("id", "endpoints[2].id").
Checked<std::uint8_t> validateEndpointId(uint id, const QString &argument);
// An IPv4/IPv6 unicast address: no prefix, zone, unspecified, multicast, broadcast
// or IPv4-mapped IPv6 form.
Checked<nl::IpAddress> validateAddress(const QString &text, const QString &argument);
// "" (none) or a syntactically valid interface name; existence is checked by the service.
QString validateInterfaceName(const QString &name, const QString &argument);
// Endpoint flags for a new endpoint: signal subflow backup fullmesh laminar.
Checked<std::uint32_t> validateEndpointFlags(const QStringList &words, const QString &argument);
// The whole endpoint: id 0 (kernel chooses) or 1..255, port rules, flag combinations.
Checked<EndpointRequest> validateEndpoint(const EndpointSpec &spec, const QString &argument);
// SetEndpointFlags: only "backup" and "fullmesh" can change on an existing endpoint.
Checked<std::uint32_t> validateChangeFlags(const QStringList &words);
// NetworkManager's NMMptcpFlags from words; 0 for an empty list (= NM's built-in default).
Checked<std::uint32_t> validateNetworkManagerFlags(const QStringList &words);
Checked<Configuration> validateConfiguration(bool enabled, uint subflows, uint addAddrAccepted,
                                             const EndpointList &endpoints);

// A kernel option SetSysctl may change. What needs the running system (the
// interface exists, this kernel offers the path manager) the service checks.
struct SysctlRequest {
    enum class Kind { MptcpEnabled, PmType, PathManager, RpFilter };
    Kind kind = Kind::MptcpEnabled;
    QString name;      // as sysctl(8) names it, e.g. "net.ipv4.conf.veth0.rp_filter"
    QString value;     // exactly as it is written to the kernel
    QString interface; // RpFilter: "all", "default" or an interface name
    // The file under /proc/sys, e.g. "net/ipv4/conf/veth0/rp_filter".
    [[nodiscard]] QString procPath() const;
    // The key in a sysctl.d drop-in: `name`, or procPath() when the interface has
    // dots, which sysctl.d(5) would otherwise read as separators.
    [[nodiscard]] QString dropInKey() const;
    friend bool operator==(const SysctlRequest &, const SysctlRequest &) = default;
};
// The allowlist: net.mptcp.enabled and pm_type 0|1, net.mptcp.path_manager a
// plain word, net.ipv4.conf.<all|default|interface>.rp_filter 0|1|2.
Checked<SysctlRequest> validateSysctl(const QString &name, const QString &value);

// Back to the wire form (used to save a configuration and to report state).
QStringList endpointFlagWords(std::uint32_t flags);
EndpointSpec toSpec(const EndpointRequest &request);

} // namespace mptcp::helper
