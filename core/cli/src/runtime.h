// What every mptcpctl command implementation shares: output, interface names and the
// command functions that live in their own files (one per integrated library).
#pragma once

#include "mptcp/cli/command.h"
#include "mptcp/cli/format.h"
#include "mptcp/netlink/types.h"

#include <QString>
#include <cstdio>

namespace mptcp::cli {

// Written and flushed at once: `monitor` output is read live through pipes.
void write(FILE *stream, const QString &text);
// "Error: …." on stderr; returns ExitFailure.
int fail(const nl::Error &error);
int fail(const QString &message);
// "mptcpctl: …" plus the help hint on stderr; returns ExitUsage.
int usageFailure(const QString &message);

// The caller's network namespace, as ip(8) resolves names and indexes.
int interfaceIndex(const QString &name);
QString interfaceName(int ifindex);

struct Context {
    bool json = false;
    bool viaHelper = false; // --via-helper
    // Changes go through the privileged helper: asked for, or not root.
    [[nodiscard]] bool useHelper() const;
};

// NetworkManager (nmcommands.cpp, with core/nm).
int runExplain(const Context &context);
int runConnectionShow(const ConnectionShowCommand &command, const Context &context);
int runConnectionSet(const ConnectionSetCommand &command, const Context &context);
// Everything `status` shows: the kernel's MPTCP state and, when built with core/nm,
// NetworkManager's section (networkManager stays nullopt otherwise).
StatusReport readStatus();

// The privileged helper (helpercommands.cpp, with core/helperclient).
int runThroughHelper(const EndpointAddCommand &command);
int runThroughHelper(const EndpointDeleteCommand &command);
int runThroughHelper(const EndpointChangeCommand &command);
int runThroughHelper(const EndpointFlushCommand &command);
int runThroughHelper(const LimitsSetCommand &command);
int monitorThroughHelper(const Context &context);

// sock_diag (connectionscommand.cpp, with core/sockdiag).
int runConnections(const Context &context);

// Diagnostics (diagnosticscommands.cpp, with core/diagnostics and core/nm).
int runCounters(const CountersCommand &command, const Context &context);
int runCheck(const Context &context);
int runDebugReport(const DebugReportCommand &command, const Context &context);

// The lab script (labcommand.cpp).
int runLab(const LabCommand &command);

} // namespace mptcp::cli
