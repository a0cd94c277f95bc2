// Small text helpers shared by the models, the notifier and the tray icon.
#pragma once

#include "mptcp/sockdiag/connections.h"

#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace mptcp::activity {

// CLOCK_MONOTONIC in milliseconds (the clock diagnostics::readCounters stamps with).
qint64 monotonicNowMs();

// "10.0.0.1:443", "[2001:db8::1]:443"; "*" parts for unset addresses.
QString endpointText(const nl::IpAddress &address, std::uint16_t port);
QString addressText(const nl::IpAddress &address);

// Interface names of a connection's subflows, each once, in subflow order.
QStringList connectionInterfaces(const sockdiag::MptcpConnection &connection);

// The user's word for an interface: its type label from `types` ("wifi" -> "Wi-Fi",
// "wwan"/"mobile" -> "LTE"; an unknown value is shown as given) or the name itself.
QString interfaceLabel(const QString &ifname, const QVariantMap &types);

// Totals for the connection: mptcp_info counters (6.5+) or the subflows' sum.
quint64 connectionBytesSent(const sockdiag::MptcpConnection &connection);
quint64 connectionBytesReceived(const sockdiag::MptcpConnection &connection);
quint64 connectionBytesAcked(const sockdiag::MptcpConnection &connection);

} // namespace mptcp::activity
