// Pure parsers over sock_diag replies: one inet_diag_msg plus its attributes.
// Layouts follow include/uapi/linux/inet_diag.h, mptcp.h and tcp.h; iproute2's
// misc/ss.c (mptcp_show_info, tcp_show_info) reads the same attributes.
#include "wire.h"

#include <arpa/inet.h>
#include <linux/tcp.h>

#include <algorithm>
#include <cerrno>
#include <string>

namespace mptcp::sockdiag {

namespace wire {

Error malformed(std::string_view what)
{
    return Error{EBADMSG, "malformed sock_diag message: " + std::string(what), "list connections"};
}

} // namespace wire

namespace {

struct DiagParts {
    inet_diag_msg msg{};
    std::span<const std::uint8_t> attrs;
};

Result<DiagParts> splitDiag(std::span<const std::uint8_t> message)
{
    if (message.size() < wire::NlHdrLen)
        return wire::malformed("shorter than a netlink header");
    const auto len = wire::load<std::uint32_t>(message.data());
    if (len < wire::NlHdrLen || len > message.size())
        return wire::malformed("netlink length does not match the buffer");
    if (wire::load<std::uint16_t>(message.data() + 4) != SOCK_DIAG_BY_FAMILY)
        return wire::malformed("not a sock_diag reply");
    if (len < wire::NlHdrLen + sizeof(inet_diag_msg))
        return wire::malformed("truncated inet_diag_msg");
    DiagParts p;
    std::memcpy(&p.msg, message.data() + wire::NlHdrLen, sizeof p.msg);
    if (p.msg.idiag_family != AF_INET && p.msg.idiag_family != AF_INET6)
        return wire::malformed("unknown address family");
    const std::size_t attrStart = std::min<std::size_t>(wire::NlHdrLen + wire::DiagMsgLen, len);
    p.attrs = message.subspan(attrStart, len - attrStart);
    return p;
}

IpAddress address(std::uint8_t family, const __be32 (&words)[4])
{
    IpAddress a;
    a.family = family;
    std::memcpy(a.bytes.data(), words, family == AF_INET ? 4 : 16);
    return a;
}

TcpState state(std::uint8_t s)
{
    return s <= static_cast<std::uint8_t>(TcpState::BoundInactive) ? static_cast<TcpState>(s) : TcpState::Unknown;
}

std::uint64_t cookie(const inet_diag_sockid &id)
{
    return (std::uint64_t{id.idiag_cookie[1]} << 32) | id.idiag_cookie[0];
}

// The fields both socket kinds share.
template <class T>
void fillCommon(T &out, const inet_diag_msg &m)
{
    out.state = state(m.idiag_state);
    out.localAddress = address(m.idiag_family, m.id.idiag_src);
    out.remoteAddress = address(m.idiag_family, m.id.idiag_dst);
    out.localPort = ntohs(m.id.idiag_sport);
    out.remotePort = ntohs(m.id.idiag_dport);
    out.cookie = cookie(m.id);
}

// A struct that newer kernels extend at the end: copy what was sent, zero the rest.
template <class T>
std::size_t copyPrefix(T &out, std::span<const std::uint8_t> payload)
{
    std::memset(&out, 0, sizeof out);
    const std::size_t n = std::min(payload.size(), sizeof out);
    std::memcpy(&out, payload.data(), n);
    return n;
}

// The first struct mptcp_info (5.9) ends after mptcpi_rcv_nxt.
constexpr std::size_t MptcpInfoMinLen = offsetof(wire::MptcpInfoV618, rcvNxt) + 8;

Result<MptcpInfo> mptcpInfo(std::span<const std::uint8_t> payload)
{
    if (payload.size() < MptcpInfoMinLen)
        return wire::malformed("mptcp_info shorter than its first version");
    wire::MptcpInfoV618 w;
    MptcpInfo i;
    i.length = static_cast<std::uint16_t>(std::min<std::size_t>(copyPrefix(w, payload), 0xffff));
    i.subflows = w.subflows;
    i.addAddrSignal = w.addAddrSignal;
    i.addAddrAccepted = w.addAddrAccepted;
    i.subflowsMax = w.subflowsMax;
    i.addAddrSignalMax = w.addAddrSignalMax;
    i.addAddrAcceptedMax = w.addAddrAcceptedMax;
    i.flags = w.flags;
    i.token = w.token;
    i.writeSeq = w.writeSeq;
    i.sndUna = w.sndUna;
    i.rcvNxt = w.rcvNxt;
    i.localAddrUsed = w.localAddrUsed;
    i.localAddrMax = w.localAddrMax;
    i.csumEnabled = w.csumEnabled;
    i.retransmits = w.retransmits;
    i.bytesRetrans = w.bytesRetrans;
    i.bytesSent = w.bytesSent;
    i.bytesReceived = w.bytesReceived;
    i.bytesAcked = w.bytesAcked;
    i.subflowsTotal = w.subflowsTotal;
    i.endpLaminarMax = w.endpLaminarMax;
    i.endpFullmeshMax = w.endpFullmeshMax;
    i.lastDataSentMs = w.lastDataSent;
    i.lastDataRecvMs = w.lastDataRecv;
    i.lastAckRecvMs = w.lastAckRecv;
    return i;
}

TcpStats tcpStats(std::span<const std::uint8_t> payload)
{
    tcp_info t;
    copyPrefix(t, payload);
    TcpStats s;
    s.rttUs = t.tcpi_rtt;
    s.rttVarUs = t.tcpi_rttvar;
    s.minRttUs = t.tcpi_min_rtt;
    s.cwnd = t.tcpi_snd_cwnd;
    s.ssthresh = t.tcpi_snd_ssthresh;
    s.mss = t.tcpi_snd_mss;
    s.totalRetrans = t.tcpi_total_retrans;
    s.bytesSent = t.tcpi_bytes_sent;
    s.bytesAcked = t.tcpi_bytes_acked;
    s.bytesReceived = t.tcpi_bytes_received;
    s.bytesRetrans = t.tcpi_bytes_retrans;
    s.deliveryRate = t.tcpi_delivery_rate;
    s.lastDataSentMs = t.tcpi_last_data_sent;
    s.lastDataRecvMs = t.tcpi_last_data_recv;
    return s;
}

template <class T>
bool exact(const wire::Attr &a, T &out)
{
    if (a.payload.size() != sizeof out)
        return false;
    out = wire::load<T>(a.payload.data());
    return true;
}

// MPTCP_SUBFLOW_ATTR_* inside INET_ULP_INFO_MPTCP (net/mptcp/diag.c).
Result<void> subflowAttrs(std::span<const std::uint8_t> nest, Subflow &sf)
{
    wire::AttrWalker w(nest);
    wire::Attr a;
    while (w.next(a)) {
        bool ok = true;
        switch (a.type) {
        case MPTCP_SUBFLOW_ATTR_TOKEN_REM:
            ok = exact(a, sf.remoteToken);
            break;
        case MPTCP_SUBFLOW_ATTR_TOKEN_LOC:
            ok = exact(a, sf.localToken);
            break;
        case MPTCP_SUBFLOW_ATTR_FLAGS:
            ok = exact(a, sf.flags);
            break;
        case MPTCP_SUBFLOW_ATTR_ID_REM:
            ok = exact(a, sf.remoteId);
            break;
        case MPTCP_SUBFLOW_ATTR_ID_LOC:
            ok = exact(a, sf.localId);
            break;
        default: // sequence numbers and newer attributes are not shown
            break;
        }
        if (!ok)
            return wire::malformed("subflow attribute of the wrong size");
    }
    if (w.failed())
        return wire::malformed("subflow attributes overrun their nest");
    return {};
}

} // namespace

Result<MptcpConnection> parseMptcpDiagMessage(std::span<const std::uint8_t> message)
{
    auto parts = splitDiag(message);
    if (!parts)
        return parts.error();
    MptcpConnection c;
    fillCommon(c, parts->msg);
    c.inode = parts->msg.idiag_inode;
    c.uid = parts->msg.idiag_uid;
    c.recvQueue = parts->msg.idiag_rqueue;
    c.sendQueue = parts->msg.idiag_wqueue;

    wire::AttrWalker w(parts->attrs);
    wire::Attr a;
    while (w.next(a)) {
        if (a.type != INET_DIAG_INFO)
            continue;
        auto info = mptcpInfo(a.payload);
        if (!info)
            return info.error();
        c.token = info->token;
        c.fallback = info->flags & InfoFallback;
        c.info = *info;
    }
    if (w.failed())
        return wire::malformed("attributes overrun the message");
    return c;
}

Result<std::optional<Subflow>> parseTcpSubflowDiagMessage(std::span<const std::uint8_t> message)
{
    auto parts = splitDiag(message);
    if (!parts)
        return parts.error();
    Subflow sf;
    fillCommon(sf, parts->msg);
    sf.ifindex = static_cast<std::int32_t>(parts->msg.id.idiag_if);
    if (sf.ifindex != 0)
        sf.interfaceSource = InterfaceSource::BoundDevice;

    bool isMptcp = false;
    std::span<const std::uint8_t> mptcpNest;
    wire::AttrWalker w(parts->attrs);
    wire::Attr a;
    while (w.next(a)) {
        if (a.type == INET_DIAG_INFO) {
            sf.tcp = tcpStats(a.payload);
            sf.hasTcpInfo = true;
        } else if (a.type == INET_DIAG_ULP_INFO) {
            wire::AttrWalker u(a.payload);
            wire::Attr ua;
            while (u.next(ua)) {
                if (ua.type == INET_ULP_INFO_NAME) {
                    const auto *s = reinterpret_cast<const char *>(ua.payload.data());
                    isMptcp = std::string_view(s, strnlen(s, ua.payload.size())) == "mptcp";
                } else if (ua.type == INET_ULP_INFO_MPTCP) {
                    mptcpNest = ua.payload;
                    sf.hasUlpInfo = true;
                }
            }
            if (u.failed())
                return wire::malformed("ULP info overruns its attribute");
        }
    }
    if (w.failed())
        return wire::malformed("attributes overrun the message");
    if (!isMptcp)
        return std::optional<Subflow>();
    if (auto r = subflowAttrs(mptcpNest, sf); !r)
        return r.error();
    return std::optional<Subflow>(std::move(sf));
}

std::string_view stateName(TcpState state)
{
    switch (state) {
    case TcpState::Established:
        return "established";
    case TcpState::SynSent:
        return "syn-sent";
    case TcpState::SynRecv:
        return "syn-recv";
    case TcpState::FinWait1:
        return "fin-wait-1";
    case TcpState::FinWait2:
        return "fin-wait-2";
    case TcpState::TimeWait:
        return "time-wait";
    case TcpState::Close:
        return "close";
    case TcpState::CloseWait:
        return "close-wait";
    case TcpState::LastAck:
        return "last-ack";
    case TcpState::Listen:
        return "listen";
    case TcpState::Closing:
        return "closing";
    case TcpState::NewSynRecv:
        return "new-syn-recv";
    case TcpState::BoundInactive:
        return "bound-inactive";
    case TcpState::Unknown:
        break;
    }
    return "unknown";
}

bool MptcpInfo::hasByteCounters() const
{
    return length >= wire::InfoByteCountersEnd;
}

bool MptcpInfo::hasSubflowsTotal() const
{
    return length >= wire::InfoSubflowsTotalEnd;
}

} // namespace mptcp::sockdiag
