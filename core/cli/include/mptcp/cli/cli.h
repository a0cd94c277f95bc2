// mptcpctl's entry point: parse, talk to the kernel of the caller's network
// namespace (or to NetworkManager and the privileged helper over D-Bus), print.
// Kernel commands are synchronous; NetworkManager and helper commands run a local
// event loop until their answer arrives, so a QCoreApplication must exist.
#pragma once

#include <QStringList>

namespace mptcp::cli {

// Runs one command line (the arguments after the program name), printing to
// stdout/stderr. Returns the process exit status (see ExitCode in command.h).
int run(const QStringList &arguments);

} // namespace mptcp::cli
