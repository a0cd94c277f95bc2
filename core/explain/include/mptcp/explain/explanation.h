// The explain engine: which MPTCP endpoints NetworkManager is expected to create
// for a Snapshot, why an address gets none, how that compares with the kernel's
// endpoint table, and advice. Values in, values out.
#pragma once

#include "mptcp/explain/rules.h"
#include "mptcp/explain/snapshot.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace mptcp::explain {

// Why an address gets the endpoint it gets (Expected) or none.
enum class Reason {
    Expected,                    // NM creates an endpoint for it
    NmNotRunning,
    NmTooOld,                    // NM < 1.40 has no MPTCP support
    DeviceUnmanaged,
    NoActiveConnection,
    ExternalConnection,          // NM only mirrors a configuration made by another tool
    Activating,                  // NM has not committed IP configuration yet (endpoint expected soon)
    Deactivating,                // NM is removing the configuration
    VpnIgnoresFlags,             // VPN-plugin connection on NM < 1.56
    DisabledForConnection,       // resolved flags are "disabled"
    ConfMatchUnknown,            // a NetworkManager.conf match-device spec could not be evaluated: flags unknown
    SysctlDisabled,              // net.mptcp.enabled = 0 and no also-without-sysctl
    KernelWithoutMptcp,
    NoDefaultRoute,              // no NM default route on this device for the family
    Loopback,                    // host scope
    LinkLocal,                   // link scope
    UniqueLocal,                 // IPv6 fc00::/7
    TemporaryAddress,            // IPv6 privacy address, made by the kernel, not NM
    NotConfiguredByNm,           // added by another tool
    Tentative,                   // IPv6 DAD in progress (NM ≥1.50.3 waits)
    DuplicateAddress,            // same address on an NM device that wins
    NmEndpointCap,               // beyond NM's 8-endpoint cap
    KeptBeyondCap,               // beyond the cap now, but NM made the endpoint earlier and keeps it until a reapply
    KernelTableFull,             // other endpoints fill the kernel table
    AddressTakenByOtherEndpoint, // a foreign endpoint already holds the address
};

enum class Verdict {
    Ok,         // expected and present with the same flags and device
    Missing,    // expected but not in the kernel
    Unexpected, // in the kernel although NM would not create it
    Mismatch,   // present with other flags or on another device
    None,       // neither expected nor present
    Pending,    // differs, but only because NM has not re-evaluated yet (takes effect on reconnect / after DAD)
    Unknown,    // the kernel's endpoint table could not be read, or what NM does cannot be told
};

// One (device, address) line.
struct Row {
    QString device;                    // NM device interface name
    int ifindex = 0;                   // the IP interface's index (the endpoint's dev)
    QString address;
    AddressFamily family = AddressFamily::IPv4;
    std::optional<quint32> expectedFlags; // kernel flag bits NM creates; nullopt = no endpoint
    QStringList expected;              // `ip mptcp` words for expectedFlags (empty list = flagless endpoint)
    Reason reason = Reason::Expected;
    QString reasonText;                // plain-language, translated
    std::optional<quint32> kernelFlags; // the kernel endpoint for this address; nullopt = none
    QStringList kernel;                // `ip mptcp` words for kernelFlags
    int kernelId = 0;                  // 0 = no kernel endpoint
    int kernelIfindex = 0;
    Verdict verdict = Verdict::None;
    QString verdictText;               // plain-language, translated: what the difference means
};

// Kernel endpoints that match no address of any NM device.
enum class ExtraKind {
    StaleAddress,   // its address exists nowhere any more
    OtherInterface, // its address is on an interface NM does not manage
    WithPort,       // has a port: never NM's
    NoDevice,       // no dev: never NM's
    Implicit,       // created by the kernel's path manager itself
};

struct ExtraEndpoint {
    KernelEndpoint endpoint;
    QStringList flags;       // `ip mptcp` words
    ExtraKind kind = ExtraKind::StaleAddress;
    QString text;            // plain-language, translated
    bool nmDeletesIt = false; // on an interface where NM handles MPTCP: gone at its next reapply/disconnect
};

struct DeviceSummary {
    QString device;
    int ifindex = 0;
    std::optional<ResolvedFlags> flags; // nullopt when NM does not evaluate flags for it
    bool ipv4Handled = false;           // NM manages MPTCP for IPv4 on it (ifindex is "handled")
    bool ipv6Handled = false;
    int expectedEndpoints = 0;
    int presentEndpoints = 0;           // rows with a kernel endpoint
    bool mptcpActive = false;           // at least one endpoint in the kernel for its addresses
    QString verdict;                    // one sentence, translated
};

enum class WarningKind {
    SubflowsLimitLow,
    AddAddrAcceptedZero,
    UserspacePathManager,
    MptcpdRunning,
    ManualEndpointOnNmDevice,
    ConfDefaultIgnored,          // conf default written as words (or out of range)
    EndpointsWithoutFlags,       // profile set to "enabled" alone
    StrictRpFilterFromAll,
    StrictRpFilterNotRelaxed,    // the device's own rp_filter is 1 although NM handles IPv4 MPTCP
    SysctlDisabled,              // NM never writes net.mptcp.enabled
    ProfileNotReapplied,
    InvalidProfileFlags,
    MissingSysctlTreatedAsEnabled,
    NmEndpointCapReached,
    KernelTableFull,
};

// Fix action ids the front-ends map to actions.
namespace fixaction {
inline constexpr auto RaiseSubflowsLimit = "raise-subflows-limit";
inline constexpr auto RaiseAddAddrAccepted = "raise-add-addr-accepted";
inline constexpr auto SelectKernelPathManager = "select-kernel-path-manager";
inline constexpr auto EnableMptcpSysctl = "enable-mptcp-sysctl";
inline constexpr auto ReapplyDevice = "reapply-device";
inline constexpr auto ReconnectDevice = "reconnect-device";
inline constexpr auto WriteConfDefaultAsNumber = "write-conf-default-as-number";
inline constexpr auto SetProfileSubflow = "set-profile-subflow";
inline constexpr auto LoosenRpFilter = "loosen-rp-filter";
} // namespace fixaction

struct Warning {
    WarningKind kind = WarningKind::SubflowsLimitLow;
    QString device;         // "" = system-wide
    QString text;           // plain-language, translated
    QString fixAction;      // a fixaction id, "" when there is nothing to click
};

struct Explanation {
    QList<Row> rows;
    QList<ExtraEndpoint> extras;
    QList<DeviceSummary> devices;
    QList<Warning> warnings;
    int activeDevices = 0;     // devices with at least one endpoint in the kernel
    int consideredDevices = 0; // devices with an active connection (loopback excluded)
    QString verdict;           // one sentence, translated, e.g. "MPTCP is active on 2 of 3 interfaces."
};

Explanation explain(const Snapshot &snapshot);

// Plain-language text for a reason (translated); `family` only matters for NoDefaultRoute.
QString reasonText(Reason reason, AddressFamily family = AddressFamily::IPv4);
// "ok", "missing", "unexpected", "mismatch", "none", "pending", "unknown".
QString verdictName(Verdict verdict);

// CLI JSON row: device, address, expected (array|null), reason (string|null), kernel (array|null), verdict.
// `reason` is null exactly when NM creates the endpoint now (Reason::Expected).
QJsonObject toJson(const Row &row);
// The same keys for a kernel endpoint that matches no NM device address (device "" when it has none).
QJsonObject toJson(const ExtraEndpoint &extra, const Snapshot &snapshot);

// What NM will do to an endpoint a user adds by hand.
enum class ManualEndpointOutcome {
    Kept,               // NM leaves it alone
    DeletedOnReapply,   // NM removes it at the next reapply or disconnect of that device
    ReplacedByNm,       // NM wants this address with other flags: it deletes and re-adds its own
    AlreadyCreatedByNm, // NM creates exactly this endpoint; the kernel refuses a duplicate
    RefusedDuplicate,   // another endpoint already holds the address; the kernel refuses it
    KernelTableFull,    // the kernel's endpoint table is full
};

struct ManualEndpointForecast {
    ManualEndpointOutcome outcome = ManualEndpointOutcome::Kept;
    QString text; // plain-language, translated
};

// "If I run `ip mptcp endpoint add ADDRESS [port P] [dev IFNAME] FLAGS`, what does NM do?"
// `ifname` "" = no dev.
ManualEndpointForecast predictManualEndpoint(const Snapshot &snapshot, const QString &ifname,
                                             const QString &address, quint32 kernelFlags,
                                             quint16 port = 0);

} // namespace mptcp::explain
