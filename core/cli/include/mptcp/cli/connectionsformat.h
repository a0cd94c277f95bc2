// `mptcpctl connections`: live MPTCP sockets with their subflows (core/sockdiag), as
// pure functions. Text reads like `ss -Mti` grouped by connection; JSON is one array.
#pragma once

#include "mptcp/sockdiag/connections.h"

#include <QString>
#include <cstdio>

namespace mptcp::cli {

QString connectionsText(const sockdiag::Snapshot &snapshot);
// The same, written to `stream` a connection at a time.
void printConnectionsText(FILE *stream, const sockdiag::Snapshot &snapshot);
// [{"state", "local", "local_port", "remote", "remote_port", "token", "fallback",
//   "subflows_total", "bytes_sent", "bytes_received", "bytes_retrans", "owner",
//   "subflows": [{"state", "local", "local_port", "remote", "remote_port", "interface",
//   "local_id", "remote_id", "backup", "fully_established", "rtt_us", "cwnd",
//   "bytes_sent", "bytes_received", "bytes_retrans"}]}]
QString connectionsJson(const sockdiag::Snapshot &snapshot);
// The same, written to `stream` as it is produced (megabytes for 10 000 sockets).
void printConnectionsJson(FILE *stream, const sockdiag::Snapshot &snapshot);

} // namespace mptcp::cli
