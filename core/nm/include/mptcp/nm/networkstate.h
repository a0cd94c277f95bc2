// The device part of the explain snapshot: NetworkManager's devices (libnm), the kernel's
// addresses, routes and rp_filter (rtnetlink) and NetworkManager.conf's defaults, joined
// per device. Without NetworkManager every kernel link becomes a device (kernel-only mode).
#pragma once

#include "mptcp/explain/snapshot.h"
#include "mptcp/nm/kernelnetwork.h"
#include "mptcp/nm/networkmanagerreader.h"
#include "mptcp/nm/nmconf.h"

#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

namespace mptcp::nm {

struct DeviceView {
    QList<explain::Device> devices;
    QList<explain::Address> otherAddresses; // addresses on links that are not among `devices`
};

// Pure join. `nmRunning` false = kernel-only mode (`nmDevices` ignored).
DeviceView joinDevices(
    bool nmRunning, const QList<NmDevice> &nmDevices, const KernelNetwork &kernel, const NmConfMerged &conf);

class NetworkStateReader : public QObject {
    Q_OBJECT
public:
    // Reads rtnetlink in the calling thread's network namespace and NetworkManager.conf at
    // `confPaths` (watched for changes).
    explicit NetworkStateReader(const NmConfPaths &confPaths = {}, QObject *parent = nullptr);

    [[nodiscard]] NetworkManagerReader &networkManager() { return m_nm; }
    [[nodiscard]] const NetworkManagerReader &networkManager() const { return m_nm; }
    [[nodiscard]] const KernelNetworkReader &kernel() const { return m_kernel; }
    [[nodiscard]] const NmConfMerged &conf() const { return m_conf; }

    // Fills snapshot.networkManager, snapshot.devices and snapshot.otherAddresses.
    void fill(explain::Snapshot &snapshot) const;

Q_SIGNALS:
    void changed(); // coalesced over NM, kernel and configuration changes

private:
    void rereadConf();

    NmConfPaths m_confPaths;
    NmConfMerged m_conf;
    QString m_confVersion; // the NM version m_conf was evaluated for
    NetworkManagerReader m_nm;
    KernelNetworkReader m_kernel;
    QFileSystemWatcher m_confWatcher;
    QTimer m_coalesce;
};

} // namespace mptcp::nm
