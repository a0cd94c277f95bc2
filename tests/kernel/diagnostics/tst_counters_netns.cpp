// The counters the Diagnostics page shows come from the network namespace of the thread
// that created the model (the GUI thread, inside the demo lab), although a pool thread
// reads them — one that may have been started before that thread entered the namespace.
#include "mptcp/activity/countersmodel.h"

#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#ifndef IPPROTO_MPTCP
#define IPPROTO_MPTCP 262
#endif

using mptcp::activity::CountersModel;
using mptcp::test::Netns;

namespace {

QModelIndex rowOf(const CountersModel &m, const QString &name)
{
    for (int r = 0; r < m.rowCount(); ++r) {
        if (m.index(r).data(CountersModel::NameRole).toString() == name)
            return m.index(r);
    }
    return {};
}

std::optional<quint64> shown(const CountersModel &m, const QString &name)
{
    const QModelIndex row = rowOf(m, name);
    return row.isValid() ? std::optional<quint64>(row.data(CountersModel::ValueRole).toULongLong()) : std::nullopt;
}

} // namespace

class TestCountersNetns : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void showsTheNamespaceOfTheCreatingThread()
    {
        // A reading in the host namespace first, so the pool's thread exists outside the
        // test namespace (as the app's may, started before the demo lab was entered).
        {
            CountersModel host;
            host.refresh();
            QTRY_VERIFY(!host.reading());
        }

        Netns ns(QStringLiteral("dgcnt"));
        QVERIFY(ns.valid());
        QCOMPARE(ns.ip({QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("lo"), QStringLiteral("up")}), 0);
        QVERIFY(ns.enter());
        // A fresh namespace counts from zero: exactly two fallbacks happen in it.
        const bool fellBack = mptcp::test::fallBackToPlainTcp() && mptcp::test::fallBackToPlainTcp();
        CountersModel m;
        QSignalSpy updated(&m, &CountersModel::countersUpdated);
        m.refresh();
        const bool readOffThread = m.reading(); // refresh() returned before the reading was applied
        QVERIFY(updated.wait(5000));
        ns.leave();

        QVERIFY(fellBack);
        QVERIFY(readOffThread);
        QVERIFY2(m.errorString().isEmpty(), qPrintable(m.errorString()));
        QCOMPARE(shown(m, QStringLiteral("MPCapableFallbackSYNACK")), std::optional<quint64>(2));
        QCOMPARE(shown(m, QStringLiteral("MPCapableSYNTX")), std::optional<quint64>(2));
        QCOMPARE(rowOf(m, QStringLiteral("MPCapableFallbackSYNACK")).data(CountersModel::HighlightRole).toBool(), true);
        QCOMPARE(m.troubleCount(), 1);
    }

    void followsTheThreadIntoANamespaceEnteredLater()
    {
        Netns ns(QStringLiteral("dgcntl"));
        QVERIFY(ns.valid());
        QCOMPARE(ns.ip({QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("lo"), QStringLiteral("up")}), 0);
        CountersModel m; // created in the host namespace, like the app before attaching
        QVERIFY(ns.enter());
        const bool fellBack = mptcp::test::fallBackToPlainTcp();
        QSignalSpy updated(&m, &CountersModel::countersUpdated);
        m.refresh();
        QVERIFY(updated.wait(5000));
        ns.leave();
        QVERIFY(fellBack);
        QCOMPARE(shown(m, QStringLiteral("MPCapableFallbackSYNACK")), std::optional<quint64>(1));
    }
};

MPTCP_TEST_MAIN_REQUIRING(TestCountersNetns, mptcp::test::requireMptcp())
#include "tst_counters_netns.moc"
