// Namespaces left by killed test runs are removed by the next run, and only those:
// mptcp::test::removeStaleTestNamespaces() for "mptcpt-TAG-PID-N" (creator PID gone)
// and `sandbox.sh gc` for sandbox namespaces whose instance has nothing left.
#include "sandbox.h"
#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QTest>

using mptcp::test::Sandbox;

namespace {

bool netnsExists(const QString &name)
{
    return QFile::exists(QStringLiteral("/run/netns/") + name);
}

bool addNetns(const QString &name)
{
    return mptcp::test::run(QStringLiteral("ip"), {QStringLiteral("netns"), QStringLiteral("add"), name}) == 0;
}

void deleteNetns(const QString &name)
{
    if (netnsExists(name))
        mptcp::test::run(QStringLiteral("ip"), {QStringLiteral("netns"), QStringLiteral("del"), name});
}

// A `sleep` of ours, optionally inside a named netns; stopped by the QProcess (by PID).
bool startSleep(QProcess &p, const QString &netns = {})
{
    if (netns.isEmpty())
        p.start(QStringLiteral("sleep"), {QStringLiteral("60")});
    else
        p.start(QStringLiteral("nsenter"), {QStringLiteral("--net=/run/netns/") + netns, QStringLiteral("sleep"),
                                            QStringLiteral("60")});
    return p.waitForStarted(10000);
}

} // namespace

class TestStaleNamespaces : public QObject {
    Q_OBJECT

    const QString m_pid = QString::number(QCoreApplication::applicationPid());

private Q_SLOTS:
    void namespaceOfAnExitedCreatorIsRemoved()
    {
        QProcess creator;
        creator.start(QStringLiteral("true"), {});
        QVERIFY(creator.waitForFinished(10000));
        const QString name = QStringLiteral("mptcpt-stale-%1-0").arg(creator.processId());
        QVERIFY(addNetns(name));
        const QStringList removed = mptcp::test::removeStaleTestNamespaces();
        const bool gone = !netnsExists(name);
        deleteNetns(name);
        QVERIFY2(removed.contains(name), qPrintable(removed.join(u' ')));
        QVERIFY(gone);
    }

    void namespaceOfARunningCreatorIsKept()
    {
        QProcess creator;
        QVERIFY(startSleep(creator));
        const QString name = QStringLiteral("mptcpt-live-%1-0").arg(creator.processId());
        QVERIFY(addNetns(name));
        const QStringList removed = mptcp::test::removeStaleTestNamespaces();
        const bool kept = netnsExists(name);
        deleteNetns(name);
        creator.kill();
        creator.waitForFinished();
        QVERIFY2(!removed.contains(name), qPrintable(removed.join(u' ')));
        QVERIFY(kept);
    }

    void otherNamespacesAreNeverTouched()
    {
        // Not named like a test namespace (no creator PID in it), though nobody runs there.
        const QString name = QStringLiteral("mptcpt-foreign");
        QVERIFY(addNetns(name));
        const QStringList removed = mptcp::test::removeStaleTestNamespaces();
        const bool kept = netnsExists(name);
        deleteNetns(name);
        QVERIFY(!removed.contains(name));
        QVERIFY(kept);
    }

    void sandboxGcRemovesOrphanedNamespacesAndTheirProcesses()
    {
        // Three instances without a state dir: one with nothing running, one whose router
        // netns still has a process (as lab.sh's server), one whose device netns runs one
        // (an instance with a state dir elsewhere: alive, to be kept).
        const QString empty = QStringLiteral("gce%1").arg(m_pid);
        const QString router = QStringLiteral("gcr%1").arg(m_pid);
        const QString live = QStringLiteral("gcl%1").arg(m_pid);
        const auto ns = [](const QString &id, const char *side) { return QStringLiteral("mptcp-sb-%1-%2").arg(id, QLatin1String(side)); };
        for (const QString &id : {empty, router, live}) {
            QVERIFY(addNetns(ns(id, "dev")));
            QVERIFY(addNetns(ns(id, "rt")));
        }
        QProcess server;
        QVERIFY(startSleep(server, ns(router, "rt")));
        QProcess daemon;
        QVERIFY(startSleep(daemon, ns(live, "dev")));
        QTRY_VERIFY(QFile::symLinkTarget(QStringLiteral("/proc/%1/ns/net").arg(daemon.processId()))
                    != QFile::symLinkTarget(QStringLiteral("/proc/self/ns/net")));
        QTRY_VERIFY(QFile::symLinkTarget(QStringLiteral("/proc/%1/ns/net").arg(server.processId()))
                    != QFile::symLinkTarget(QStringLiteral("/proc/self/ns/net")));

        QProcess gc;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SANDBOX_GC_MIN_AGE"), QStringLiteral("0"));
        gc.setProcessEnvironment(env);
        gc.setProcessChannelMode(QProcess::MergedChannels);
        gc.start(QStringLiteral("bash"), {Sandbox::scriptPath(), QStringLiteral("gc"), empty, router, live});
        QVERIFY(gc.waitForFinished(60000));
        const QString output = QString::fromLocal8Bit(gc.readAll());

        const bool emptyGone = !netnsExists(ns(empty, "dev")) && !netnsExists(ns(empty, "rt"));
        const bool routerGone = !netnsExists(ns(router, "dev")) && !netnsExists(ns(router, "rt"));
        const bool liveKept = netnsExists(ns(live, "dev")) && netnsExists(ns(live, "rt"));
        const bool serverStopped = server.waitForFinished(5000);
        const bool daemonRunning = daemon.state() == QProcess::Running;
        server.kill();
        daemon.kill();
        server.waitForFinished();
        daemon.waitForFinished();
        for (const QString &id : {empty, router, live}) {
            deleteNetns(ns(id, "dev"));
            deleteNetns(ns(id, "rt"));
        }
        QVERIFY2(gc.exitCode() == 0, qPrintable(output));
        QVERIFY2(emptyGone, qPrintable(output));
        QVERIFY2(routerGone, qPrintable(output));
        QVERIFY2(serverStopped, "the process in the orphaned router netns still runs");
        QVERIFY2(liveKept, qPrintable(output));
        QVERIFY(daemonRunning);
    }
};

MPTCP_TEST_MAIN_REQUIRING(TestStaleNamespaces, Sandbox::unavailableReason())

#include "tst_stalenamespaces.moc"
