// DiagnosticsInput builders for the unit tests.
#pragma once

#include "mptcp/diagnostics/checks.h"
#include "mptcp/explain/explanation.h"

namespace mptcp::diagnostics::test {

inline explain::Address address(const char *text, int ifindex, int scope = explain::scope::Universe)
{
    explain::Address a;
    a.address = QLatin1String(text);
    a.family = QByteArray(text).contains(':') ? explain::AddressFamily::IPv6 : explain::AddressFamily::IPv4;
    a.prefixLength = a.family == explain::AddressFamily::IPv4 ? 24 : 64;
    a.scope = scope;
    a.flags = explain::ifaflag::Permanent;
    a.ifindex = ifindex;
    return a;
}

inline explain::KernelEndpoint endpoint(int id, const char *address, quint32 flags, int ifindex = 0)
{
    explain::KernelEndpoint e;
    e.id = id;
    e.address = QLatin1String(address);
    e.flags = flags;
    e.ifindex = ifindex;
    return e;
}

// A link "eth<ifindex-2>" with 10.0.<ifindex>.2 and 2001:db8:<ifindex>::2, not an NM device.
inline explain::Device link(int ifindex)
{
    explain::Device d;
    d.ifname = QStringLiteral("eth%1").arg(ifindex - 2);
    d.ifindex = ifindex;
    d.managed = false;
    d.type = explain::DeviceType::Ethernet;
    const QByteArray a4 = QStringLiteral("10.0.%1.2").arg(ifindex).toLatin1();
    const QByteArray a6 = QStringLiteral("2001:db8:%1::2").arg(ifindex).toLatin1();
    d.addresses = {address(a4.constData(), ifindex), address(a6.constData(), ifindex)};
    return d;
}

// The same link as an activated NetworkManager device with a profile.
inline explain::Device nmDevice(int ifindex, quint32 mptcpFlags = explain::nmflag::None)
{
    explain::Device d = link(ifindex);
    d.managed = true;
    d.state = explain::DeviceState::Activated;
    explain::ActiveConnection c;
    c.id = QStringLiteral("Wired %1").arg(ifindex);
    c.uuid = QStringLiteral("11111111-2222-3333-4444-%1").arg(ifindex, 12, 10, QLatin1Char('0'));
    c.mptcpFlags = mptcpFlags;
    d.connection = c;
    d.nmDefaultRoute4 = true;
    d.nmDefaultRoute6 = true;
    return d;
}

// MPTCP on, in-kernel PM, limits 2/1, NetworkManager not running, links eth0 (2) and eth1 (3).
inline explain::Snapshot kernelSnapshot()
{
    explain::Snapshot s;
    s.kernel.enabled = 1;
    s.kernel.pathManager = QStringLiteral("kernel");
    s.kernel.pmType = 0;
    s.kernel.subflowsLimit = 2;
    s.kernel.addAddrAcceptedLimit = 1;
    s.devices = {link(2), link(3)};
    return s;
}

inline explain::Snapshot nmSnapshot(explain::NmVersion version = {1, 42, 4})
{
    explain::Snapshot s = kernelSnapshot();
    s.networkManager.running = true;
    s.networkManager.version = version;
    s.devices = {nmDevice(2), nmDevice(3)};
    return s;
}

// The input as the collector builds it: explanation computed, every device a link with
// rp_filter 0, default routes for both families.
inline DiagnosticsInput inputFor(const explain::Snapshot &s)
{
    DiagnosticsInput in;
    in.snapshot = s;
    in.explanation = explain::explain(s);
    for (const explain::Device &d : s.devices) {
        in.interfaces.append({d.ifindex, d.ifname, d.rpFilter.value_or(0)});
        in.defaultRoutes.append({explain::AddressFamily::IPv4, d.ifindex, 254});
        in.defaultRoutes.append({explain::AddressFamily::IPv6, d.ifindex, 254});
    }
    in.rpFilterAll = 0;
    return in;
}

} // namespace mptcp::diagnostics::test
