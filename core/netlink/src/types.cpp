#include "mptcp/netlink/types.h"

#include <arpa/inet.h>
#include <cerrno>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <system_error>

namespace mptcp::nl {

std::string Error::describe() const
{
    // genl rejects GENL_ADMIN_PERM commands and CAP_NET_ADMIN multicast groups
    // with EPERM and no extended-ACK text, so say what is missing.
    if (code == EPERM || code == EACCES)
        return "permission denied: needs CAP_NET_ADMIN (run as root or use the helper)";
    std::string text = message.empty() ? std::error_code(code, std::generic_category()).message() : message;
    if (operation.empty())
        return text;
    return operation + ": " + text;
}

std::optional<IpAddress> IpAddress::parse(std::string_view text)
{
    // inet_pton needs a terminated string; longer text cannot be an address.
    char buf[INET6_ADDRSTRLEN + 1];
    if (text.empty() || text.size() >= sizeof buf)
        return std::nullopt;
    std::memcpy(buf, text.data(), text.size());
    buf[text.size()] = '\0';
    IpAddress a;
    if (::inet_pton(AF_INET, buf, a.bytes.data()) == 1) {
        a.family = AF_INET;
        return a;
    }
    if (::inet_pton(AF_INET6, buf, a.bytes.data()) == 1) {
        a.family = AF_INET6;
        return a;
    }
    return std::nullopt;
}

IpAddress IpAddress::fromV4(const std::uint8_t (&b)[4])
{
    IpAddress a;
    a.family = AF_INET;
    std::memcpy(a.bytes.data(), b, 4);
    return a;
}

IpAddress IpAddress::fromV6(const std::uint8_t (&b)[16])
{
    IpAddress a;
    a.family = AF_INET6;
    std::memcpy(a.bytes.data(), b, 16);
    return a;
}

std::string IpAddress::toString() const
{
    if (family != AF_INET && family != AF_INET6)
        return {};
    char buf[INET6_ADDRSTRLEN];
    if (!::inet_ntop(family, bytes.data(), buf, sizeof buf))
        return {};
    return buf;
}

namespace {

struct FlagName {
    std::uint32_t bit;
    std::string_view word;
};

// Print order of iproute2's ip/ipmptcp.c (mptcp_addr_flag_names).
constexpr FlagName FlagNames[] = {
    {FlagSignal, "signal"},     {FlagSubflow, "subflow"},   {FlagBackup, "backup"},
    {FlagFullmesh, "fullmesh"}, {FlagImplicit, "implicit"}, {FlagLaminar, "laminar"},
};

} // namespace

std::vector<std::string> flagWords(std::uint32_t flags)
{
    std::vector<std::string> words;
    for (const auto &f : FlagNames) {
        if (flags & f.bit)
            words.emplace_back(f.word);
        flags &= ~f.bit;
    }
    for (unsigned bit = 0; bit < 32; ++bit) {
        const std::uint32_t mask = 1u << bit;
        if (!(flags & mask))
            continue;
        char buf[16];
        std::snprintf(buf, sizeof buf, "0x%02x", mask);
        words.emplace_back(buf);
    }
    return words;
}

std::optional<std::uint32_t> flagFromWord(std::string_view word)
{
    for (const auto &f : FlagNames) {
        if (word == f.word)
            return f.bit;
    }
    // The "0xNN" words flagWords() emits for bits this version has no name for.
    if (word.size() > 2 && word[0] == '0' && (word[1] == 'x' || word[1] == 'X')) {
        std::uint32_t v = 0;
        const auto *end = word.data() + word.size();
        auto [ptr, ec] = std::from_chars(word.data() + 2, end, v, 16);
        if (ec == std::errc() && ptr == end && v != 0)
            return v;
    }
    return std::nullopt;
}

std::string_view eventTypeName(EventType type)
{
    // Names of iproute2's event_to_str[], in lower case.
    switch (type) {
    case EventType::Created:
        return "created";
    case EventType::Established:
        return "established";
    case EventType::Closed:
        return "closed";
    case EventType::Announced:
        return "announced";
    case EventType::Removed:
        return "removed";
    case EventType::SubEstablished:
        return "sf_established";
    case EventType::SubClosed:
        return "sf_closed";
    case EventType::SubPriority:
        return "sf_prio";
    case EventType::ListenerCreated:
        return "listener_created";
    case EventType::ListenerClosed:
        return "listener_closed";
    case EventType::Unspec:
        break;
    }
    return "unknown";
}

} // namespace mptcp::nl
