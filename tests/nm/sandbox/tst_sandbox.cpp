// Self-test of tests/sandbox: real NetworkManager + polkitd on a private bus.
// The scenario and the expected endpoints are the reference observations of
// NM 1.42.4 (shared/reference/nm-polkit-sandbox/REPORT.md, "V1 baseline").
#include "sandbox.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QThread>

#include <memory>

#include <csignal>

using mptcp::test::Sandbox;

namespace {

const QString TestAction = QStringLiteral("org.mptcp.test.sandbox");

// The test action: nobody may, unless a rule says so.
const char TestPolicy[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<!DOCTYPE policyconfig PUBLIC \"-//freedesktop//DTD PolicyKit Policy Configuration 1.0//EN\"\n"
    " \"http://www.freedesktop.org/standards/PolicyKit/1/policyconfig.dtd\">\n"
    "<policyconfig>\n"
    "  <action id=\"org.mptcp.test.sandbox\">\n"
    "    <description>Sandbox self-test action</description>\n"
    "    <message>Sandbox self-test action</message>\n"
    "    <defaults><allow_any>no</allow_any><allow_inactive>no</allow_inactive><allow_active>no</allow_active></defaults>\n"
    "  </action>\n"
    "</policyconfig>\n";

// uid 0 is always authorized by polkitd, so the rule is checked with daemon and nobody.
const char TestRules[] =
    "polkit.addRule(function(action, subject) {\n"
    "    if (action.id == \"org.mptcp.test.sandbox\")\n"
    "        return subject.user == \"daemon\" ? polkit.Result.YES : polkit.Result.NO;\n"
    "});\n";

const char ActivatedPolicy[] =
    "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-BUS Bus Configuration 1.0//EN\"\n"
    " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
    "<busconfig>\n"
    "  <policy user=\"root\"><allow own=\"org.mptcp.test.Activated\"/></policy>\n"
    "  <policy context=\"default\"><allow send_destination=\"org.mptcp.test.Activated\"/></policy>\n"
    "</busconfig>\n";

// Endpoints without their ids (NM re-creates endpoints, so ids change):
// "ADDR FLAGS... dev IFACE".
QSet<QString> endpoints(const Sandbox &sb)
{
    QString out;
    if (sb.ip({QStringLiteral("mptcp"), QStringLiteral("endpoint"), QStringLiteral("show")}, &out) != 0)
        return {QStringLiteral("ip failed: ") + out};
    QSet<QString> set;
    static const QRegularExpression id(QStringLiteral(" id \\d+"));
    for (QString line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        set.insert(line.remove(id).simplified());
    return set;
}

// NM applies changes asynchronously after nmcli returns.
bool waitForEndpoints(const Sandbox &sb, const QSet<QString> &expected, QSet<QString> *last)
{
    QElapsedTimer t;
    t.start();
    do {
        *last = endpoints(sb);
        if (*last == expected)
            return true;
        QThread::msleep(30);
    } while (t.elapsed() < 5000);
    return false;
}

QString show(const QSet<QString> &set)
{
    QStringList l = set.values();
    l.sort();
    return l.join(QStringLiteral(" | "));
}

// pkcheck about the calling process itself, run as uid/gid `id`.
int pkcheckAs(const Sandbox &sb, int id, QString *out)
{
    QProcess p;
    p.setProcessEnvironment(sb.clientEnvironment());
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("setpriv"),
            {QStringLiteral("--reuid=%1").arg(id), QStringLiteral("--regid=%1").arg(id), QStringLiteral("--clear-groups"),
             QStringLiteral("sh"), QStringLiteral("-c"),
             QStringLiteral("exec pkcheck --action-id %1 --process $$").arg(TestAction)});
    p.waitForFinished(20000);
    *out = QString::fromLocal8Bit(p.readAll());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

int netnsCount(const QString &prefix)
{
    return int(QDir(QStringLiteral("/run/netns")).entryList({prefix + QLatin1Char('*')}, QDir::Files).size());
}

int mountCount(const QString &needle)
{
    QFile f(QStringLiteral("/proc/self/mountinfo"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    return int(f.readAll().count(needle.toUtf8()));
}

} // namespace

class TestSandbox : public QObject {
    Q_OBJECT

private:
    Sandbox::Options threeLinks() const
    {
        Sandbox::Options o;
        o.links = QStringList{QStringLiteral("veth0:0"), QStringLiteral("veth1:1"), QStringLiteral("veth2:2")};
        // flags default (0), with a ULA address that NM must not use
        o.connections.insert(QStringLiteral("t-veth0.nmconnection"),
                             Sandbox::keyfile(QStringLiteral("t-veth0"), QStringLiteral("veth0"),
                                              {QStringLiteral("--subnet"), QStringLiteral("0"), QStringLiteral("--ipv6"),
                                               QStringLiteral("fd00::2/64"), QStringLiteral("--metric"),
                                               QStringLiteral("100")}));
        // 0x12 = enabled,signal
        o.connections.insert(QStringLiteral("t-veth1.nmconnection"),
                             Sandbox::keyfile(QStringLiteral("t-veth1"), QStringLiteral("veth1"),
                                              {QStringLiteral("--subnet"), QStringLiteral("1"), QStringLiteral("--metric"),
                                               QStringLiteral("200"), QStringLiteral("--mptcp-flags"),
                                               QStringLiteral("18")}));
        // 0x1 = disabled, and no gateway
        o.connections.insert(QStringLiteral("t-veth2.nmconnection"),
                             Sandbox::keyfile(QStringLiteral("t-veth2"), QStringLiteral("veth2"),
                                              {QStringLiteral("--subnet"), QStringLiteral("2"), QStringLiteral("--no-gw"),
                                               QStringLiteral("--mptcp-flags"), QStringLiteral("1")}));
        o.polkitActions.insert(QStringLiteral("org.mptcp.test.sandbox.policy"), QByteArray(TestPolicy));
        o.polkitRules.insert(QStringLiteral("10-sandbox-test.rules"), QByteArray(TestRules));
        return o;
    }

    std::unique_ptr<Sandbox> m_sb;

private Q_SLOTS:
    void initTestCase()
    {
        m_sb = std::make_unique<Sandbox>();
        const Sandbox::Options options = threeLinks();
        QElapsedTimer t;
        t.start();
        QString error;
        QVERIFY2(m_sb->up(options, &error), qPrintable(error));
        qInfo("up with 3 links, NM and polkitd: %lld ms", t.elapsed());
        QVERIFY(m_sb->busAddress().startsWith(QStringLiteral("unix:path=")));
        QVERIFY(m_sb->networkManagerPid() > 0);
        QVERIFY(m_sb->polkitdPid() > 0);
    }

    void cleanupTestCase()
    {
        if (m_sb) {
            QString error;
            QVERIFY2(m_sb->down(&error), qPrintable(error));
        }
    }

    void networkManagerActivatesEveryLink()
    {
        QString out;
        QCOMPARE(m_sb->nmcli({QStringLiteral("-t"), QStringLiteral("-f"), QStringLiteral("DEVICE,STATE,CONNECTION"),
                              QStringLiteral("device")},
                             &out),
                 0);
        const QStringList lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(lines.contains(QStringLiteral("veth0:connected:t-veth0")), qPrintable(out));
        QVERIFY2(lines.contains(QStringLiteral("veth1:connected:t-veth1")), qPrintable(out));
        QVERIFY2(lines.contains(QStringLiteral("veth2:connected:t-veth2")), qPrintable(out));
    }

    void endpointsMatchTheReferenceBaseline()
    {
        // default flags -> subflow for global v4+v6 (not the ULA); signal for
        // veth1; nothing for the disabled veth2
        const QSet<QString> expected{
            QStringLiteral("10.0.0.2 subflow dev veth0"), QStringLiteral("2001:db8::2 subflow dev veth0"),
            QStringLiteral("10.0.1.2 signal dev veth1"), QStringLiteral("2001:db8:1::2 signal dev veth1")};
        QSet<QString> got;
        QVERIFY2(waitForEndpoints(*m_sb, expected, &got), qPrintable(show(got)));
    }

    void modifyAndReapplyChangesEndpoints()
    {
        QCOMPARE(m_sb->nmcli({QStringLiteral("connection"), QStringLiteral("modify"), QStringLiteral("t-veth1"),
                              QStringLiteral("connection.mptcp-flags"), QStringLiteral("enabled,subflow,backup")}),
                 0);
        QCOMPARE(m_sb->nmcli({QStringLiteral("device"), QStringLiteral("reapply"), QStringLiteral("veth1")}), 0);
        const QSet<QString> expected{
            QStringLiteral("10.0.0.2 subflow dev veth0"), QStringLiteral("2001:db8::2 subflow dev veth0"),
            QStringLiteral("10.0.1.2 subflow backup dev veth1"), QStringLiteral("2001:db8:1::2 subflow backup dev veth1")};
        QSet<QString> got;
        QVERIFY2(waitForEndpoints(*m_sb, expected, &got), qPrintable(show(got)));
    }

    void polkitRuleAllowsDaemonAndDeniesNobody()
    {
        QString out;
        QCOMPARE(pkcheckAs(*m_sb, 1, &out), 0);
        QVERIFY2(out.trimmed().isEmpty(), qPrintable(out));
        QCOMPARE(pkcheckAs(*m_sb, 65534, &out), 1);
        QVERIFY2(out.contains(QStringLiteral("Not authorized")), qPrintable(out));
    }

    void networkManagerAsksTheSandboxPolkit()
    {
        // no logind, so NM's allow_active defaults never apply to nobody
        QProcess p;
        p.setProcessEnvironment(m_sb->clientEnvironment());
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral("setpriv"), {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                            QStringLiteral("--clear-groups"), QStringLiteral("nmcli"),
                                            QStringLiteral("connection"), QStringLiteral("down"),
                                            QStringLiteral("t-veth2")});
        QVERIFY(p.waitForFinished(20000));
        const QString out = QString::fromLocal8Bit(p.readAll());
        QVERIFY2(out.contains(QStringLiteral("Not authorized")), qPrintable(out));
        QString devices;
        m_sb->nmcli({QStringLiteral("-t"), QStringLiteral("-f"), QStringLiteral("DEVICE,STATE"), QStringLiteral("device")},
                    &devices);
        QVERIFY2(devices.contains(QStringLiteral("veth2:connected")), qPrintable(devices));
    }

    void execRunsInsideTheSandbox()
    {
        QString out;
        QCOMPARE(m_sb->exec(QStringLiteral("sh"),
                            {QStringLiteral("-c"),
                             QStringLiteral("readlink /proc/self/ns/net; ls /etc/NetworkManager/system-connections; "
                                            "test -S /run/dbus/system_bus_socket && echo socket")},
                            &out),
                 0);
        QString nmNs;
        QVERIFY(mptcp::test::run(QStringLiteral("readlink"),
                                 {QStringLiteral("/proc/%1/ns/net").arg(m_sb->networkManagerPid())}, &nmNs)
                == 0);
        QVERIFY2(out.startsWith(nmNs.trimmed()), qPrintable(out + nmNs));
        QVERIFY2(out.contains(QStringLiteral("t-veth1.nmconnection")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("socket")), qPrintable(out));
    }

    void startedProcessIsStoppedWithItsHandle()
    {
        QString error;
        auto proc = m_sb->start(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("echo ready; exec sleep 60")},
                                &error);
        QVERIFY2(proc, qPrintable(error));
        QVERIFY(proc->waitForOutput("ready", 5000));
        const qint64 pid = proc->pid();
        QVERIFY(mptcp::test::processAlive(pid));
        proc.reset();
        QVERIFY(!mptcp::test::processAlive(pid));
    }

    void activatedServiceRunsInsideAsRoot()
    {
        // a second, NM-less sandbox with an activatable service
        Sandbox sb;
        Sandbox::Options o;
        o.networkManager = false;
        o.links.clear();
        o.dbusServices.insert(QStringLiteral("org.mptcp.test.Activated.service"),
                              QByteArrayLiteral("[D-BUS Service]\nName=org.mptcp.test.Activated\n"
                                                "Exec=/usr/bin/python3 -c \"import dbus, time; b = dbus.SystemBus(); "
                                                "b.request_name('org.mptcp.test.Activated'); time.sleep(60)\"\n"
                                                "User=root\n"));
        o.dbusPolicies.insert(QStringLiteral("org.mptcp.test.Activated.conf"), QByteArray(ActivatedPolicy));
        QString error;
        QVERIFY2(sb.up(o, &error), qPrintable(error));
        QProcess p;
        p.setProcessEnvironment(sb.clientEnvironment());
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral("gdbus"),
                {QStringLiteral("call"), QStringLiteral("--system"), QStringLiteral("--dest"),
                 QStringLiteral("org.freedesktop.DBus"), QStringLiteral("--object-path"), QStringLiteral("/org/freedesktop/DBus"),
                 QStringLiteral("--method"), QStringLiteral("org.freedesktop.DBus.StartServiceByName"),
                 QStringLiteral("org.mptcp.test.Activated"), QStringLiteral("0")});
        QVERIFY(p.waitForFinished(20000));
        QVERIFY2(p.exitCode() == 0, p.readAll().constData());
        QString pids;
        QCOMPARE(mptcp::test::run(QStringLiteral("ip"), {QStringLiteral("netns"), QStringLiteral("pids"), sb.deviceNetns()},
                                  &pids),
                 0);
        bool found = false;
        for (const QString &pid : pids.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            QFile cmd(QStringLiteral("/proc/%1/cmdline").arg(pid));
            if (cmd.open(QIODevice::ReadOnly) && cmd.readAll().contains("org.mptcp.test.Activated")) {
                QFile status(QStringLiteral("/proc/%1/status").arg(pid));
                QVERIFY(status.open(QIODevice::ReadOnly));
                QVERIFY(status.readAll().contains("\nUid:\t0\t"));
                found = true;
            }
        }
        QVERIFY2(found, qPrintable(pids));
        QVERIFY2(sb.down(&error), qPrintable(error)); // also stops the activated service
    }

    void downStopsEveryProcessItStarted()
    {
        // An activated service that moves to the host's netns (this test's: out of reach
        // of `ip netns pids`), a daemon started with `exec` that detached from its caller
        // and a caller's process in the router netns.
        Sandbox sb;
        Sandbox::Options o;
        o.networkManager = false;
        o.links.clear();
        o.dbusServices.insert(QStringLiteral("org.mptcp.test.Escaped.service"),
                              "[D-BUS Service]\nName=org.mptcp.test.Escaped\nExec=/usr/bin/nsenter --net=/proc/"
                                  + QByteArray::number(QCoreApplication::applicationPid())
                                  + "/ns/net /usr/bin/python3 -c \"import dbus, time; b = dbus.SystemBus(); "
                                    "b.request_name('org.mptcp.test.Escaped'); time.sleep(120)\"\nUser=root\n");
        o.dbusPolicies.insert(QStringLiteral("org.mptcp.test.Escaped.conf"),
                              QByteArray(ActivatedPolicy).replace("Activated", "Escaped"));
        QString error;
        QVERIFY2(sb.up(o, &error), qPrintable(error));
        const auto busCall = [&sb](const QString &method, const QStringList &args, QString *out) {
            return sb.exec(QStringLiteral("gdbus"),
                           QStringList{QStringLiteral("call"), QStringLiteral("--system"), QStringLiteral("--dest"),
                                       QStringLiteral("org.freedesktop.DBus"), QStringLiteral("--object-path"),
                                       QStringLiteral("/org/freedesktop/DBus"), QStringLiteral("--method"),
                                       QStringLiteral("org.freedesktop.DBus.") + method}
                               + args,
                           out);
        };
        QString out;
        QCOMPARE(busCall(QStringLiteral("StartServiceByName"), {QStringLiteral("org.mptcp.test.Escaped"), QStringLiteral("0")},
                         &out),
                 0);
        QCOMPARE(busCall(QStringLiteral("GetConnectionUnixProcessID"), {QStringLiteral("org.mptcp.test.Escaped")}, &out), 0);
        static const QRegularExpression uint32(QStringLiteral("uint32 (\\d+)"));
        const auto m = uint32.match(out);
        QVERIFY2(m.hasMatch(), qPrintable(out));
        const qint64 escaped = m.captured(1).toLongLong();
        QCOMPARE(sb.exec(QStringLiteral("sh"),
                         {QStringLiteral("-c"), QStringLiteral("setsid sleep 120 </dev/null >/dev/null 2>&1 &")}, &out),
                 0);
        // A caller's process in the router netns (as lab.sh's server).
        QCOMPARE(mptcp::test::run(QStringLiteral("sh"),
                                  {QStringLiteral("-c"),
                                   QStringLiteral("nsenter --net=/run/netns/%1 setsid sleep 120 </dev/null >/dev/null 2>&1 &")
                                       .arg(sb.routerNetns())}),
                 0);

        QString inDevice;
        QString inRouter;
        mptcp::test::run(QStringLiteral("ip"), {QStringLiteral("netns"), QStringLiteral("pids"), sb.deviceNetns()},
                         &inDevice);
        mptcp::test::run(QStringLiteral("ip"), {QStringLiteral("netns"), QStringLiteral("pids"), sb.routerNetns()},
                         &inRouter);
        QList<qint64> pids{escaped, sb.dbusPid(), sb.polkitdPid(),
                           sb.variables().value(QStringLiteral("SANDBOX_INNER_PID")).toLongLong()};
        for (const QString &pid : (inDevice + QLatin1Char('\n') + inRouter).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            pids << pid.toLongLong();
        QVERIFY2(!inDevice.split(QLatin1Char('\n')).contains(QString::number(escaped)), "the service did not leave");
        // inner shell, dbus, polkitd and sleep; sleep
        QVERIFY2(inDevice.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size() == 4, qPrintable(inDevice));
        QVERIFY2(inRouter.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size() == 1, qPrintable(inRouter));
        for (qint64 pid : std::as_const(pids))
            QVERIFY2(mptcp::test::processAlive(pid), qPrintable(QString::number(pid)));

        const bool down = sb.down(&error);
        QStringList left;
        for (qint64 pid : std::as_const(pids)) {
            if (mptcp::test::processAlive(pid)) {
                left << QString::number(pid);
                ::kill(pid_t(pid), SIGKILL); // ours: recorded above
            }
        }
        QVERIFY2(left.isEmpty(), qPrintable(QStringLiteral("still running: ") + left.join(u' ')));
        QVERIFY2(down, qPrintable(error));
    }

    void twoSandboxesRunSideBySide()
    {
        Sandbox other;
        Sandbox::Options o;
        o.links = QStringList{QStringLiteral("wlan0:0")};
        o.mptcpSysctl = 0;
        QString error;
        QVERIFY2(other.up(o, &error), qPrintable(error));
        QVERIFY(other.busAddress() != m_sb->busAddress());
        QVERIFY(other.deviceNetns() != m_sb->deviceNetns());
        QString out;
        QCOMPARE(other.nmcli({QStringLiteral("-t"), QStringLiteral("-f"), QStringLiteral("DEVICE,STATE"),
                              QStringLiteral("device")},
                             &out),
                 0);
        QVERIFY2(out.contains(QStringLiteral("wlan0:connected")), qPrintable(out));
        QVERIFY2(!out.contains(QStringLiteral("veth")), qPrintable(out));
        // net.mptcp.enabled=0 at activation: NM adds no endpoints (REPORT S1)
        QCOMPARE(endpoints(other), QSet<QString>{});
        QVERIFY(!endpoints(*m_sb).isEmpty());
        QVERIFY2(other.down(&error), qPrintable(error));
        // the first one is unaffected
        QCOMPARE(m_sb->nmcli({QStringLiteral("general"), QStringLiteral("status")}), 0);
    }

    void upDownThreeTimesLeavesNothingBehind()
    {
        for (int round = 0; round < 3; ++round) {
            Sandbox sb;
            Sandbox::Options o;
            o.links = QStringList{QStringLiteral("eth0:5")};
            QString error;
            QElapsedTimer t;
            t.start();
            QVERIFY2(sb.up(o, &error), qPrintable(error));
            const qint64 upMs = t.elapsed();
            const QString prefix = QStringLiteral("mptcp-sb-%1-").arg(sb.id());
            const QString state = sb.stateDir();
            const QList<qint64> pids{sb.networkManagerPid(), sb.polkitdPid(), sb.dbusPid(),
                                     sb.variables().value(QStringLiteral("SANDBOX_INNER_PID")).toLongLong()};
            QCOMPARE(netnsCount(prefix), 2);
            for (qint64 pid : pids)
                QVERIFY(pid > 0 && mptcp::test::processAlive(pid));
            t.restart();
            QVERIFY2(sb.down(&error), qPrintable(error));
            qInfo("round %d: up %lld ms, down %lld ms", round, upMs, t.elapsed());
            QCOMPARE(netnsCount(prefix), 0);
            for (qint64 pid : pids)
                QVERIFY2(!mptcp::test::processAlive(pid), qPrintable(QString::number(pid)));
            QCOMPARE(mountCount(prefix), 0);
            QCOMPARE(mountCount(state), 0);
            QVERIFY(!QFile::exists(state));
        }
    }
};

MPTCP_TEST_MAIN_REQUIRING(TestSandbox, Sandbox::unavailableReason())

#include "tst_sandbox.moc"
