// Links, addresses, default routes and rp_filter of one network namespace, as the
// kernel reports them over rtnetlink (libnl-route caches, the view NM's own platform
// layer has). Bound to the network namespace of the thread that creates it.
#pragma once

#include "mptcp/explain/snapshot.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <memory>
#include <optional>

namespace mptcp::nm {

struct KernelLink {
    int ifindex = 0;
    QString name;
    QString kind; // rtnl_link_get_type(): "veth", "bridge", ...; "" for plain devices
    bool loopback = false;
    bool up = false; // IFF_UP
};

// A default route (0.0.0.0/0 or ::/0), one entry per next hop.
struct KernelDefaultRoute {
    explain::AddressFamily family = explain::AddressFamily::IPv4;
    int ifindex = 0;
    quint32 table = 254; // RT_TABLE_MAIN
    int type = 1; // RTN_UNICAST
    int protocol = 0; // RTPROT_*: 3 boot (ip route add), 4 static, 16 dhcp, 9 ra (NM uses static/dhcp/ra)
    quint32 metric = 0;
    QString gateway; // "" = none
};

struct KernelNetwork {
    QList<KernelLink> links;
    QList<explain::Address> addresses;
    QList<KernelDefaultRoute> defaultRoutes; // every table
    QHash<int, int> rpFilter; // ifindex -> net.ipv4.conf.<if>.rp_filter
    std::optional<int> rpFilterAll; // net.ipv4.conf.all.rp_filter

    [[nodiscard]] const KernelLink *link(int ifindex) const;
    [[nodiscard]] const KernelLink *link(const QString &name) const;
};

// Keeps KernelNetwork current from rtnetlink notifications (links, IPv4/IPv6 addresses,
// routes, netconf), watched on the Qt event loop; changed() is coalesced.
class KernelNetworkReader : public QObject {
    Q_OBJECT
public:
    explicit KernelNetworkReader(QObject *parent = nullptr);
    ~KernelNetworkReader() override;

    // False when rtnetlink could not be opened; errorString() says why.
    [[nodiscard]] bool isOpen() const;
    [[nodiscard]] QString errorString() const;
    [[nodiscard]] const KernelNetwork &state() const;

Q_SIGNALS:
    void changed();

private:
    struct Impl;
    std::unique_ptr<Impl> d;
    void rebuild();
};

} // namespace mptcp::nm
