// The object behind org.mptcp.Settings.Helper1: validates, asks polkit about the
// caller, performs one change, replies. The generated HelperAdaptor forwards the
// D-Bus methods to the public functions below (named as in the XML).
#pragma once

#include "mptcp/helper/kernelcontrol.h"
#include "mptcp/helper/polkitauthorizer.h"
#include "mptcp/helper/protocol.h"
#include "mptcp/helper/savedconfig.h"

#include <QDBusConnection>
#include <QDBusContext>
#include <QDBusMessage>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <QVariantMap>

#include <functional>
#include <memory>

class QDBusServiceWatcher;
class QSocketNotifier;

namespace mptcp::helper {

class HelperService : public QObject, protected QDBusContext {
    Q_OBJECT
public:
    struct Options {
        HelperPaths paths = HelperPaths::underRoot(QStringLiteral("/"));
        // Quit after this long without calls, pending requests or subscribers; 0 = never.
        int idleTimeoutMs = 60000;
    };
    // Requests waiting for polkit, beyond which callers get Error.Busy.
    static constexpr int MaxPendingTotal = 32;
    static constexpr int MaxPendingPerCaller = 4;

    HelperService(const QDBusConnection &bus, Options options, QObject *parent = nullptr);
    ~HelperService() override;

    // Exports the object, owns the bus name and joins the kernel's event group.
    bool start(QString *error);

    StringMap GetState(uint &subflows, uint &add_addr_accepted, EndpointList &endpoints);
    void SetLimits(uint subflows, uint add_addr_accepted);
    void AddEndpoint(const QString &address, uint id, uint port, const QStringList &flags, const QString &interface);
    void DeleteEndpoint(uint id);
    void SetEndpointFlags(uint id, const QStringList &flags);
    void FlushEndpoints();
    void SetEnabled(bool enabled, bool persistent);
    void SetSysctl(const QString &name, const QString &value, bool persistent);
    bool SetNetworkManagerDefaultFlags(const QStringList &flags);
    void ApplyConfiguration(bool enabled, uint subflows, uint add_addr_accepted, const EndpointList &endpoints,
                            bool persistent);
    void Subscribe();
    void Unsubscribe();

Q_SIGNALS:
    void PathManagerEvent(const QString &type, const QVariantMap &details);
    void StateChanged();
    // Nothing to do for idleTimeoutMs: the program may exit.
    void idle();

private:
    using Perform = std::function<void(const QDBusMessage &request)>;

    // Validated already; checks polkit for the caller, then runs `perform`, which replies.
    void authorizeThen(const QString &actionId, Perform perform);
    void replyInvalid(const QString &message);
    void finish(const QDBusMessage &request, const Outcome &outcome, const QVariantList &results = {});
    Outcome persistEnabled(bool enabled, bool persistent);
    // Kernel first, then the drop-in; the kernel value goes back when the drop-in fails.
    Outcome applySysctl(const SysctlRequest &request, bool persistent);
    QString persistSysctl(const SysctlRequest &request, bool persistent);
    void relayEvents();
    void touch();
    void onIdleTimeout();

    QDBusConnection m_bus;
    Options m_options;
    KernelControl m_kernel;
    PolkitAuthorizer m_polkit;
    QTimer m_idleTimer;
    int m_pendingTotal = 0;
    QHash<QString, int> m_pendingByCaller;
    QSet<QString> m_subscribers;
    QDBusServiceWatcher *m_subscriberWatcher = nullptr;
    std::unique_ptr<nl::EventListener> m_events;
    QSocketNotifier *m_eventNotifier = nullptr;
};

} // namespace mptcp::helper
