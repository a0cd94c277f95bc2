// Client of the privileged helper (org.mptcp.Settings.Helper1 on the system bus).
// HelperClient is asynchronous (for the GUI): every call returns at once and its
// callback runs later on the client's thread. BlockingHelperClient wraps the same
// calls synchronously for the command line.
#pragma once

#include "mptcp/helper/protocol.h"

#include <QDBusConnection>
#include <QDBusError>
#include <QObject>
#include <QString>
#include <QVariantMap>

#include <functional>
#include <memory>

class HelperProxy;
class QDBusServiceWatcher;

namespace mptcp::helperclient {

using helper::EndpointList;
using helper::EndpointSpec;
using helper::StringMap;

struct HelperError {
    enum class Kind {
        None,
        NotAvailable,    // not installed, not activatable, or the bus is unreachable
        Stopped,         // the helper went away before answering
        NotAuthorized,
        InvalidArgument,
        KernelRefused,
        Busy,
        Failed,
        Other,           // anything else (protocol mismatch, timeout)
    };
    Kind kind = Kind::None;
    QString name;    // D-Bus error name
    QString message; // for people; already explains the kind

    [[nodiscard]] bool ok() const { return kind == Kind::None; }
    static HelperError fromDBus(const QDBusError &error);
};

struct HelperState {
    StringMap sysctls; // "enabled" -> "1", ...
    uint subflows = 0;
    uint addAddrAccepted = 0;
    EndpointList endpoints;
};

struct ConfigurationRequest {
    bool enabled = true;
    uint subflows = 0;
    uint addAddrAccepted = 0;
    EndpointList endpoints;
    bool persistent = false;
};

class HelperClient : public QObject {
    Q_OBJECT
public:
    using Done = std::function<void(const HelperError &)>;

    explicit HelperClient(const QDBusConnection &bus = QDBusConnection::systemBus(), QObject *parent = nullptr);
    ~HelperClient() override;

    void getState(std::function<void(const HelperState &, const HelperError &)> done);
    void setLimits(uint subflows, uint addAddrAccepted, Done done);
    void addEndpoint(const EndpointSpec &endpoint, Done done);
    void deleteEndpoint(uint id, Done done);
    void setEndpointFlags(uint id, const QStringList &flags, Done done);
    void flushEndpoints(Done done);
    void setEnabled(bool enabled, bool persistent, Done done);
    // One kernel option from the helper's allowlist (see SetSysctl in the contract).
    void setSysctl(const QString &name, const QString &value, bool persistent, Done done);
    void setNetworkManagerDefaultFlags(const QStringList &flags, std::function<void(bool nmReloaded, const HelperError &)> done);
    void applyConfiguration(const ConfigurationRequest &config, Done done);

    // Keeps the helper relaying pathManagerEvent to us; renewed automatically when
    // the helper comes back after stopping.
    void subscribe(Done done = {});
    void unsubscribe(Done done = {});
    [[nodiscard]] bool isSubscribed() const { return m_subscribed; }
    // Asks the bus whether the helper currently runs (a short blocking call).
    [[nodiscard]] bool isHelperRunning() const;

Q_SIGNALS:
    void pathManagerEvent(const QString &type, const QVariantMap &details);
    void stateChanged();
    void helperStarted();
    // A Subscribe call succeeded (first time, or renewed after the helper restarted).
    void subscribed();
    // The helper left the bus (idle exit, crash, restart). The next call starts it again.
    void helperStopped();

private:
    template <class Reply, class Handler>
    void watch(const Reply &pending, Handler handler);

    QDBusConnection m_bus;
    std::unique_ptr<HelperProxy> m_proxy;
    QDBusServiceWatcher *m_watcher = nullptr;
    bool m_subscribed = false;
};

// Synchronous wrapper for the CLI: each call blocks until the helper answers
// (an authentication dialog may take a while).
class BlockingHelperClient {
public:
    explicit BlockingHelperClient(const QDBusConnection &bus = QDBusConnection::systemBus());
    ~BlockingHelperClient();

    HelperError getState(HelperState *state);
    HelperError setLimits(uint subflows, uint addAddrAccepted);
    HelperError addEndpoint(const EndpointSpec &endpoint);
    HelperError deleteEndpoint(uint id);
    HelperError setEndpointFlags(uint id, const QStringList &flags);
    HelperError flushEndpoints();
    HelperError setEnabled(bool enabled, bool persistent);
    HelperError setSysctl(const QString &name, const QString &value, bool persistent);
    HelperError setNetworkManagerDefaultFlags(const QStringList &flags, bool *nmReloaded = nullptr);
    HelperError applyConfiguration(const ConfigurationRequest &config);

private:
    std::unique_ptr<HelperProxy> m_proxy;
};

} // namespace mptcp::helperclient
