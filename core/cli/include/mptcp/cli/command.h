// mptcpctl's command line as values: what the user asked for, parsed and checked,
// before anything is sent to the kernel. The grammar follows iproute2's `ip mptcp`
// (ip/ipmptcp.c) so the same words give the same kernel state.
#pragma once

#include "mptcp/netlink/types.h"

#include <QString>
#include <QStringList>
#include <cstdint>
#include <functional>
#include <optional>
#include <variant>

namespace mptcp::cli {

// Process exit status of mptcpctl.
enum ExitCode : int {
    ExitSuccess = 0,
    ExitFailure = 1, // the kernel (or the system) refused or failed
    ExitUsage = 2, // the command line is wrong; nothing was sent
};

struct HelpCommand {
    friend bool operator==(const HelpCommand &, const HelpCommand &) = default;
};

struct StatusCommand {
    friend bool operator==(const StatusCommand &, const StatusCommand &) = default;
};

struct EndpointShowCommand {
    std::optional<std::uint8_t> id; // nullopt: all endpoints
    friend bool operator==(const EndpointShowCommand &, const EndpointShowCommand &) = default;
};

struct EndpointAddCommand {
    nl::Endpoint endpoint; // id 0: the kernel picks one
    friend bool operator==(const EndpointAddCommand &, const EndpointAddCommand &) = default;
};

// By id; id 0 (with an address) removes that address from connections' initial subflow.
struct EndpointDeleteCommand {
    std::uint8_t id = 0;
    std::optional<nl::IpAddress> address;
    friend bool operator==(const EndpointDeleteCommand &, const EndpointDeleteCommand &) = default;
};

// `flags` is the complete new backup/fullmesh state: the kernel sets both bits from it,
// so a bit the user did not name is cleared (as with `ip mptcp endpoint change`).
struct EndpointChangeCommand {
    std::uint8_t id = 0; // 0: select by address
    std::optional<nl::IpAddress> address;
    std::uint16_t port = 0;
    std::uint32_t flags = 0;
    friend bool operator==(const EndpointChangeCommand &, const EndpointChangeCommand &) = default;
};

struct EndpointFlushCommand {
    friend bool operator==(const EndpointFlushCommand &, const EndpointFlushCommand &) = default;
};

struct LimitsShowCommand {
    friend bool operator==(const LimitsShowCommand &, const LimitsShowCommand &) = default;
};

// Unset limits are not sent, so the kernel keeps them.
struct LimitsSetCommand {
    std::optional<std::uint32_t> subflows;
    std::optional<std::uint32_t> addAddrAccepted;
    friend bool operator==(const LimitsSetCommand &, const LimitsSetCommand &) = default;
};

struct MonitorCommand {
    friend bool operator==(const MonitorCommand &, const MonitorCommand &) = default;
};

// NetworkManager's expected endpoints per address next to the kernel's table.
struct ExplainCommand {
    friend bool operator==(const ExplainCommand &, const ExplainCommand &) = default;
};

// Active NetworkManager connections with their mptcp-flags (raw, resolved, source).
struct ConnectionShowCommand {
    QString connection; // ID or UUID; "" = every active connection
    friend bool operator==(const ConnectionShowCommand &, const ConnectionShowCommand &) = default;
};

// `flags` is kept as nmcli text ("enabled,subflow,backup"): libnm itself checks it
// before anything is sent (nm::parseMptcpFlags), so NM's own reason is shown.
struct ConnectionSetCommand {
    QString connection; // ID or UUID
    QString flags;
    friend bool operator==(const ConnectionSetCommand &, const ConnectionSetCommand &) = default;
};

// Live MPTCP sockets with their subflows (sock_diag).
struct ConnectionsCommand {
    friend bool operator==(const ConnectionsCommand &, const ConnectionsCommand &) = default;
};

// MPTcpExt counters; with deltaSeconds, the change over that interval.
struct CountersCommand {
    std::optional<int> deltaSeconds;
    friend bool operator==(const CountersCommand &, const CountersCommand &) = default;
};

struct CheckCommand {
    friend bool operator==(const CheckCommand &, const CheckCommand &) = default;
};

struct DebugReportCommand {
    QString outputFile; // "" = stdout
    bool redact = false;
    friend bool operator==(const DebugReportCommand &, const DebugReportCommand &) = default;
};

// `mptcpctl lab ...` runs the lab script (core/lab/lab.sh) with these arguments.
struct LabCommand {
    QStringList arguments; // the verb first: up, traffic, cut IFACE, restore IFACE, down, status
    friend bool operator==(const LabCommand &, const LabCommand &) = default;
};

using Command = std::variant<HelpCommand, StatusCommand, EndpointShowCommand, EndpointAddCommand, EndpointDeleteCommand,
    EndpointChangeCommand, EndpointFlushCommand, LimitsShowCommand, LimitsSetCommand, MonitorCommand, ExplainCommand,
    ConnectionShowCommand, ConnectionSetCommand, ConnectionsCommand, CountersCommand, CheckCommand, DebugReportCommand,
    LabCommand>;

struct Invocation {
    bool json = false;
    Command command;
    // Send changes through the privileged helper even when running as root.
    bool viaHelper = false;
    friend bool operator==(const Invocation &, const Invocation &) = default;
};

// A command line that cannot be run; `message` names the offending word.
struct UsageError {
    QString message;
    friend bool operator==(const UsageError &, const UsageError &) = default;
};

using ParseResult = std::variant<Invocation, UsageError>;

// Index of the named interface in the caller's network namespace, 0 when there is none.
using InterfaceIndexLookup = std::function<int(const QString &name)>;

// Parses the arguments after the program name. `dev NAME` is resolved through
// `interfaceIndex` so the result holds what the kernel will receive.
ParseResult parseCommandLine(const QStringList &arguments, const InterfaceIndexLookup &interfaceIndex);

// The grammar, one synopsis line per command, for `mptcpctl help`.
QString usageText();

} // namespace mptcp::cli
