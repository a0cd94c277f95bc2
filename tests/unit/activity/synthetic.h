// Synthetic sockdiag snapshots for the activity tests.
#pragma once

#include "mptcp/sockdiag/connections.h"

#include <string>

namespace mptcp::test {

inline nl::IpAddress v4(const char *text)
{
    return *nl::IpAddress::parse(text);
}

inline sockdiag::Subflow subflow(std::uint64_t cookie, const std::string &ifname, std::uint64_t sent = 0, std::uint64_t received = 0,
                                 bool backup = false)
{
    sockdiag::Subflow s;
    s.state = sockdiag::TcpState::Established;
    s.cookie = cookie;
    s.localAddress = v4(ifname == "wwan0" ? "10.2.0.1" : "10.1.0.1");
    s.localPort = static_cast<std::uint16_t>(40000 + cookie % 20000);
    s.remoteAddress = v4("192.0.2.1");
    s.remotePort = 443;
    s.interfaceName = ifname;
    s.flags = backup ? std::uint32_t{sockdiag::SubflowBackupLocal} : 0u;
    s.tcp.bytesSent = sent;
    s.tcp.bytesReceived = received;
    s.hasTcpInfo = true;
    return s;
}

inline sockdiag::MptcpConnection connection(std::uint64_t cookie, std::vector<sockdiag::Subflow> subflows = {}, bool fallback = false)
{
    sockdiag::MptcpConnection c;
    c.state = sockdiag::TcpState::Established;
    c.cookie = cookie;
    c.token = static_cast<std::uint32_t>(cookie * 7919);
    c.localAddress = v4("10.1.0.1");
    c.localPort = static_cast<std::uint16_t>(1024 + cookie % 60000);
    c.remoteAddress = v4("192.0.2.1");
    c.remotePort = 443;
    c.fallback = fallback;
    for (auto &s : subflows)
        s.localToken = c.token;
    c.subflows = std::move(subflows);
    return c;
}

} // namespace mptcp::test
