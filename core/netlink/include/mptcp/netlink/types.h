// Value types of the in-kernel MPTCP path manager (generic netlink family "mptcp_pm").
// Plain C++20, no Qt, no libnl types: every layer above can use them freely.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace mptcp::nl {

// An error as the kernel (or the library) reported it. `code` is a positive errno
// value (EINVAL, EPERM, ...), `message` the kernel's extended-ACK text when it sent
// one (e.g. "limit greater than maximum (8)"), otherwise a library-made description.
struct Error {
    int code = 0;
    std::string message;
    // Which operation failed, e.g. "add endpoint", so callers can say what step broke.
    std::string operation;

    // "permission denied: needs CAP_NET_ADMIN (run as root or use the helper)" etc.
    [[nodiscard]] std::string describe() const;
};

// Minimal expected-like result (std::expected is C++23).
template <class T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_v(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_v(std::in_place_index<1>, std::move(error)) {}

    [[nodiscard]] bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] T &value() { return std::get<0>(m_v); }
    [[nodiscard]] const T &value() const { return std::get<0>(m_v); }
    T &operator*() { return value(); }
    const T &operator*() const { return value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    [[nodiscard]] const Error &error() const { return std::get<1>(m_v); }

private:
    std::variant<T, Error> m_v;
};

template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_err(std::move(error)) {}
    [[nodiscard]] bool ok() const { return !m_err.has_value(); }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] const Error &error() const { return *m_err; }

private:
    std::optional<Error> m_err;
};

// An IPv4 or IPv6 address in network byte order.
struct IpAddress {
    int family = 0; // AF_INET, AF_INET6 or 0 (unset)
    std::array<std::uint8_t, 16> bytes{};

    // Accepts the textual forms inet_pton accepts; nullopt otherwise.
    static std::optional<IpAddress> parse(std::string_view text);
    static IpAddress fromV4(const std::uint8_t (&b)[4]);
    static IpAddress fromV6(const std::uint8_t (&b)[16]);
    [[nodiscard]] std::string toString() const; // "" when unset
    [[nodiscard]] bool isSet() const { return family != 0; }
    [[nodiscard]] std::size_t size() const { return family == 10 /*AF_INET6*/ ? 16 : 4; }
    friend bool operator==(const IpAddress &, const IpAddress &) = default;
};

// Endpoint flags as the kernel defines them (MPTCP_PM_ADDR_FLAG_*). The installed
// uapi header may lack the newer bits; they are defined here so newer kernels'
// dumps are shown, not rejected.
enum EndpointFlag : std::uint32_t {
    FlagSignal = 1u << 0,
    FlagSubflow = 1u << 1,
    FlagBackup = 1u << 2,
    FlagFullmesh = 1u << 3,
    FlagImplicit = 1u << 4, // kernel 6.0+: created by the PM for an id-0/unknown address
    FlagLaminar = 1u << 5,  // kernel 6.18+
};

// Flag words in the order and spelling `ip mptcp` prints them. Unknown bits are
// reported as "0xNN" words so nothing is silently dropped.
std::vector<std::string> flagWords(std::uint32_t flags);
// Parses one word ("signal", "subflow", "backup", "fullmesh", "implicit", "laminar").
std::optional<std::uint32_t> flagFromWord(std::string_view word);

struct Endpoint {
    std::uint8_t id = 0;
    IpAddress address;
    std::uint16_t port = 0; // host byte order; 0 = none
    std::uint32_t flags = 0;
    std::int32_t ifindex = 0; // 0 = none
    friend bool operator==(const Endpoint &, const Endpoint &) = default;
};

struct Limits {
    std::uint32_t subflows = 0;
    std::uint32_t addAddrAccepted = 0;
    friend bool operator==(const Limits &, const Limits &) = default;
};

// Path-manager events (enum mptcp_event_type), including the ones newer than the
// installed uapi header.
enum class EventType : std::uint8_t {
    Unspec = 0,
    Created = 1,
    Established = 2,
    Closed = 3,
    Announced = 6,
    Removed = 7,
    SubEstablished = 10,
    SubClosed = 11,
    SubPriority = 13,
    ListenerCreated = 15,
    ListenerClosed = 16,
};

// "created", "established", ... as `ip mptcp monitor` names them (without the
// upper-case spelling); "unknown" for anything else.
std::string_view eventTypeName(EventType type);

struct Event {
    EventType type = EventType::Unspec;
    std::uint8_t rawType = 0; // the command byte as received (for unknown types)
    std::optional<std::uint32_t> token;
    std::optional<std::uint16_t> family;
    std::optional<std::uint8_t> localId;
    std::optional<std::uint8_t> remoteId;
    std::optional<IpAddress> saddr;
    std::optional<IpAddress> daddr;
    std::optional<std::uint16_t> sport; // host byte order
    std::optional<std::uint16_t> dport; // host byte order
    std::optional<bool> backup;
    std::optional<std::uint8_t> error;
    std::optional<std::uint16_t> flags;
    std::optional<std::uint32_t> timeout;
    std::optional<std::int32_t> ifindex;
    std::optional<std::uint32_t> resetReason;
    std::optional<std::uint32_t> resetFlags;
    std::optional<bool> serverSide;
    friend bool operator==(const Event &, const Event &) = default;
};

// One /proc/sys/net/mptcp entry; `value` is the trimmed text as the kernel prints it.
struct SysctlEntry {
    std::string key;
    std::string value;
    friend bool operator==(const SysctlEntry &, const SysctlEntry &) = default;
};

// net.mptcp.* of the caller's network namespace. Known keys are parsed into fields
// (nullopt when this kernel does not have them); `all` keeps every key, known or
// not, so newer kernels' settings are shown rather than dropped.
struct Sysctls {
    std::optional<bool> enabled;
    std::optional<std::string> pathManager;     // "kernel" / "userspace" (6.15+)
    std::optional<int> pmType;                  // 0 in-kernel, 1 userspace
    std::optional<bool> checksumEnabled;
    std::optional<bool> allowJoinInitialAddrPort;
    std::optional<int> addAddrTimeout;          // seconds
    std::optional<int> staleLossCnt;
    std::optional<std::string> scheduler;
    std::vector<SysctlEntry> all;               // sorted by key
};

} // namespace mptcp::nl
