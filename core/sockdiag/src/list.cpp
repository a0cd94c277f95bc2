// listConnections(): two sock_diag dumps on a libnl NETLINK_SOCK_DIAG socket
// (MPTCP sockets, then TCP subflows), joined by token, plus an address dump to name
// each subflow's interface. Replies are parsed in place from libnl's receive
// buffer (one per datagram), so a listing allocates little beyond its result.
#include "wire.h"

#include <netlink/netlink.h>
#include <netlink/msg.h>
#include <netlink/socket.h>
#include <netlink/route/addr.h>
#include <netlink/route/link.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <memory>
#include <netinet/in.h>
#include <sys/socket.h>
#include <system_error>
#include <unordered_map>

namespace mptcp::sockdiag {

namespace {

constexpr std::string_view Operation = "list connections";

// inet_diag sizes dump datagrams after the reader's buffer, capped at 32 KiB
// (netlink_recvmsg: max_recvmsg_len); one such buffer holds ~100 sockets, which
// keeps the syscall count low for large dumps. It also turns off MSG_PEEK in libnl.
constexpr std::size_t RxBufferSize = 32 * 1024;

Error libnlError(int nle, std::string_view what)
{
    return Error{nl::errnoFromLibnl(nle), std::string(what) + ": " + nl_geterror(nle), std::string(Operation)};
}

struct SocketDeleter {
    void operator()(nl_sock *sk) const { nl_socket_free(sk); }
};
using SocketPtr = std::unique_ptr<nl_sock, SocketDeleter>;

struct MsgDeleter {
    void operator()(nl_msg *m) const { nlmsg_free(m); }
};
struct BufferDeleter {
    void operator()(unsigned char *b) const { std::free(b); }
};

// The kernel answers ENOENT when no inet_diag handler exists for the protocol.
Error dumpError(int code, int protocol)
{
    if (code == ENOENT && protocol == wire::ProtoMptcp)
        return Error{ENOENT,
                     "the kernel has no MPTCP socket diagnostics (mptcp_diag: CONFIG_INET_MPTCP_DIAG, "
                     "or the module is not loaded)",
                     std::string(Operation)};
    if (code == ENOENT)
        return Error{ENOENT, "the kernel has no TCP socket diagnostics (tcp_diag)", std::string(Operation)};
    return Error{code, std::error_code(code, std::generic_category()).message(), std::string(Operation)};
}

class DiagSocket {
public:
    static Result<DiagSocket> open()
    {
        SocketPtr sk(nl_socket_alloc());
        if (!sk)
            return Error{ENOMEM, "cannot allocate a netlink socket", std::string(Operation)};
        if (int rc = nl_connect(sk.get(), NETLINK_SOCK_DIAG); rc < 0)
            return libnlError(rc, "cannot open a sock_diag socket");
        // A dump ends with NLMSG_DONE; an extra ACK would only linger in the queue.
        nl_socket_disable_auto_ack(sk.get());
        nl_socket_set_msg_buf_size(sk.get(), RxBufferSize);
        return DiagSocket(std::move(sk));
    }

    // Dumps `protocol` sockets of `family` in `states`, handing each reply message
    // to `onMessage`. Messages the parser rejects are counted in *skipped.
    template <class OnMessage>
    Result<void> dump(std::uint8_t family, int protocol, std::uint32_t states, std::size_t *skipped, OnMessage &&onMessage)
    {
        std::unique_ptr<nl_msg, MsgDeleter> msg(nlmsg_alloc_simple(SOCK_DIAG_BY_FAMILY, NLM_F_DUMP));
        if (!msg)
            return Error{ENOMEM, "cannot allocate a netlink message", std::string(Operation)};
        inet_diag_req_v2 req{};
        req.sdiag_family = family;
        req.idiag_states = states;
        req.idiag_ext = 1u << (INET_DIAG_INFO - 1); // mptcp_info / tcp_info, and the ULP info
        if (protocol > 0xff) {
            // Protocols beyond u8 go in an attribute (inet_diag_get_protocol(), 5.10+).
            if (nlmsg_append(msg.get(), &req, sizeof req, NLMSG_ALIGNTO) < 0
                || nla_put_u32(msg.get(), INET_DIAG_REQ_PROTOCOL, static_cast<std::uint32_t>(protocol)) < 0)
                return Error{ENOMEM, "cannot build the sock_diag request", std::string(Operation)};
        } else {
            req.sdiag_protocol = static_cast<std::uint8_t>(protocol);
            if (nlmsg_append(msg.get(), &req, sizeof req, NLMSG_ALIGNTO) < 0)
                return Error{ENOMEM, "cannot build the sock_diag request", std::string(Operation)};
        }
        if (int rc = nl_send_auto(m_sk.get(), msg.get()); rc < 0)
            return libnlError(rc, "sending the sock_diag request failed");
        const std::uint32_t seq = nlmsg_hdr(msg.get())->nlmsg_seq;

        for (;;) {
            sockaddr_nl peer{};
            unsigned char *raw = nullptr;
            const int n = nl_recv(m_sk.get(), &peer, &raw, nullptr);
            std::unique_ptr<unsigned char, BufferDeleter> buf(raw);
            if (n < 0)
                return libnlError(n, "receiving the sock_diag dump failed");
            if (n == 0)
                return Error{EIO, "the kernel closed the sock_diag dump early", std::string(Operation)};
            int rem = n;
            for (auto *nlh = reinterpret_cast<nlmsghdr *>(buf.get()); nlmsg_ok(nlh, rem); nlh = nlmsg_next(nlh, &rem)) {
                if (nlh->nlmsg_seq != seq)
                    continue;
                if (nlh->nlmsg_type == NLMSG_DONE) {
                    if (nlh->nlmsg_len >= NLMSG_LENGTH(sizeof(int))) {
                        const int code = wire::load<int>(static_cast<const std::uint8_t *>(NLMSG_DATA(nlh)));
                        if (code < 0)
                            return dumpError(-code, protocol);
                    }
                    return {};
                }
                if (nlh->nlmsg_type == NLMSG_ERROR) {
                    if (nlh->nlmsg_len < NLMSG_LENGTH(sizeof(nlmsgerr)))
                        return wire::malformed("truncated error message");
                    const int code = static_cast<const nlmsgerr *>(NLMSG_DATA(nlh))->error;
                    if (code == 0)
                        return {};
                    return dumpError(-code, protocol);
                }
                if (!onMessage(std::span<const std::uint8_t>(reinterpret_cast<const std::uint8_t *>(nlh), nlh->nlmsg_len)))
                    ++*skipped;
            }
        }
    }

private:
    explicit DiagSocket(SocketPtr sk) : m_sk(std::move(sk)) {}
    SocketPtr m_sk;
};

constexpr std::uint32_t bit(TcpState s)
{
    return 1u << static_cast<unsigned>(s);
}

// A v4-mapped IPv6 address (an AF_INET6 socket talking IPv4) as plain IPv4.
IpAddress unmapped(const IpAddress &a)
{
    static constexpr std::uint8_t Prefix[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
    if (a.family != AF_INET6 || std::memcmp(a.bytes.data(), Prefix, sizeof Prefix) != 0)
        return a;
    IpAddress v4;
    v4.family = AF_INET;
    std::memcpy(v4.bytes.data(), a.bytes.data() + 12, 4);
    return v4;
}

// The caller's addresses and interface names, from one rtnetlink address and link
// dump each. A subflow not bound to a device leaves through the interface holding
// its source address whenever source routing is set up the way MPTCP needs it (one
// routing table per address); the bound device, when set, is authoritative.
class InterfaceTable {
public:
    Result<void> load()
    {
        SocketPtr sk(nl_socket_alloc());
        if (!sk)
            return Error{ENOMEM, "cannot allocate a netlink socket", std::string(Operation)};
        if (int rc = nl_connect(sk.get(), NETLINK_ROUTE); rc < 0)
            return libnlError(rc, "cannot open an rtnetlink socket");
        nl_cache *links = nullptr;
        if (int rc = rtnl_link_alloc_cache(sk.get(), AF_UNSPEC, &links); rc < 0)
            return libnlError(rc, "dumping the interfaces failed");
        std::unique_ptr<nl_cache, void (*)(nl_cache *)> linkGuard(links, nl_cache_free);
        nl_cache *addrs = nullptr;
        if (int rc = rtnl_addr_alloc_cache(sk.get(), &addrs); rc < 0)
            return libnlError(rc, "dumping the addresses failed");
        std::unique_ptr<nl_cache, void (*)(nl_cache *)> addrGuard(addrs, nl_cache_free);

        for (nl_object *o = nl_cache_get_first(links); o; o = nl_cache_get_next(o)) {
            auto *link = reinterpret_cast<rtnl_link *>(o);
            const char *name = rtnl_link_get_name(link);
            m_names.emplace_back(rtnl_link_get_ifindex(link), name ? name : "");
        }
        for (nl_object *o = nl_cache_get_first(addrs); o; o = nl_cache_get_next(o)) {
            auto *addr = reinterpret_cast<rtnl_addr *>(o);
            const nl_addr *local = rtnl_addr_get_local(addr);
            if (!local)
                continue;
            IpAddress ip;
            ip.family = nl_addr_get_family(local);
            const unsigned len = nl_addr_get_len(local);
            if ((ip.family != AF_INET && ip.family != AF_INET6) || len != ip.size())
                continue;
            std::memcpy(ip.bytes.data(), nl_addr_get_binary_addr(local), len);
            m_owners.emplace_back(ip, rtnl_addr_get_ifindex(addr));
        }
        return {};
    }

    void resolve(Subflow &sf) const
    {
        if (sf.ifindex == 0) {
            const IpAddress local = unmapped(sf.localAddress);
            for (const auto &[ip, index] : m_owners) {
                if (ip == local) {
                    sf.ifindex = index;
                    sf.interfaceSource = InterfaceSource::LocalAddress;
                    break;
                }
            }
        }
        for (const auto &[index, name] : m_names) {
            if (index == sf.ifindex) {
                sf.interfaceName = name;
                break;
            }
        }
    }

private:
    std::vector<std::pair<IpAddress, std::int32_t>> m_owners;
    std::vector<std::pair<std::int32_t, std::string>> m_names;
};

bool subflowOrder(const Subflow &a, const Subflow &b)
{
    if (a.localId != b.localId)
        return a.localId < b.localId;
    if (a.remoteId != b.remoteId)
        return a.remoteId < b.remoteId;
    return a.cookie < b.cookie;
}

} // namespace

Result<Snapshot> listConnections(const ListOptions &options)
{
    auto sock = DiagSocket::open();
    if (!sock)
        return sock.error();

    Snapshot snap;
    std::uint32_t mptcpStates = ~0u;
    if (!options.listeners)
        mptcpStates &= ~bit(TcpState::Listen);
    for (std::uint8_t family : {std::uint8_t(AF_INET), std::uint8_t(AF_INET6)}) {
        auto r = sock->dump(family, wire::ProtoMptcp, mptcpStates, &snap.skippedMessages, [&](std::span<const std::uint8_t> m) {
            auto c = parseMptcpDiagMessage(m);
            if (!c)
                return false;
            snap.connections.push_back(std::move(*c));
            return true;
        });
        if (!r)
            return r.error();
    }
    // Subflows belong to an MPTCP connection: with none, the TCP dump has nothing to add.
    if (!options.subflows || snap.connections.empty())
        return snap;

    std::unordered_map<std::uint32_t, std::size_t> byToken;
    byToken.reserve(snap.connections.size());
    for (std::size_t i = 0; i < snap.connections.size(); ++i) {
        if (snap.connections[i].token != 0)
            byToken.emplace(snap.connections[i].token, i);
    }

    InterfaceTable interfaces;
    if (options.interfaces) {
        if (auto r = interfaces.load(); !r)
            return r.error();
    }

    // Listening subflows carry no token; time-wait and request sockets carry no ULP.
    const std::uint32_t tcpStates = ~(bit(TcpState::Listen) | bit(TcpState::TimeWait) | bit(TcpState::NewSynRecv));
    for (std::uint8_t family : {std::uint8_t(AF_INET), std::uint8_t(AF_INET6)}) {
        auto r = sock->dump(family, IPPROTO_TCP, tcpStates, &snap.skippedMessages, [&](std::span<const std::uint8_t> m) {
            auto sf = parseTcpSubflowDiagMessage(m);
            if (!sf)
                return false;
            if (!*sf)
                return true; // plain TCP
            Subflow &s = **sf;
            if (options.interfaces)
                interfaces.resolve(s);
            const auto it = byToken.find(s.localToken);
            if (it == byToken.end() || s.localToken == 0)
                snap.unmatchedSubflows.push_back(std::move(s));
            else
                snap.connections[it->second].subflows.push_back(std::move(s));
            return true;
        });
        if (!r)
            return r.error();
    }
    for (auto &c : snap.connections) {
        if (c.subflows.size() > 1)
            std::sort(c.subflows.begin(), c.subflows.end(), subflowOrder);
    }
    return snap;
}

const MptcpConnection *Snapshot::findByToken(std::uint32_t token) const
{
    for (const auto &c : connections) {
        if (c.token == token && token != 0)
            return &c;
    }
    return nullptr;
}

const MptcpConnection *Snapshot::findByCookie(std::uint64_t cookie) const
{
    for (const auto &c : connections) {
        if (c.cookie == cookie)
            return &c;
    }
    return nullptr;
}

} // namespace mptcp::sockdiag
