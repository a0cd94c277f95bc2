// mptcp_pm commands and events over libnl-genl-3. Requests are laid out like
// iproute2's ip/ipmptcp.c builds them (the parity reference); replies are read into
// one buffer per socket and parsed in place, so a call allocates nothing beyond
// its result.
#include "mptcp/netlink/pm.h"
#include "wire.h"

#include <netlink/genl/ctrl.h>
#include <netlink/genl/genl.h>
#include <netlink/netlink.h>
#include <netlink/socket.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <linux/netlink_diag.h>
#include <linux/sock_diag.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <system_error>
#include <vector>

#ifndef SOL_NETLINK
#define SOL_NETLINK 270
#endif

namespace mptcp::nl {

namespace {

// The kernel sizes dump skbs after the largest buffer the reader has offered
// (netlink_dump(): max_recvmsg_len) and other replies at NLMSG_GOODSIZE, so 8 KiB
// always holds a whole datagram; a larger buffer only makes every dump allocate
// larger skbs and measurably slows it down.
constexpr std::size_t RxBufferSize = 8 * 1024;

// recv() that reports a truncated datagram as EMSGSIZE instead of losing its tail.
ssize_t receive(int fd, std::vector<std::uint8_t> &buf, int flags)
{
    iovec iov{buf.data(), buf.size()};
    msghdr mh{};
    mh.msg_iov = &iov;
    mh.msg_iovlen = 1;
    const ssize_t n = ::recvmsg(fd, &mh, flags);
    if (n >= 0 && (mh.msg_flags & MSG_TRUNC)) {
        errno = EMSGSIZE;
        return -1;
    }
    return n;
}

Error libnlError(int nle, std::string_view operation)
{
    return Error{errnoFromLibnl(nle), nl_geterror(nle), std::string(operation)};
}

Error noFamily(std::string_view operation)
{
    return Error{ENOENT,
                 "the kernel has no MPTCP path manager (generic netlink family \"" MPTCP_PM_NAME
                 "\" not found): MPTCP is not built in or its module is not loaded",
                 std::string(operation)};
}

struct SocketDeleter {
    void operator()(nl_sock *sk) const { nl_socket_free(sk); }
};
using SocketPtr = std::unique_ptr<nl_sock, SocketDeleter>;

// A connected generic netlink socket with the family resolved.
Result<std::pair<SocketPtr, int>> connectGenl(std::string_view operation)
{
    SocketPtr sk(nl_socket_alloc());
    if (!sk)
        return Error{ENOMEM, "cannot allocate a netlink socket", std::string(operation)};
    if (int rc = genl_connect(sk.get()); rc < 0)
        return libnlError(rc, operation);
    const int family = genl_ctrl_resolve(sk.get(), MPTCP_PM_NAME);
    if (family == -NLE_OBJ_NOTFOUND)
        return noFamily(operation);
    if (family < 0)
        return libnlError(family, operation);
    return std::pair<SocketPtr, int>{std::move(sk), family};
}

// The id of the "mptcp_pm_events" multicast group, looked up on a generic netlink socket.
Result<int> eventGroup(nl_sock *sk, std::string_view operation)
{
    const int group = genl_ctrl_resolve_grp(sk, MPTCP_PM_NAME, MPTCP_PM_EV_GRP_NAME);
    if (group == -NLE_OBJ_NOTFOUND)
        return noFamily(operation);
    if (group < 0)
        return libnlError(group, operation);
    return group;
}

// The extended ACK carried by an NLMSG_ERROR / NLMSG_DONE (NETLINK_EXT_ACK).
Error ackError(const nlmsghdr *nlh, int code, std::size_t tlvOffset, std::string_view operation)
{
    std::string message;
    std::optional<std::uint32_t> missing;
    if ((nlh->nlmsg_flags & NLM_F_ACK_TLVS) && tlvOffset <= nlh->nlmsg_len) {
        const auto *base = reinterpret_cast<const std::uint8_t *>(nlh);
        wire::AttrWalker w({base + tlvOffset, nlh->nlmsg_len - tlvOffset});
        wire::Attr a;
        while (w.next(a)) {
            if (a.type == NLMSGERR_ATTR_MSG && !a.payload.empty()) {
                const auto *s = reinterpret_cast<const char *>(a.payload.data());
                message.assign(s, strnlen(s, a.payload.size()));
            } else if (a.type == NLMSGERR_ATTR_MISS_TYPE && a.payload.size() == 4) {
                missing = wire::load<std::uint32_t>(a.payload.data());
            }
        }
    }
    if (message.empty() && missing)
        message = "the kernel expected attribute " + std::to_string(*missing) + ", which is missing";
    if (message.empty())
        message = std::error_code(code, std::generic_category()).message();
    return Error{code, std::move(message), std::string(operation)};
}

} // namespace

struct PathManager::Impl {
    SocketPtr sk;
    int family = 0;
    std::vector<std::uint8_t> rx = std::vector<std::uint8_t>(RxBufferSize);

    // Sends `req` and reads until its ACK, error, dump end or (for a plain GET) its
    // reply, handing every data message to `onReply` (which may return an Error to
    // abort after draining).
    template <class OnReply>
    Result<void> exchange(wire::Request &req, std::string_view operation, OnReply &&onReply);
};

template <class OnReply>
Result<void> PathManager::Impl::exchange(wire::Request &req, std::string_view operation, OnReply &&onReply)
{
    const std::uint32_t seq = nl_socket_use_seq(sk.get());
    req.setSequence(seq);
    auto bytes = req.bytes();
    if (int rc = nl_sendto(sk.get(), bytes.data(), bytes.size()); rc < 0)
        return libnlError(rc, operation);

    // A GET without NLM_F_ACK ends with its one reply (as iproute2's rtnl_talk asks
    // when it wants an answer: one datagram less); everything else with an ACK/DONE.
    const bool expectsMore = req.flags() & (NLM_F_ACK | NLM_F_DUMP);
    const int fd = nl_socket_get_fd(sk.get());
    std::optional<Error> failure;
    for (;;) {
        const ssize_t n = receive(fd, rx, 0);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return Error{errno, "receiving the kernel's reply failed", std::string(operation)};
        }
        auto rem = static_cast<std::size_t>(n);
        const auto *nlh = reinterpret_cast<const nlmsghdr *>(rx.data());
        for (; NLMSG_OK(nlh, rem); nlh = NLMSG_NEXT(nlh, rem)) {
            if (nlh->nlmsg_seq != seq)
                continue; // a late answer to an earlier, abandoned request
            if (nlh->nlmsg_type == NLMSG_ERROR) {
                if (nlh->nlmsg_len < NLMSG_LENGTH(sizeof(nlmsgerr)))
                    return wire::malformed(operation, "truncated error message");
                const auto *err = static_cast<const nlmsgerr *>(NLMSG_DATA(nlh));
                if (err->error == 0)
                    return failure ? Result<void>(*failure) : Result<void>();
                // With NETLINK_CAP_ACK the request is not echoed (NLM_F_CAPPED).
                std::size_t tlv = NLMSG_LENGTH(sizeof(nlmsgerr));
                if (!(nlh->nlmsg_flags & NLM_F_CAPPED))
                    tlv += NLMSG_ALIGN(err->msg.nlmsg_len - std::min<std::uint32_t>(err->msg.nlmsg_len, NLMSG_HDRLEN));
                return ackError(nlh, -err->error, tlv, operation);
            }
            if (nlh->nlmsg_type == NLMSG_DONE) {
                if (nlh->nlmsg_len >= NLMSG_LENGTH(sizeof(int))) {
                    const int code = *static_cast<const int *>(NLMSG_DATA(nlh));
                    if (code < 0)
                        return ackError(nlh, -code, NLMSG_LENGTH(sizeof(int)), operation);
                }
                return failure ? Result<void>(*failure) : Result<void>();
            }
            if (nlh->nlmsg_type < NLMSG_MIN_TYPE)
                continue; // NOOP / OVERRUN carry nothing for us
            if (!failure) {
                Result<void> r = onReply(std::span<const std::uint8_t>(
                    reinterpret_cast<const std::uint8_t *>(nlh), nlh->nlmsg_len));
                if (!r)
                    failure = r.error();
            }
            if (!expectsMore)
                return failure ? Result<void>(*failure) : Result<void>();
        }
    }
}

Result<PathManager> PathManager::open()
{
    constexpr std::string_view op = "open path manager";
    auto conn = connectGenl(op);
    if (!conn)
        return conn.error();
    auto impl = std::make_unique<Impl>();
    impl->sk = std::move(conn->first);
    impl->family = conn->second;
    const int fd = nl_socket_get_fd(impl->sk.get());
    // libnl 3.7 has no API for these: ask for the kernel's error text and
    // do not have requests echoed back in error messages.
    const int one = 1;
    if (::setsockopt(fd, SOL_NETLINK, NETLINK_EXT_ACK, &one, sizeof one) != 0)
        return Error{errno, "cannot enable extended netlink ACKs", std::string(op)};
    ::setsockopt(fd, SOL_NETLINK, NETLINK_CAP_ACK, &one, sizeof one); // only saves bytes
    return PathManager(std::move(impl));
}

PathManager::PathManager(std::unique_ptr<Impl> impl) : d(std::move(impl)) {}
PathManager::PathManager(PathManager &&) noexcept = default;
PathManager &PathManager::operator=(PathManager &&) noexcept = default;
PathManager::~PathManager() = default;

int PathManager::familyId() const
{
    return d ? d->family : -1;
}

namespace {

Error closedError(std::string_view operation)
{
    return Error{EBADF, "the path manager connection was moved away", std::string(operation)};
}

Result<void> ignoreReply(std::span<const std::uint8_t>)
{
    return {};
}

// Endpoint selector attributes, as iproute2's mptcp_parse_opt() writes them.
void putSelector(wire::Request &req, const EndpointSelector &which, std::optional<std::uint32_t> flags)
{
    const auto nest = req.beginNest(MPTCP_PM_ATTR_ADDR);
    if (which.id)
        req.putU8(MPTCP_PM_ADDR_ATTR_ID, which.id);
    if (flags)
        req.putU32(MPTCP_PM_ADDR_ATTR_FLAGS, *flags);
    if (which.port)
        req.putU16(MPTCP_PM_ADDR_ATTR_PORT, which.port);
    if (which.address && which.address->isSet())
        req.putAddress(*which.address);
    req.endNest(nest);
}

} // namespace

Result<Limits> PathManager::getLimits()
{
    constexpr std::string_view op = "get limits";
    if (!d)
        return closedError(op);
    wire::Request req(static_cast<std::uint16_t>(d->family), MPTCP_PM_CMD_GET_LIMITS, NLM_F_REQUEST);
    std::optional<Limits> limits;
    auto r = d->exchange(req, op, [&](std::span<const std::uint8_t> msg) -> Result<void> {
        auto l = parseLimitsMessage(msg);
        if (!l)
            return l.error();
        limits = *l;
        return {};
    });
    if (!r)
        return r.error();
    if (!limits)
        return Error{EBADMSG, "the kernel answered without the limits", std::string(op)};
    return *limits;
}

Result<void> PathManager::setLimits(std::optional<std::uint32_t> subflows, std::optional<std::uint32_t> addAddrAccepted)
{
    constexpr std::string_view op = "set limits";
    if (!d)
        return closedError(op);
    wire::Request req(static_cast<std::uint16_t>(d->family), MPTCP_PM_CMD_SET_LIMITS, NLM_F_REQUEST | NLM_F_ACK);
    if (addAddrAccepted)
        req.putU32(MPTCP_PM_ATTR_RCV_ADD_ADDRS, *addAddrAccepted);
    if (subflows)
        req.putU32(MPTCP_PM_ATTR_SUBFLOWS, *subflows);
    return d->exchange(req, op, ignoreReply);
}

Result<void> PathManager::addEndpoint(const Endpoint &endpoint)
{
    constexpr std::string_view op = "add endpoint";
    if (!d)
        return closedError(op);
    if (!endpoint.address.isSet())
        return Error{EINVAL, "an endpoint needs an address", std::string(op)};
    wire::Request req(static_cast<std::uint16_t>(d->family), MPTCP_PM_CMD_ADD_ADDR, NLM_F_REQUEST | NLM_F_ACK);
    const auto nest = req.beginNest(MPTCP_PM_ATTR_ADDR);
    if (endpoint.id)
        req.putU8(MPTCP_PM_ADDR_ATTR_ID, endpoint.id);
    if (endpoint.flags)
        req.putU32(MPTCP_PM_ADDR_ATTR_FLAGS, endpoint.flags);
    if (endpoint.ifindex)
        req.putS32(MPTCP_PM_ADDR_ATTR_IF_IDX, endpoint.ifindex);
    if (endpoint.port)
        req.putU16(MPTCP_PM_ADDR_ATTR_PORT, endpoint.port);
    req.putAddress(endpoint.address);
    req.endNest(nest);
    return d->exchange(req, op, ignoreReply);
}

Result<void> PathManager::deleteEndpoint(const EndpointSelector &which)
{
    constexpr std::string_view op = "delete endpoint";
    if (!d)
        return closedError(op);
    // The kernel finds id 0 (the initial subflow's address) only by address.
    if (which.id == 0 && !(which.address && which.address->isSet()))
        return Error{EINVAL, "deleting endpoint id 0 needs its address", std::string(op)};
    wire::Request req(static_cast<std::uint16_t>(d->family), MPTCP_PM_CMD_DEL_ADDR, NLM_F_REQUEST | NLM_F_ACK);
    const auto nest = req.beginNest(MPTCP_PM_ATTR_ADDR);
    // Unlike other commands the id is always sent: 0 selects the address path.
    req.putU8(MPTCP_PM_ADDR_ATTR_ID, which.id);
    if (which.port)
        req.putU16(MPTCP_PM_ADDR_ATTR_PORT, which.port);
    if (which.address && which.address->isSet())
        req.putAddress(*which.address);
    req.endNest(nest);
    return d->exchange(req, op, ignoreReply);
}

Result<Endpoint> PathManager::getEndpoint(std::uint8_t id)
{
    constexpr std::string_view op = "get endpoint";
    if (!d)
        return closedError(op);
    wire::Request req(static_cast<std::uint16_t>(d->family), MPTCP_PM_CMD_GET_ADDR, NLM_F_REQUEST);
    putSelector(req, EndpointSelector{id, std::nullopt, 0}, std::nullopt);
    std::optional<Endpoint> found;
    auto r = d->exchange(req, op, [&](std::span<const std::uint8_t> msg) -> Result<void> {
        auto ep = parseEndpointMessage(msg);
        if (!ep)
            return ep.error();
        found = std::move(*ep);
        return {};
    });
    if (!r)
        return r.error();
    if (!found)
        return Error{EBADMSG, "the kernel answered without the endpoint", std::string(op)};
    return std::move(*found);
}

Result<std::vector<Endpoint>> PathManager::dumpEndpoints()
{
    constexpr std::string_view op = "list endpoints";
    if (!d)
        return closedError(op);
    wire::Request req(static_cast<std::uint16_t>(d->family), MPTCP_PM_CMD_GET_ADDR, NLM_F_REQUEST | NLM_F_DUMP);
    std::vector<Endpoint> list;
    list.reserve(8); // the in-kernel PM's usual maximum (MPTCP_PM_ADDR_MAX): one allocation
    auto r = d->exchange(req, op, [&](std::span<const std::uint8_t> msg) -> Result<void> {
        auto ep = parseEndpointMessage(msg);
        if (!ep)
            return ep.error();
        list.push_back(std::move(*ep));
        return {};
    });
    if (!r)
        return r.error();
    return list;
}

Result<void> PathManager::flushEndpoints()
{
    constexpr std::string_view op = "flush endpoints";
    if (!d)
        return closedError(op);
    wire::Request req(static_cast<std::uint16_t>(d->family), MPTCP_PM_CMD_FLUSH_ADDRS, NLM_F_REQUEST | NLM_F_ACK);
    return d->exchange(req, op, ignoreReply);
}

Result<void> PathManager::setFlags(const EndpointSelector &which, std::uint32_t flags)
{
    constexpr std::string_view op = "change endpoint flags";
    if (!d)
        return closedError(op);
    if (which.id == 0 && !(which.address && which.address->isSet()))
        return Error{EINVAL, "select the endpoint by id or by address", std::string(op)};
    wire::Request req(static_cast<std::uint16_t>(d->family), MPTCP_PM_CMD_SET_FLAGS, NLM_F_REQUEST | NLM_F_ACK);
    // Always sent, even 0: "nobackup nofullmesh" must clear both bits.
    putSelector(req, which, flags);
    return d->exchange(req, op, ignoreReply);
}

// ---------------------------------------------------------------------------

struct EventListener::Impl {
    SocketPtr sk;
    int family = 0;
    std::uint64_t malformed = 0;
    std::vector<std::uint8_t> rx = std::vector<std::uint8_t>(RxBufferSize);
};

Result<EventListener> EventListener::open()
{
    constexpr std::string_view op = "listen to MPTCP events";
    auto conn = connectGenl(op);
    if (!conn)
        return conn.error();
    auto impl = std::make_unique<Impl>();
    impl->sk = std::move(conn->first);
    impl->family = conn->second;
    nl_sock *sk = impl->sk.get();
    const Result<int> group = eventGroup(sk, op);
    if (!group)
        return group.error();
    if (int rc = nl_socket_add_membership(sk, *group); rc < 0)
        return libnlError(rc, op);
    // Bursts (many subflows closing at once) must not overrun the default buffer.
    nl_socket_set_buffer_size(sk, 1 << 20, 0);
    if (int rc = nl_socket_set_nonblocking(sk); rc < 0)
        return libnlError(rc, op);
    return EventListener(std::move(impl));
}

EventListener::EventListener(std::unique_ptr<Impl> impl) : d(std::move(impl)) {}
EventListener::EventListener(EventListener &&) noexcept = default;
EventListener &EventListener::operator=(EventListener &&) noexcept = default;
EventListener::~EventListener() = default;

int EventListener::fd() const
{
    return d ? nl_socket_get_fd(d->sk.get()) : -1;
}

std::uint64_t EventListener::malformedCount() const
{
    return d ? d->malformed : 0;
}

Result<void> EventListener::dispatch(const std::function<void(const Event &)> &sink)
{
    constexpr std::string_view op = "read MPTCP events";
    if (!d)
        return Error{EBADF, "the event listener was moved away", std::string(op)};
    const int sockFd = nl_socket_get_fd(d->sk.get());
    for (;;) {
        const ssize_t n = receive(sockFd, d->rx, MSG_DONTWAIT);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            if (errno == EAGAIN || errno == EWOULDBLOCK)
                return {};
            if (errno == EMSGSIZE) {
                ++d->malformed; // cut to the buffer size: its events cannot be trusted
                continue;
            }
            if (errno == ENOBUFS)
                return Error{ENOBUFS, "events were lost: the receive buffer overflowed", std::string(op)};
            return Error{errno, "reading events failed", std::string(op)};
        }
        auto rem = static_cast<std::size_t>(n);
        const auto *nlh = reinterpret_cast<const nlmsghdr *>(d->rx.data());
        for (; NLMSG_OK(nlh, rem); nlh = NLMSG_NEXT(nlh, rem)) {
            if (nlh->nlmsg_type != d->family)
                continue;
            auto ev = parseEventMessage({reinterpret_cast<const std::uint8_t *>(nlh), nlh->nlmsg_len});
            if (!ev) {
                ++d->malformed;
                continue;
            }
            sink(*ev);
        }
        if (rem != 0)
            ++d->malformed; // a datagram whose tail is not a whole message
    }
}

Result<void> EventListener::waitAndDispatch(int timeoutMs, const std::function<void(const Event &)> &sink)
{
    if (!d)
        return Error{EBADF, "the event listener was moved away", "wait for MPTCP events"};
    pollfd p{fd(), POLLIN, 0};
    int rc;
    do {
        rc = ::poll(&p, 1, timeoutMs);
    } while (rc < 0 && errno == EINTR);
    if (rc < 0)
        return Error{errno, "waiting for events failed", "wait for MPTCP events"};
    if (rc == 0)
        return {};
    return dispatch(sink);
}

// ---------------------------------------------------------------------------

Result<std::vector<PmEventSubscriber>> pmEventSubscribers()
{
    constexpr std::string_view op = "list listeners of MPTCP events";
    auto genl = connectGenl(op);
    if (!genl)
        return genl.error();
    const Result<int> group = eventGroup(genl->first.get(), op);
    if (!group)
        return group.error();

    SocketPtr diag(nl_socket_alloc());
    if (!diag)
        return Error{ENOMEM, "cannot allocate a netlink socket", std::string(op)};
    if (int rc = nl_connect(diag.get(), NETLINK_SOCK_DIAG); rc < 0)
        return libnlError(rc, op);
    netlink_diag_req req{};
    req.sdiag_family = AF_NETLINK;
    req.sdiag_protocol = NETLINK_GENERIC;
    req.ndiag_show = NDIAG_SHOW_GROUPS;
    req.ndiag_cookie[0] = req.ndiag_cookie[1] = ~0U; // no cookie (a dump)

    struct Context {
        unsigned group;
        std::vector<PmEventSubscriber> out;
    } ctx{unsigned(*group), {}};
    const auto onMessage = [](nl_msg *msg, void *arg) -> int {
        auto *c = static_cast<Context *>(arg);
        nlmsghdr *hdr = nlmsg_hdr(msg);
        if (hdr->nlmsg_len < NLMSG_LENGTH(sizeof(netlink_diag_msg)))
            return NL_SKIP;
        netlink_diag_msg m;
        std::memcpy(&m, nlmsg_data(hdr), sizeof m);
        nlattr *attr = nlmsg_attrdata(hdr, sizeof(netlink_diag_msg));
        int remaining = nlmsg_attrlen(hdr, sizeof(netlink_diag_msg));
        for (; nla_ok(attr, remaining); attr = nla_next(attr, &remaining)) {
            if (nla_type(attr) != NETLINK_DIAG_GROUPS)
                continue;
            // A bitmap of u32 words: group g is bit g - 1.
            const unsigned word = (c->group - 1) / 32;
            if (size_t(nla_len(attr)) < (word + 1) * sizeof(std::uint32_t))
                continue;
            std::uint32_t bits;
            std::memcpy(&bits, static_cast<const char *>(nla_data(attr)) + word * sizeof bits, sizeof bits);
            if (bits & (1u << ((c->group - 1) % 32)))
                c->out.push_back(PmEventSubscriber{m.ndiag_portid, m.ndiag_ino});
        }
        return NL_OK;
    };
    nl_socket_modify_cb(diag.get(), NL_CB_VALID, NL_CB_CUSTOM, onMessage, &ctx);
    if (int rc = nl_send_simple(diag.get(), SOCK_DIAG_BY_FAMILY, NLM_F_DUMP, &req, sizeof req); rc < 0)
        return libnlError(rc, op);
    if (int rc = nl_recvmsgs_default(diag.get()); rc < 0)
        return libnlError(rc, op);
    // The kernel walks its bound sockets, then its multicast list: a socket that is both
    // comes twice.
    std::sort(ctx.out.begin(), ctx.out.end(), [](const auto &a, const auto &b) { return a.inode < b.inode; });
    ctx.out.erase(std::unique(ctx.out.begin(), ctx.out.end(), [](const auto &a, const auto &b) { return a.inode == b.inode; }),
                  ctx.out.end());
    return std::move(ctx.out);
}

} // namespace mptcp::nl
