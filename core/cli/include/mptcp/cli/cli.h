// mptcpctl's entry point: parse, talk to the kernel of the caller's network
// namespace, print. Synchronous on purpose: a CLI has no event loop to keep alive.
#pragma once

#include <QStringList>

namespace mptcp::cli {

// Runs one command line (the arguments after the program name), printing to
// stdout/stderr. Returns the process exit status (see ExitCode in command.h).
int run(const QStringList &arguments);

} // namespace mptcp::cli
