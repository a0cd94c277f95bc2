// The NetworkManager checks against a real NetworkManager 1.42 in the test sandbox: the
// situations are created there (a metered profile, a hand-made endpoint on an NM
// interface, an "mptcpd" process in the sandbox's namespace) and the collector reads them
// through core/nm's reader, as the CLI does.
#include "mptcp/diagnostics/collect.h"
#include "mptcp/kernel/daemons.h"
#include "mptcp/nm/networkstate.h"
#include "nmsandbox.h"
#include "sandbox.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace mptcp;
using namespace mptcp::diagnostics;
using mptcp::test::Sandbox;

namespace {

constexpr int kTimeoutMs = 20000;

} // namespace

class TestDiagnosticsNm : public QObject {
    Q_OBJECT

    Sandbox m_sb;
    std::unique_ptr<nm::NetworkStateReader> m_reader;

    // Collects inside the sandbox's device netns with NetworkManager's view.
    DiagnosticsInput collect()
    {
        test::EnteredNetns ns(m_sb.deviceNetns());
        if (!ns.entered())
            return {};
        CollectOptions o;
        o.networkState = m_reader.get();
        return collectDiagnostics(o).input;
    }

    CheckVerdict verdictOf(CheckFunction check) { return check(collect()).verdict; }

    QString nmcliValue(const QStringList &args)
    {
        QString out;
        m_sb.nmcli(args, &out);
        return out.trimmed();
    }

private Q_SLOTS:
    void initTestCase()
    {
        Sandbox::Options o;
        o.links = {QStringLiteral("veth0:0"), QStringLiteral("wwan0:1")};
        o.connections[QStringLiteral("sb-veth0.nmconnection")] =
            Sandbox::keyfile(QStringLiteral("sb-veth0"), QStringLiteral("veth0"), {QStringLiteral("--subnet"), QStringLiteral("0")});
        o.connections[QStringLiteral("sb-wwan0.nmconnection")] = Sandbox::keyfile(
            QStringLiteral("sb-wwan0"), QStringLiteral("wwan0"),
            {QStringLiteral("--subnet"), QStringLiteral("1"), QStringLiteral("--set"), QStringLiteral("connection.metered=1")});
        QString error;
        QVERIFY2(m_sb.up(o, &error), qPrintable(error));

        m_reader = test::sandboxNetworkStateReader(m_sb, &error);
        QVERIFY2(m_reader, qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(m_reader->networkManager().isRunning(), kTimeoutMs);
        // Both profiles active and NM's endpoints in the kernel.
        QTRY_VERIFY_WITH_TIMEOUT(collect().snapshot.kernel.endpoints.size() >= 2, kTimeoutMs);
    }

    void cleanupTestCase()
    {
        m_reader.reset();
        QString error;
        QVERIFY2(m_sb.down(&error), qPrintable(error));
    }

    void networkManagerVersionIsRecognised()
    {
        const CheckResult r = checkNetworkManagerVersion(collect());
        QCOMPARE(r.verdict, CheckVerdict::Ok);
        // Same version as NetworkManager itself reports.
        const QString version = nmcliValue({QStringLiteral("-g"), QStringLiteral("VERSION"), QStringLiteral("general")});
        QVERIFY2(!version.isEmpty() && r.explanation.contains(version), qPrintable(r.explanation + QLatin1Char('/') + version));
    }

    void meteredConnectionAsNormalPathWarnsAndItsFixWorks()
    {
        const CheckResult r = checkMeteredPaths(collect());
        QCOMPARE(r.verdict, CheckVerdict::Warning);
        QVERIFY(r.explanation.contains(QLatin1String("wwan0")));
        QVERIFY(r.fix);
        QCOMPARE(r.fix->id, QStringLiteral("set-connection-flags"));
        const QString uuid = nmcliValue({QStringLiteral("-g"), QStringLiteral("connection.uuid"), QStringLiteral("connection"),
                                         QStringLiteral("show"), QStringLiteral("sb-wwan0")});
        QCOMPARE(r.fix->parameters.value(QStringLiteral("uuid")).toString(), uuid);
        const QString words = r.fix->parameters.value(QStringLiteral("words")).toString();
        QCOMPARE(words, QStringLiteral("enabled,subflow,backup"));

        // Apply the offered flags the way a front-end would (profile + reapply).
        QCOMPARE(m_sb.nmcli({QStringLiteral("connection"), QStringLiteral("modify"), uuid,
                             QStringLiteral("connection.mptcp-flags"), words}),
                 0);
        QCOMPARE(m_sb.nmcli({QStringLiteral("device"), QStringLiteral("reapply"), QStringLiteral("wwan0")}), 0);
        QTRY_COMPARE_WITH_TIMEOUT(verdictOf(&checkMeteredPaths), CheckVerdict::Ok, kTimeoutMs);
        QString endpoints;
        m_sb.ip({QStringLiteral("mptcp"), QStringLiteral("endpoint"), QStringLiteral("show")}, &endpoints);
        QVERIFY2(endpoints.contains(QRegularExpression(QStringLiteral("subflow backup dev wwan0"))), qPrintable(endpoints));
    }

    void manualEndpointOnNmInterfaceWarnsAndNmRemovesIt()
    {
        QCOMPARE(verdictOf(&checkManualEndpointsOnNmInterfaces), CheckVerdict::Ok);
        // An endpoint NetworkManager would never create: for veth0's link-local address.
        QString out;
        QCOMPARE(m_sb.ip({QStringLiteral("-6"), QStringLiteral("-o"), QStringLiteral("addr"), QStringLiteral("show"),
                          QStringLiteral("dev"), QStringLiteral("veth0"), QStringLiteral("scope"), QStringLiteral("link")},
                         &out),
                 0);
        const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("inet6 (fe80::[0-9a-f:]+)/")).match(out);
        QVERIFY2(m.hasMatch(), qPrintable(out));
        QCOMPARE(m_sb.ip({QStringLiteral("mptcp"), QStringLiteral("endpoint"), QStringLiteral("add"), m.captured(1),
                          QStringLiteral("dev"), QStringLiteral("veth0"), QStringLiteral("subflow")}),
                 0);

        QTRY_COMPARE_WITH_TIMEOUT(verdictOf(&checkManualEndpointsOnNmInterfaces), CheckVerdict::Warning, kTimeoutMs);
        QVERIFY(checkManualEndpointsOnNmInterfaces(collect()).explanation.contains(m.captured(1)));

        // What the check warns about really happens: a reapply deletes it.
        QCOMPARE(m_sb.nmcli({QStringLiteral("device"), QStringLiteral("reapply"), QStringLiteral("veth0")}), 0);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                QString eps;
                m_sb.ip({QStringLiteral("mptcp"), QStringLiteral("endpoint"), QStringLiteral("show")}, &eps);
                return !eps.contains(m.captured(1));
            }(),
            kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(verdictOf(&checkManualEndpointsOnNmInterfaces), CheckVerdict::Ok, kTimeoutMs);
    }

    void mptcpdBesideNetworkManagerWarns()
    {
        QCOMPARE(verdictOf(&checkMptcpdWithNetworkManager), CheckVerdict::Ok);
        // mptcpd listens to the path manager's events in its network namespace. Its
        // stand-in: `ip mptcp monitor` (which listens there too) under the name mptcpd,
        // started inside the sandbox.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("idle")));
        // A process named mptcpd that does not listen is not a path manager daemon.
        const QString sleeper = dir.filePath(QStringLiteral("idle/mptcpd"));
        QVERIFY(QFile::copy(QStringLiteral("/bin/sleep"), sleeper));
        QString error;
        auto idle = m_sb.start(sleeper, {QStringLiteral("60")}, &error);
        QVERIFY2(idle, qPrintable(error));
        QTest::qWait(300);
        QCOMPARE(verdictOf(&checkMptcpdWithNetworkManager), CheckVerdict::Ok);
        idle->stop();

        const QString fake = dir.filePath(QStringLiteral("mptcpd"));
        QVERIFY(QFile::copy(QStandardPaths::findExecutable(QStringLiteral("ip")), fake));
        auto process = m_sb.start(fake, {QStringLiteral("mptcp"), QStringLiteral("monitor")}, &error);
        QVERIFY2(process, qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(verdictOf(&checkMptcpdWithNetworkManager), CheckVerdict::Warning, kTimeoutMs);
        // Outside the sandbox's namespace it is not this namespace's path manager.
        QVERIFY(!kernel::isMptcpdRunning());
        process->stop();
        QTRY_COMPARE_WITH_TIMEOUT(verdictOf(&checkMptcpdWithNetworkManager), CheckVerdict::Ok, kTimeoutMs);
    }

    void debugReportShowsNetworkManagerFacts()
    {
        test::EnteredNetns ns(m_sb.deviceNetns());
        QVERIFY(ns.entered());
        CollectOptions o;
        o.networkState = m_reader.get();
        const QString text = renderDebugReport(collectDebugReport(o));
        QVERIFY2(text.contains(QLatin1String("NetworkManager 1.")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("\"sb-wwan0\"")));
        QVERIFY(text.contains(QLatin1String("wwan0  ethernet  yes")));
        QVERIFY(text.contains(QLatin1String("veth0  10.0.0.2  subflow  subflow  ok")));
    }

    // What the GUI does: copy NetworkManager's view on the reader's thread, collect the
    // rest on a worker thread inside the namespace; the verdicts are the same.
    void networkViewCollectedOnAWorkerMatchesTheReader()
    {
        const NetworkView view = captureNetworkView(*m_reader);
        QList<CheckVerdict> direct;
        for (const CheckResult &r : runChecks(collect()))
            direct << r.verdict;
        QList<CheckVerdict> worker;
        QString report;
        bool entered = false;
        std::thread thread([&] {
            test::EnteredNetns ns(m_sb.deviceNetns());
            entered = ns.entered();
            if (!entered)
                return;
            CollectOptions o;
            o.networkView = view;
            for (const CheckResult &r : runChecks(collectDiagnostics(o).input))
                worker << r.verdict;
            report = renderDebugReport(collectDebugReport(o));
        });
        thread.join();
        QVERIFY(entered);
        QCOMPARE(worker, direct);
        QVERIFY2(report.contains(QLatin1String("\"sb-wwan0\"")), qPrintable(report));
        QVERIFY(report.contains(QLatin1String("veth0  10.0.0.2  subflow")));
    }
};

MPTCP_TEST_MAIN_REQUIRING(TestDiagnosticsNm, Sandbox::unavailableReason())
#include "tst_diagnostics_nm.moc"
