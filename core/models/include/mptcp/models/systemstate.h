// What the desktop app shows, as plain values: one immutable picture of the kernel,
// NetworkManager and the helper, already explained (reasons and verdicts are
// user-facing, translated sentences). A Backend produces it; the list models and
// the Session only read it.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <optional>

namespace mptcp::models {

// Does the kernel's endpoint for one address agree with what NetworkManager should
// have done? Mirrors the explain engine's verdicts.
enum class Verdict {
    Ok,         // expected and present with the same flags
    Missing,    // expected but the kernel has no endpoint
    Unexpected, // the kernel has an endpoint NetworkManager would not create
    Mismatch,   // both exist but the flags differ
    None,       // no endpoint expected and none present
    Pending,    // differs only because a change takes effect on reconnect
};

enum class DeviceKind { Ethernet, Wifi, Mobile, Vpn, Other };

struct AddressInfo {
    QString address;                      // textual, without prefix
    int prefixLength = 0;
    bool ipv6 = false;
    std::optional<QStringList> expected;  // endpoint flags NM should configure (ip-mptcp words); nullopt = none
    QString reason;                       // why no endpoint is expected; "" when one is
    std::optional<QStringList> kernel;    // flags of the kernel's endpoint for it; nullopt = none
    int kernelEndpointId = 0;             // 0 = none
    Verdict verdict = Verdict::None;
    QString verdictText;                  // one sentence about the kernel's agreement

    friend bool operator==(const AddressInfo &, const AddressInfo &) = default;
};

struct DeviceInfo {
    QString ifname;
    DeviceKind kind = DeviceKind::Other;
    QString stateText;                    // "Connected", "Disconnected", "Not managed by NetworkManager"
    bool connected = false;
    QString connectionName;               // active profile; "" = none
    QString connectionUuid;
    quint32 connectionFlags = 0;          // raw connection.mptcp-flags (NMMptcpFlags) of the profile
    QStringList defaultFlags;             // what "default" resolves to on this device, as words
    QString defaultSource;                // where that default comes from, translated
    bool mptcpActive = false;             // at least one endpoint for this device in the kernel
    QString summary;                      // one sentence about MPTCP on this device
    QList<AddressInfo> addresses;

    friend bool operator==(const DeviceInfo &, const DeviceInfo &) = default;
};

enum class EndpointOrigin { NetworkManager, Manual, Unknown };

struct EndpointInfo {
    int id = 0;
    QString address;
    quint16 port = 0;
    QStringList flags;                    // ip-mptcp words
    QString interfaceName;                // "" = none
    EndpointOrigin origin = EndpointOrigin::Unknown;

    friend bool operator==(const EndpointInfo &, const EndpointInfo &) = default;
};

// A one-click fix the app can apply for a warning.
enum class FixAction {
    None,
    EnableMptcp,             // net.mptcp.enabled = 1
    SetSubflowsLimit,        // argument: the new subflows limit
    SetAddAddrAcceptedLimit, // argument: the new add_addr_accepted limit
    DeleteEndpoint,          // argument: the endpoint id
};

enum class Severity { Info, Warning, Error };

struct WarningInfo {
    Severity severity = Severity::Warning;
    QString text;
    FixAction fix = FixAction::None;
    int fixArgument = 0;
    QString fixLabel;                     // button text, e.g. "Allow 3 subflows"

    friend bool operator==(const WarningInfo &, const WarningInfo &) = default;
};

struct SystemState {
    bool loaded = false;                  // false until the first complete read
    bool mptcpAvailable = true;           // the kernel has MPTCP
    std::optional<bool> enabled;          // net.mptcp.enabled; nullopt = unknown
    QString pathManager;                  // "in-kernel" / "userspace", translated
    bool nmRunning = false;
    bool nmKnown = true;                  // false until NetworkManager has been read (or found absent)
    QString nmVersion;                    // "1.42.4"; "" when not running
    bool nmSupportsMptcp = false;         // NetworkManager >= 1.40
    std::optional<quint32> subflowsLimit;
    std::optional<quint32> addAddrAcceptedLimit;
    quint32 limitsMaximum = 8;
    bool limitsPersistent = false;        // a saved configuration is restored at boot
    quint32 globalDefault = 0;            // NetworkManager.conf connection.mptcp-flags for every device
                                          // (NMMptcpFlags, the drop-in the helper writes); 0 = not set
    QString globalDefaultSource;          // translated: what applies, e.g. "not set: NetworkManager 1.42
                                          // uses enabled, subflow"
    bool helperAvailable = false;         // the privileged helper can be reached
    QString verdict;                      // one sentence, e.g. "MPTCP is active on 2 of 3 interfaces"
    QString verdictDetail;                // the main reason, when there is one
    QList<DeviceInfo> devices;
    QList<EndpointInfo> endpoints;
    QList<WarningInfo> warnings;

    friend bool operator==(const SystemState &, const SystemState &) = default;
};

} // namespace mptcp::models
