// The debug report: what upstream's `mptcp-get-debug` collects (uname, os-release,
// net.mptcp sysctls, endpoints, limits, MPTCP sockets, MPTcpExt counters, optionally a
// reproduction with PM events and counter deltas), plus what it leaves out
// (NetworkManager's decisions, mptcpd, ip rule/route, rp_filter, the checks), laid out
// for the mptcp_net-next bug template. Pure: rendering works on collected values.
#pragma once

#include "mptcp/diagnostics/checks.h"
#include "mptcp/diagnostics/counters.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace mptcp::diagnostics {

// The output of one read-only command (or file) shown as "$ command" + output.
struct CommandOutput {
    QString command;   // as shown, e.g. "ip -4 rule show"
    QString output;    // stdout and stderr
    int exitCode = 0;  // -1 = could not be run
};

// A reproduction: counters and sockets before and after, the path-manager events between.
struct Reproduction {
    CounterSample baseline;
    CounterSample after;
    QString socketsBefore;
    QString socketsAfter;
    QStringList events; // one line per event, `ip mptcp monitor` style
};

struct DebugReportInput {
    QString toolVersion;          // this program's version
    QString generatedAt;          // ISO 8601 UTC
    QString hostname;             // redacted as <hostname> with --redact
    CommandOutput uname;          // uname -a
    CommandOutput osRelease;      // cat /etc/os-release
    QList<std::pair<QString, QString>> sysctls; // net.mptcp.* key (without prefix) and value
    QString sysctlsError;
    DiagnosticsInput diagnostics; // kernel, NetworkManager, explanation, rp_filter, routes
    QList<CheckResult> checks;
    QString endpointsError;       // why endpoints/limits could not be read; "" = read
    CommandOutput sockets;        // `ss -ManiH`: MPTCP sockets now, as upstream asks for them
    QString connections;          // the same from sock_diag with subflows and their interfaces
    QString connectionsNote;      // why `connections` is missing ("" = present)
    std::optional<CounterSample> counters; // now
    QString countersError;
    std::optional<Reproduction> reproduction;
    bool mptcpdRunning = false;
    CommandOutput mptcpdConf;     // cat /etc/mptcpd/mptcpd.conf
    QList<CommandOutput> routing; // ip -4/-6 rule show, ip -4/-6 route show table all
};

// `sysctl net.mptcp` lines ("net.mptcp.enabled = 1").
QString renderSysctls(const QList<std::pair<QString, QString>> &sysctls);
// `ip mptcp endpoint show` / `ip mptcp limits show` style lines.
QString renderEndpoints(const explain::KernelState &kernel, const QList<InterfaceFacts> &interfaces);
QString renderLimits(const explain::KernelState &kernel);
// The explain table: device, address, expected, kernel, verdict, reason.
QString renderExplanation(const explain::Explanation &explanation);

struct DebugReportOptions {
    bool redact = false;
};

// Markdown for a GitHub issue: "System info" (the template's five commands), then
// "Additional context" with everything else; sections the reporter fills are marked.
QString renderDebugReport(const DebugReportInput &input, const DebugReportOptions &options = {});

// The same facts as JSON (redacted consistently with one Redactor when asked).
QJsonObject toJson(const DebugReportInput &input, const DebugReportOptions &options = {});

} // namespace mptcp::diagnostics
