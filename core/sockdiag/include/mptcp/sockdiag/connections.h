// Live MPTCP connections and their TCP subflows, read from the kernel's socket
// diagnostics (NETLINK_SOCK_DIAG, the interface `ss -M` uses). Plain C++20, no Qt,
// no libnl types: the CLI, the helper and the GUI's worker thread share it.
//
// A listing is two dumps: MPTCP sockets (IPPROTO_MPTCP, which carries `struct
// mptcp_info`), then TCP sockets whose upper-layer protocol is "mptcp" (the
// subflows, which carry the connection's token). Subflows are matched to their
// connection by token. Everything is read from the network namespace of the
// calling thread.
#pragma once

#include "mptcp/netlink/types.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace mptcp::sockdiag {

using nl::Error;
using nl::IpAddress;
using nl::Result;

// The kernel's TCP states (include/net/tcp_states.h); MPTCP sockets use them too.
enum class TcpState : std::uint8_t {
    Unknown = 0,
    Established = 1,
    SynSent = 2,
    SynRecv = 3,
    FinWait1 = 4,
    FinWait2 = 5,
    TimeWait = 6,
    Close = 7,
    CloseWait = 8,
    LastAck = 9,
    Listen = 10,
    Closing = 11,
    NewSynRecv = 12,
    BoundInactive = 13,
};

// "established", "syn-sent", ..., "listen" ("unknown" for anything else).
std::string_view stateName(TcpState state);

// Per-subflow flags as the kernel reports them (MPTCP_SUBFLOW_FLAG_*).
enum SubflowFlag : std::uint32_t {
    SubflowMpCapableRemote = 1u << 0, // the peer answered MP_CAPABLE
    SubflowMpCapableLocal = 1u << 1,  // we asked for MP_CAPABLE (initial subflow)
    SubflowJoinRemote = 1u << 2,      // the peer sent MP_JOIN
    SubflowJoinLocal = 1u << 3,       // we sent MP_JOIN (additional subflow)
    SubflowBackupRemote = 1u << 4,    // the peer asked us to use it as backup only
    SubflowBackupLocal = 1u << 5,     // we asked the peer to use it as backup only
    SubflowFullyEstablished = 1u << 6,
    SubflowConnected = 1u << 7,
    SubflowMapValid = 1u << 8,
};

// Where a subflow's interface came from.
enum class InterfaceSource : std::uint8_t {
    Unknown,      // not resolved (option off, or the address is not local any more)
    BoundDevice,  // the socket is bound to a device (endpoint with `dev`): the kernel forces it
    LocalAddress, // the interface that owns the subflow's local address
};

// struct tcp_info fields worth showing. Zero when the kernel did not send them.
struct TcpStats {
    std::uint32_t rttUs = 0;
    std::uint32_t rttVarUs = 0;
    std::uint32_t minRttUs = 0;
    std::uint32_t cwnd = 0; // segments
    std::uint32_t ssthresh = 0;
    std::uint32_t mss = 0;
    std::uint32_t totalRetrans = 0;
    std::uint64_t bytesSent = 0;
    std::uint64_t bytesAcked = 0;
    std::uint64_t bytesReceived = 0;
    std::uint64_t bytesRetrans = 0;
    std::uint64_t deliveryRate = 0; // bytes per second
    std::uint32_t lastDataSentMs = 0;
    std::uint32_t lastDataRecvMs = 0;
    friend bool operator==(const TcpStats &, const TcpStats &) = default;
};

// One TCP subflow of an MPTCP connection.
struct Subflow {
    TcpState state = TcpState::Unknown;
    IpAddress localAddress;
    std::uint16_t localPort = 0; // host byte order
    IpAddress remoteAddress;
    std::uint16_t remotePort = 0;
    std::uint64_t cookie = 0; // the kernel's socket cookie: stable identity while it lives

    // From the subflow's ULP info (INET_ULP_INFO_MPTCP). Older kernels send it only
    // to CAP_NET_ADMIN readers, newer ones send tokens, ids and flags to everyone;
    // zero when absent.
    std::uint32_t localToken = 0; // equals the connection's token
    std::uint32_t remoteToken = 0;
    std::uint8_t localId = 0; // endpoint ids (0 = the initial subflow's address)
    std::uint8_t remoteId = 0;
    std::uint32_t flags = 0; // SubflowFlag bits
    bool hasUlpInfo = false;

    std::int32_t ifindex = 0;
    std::string interfaceName;
    InterfaceSource interfaceSource = InterfaceSource::Unknown;

    TcpStats tcp;
    bool hasTcpInfo = false;

    [[nodiscard]] bool backup() const { return flags & (SubflowBackupLocal | SubflowBackupRemote); }
    [[nodiscard]] bool fullyEstablished() const { return flags & SubflowFullyEstablished; }
    // Carries data now: established and not a backup path.
    [[nodiscard]] bool active() const { return state == TcpState::Established && !backup(); }
    friend bool operator==(const Subflow &, const Subflow &) = default;
};

// struct mptcp_info as the running kernel sends it. `length` is how many bytes it
// sent: fields past it are zero because that kernel does not know them.
struct MptcpInfo {
    std::uint8_t subflows = 0; // additional subflows (the initial one is not counted)
    std::uint8_t addAddrSignal = 0;
    std::uint8_t addAddrAccepted = 0;
    std::uint8_t subflowsMax = 0; // limit
    std::uint8_t addAddrSignalMax = 0;
    std::uint8_t addAddrAcceptedMax = 0;
    std::uint32_t flags = 0; // MptcpInfoFlag bits
    std::uint32_t token = 0;
    std::uint64_t writeSeq = 0;
    std::uint64_t sndUna = 0;
    std::uint64_t rcvNxt = 0;
    std::uint8_t localAddrUsed = 0; // 5.12+
    std::uint8_t localAddrMax = 0;
    std::uint8_t csumEnabled = 0; // 5.14+
    std::uint32_t retransmits = 0; // 6.5+
    std::uint64_t bytesRetrans = 0;
    std::uint64_t bytesSent = 0;
    std::uint64_t bytesReceived = 0;
    std::uint64_t bytesAcked = 0;
    std::uint8_t subflowsTotal = 0;   // 6.8+: all subflows, the initial one included
    std::uint8_t endpLaminarMax = 0;  // 6.18+
    std::uint8_t endpFullmeshMax = 0; // 6.18+
    std::uint32_t lastDataSentMs = 0; // 6.10+
    std::uint32_t lastDataRecvMs = 0;
    std::uint32_t lastAckRecvMs = 0;
    std::uint16_t length = 0;

    [[nodiscard]] bool hasByteCounters() const; // bytes*/retransmits present (6.5+)
    [[nodiscard]] bool hasSubflowsTotal() const; // 6.8+
    friend bool operator==(const MptcpInfo &, const MptcpInfo &) = default;
};

enum MptcpInfoFlag : std::uint32_t {
    InfoFallback = 1u << 0,          // MPTCP_INFO_FLAG_FALLBACK: plain TCP underneath
    InfoRemoteKeyReceived = 1u << 1, // MPTCP_INFO_FLAG_REMOTE_KEY_RECEIVED
};

// The process holding a socket's file descriptor.
struct Owner {
    int pid = 0;
    std::string command; // /proc/PID/comm
    friend bool operator==(const Owner &, const Owner &) = default;
};

struct MptcpConnection {
    TcpState state = TcpState::Unknown;
    IpAddress localAddress;
    std::uint16_t localPort = 0; // host byte order
    IpAddress remoteAddress;
    std::uint16_t remotePort = 0;
    std::uint64_t cookie = 0; // stable identity while the socket lives (listeners have no token)
    std::uint32_t token = 0;  // the local token; 0 for listeners
    std::uint32_t inode = 0;
    std::uint32_t uid = 0;
    std::uint32_t recvQueue = 0;
    std::uint32_t sendQueue = 0;
    std::optional<MptcpInfo> info;
    bool fallback = false; // MPTCP was not negotiated (or was given up): plain TCP
    std::vector<Subflow> subflows;
    std::optional<Owner> owner; // filled by resolveOwners()

    friend bool operator==(const MptcpConnection &, const MptcpConnection &) = default;
};

struct Snapshot {
    std::vector<MptcpConnection> connections;
    // Subflows whose token matched no connection of the first dump (a connection
    // that opened or closed between the two dumps).
    std::vector<Subflow> unmatchedSubflows;
    // Replies the parser rejected (never expected from a sane kernel; shown, not fatal).
    std::size_t skippedMessages = 0;

    [[nodiscard]] const MptcpConnection *findByToken(std::uint32_t token) const;
    [[nodiscard]] const MptcpConnection *findByCookie(std::uint64_t cookie) const;
};

struct ListOptions {
    bool subflows = true;   // second dump (TCP) to attach subflows
    bool interfaces = true; // resolve each subflow's interface (one address dump)
    bool listeners = true;  // include MPTCP sockets in LISTEN state
};

// Lists every MPTCP socket of the caller's network namespace (IPv4 and IPv6, all
// states), with its subflows. Without CAP_NET_ADMIN older kernels omit the
// subflows' tokens, so they land in unmatchedSubflows; without MPTCP diag support
// in the kernel the Error says so. Cost: about 13 ms per 1 000 connections with
// their subflows (bench/bench-connections.sh), so poll it from a worker thread.
Result<Snapshot> listConnections(const ListOptions &options = {});

// Fills `owner` of each connection by scanning /proc/*/fd for "socket:[inode]"
// links (slow: reads every process's fd table; only what this user may read).
// Returns how many connections got an owner.
Result<std::size_t> resolveOwners(Snapshot &snapshot, const std::string &procDir = "/proc");

// The same in two steps, so that the /proc scan can run on another thread while the
// sockets are listed: every socket inode found in /proc/*/fd with the oldest process
// (lowest pid) holding it, then the owners of a snapshot's connections from that
// table (reading /proc/PID/comm once per process).
struct SocketOwners {
    std::unordered_map<std::uint32_t, int> pidByInode;
};
Result<SocketOwners> scanSocketOwners(const std::string &procDir = "/proc");
std::size_t assignOwners(Snapshot &snapshot, const SocketOwners &owners, const std::string &procDir = "/proc");

// What changed between two snapshots, for notifications.
struct ConnectionEvent {
    enum class Kind : std::uint8_t {
        Opened,           // a connection appeared
        Closed,           // a connection disappeared
        SubflowAdded,     // a subflow appeared on a connection present in both
        SubflowClosed,    // a subflow disappeared from a connection still present
        SubflowBackupChanged,
        FellBack,         // the connection fell back to plain TCP
        FailoverToBackup, // no active subflow is left, only backup ones carry data
    };
    Kind kind = Kind::Opened;
    MptcpConnection connection; // as in the later snapshot (earlier one for Closed)
    std::optional<Subflow> subflow;
    friend bool operator==(const ConnectionEvent &, const ConnectionEvent &) = default;
};

// Connections and subflows are identified by their socket cookies. Listeners are
// reported as Opened/Closed like connections.
std::vector<ConnectionEvent> diffSnapshots(const Snapshot &before, const Snapshot &after);

// Pure parsers over one whole sock_diag reply message (nlmsghdr + inet_diag_msg +
// attributes), for the dump code, unit tests and fuzzers. Malformed input yields
// an Error (EBADMSG), never a crash.
Result<MptcpConnection> parseMptcpDiagMessage(std::span<const std::uint8_t> message);
// nullopt: a TCP socket that is not an MPTCP subflow (no "mptcp" ULP).
Result<std::optional<Subflow>> parseTcpSubflowDiagMessage(std::span<const std::uint8_t> message);

} // namespace mptcp::sockdiag
