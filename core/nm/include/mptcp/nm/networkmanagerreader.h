// NetworkManager as seen through libnm: one NMClient, created asynchronously on the Qt
// main thread (Qt's Linux event loop is GLib's, so libnm's signals arrive there). The
// reader follows NM's signals, survives NM being absent, stopped and restarted, and
// changes `connection.mptcp-flags` (save + reapply, or reactivate). No libnm types here:
// libnm lives in a module loaded on a background thread (src/libnm/api.h), so programs
// start without waiting for libnm, GnuTLS and GIO.
#pragma once

#include "mptcp/explain/snapshot.h"
#include "mptcp/nm/nmconf.h"

#include <QList>
#include <QObject>
#include <QString>
#include <functional>
#include <memory>

namespace mptcp::nm {

// One NM device: the snapshot fields NM knows (ifindex and addresses come from the kernel
// reader; see NetworkStateReader), plus what NetworkManager.conf's match-device tests.
struct NmDevice {
    explain::Device device; // ifname, ipIfname, type, state, managed, metered, connection,
                            // nmDefaultRoute4/6 (unicast 0/0 in table main on the device's IP config)
    DeviceMatchData match;
    bool appliedKnown = false; // device.connection->mptcpFlags is the applied connection's value
};

// The outcome of a change, handed to the caller's callback.
struct NmChangeResult {
    enum class Outcome {
        Applied, // saved and in effect on every device using the profile
        Saved, // saved; the profile is not active anywhere, nothing to apply
        NeedsReactivation, // saved, but NM refused to reapply it: call reactivate()
        Failed, // nothing changed (or only the save failed); see message
    };
    Outcome outcome = Outcome::Failed;
    QString message; // NM's error text (GError message) or the reapply refusal
};

class NetworkManagerReader : public QObject {
    Q_OBJECT
public:
    explicit NetworkManagerReader(QObject *parent = nullptr);
    ~NetworkManagerReader() override;

    // A GUI calls holdBack() before creating readers and release() once its first frame
    // is on screen: libnm, GnuTLS and GIO then load after it, while the readers say
    // "Connecting to NetworkManager…". Checking flags (mptcpFlagsProblem) loads at once.
    static void holdBack();
    static void release();

    // NM owns its D-Bus name right now (libnm follows the name owner).
    [[nodiscard]] bool isRunning() const;
    // False until the first answer (client created or failed).
    [[nodiscard]] bool isReady() const;
    [[nodiscard]] explain::NmVersion version() const;
    [[nodiscard]] QString versionText() const;
    // connection.mptcp-flags exists since NM 1.40.
    [[nodiscard]] bool mptcpSupported() const;
    // Plain-words state: "" while all is well, else e.g. "NetworkManager is not running".
    [[nodiscard]] QString statusText() const;
    // NM's devices (empty while NM is not running).
    [[nodiscard]] QList<NmDevice> devices() const;

    using Done = std::function<void(const NmChangeResult &)>;
    // Saves `flags` into the profile (to disk unless it is an in-memory profile), then
    // reapplies the applied connection with the new value on each device using it, so it
    // takes effect without disconnecting. Invalid values are refused with libnm's reason.
    void setConnectionMptcpFlags(const QString &uuid, quint32 flags, Done done);
    // Activates the profile again (on the device it is active on, if any).
    void reactivate(const QString &uuid, Done done);

Q_SIGNALS:
    // Something NM reports changed (coalesced).
    void changed();

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace mptcp::nm
