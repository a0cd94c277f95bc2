#include "fakebus.h"

#include <QDBusPendingCallWatcher>
#include <QElapsedTimer>
#include <QTest>

#include <csignal>
#include <sys/prctl.h>

namespace mptcp::test {

PrivateBus::PrivateBus()
{
    // --nofork keeps the daemon our child: QProcess knows its PID and kills it. If
    // the test dies without unwinding (signal), the kernel ends the daemon too.
    m_daemon.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    m_daemon.start(QStringLiteral("dbus-daemon"), {QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--print-address=1")});
    if (!m_daemon.waitForStarted(5000))
        return;
    QElapsedTimer t;
    t.start();
    while (!m_daemon.canReadLine() && t.elapsed() < 5000)
        m_daemon.waitForReadyRead(100);
    m_address = QString::fromLocal8Bit(m_daemon.readLine()).trimmed();
}

PrivateBus::~PrivateBus()
{
    for (const QString &name : std::as_const(m_connections))
        QDBusConnection::disconnectFromBus(name);
    if (m_daemon.state() != QProcess::NotRunning) {
        m_daemon.kill();
        m_daemon.waitForFinished(5000);
    }
}

QDBusConnection PrivateBus::connect(const QString &tag)
{
    const QString name = QStringLiteral("test-%1-%2").arg(tag).arg(m_connections.size());
    m_connections.append(name);
    return QDBusConnection::connectToBus(m_address, name);
}

QDBusMessage await(const QDBusPendingCall &call, int timeoutMs)
{
    QDBusPendingCall pending = call;
    QElapsedTimer t;
    t.start();
    while (!pending.isFinished() && t.elapsed() < timeoutMs)
        QTest::qWait(10);
    return pending.reply();
}

FakeNotifications::FakeNotifications(QDBusConnection bus)
    : m_bus(bus)
{
    m_registered = m_bus.registerObject(QStringLiteral("/org/freedesktop/Notifications"), this, QDBusConnection::ExportAllSlots)
        && m_bus.registerService(QStringLiteral("org.freedesktop.Notifications"));
}

FakeNotifications::~FakeNotifications()
{
    m_bus.unregisterService(QStringLiteral("org.freedesktop.Notifications"));
    m_bus.unregisterObject(QStringLiteral("/org/freedesktop/Notifications"));
}

uint FakeNotifications::Notify(const QString &appName, uint replacesId, const QString &appIcon, const QString &summary,
                               const QString &body, const QStringList &actions, const QVariantMap &hints, int expireTimeout)
{
    // As the specification says: replacing keeps the id.
    const uint id = replacesId ? replacesId : m_nextId++;
    calls.append({appName, replacesId, appIcon, summary, body, actions, hints, expireTimeout, id});
    return id;
}

FakeWatcher::FakeWatcher(QDBusConnection bus)
    : m_bus(bus)
{
    m_registered = m_bus.registerObject(QStringLiteral("/StatusNotifierWatcher"), this, QDBusConnection::ExportAllSlots)
        && m_bus.registerService(QStringLiteral("org.kde.StatusNotifierWatcher"));
}

FakeWatcher::~FakeWatcher()
{
    m_bus.unregisterService(QStringLiteral("org.kde.StatusNotifierWatcher"));
    m_bus.unregisterObject(QStringLiteral("/StatusNotifierWatcher"));
}

void FakeWatcher::RegisterStatusNotifierItem(const QString &service)
{
    items.append(service);
    senders.append(message().service());
}

} // namespace mptcp::test
