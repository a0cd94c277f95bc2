// Netlink wire format: the mptcp_pm constants (with fallbacks for bits newer than
// the installed uapi header) and a fixed-buffer request builder, with the attribute
// walker of attributes.h. Private to the library.
#pragma once

#include "mptcp/netlink/attributes.h"
#include "mptcp/netlink/types.h"

#include <linux/genetlink.h>
#include <linux/mptcp.h>
#include <linux/netlink.h>

#include <array>
#include <cstdint>
#include <cstring>
#include <span>
#include <string_view>

// Debian 12 ships the 6.1 uapi header; these arrived later (include/uapi/linux/mptcp*.h).
#ifndef MPTCP_PM_ADDR_FLAG_IMPLICIT
#define MPTCP_PM_ADDR_FLAG_IMPLICIT (1 << 4) // kernel 6.0
#endif
#ifndef MPTCP_PM_ADDR_FLAG_LAMINAR
#define MPTCP_PM_ADDR_FLAG_LAMINAR (1 << 5) // kernel 6.18
#endif
#ifndef MPTCP_PM_EV_FLAG_DENY_JOIN_ID0
#define MPTCP_PM_EV_FLAG_DENY_JOIN_ID0 (1 << 0)
#endif
#ifndef MPTCP_PM_EV_FLAG_SERVER_SIDE
#define MPTCP_PM_EV_FLAG_SERVER_SIDE (1 << 1) // 6.17: replaces the MPTCP_ATTR_SERVER_SIDE attribute
#endif

namespace mptcp::nl::wire {

// enum mptcp_event_type values the 6.1 header lacks.
inline constexpr std::uint8_t EventListenerCreated = 15;
inline constexpr std::uint8_t EventListenerClosed = 16;

// The public value types mirror the uapi numbers; keep them honest.
static_assert(FlagSignal == MPTCP_PM_ADDR_FLAG_SIGNAL && FlagSubflow == MPTCP_PM_ADDR_FLAG_SUBFLOW
              && FlagBackup == MPTCP_PM_ADDR_FLAG_BACKUP && FlagFullmesh == MPTCP_PM_ADDR_FLAG_FULLMESH
              && FlagImplicit == MPTCP_PM_ADDR_FLAG_IMPLICIT && FlagLaminar == MPTCP_PM_ADDR_FLAG_LAMINAR);
static_assert(int(EventType::Created) == MPTCP_EVENT_CREATED && int(EventType::Established) == MPTCP_EVENT_ESTABLISHED
              && int(EventType::Closed) == MPTCP_EVENT_CLOSED && int(EventType::Announced) == MPTCP_EVENT_ANNOUNCED
              && int(EventType::Removed) == MPTCP_EVENT_REMOVED
              && int(EventType::SubEstablished) == MPTCP_EVENT_SUB_ESTABLISHED
              && int(EventType::SubClosed) == MPTCP_EVENT_SUB_CLOSED
              && int(EventType::SubPriority) == MPTCP_EVENT_SUB_PRIORITY
              && int(EventType::ListenerCreated) == EventListenerCreated
              && int(EventType::ListenerClosed) == EventListenerClosed);

inline constexpr std::size_t NlHdrLen = NLMSG_HDRLEN;                    // 16
inline constexpr std::size_t GenlHdrLen = GENL_HDRLEN;                   // 4
inline constexpr std::size_t AttrHdrLen = NLA_HDRLEN;                    // 4
inline constexpr std::size_t align4(std::size_t n) { return (n + 3u) & ~std::size_t{3}; }

using nl::Attr;
using nl::AttrWalker;
using nl::load;

// A whole generic netlink message split into its parts, after validating the
// nlmsghdr length against the buffer.
struct GenlMessage {
    std::uint16_t nlType = 0;
    std::uint16_t nlFlags = 0;
    std::uint8_t cmd = 0;
    std::span<const std::uint8_t> attrs;
};
Result<GenlMessage> splitGenl(std::span<const std::uint8_t> message, std::string_view operation);

Error malformed(std::string_view operation, std::string_view what);

// Builds one request in a fixed buffer; mptcp_pm requests are far below its size.
class Request {
public:
    Request(std::uint16_t family, std::uint8_t cmd, std::uint16_t flags);

    void putU8(std::uint16_t type, std::uint8_t v) { put(type, &v, sizeof v); }
    void putU16(std::uint16_t type, std::uint16_t v) { put(type, &v, sizeof v); }
    void putU32(std::uint16_t type, std::uint32_t v) { put(type, &v, sizeof v); }
    void putS32(std::uint16_t type, std::int32_t v) { put(type, &v, sizeof v); }
    void put(std::uint16_t type, const void *data, std::size_t len);
    // Adds FAMILY + ADDR4/ADDR6 inside an MPTCP_PM_ATTR_ADDR nest.
    void putAddress(const IpAddress &address);
    // Returns the nest's offset for endNest().
    std::size_t beginNest(std::uint16_t type);
    void endNest(std::size_t offset);

    void setSequence(std::uint32_t seq);
    [[nodiscard]] std::uint16_t flags() const { return m_flags; }
    [[nodiscard]] std::span<std::uint8_t> bytes() { return {m_buf.data(), m_len}; }

private:
    alignas(4) std::array<std::uint8_t, 256> m_buf{};
    std::size_t m_len = 0;
    std::uint16_t m_flags = 0;
};

} // namespace mptcp::nl::wire
