// `lab.sh down` on its own: it must take the whole lab down (every process it started,
// both namespaces, the state) even when the build tree that brought it up has moved
// away since, so that neither the lab.sh nor the sandbox.sh used by `up` exists any more.
#include "sandbox.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using mptcp::test::Sandbox;

namespace {

struct Run {
    int exitCode = -1;
    QString output;
};

Run runScript(const QString &script, const QStringList &args, const QProcessEnvironment &env, int timeoutMs)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("bash"), QStringList{script} + args);
    Run r;
    if (!p.waitForStarted(10000))
        return r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
    }
    r.output = QString::fromLocal8Bit(p.readAll());
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return r;
}

QStringList netnsPids(const QString &netns)
{
    QString out;
    mptcp::test::run(QStringLiteral("ip"), {QStringLiteral("netns"), QStringLiteral("pids"), netns}, &out);
    return out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

bool copyExecutable(const QString &from, const QString &to)
{
    return QFile::copy(from, to)
        && QFile::setPermissions(to, QFile::permissions(to) | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther);
}

} // namespace

class TestLabTeardown : public QObject {
    Q_OBJECT

    const QString m_id = QStringLiteral("labd%1").arg(QCoreApplication::applicationPid());

    QString stateDir() const { return QStringLiteral("/tmp/mptcp-sandbox-") + m_id; }
    QString netns() const { return QStringLiteral("mptcp-sb-%1-dev").arg(m_id); }
    QString routerNetns() const { return QStringLiteral("mptcp-sb-%1-rt").arg(m_id); }

    QProcessEnvironment labEnvironment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANG"), QStringLiteral("C"));
        env.insert(QStringLiteral("MPTCP_LAB_ID"), m_id);
        env.remove(QStringLiteral("MPTCP_SANDBOX_SCRIPT"));
        return env;
    }

private Q_SLOTS:
    void downWorksAfterTheBuildTreeMoved()
    {
        // A build tree of its own: lab.sh and sandbox.sh as `up` finds them.
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString tree = tmp.filePath(QStringLiteral("build"));
        QVERIFY(QDir().mkpath(tree));
        QVERIFY(copyExecutable(QStringLiteral(MPTCP_LAB_SCRIPT), tree + QStringLiteral("/lab.sh")));
        QVERIFY(copyExecutable(Sandbox::scriptPath(), tree + QStringLiteral("/sandbox.sh")));

        QProcessEnvironment upEnv = labEnvironment();
        upEnv.insert(QStringLiteral("MPTCP_SANDBOX_SCRIPT"), tree + QStringLiteral("/sandbox.sh"));
        upEnv.insert(QStringLiteral("MPTCP_LAB_TRAFFIC"), QStringLiteral(MPTCP_LAB_TRAFFIC_BINARY));
        const bool withHelper = !QStringLiteral(MPTCP_LAB_HELPER_BINARY).isEmpty();
        if (withHelper)
            upEnv.insert(QStringLiteral("MPTCP_LAB_HELPER"), QStringLiteral(MPTCP_LAB_HELPER_BINARY));
        const Run up = runScript(tree + QStringLiteral("/lab.sh"), {QStringLiteral("up")}, upEnv, 120000);
        QVERIFY2(up.exitCode == 0, qPrintable(up.output));

        // Everything the lab runs: by namespace, plus the helper (activated by the bus,
        // in a mount namespace of its own) and the sandbox shell by their recorded PIDs.
        QStringList pids = netnsPids(netns()) + netnsPids(routerNetns());
        static const QRegularExpression pidLine(QStringLiteral("^(MPTCP_LAB_\\w+_PID)=(\\d+)$"),
                                                QRegularExpression::MultilineOption);
        for (auto it = pidLine.globalMatch(up.output); it.hasNext();)
            pids << it.next().captured(2);
        QFile sandboxEnv(stateDir() + QStringLiteral("/env"));
        QVERIFY(sandboxEnv.open(QIODevice::ReadOnly));
        static const QRegularExpression innerLine(QStringLiteral("^SANDBOX_INNER_PID=(\\d+)$"),
                                                  QRegularExpression::MultilineOption);
        const auto inner = innerLine.match(QString::fromUtf8(sandboxEnv.readAll()));
        QVERIFY(inner.hasMatch());
        pids << inner.captured(1);
        pids.removeDuplicates();
        QVERIFY2(up.output.contains(QLatin1String("MPTCP_LAB_SERVER_PID=")), qPrintable(up.output));
        if (withHelper)
            QVERIFY2(QRegularExpression(QStringLiteral("MPTCP_LAB_HELPER_PID=\\d+")).match(up.output).hasMatch(),
                     qPrintable(up.output));
        for (const QString &pid : std::as_const(pids))
            QVERIFY2(mptcp::test::processAlive(pid.toLongLong()), qPrintable(pid));

        // The tree moves away; `down` runs from where it is now, with no hint where
        // sandbox.sh went.
        const QString moved = tmp.filePath(QStringLiteral("moved"));
        QVERIFY(QDir().rename(tree, moved));
        const Run down = runScript(moved + QStringLiteral("/lab.sh"), {QStringLiteral("down")}, labEnvironment(), 60000);

        QStringList left;
        for (const QString &pid : std::as_const(pids)) {
            if (mptcp::test::processAlive(pid.toLongLong()))
                left << pid;
        }
        const bool namespacesGone = !QFile::exists(QStringLiteral("/run/netns/") + netns())
            && !QFile::exists(QStringLiteral("/run/netns/") + routerNetns());
        const bool stateGone = !QFile::exists(stateDir());
        if (!left.isEmpty() || !namespacesGone || !stateGone) {
            // Do not leave the lab behind for the next run: the real sandbox.sh cleans up.
            for (const QString &pid : std::as_const(left))
                ::kill(pid_t(pid.toLongLong()), SIGKILL); // recorded above: ours
            runScript(Sandbox::scriptPath(), {QStringLiteral("down"), QStringLiteral("--id"), m_id}, labEnvironment(),
                      60000);
        }
        QVERIFY2(down.exitCode == 0, qPrintable(down.output));
        QVERIFY2(left.isEmpty(), qPrintable(QStringLiteral("still running: ") + left.join(u' ')));
        QVERIFY(namespacesGone);
        QVERIFY(stateGone);
        QFile mounts(QStringLiteral("/proc/self/mountinfo"));
        QVERIFY(mounts.open(QIODevice::ReadOnly));
        QVERIFY(!mounts.readAll().contains(m_id.toLatin1()));
    }

    void downOfALabThatIsNotUpSucceeds()
    {
        const Run down = runScript(QStringLiteral(MPTCP_LAB_SCRIPT), {QStringLiteral("down")}, labEnvironment(), 30000);
        QCOMPARE(down.exitCode, 0);
        QVERIFY2(down.output.contains(QLatin1String("not up")), qPrintable(down.output));
    }
};

MPTCP_TEST_MAIN_REQUIRING(TestLabTeardown, Sandbox::unavailableReason())

#include "tst_labteardown.moc"
