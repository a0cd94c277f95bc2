#include "mptcp/nm/kernelnetwork.h"

#include "logging.h"

#include <QCoreApplication>
#include <QFile>
#include <QSocketNotifier>
#include <QTimer>
#include <arpa/inet.h>
#include <linux/rtnetlink.h>
#include <net/if.h>
#include <netlink/cache.h>
#include <netlink/netlink.h>
#include <netlink/route/addr.h>
#include <netlink/route/link.h>
#include <netlink/route/netconf.h>
#include <netlink/route/route.h>
#include <sys/socket.h>

#include <cerrno>

namespace mptcp::nm {

namespace {

QString addrText(struct nl_addr *addr)
{
    if (!addr)
        return {};
    char buf[INET6_ADDRSTRLEN] = {};
    const int family = nl_addr_get_family(addr);
    if ((family != AF_INET && family != AF_INET6) || !inet_ntop(family, nl_addr_get_binary_addr(addr), buf, sizeof buf))
        return {};
    return QString::fromLatin1(buf);
}

bool isNullAddr(struct nl_addr *addr)
{
    if (!addr)
        return true;
    const auto *b = static_cast<const unsigned char *>(nl_addr_get_binary_addr(addr));
    for (unsigned i = 0; i < nl_addr_get_len(addr); ++i) {
        if (b[i] != 0)
            return false;
    }
    return true;
}

std::optional<int> readProcInt(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    bool ok = false;
    const int v = f.readAll().trimmed().toInt(&ok);
    return ok ? std::optional<int>(v) : std::nullopt;
}

} // namespace

const KernelLink *KernelNetwork::link(int ifindex) const
{
    for (const KernelLink &l : links) {
        if (l.ifindex == ifindex)
            return &l;
    }
    return nullptr;
}

const KernelLink *KernelNetwork::link(const QString &name) const
{
    for (const KernelLink &l : links) {
        if (l.name == name)
            return &l;
    }
    return nullptr;
}

struct KernelNetworkReader::Impl {
    struct nl_cache_mngr *mngr = nullptr;
    struct nl_sock *syncSock = nullptr; // refills the caches after a lost notification
    struct nl_cache *links = nullptr;
    struct nl_cache *addrs = nullptr;
    struct nl_cache *routes = nullptr;
    struct nl_cache *netconf = nullptr; // nullptr when this kernel/libnl cannot dump netconf
    QSocketNotifier *notifier = nullptr;
    QTimer coalesce;
    KernelNetwork state;
    QString error;

    ~Impl()
    {
        delete notifier;
        // The manager owns the caches it allocated.
        if (mngr)
            nl_cache_mngr_free(mngr);
        if (syncSock)
            nl_socket_free(syncSock);
    }

    static void onChange(struct nl_cache *, struct nl_object *, int, void *data)
    {
        static_cast<Impl *>(data)->coalesce.start();
    }

    // libnl restarts an interrupted dump without clearing what it already read (objects
    // removed meanwhile would stay): noted here, the whole refill is done again instead.
    bool dumpInterrupted = false;
    static int onDumpInterrupted(struct nl_msg *, void *data)
    {
        static_cast<Impl *>(data)->dumpInterrupted = true;
        return NL_OK;
    }

    void discardQueued() const
    {
        const int fd = nl_cache_mngr_get_fd(mngr);
        char buf[8192];
        // Bounded: a busy kernel keeps sending. ENOBUFS again only means more was lost.
        for (int i = 0; i < 100000; ++i) {
            if (::recv(fd, buf, sizeof buf, MSG_DONTWAIT) < 0 && errno != ENOBUFS && errno != EINTR)
                break;
        }
    }

    void refill()
    {
        if (!syncSock)
            return;
        for (int attempt = 0; attempt < 5; ++attempt) {
            dumpInterrupted = false;
            bool failed = false;
            for (struct nl_cache *c : { links, addrs, routes, netconf }) {
                if (c && nl_cache_refill(syncSock, c) < 0)
                    failed = true;
            }
            if (!failed && !dumpInterrupted)
                return;
        }
        qCWarning(lcNm) << "rtnetlink: no consistent dump after 5 attempts; the view may be incomplete";
    }
};

KernelNetworkReader::KernelNetworkReader(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Impl>())
{
    // Bursts (an interface coming up adds addresses and routes) become one changed().
    d->coalesce.setSingleShot(true);
    d->coalesce.setInterval(20);
    connect(&d->coalesce, &QTimer::timeout, this, &KernelNetworkReader::rebuild);

    const auto fail = [this](const QString &message) {
        d->error = message;
        qCWarning(lcNm) << "rtnetlink:" << d->error;
    };
    int err = nl_cache_mngr_alloc(nullptr, NETLINK_ROUTE, NL_AUTO_PROVIDE, &d->mngr);
    if (err < 0) {
        d->mngr = nullptr;
        fail(tr("cannot open rtnetlink: %1").arg(QString::fromLocal8Bit(nl_geterror(err))));
        return;
    }
    const std::pair<const char *, struct nl_cache **> caches[]
        = { { "route/link", &d->links }, { "route/addr", &d->addrs }, { "route/route", &d->routes } };
    for (const auto &[name, slot] : caches) {
        if ((err = nl_cache_mngr_add(d->mngr, name, &Impl::onChange, d.get(), slot)) < 0) {
            fail(tr("cannot watch rtnetlink: %1").arg(QString::fromLocal8Bit(nl_geterror(err))));
            return;
        }
    }
    // netconf carries rp_filter changes; without it rp_filter is read from /proc.
    if (nl_cache_mngr_add(d->mngr, "route/netconf", &Impl::onChange, d.get(), &d->netconf) < 0)
        d->netconf = nullptr;

    d->syncSock = nl_socket_alloc();
    if (!d->syncSock || nl_connect(d->syncSock, NETLINK_ROUTE) < 0)
        qCWarning(lcNm) << "rtnetlink: no socket for resynchronisation";
    else
        nl_socket_modify_cb(d->syncSock, NL_CB_DUMP_INTR, NL_CB_CUSTOM, &Impl::onDumpInterrupted, d.get());

    d->notifier = new QSocketNotifier(nl_cache_mngr_get_fd(d->mngr), QSocketNotifier::Read);
    connect(d->notifier, &QSocketNotifier::activated, this, [this] {
        const int r = nl_cache_mngr_data_ready(d->mngr);
        if (r < 0) {
            // Usually ENOBUFS: notifications were dropped, so dump everything again. What is
            // still queued predates the loss and would undo parts of the new dump (an old
            // RTM_NEWADDR re-adding a removed address): drop it first, as NetworkManager's
            // platform layer does (nm-linux-platform.c: on ENOBUFS it reads the queue
            // without handling the events, then refreshes everything).
            qCInfo(lcNm) << "rtnetlink notifications lost (" << nl_geterror(r) << "), refilling";
            d->discardQueued();
            d->refill();
            d->coalesce.start();
        }
    });
    rebuild();
}

KernelNetworkReader::~KernelNetworkReader() = default;

bool KernelNetworkReader::isOpen() const
{
    return d->error.isEmpty() && d->mngr;
}

QString KernelNetworkReader::errorString() const
{
    return d->error;
}

const KernelNetwork &KernelNetworkReader::state() const
{
    return d->state;
}

void KernelNetworkReader::rebuild()
{
    KernelNetwork s;
    if (d->links) {
        for (struct nl_object *o = nl_cache_get_first(d->links); o; o = nl_cache_get_next(o)) {
            auto *l = reinterpret_cast<struct rtnl_link *>(o);
            KernelLink k;
            k.ifindex = rtnl_link_get_ifindex(l);
            k.name = QString::fromUtf8(rtnl_link_get_name(l));
            if (const char *type = rtnl_link_get_type(l))
                k.kind = QString::fromLatin1(type);
            const unsigned flags = rtnl_link_get_flags(l);
            k.loopback = flags & IFF_LOOPBACK;
            k.up = flags & IFF_UP;
            s.links << k;
        }
    }
    if (d->addrs) {
        for (struct nl_object *o = nl_cache_get_first(d->addrs); o; o = nl_cache_get_next(o)) {
            auto *a = reinterpret_cast<struct rtnl_addr *>(o);
            const int family = rtnl_addr_get_family(a);
            if (family != AF_INET && family != AF_INET6)
                continue;
            explain::Address addr;
            addr.family = family == AF_INET ? explain::AddressFamily::IPv4 : explain::AddressFamily::IPv6;
            addr.address = addrText(rtnl_addr_get_local(a));
            addr.prefixLength = rtnl_addr_get_prefixlen(a);
            addr.scope = rtnl_addr_get_scope(a);
            addr.flags = rtnl_addr_get_flags(a);
            addr.ifindex = rtnl_addr_get_ifindex(a);
            if (!addr.address.isEmpty())
                s.addresses << addr;
        }
    }
    if (d->routes) {
        for (struct nl_object *o = nl_cache_get_first(d->routes); o; o = nl_cache_get_next(o)) {
            auto *r = reinterpret_cast<struct rtnl_route *>(o);
            const int family = rtnl_route_get_family(r);
            struct nl_addr *dst = rtnl_route_get_dst(r);
            if ((family != AF_INET && family != AF_INET6) || (dst && nl_addr_get_prefixlen(dst) != 0)
                || !isNullAddr(dst))
                continue;
            KernelDefaultRoute base;
            base.family = family == AF_INET ? explain::AddressFamily::IPv4 : explain::AddressFamily::IPv6;
            base.table = rtnl_route_get_table(r);
            base.type = rtnl_route_get_type(r);
            base.protocol = rtnl_route_get_protocol(r);
            base.metric = rtnl_route_get_priority(r);
            const int n = rtnl_route_get_nnexthops(r);
            for (int i = 0; i < n; ++i) {
                struct rtnl_nexthop *nh = rtnl_route_nexthop_n(r, i);
                KernelDefaultRoute route = base;
                route.ifindex = rtnl_route_nh_get_ifindex(nh);
                route.gateway = addrText(rtnl_route_nh_get_gateway(nh));
                s.defaultRoutes << route;
            }
        }
    }
    if (d->netconf) {
        for (const KernelLink &l : std::as_const(s.links)) {
            int v = 0;
            if (struct rtnl_netconf *nc = rtnl_netconf_get_by_idx(d->netconf, AF_INET, l.ifindex)) {
                if (rtnl_netconf_get_rp_filter(nc, &v) == 0)
                    s.rpFilter.insert(l.ifindex, v);
                rtnl_netconf_put(nc);
            }
        }
        if (struct rtnl_netconf *nc = rtnl_netconf_get_all(d->netconf, AF_INET)) {
            int v = 0;
            if (rtnl_netconf_get_rp_filter(nc, &v) == 0)
                s.rpFilterAll = v;
            rtnl_netconf_put(nc);
        }
    } else {
        // /proc/sys/net belongs to the netns of the reading thread: right when the
        // reader lives in its own namespace, which is the normal case.
        for (const KernelLink &l : std::as_const(s.links)) {
            if (auto v = readProcInt(QStringLiteral("/proc/sys/net/ipv4/conf/%1/rp_filter").arg(l.name)))
                s.rpFilter.insert(l.ifindex, *v);
        }
        s.rpFilterAll = readProcInt(QStringLiteral("/proc/sys/net/ipv4/conf/all/rp_filter"));
    }
    d->state = std::move(s);
    Q_EMIT changed();
}

} // namespace mptcp::nm
