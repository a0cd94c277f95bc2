// ConnectionsModel and SubflowsModel fed with synthetic snapshots: refreshes are
// applied as row inserts/removals/changes, never as a reset.
#include "synthetic.h"
#include "testsupport.h"

#include "mptcp/activity/connectionsmodel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QThread>
#include <QTimer>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace mptcp::activity;
using namespace mptcp::test;
using mptcp::sockdiag::Snapshot;

namespace {
Snapshot snapshotOf(std::vector<mptcp::sockdiag::MptcpConnection> connections)
{
    Snapshot s;
    s.connections = std::move(connections);
    return s;
}

QStringList cookies(const ConnectionsModel &m)
{
    QStringList out;
    for (int row = 0; row < m.rowCount(); ++row)
        out.append(m.index(row).data(ConnectionsModel::CookieRole).toString());
    return out;
}
} // namespace

class TestConnectionsModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rowsShowEveryRole()
    {
        ConnectionsModel m;
        auto c = connection(5, {subflow(51, "wlan0", 1000, 2000), subflow(52, "wwan0", 300, 400, true)});
        c.owner = mptcp::sockdiag::Owner{1234, "curl"};
        m.applySnapshot(snapshotOf({c}));
        QCOMPARE(m.rowCount(), 1);
        const QModelIndex i = m.index(0);
        QCOMPARE(i.data(ConnectionsModel::CookieRole).toString(), QStringLiteral("5"));
        QCOMPARE(i.data(ConnectionsModel::StateRole).toString(), QStringLiteral("established"));
        QCOMPARE(i.data(ConnectionsModel::LocalRole).toString(), QStringLiteral("10.1.0.1:1029"));
        QCOMPARE(i.data(ConnectionsModel::RemoteRole).toString(), QStringLiteral("192.0.2.1:443"));
        QCOMPARE(i.data(ConnectionsModel::TokenRole).toString(), QString::number(5 * 7919, 16));
        QCOMPARE(i.data(ConnectionsModel::ProcessRole).toString(), QStringLiteral("curl (1234)"));
        QCOMPARE(i.data(ConnectionsModel::PidRole).toInt(), 1234);
        QCOMPARE(i.data(ConnectionsModel::SubflowCountRole).toInt(), 2);
        QCOMPARE(i.data(ConnectionsModel::ActiveSubflowCountRole).toInt(), 1);
        QCOMPARE(i.data(ConnectionsModel::FallbackRole).toBool(), false);
        // Without mptcp_info byte counters the subflows are summed.
        QCOMPARE(i.data(ConnectionsModel::BytesSentRole).toULongLong(), 1300ull);
        QCOMPARE(i.data(ConnectionsModel::BytesReceivedRole).toULongLong(), 2400ull);
        QCOMPARE(i.data(ConnectionsModel::InterfacesRole).toStringList(), (QStringList{QStringLiteral("wlan0"), QStringLiteral("wwan0")}));
        const QVariantList subflows = i.data(ConnectionsModel::SubflowsRole).toList();
        QCOMPARE(subflows.size(), 2);
        QCOMPARE(subflows[1].toMap().value(QStringLiteral("interface")).toString(), QStringLiteral("wwan0"));
        QCOMPARE(subflows[1].toMap().value(QStringLiteral("backup")).toBool(), true);
        const auto names = m.roleNames();
        for (const char *role : {"state", "local", "remote", "token", "process", "subflowCount", "fallback", "bytesSent",
                                 "bytesReceived", "bytesAcked", "interfaces", "subflows"})
            QVERIFY2(names.values().contains(QByteArray(role)), role);
    }

    void refreshInsertsRemovesAndChangesWithoutReset()
    {
        ConnectionsModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.applySnapshot(snapshotOf({connection(1), connection(2), connection(3), connection(4)}));
        QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&m, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&m, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);

        auto moved = connection(3, {subflow(31, "wlan0", 500)});
        m.applySnapshot(snapshotOf({connection(1), moved, connection(5), connection(6)}));

        QCOMPARE(reset.count(), 0);
        QCOMPARE(cookies(m), (QStringList{QStringLiteral("1"), QStringLiteral("3"), QStringLiteral("5"), QStringLiteral("6")}));
        // 2 and 4 are not adjacent: two removals; 5 and 6 arrive as one insert.
        QCOMPARE(removed.count(), 2);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted[0][1].toInt(), 2);
        QCOMPARE(inserted[0][2].toInt(), 3);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed[0][0].value<QModelIndex>().row(), 1);
        QCOMPARE(changed[0][1].value<QModelIndex>().row(), 1);
    }

    void byteChangesEmitDataChangedOnly()
    {
        ConnectionsModel m;
        m.applySnapshot(snapshotOf({connection(1, {subflow(11, "wlan0", 100)}), connection(2, {subflow(21, "wlan0", 100)})}));
        QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&m, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&m, &QAbstractItemModel::rowsRemoved);
        m.applySnapshot(snapshotOf({connection(1, {subflow(11, "wlan0", 100)}), connection(2, {subflow(21, "wlan0", 9000)})}));
        QCOMPARE(inserted.count() + removed.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed[0][0].value<QModelIndex>().row(), 1);
        QCOMPARE(m.index(1).data(ConnectionsModel::BytesSentRole).toULongLong(), 9000ull);
        // An identical snapshot changes nothing.
        changed.clear();
        m.applySnapshot(snapshotOf({connection(1, {subflow(11, "wlan0", 100)}), connection(2, {subflow(21, "wlan0", 9000)})}));
        QCOMPARE(changed.count(), 0);
    }

    void listenersAreNotRows()
    {
        ConnectionsModel m;
        auto listener = connection(9);
        listener.state = mptcp::sockdiag::TcpState::Listen;
        m.applySnapshot(snapshotOf({listener, connection(1)}));
        QCOMPARE(m.rowCount(), 1);
        QCOMPARE(m.connectionCount(), 1);
    }

    void tenThousandConnectionsApplyQuickly()
    {
        std::vector<mptcp::sockdiag::MptcpConnection> first, second;
        for (std::uint64_t i = 1; i <= 10000; ++i) {
            first.push_back(connection(i, {subflow(i * 10, "wlan0", i), subflow(i * 10 + 1, "wwan0", i)}));
            // Next refresh: a tenth closed, a tenth new, every other one moved bytes.
            if (i % 10 != 0)
                second.push_back(connection(i, {subflow(i * 10, "wlan0", i + (i % 2)), subflow(i * 10 + 1, "wwan0", i)}));
        }
        for (std::uint64_t i = 20001; i <= 21000; ++i)
            second.push_back(connection(i, {subflow(i * 10, "wlan0")}));

        ConnectionsModel m;
        QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
        QElapsedTimer t;
        t.start();
        m.applySnapshot(snapshotOf(first));
        const qint64 firstMs = t.restart();
        m.applySnapshot(snapshotOf(second));
        const qint64 secondMs = t.elapsed();
        qInfo("10 000 rows: first apply %lld ms, diff apply %lld ms", firstMs, secondMs);
        QCOMPARE(m.rowCount(), 10000);
        QCOMPARE(reset.count(), 0);
        // A GUI frame budget would be 16 ms; allow slow CI machines (and sanitizers) headroom.
        QVERIFY2(firstMs < 1000, qPrintable(QString::number(firstMs)));
        QVERIFY2(secondMs < 1000, qPrintable(QString::number(secondMs)));
    }

    void countsAndSummaryUseInterfaceTypes()
    {
        ConnectionsModel m;
        m.setInterfaceTypes({{QStringLiteral("wlan0"), QStringLiteral("wifi")}, {QStringLiteral("wwan0"), QStringLiteral("wwan")}});
        QCOMPARE(m.summary(), QStringLiteral("MPTCP: no connections"));
        QSignalSpy counts(&m, &ConnectionsModel::countsChanged);
        m.applySnapshot(snapshotOf({connection(1, {subflow(11, "wlan0"), subflow(12, "wwan0")}), connection(2, {subflow(21, "wlan0")}),
                                    connection(3, {subflow(31, "wlan0")}, true)}));
        QCOMPARE(m.connectionCount(), 3);
        QCOMPARE(m.fallbackCount(), 1);
        QVERIFY(counts.count() >= 1);
        QVERIFY2(m.summary().startsWith(QStringLiteral("MPTCP: 3 connection")), qPrintable(m.summary()));
        QVERIFY2(m.summary().contains(QStringLiteral("over Wi-Fi + LTE")), qPrintable(m.summary()));
        QVERIFY2(m.summary().contains(QStringLiteral("1 fell back to TCP")), qPrintable(m.summary()));
    }

    void inactiveModelRunsNoTimer()
    {
        ConnectionsModel m;
        const QList<QTimer *> timers = m.findChildren<QTimer *>();
        QCOMPARE(timers.size(), 2); // sampling + debounce, both idle
        const auto anyRunning = [&timers] { return std::any_of(timers.begin(), timers.end(), [](QTimer *t) { return t->isActive(); }); };
        QVERIFY(!anyRunning());
        m.onPathManagerEvent(QStringLiteral("sf_closed"), {});
        // The debounce is single shot: it reads once, then nothing runs.
        QVERIFY(m.findChild<QThread *>() == nullptr);
        QTRY_VERIFY(m.findChild<QThread *>() != nullptr && !m.busy() && !anyRunning());
        m.setActive(true);
        QVERIFY(std::any_of(timers.begin(), timers.end(), [](QTimer *t) { return t->isActive() && !t->isSingleShot(); }));
        m.setActive(false);
        QTRY_VERIFY(!m.busy());
        QVERIFY(!anyRunning());
    }

    void subflowsModelFollowsTheSelectedConnection()
    {
        ConnectionsModel m;
        SubflowsModel sub;
        sub.setConnections(&m);
        sub.setCookie(QStringLiteral("7"));
        QCOMPARE(sub.count(), 0);
        m.applySnapshot(snapshotOf({connection(7, {subflow(71, "wlan0", 10), subflow(72, "wwan0", 10)})}));
        QCOMPARE(sub.count(), 2);
        QCOMPARE(sub.index(1).data(SubflowsModel::InterfaceRole).toString(), QStringLiteral("wwan0"));
        QSignalSpy changed(&sub, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&sub, &QAbstractItemModel::modelReset);
        m.applySnapshot(snapshotOf({connection(7, {subflow(71, "wlan0", 10), subflow(72, "wwan0", 99)})}));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(sub.index(1).data(SubflowsModel::BytesSentRole).toULongLong(), 99ull);
        m.applySnapshot(snapshotOf({connection(7, {subflow(71, "wlan0", 10)})}));
        QCOMPARE(sub.count(), 1);
        m.applySnapshot(snapshotOf({}));
        QCOMPARE(sub.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestConnectionsModel)
#include "tst_connectionsmodel.moc"
