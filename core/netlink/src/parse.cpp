// Parsers for mptcp_pm replies and events. Attribute encodings follow the kernel's
// include/uapi/linux/mptcp_pm.h and net/mptcp/pm_netlink.c: endpoint ports are host
// order, event ports big-endian; every fixed-size attribute must have exactly its size.
#include "mptcp/netlink/pm.h"
#include "wire.h"

#include <arpa/inet.h>
#include <sys/socket.h>

namespace mptcp::nl {

using wire::Attr;
using wire::AttrWalker;
using wire::load;

namespace {

constexpr std::string_view OpEndpoint = "read endpoint";
constexpr std::string_view OpLimits = "read limits";
constexpr std::string_view OpEvent = "read event";

// Checks an attribute's payload size; on mismatch records a description.
bool sized(const Attr &a, std::size_t n, std::string_view name, std::string &why)
{
    if (a.payload.size() == n)
        return true;
    why = std::string(name) + " attribute has " + std::to_string(a.payload.size()) + " bytes, expected "
        + std::to_string(n);
    return false;
}

IpAddress addressFrom(int family, std::span<const std::uint8_t> bytes)
{
    IpAddress a;
    a.family = family;
    std::memcpy(a.bytes.data(), bytes.data(), bytes.size());
    return a;
}

Result<Endpoint> parseEndpointNest(std::span<const std::uint8_t> nest)
{
    Endpoint ep;
    std::optional<std::uint16_t> family;
    std::span<const std::uint8_t> addr4, addr6;
    std::string why;
    AttrWalker w(nest);
    Attr a;
    while (w.next(a)) {
        switch (a.type) {
        case MPTCP_PM_ADDR_ATTR_FAMILY:
            if (!sized(a, 2, "family", why))
                return wire::malformed(OpEndpoint, why);
            family = load<std::uint16_t>(a.payload.data());
            break;
        case MPTCP_PM_ADDR_ATTR_ID:
            if (!sized(a, 1, "id", why))
                return wire::malformed(OpEndpoint, why);
            ep.id = a.payload[0];
            break;
        case MPTCP_PM_ADDR_ATTR_ADDR4:
            if (!sized(a, 4, "IPv4 address", why))
                return wire::malformed(OpEndpoint, why);
            addr4 = a.payload;
            break;
        case MPTCP_PM_ADDR_ATTR_ADDR6:
            if (!sized(a, 16, "IPv6 address", why))
                return wire::malformed(OpEndpoint, why);
            addr6 = a.payload;
            break;
        case MPTCP_PM_ADDR_ATTR_PORT:
            if (!sized(a, 2, "port", why))
                return wire::malformed(OpEndpoint, why);
            ep.port = load<std::uint16_t>(a.payload.data());
            break;
        case MPTCP_PM_ADDR_ATTR_FLAGS:
            if (!sized(a, 4, "flags", why))
                return wire::malformed(OpEndpoint, why);
            ep.flags = load<std::uint32_t>(a.payload.data());
            break;
        case MPTCP_PM_ADDR_ATTR_IF_IDX:
            if (!sized(a, 4, "ifindex", why))
                return wire::malformed(OpEndpoint, why);
            ep.ifindex = load<std::int32_t>(a.payload.data());
            break;
        default:
            break; // newer kernels may add attributes: ignore, like nla_parse
        }
    }
    if (w.failed())
        return wire::malformed(OpEndpoint, "truncated or overlong address attribute");
    if (!family)
        return wire::malformed(OpEndpoint, "endpoint without address family");
    if (*family == AF_INET && !addr4.empty())
        ep.address = addressFrom(AF_INET, addr4);
    else if (*family == AF_INET6 && !addr6.empty())
        ep.address = addressFrom(AF_INET6, addr6);
    else
        return wire::malformed(OpEndpoint, "endpoint address missing or of unknown family " + std::to_string(*family));
    return ep;
}

} // namespace

Result<Endpoint> parseEndpointMessage(std::span<const std::uint8_t> message)
{
    auto msg = wire::splitGenl(message, OpEndpoint);
    if (!msg)
        return msg.error();
    std::optional<Result<Endpoint>> found;
    AttrWalker w(msg->attrs);
    Attr a;
    while (w.next(a)) {
        if (a.type == MPTCP_PM_ATTR_ADDR)
            found.emplace(parseEndpointNest(a.payload));
    }
    if (w.failed())
        return wire::malformed(OpEndpoint, "truncated or overlong attribute");
    if (!found)
        return wire::malformed(OpEndpoint, "no address attribute");
    return std::move(*found);
}

Result<Limits> parseLimitsMessage(std::span<const std::uint8_t> message)
{
    auto msg = wire::splitGenl(message, OpLimits);
    if (!msg)
        return msg.error();
    std::optional<std::uint32_t> subflows, accepted;
    std::string why;
    AttrWalker w(msg->attrs);
    Attr a;
    while (w.next(a)) {
        if (a.type == MPTCP_PM_ATTR_SUBFLOWS) {
            if (!sized(a, 4, "subflows", why))
                return wire::malformed(OpLimits, why);
            subflows = load<std::uint32_t>(a.payload.data());
        } else if (a.type == MPTCP_PM_ATTR_RCV_ADD_ADDRS) {
            if (!sized(a, 4, "add_addr_accepted", why))
                return wire::malformed(OpLimits, why);
            accepted = load<std::uint32_t>(a.payload.data());
        }
    }
    if (w.failed())
        return wire::malformed(OpLimits, "truncated or overlong attribute");
    if (!subflows || !accepted)
        return wire::malformed(OpLimits, "limits reply lacks subflows or add_addr_accepted");
    return Limits{*subflows, *accepted};
}

Result<Event> parseEventMessage(std::span<const std::uint8_t> message)
{
    auto msg = wire::splitGenl(message, OpEvent);
    if (!msg)
        return msg.error();
    Event ev;
    ev.rawType = msg->cmd;
    switch (msg->cmd) {
    case MPTCP_EVENT_CREATED:
    case MPTCP_EVENT_ESTABLISHED:
    case MPTCP_EVENT_CLOSED:
    case MPTCP_EVENT_ANNOUNCED:
    case MPTCP_EVENT_REMOVED:
    case MPTCP_EVENT_SUB_ESTABLISHED:
    case MPTCP_EVENT_SUB_CLOSED:
    case MPTCP_EVENT_SUB_PRIORITY:
    case wire::EventListenerCreated:
    case wire::EventListenerClosed:
        ev.type = static_cast<EventType>(msg->cmd);
        break;
    default:
        ev.type = EventType::Unspec; // delivered anyway; rawType tells what it was
        break;
    }

    std::string why;
    AttrWalker w(msg->attrs);
    Attr a;
    while (w.next(a)) {
        const auto *p = a.payload.data();
        switch (a.type) {
        case MPTCP_ATTR_TOKEN:
            if (!sized(a, 4, "token", why))
                return wire::malformed(OpEvent, why);
            ev.token = load<std::uint32_t>(p);
            break;
        case MPTCP_ATTR_FAMILY:
            if (!sized(a, 2, "family", why))
                return wire::malformed(OpEvent, why);
            ev.family = load<std::uint16_t>(p);
            break;
        case MPTCP_ATTR_LOC_ID:
            if (!sized(a, 1, "local id", why))
                return wire::malformed(OpEvent, why);
            ev.localId = p[0];
            break;
        case MPTCP_ATTR_REM_ID:
            if (!sized(a, 1, "remote id", why))
                return wire::malformed(OpEvent, why);
            ev.remoteId = p[0];
            break;
        case MPTCP_ATTR_SADDR4:
        case MPTCP_ATTR_DADDR4:
            if (!sized(a, 4, "IPv4 address", why))
                return wire::malformed(OpEvent, why);
            (a.type == MPTCP_ATTR_SADDR4 ? ev.saddr : ev.daddr) = addressFrom(AF_INET, a.payload);
            break;
        case MPTCP_ATTR_SADDR6:
        case MPTCP_ATTR_DADDR6:
            if (!sized(a, 16, "IPv6 address", why))
                return wire::malformed(OpEvent, why);
            (a.type == MPTCP_ATTR_SADDR6 ? ev.saddr : ev.daddr) = addressFrom(AF_INET6, a.payload);
            break;
        case MPTCP_ATTR_SPORT:
        case MPTCP_ATTR_DPORT:
            if (!sized(a, 2, "port", why))
                return wire::malformed(OpEvent, why);
            (a.type == MPTCP_ATTR_SPORT ? ev.sport : ev.dport) = ntohs(load<std::uint16_t>(p));
            break;
        case MPTCP_ATTR_BACKUP:
            if (!sized(a, 1, "backup", why))
                return wire::malformed(OpEvent, why);
            ev.backup = p[0] != 0;
            break;
        case MPTCP_ATTR_ERROR:
            if (!sized(a, 1, "error", why))
                return wire::malformed(OpEvent, why);
            ev.error = p[0];
            break;
        case MPTCP_ATTR_FLAGS:
            if (!sized(a, 2, "flags", why))
                return wire::malformed(OpEvent, why);
            ev.flags = load<std::uint16_t>(p);
            break;
        case MPTCP_ATTR_TIMEOUT:
            if (!sized(a, 4, "timeout", why))
                return wire::malformed(OpEvent, why);
            ev.timeout = load<std::uint32_t>(p);
            break;
        case MPTCP_ATTR_IF_IDX:
            if (!sized(a, 4, "ifindex", why))
                return wire::malformed(OpEvent, why);
            ev.ifindex = load<std::int32_t>(p);
            break;
        case MPTCP_ATTR_RESET_REASON:
            if (!sized(a, 4, "reset reason", why))
                return wire::malformed(OpEvent, why);
            ev.resetReason = load<std::uint32_t>(p);
            break;
        case MPTCP_ATTR_RESET_FLAGS:
            if (!sized(a, 4, "reset flags", why))
                return wire::malformed(OpEvent, why);
            ev.resetFlags = load<std::uint32_t>(p);
            break;
        case MPTCP_ATTR_SERVER_SIDE:
            if (!sized(a, 1, "server side", why))
                return wire::malformed(OpEvent, why);
            ev.serverSide = p[0] != 0;
            break;
        default:
            break; // attributes of newer kernels: ignored, not fatal
        }
    }
    if (w.failed())
        return wire::malformed(OpEvent, "truncated or overlong attribute");
    // Kernel 6.17+ reports the server side as a flag bit and deprecates the attribute.
    if (ev.flags && (*ev.flags & MPTCP_PM_EV_FLAG_SERVER_SIDE))
        ev.serverSide = true;
    return ev;
}

} // namespace mptcp::nl
