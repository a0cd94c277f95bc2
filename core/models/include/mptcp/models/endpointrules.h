// Validation of a kernel endpoint as the user types it, with the kernel's rules
// (net/mptcp/pm_netlink.c) and the helper's argument ranges, in plain language.
// Each function returns "" when the input is acceptable, else one sentence.
#pragma once

#include "mptcp/models/systemstate.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace mptcp::models {

// An IPv4 or IPv6 address without prefix or zone, not already an endpoint.
QString endpointAddressProblem(const QString &text, const QList<EndpointInfo> &existing);
// "" (kernel chooses) or 1..255, not already used.
QString endpointIdProblem(const QString &text, const QList<EndpointInfo> &existing);
// "" or 0 (none) or 1..65535; a port needs "signal" without "subflow" (kernel rule).
QString endpointPortProblem(const QString &text, const QStringList &flags);
// Flag combinations the kernel refuses.
QString endpointFlagsProblem(const QStringList &flags);
// "" or one of the known interfaces; at most 15 characters (IFNAMSIZ - 1).
QString endpointInterfaceProblem(const QString &name, const QStringList &knownInterfaces);

// Live hints for the limits editor, e.g. "3 subflow endpoints but only 2 extra
// subflows allowed". Empty when nothing deserves a remark.
QStringList limitsHints(int subflows, int addAddrAccepted, quint32 maximum, const QList<EndpointInfo> &endpoints);

} // namespace mptcp::models
