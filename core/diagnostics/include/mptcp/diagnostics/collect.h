// The I/O edge of the diagnostics: reads the calling thread's network namespace
// (generic netlink, rtnetlink, /proc) and, when given, NetworkManager's view from a
// nm::NetworkStateReader, into the values the checks and the debug report take.
#pragma once

#include "mptcp/diagnostics/checks.h"
#include "mptcp/diagnostics/debugreport.h"
#include "mptcp/netlink/types.h"
#include "mptcp/nm/kernelnetwork.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace mptcp::nm {
class NetworkStateReader;
}

namespace mptcp::diagnostics {

// net.mptcp sysctls, limits and endpoints of the calling thread's network namespace.
struct KernelReading {
    explain::KernelState kernel;
    QList<std::pair<QString, QString>> sysctls; // every net.mptcp.* key and value
    QString sysctlsError;                       // "" = read
    QString endpointsError;                     // "" = limits and endpoints read
};
KernelReading readKernel();

// Runs a read-only command without a shell (LC_ALL=C) and captures stdout and stderr.
CommandOutput runCommand(const QString &program, const QStringList &arguments, int timeoutMs = 10000);

// NetworkManager's and rtnetlink's view copied out of a reader, so that a worker thread
// can collect the rest while the reader keeps changing on its own thread.
struct NetworkView {
    explain::Snapshot snapshot; // networkManager, devices and otherAddresses filled
    nm::KernelNetwork network;  // links, rp_filter, default routes
};
// Call on the reader's thread.
NetworkView captureNetworkView(const nm::NetworkStateReader &reader);

struct CollectOptions {
    // NetworkManager's view (devices, connections, NetworkManager.conf) when given; without
    // it every kernel link becomes a device and NetworkManager counts as not running.
    // Only for collecting on the reader's own thread; elsewhere use networkView.
    const nm::NetworkStateReader *networkState = nullptr;
    // The same view, captured earlier (takes precedence over networkState).
    std::optional<NetworkView> networkView;
    // A counter reading taken earlier: the input then carries the change since then.
    std::optional<CounterSample> baseline;
};

struct Collected {
    DiagnosticsInput input;
    KernelReading kernel;
    std::optional<CounterSample> counters; // now
    QString countersError;
};

Collected collectDiagnostics(const CollectOptions &options = {});

// The socket list for reports: `ss -ManiH` (MPTCP sockets with their subflows' details).
CommandOutput readSockets();

// Reproduce mode: a baseline before the user reproduces the problem (counters cannot be
// reset, so they are compared instead), then the rest after; events are the caller's (it
// listens with nl::EventListener while the user reproduces, see formatEvent()).
Reproduction beginReproduction();
void finishReproduction(Reproduction &reproduction, const QStringList &events);

// One `ip mptcp monitor` style line for a path-manager event.
QString formatEvent(const nl::Event &event);

// Everything for the debug report (runs uname, ss, ip rule/route and reads files).
DebugReportInput collectDebugReport(const CollectOptions &options = {},
                                    std::optional<Reproduction> reproduction = std::nullopt);

} // namespace mptcp::diagnostics
