// Desktop notifications (org.freedesktop.Notifications on the session bus) for
// what a user of MPTCP wants to hear about without watching the app: a path's
// subflow closed, a connection failed over to a backup path or fell back to plain
// TCP, an endpoint was removed, MPTCP was switched off.
//
// Every kind can be turned off (and all at once); settings persist in QSettings
// (organization "mptcp-settings", group "notifications"). A kind notifies at most
// once per `minIntervalMs`: what happens meanwhile is coalesced into one notification
// ("3 subflows closed") that replaces the previous one of that kind.
#pragma once

#include "mptcp/sockdiag/connections.h"

#include <QDBusConnection>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <array>
#include <vector>

class QTimer;

namespace mptcp::activity {

// An endpoint as the notifier needs to name it.
struct EndpointSummary {
    uint id = 0;
    QString address;
    QString interface; // "" when not bound to one
    friend bool operator==(const EndpointSummary &, const EndpointSummary &) = default;
};

class Notifier : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool enabled READ enabled WRITE setEnabled NOTIFY settingsChanged)
    Q_PROPERTY(bool subflowClosedEnabled READ subflowClosedEnabled WRITE setSubflowClosedEnabled NOTIFY settingsChanged)
    Q_PROPERTY(bool failoverEnabled READ failoverEnabled WRITE setFailoverEnabled NOTIFY settingsChanged)
    Q_PROPERTY(bool fallbackEnabled READ fallbackEnabled WRITE setFallbackEnabled NOTIFY settingsChanged)
    Q_PROPERTY(bool endpointRemovedEnabled READ endpointRemovedEnabled WRITE setEndpointRemovedEnabled NOTIFY settingsChanged)
    Q_PROPERTY(bool mptcpDisabledEnabled READ mptcpDisabledEnabled WRITE setMptcpDisabledEnabled NOTIFY settingsChanged)
    Q_PROPERTY(int minIntervalMs READ minIntervalMs WRITE setMinIntervalMs NOTIFY minIntervalMsChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)

public:
    enum class Kind { SubflowClosed, Failover, Fallback, EndpointRemoved, MptcpDisabled };
    Q_ENUM(Kind)
    static constexpr int KindCount = 5;

    // Urgency hint values of the specification.
    enum Urgency : uchar { Low = 0, Normal = 1, Critical = 2 };

    explicit Notifier(const QDBusConnection &bus = QDBusConnection::sessionBus(), QObject *parent = nullptr);
    ~Notifier() override;

    bool enabled() const { return m_enabled; }
    void setEnabled(bool on);
    bool kindEnabled(Kind kind) const { return m_kindEnabled[static_cast<int>(kind)]; }
    void setKindEnabled(Kind kind, bool on);
    bool subflowClosedEnabled() const { return kindEnabled(Kind::SubflowClosed); }
    void setSubflowClosedEnabled(bool on) { setKindEnabled(Kind::SubflowClosed, on); }
    bool failoverEnabled() const { return kindEnabled(Kind::Failover); }
    void setFailoverEnabled(bool on) { setKindEnabled(Kind::Failover, on); }
    bool fallbackEnabled() const { return kindEnabled(Kind::Fallback); }
    void setFallbackEnabled(bool on) { setKindEnabled(Kind::Fallback, on); }
    bool endpointRemovedEnabled() const { return kindEnabled(Kind::EndpointRemoved); }
    void setEndpointRemovedEnabled(bool on) { setKindEnabled(Kind::EndpointRemoved, on); }
    bool mptcpDisabledEnabled() const { return kindEnabled(Kind::MptcpDisabled); }
    void setMptcpDisabledEnabled(bool on) { setKindEnabled(Kind::MptcpDisabled, on); }
    int minIntervalMs() const { return m_minIntervalMs; }
    void setMinIntervalMs(int ms);
    QString errorString() const { return m_errorString; }

    // The key of a kind in QSettings ("subflowClosed", ...).
    static QString kindKey(Kind kind);

public Q_SLOTS:
    // ConnectionsModel::connectionEvents: SubflowClosed, FailoverToBackup, FellBack.
    void onConnectionEvents(const std::vector<mptcp::sockdiag::ConnectionEvent> &events);
    // HelperClient::pathManagerEvent: "sf_closed" (the interface comes from ifindex or
    // the source address). The same subflow reported by both sources counts once.
    void onPathManagerEvent(const QString &type, const QVariantMap &details);
    // CountersModel::fallbacksIncreased.
    void onFallbacksIncreased(qint64 count);
    // Endpoint lists before and after a StateChanged: those gone are notified.
    void onEndpointsChanged(const QList<mptcp::activity::EndpointSummary> &before, const QList<mptcp::activity::EndpointSummary> &after);
    // net.mptcp.enabled as read after each StateChanged; the first call is the baseline.
    void onMptcpEnabled(bool enabled);

Q_SIGNALS:
    void settingsChanged();
    void minIntervalMsChanged();
    void errorStringChanged();
    // After each Notify call was sent (tests, logs).
    void notificationSent(mptcp::activity::Notifier::Kind kind, const QString &summary, const QString &body);

private:
    struct Pending {
        int count = 0;
        QStringList details; // interfaces, addresses: each once
        bool armed = false;  // a coalescing timer runs
    };
    void report(Kind kind, int count, const QString &detail);
    void flush(Kind kind);
    void send(Kind kind, const QString &summary, const QString &body);
    // Subflow closings already notified, by "token/address/port", to drop the
    // second report of the same subflow (sock_diag and the PM event).
    bool seenSubflow(const QString &key);
    void save();

    QDBusConnection m_bus;
    bool m_enabled = true;
    std::array<bool, KindCount> m_kindEnabled{true, true, true, true, true};
    int m_minIntervalMs = 5000;
    std::array<Pending, KindCount> m_pending;
    std::array<QElapsedTimer, KindCount> m_lastSent;
    std::array<uint, KindCount> m_lastId{};
    std::array<QTimer *, KindCount> m_timers{};
    QHash<QString, qint64> m_recentSubflows; // key -> monotonic ms
    int m_mptcpEnabled = -1;                 // -1 = no baseline yet
    QString m_errorString;
};

} // namespace mptcp::activity

Q_DECLARE_METATYPE(mptcp::activity::EndpointSummary)
