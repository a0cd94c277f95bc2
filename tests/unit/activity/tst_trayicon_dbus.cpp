// TrayIcon against a real private dbus-daemon: StatusNotifierItem registration
// with a fake StatusNotifierWatcher, its properties and methods as a host sees them.
#include "fakebus.h"
#include "statusnotifieritem.h"

#include "mptcp/activity/trayicon.h"

#include <QDBusArgument>
#include <QDBusMetaType>
#include <QDBusVariant>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace mptcp::activity;
using namespace mptcp::test;

class TestTrayIconDBus : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<PrivateBus> m_bus;
    QTemporaryDir m_config;
    QDBusConnection m_host{QString()};

    QVariant property(const QString &service, const QString &name)
    {
        QDBusMessage get = QDBusMessage::createMethodCall(service, QLatin1String(TrayIcon::ObjectPath), QStringLiteral("org.freedesktop.DBus.Properties"),
                                                          QStringLiteral("Get"));
        get << QStringLiteral("org.kde.StatusNotifierItem") << name;
        const QDBusMessage reply = await(m_host.asyncCall(get));
        if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
            return {};
        return reply.arguments().constFirst().value<QDBusVariant>().variant();
    }

    bool hasOwner(const QString &name)
    {
        QDBusMessage m = QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
                                                        QStringLiteral("org.freedesktop.DBus"), QStringLiteral("NameHasOwner"));
        m << name;
        const QDBusMessage reply = await(m_host.asyncCall(m));
        return !reply.arguments().isEmpty() && reply.arguments().constFirst().toBool();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_config.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_config.path());
        m_bus = std::make_unique<PrivateBus>();
        QVERIFY2(m_bus->valid(), "dbus-daemon did not start");
        m_host = m_bus->connect(QStringLiteral("host"));
        QVERIFY(m_host.isConnected());
    }

    void init() { QSettings(QStringLiteral("mptcp-settings"), QStringLiteral("mptcp-settings")).clear(); }

    void cleanupTestCase() { m_bus.reset(); }

    void withoutWatcherItIsUnavailable()
    {
        TrayIcon tray(m_bus->connect(QStringLiteral("app")));
        QTRY_VERIFY(hasOwner(tray.serviceName()));
        QTest::qWait(200);
        QCOMPARE(tray.available(), false);
    }

    void registersWhenAWatcherAppearsLater()
    {
        const QDBusConnection app = m_bus->connect(QStringLiteral("app"));
        TrayIcon tray(app);
        QSignalSpy available(&tray, &TrayIcon::availableChanged);
        QTRY_VERIFY(hasOwner(tray.serviceName()));
        QCOMPARE(tray.available(), false);
        FakeWatcher watcher(m_bus->connect(QStringLiteral("watcher")));
        QVERIFY(watcher.registered());
        QTRY_COMPARE(tray.available(), true);
        QCOMPARE(watcher.items, QStringList{tray.serviceName()});
        QCOMPARE(watcher.senders, QStringList{app.baseService()});
        QVERIFY(tray.serviceName().startsWith(QStringLiteral("org.kde.StatusNotifierItem-%1-").arg(QCoreApplication::applicationPid())));
    }

    void registersWithARunningWatcherAndLosesIt()
    {
        auto watcher = std::make_unique<FakeWatcher>(m_bus->connect(QStringLiteral("watcher")));
        TrayIcon tray(m_bus->connect(QStringLiteral("app")));
        QTRY_COMPARE(tray.available(), true);
        QCOMPARE(watcher->items.size(), 1);
        watcher.reset();
        QTRY_COMPARE(tray.available(), false);
    }

    void propertiesShowTheSummaryAndStatus()
    {
        FakeWatcher watcher(m_bus->connect(QStringLiteral("watcher")));
        TrayIcon tray(m_bus->connect(QStringLiteral("app")));
        QTRY_COMPARE(tray.available(), true);
        const QString item = tray.serviceName();
        QCOMPARE(property(item, QStringLiteral("Id")).toString(), QStringLiteral("mptcp-settings"));
        QCOMPARE(property(item, QStringLiteral("Category")).toString(), QStringLiteral("ApplicationStatus"));
        QCOMPARE(property(item, QStringLiteral("IconName")).toString(), QStringLiteral("org.mptcp.Settings"));
        QCOMPARE(property(item, QStringLiteral("Status")).toString(), QStringLiteral("Passive"));

        tray.setSummary(QStringLiteral("MPTCP: 3 connections over Wi-Fi + LTE"));
        tray.setConnectionCount(3);
        QCOMPARE(property(item, QStringLiteral("Title")).toString(), QStringLiteral("MPTCP: 3 connections over Wi-Fi + LTE"));
        QCOMPARE(property(item, QStringLiteral("Status")).toString(), QStringLiteral("Active"));
        const QVariant tipValue = property(item, QStringLiteral("ToolTip"));
        QVERIFY(tipValue.canConvert<QDBusArgument>());
        SniToolTip tip;
        tipValue.value<QDBusArgument>() >> tip;
        QCOMPARE(tip.title, QStringLiteral("MPTCP Settings"));
        QCOMPARE(tip.description, QStringLiteral("MPTCP: 3 connections over Wi-Fi + LTE"));
        QCOMPARE(tip.iconName, QStringLiteral("org.mptcp.Settings"));

        tray.setFallbackCount(1);
        QCOMPARE(property(item, QStringLiteral("Status")).toString(), QStringLiteral("NeedsAttention"));
    }

    void changesAreSignalledToTheHost()
    {
        FakeWatcher watcher(m_bus->connect(QStringLiteral("watcher")));
        TrayIcon tray(m_bus->connect(QStringLiteral("app")));
        QTRY_COMPARE(tray.available(), true);
        QSignalSpy status(this, SIGNAL(hostSawStatus(QString)));
        QSignalSpy toolTip(this, SIGNAL(hostSawToolTip()));
        QVERIFY(m_host.connect(tray.serviceName(), QLatin1String(TrayIcon::ObjectPath), QStringLiteral("org.kde.StatusNotifierItem"),
                               QStringLiteral("NewStatus"), this, SIGNAL(hostSawStatus(QString))));
        QVERIFY(m_host.connect(tray.serviceName(), QLatin1String(TrayIcon::ObjectPath), QStringLiteral("org.kde.StatusNotifierItem"),
                               QStringLiteral("NewToolTip"), this, SIGNAL(hostSawToolTip())));
        // The match rules reach the daemon asynchronously.
        QTest::qWait(200);
        tray.setConnectionCount(1);
        tray.setSummary(QStringLiteral("MPTCP: 1 connection"));
        QTRY_COMPARE(status.count(), 1);
        QCOMPARE(status[0][0].toString(), QStringLiteral("Active"));
        QTRY_COMPARE(toolTip.count(), 1);
        tray.setConnectionCount(2); // still Active: no signal
        tray.setFallbackCount(2);
        QTRY_COMPARE(status.count(), 2);
        QCOMPARE(status[1][0].toString(), QStringLiteral("NeedsAttention"));
    }

    void activateRaisesTheWindow()
    {
        FakeWatcher watcher(m_bus->connect(QStringLiteral("watcher")));
        TrayIcon tray(m_bus->connect(QStringLiteral("app")));
        QTRY_COMPARE(tray.available(), true);
        QSignalSpy activated(&tray, &TrayIcon::activateRequested);
        QDBusMessage call = QDBusMessage::createMethodCall(tray.serviceName(), QLatin1String(TrayIcon::ObjectPath),
                                                           QStringLiteral("org.kde.StatusNotifierItem"), QStringLiteral("Activate"));
        call << 10 << 20;
        const QDBusMessage reply = await(m_host.asyncCall(call));
        QCOMPARE(reply.type(), QDBusMessage::ReplyMessage);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated[0][0].toInt(), 10);
        QCOMPARE(activated[0][1].toInt(), 20);
    }

    void turningOffRemovesTheItemAndPersists()
    {
        FakeWatcher watcher(m_bus->connect(QStringLiteral("watcher")));
        {
            TrayIcon tray(m_bus->connect(QStringLiteral("app")));
            QTRY_COMPARE(tray.available(), true);
            tray.setEnabled(false);
            QCOMPARE(tray.available(), false);
            QTRY_VERIFY(!hasOwner(tray.serviceName()));
        }
        TrayIcon again(m_bus->connect(QStringLiteral("app")));
        QCOMPARE(again.enabled(), false);
        QTest::qWait(200);
        QCOMPARE(again.available(), false);
        QVERIFY(!hasOwner(again.serviceName()));
        QCOMPARE(watcher.items.size(), 1);
    }

Q_SIGNALS:
    void hostSawStatus(const QString &status);
    void hostSawToolTip();
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    TestTrayIconDBus tc;
    return QTest::qExec(&tc, argc, argv);
}
#include "tst_trayicon_dbus.moc"
