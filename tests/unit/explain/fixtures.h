// Snapshot builders shared by the explain engine's tests.
#pragma once

#include "mptcp/explain/explanation.h"
#include "mptcp/explain/snapshot.h"

#include <QString>
#include <QStringList>

namespace mptcp::explain::test {

inline Address v4(const char *address, int ifindex, int prefix = 24)
{
    Address a;
    a.family = AddressFamily::IPv4;
    a.address = QLatin1String(address);
    a.prefixLength = prefix;
    a.ifindex = ifindex;
    a.flags = ifaflag::Permanent;
    return a;
}

inline Address v6(const char *address, int ifindex, quint32 flags = ifaflag::Permanent, int prefix = 64)
{
    Address a;
    a.family = AddressFamily::IPv6;
    a.address = QLatin1String(address);
    a.prefixLength = prefix;
    a.ifindex = ifindex;
    a.flags = flags;
    return a;
}

// An activated ethernet device with a profile carrying `flags`, NM default routes for both
// families and one global IPv4 and IPv6 address: 10.0.<n>.2 and 2001:db8:<n>::2.
inline Device ethernet(const char *ifname, int ifindex, quint32 flags = nmflag::None)
{
    Device d;
    d.ifname = QLatin1String(ifname);
    d.ifindex = ifindex;
    d.type = DeviceType::Ethernet;
    d.state = DeviceState::Activated;
    d.managed = true;
    ActiveConnection c;
    c.id = QStringLiteral("profile-%1").arg(d.ifname);
    c.uuid = QStringLiteral("00000000-0000-0000-0000-%1").arg(ifindex, 12, 10, QLatin1Char('0'));
    c.mptcpFlags = flags;
    d.connection = c;
    d.nmDefaultRoute4 = true;
    d.nmDefaultRoute6 = true;
    d.rpFilter = 0;
    d.rpFilterAll = 0;
    const QByteArray a4 = QStringLiteral("10.0.%1.2").arg(ifindex).toLatin1();
    const QByteArray a6 = QStringLiteral("2001:db8:%1::2").arg(ifindex).toLatin1();
    d.addresses = {v4(a4.constData(), ifindex), v6(a6.constData(), ifindex)};
    return d;
}

// NM 1.42.4 running, MPTCP enabled, limits 2/1, empty endpoint table.
inline Snapshot baseSnapshot(NmVersion version = {1, 42, 4})
{
    Snapshot s;
    s.kernel.mptcpAvailable = true;
    s.kernel.enabled = 1;
    s.kernel.pathManager = QStringLiteral("kernel");
    s.kernel.pmType = 0;
    s.kernel.subflowsLimit = 2;
    s.kernel.addAddrAcceptedLimit = 1;
    s.networkManager.running = true;
    s.networkManager.version = version;
    return s;
}

inline KernelEndpoint endpoint(int id, const char *address, quint32 flags, int ifindex, quint16 port = 0)
{
    KernelEndpoint e;
    e.id = id;
    e.address = QLatin1String(address);
    e.flags = flags;
    e.ifindex = ifindex;
    e.port = port;
    return e;
}

inline ConfDefault conf(const char *value, const char *matchDevice = "", bool matches = true)
{
    ConfDefault c;
    c.value = QLatin1String(value);
    c.file = QStringLiteral("/etc/NetworkManager/conf.d/50-mptcp.conf");
    c.section = QLatin1String(*matchDevice ? "connection-mptcp" : "connection");
    c.matchDevice = QLatin1String(matchDevice);
    c.matchesDevice = matches;
    return c;
}

inline const Row *findRow(const Explanation &e, const QString &address)
{
    for (const Row &r : e.rows) {
        if (r.address == address)
            return &r;
    }
    return nullptr;
}

inline bool hasWarning(const Explanation &e, WarningKind kind)
{
    for (const Warning &w : e.warnings) {
        if (w.kind == kind)
            return true;
    }
    return false;
}

inline const Warning *findWarning(const Explanation &e, WarningKind kind)
{
    for (const Warning &w : e.warnings) {
        if (w.kind == kind)
            return &w;
    }
    return nullptr;
}

} // namespace mptcp::explain::test
