// Other programs that manage MPTCP endpoints next to NetworkManager.
#pragma once

#include <QString>

namespace mptcp::kernel {

// Whether mptcpd runs in the calling thread's network namespace. Cheap when it does not:
// mptcpd always listens to the path manager's events, so when no socket in this namespace
// does (one NETLINK_SOCK_DIAG dump), the process table is not read at all. Otherwise (a
// listener: mptcpd, the settings helper relaying events, `ip mptcp monitor`) the process
// table decides.
bool isMptcpdRunning();

// The process-table part: a process named "mptcpd" whose <procDir>/PID/ns/net is the
// calling thread's (or cannot be read: counted, as most systems have one namespace).
bool mptcpdInProcessTable(const QString &procDir = QStringLiteral("/proc"));

} // namespace mptcp::kernel
