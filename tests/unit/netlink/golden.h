// Hand-made netlink byte messages for the parser tests and the fuzzer. Written
// byte by byte from the uapi layout (nlmsghdr, genlmsghdr, nlattr) on purpose: the
// library's own request builder is not used, so both sides cannot share a bug.
#pragma once

#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <vector>

namespace golden {

using Bytes = std::vector<std::uint8_t>;

// Appends host-order integers (netlink integers are host order; x86-64 is little endian).
inline void le16(Bytes &b, std::uint16_t v)
{
    b.push_back(static_cast<std::uint8_t>(v & 0xff));
    b.push_back(static_cast<std::uint8_t>(v >> 8));
}
inline void le32(Bytes &b, std::uint32_t v)
{
    for (int i = 0; i < 4; ++i)
        b.push_back(static_cast<std::uint8_t>((v >> (8 * i)) & 0xff));
}

// One attribute: 2-byte length (header + payload), 2-byte type, payload, padding to 4.
// Written by index into a presized buffer (GCC 12 -O3 warns falsely on vector
// push_back followed by insert).
inline Bytes attr(std::uint16_t type, const Bytes &payload)
{
    const std::size_t len = 4 + payload.size();
    Bytes b((len + 3) & ~std::size_t{3}, 0);
    b[0] = static_cast<std::uint8_t>(len & 0xff);
    b[1] = static_cast<std::uint8_t>(len >> 8);
    b[2] = static_cast<std::uint8_t>(type & 0xff);
    b[3] = static_cast<std::uint8_t>(type >> 8);
    for (std::size_t i = 0; i < payload.size(); ++i)
        b[4 + i] = payload[i];
    return b;
}
inline Bytes u8(std::uint16_t type, std::uint8_t v) { return attr(type, {v}); }
inline Bytes u16(std::uint16_t type, std::uint16_t v)
{
    Bytes p;
    le16(p, v);
    return attr(type, p);
}
inline Bytes be16(std::uint16_t type, std::uint16_t v)
{
    return attr(type, {static_cast<std::uint8_t>(v >> 8), static_cast<std::uint8_t>(v & 0xff)});
}
inline Bytes u32(std::uint16_t type, std::uint32_t v)
{
    Bytes p;
    le32(p, v);
    return attr(type, p);
}
inline Bytes cat(std::initializer_list<Bytes> parts)
{
    Bytes b;
    for (const auto &p : parts)
        b.insert(b.end(), p.begin(), p.end());
    return b;
}
// A nested attribute (NLA_F_NESTED = 0x8000 set, as the kernel sends it).
inline Bytes nest(std::uint16_t type, const Bytes &inner) { return attr(type | 0x8000, inner); }

// nlmsghdr {len, type, flags, seq, pid} + genlmsghdr {cmd, version, reserved}.
inline Bytes message(std::uint16_t family, std::uint8_t cmd, const Bytes &attrs)
{
    Bytes b;
    le32(b, static_cast<std::uint32_t>(16 + 4 + attrs.size()));
    le16(b, family);
    le16(b, 0);
    le32(b, 1);
    le32(b, 0);
    b.push_back(cmd);
    b.push_back(1);
    le16(b, 0);
    b.insert(b.end(), attrs.begin(), attrs.end());
    return b;
}

constexpr std::uint16_t Family = 0x1f; // any id >= NLMSG_MIN_TYPE

// Values from include/uapi/linux/mptcp_pm.h, spelled out so the tests do not rely on
// the library's headers.
namespace pm {
constexpr std::uint16_t AttrAddr = 1, AttrRcvAddAddrs = 2, AttrSubflows = 3;
constexpr std::uint16_t AddrFamily = 1, AddrId = 2, Addr4 = 3, Addr6 = 4, AddrPort = 5, AddrFlags = 6, AddrIfIdx = 7;
constexpr std::uint8_t CmdGetAddr = 3, CmdGetLimits = 6;
} // namespace pm
namespace ev {
constexpr std::uint16_t Token = 1, Family = 2, LocId = 3, RemId = 4, Saddr4 = 5, Saddr6 = 6, Daddr4 = 7,
                        Daddr6 = 8, Sport = 9, Dport = 10, Backup = 11, Error = 12, Flags = 13, Timeout = 14,
                        IfIdx = 15, ResetReason = 16, ResetFlags = 17, ServerSide = 18;
} // namespace ev

inline Bytes endpointV4()
{
    return message(Family, pm::CmdGetAddr,
                   nest(pm::AttrAddr, cat({u16(pm::AddrFamily, 2), u8(pm::AddrId, 7),
                                           attr(pm::Addr4, {192, 0, 2, 10}), u16(pm::AddrPort, 8080),
                                           u32(pm::AddrFlags, 0x1 | 0x4), u32(pm::AddrIfIdx, 3)})));
}

inline Bytes limits(std::uint32_t subflows, std::uint32_t accepted)
{
    return message(Family, pm::CmdGetLimits, cat({u32(pm::AttrRcvAddAddrs, accepted), u32(pm::AttrSubflows, subflows)}));
}

// An event carrying every attribute the kernel defines, IPv4 addresses.
inline Bytes fullEventV4(std::uint8_t type)
{
    return message(Family, type,
                   cat({u32(ev::Token, 0xdeadbeef), u16(ev::Family, 2), u8(ev::LocId, 1), u8(ev::RemId, 2),
                        attr(ev::Saddr4, {10, 1, 0, 1}), attr(ev::Daddr4, {10, 2, 0, 2}), be16(ev::Sport, 40000),
                        be16(ev::Dport, 443), u8(ev::Backup, 1), u8(ev::Error, 104), u16(ev::Flags, 0x1),
                        u32(ev::Timeout, 30), u32(ev::IfIdx, 4), u32(ev::ResetReason, 3), u32(ev::ResetFlags, 0x5),
                        u8(ev::ServerSide, 1)}));
}

} // namespace golden
