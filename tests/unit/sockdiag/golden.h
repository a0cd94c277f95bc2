// Hand-made sock_diag reply messages for the parser tests and the fuzzer, written
// byte by byte from the uapi layouts (nlmsghdr, inet_diag_msg, nlattr, mptcp_info,
// tcp_info) so the library's own structs are not trusted to build them.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>
#include <vector>

namespace sdgolden {

using Bytes = std::vector<std::uint8_t>;

// Host order (netlink integers; x86-64 is little endian).
inline void le(Bytes &b, std::uint64_t v, int n)
{
    for (int i = 0; i < n; ++i)
        b.push_back(static_cast<std::uint8_t>((v >> (8 * i)) & 0xff));
}
inline void put(Bytes &b, std::size_t off, std::uint64_t v, int n)
{
    for (int i = 0; i < n; ++i)
        b[off + i] = static_cast<std::uint8_t>((v >> (8 * i)) & 0xff);
}

inline Bytes attr(std::uint16_t type, const Bytes &payload)
{
    Bytes b;
    le(b, 4 + payload.size(), 2);
    le(b, type, 2);
    b.insert(b.end(), payload.begin(), payload.end());
    while (b.size() % 4)
        b.push_back(0);
    return b;
}
inline Bytes u8(std::uint16_t type, std::uint8_t v) { return attr(type, {v}); }
inline Bytes u32(std::uint16_t type, std::uint32_t v)
{
    Bytes p;
    le(p, v, 4);
    return attr(type, p);
}
inline Bytes str(std::uint16_t type, const std::string &s)
{
    Bytes p(s.begin(), s.end());
    p.push_back(0);
    return attr(type, p);
}
inline Bytes cat(std::initializer_list<Bytes> parts)
{
    Bytes b;
    for (const auto &p : parts)
        b.insert(b.end(), p.begin(), p.end());
    return b;
}

// uapi numbers, spelled out.
namespace diag {
constexpr std::uint16_t SockDiagByFamily = 20;
constexpr std::uint16_t Info = 2;    // INET_DIAG_INFO
constexpr std::uint16_t Shutdown = 8; // INET_DIAG_SHUTDOWN
constexpr std::uint16_t UlpInfo = 19; // INET_DIAG_ULP_INFO
constexpr std::uint16_t UlpName = 1;  // INET_ULP_INFO_NAME
constexpr std::uint16_t UlpMptcp = 3; // INET_ULP_INFO_MPTCP
} // namespace diag
namespace sf {
constexpr std::uint16_t TokenRem = 1, TokenLoc = 2, RelwriteSeq = 3, Flags = 8, IdRem = 9, IdLoc = 10;
} // namespace sf

struct Sock {
    std::uint8_t family = 2; // AF_INET
    std::uint8_t state = 1;  // established
    Bytes src{192, 0, 2, 1};
    Bytes dst{198, 51, 100, 7};
    std::uint16_t sport = 40000;
    std::uint16_t dport = 443;
    std::uint32_t ifindex = 0;
    std::uint64_t cookie = 0x1122334455667788ull;
    std::uint32_t rqueue = 0, wqueue = 0, uid = 1000, inode = 4242;
};

// nlmsghdr (16) + inet_diag_msg (72) + attributes.
inline Bytes message(const Sock &s, const Bytes &attrs)
{
    Bytes b;
    le(b, 16 + 72 + attrs.size(), 4);
    le(b, diag::SockDiagByFamily, 2);
    le(b, 0x2, 2); // NLM_F_MULTI
    le(b, 7, 4);   // seq
    le(b, 0, 4);   // port id
    b.push_back(s.family);
    b.push_back(s.state);
    b.push_back(0); // timer
    b.push_back(0); // retrans
    b.push_back(static_cast<std::uint8_t>(s.sport >> 8)); // ports are big endian
    b.push_back(static_cast<std::uint8_t>(s.sport & 0xff));
    b.push_back(static_cast<std::uint8_t>(s.dport >> 8));
    b.push_back(static_cast<std::uint8_t>(s.dport & 0xff));
    Bytes src = s.src, dst = s.dst;
    src.resize(16);
    dst.resize(16);
    b.insert(b.end(), src.begin(), src.end());
    b.insert(b.end(), dst.begin(), dst.end());
    le(b, s.ifindex, 4);
    le(b, s.cookie & 0xffffffffu, 4); // idiag_cookie[0]
    le(b, s.cookie >> 32, 4);         // idiag_cookie[1]
    le(b, 0, 4);                      // expires
    le(b, s.rqueue, 4);
    le(b, s.wqueue, 4);
    le(b, s.uid, 4);
    le(b, s.inode, 4);
    b.insert(b.end(), attrs.begin(), attrs.end());
    return b;
}

// struct mptcp_info (6.18 layout, 96 bytes); older kernels send a prefix.
struct Info {
    std::uint8_t subflows = 1, addAddrSignal = 0, addAddrAccepted = 1, subflowsMax = 2, signalMax = 0, acceptedMax = 2;
    std::uint32_t flags = 2, token = 0xcafe0001;
    std::uint64_t writeSeq = 1000, sndUna = 900, rcvNxt = 5000;
    std::uint8_t localAddrUsed = 1, localAddrMax = 1, csum = 0;
    std::uint32_t retransmits = 3;
    std::uint64_t bytesRetrans = 11, bytesSent = 123456, bytesReceived = 654321, bytesAcked = 123000;
    std::uint8_t subflowsTotal = 2, laminarMax = 0, fullmeshMax = 0;
    std::uint32_t lastDataSent = 10, lastDataRecv = 20, lastAckRecv = 30;
};
inline Bytes mptcpInfo(const Info &i, std::size_t length = 96)
{
    Bytes b(96, 0);
    b[0] = i.subflows;
    b[1] = i.addAddrSignal;
    b[2] = i.addAddrAccepted;
    b[3] = i.subflowsMax;
    b[4] = i.signalMax;
    b[5] = i.acceptedMax;
    put(b, 8, i.flags, 4);
    put(b, 12, i.token, 4);
    put(b, 16, i.writeSeq, 8);
    put(b, 24, i.sndUna, 8);
    put(b, 32, i.rcvNxt, 8);
    b[40] = i.localAddrUsed;
    b[41] = i.localAddrMax;
    b[42] = i.csum;
    put(b, 44, i.retransmits, 4);
    put(b, 48, i.bytesRetrans, 8);
    put(b, 56, i.bytesSent, 8);
    put(b, 64, i.bytesReceived, 8);
    put(b, 72, i.bytesAcked, 8);
    b[80] = i.subflowsTotal;
    b[81] = i.laminarMax;
    b[82] = i.fullmeshMax;
    put(b, 84, i.lastDataSent, 4);
    put(b, 88, i.lastDataRecv, 4);
    put(b, 92, i.lastAckRecv, 4);
    b.resize(length);
    return b;
}

// struct tcp_info offsets (include/uapi/linux/tcp.h), as the 6.1 header lays it out.
namespace tcpi {
constexpr std::size_t Size = 232;
constexpr std::size_t SndMss = 16, LastDataSent = 44, LastDataRecv = 52, Rtt = 68, RttVar = 72, SndSsthresh = 76,
                      SndCwnd = 80, TotalRetrans = 100, BytesAcked = 120, BytesReceived = 128, MinRtt = 148,
                      DeliveryRate = 160, BytesSent = 200, BytesRetrans = 208;
} // namespace tcpi

inline Bytes tcpInfo(std::uint32_t rtt, std::uint32_t cwnd, std::uint64_t acked, std::uint64_t received)
{
    Bytes b(tcpi::Size, 0);
    b[0] = 1; // tcpi_state
    put(b, tcpi::SndMss, 1448, 4);
    put(b, tcpi::Rtt, rtt, 4);
    put(b, tcpi::RttVar, rtt / 2, 4);
    put(b, tcpi::SndSsthresh, 0x7fffffff, 4);
    put(b, tcpi::SndCwnd, cwnd, 4);
    put(b, tcpi::TotalRetrans, 2, 4);
    put(b, tcpi::BytesAcked, acked, 8);
    put(b, tcpi::BytesReceived, received, 8);
    put(b, tcpi::MinRtt, rtt - 10, 4);
    put(b, tcpi::DeliveryRate, 12500000, 8);
    put(b, tcpi::BytesSent, acked + 100, 8);
    put(b, tcpi::BytesRetrans, 100, 8);
    put(b, tcpi::LastDataSent, 4, 4);
    put(b, tcpi::LastDataRecv, 8, 4);
    return b;
}

// INET_DIAG_ULP_INFO { NAME "mptcp", MPTCP { tokens, seq, flags, ids } }
inline Bytes mptcpUlp(std::uint32_t tokenLoc, std::uint32_t tokenRem, std::uint32_t flags, std::uint8_t idLoc,
                      std::uint8_t idRem)
{
    return attr(diag::UlpInfo,
                cat({str(diag::UlpName, "mptcp"),
                     attr(diag::UlpMptcp, cat({u32(sf::TokenRem, tokenRem), u32(sf::TokenLoc, tokenLoc),
                                               u32(sf::RelwriteSeq, 99), u32(sf::Flags, flags), u8(sf::IdRem, idRem),
                                               u8(sf::IdLoc, idLoc)}))}));
}

inline Bytes mptcpSocket()
{
    return message(Sock{}, cat({u8(diag::Shutdown, 0), attr(diag::Info, mptcpInfo(Info{}))}));
}

inline Bytes subflowSocket()
{
    Sock s;
    s.ifindex = 3;
    s.cookie = 0x99;
    s.inode = 0;
    return message(s, cat({attr(diag::Info, tcpInfo(250, 10, 5000, 7000)),
                           mptcpUlp(0xcafe0001, 0xbeef0002, 0x1 | 0x2 | 0x40 | 0x80, 0, 0)}));
}

} // namespace sdgolden
