#include "wire.h"

#include <algorithm>
#include <cerrno>
#include <cstddef>
#include <string>
#include <sys/socket.h>

namespace mptcp::nl::wire {

Error malformed(std::string_view operation, std::string_view what)
{
    return Error{EBADMSG, "malformed netlink message: " + std::string(what), std::string(operation)};
}

Result<GenlMessage> splitGenl(std::span<const std::uint8_t> message, std::string_view operation)
{
    if (message.size() < NlHdrLen)
        return malformed(operation, "shorter than a netlink header");
    const auto len = load<std::uint32_t>(message.data());
    if (len < NlHdrLen || len > message.size())
        return malformed(operation, "netlink length does not match the buffer");
    GenlMessage m;
    m.nlType = load<std::uint16_t>(message.data() + 4);
    m.nlFlags = load<std::uint16_t>(message.data() + 6);
    if (m.nlType < NLMSG_MIN_TYPE)
        return malformed(operation, "a netlink control message, not a generic netlink one");
    if (len < NlHdrLen + GenlHdrLen)
        return malformed(operation, "missing the generic netlink header");
    m.cmd = message[NlHdrLen];
    m.attrs = message.subspan(NlHdrLen + GenlHdrLen, len - NlHdrLen - GenlHdrLen);
    return m;
}

Request::Request(std::uint16_t family, std::uint8_t cmd, std::uint16_t flags) : m_flags(flags)
{
    nlmsghdr hdr{};
    hdr.nlmsg_type = family;
    hdr.nlmsg_flags = flags;
    genlmsghdr genl{};
    genl.cmd = cmd;
    genl.version = MPTCP_PM_VER;
    std::memcpy(m_buf.data(), &hdr, sizeof hdr);
    std::memcpy(m_buf.data() + NlHdrLen, &genl, sizeof genl);
    m_len = NlHdrLen + GenlHdrLen;
    const auto len = static_cast<std::uint32_t>(m_len);
    std::memcpy(m_buf.data(), &len, sizeof len);
}

void Request::put(std::uint16_t type, const void *data, std::size_t len)
{
    const std::size_t total = align4(AttrHdrLen + len);
    // The largest request (an endpoint with every attribute) needs 84 bytes.
    if (m_len + total > m_buf.size())
        return;
    const auto nlaLen = static_cast<std::uint16_t>(AttrHdrLen + len);
    std::memcpy(m_buf.data() + m_len, &nlaLen, 2);
    std::memcpy(m_buf.data() + m_len + 2, &type, 2);
    if (len)
        std::memcpy(m_buf.data() + m_len + AttrHdrLen, data, len);
    std::memset(m_buf.data() + m_len + AttrHdrLen + len, 0, total - AttrHdrLen - len);
    m_len += total;
    const auto msgLen = static_cast<std::uint32_t>(m_len);
    std::memcpy(m_buf.data(), &msgLen, sizeof msgLen);
}

void Request::putAddress(const IpAddress &address)
{
    putU16(MPTCP_PM_ADDR_ATTR_FAMILY, static_cast<std::uint16_t>(address.family));
    if (address.family == AF_INET6)
        put(MPTCP_PM_ADDR_ATTR_ADDR6, address.bytes.data(), 16);
    else
        put(MPTCP_PM_ADDR_ATTR_ADDR4, address.bytes.data(), 4);
}

std::size_t Request::beginNest(std::uint16_t type)
{
    const std::size_t offset = m_len;
    put(type | NLA_F_NESTED, nullptr, 0);
    return offset;
}

void Request::endNest(std::size_t offset)
{
    const auto nlaLen = static_cast<std::uint16_t>(m_len - offset);
    std::memcpy(m_buf.data() + offset, &nlaLen, 2);
}

void Request::setSequence(std::uint32_t seq)
{
    std::memcpy(m_buf.data() + offsetof(nlmsghdr, nlmsg_seq), &seq, sizeof seq);
}

} // namespace mptcp::nl::wire
