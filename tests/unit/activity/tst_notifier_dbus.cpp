// Notifier against a real private dbus-daemon and a fake notification server:
// the exact Notify calls, coalescing, replaces_id, turned-off kinds, persistence.
#include "fakebus.h"
#include "synthetic.h"

#include "mptcp/activity/notifier.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace mptcp::activity;
using namespace mptcp::test;
using mptcp::sockdiag::ConnectionEvent;
using mptcp::sockdiag::Snapshot;

namespace {
std::vector<ConnectionEvent> subflowClosedOn(const std::string &ifname, std::uint64_t cookie)
{
    Snapshot before, after;
    before.connections = {connection(cookie, {subflow(cookie * 10, "wlan0"), subflow(cookie * 10 + 1, ifname)})};
    after.connections = {connection(cookie, {subflow(cookie * 10, "wlan0")})};
    return mptcp::sockdiag::diffSnapshots(before, after);
}
} // namespace

class TestNotifierDBus : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<PrivateBus> m_bus;
    std::unique_ptr<FakeNotifications> m_server;
    QTemporaryDir m_config;
    QDBusConnection m_client{QString()};

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_config.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_config.path());
        m_bus = std::make_unique<PrivateBus>();
        QVERIFY2(m_bus->valid(), "dbus-daemon did not start");
        m_server = std::make_unique<FakeNotifications>(m_bus->connect(QStringLiteral("server")));
        QVERIFY(m_server->registered());
        m_client = m_bus->connect(QStringLiteral("client"));
        QVERIFY(m_client.isConnected());
    }

    void init()
    {
        m_server->calls.clear();
        QSettings(QStringLiteral("mptcp-settings"), QStringLiteral("mptcp-settings")).clear();
    }

    void cleanupTestCase()
    {
        m_server.reset();
        m_bus.reset();
    }

    void subflowClosedSendsOneNotification()
    {
        Notifier n(m_client);
        n.onConnectionEvents(subflowClosedOn("wwan0", 1));
        QTRY_COMPARE(m_server->calls.size(), 1);
        const NotifyCall &c = m_server->calls[0];
        QCOMPARE(c.appName, QStringLiteral("MPTCP Settings"));
        QCOMPARE(c.replacesId, 0u);
        QCOMPARE(c.appIcon, QStringLiteral("org.mptcp.Settings"));
        QVERIFY2(c.summary.startsWith(QStringLiteral("1 subflow")), qPrintable(c.summary));
        QVERIFY2(c.body.contains(QStringLiteral("wwan0")), qPrintable(c.body));
        QVERIFY(c.actions.isEmpty());
        QCOMPARE(c.hints.value(QStringLiteral("urgency")).toInt(), int(Notifier::Low));
        QCOMPARE(c.expireTimeout, -1);
    }

    void repeatsAreCoalescedAndReplaceThePreviousOne()
    {
        Notifier n(m_client);
        n.setMinIntervalMs(400);
        n.onConnectionEvents(subflowClosedOn("wwan0", 1));
        QTRY_COMPARE(m_server->calls.size(), 1);
        const uint firstId = m_server->calls[0].returnedId;
        n.onConnectionEvents(subflowClosedOn("wwan0", 2));
        n.onConnectionEvents(subflowClosedOn("eth1", 3));
        n.onConnectionEvents(subflowClosedOn("wwan0", 4));
        QTest::qWait(100);
        QCOMPARE(m_server->calls.size(), 1); // rate-limited: nothing yet
        QTRY_COMPARE(m_server->calls.size(), 2);
        const NotifyCall &c = m_server->calls[1];
        QVERIFY2(c.summary.startsWith(QStringLiteral("3 subflow")), qPrintable(c.summary));
        QVERIFY2(c.body.contains(QStringLiteral("wwan0, eth1")), qPrintable(c.body));
        QCOMPARE(c.replacesId, firstId);
        QTest::qWait(600);
        QCOMPARE(m_server->calls.size(), 2); // no storm afterwards
    }

    void turnedOffKindSendsNothing()
    {
        Notifier n(m_client);
        n.setSubflowClosedEnabled(false);
        n.onConnectionEvents(subflowClosedOn("wwan0", 1));
        n.onMptcpEnabled(true);
        n.onMptcpEnabled(false);
        QTRY_COMPARE(m_server->calls.size(), 1);
        QCOMPARE(m_server->calls[0].summary, QStringLiteral("MPTCP switched off"));
        QTest::qWait(200);
        QCOMPARE(m_server->calls.size(), 1);
    }

    void globalSwitchTurnsEverythingOff()
    {
        Notifier n(m_client);
        n.setEnabled(false);
        n.onConnectionEvents(subflowClosedOn("wwan0", 1));
        n.onFallbacksIncreased(2);
        n.onMptcpEnabled(true);
        n.onMptcpEnabled(false);
        QTest::qWait(300);
        QCOMPARE(m_server->calls.size(), 0);
    }

    void settingsPersist()
    {
        {
            Notifier n(m_client);
            n.setFallbackEnabled(false);
            n.setEnabled(false);
        }
        Notifier again(m_client);
        QCOMPARE(again.enabled(), false);
        QCOMPARE(again.fallbackEnabled(), false);
        QCOMPARE(again.subflowClosedEnabled(), true);
    }

    void sameSubflowFromBothSourcesCountsOnce()
    {
        Notifier n(m_client);
        const auto events = subflowClosedOn("wwan0", 1);
        const auto &gone = *events.front().subflow;
        n.onConnectionEvents(events);
        n.onPathManagerEvent(QStringLiteral("sf_closed"), {{QStringLiteral("token"), events.front().connection.token},
                                                           {QStringLiteral("saddr"), QString::fromStdString(gone.localAddress.toString())},
                                                           {QStringLiteral("sport"), gone.localPort}});
        QTRY_COMPARE(m_server->calls.size(), 1);
        QTest::qWait(300);
        QCOMPARE(m_server->calls.size(), 1);
    }

    void pathManagerSubflowClosedNamesTheAddress()
    {
        Notifier n(m_client);
        n.onPathManagerEvent(QStringLiteral("sf_established"), {});
        n.onPathManagerEvent(QStringLiteral("sf_closed"), {{QStringLiteral("token"), 77u},
                                                           {QStringLiteral("saddr"), QStringLiteral("198.51.100.7")},
                                                           {QStringLiteral("sport"), 40001}});
        QTRY_COMPARE(m_server->calls.size(), 1);
        QVERIFY2(m_server->calls[0].body.contains(QStringLiteral("198.51.100.7")), qPrintable(m_server->calls[0].body));
    }

    void failoverAndFallbackFromSnapshots()
    {
        Notifier n(m_client);
        Snapshot before, after;
        before.connections = {connection(1, {subflow(10, "wlan0"), subflow(11, "wwan0", 0, 0, true)}), connection(2, {subflow(20, "wlan0")})};
        after.connections = {connection(1, {subflow(11, "wwan0", 0, 0, true)}), connection(2, {subflow(20, "wlan0")}, true)};
        n.setSubflowClosedEnabled(false);
        n.onConnectionEvents(mptcp::sockdiag::diffSnapshots(before, after));
        QTRY_COMPARE(m_server->calls.size(), 2);
        QStringList summaries{m_server->calls[0].summary, m_server->calls[1].summary};
        summaries.sort();
        QVERIFY2(summaries[0].startsWith(QStringLiteral("1 connection(s) fell back")) || summaries[0].startsWith(QStringLiteral("1 connection fell back")),
                 qPrintable(summaries[0]));
        QVERIFY2(summaries[1].contains(QStringLiteral("backup path")), qPrintable(summaries[1]));
        const auto failover = m_server->calls[0].summary.contains(QStringLiteral("backup")) ? m_server->calls[0] : m_server->calls[1];
        QVERIFY2(failover.body.contains(QStringLiteral("wwan0")), qPrintable(failover.body));
    }

    void fallbackCountersDelta()
    {
        Notifier n(m_client);
        n.onFallbacksIncreased(4);
        QTRY_COMPARE(m_server->calls.size(), 1);
        QVERIFY2(m_server->calls[0].summary.startsWith(QStringLiteral("4 connection")), qPrintable(m_server->calls[0].summary));
        QCOMPARE(m_server->calls[0].hints.value(QStringLiteral("urgency")).toInt(), int(Notifier::Normal));
    }

    void removedEndpointsAreNamed()
    {
        Notifier n(m_client);
        const EndpointSummary wifi{1, QStringLiteral("10.1.0.1"), QStringLiteral("wlan0")};
        const EndpointSummary lte{2, QStringLiteral("10.2.0.1"), QStringLiteral("wwan0")};
        n.onEndpointsChanged({wifi, lte}, {wifi, lte});
        n.onEndpointsChanged({wifi, lte}, {wifi});
        QTRY_COMPARE(m_server->calls.size(), 1);
        QVERIFY2(m_server->calls[0].summary.startsWith(QStringLiteral("1 MPTCP endpoint")), qPrintable(m_server->calls[0].summary));
        QVERIFY2(m_server->calls[0].body.contains(QStringLiteral("10.2.0.1 (wwan0)")), qPrintable(m_server->calls[0].body));
    }

    void mptcpSwitchedOffNeedsABaseline()
    {
        Notifier n(m_client);
        n.onMptcpEnabled(false); // first reading: baseline only
        n.onMptcpEnabled(true);
        QTest::qWait(200);
        QCOMPARE(m_server->calls.size(), 0);
        n.onMptcpEnabled(false);
        QTRY_COMPARE(m_server->calls.size(), 1);
        QCOMPARE(m_server->calls[0].summary, QStringLiteral("MPTCP switched off"));
    }

    void missingServerIsAnErrorNotACrash()
    {
        PrivateBus empty;
        QVERIFY(empty.valid());
        Notifier n(empty.connect(QStringLiteral("lonely")));
        n.onFallbacksIncreased(1);
        QTRY_VERIFY(!n.errorString().isEmpty());
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    TestNotifierDBus tc;
    return QTest::qExec(&tc, argc, argv);
}
#include "tst_notifier_dbus.moc"
