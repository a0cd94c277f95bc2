// The in-kernel path manager over generic netlink ("mptcp_pm"), on libnl-genl-3.
// One function per genl command. Nothing here prints, throws or aborts: every
// failure is an Error value carrying the kernel's errno and extended-ACK message.
#pragma once

#include "mptcp/netlink/types.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <span>

namespace mptcp::nl {

// Which endpoint a command refers to: by id (1..255), or by address (+ optional port),
// mirroring `ip mptcp endpoint delete/change`.
struct EndpointSelector {
    std::uint8_t id = 0;
    std::optional<IpAddress> address;
    std::uint16_t port = 0;
};

// A command socket bound to the network namespace of the calling thread at open().
// One socket per instance, reused for every call; not thread-safe (one per thread).
// Reads (getLimits, getEndpoint, dumpEndpoints) work unprivileged; every write
// needs CAP_NET_ADMIN in the namespace and fails with EPERM otherwise.
class PathManager {
public:
    // Connects to generic netlink, resolves "mptcp_pm" and enables extended ACK.
    // ENOENT-like error with a clear message when the kernel has no MPTCP.
    static Result<PathManager> open();

    PathManager(PathManager &&) noexcept;
    PathManager &operator=(PathManager &&) noexcept;
    ~PathManager();

    Result<Limits> getLimits();
    // Unset fields are not sent (the kernel keeps its value), as with `ip mptcp limits set`.
    Result<void> setLimits(std::optional<std::uint32_t> subflows, std::optional<std::uint32_t> addAddrAccepted);

    Result<void> addEndpoint(const Endpoint &endpoint);
    // id != 0: delete by id (address optional, like iproute2); id == 0: by address.
    // Kernel behaviour (6.18): id 0 + address does not touch the endpoint table; it
    // removes that address from connections using it as their initial (id 0) subflow.
    Result<void> deleteEndpoint(const EndpointSelector &which);
    Result<Endpoint> getEndpoint(std::uint8_t id);
    Result<std::vector<Endpoint>> dumpEndpoints();
    Result<void> flushEndpoints();
    // Sends `flags` as the new backup/fullmesh state (the kernel applies both bits).
    Result<void> setFlags(const EndpointSelector &which, std::uint32_t flags);

    // Family id as resolved (for tests/benchmarks).
    [[nodiscard]] int familyId() const;

private:
    struct Impl;
    explicit PathManager(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> d;
};

// A subscription to the "mptcp_pm_events" multicast group (needs CAP_NET_ADMIN).
class EventListener {
public:
    static Result<EventListener> open();

    EventListener(EventListener &&) noexcept;
    EventListener &operator=(EventListener &&) noexcept;
    ~EventListener();

    // File descriptor to poll/QSocketNotifier for readability.
    [[nodiscard]] int fd() const;
    // Reads what is pending without blocking and calls `sink` for each parsed event.
    // Malformed messages are skipped and counted, never fatal.
    Result<void> dispatch(const std::function<void(const Event &)> &sink);
    // Blocks up to timeoutMs (-1 = forever) for readability, then dispatches.
    Result<void> waitAndDispatch(int timeoutMs, const std::function<void(const Event &)> &sink);
    [[nodiscard]] std::uint64_t malformedCount() const;

private:
    struct Impl;
    explicit EventListener(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> d;
};

// A netlink socket in the caller's network namespace that receives "mptcp_pm_events"
// (what `ss -A genl` lists with its groups).
struct PmEventSubscriber {
    std::uint32_t portid = 0; // netlink port id (often, not always, the owner's pid)
    std::uint64_t inode = 0; // socket inode, as in /proc/PID/fd links "socket:[inode]"
};

// Every socket subscribed to the path manager's event group in this namespace, from one
// NETLINK_SOCK_DIAG dump (unprivileged). A daemon managing MPTCP endpoints (mptcpd) always
// listens there; an empty list means none runs in this namespace.
Result<std::vector<PmEventSubscriber>> pmEventSubscribers();

// Pure parsers over a whole netlink message (nlmsghdr + genlmsghdr + attributes),
// used by the socket code above and directly by unit tests and fuzzers. Truncated or
// malformed input yields an Error (EINVAL / EBADMSG), never a crash.
Result<Endpoint> parseEndpointMessage(std::span<const std::uint8_t> message);
Result<Limits> parseLimitsMessage(std::span<const std::uint8_t> message);
Result<Event> parseEventMessage(std::span<const std::uint8_t> message);

// Reads /proc/sys/net/mptcp (or `dir`, for tests) of the caller's network namespace.
Result<Sysctls> readSysctls(const std::string &dir = "/proc/sys/net/mptcp");

} // namespace mptcp::nl
