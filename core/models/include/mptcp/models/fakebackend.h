// An in-memory machine for Qt Quick tests, screenshots (`--demo-fake`) and model
// tests: named scenarios (NetworkManager absent, sysctl off, no default route,
// conflicts, helper denied, ...) and actions that change the state the way
// NetworkManager and the kernel would, after a configurable delay.
#pragma once

#include "mptcp/models/backend.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace mptcp::models {

class FakeBackend : public Backend {
    Q_OBJECT
    Q_PROPERTY(QString scenario READ scenario NOTIFY scenarioChanged)
    Q_PROPERTY(int actionDelay READ actionDelay WRITE setActionDelay NOTIFY scenarioChanged)
    Q_PROPERTY(bool denyActions READ denyActions WRITE setDenyActions NOTIFY scenarioChanged)
    Q_PROPERTY(int actionCount READ actionCount NOTIFY actionReceived)
    Q_PROPERTY(QString lastAction READ lastAction NOTIFY actionReceived)
public:
    explicit FakeBackend(QObject *parent = nullptr);

    static QStringList scenarioNames();

    [[nodiscard]] const SystemState &state() const override { return m_state; }
    [[nodiscard]] QString label() const override;

    [[nodiscard]] QString scenario() const { return m_scenario; }
    // Replaces the whole machine; false for an unknown name.
    Q_INVOKABLE bool loadScenario(const QString &name);
    [[nodiscard]] int actionDelay() const { return m_delayMs; }
    void setActionDelay(int ms);
    [[nodiscard]] bool denyActions() const { return m_deny; }
    void setDenyActions(bool deny);
    [[nodiscard]] int actionCount() const { return m_actionCount; }
    // e.g. "setLimits 3 2 keep" — what the last action asked for.
    [[nodiscard]] QString lastAction() const { return m_lastAction; }

    // Outside events, as NetworkManager or another tool would cause them.
    Q_INVOKABLE void simulateManualEndpoint(const QString &address, const QStringList &flags,
                                            const QString &interfaceName);
    Q_INVOKABLE void simulateNetworkManagerRunning(bool running);
    // A kernel path-manager event, as the helper would relay it.
    Q_INVOKABLE void simulatePathManagerEvent(const QString &type, const QVariantMap &details);

    void setMptcpEnabled(bool enabled, ActionCallback done) override;
    void setLimits(quint32 subflows, quint32 addAddrAccepted, bool keepAfterReboot, ActionCallback done) override;
    void setSysctl(const QString &name, const QString &value, bool keepAfterReboot, ActionCallback done) override;
    void addEndpoint(const EndpointSpec &spec, ActionCallback done) override;
    void setEndpointFlags(int id, const QStringList &flags, ActionCallback done) override;
    void deleteEndpoint(int id, ActionCallback done) override;
    void flushEndpoints(ActionCallback done) override;
    void setConnectionMptcpFlags(const QString &uuid, quint32 nmFlags, ActionCallback done) override;
    void setGlobalDefaultFlags(quint32 nmFlags, ActionCallback done) override;

Q_SIGNALS:
    void scenarioChanged();
    void actionReceived();

public:
    // The simulated machine (public for the scenario builders in the .cpp).
    struct Address {
        QString address;
        int prefixLength = 24;
        bool ipv6 = false;
        QString exclusion; // why NetworkManager never uses it (link-local, ULA...); "" = usable
    };
    struct Device {
        QString ifname;
        DeviceKind kind = DeviceKind::Other;
        bool managed = true;
        bool connected = true;
        QString connectionName;
        QString uuid;
        quint32 flags = 0;          // connection.mptcp-flags
        bool defaultRoute4 = true;  // NetworkManager configured a default route
        bool defaultRoute6 = true;
        quint32 appliedFlags = 0;   // resolved flags at the last activation/reapply
        bool appliedSysctl = true;  // net.mptcp.enabled at that moment
        QList<Address> addresses;
    };
    struct Machine {
        bool mptcpAvailable = true;
        bool enabled = true;
        bool userspacePm = false;
        bool nmRunning = true;
        QString nmVersion = QStringLiteral("1.42.4");
        bool mptcpdRunning = false;
        quint32 subflows = 2;
        quint32 addAddrAccepted = 0;
        bool limitsPersistent = false;
        quint32 globalDefault = 0;
        QList<Device> devices;
        QList<EndpointInfo> endpoints;
    };

private:
    void act(const QString &description, std::function<ActionResult()> change, ActionCallback done,
             const QString &deniedText);
    void recompute();
    void reapply(Device &device); // what NetworkManager does on activation/reapply
    [[nodiscard]] quint32 resolvedFlags(const Device &device) const;
    // The endpoint flags NetworkManager configures for `address`, or nullopt and why not.
    [[nodiscard]] std::optional<QStringList> expectedFor(const Device &device, const Address &address,
                                                         QString *reason) const;
    [[nodiscard]] int nextEndpointId() const;

    Machine m_machine;
    SystemState m_state;
    QString m_scenario;
    int m_delayMs = 150;
    bool m_deny = false;
    int m_actionCount = 0;
    QString m_lastAction;
};

} // namespace mptcp::models
