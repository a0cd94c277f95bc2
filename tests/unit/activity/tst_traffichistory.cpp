// TrafficHistory: bytes/s per interface from subflow byte counters.
#include "synthetic.h"

#include "mptcp/activity/traffichistory.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

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
} // namespace

class TestTrafficHistory : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void firstSampleIsOnlyABaseline()
    {
        TrafficHistory h;
        h.addSample(snapshotOf({connection(1, {subflow(11, "wlan0", 5000, 5000)})}), 1000);
        QCOMPARE(h.count(), 0);
        QVERIFY(h.points(QStringLiteral("wlan0")).isEmpty());
    }

    void ratesAreSummedPerInterface()
    {
        TrafficHistory h;
        QAbstractItemModelTester tester(&h, QAbstractItemModelTester::FailureReportingMode::QtTest);
        h.addSample(snapshotOf({connection(1, {subflow(11, "wlan0", 1000, 0), subflow(12, "wwan0", 0, 0)}),
                                connection(2, {subflow(21, "wlan0", 0, 500)})}),
                    1000);
        // 2 s later: wlan0 sent 4000 + received 1000 over two subflows, wwan0 received 600.
        h.addSample(snapshotOf({connection(1, {subflow(11, "wlan0", 5000, 0), subflow(12, "wwan0", 0, 600)}),
                                connection(2, {subflow(21, "wlan0", 0, 1500)})}),
                    3000);
        QCOMPARE(h.interfaces(), (QStringList{QStringLiteral("wlan0"), QStringLiteral("wwan0")}));
        const auto wlan = h.series(QStringLiteral("wlan0"));
        QCOMPARE(wlan.size(), std::size_t(1));
        QCOMPARE(wlan[0].timeMs, 3000);
        QCOMPARE(wlan[0].sentPerSecond, 2000.0);
        QCOMPARE(wlan[0].receivedPerSecond, 500.0);
        QCOMPARE(h.series(QStringLiteral("wwan0"))[0].receivedPerSecond, 300.0);
        QCOMPARE(h.index(0).data(TrafficHistory::RateRole).toDouble(), 2500.0);
        QCOMPARE(h.peakRate(), 2500.0);
        const QVariantMap p = h.points(QStringLiteral("wlan0")).constFirst().toMap();
        QCOMPARE(p.value(QStringLiteral("total")).toDouble(), 2500.0);
        QCOMPARE(p.value(QStringLiteral("age")).toDouble(), 0.0);
    }

    void newSubflowCountsAllItsBytesClosedOneNothing()
    {
        TrafficHistory h;
        h.addSample(snapshotOf({connection(1, {subflow(11, "wlan0", 1000), subflow(12, "wwan0", 1000)})}), 1000);
        // wwan0's subflow closed (its last bytes are unknown); a new one on wwan0 moved 700.
        h.addSample(snapshotOf({connection(1, {subflow(11, "wlan0", 2000), subflow(13, "wwan0", 700)})}), 2000);
        QCOMPARE(h.series(QStringLiteral("wlan0"))[0].sentPerSecond, 1000.0);
        QCOMPARE(h.series(QStringLiteral("wwan0"))[0].sentPerSecond, 700.0);
    }

    void counterResetCountsFromZero()
    {
        TrafficHistory h;
        h.addSample(snapshotOf({connection(1, {subflow(11, "wlan0", 90000)})}), 1000);
        h.addSample(snapshotOf({connection(1, {subflow(11, "wlan0", 300)})}), 2000);
        QCOMPARE(h.series(QStringLiteral("wlan0"))[0].sentPerSecond, 300.0);
    }

    void idleInterfaceGetsZeroPoints()
    {
        TrafficHistory h;
        h.addSample(snapshotOf({connection(1, {subflow(11, "wlan0", 0)})}), 1000);
        h.addSample(snapshotOf({connection(1, {subflow(11, "wlan0", 1000)})}), 2000);
        h.addSample(snapshotOf({}), 3000);
        const auto s = h.series(QStringLiteral("wlan0"));
        QCOMPARE(s.size(), std::size_t(2));
        QCOMPARE(s[1].sentPerSecond, 0.0);
    }

    void ringKeepsTheNewestPoints()
    {
        TrafficHistory h;
        h.setMaxPoints(3);
        for (int i = 0; i <= 5; ++i)
            h.addSample(snapshotOf({connection(1, {subflow(11, "wlan0", static_cast<std::uint64_t>(i) * 1000 * (i + 1))})}), 1000 * (i + 1));
        const auto s = h.series(QStringLiteral("wlan0"));
        QCOMPARE(s.size(), std::size_t(3));
        QCOMPARE(s[0].timeMs, 4000);
        QCOMPARE(s[2].timeMs, 6000);
    }

    void windowDropsOldPointsAndIdleSeries()
    {
        TrafficHistory h;
        h.setWindowSeconds(5);
        h.addSample(snapshotOf({connection(1, {subflow(11, "wlan0", 0)})}), 1000);
        h.addSample(snapshotOf({connection(1, {subflow(11, "wlan0", 100)})}), 2000);
        for (int t = 3000; t <= 9000; t += 1000)
            h.addSample(snapshotOf({connection(1, {subflow(11, "wlan0", 100)})}), t);
        // The only busy point (t=2000) left the window: the idle series is gone.
        QCOMPARE(h.count(), 0);
    }

    void gapRestartsTheBaseline()
    {
        TrafficHistory h;
        h.addSample(snapshotOf({connection(1, {subflow(11, "wlan0", 0)})}), 1000);
        h.addSample(snapshotOf({connection(1, {subflow(11, "wlan0", 1000000)})}), 1000 + TrafficHistory::MaxGapMs + 1);
        QCOMPARE(h.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestTrafficHistory)
#include "tst_traffichistory.moc"
