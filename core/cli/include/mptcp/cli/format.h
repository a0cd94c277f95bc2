// mptcpctl's output as pure functions: values in, text out. The JSON forms are
// byte-compatible with `ip -j mptcp ...` where iproute2 has one, so scripts can
// switch tools without changing their parsers.
#pragma once

#include "mptcp/explain/explanation.h"
#include "mptcp/netlink/types.h"

#include <QList>
#include <QString>
#include <QVariantMap>
#include <functional>
#include <optional>
#include <utility>
#include <vector>

namespace mptcp::cli {

// Name of the interface with this index in the caller's network namespace, empty
// when there is none.
using InterfaceNameLookup = std::function<QString(int ifindex)>;

// `ip -j mptcp endpoint show`: one array, "\n"-terminated.
QString endpointsJson(const std::vector<nl::Endpoint> &endpoints, const InterfaceNameLookup &interfaceName);
// `ip mptcp endpoint show`: one line per endpoint.
QString endpointsText(const std::vector<nl::Endpoint> &endpoints, const InterfaceNameLookup &interfaceName);

QString limitsJson(const nl::Limits &limits);
QString limitsText(const nl::Limits &limits);

// One line per event, "\n"-terminated, as `ip mptcp monitor` prints it.
QString eventText(const nl::Event &event, const InterfaceNameLookup &interfaceName);
// One JSON object per event on one line, keys as iproute2's `ip -j mptcp monitor`.
QString eventJson(const nl::Event &event, const InterfaceNameLookup &interfaceName);

// NetworkManager's part of `mptcpctl status`.
struct NetworkManagerStatus {
    bool running = false;
    QString version; // "" when not running
    QString problem; // "" while all is well, else e.g. "NetworkManager is not running"
    QString confDefault; // connection.mptcp-flags text of a [connection*] section for every device; "" = none
    QString confFile; // the file that set it
    QList<std::pair<QString, QString>> interfaces; // device name, one-sentence verdict
    QString verdict; // e.g. "MPTCP is active on 2 of 3 interfaces."
};

// The status fields of an explanation (pure).
NetworkManagerStatus networkManagerStatus(const explain::Snapshot &snapshot, const explain::Explanation &explanation,
    const QString &problem, const QString &confDefault, const QString &confFile);

// Everything `mptcpctl status` shows. Each part is read on its own, so one failing
// (e.g. no MPTCP family) still lets the others be reported.
struct StatusReport {
    nl::Result<nl::Sysctls> sysctls;
    nl::Result<nl::Limits> limits;
    nl::Result<std::vector<nl::Endpoint>> endpoints;
    std::optional<NetworkManagerStatus> networkManager {}; // nullopt: built without NetworkManager support
};

QString statusText(const StatusReport &report, const InterfaceNameLookup &interfaceName);
QString statusJson(const StatusReport &report, const InterfaceNameLookup &interfaceName);

// `mptcpctl explain`: a table row per (device, address), the kernel endpoints NM would
// not create, warnings and the verdict. `nmProblem` is NetworkManagerReader::statusText().
QString explainText(
    const explain::Snapshot &snapshot, const explain::Explanation &explanation, const QString &nmProblem);
// An array of explain::toJson(Row), followed by explain::toJson(ExtraEndpoint) objects.
QString explainJson(const explain::Snapshot &snapshot, const explain::Explanation &explanation);

// One active NetworkManager connection and how NM resolves its connection.mptcp-flags.
struct ProfileRow {
    QString id;
    QString uuid;
    QString device;
    quint32 flags = 0; // the applied connection's raw value (0 = default)
    std::optional<quint32> savedFlags; // the saved profile's value when it differs (not reapplied yet)
    std::optional<explain::ResolvedFlags> resolved; // nullopt when NM does not evaluate flags for the device
};

// Active connections of the snapshot's devices, in device order (pure).
QList<ProfileRow> profileRows(const explain::Snapshot &snapshot, const explain::Explanation &explanation);
// "connection" (the profile), "conf-section", "conf-global", "built-in".
QString flagsSourceName(explain::FlagsSource source);
QString profilesText(const QList<ProfileRow> &rows);
QString profilesJson(const QList<ProfileRow> &rows);

// A path-manager event relayed by the helper (type as `ip mptcp monitor` names it,
// details as in dbus/org.mptcp.Settings.Helper1.xml) back into the netlink value.
nl::Event eventFromHelper(const QString &type, const QVariantMap &details);

// A refusal as iproute2 shows an extended ACK: "Error: <message>." plus newline.
QString errorText(const nl::Error &error);

} // namespace mptcp::cli
