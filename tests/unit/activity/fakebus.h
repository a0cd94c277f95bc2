// Test doubles on a real, private dbus-daemon: the daemon itself (started and
// killed by PID by the test), a fake org.freedesktop.Notifications server and a
// fake org.kde.StatusNotifierWatcher, both served from a connection of their own.
#pragma once

#include <QDBusConnection>
#include <QDBusContext>
#include <QDBusMessage>
#include <QDBusPendingCall>
#include <QList>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace mptcp::test {

class PrivateBus {
public:
    PrivateBus();
    ~PrivateBus();
    PrivateBus(const PrivateBus &) = delete;
    PrivateBus &operator=(const PrivateBus &) = delete;

    [[nodiscard]] bool valid() const { return !m_address.isEmpty(); }
    [[nodiscard]] const QString &address() const { return m_address; }
    // A new connection to the daemon under a unique connection name.
    QDBusConnection connect(const QString &tag);

private:
    QProcess m_daemon;
    QString m_address;
    QStringList m_connections;
};

// Runs the event loop until the call is answered (a blocking call would deadlock
// when the callee lives in this same thread).
QDBusMessage await(const QDBusPendingCall &call, int timeoutMs = 5000);

struct NotifyCall {
    QString appName;
    uint replacesId = 0;
    QString appIcon;
    QString summary;
    QString body;
    QStringList actions;
    QVariantMap hints;
    int expireTimeout = 0;
    uint returnedId = 0;
};

class FakeNotifications : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    // Registers itself on `bus` as org.freedesktop.Notifications.
    explicit FakeNotifications(QDBusConnection bus);
    ~FakeNotifications() override;
    [[nodiscard]] bool registered() const { return m_registered; }
    QList<NotifyCall> calls;

public Q_SLOTS:
    uint Notify(const QString &appName, uint replacesId, const QString &appIcon, const QString &summary,
                const QString &body, const QStringList &actions, const QVariantMap &hints, int expireTimeout);

private:
    QDBusConnection m_bus;
    bool m_registered = false;
    uint m_nextId = 1;
};

class FakeWatcher : public QObject, protected QDBusContext {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.kde.StatusNotifierWatcher")
public:
    explicit FakeWatcher(QDBusConnection bus);
    ~FakeWatcher() override;
    [[nodiscard]] bool registered() const { return m_registered; }
    QStringList items;   // as passed to RegisterStatusNotifierItem
    QStringList senders; // unique names of the callers

public Q_SLOTS:
    void RegisterStatusNotifierItem(const QString &service);

private:
    QDBusConnection m_bus;
    bool m_registered = false;
};

} // namespace mptcp::test
