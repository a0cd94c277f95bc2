#include "mptcp/nm/networkstate.h"

#include "mptcp/explain/rules.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <linux/rtnetlink.h>

namespace mptcp::nm {

namespace {

explain::DeviceType typeFromKind(const KernelLink &link)
{
    if (link.loopback)
        return explain::DeviceType::Loopback;
    static const QHash<QString, explain::DeviceType> kinds {
        { QStringLiteral("veth"), explain::DeviceType::Ethernet },
        { QStringLiteral("bridge"), explain::DeviceType::Bridge },
        { QStringLiteral("bond"), explain::DeviceType::Bond },
        { QStringLiteral("wireguard"), explain::DeviceType::WireGuard },
        { QStringLiteral("tun"), explain::DeviceType::Tun },
    };
    return kinds.value(link.kind, explain::DeviceType::Other);
}

// NMIPConfig lists every unicast route the kernel has on the interface, also ones added by
// hand, while NM's MPTCP gate only counts default routes NM configured itself
// (nm_l3_config_data_get_best_default_route(), nm-l3cfg.c). NM installs its routes with
// protocol static/dhcp/ra, never "boot" (nmp_utils_ip_config_source_coerce_to_rtprot()),
// which is what `ip route add` uses; so a main-table default route that exists only with
// protocol boot is not NM's.
bool confirmNmDefaultRoute(bool fromNm, explain::AddressFamily family, int ifindex, const KernelNetwork &kernel)
{
    if (!fromNm)
        return false;
    bool seen = false;
    for (const KernelDefaultRoute &r : kernel.defaultRoutes) {
        if (r.family != family || r.ifindex != ifindex || r.table != RT_TABLE_MAIN || r.type != RTN_UNICAST)
            continue;
        if (r.protocol != RTPROT_BOOT)
            return true;
        seen = true;
    }
    // Not seen at all: the kernel view is another namespace's; trust NM's answer.
    return !seen;
}

void addKernelFacts(explain::Device &d, const KernelNetwork &kernel, const QSet<int> &nmOwned)
{
    const int ipIfindex = d.effectiveIpIfindex();
    for (const explain::Address &a : kernel.addresses) {
        if (a.ifindex != ipIfindex)
            continue;
        explain::Address addr = a;
        // NM only configures endpoints for addresses of its active connections, and
        // only for the addresses it configured itself (rules.h tells them apart).
        addr.origin = nmOwned.contains(ipIfindex) ? explain::addressOriginOnActivatedDevice(a)
                                                  : explain::AddressOrigin::Other;
        d.addresses << addr;
    }
    if (kernel.rpFilter.contains(ipIfindex))
        d.rpFilter = kernel.rpFilter.value(ipIfindex);
    d.rpFilterAll = kernel.rpFilterAll;
}

} // namespace

DeviceView joinDevices(
    bool nmRunning, const QList<NmDevice> &nmDevices, const KernelNetwork &kernel, const NmConfMerged &conf)
{
    DeviceView view;
    QSet<int> covered;
    if (nmRunning) {
        QSet<int> nmOwned;
        for (const NmDevice &nd : nmDevices) {
            explain::Device d = nd.device;
            if (const KernelLink *l = kernel.link(d.ifname))
                d.ifindex = l->ifindex;
            if (!d.ipIfname.isEmpty()) {
                if (const KernelLink *l = kernel.link(d.ipIfname))
                    d.ipIfindex = l->ifindex;
            }
            if (d.managed && d.connection)
                nmOwned.insert(d.effectiveIpIfindex());
            view.devices << d;
        }
        for (qsizetype i = 0; i < view.devices.size(); ++i) {
            explain::Device &d = view.devices[i];
            const int ipIfindex = d.effectiveIpIfindex();
            d.nmDefaultRoute4
                = confirmNmDefaultRoute(d.nmDefaultRoute4, explain::AddressFamily::IPv4, ipIfindex, kernel);
            d.nmDefaultRoute6
                = confirmNmDefaultRoute(d.nmDefaultRoute6, explain::AddressFamily::IPv6, ipIfindex, kernel);
            d.confDefaults = mptcpConfDefaults(conf, nmDevices[i].match);
            if (ipIfindex != 0) {
                addKernelFacts(d, kernel, nmOwned);
                covered.insert(ipIfindex);
            }
            if (d.ifindex != 0)
                covered.insert(d.ifindex);
        }
    } else {
        for (const KernelLink &l : kernel.links) {
            explain::Device d;
            d.ifname = l.name;
            d.ifindex = l.ifindex;
            d.type = typeFromKind(l);
            d.managed = false;
            addKernelFacts(d, kernel, {});
            covered.insert(l.ifindex);
            view.devices << d;
        }
    }
    for (const explain::Address &a : kernel.addresses) {
        if (!covered.contains(a.ifindex)) {
            explain::Address addr = a;
            addr.origin = explain::AddressOrigin::Other;
            view.otherAddresses << addr;
        }
    }
    return view;
}

NetworkStateReader::NetworkStateReader(const NmConfPaths &confPaths, QObject *parent)
    : QObject(parent)
    , m_confPaths(confPaths)
{
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(0);
    connect(&m_coalesce, &QTimer::timeout, this, &NetworkStateReader::changed);
    connect(&m_nm, &NetworkManagerReader::changed, this, [this] {
        if (m_nm.versionText() != m_confVersion)
            rereadConf(); // "[.config] enable=nm-version..." depends on it
        m_coalesce.start();
    });
    connect(&m_kernel, &KernelNetworkReader::changed, &m_coalesce, qOverload<>(&QTimer::start));
    connect(&m_confWatcher, &QFileSystemWatcher::directoryChanged, this, [this] {
        rereadConf();
        m_coalesce.start();
    });
    connect(&m_confWatcher, &QFileSystemWatcher::fileChanged, this, [this] {
        rereadConf();
        m_coalesce.start();
    });
    rereadConf();
}

void NetworkStateReader::rereadConf()
{
    m_confVersion = m_nm.versionText();
    m_conf = readNmConf(
        m_confPaths, m_confVersion.isEmpty() ? std::nullopt : std::optional<explain::NmVersion>(m_nm.version()));
    // Editors replace files, which drops file watches: watch the directories, and the
    // files that exist now (a changed file inside a watched directory is not reported).
    QStringList paths { m_confPaths.systemDir, m_confPaths.runDir, m_confPaths.etcDir,
        QFileInfo(m_confPaths.mainFile).absolutePath() };
    paths << m_conf.files;
    QStringList existing;
    for (const QString &p : std::as_const(paths)) {
        if (QFileInfo::exists(p) && !m_confWatcher.files().contains(p) && !m_confWatcher.directories().contains(p))
            existing << p;
    }
    if (!existing.isEmpty())
        m_confWatcher.addPaths(existing);
}

void NetworkStateReader::fill(explain::Snapshot &snapshot) const
{
    snapshot.networkManager.running = m_nm.isRunning();
    snapshot.networkManager.version = m_nm.version();
    snapshot.networkManager.confKnown = m_conf.complete;
    const DeviceView view = joinDevices(m_nm.isRunning(), m_nm.devices(), m_kernel.state(), m_conf);
    snapshot.devices = view.devices;
    snapshot.otherAddresses = view.otherAddresses;
}

} // namespace mptcp::nm
