// The helper end to end: activated by a private system bus, asking a real polkitd,
// changing a real kernel's path manager in the sandbox's network namespace, called
// by unprivileged clients.
#include "helpertestbed.h"
#include "testsupport.h"

#include "mptcp/helper/protocol.h"
#include "mptcp/helperclient/helperclient.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <csignal>
#include <random>

using mptcp::test::Caller;

namespace {

const QString NotAuthorized = QStringLiteral("ERROR org.mptcp.Settings.Helper1.Error.NotAuthorized");
const QString InvalidArgument = QStringLiteral("ERROR org.mptcp.Settings.Helper1.Error.InvalidArgument");
const QString KernelRefused = QStringLiteral("ERROR org.mptcp.Settings.Helper1.Error.KernelRefused");

QString requirements()
{
    if (QString why = mptcp::test::requireMptcp(); !why.isEmpty())
        return why;
    if (QString why = mptcp::test::Sandbox::unavailableReason(); !why.isEmpty())
        return why;
    return {};
}

QJsonObject endpointWithId(const QByteArray &json, int id)
{
    for (const QJsonValue &v : QJsonDocument::fromJson(json).array()) {
        if (v.toObject().value(QStringLiteral("id")).toInt() == id)
            return v.toObject();
    }
    return {};
}

bool waitFor(const std::function<bool()> &condition, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!condition()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QThread::msleep(20);
    }
    return true;
}

// Reads a running client's output until `needle` has appeared `times` times.
bool waitForOutput(QProcess &p, QByteArray *seen, const QByteArray &needle, int times, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (seen->count(needle) < times) {
        if (t.elapsed() > timeoutMs)
            return false;
        p.waitForReadyRead(100);
        *seen += p.readAll();
    }
    return true;
}

} // namespace

class TestHelperSandbox : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void readingStateNeedsNoAuthorization();
    void eachMethodChangesTheKernelForTheAllowedCallerOnly_data();
    void eachMethodChangesTheKernelForTheAllowedCallerOnly();
    void invalidInputsAreRejectedNamingTheProblem();
    void malformedCallsGetAClearError();
    void applyConfigurationReplacesEverything();
    void applyConfigurationIsAllOrNothing();
    void savedConfigurationIsReappliedAtBoot();
    void corruptSavedConfigurationIsReportedAndNothingApplied();
    void setSysctlChangesRpFilterForTheAllowedCallerOnly();
    void setSysctlSelectsTheKernelPathManager();
    void setSysctlRefusesAnythingOutsideItsAllowlist();
    void setSysctlKeepsTheValueAfterRebootOnlyWhenAsked();
    void setSysctlChangesNothingWhenTheDropInCannotBeWritten();
    void eventsReachAnUnprivilegedSubscriber();
    void killedHelperIsReportedAndReactivatedByTheNextCall();
    void helperExitsWhenIdleButNotWhileSubscribed();
    void rejectedRandomInputChangesNothing();
    void tooManyWaitingRequestsGetBusyWhileReadsStayFast();
    void helperStoppingMidCallIsReported();
    void asyncClientReportsAMissingHelperAndRecovers();
    // Last: it stops the sandbox's polkitd.
    void unreachablePolkitMeansDenied();

private:
    // Limits 2/0, no endpoints, enabled 1, kernel path manager, rp_filter 0, no saved files.
    void resetState();
    // Opens one MPTCP connection from the router namespace to 10.0.0.2 and exchanges data.
    void openMptcpConnection();

    mptcp::test::HelperTestbed m_bed;
};

void TestHelperSandbox::initTestCase()
{
    QString error;
    QVERIFY2(m_bed.up(false, &error), qPrintable(error));
}

void TestHelperSandbox::init()
{
    resetState();
}

void TestHelperSandbox::cleanupTestCase()
{
    m_bed.down();
}

void TestHelperSandbox::resetState()
{
    m_bed.sandbox().ip({QStringLiteral("mptcp"), QStringLiteral("endpoint"), QStringLiteral("flush")});
    m_bed.sandbox().ip({QStringLiteral("mptcp"), QStringLiteral("limits"), QStringLiteral("set"), QStringLiteral("subflows"),
                        QStringLiteral("2"), QStringLiteral("add_addr_accepted"), QStringLiteral("0")});
    mptcp::test::run(QStringLiteral("ip"), {QStringLiteral("netns"), QStringLiteral("exec"), m_bed.deviceNetns(), QStringLiteral("sysctl"),
                                            QStringLiteral("-qw"), QStringLiteral("net.mptcp.enabled=1")});
    for (const char *name : {"net.ipv4.conf.all.rp_filter", "net.ipv4.conf.default.rp_filter", "net.ipv4.conf.veth0.rp_filter",
                             "net.ipv4.conf.veth1.rp_filter", "net.mptcp.pm_type"})
        QVERIFY(m_bed.setSysctl(QLatin1String(name), QStringLiteral("0")));
    QDir(m_bed.scratchRoot() + QStringLiteral("/etc")).removeRecursively();
}

void TestHelperSandbox::readingStateNeedsNoAuthorization()
{
    m_bed.sandbox().ip({QStringLiteral("mptcp"), QStringLiteral("endpoint"), QStringLiteral("add"), QStringLiteral("10.0.0.2"),
                        QStringLiteral("id"), QStringLiteral("9"), QStringLiteral("subflow"), QStringLiteral("dev"), QStringLiteral("veth0")});
    int code = -1;
    const QString out = m_bed.call(Caller::Denied, {QStringLiteral("state")}, &code);
    QCOMPARE(code, 0);
    QCOMPARE(out, QStringLiteral("OK enabled=1 limits=2,0 endpoint=10.0.0.2/9/0/subflow/veth0"));
}

void TestHelperSandbox::eachMethodChangesTheKernelForTheAllowedCallerOnly_data()
{
    QTest::addColumn<QStringList>("setup"); // ip mptcp commands run first (as the test)
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<QString>("what");      // what to look at afterwards
    QTest::addColumn<QString>("expected");  // text it must contain

    const QStringList none;
    const QStringList oneEndpoint{QStringLiteral("endpoint add 10.0.0.2 id 10 subflow dev veth0")};
    QTest::newRow("SetLimits") << none << QStringList{QStringLiteral("set-limits"), QStringLiteral("3"), QStringLiteral("5")}
                               << QStringLiteral("limits") << QStringLiteral("add_addr_accepted 5 subflows 3");
    QTest::newRow("AddEndpoint") << none
                                 << QStringList{QStringLiteral("add"), QStringLiteral("10.0.0.2"), QStringLiteral("10"), QStringLiteral("0"),
                                                QStringLiteral("subflow,backup"), QStringLiteral("veth0")}
                                 << QStringLiteral("endpoints")
                                 << QStringLiteral("[{\"address\":\"10.0.0.2\",\"id\":10,\"subflow\":true,\"backup\":true,\"dev\":\"veth0\"}]");
    QTest::newRow("AddEndpoint v6 signal port") << none
                                 << QStringList{QStringLiteral("add"), QStringLiteral("10.0.1.2"), QStringLiteral("0"), QStringLiteral("4242"),
                                                QStringLiteral("signal"), QStringLiteral("-")}
                                 << QStringLiteral("endpoints") << QStringLiteral("\"port\":4242");
    QTest::newRow("DeleteEndpoint") << oneEndpoint << QStringList{QStringLiteral("delete"), QStringLiteral("10")}
                                    << QStringLiteral("endpoints") << QStringLiteral("[]");
    QTest::newRow("SetEndpointFlags") << oneEndpoint << QStringList{QStringLiteral("set-flags"), QStringLiteral("10"), QStringLiteral("backup")}
                                      << QStringLiteral("endpoints") << QStringLiteral("\"subflow\":true,\"backup\":true");
    QTest::newRow("FlushEndpoints") << oneEndpoint << QStringList{QStringLiteral("flush")} << QStringLiteral("endpoints")
                                    << QStringLiteral("[]");
    QTest::newRow("SetEnabled") << none << QStringList{QStringLiteral("set-enabled"), QStringLiteral("0"), QStringLiteral("0")}
                                << QStringLiteral("enabled") << QStringLiteral("0");
    QTest::newRow("SetEnabled persistent") << none << QStringList{QStringLiteral("set-enabled"), QStringLiteral("0"), QStringLiteral("1")}
                                           << QStringLiteral("file:etc/sysctl.d/90-mptcp-settings.conf")
                                           << QStringLiteral("net.mptcp.enabled = 0");
    QTest::newRow("SetNetworkManagerDefaultFlags") << none << QStringList{QStringLiteral("nm-default"), QStringLiteral("subflow,backup")}
                                                   << QStringLiteral("file:etc/NetworkManager/conf.d/90-mptcp-settings.conf")
                                                   << QStringLiteral("connection.mptcp-flags=98\n");
    QTest::newRow("ApplyConfiguration")
        << oneEndpoint
        << QStringList{QStringLiteral("apply"), QStringLiteral("1"), QStringLiteral("4"), QStringLiteral("4"), QStringLiteral("0"),
                       QStringLiteral("10.0.1.2/3/0/signal/veth1")}
        << QStringLiteral("endpoints") << QStringLiteral("[{\"address\":\"10.0.1.2\",\"id\":3,\"signal\":true,\"dev\":\"veth1\"}]");
}

void TestHelperSandbox::eachMethodChangesTheKernelForTheAllowedCallerOnly()
{
    QFETCH(QStringList, setup);
    QFETCH(QStringList, command);
    QFETCH(QString, what);
    QFETCH(QString, expected);
    for (const QString &line : setup)
        QCOMPARE(m_bed.sandbox().ip(QStringList{QStringLiteral("mptcp")} + line.split(QLatin1Char(' '))), 0);

    const QString before = m_bed.snapshot();
    int code = -1;
    const QString denied = m_bed.call(Caller::Denied, command, &code);
    QVERIFY2(denied.startsWith(NotAuthorized), qPrintable(denied));
    QCOMPARE(code, 1);
    QCOMPARE(m_bed.snapshot(), before);

    const QString allowed = m_bed.call(Caller::Allowed, command, &code);
    QVERIFY2(allowed.startsWith(QLatin1String("OK")), qPrintable(allowed));
    QString actual;
    if (what == QLatin1String("limits")) {
        actual = QString::fromUtf8(m_bed.limitsText());
    } else if (what == QLatin1String("endpoints")) {
        actual = QString::fromUtf8(m_bed.endpointsJson());
    } else if (what == QLatin1String("enabled")) {
        actual = m_bed.enabledSysctl();
    } else {
        QFile f(m_bed.scratchRoot() + QLatin1Char('/') + what.mid(5));
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
        actual = QString::fromUtf8(f.readAll());
    }
    QVERIFY2(actual.contains(expected), qPrintable(QStringLiteral("%1: %2").arg(what, actual)));
    QVERIFY(m_bed.snapshot() != before);
}

void TestHelperSandbox::invalidInputsAreRejectedNamingTheProblem()
{
    m_bed.sandbox().ip({QStringLiteral("mptcp"), QStringLiteral("endpoint"), QStringLiteral("add"), QStringLiteral("10.0.0.2"),
                        QStringLiteral("id"), QStringLiteral("1"), QStringLiteral("subflow")});
    // command line for helper-test-client -> text the error message must contain
    const QList<QPair<QString, QString>> table{
        {QStringLiteral("set-limits 9 0"), QStringLiteral("\"subflows\": 9 is out of range (allowed 0..8)")},
        {QStringLiteral("set-limits 0 9"), QStringLiteral("\"add_addr_accepted\"")},
        {QStringLiteral("set-limits 4294967295 0"), QStringLiteral("\"subflows\"")},
        {QStringLiteral("set-limits 100 100"), QStringLiteral("0..8")},
        {QStringLiteral("add 10.0.0.300 1 0 subflow -"), QStringLiteral("\"address\"")},
        {QStringLiteral("add - 1 0 subflow -"), QStringLiteral("address is required")},
        {QStringLiteral("add example.org 2 0 subflow -"), QStringLiteral("not an IP address")},
        {QStringLiteral("add 10.0.0.2/24 2 0 subflow -"), QStringLiteral("no prefix length")},
        {QStringLiteral("add fe80::1%veth0 2 0 subflow -"), QStringLiteral("zone")},
        {QStringLiteral("add 0.0.0.0 2 0 subflow -"), QStringLiteral("unspecified")},
        {QStringLiteral("add :: 2 0 subflow -"), QStringLiteral("unspecified")},
        {QStringLiteral("add 224.0.0.1 2 0 subflow -"), QStringLiteral("multicast")},
        {QStringLiteral("add ff02::1 2 0 subflow -"), QStringLiteral("multicast")},
        {QStringLiteral("add 255.255.255.255 2 0 subflow -"), QStringLiteral("broadcast")},
        {QStringLiteral("add ::ffff:10.0.0.2 2 0 subflow -"), QStringLiteral("IPv4 form")},
        {QStringLiteral("add 10.0.0.2;reboot 2 0 subflow -"), QStringLiteral("not an IP address")},
        {QStringLiteral("add $(id) 2 0 subflow -"), QStringLiteral("not an IP address")},
        {QStringLiteral("add 10.0.0.2 256 0 subflow -"), QStringLiteral("\"id\": 256 is out of range")},
        {QStringLiteral("add 10.0.0.2 4294967295 0 subflow -"), QStringLiteral("\"id\"")},
        {QStringLiteral("add 10.0.0.2 2 65536 signal -"), QStringLiteral("\"port\": 65536 is out of range")},
        {QStringLiteral("add 10.0.0.2 2 80 subflow -"), QStringLiteral("\"port\": a port needs the \"signal\" flag")},
        {QStringLiteral("add 10.0.0.2 2 80 signal,subflow -"), QStringLiteral("without \"subflow\"")},
        {QStringLiteral("add 10.0.0.2 2 0 signal,fullmesh -"), QStringLiteral("\"signal\" and \"fullmesh\" cannot be combined")},
        {QStringLiteral("add 10.0.0.2 2 0 implicit -"), QStringLiteral("unknown flag \"implicit\"")},
        {QStringLiteral("add 10.0.0.2 2 0 turbo -"), QStringLiteral("unknown flag \"turbo\"")},
        {QStringLiteral("add 10.0.0.2 2 0 Subflow -"), QStringLiteral("unknown flag \"Subflow\"")},
        {QStringLiteral("add 10.0.0.2 2 0 subflow,subflow -"), QStringLiteral("given twice")},
        {QStringLiteral("add 10.0.0.2 2 0 backup,backup,backup,backup,backup,backup,backup,backup,backup -"), QStringLiteral("at most 8")},
        {QStringLiteral("add 10.0.0.2 2 0 subflow abcdefghijklmnop"), QStringLiteral("\"interface\": interface names have at most 15")},
        {QStringLiteral("add 10.0.0.2 2 0 subflow a/b"), QStringLiteral("\"interface\"")},
        {QStringLiteral("add 10.0.0.2 2 0 subflow eth0:1"), QStringLiteral("\"interface\"")},
        {QStringLiteral("add 10.0.0.2 2 0 subflow .."), QStringLiteral("\"interface\"")},
        {QStringLiteral("add 10.0.0.2 2 0 subflow ethé"), QStringLiteral("\"interface\"")},
        {QStringLiteral("add 10.0.0.2 2 0 subflow nosuchif0"), QStringLiteral("no interface named \"nosuchif0\" exists")},
        {QStringLiteral("delete 0"), QStringLiteral("\"id\": 0 is out of range (allowed 1..255)")},
        {QStringLiteral("delete 256"), QStringLiteral("\"id\"")},
        {QStringLiteral("delete 4294967295"), QStringLiteral("\"id\"")},
        {QStringLiteral("set-flags 0 backup"), QStringLiteral("\"id\"")},
        {QStringLiteral("set-flags 1 signal"), QStringLiteral("unknown flag \"signal\" (allowed: backup, fullmesh)")},
        {QStringLiteral("set-flags 1 subflow"), QStringLiteral("unknown flag")},
        {QStringLiteral("set-flags 1 backup,backup"), QStringLiteral("given twice")},
        {QStringLiteral("nm-default disabled,enabled"), QStringLiteral("\"disabled\" cannot be combined")},
        {QStringLiteral("nm-default signal,fullmesh"), QStringLiteral("cannot be combined")},
        {QStringLiteral("nm-default 0x22"), QStringLiteral("unknown flag \"0x22\"")},
        {QStringLiteral("nm-default implicit"), QStringLiteral("unknown flag")},
        {QStringLiteral("apply 1 9 0 0"), QStringLiteral("\"subflows\"")},
        {QStringLiteral("apply 1 2 2 0 10.0.0.2/1/0/subflow/- 10.0.1.2/1/0/subflow/-"), QStringLiteral("\"endpoints[1].id\": id 1 is used twice")},
        {QStringLiteral("apply 1 2 2 0 bad/1/0/subflow/-"), QStringLiteral("\"endpoints[0].address\"")},
        {QStringLiteral("apply 1 2 2 0 10.0.0.2/300/0/subflow/-"), QStringLiteral("\"endpoints[0].id\"")},
        {QStringLiteral("apply 1 2 2 0 10.0.0.2/1/0/subflow/nosuchif0"), QStringLiteral("\"endpoints[0].interface\": no interface")},
        {QStringLiteral("apply 1 2 2 0 10.0.0.2/1/0/signal,fullmesh/-"), QStringLiteral("\"endpoints[0].flags\"")},
    };
    QVERIFY(table.size() >= 40);
    QStringList lines;
    for (const auto &row : table)
        lines << row.first;
    const QString before = m_bed.snapshot();
    const QStringList results = m_bed.batch(Caller::Allowed, lines);
    QCOMPARE(results.size(), table.size());
    for (qsizetype i = 0; i < table.size(); ++i) {
        const QString &r = results.at(i);
        QVERIFY2(r.startsWith(InvalidArgument) && r.contains(table.at(i).second),
                 qPrintable(QStringLiteral("%1 -> %2").arg(table.at(i).first, r)));
    }
    QCOMPARE(m_bed.snapshot(), before);
}

void TestHelperSandbox::malformedCallsGetAClearError()
{
    using namespace mptcp::helper;
    QDBusMessage call = QDBusMessage::createMethodCall(ServiceName, ObjectPath, InterfaceName, QStringLiteral("SetLimits"));
    call << QStringLiteral("9");
    QDBusMessage reply = m_bed.bus().call(call, QDBus::Block, 10000);
    QCOMPARE(reply.type(), QDBusMessage::ErrorMessage);
    QVERIFY2(reply.errorMessage().contains(QLatin1String("signature 's'")), qPrintable(reply.errorName() + reply.errorMessage()));

    call = QDBusMessage::createMethodCall(ServiceName, ObjectPath, InterfaceName, QStringLiteral("RunCommand"));
    call << QStringLiteral("reboot");
    reply = m_bed.bus().call(call, QDBus::Block, 10000);
    QCOMPARE(reply.errorName(), QStringLiteral("org.freedesktop.DBus.Error.UnknownMethod"));
}

void TestHelperSandbox::applyConfigurationReplacesEverything()
{
    m_bed.sandbox().ip({QStringLiteral("mptcp"), QStringLiteral("endpoint"), QStringLiteral("add"), QStringLiteral("10.0.0.2"),
                        QStringLiteral("id"), QStringLiteral("20"), QStringLiteral("signal")});
    const QString out = m_bed.call(Caller::Allowed, {QStringLiteral("apply"), QStringLiteral("0"), QStringLiteral("5"), QStringLiteral("6"),
                                                     QStringLiteral("0"), QStringLiteral("10.0.0.2/1/0/subflow,fullmesh/veth0"),
                                                     QStringLiteral("10.0.1.2/2/0/subflow,backup/veth1")});
    QVERIFY2(out == QLatin1String("OK"), qPrintable(out));
    QCOMPARE(m_bed.enabledSysctl(), QStringLiteral("0"));
    QCOMPARE(m_bed.limitsText(), QByteArray("add_addr_accepted 6 subflows 5"));
    QCOMPARE(QJsonDocument::fromJson(m_bed.endpointsJson()).array().size(), 2);
    QVERIFY(endpointWithId(m_bed.endpointsJson(), 20).isEmpty());
    QCOMPARE(endpointWithId(m_bed.endpointsJson(), 2).value(QStringLiteral("dev")).toString(), QStringLiteral("veth1"));
    // Not persistent: nothing saved.
    QVERIFY(!QFile::exists(m_bed.scratchRoot() + QStringLiteral("/etc/mptcp-settings/configuration.json")));
}

void TestHelperSandbox::applyConfigurationIsAllOrNothing()
{
    m_bed.sandbox().ip({QStringLiteral("mptcp"), QStringLiteral("limits"), QStringLiteral("set"), QStringLiteral("subflows"),
                        QStringLiteral("1"), QStringLiteral("add_addr_accepted"), QStringLiteral("1")});
    m_bed.sandbox().ip({QStringLiteral("mptcp"), QStringLiteral("endpoint"), QStringLiteral("add"), QStringLiteral("10.0.1.2"),
                        QStringLiteral("id"), QStringLiteral("7"), QStringLiteral("signal"), QStringLiteral("backup")});
    const QString before = m_bed.snapshot();
    // The last endpoint announces a port on an address this namespace does not
    // have: the kernel cannot create its listener and refuses it (EADDRNOTAVAIL),
    // after sysctl, limits and the first endpoint were already changed.
    const QString out = m_bed.call(Caller::Allowed, {QStringLiteral("apply"), QStringLiteral("0"), QStringLiteral("4"), QStringLiteral("4"),
                                                     QStringLiteral("1"), QStringLiteral("10.0.0.2/1/0/subflow/veth0"),
                                                     QStringLiteral("192.0.2.99/2/1234/signal/-")});
    QVERIFY2(out.startsWith(KernelRefused), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("step 5 of 5 (add endpoints[1] (192.0.2.99 id 2 port 1234))")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("the previous state was restored")), qPrintable(out));
    QCOMPARE(m_bed.snapshot(), before);
}

void TestHelperSandbox::savedConfigurationIsReappliedAtBoot()
{
    const QString out = m_bed.call(Caller::Allowed, {QStringLiteral("apply"), QStringLiteral("1"), QStringLiteral("3"), QStringLiteral("2"),
                                                     QStringLiteral("1"), QStringLiteral("10.0.0.2/4/0/subflow/veth0"),
                                                     QStringLiteral("10.0.1.2/5/0/signal/-")});
    QVERIFY2(out == QLatin1String("OK"), qPrintable(out));
    const QString saved = m_bed.scratchRoot() + QStringLiteral("/etc/mptcp-settings/configuration.json");
    QVERIFY(QFile::exists(saved));
    QFile dropIn(m_bed.scratchRoot() + QStringLiteral("/etc/sysctl.d/90-mptcp-settings.conf"));
    QVERIFY(dropIn.open(QIODevice::ReadOnly));
    QVERIFY(dropIn.readAll().contains("net.mptcp.enabled = 1\n"));

    // "Reboot": the kernel state is gone, the saved files stay.
    m_bed.sandbox().ip({QStringLiteral("mptcp"), QStringLiteral("endpoint"), QStringLiteral("flush")});
    m_bed.sandbox().ip({QStringLiteral("mptcp"), QStringLiteral("limits"), QStringLiteral("set"), QStringLiteral("subflows"),
                        QStringLiteral("0"), QStringLiteral("add_addr_accepted"), QStringLiteral("0")});
    QCOMPARE(m_bed.call(Caller::Denied, {QStringLiteral("state")}), QStringLiteral("OK enabled=1 limits=0,0"));
    QString log;
    const int code = m_bed.sandbox().exec(mptcp::test::HelperTestbed::helperBinary(),
                                          {QStringLiteral("--apply-saved"), QStringLiteral("--root"), m_bed.scratchRoot()}, &log);
    QVERIFY2(code == 0, qPrintable(log));
    const QString restored = m_bed.call(Caller::Denied, {QStringLiteral("state")});
    QCOMPARE(restored, QStringLiteral("OK enabled=1 limits=3,2 endpoint=10.0.0.2/4/0/subflow/veth0 endpoint=10.0.1.2/5/0/signal/-"));
}

void TestHelperSandbox::corruptSavedConfigurationIsReportedAndNothingApplied()
{
    const QString saved = m_bed.scratchRoot() + QStringLiteral("/etc/mptcp-settings/configuration.json");
    QVERIFY(QDir().mkpath(QFileInfo(saved).absolutePath()));
    // Valid first endpoint, broken second: a half-apply would show the first one.
    QFile f(saved);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"format":1,"enabled":true,"limits":{"subflows":4,"add_addr_accepted":4},"endpoints":[)"
            R"({"id":1,"address":"10.0.0.2","port":0,"flags":["subflow"],"interface":""},)"
            R"({"id":2,"address":"10.0.0.999","port":0,"flags":["subflow"],"interface":""}]})");
    f.close();
    const QString before = m_bed.snapshot();
    QString log;
    const int code = m_bed.sandbox().exec(mptcp::test::HelperTestbed::helperBinary(),
                                          {QStringLiteral("--apply-saved"), QStringLiteral("--root"), m_bed.scratchRoot()}, &log);
    QCOMPARE(code, 1);
    QVERIFY2(log.contains(QLatin1String("is invalid, nothing was applied")) && log.contains(QLatin1String("endpoints[1].address")),
             qPrintable(log));
    QCOMPARE(m_bed.snapshot(), before);

    // Truncated file: the same.
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(R"({"format":1,"enabled":true,"limits":{"subf)");
    f.close();
    const QString before2 = m_bed.snapshot();
    QCOMPARE(m_bed.sandbox().exec(mptcp::test::HelperTestbed::helperBinary(),
                                  {QStringLiteral("--apply-saved"), QStringLiteral("--root"), m_bed.scratchRoot()}, &log),
             1);
    QVERIFY2(log.contains(QLatin1String("not valid JSON")), qPrintable(log));
    QCOMPARE(m_bed.snapshot(), before2);
}

void TestHelperSandbox::setSysctlChangesRpFilterForTheAllowedCallerOnly()
{
    const QString name = QStringLiteral("net.ipv4.conf.veth0.rp_filter");
    QVERIFY(m_bed.setSysctl(name, QStringLiteral("1")));
    const QString before = m_bed.snapshot();
    int code = -1;
    const QString denied = m_bed.call(Caller::Denied, {QStringLiteral("set-sysctl"), name, QStringLiteral("2"), QStringLiteral("0")}, &code);
    QVERIFY2(denied.startsWith(NotAuthorized), qPrintable(denied));
    QCOMPARE(code, 1);
    QCOMPARE(m_bed.sysctl(name), QStringLiteral("1"));
    QCOMPARE(m_bed.snapshot(), before);

    const QString allowed = m_bed.call(Caller::Allowed, {QStringLiteral("set-sysctl"), name, QStringLiteral("2"), QStringLiteral("0")}, &code);
    QCOMPARE(allowed, QStringLiteral("OK"));
    QCOMPARE(code, 0);
    QCOMPARE(m_bed.sysctl(name), QStringLiteral("2"));
    // Only that interface, and nothing saved.
    QCOMPARE(m_bed.sysctl(QStringLiteral("net.ipv4.conf.veth1.rp_filter")), QStringLiteral("0"));
    QCOMPARE(m_bed.sysctl(QStringLiteral("net.ipv4.conf.all.rp_filter")), QStringLiteral("0"));
    QVERIFY(!QFile::exists(m_bed.scratchRoot() + QStringLiteral("/etc/sysctl.d/90-mptcp-settings-options.conf")));

    QCOMPARE(m_bed.call(Caller::Allowed, {QStringLiteral("set-sysctl"), QStringLiteral("net.ipv4.conf.all.rp_filter"), QStringLiteral("2"),
                                          QStringLiteral("0")}),
             QStringLiteral("OK"));
    QCOMPARE(m_bed.sysctl(QStringLiteral("net.ipv4.conf.all.rp_filter")), QStringLiteral("2"));
}

void TestHelperSandbox::setSysctlSelectsTheKernelPathManager()
{
    const QString pathManager = QStringLiteral("net.mptcp.path_manager");
    const bool hasPathManager = !m_bed.sysctl(pathManager).isEmpty();
    const bool hasPmType = !m_bed.sysctl(QStringLiteral("net.mptcp.pm_type")).isEmpty();
    if (!hasPathManager && !hasPmType)
        QSKIP("this kernel has neither net.mptcp.path_manager nor net.mptcp.pm_type");
    if (hasPathManager) {
        QVERIFY(m_bed.setSysctl(pathManager, QStringLiteral("userspace")));
        const QString denied = m_bed.call(Caller::Denied, {QStringLiteral("set-sysctl"), pathManager, QStringLiteral("kernel"), QStringLiteral("0")});
        QVERIFY2(denied.startsWith(NotAuthorized), qPrintable(denied));
        QCOMPARE(m_bed.sysctl(pathManager), QStringLiteral("userspace"));
        QCOMPARE(m_bed.call(Caller::Allowed, {QStringLiteral("set-sysctl"), pathManager, QStringLiteral("kernel"), QStringLiteral("0")}),
                 QStringLiteral("OK"));
        QCOMPARE(m_bed.sysctl(pathManager), QStringLiteral("kernel"));
    }
    if (hasPmType) {
        QVERIFY(m_bed.setSysctl(QStringLiteral("net.mptcp.pm_type"), QStringLiteral("1")));
        QCOMPARE(m_bed.call(Caller::Allowed, {QStringLiteral("set-sysctl"), QStringLiteral("net.mptcp.pm_type"), QStringLiteral("0"),
                                              QStringLiteral("0")}),
                 QStringLiteral("OK"));
        QCOMPARE(m_bed.sysctl(QStringLiteral("net.mptcp.pm_type")), QStringLiteral("0"));
        if (hasPathManager)
            QCOMPARE(m_bed.sysctl(pathManager), QStringLiteral("kernel"));
    }
}

void TestHelperSandbox::setSysctlRefusesAnythingOutsideItsAllowlist()
{
    QVERIFY(m_bed.setSysctl(QStringLiteral("net.ipv4.ip_forward"), QStringLiteral("0")));
    QVERIFY(m_bed.setSysctl(QStringLiteral("net.ipv4.conf.veth0.rp_filter"), QStringLiteral("1")));
    // NAME VALUE -> text the InvalidArgument message must contain
    const QList<QPair<QString, QString>> table{
        {QStringLiteral("net.ipv4.ip_forward 1"), QStringLiteral("\"net.ipv4.ip_forward\" cannot be changed through the helper")},
        {QStringLiteral("net/ipv4/ip_forward 1"), QStringLiteral("cannot be changed through the helper")},
        {QStringLiteral("net.ipv4.conf.veth0.forwarding 1"), QStringLiteral("cannot be changed through the helper")},
        {QStringLiteral("net.mptcp.scheduler default"), QStringLiteral("cannot be changed through the helper")},
        {QStringLiteral("net.ipv4.conf.../x.rp_filter 2"), QStringLiteral("not an interface name")},
        {QStringLiteral("net.ipv4.conf.veth0/../all.rp_filter 2"), QStringLiteral("not an interface name")},
        {QStringLiteral("net.ipv4.conf....rp_filter 2"), QStringLiteral("not an interface name")},
        {QStringLiteral("net.ipv4.conf.nosuch9.rp_filter 2"), QStringLiteral("no interface named \"nosuch9\" exists")},
        {QStringLiteral("net.ipv4.conf.veth0.rp_filter 3"), QStringLiteral("\"3\" is not allowed for net.ipv4.conf.veth0.rp_filter (allowed: 0, 1, 2)")},
        {QStringLiteral("net.ipv4.conf.veth0.rp_filter -"), QStringLiteral("allowed: 0, 1, 2")},
        {QStringLiteral("net.mptcp.enabled 2"), QStringLiteral("allowed: 0, 1")},
        {QStringLiteral("net.mptcp.pm_type 2"), QStringLiteral("allowed: 0, 1")},
    };
    QStringList lines;
    for (const auto &[command, expected] : table)
        lines << QStringLiteral("set-sysctl %1 0").arg(command);
    if (!m_bed.sysctl(QStringLiteral("net.mptcp.path_manager")).isEmpty()) {
        lines << QStringLiteral("set-sysctl net.mptcp.path_manager bpfpm 0");
        lines << QStringLiteral("set-sysctl net.mptcp.path_manager ../kernel 0");
    }
    const QString before = m_bed.snapshot();
    const QStringList results = m_bed.batch(Caller::Allowed, lines);
    QCOMPARE(results.size(), lines.size());
    for (qsizetype i = 0; i < table.size(); ++i) {
        QVERIFY2(results.at(i).startsWith(InvalidArgument) && results.at(i).contains(table.at(i).second),
                 qPrintable(lines.at(i) + QStringLiteral(" -> ") + results.at(i)));
    }
    if (lines.size() > table.size()) {
        QVERIFY2(results.at(table.size()).startsWith(InvalidArgument)
                     && results.at(table.size()).contains(QLatin1String("\"bpfpm\" is not a path manager of this kernel (available: ")),
                 qPrintable(results.at(table.size())));
        QVERIFY2(results.at(table.size() + 1).startsWith(InvalidArgument), qPrintable(results.at(table.size() + 1)));
    }
    QCOMPARE(m_bed.snapshot(), before);
    QCOMPARE(m_bed.sysctl(QStringLiteral("net.ipv4.ip_forward")), QStringLiteral("0"));
    QCOMPARE(m_bed.sysctl(QStringLiteral("net.ipv4.conf.veth0.rp_filter")), QStringLiteral("1"));

    // A call with the wrong argument types never reaches the method.
    using namespace mptcp::helper;
    QDBusMessage call = QDBusMessage::createMethodCall(ServiceName, ObjectPath, InterfaceName, QStringLiteral("SetSysctl"));
    call << QStringLiteral("net.ipv4.conf.veth0.rp_filter") << 2u << true;
    const QDBusMessage reply = m_bed.bus().call(call, QDBus::Block, 10000);
    QCOMPARE(reply.type(), QDBusMessage::ErrorMessage);
    QCOMPARE(m_bed.snapshot(), before);
}

void TestHelperSandbox::setSysctlKeepsTheValueAfterRebootOnlyWhenAsked()
{
    const QString dropIn = m_bed.scratchRoot() + QStringLiteral("/etc/sysctl.d/90-mptcp-settings-options.conf");
    auto dropInText = [&dropIn] {
        QFile f(dropIn);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    };
    const QString veth1 = QStringLiteral("net.ipv4.conf.veth1.rp_filter");
    QCOMPARE(m_bed.call(Caller::Allowed, {QStringLiteral("set-sysctl"), veth1, QStringLiteral("2"), QStringLiteral("1")}), QStringLiteral("OK"));
    QCOMPARE(m_bed.sysctl(veth1), QStringLiteral("2"));
    QVERIFY2(dropInText().contains(QLatin1String("\nnet.ipv4.conf.veth1.rp_filter = 2\n")), qPrintable(dropInText()));

    QCOMPARE(m_bed.call(Caller::Allowed, {QStringLiteral("set-sysctl"), QStringLiteral("net.mptcp.pm_type"), QStringLiteral("0"), QStringLiteral("1")}),
             QStringLiteral("OK"));
    QVERIFY2(dropInText().endsWith(QLatin1String("\nnet.ipv4.conf.veth1.rp_filter = 2\nnet.mptcp.pm_type = 0\n")), qPrintable(dropInText()));

    // Not persistent: the kernel changes, the drop-in forgets this key only.
    QCOMPARE(m_bed.call(Caller::Allowed, {QStringLiteral("set-sysctl"), veth1, QStringLiteral("0"), QStringLiteral("0")}), QStringLiteral("OK"));
    QCOMPARE(m_bed.sysctl(veth1), QStringLiteral("0"));
    QVERIFY2(!dropInText().contains(QLatin1String("rp_filter")) && dropInText().contains(QLatin1String("net.mptcp.pm_type = 0")),
             qPrintable(dropInText()));
    QCOMPARE(m_bed.call(Caller::Allowed, {QStringLiteral("set-sysctl"), QStringLiteral("net.mptcp.pm_type"), QStringLiteral("0"), QStringLiteral("0")}),
             QStringLiteral("OK"));
    QVERIFY(!QFile::exists(dropIn));

    // net.mptcp.enabled goes where SetEnabled keeps it.
    QCOMPARE(m_bed.call(Caller::Allowed, {QStringLiteral("set-sysctl"), QStringLiteral("net.mptcp.enabled"), QStringLiteral("0"), QStringLiteral("1")}),
             QStringLiteral("OK"));
    QCOMPARE(m_bed.enabledSysctl(), QStringLiteral("0"));
    QFile enabledDropIn(m_bed.scratchRoot() + QStringLiteral("/etc/sysctl.d/90-mptcp-settings.conf"));
    QVERIFY(enabledDropIn.open(QIODevice::ReadOnly));
    QVERIFY(enabledDropIn.readAll().contains("net.mptcp.enabled = 0\n"));
    QVERIFY(!QFile::exists(dropIn));
}

void TestHelperSandbox::setSysctlChangesNothingWhenTheDropInCannotBeWritten()
{
    // A directory where the drop-in belongs: even root cannot replace it with a file.
    const QString dropIn = m_bed.scratchRoot() + QStringLiteral("/etc/sysctl.d/90-mptcp-settings-options.conf");
    QVERIFY(QDir().mkpath(dropIn));
    QVERIFY(m_bed.setSysctl(QStringLiteral("net.ipv4.conf.veth0.rp_filter"), QStringLiteral("1")));
    const QString before = m_bed.snapshot();
    const QString out = m_bed.call(Caller::Allowed, {QStringLiteral("set-sysctl"), QStringLiteral("net.ipv4.conf.veth0.rp_filter"),
                                                     QStringLiteral("2"), QStringLiteral("1")});
    QVERIFY2(out.startsWith(QLatin1String("ERROR org.mptcp.Settings.Helper1.Error.Failed")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("was left at 1")), qPrintable(out));
    QCOMPARE(m_bed.sysctl(QStringLiteral("net.ipv4.conf.veth0.rp_filter")), QStringLiteral("1"));
    QCOMPARE(m_bed.snapshot(), before);
    QVERIFY(QDir().rmdir(dropIn));
}

void TestHelperSandbox::openMptcpConnection()
{
    // IPPROTO_MPTCP = 262.
    const QString server = QStringLiteral(
        "import socket\n"
        "s=socket.socket(socket.AF_INET,socket.SOCK_STREAM,262)\n"
        "s.setsockopt(socket.SOL_SOCKET,socket.SO_REUSEADDR,1)\n"
        "s.bind(('10.0.0.2',5201)); s.listen(1); print('listening',flush=True)\n"
        "c,_=s.accept(); c.sendall(c.recv(100)); c.close(); s.close()\n");
    const QString client = QStringLiteral(
        "import socket\n"
        "c=socket.socket(socket.AF_INET,socket.SOCK_STREAM,262)\n"
        "c.settimeout(10); c.connect(('10.0.0.2',5201)); c.sendall(b'hello'); assert c.recv(100)==b'hello'; c.close()\n");
    QProcess srv;
    srv.setProcessChannelMode(QProcess::MergedChannels);
    srv.start(QStringLiteral("ip"), {QStringLiteral("netns"), QStringLiteral("exec"), m_bed.deviceNetns(), QStringLiteral("/usr/bin/python3"),
                                     QStringLiteral("-c"), server});
    QByteArray seen;
    QVERIFY2(waitForOutput(srv, &seen, "listening", 1, 10000), seen.constData());
    QString out;
    QCOMPARE(mptcp::test::run(QStringLiteral("ip"), {QStringLiteral("netns"), QStringLiteral("exec"), m_bed.sandbox().routerNetns(),
                                                     QStringLiteral("/usr/bin/python3"), QStringLiteral("-c"), client},
                              &out),
             0);
    QVERIFY(srv.waitForFinished(10000));
}

void TestHelperSandbox::eventsReachAnUnprivilegedSubscriber()
{
    auto monitor = m_bed.startClient(Caller::Denied, {QStringLiteral("monitor"), QStringLiteral("100"), QStringLiteral("30")});
    QByteArray seen;
    QVERIFY2(waitForOutput(*monitor, &seen, "SUBSCRIBED", 1, 15000), seen.constData());
    openMptcpConnection();
    QVERIFY2(waitForOutput(*monitor, &seen, "EVENT established", 1, 10000), seen.constData());
    QVERIFY2(seen.contains("EVENT created"), seen.constData());
    QVERIFY2(seen.contains("daddr=10.0.0.2") || seen.contains("saddr=10.0.0.2"), seen.constData());
    monitor->terminate();
    monitor->waitForFinished(5000);
}

void TestHelperSandbox::killedHelperIsReportedAndReactivatedByTheNextCall()
{
    auto monitor = m_bed.startClient(Caller::Denied, {QStringLiteral("monitor"), QStringLiteral("100"), QStringLiteral("60")});
    QByteArray seen;
    QVERIFY2(waitForOutput(*monitor, &seen, "SUBSCRIBED", 1, 15000), seen.constData());
    const qint64 before = m_bed.helperPid();
    QVERIFY(before > 0);
    m_bed.stopHelper();
    QVERIFY2(waitForOutput(*monitor, &seen, "STOPPED", 1, 10000), seen.constData());

    // The next call from anyone activates it again; the subscriber is renewed.
    QCOMPARE(m_bed.call(Caller::Allowed, {QStringLiteral("set-limits"), QStringLiteral("4"), QStringLiteral("1")}), QStringLiteral("OK"));
    QVERIFY(m_bed.helperPid() > 0 && m_bed.helperPid() != before);
    QVERIFY2(waitForOutput(*monitor, &seen, "SUBSCRIBED", 2, 10000), seen.constData());
    QVERIFY(seen.contains("STARTED"));
    openMptcpConnection();
    QVERIFY2(waitForOutput(*monitor, &seen, "EVENT established", 1, 10000), seen.constData());
    monitor->terminate();
    monitor->waitForFinished(5000);
}

void TestHelperSandbox::helperExitsWhenIdleButNotWhileSubscribed()
{
    QCOMPARE(m_bed.call(Caller::Denied, {QStringLiteral("state")}).left(2), QStringLiteral("OK"));
    QVERIFY(m_bed.helperRunning());
    const int idleMs = mptcp::test::HelperTestbed::IdleSeconds * 1000;
    QVERIFY2(waitFor([this] { return !m_bed.helperRunning(); }, idleMs + 3000), "helper did not exit when idle");

    auto monitor = m_bed.startClient(Caller::Denied, {QStringLiteral("monitor"), QStringLiteral("100"), QStringLiteral("60")});
    QByteArray seen;
    QVERIFY2(waitForOutput(*monitor, &seen, "SUBSCRIBED", 1, 15000), seen.constData());
    QThread::msleep(idleMs + 1500);
    QVERIFY2(m_bed.helperRunning(), "helper exited while a client was subscribed");
    // The subscriber leaving (its bus connection closing) lets it go idle again.
    monitor->terminate();
    monitor->waitForFinished(5000);
    QVERIFY2(waitFor([this] { return !m_bed.helperRunning(); }, idleMs + 3000), "helper did not exit after the subscriber left");
}

void TestHelperSandbox::rejectedRandomInputChangesNothing()
{
    m_bed.sandbox().ip({QStringLiteral("mptcp"), QStringLiteral("endpoint"), QStringLiteral("add"), QStringLiteral("10.0.0.2"),
                        QStringLiteral("id"), QStringLiteral("1"), QStringLiteral("subflow")});
    // Seeded: each line breaks at least one rule, mixed with valid parts.
    std::mt19937 rng(77);
    auto pick = [&rng](const QStringList &from) { return from.at(std::uniform_int_distribution<qsizetype>(0, from.size() - 1)(rng)); };
    const QStringList badAddresses{QStringLiteral("1.2.3.256"), QStringLiteral("0.0.0.0"), QStringLiteral("ff02::2"), QStringLiteral("a:b:c"),
                                   QStringLiteral("10.0.0.2:80"), QStringLiteral("::ffff:1.1.1.1"), QStringLiteral("x;y"), QStringLiteral("%00")};
    const QStringList goodAddresses{QStringLiteral("10.0.0.2"), QStringLiteral("10.0.1.2"), QStringLiteral("2001:db8::5")};
    const QStringList badFlags{QStringLiteral("signal,fullmesh"), QStringLiteral("implicit"), QStringLiteral("x"), QStringLiteral("backup,backup")};
    const QStringList badIds{QStringLiteral("256"), QStringLiteral("1000"), QStringLiteral("4294967295")};
    QStringList lines;
    for (int i = 0; i < 400; ++i) {
        switch (i % 5) {
        case 0:
            lines << QStringLiteral("add %1 %2 0 subflow -").arg(pick(badAddresses)).arg(i % 255 + 1);
            break;
        case 1:
            lines << QStringLiteral("add %1 %2 0 %3 -").arg(pick(goodAddresses)).arg(i % 255 + 1).arg(pick(badFlags));
            break;
        case 2:
            lines << QStringLiteral("set-limits %1 %2").arg(9 + rng() % 1000).arg(rng() % 9);
            break;
        case 3:
            lines << QStringLiteral("delete %1").arg(pick(badIds));
            break;
        default:
            lines << QStringLiteral("apply %1 %2 2 1 %3/%4/0/subflow/- %5/0/%6/subflow/-")
                         .arg(rng() % 2).arg(rng() % 9).arg(pick(goodAddresses)).arg(rng() % 255 + 1).arg(pick(badAddresses))
                         .arg(rng() % 70000);
            break;
        }
    }
    const QString before = m_bed.snapshot();
    const QStringList results = m_bed.batch(Caller::Allowed, lines);
    QCOMPARE(results.size(), lines.size());
    for (qsizetype i = 0; i < lines.size(); ++i)
        QVERIFY2(results.at(i).startsWith(InvalidArgument), qPrintable(lines.at(i) + QStringLiteral(" -> ") + results.at(i)));
    QCOMPARE(m_bed.snapshot(), before);
}

void TestHelperSandbox::tooManyWaitingRequestsGetBusyWhileReadsStayFast()
{
    m_bed.setSlowPolkit(true);
    const auto burst = m_bed.startClient(Caller::Allowed, {QStringLiteral("burst"), QStringLiteral("6"), QStringLiteral("3"), QStringLiteral("3")});
    // While the allowed requests wait for polkit, reading is answered at once.
    QThread::msleep(200);
    QElapsedTimer t;
    t.start();
    QVERIFY(m_bed.call(Caller::Denied, {QStringLiteral("state")}).startsWith(QLatin1String("OK")));
    const qint64 readMs = t.elapsed();
    QVERIFY(burst->waitForFinished(20000));
    m_bed.setSlowPolkit(false);
    const QStringList results = QString::fromUtf8(burst->readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(results.size(), 6);
    QCOMPARE(results.count(QStringLiteral("OK")), 4); // the helper's MaxPendingPerCaller
    QCOMPARE(results.filter(QStringLiteral("ERROR org.mptcp.Settings.Helper1.Error.Busy")).size(), 2);
    QCOMPARE(m_bed.limitsText(), QByteArray("add_addr_accepted 3 subflows 3"));
    // Four checks of 0.7 s each are queued in polkitd; a blocked helper would need >2 s.
    QVERIFY2(readMs < 1500, qPrintable(QString::number(readMs)));
}

void TestHelperSandbox::helperStoppingMidCallIsReported()
{
    m_bed.setSlowPolkit(true);
    const QString before = m_bed.snapshot();
    const auto caller = m_bed.startClient(Caller::Allowed, {QStringLiteral("set-limits"), QStringLiteral("5"), QStringLiteral("5")});
    QThread::msleep(300); // the request now waits for polkit
    m_bed.stopHelper();
    QVERIFY(caller->waitForFinished(10000));
    m_bed.setSlowPolkit(false);
    const QString out = QString::fromUtf8(caller->readAll());
    QVERIFY2(out.contains(QLatin1String("org.freedesktop.DBus.Error.NoReply")) && out.contains(QLatin1String("stopped")),
             qPrintable(out));
    QCOMPARE(caller->exitCode(), 1);
    QCOMPARE(m_bed.snapshot(), before);
}

void TestHelperSandbox::asyncClientReportsAMissingHelperAndRecovers()
{
    using mptcp::helperclient::HelperClient;
    using mptcp::helperclient::HelperError;
    using mptcp::helperclient::HelperState;
    HelperClient client(m_bed.bus());
    const QString activation = m_bed.sandbox().stateDir() + QStringLiteral("/dbus-services/org.mptcp.Settings.Helper1.service");
    const QString parked = activation + QStringLiteral(".parked");
    auto reloadBus = [this] {
        QDBusMessage reload = QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
                                                             QStringLiteral("org.freedesktop.DBus"), QStringLiteral("ReloadConfig"));
        return m_bed.bus().call(reload).type() == QDBusMessage::ReplyMessage;
    };

    // Not installed: no activation file and nothing running.
    m_bed.stopHelper();
    QVERIFY(QFile::rename(activation, parked));
    QVERIFY(reloadBus());
    std::optional<HelperError> result;
    client.getState([&](const HelperState &, const HelperError &e) { result = e; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
    QCOMPARE(result->kind, HelperError::Kind::NotAvailable);
    QVERIFY2(result->message.contains(QLatin1String("not available")), qPrintable(result->message));

    // Installed again: the next call activates it.
    QVERIFY(QFile::rename(parked, activation));
    QVERIFY(reloadBus());
    std::optional<HelperState> state;
    result.reset();
    client.getState([&](const HelperState &s, const HelperError &e) {
        result = e;
        state = s;
    });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
    QVERIFY2(result->ok(), qPrintable(result->message));
    QCOMPARE(state->sysctls.value(QStringLiteral("enabled")), QStringLiteral("1"));
    QCOMPARE(state->subflows, 2u);

    // Root is always authorized by polkit: the async change path works end to end.
    QSignalSpy changed(&client, &HelperClient::stateChanged);
    result.reset();
    client.setLimits(6, 7, [&](const HelperError &e) { result = e; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
    QVERIFY2(result->ok(), qPrintable(result->message));
    QCOMPARE(m_bed.limitsText(), QByteArray("add_addr_accepted 7 subflows 6"));
    QTRY_VERIFY_WITH_TIMEOUT(changed.size() >= 1, 5000);
}

void TestHelperSandbox::unreachablePolkitMeansDenied()
{
    const qint64 polkitd = m_bed.sandbox().polkitdPid();
    QVERIFY(polkitd > 0);
    QVERIFY(::kill(static_cast<pid_t>(polkitd), SIGTERM) == 0);
    QVERIFY(waitFor([this] { return !m_bed.bus().interface()->isServiceRegistered(QStringLiteral("org.freedesktop.PolicyKit1")).value(); },
                    5000));
    const QString before = m_bed.snapshot();
    const QString out = m_bed.call(Caller::Allowed, {QStringLiteral("set-limits"), QStringLiteral("1"), QStringLiteral("1")});
    QVERIFY2(out.startsWith(NotAuthorized) && out.contains(QLatin1String("could not be checked")), qPrintable(out));
    // Not even root gets through without polkit.
    QVERIFY(m_bed.call(Caller::Root, {QStringLiteral("flush")}).startsWith(NotAuthorized));
    QCOMPARE(m_bed.snapshot(), before);
}

MPTCP_TEST_MAIN_REQUIRING(TestHelperSandbox, requirements())
#include "tst_helper_sandbox.moc"
