// mptcpctl without root: changes go through the privileged helper, which asks a REAL
// polkitd (tests/helper/helper/sandbox/helpertestbed: uid 1 "daemon" allowed, uid 65534
// "nobody" denied) and changes the kernel of the sandbox's network namespace.
#include "helpertestbed.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <QThread>

using mptcp::test::Caller;

namespace {

const QString Mptcpctl = QStringLiteral(MPTCPCTL_PATH);

QString requirements()
{
    if (QString why = mptcp::test::requireMptcp(); !why.isEmpty())
        return why;
    return mptcp::test::Sandbox::unavailableReason();
}

QStringList words(const char *line)
{
    return QString::fromUtf8(line).split(u' ', Qt::SkipEmptyParts);
}

struct Run {
    int code = -1;
    QString out;
    QString err;
};

} // namespace

class TestHelperCli : public QObject {
    Q_OBJECT

    mptcp::test::HelperTestbed m_bed;

    // mptcpctl in the sandbox's network namespace (so `dev NAME` resolves as the
    // helper sees it) as `who`, on the sandbox's system bus.
    QStringList commandLine(Caller who, const QStringList &arguments) const
    {
        QStringList line { QStringLiteral("nsenter"), QStringLiteral("--net=/run/netns/") + m_bed.deviceNetns(),
            QStringLiteral("--") };
        if (who != Caller::Root) {
            const QString id = who == Caller::Allowed ? QStringLiteral("1") : QStringLiteral("65534");
            line << QStringLiteral("setpriv") << QStringLiteral("--reuid=") + id << QStringLiteral("--regid=") + id
                 << QStringLiteral("--clear-groups");
        }
        return line << Mptcpctl << arguments;
    }

    Run ctl(Caller who, const QStringList &arguments)
    {
        const QStringList line = commandLine(who, arguments);
        QProcess p;
        p.setProcessEnvironment(m_bed.sandbox().clientEnvironment());
        p.start(line.first(), line.mid(1));
        Run r;
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    QJsonObject endpointFor(const QString &address) const
    {
        for (const QJsonValue &e : QJsonDocument::fromJson(m_bed.endpointsJson()).array()) {
            if (e.toObject().value(QStringLiteral("address")).toString() == address)
                return e.toObject();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_bed.up(false, &error), qPrintable(error));
        QCOMPARE(m_bed.sandbox().ip(words("mptcp limits set subflows 2 add_addr_accepted 1")), 0);
    }

    void allowedUserSetsLimitsThroughTheHelper()
    {
        const Run r = ctl(Caller::Allowed, words("limits set subflows 4"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        // The limit not named keeps its value, as with ip(8).
        QCOMPARE(QString::fromUtf8(m_bed.limitsText()), QStringLiteral("add_addr_accepted 1 subflows 4"));
    }

    void deniedUserGetsNotAuthorizedAndNothingChanges()
    {
        const QString before = m_bed.snapshot();
        const Run r = ctl(Caller::Denied, words("limits set subflows 6"));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.startsWith(QLatin1String("Error: ")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("authoriz"), Qt::CaseInsensitive), qPrintable(r.err));
        QCOMPARE(m_bed.snapshot(), before);
    }

    void usageErrorsStopBeforeTheHelper()
    {
        const QString before = m_bed.snapshot();
        const Run r = ctl(Caller::Denied, words("limits set subflows many"));
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.startsWith(QLatin1String("mptcpctl: \"many\" is not a number")), qPrintable(r.err));
        QCOMPARE(m_bed.snapshot(), before);
    }

    void helperRefusalsAreErrors()
    {
        const QString before = m_bed.snapshot();
        // The helper accepts 0..8 only (InvalidArgument), before asking polkit.
        const Run r = ctl(Caller::Allowed, words("limits set subflows 9"));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.startsWith(QLatin1String("Error: ")), qPrintable(r.err));
        QCOMPARE(m_bed.snapshot(), before);
    }

    void endpointsThroughTheHelper()
    {
        // Root too, when asked.
        Run r = ctl(Caller::Root, words("--via-helper endpoint add 10.0.1.2 dev veth1 subflow id 7"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QJsonObject e = endpointFor(QStringLiteral("10.0.1.2"));
        QCOMPARE(e.value(QStringLiteral("id")).toInt(), 7);
        QCOMPARE(e.value(QStringLiteral("dev")).toString(), QStringLiteral("veth1"));
        QVERIFY(e.value(QStringLiteral("subflow")).toBool());

        // The kernel refuses a second endpoint with the same id (KernelRefused).
        r = ctl(Caller::Allowed, words("endpoint add 10.0.0.2 dev veth0 subflow id 7"));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.startsWith(QLatin1String("Error: ")), qPrintable(r.err));
        QVERIFY(endpointFor(QStringLiteral("10.0.0.2")).isEmpty());

        // By address: mptcpctl finds the id through the helper's state.
        r = ctl(Caller::Allowed, words("endpoint change 10.0.1.2 backup"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(endpointFor(QStringLiteral("10.0.1.2")).value(QStringLiteral("backup")).toBool());

        r = ctl(Caller::Denied, words("endpoint delete id 7"));
        QCOMPARE(r.code, 1);
        QVERIFY(!endpointFor(QStringLiteral("10.0.1.2")).isEmpty());

        r = ctl(Caller::Allowed, words("endpoint delete id 7"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(endpointFor(QStringLiteral("10.0.1.2")).isEmpty());

        r = ctl(Caller::Allowed, words("endpoint change 10.0.9.9 backup"));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("no endpoint with address 10.0.9.9")), qPrintable(r.err));
    }

    // Reads need no privilege and stay direct: the same answer as ip(8).
    void readsStayDirect()
    {
        const Run r = ctl(Caller::Denied, words("limits show"));
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.trimmed(), QString::fromUtf8(m_bed.limitsText()));
    }

    void monitorRelaysEventsThroughTheHelper()
    {
        const QStringList line = commandLine(Caller::Denied, words("monitor"));
        QProcess monitor;
        monitor.setProcessEnvironment(m_bed.sandbox().clientEnvironment());
        monitor.start(line.first(), line.mid(1));
        QVERIFY(monitor.waitForStarted(10000));
        // An MPTCP listener opening and closing makes LISTENER_CREATED/CLOSED; repeated
        // until the monitor's subscription is in place.
        const QString listener = QStringLiteral("import socket\n"
                                                "s=socket.socket(socket.AF_INET,socket.SOCK_STREAM,262)\n"
                                                "s.bind(('10.0.0.2',0)); s.listen(1); s.close()\n");
        QByteArray seen;
        QElapsedTimer t;
        t.start();
        while (!seen.contains("[LISTENER_CREATED]") && t.elapsed() < 20000) {
            QCOMPARE(mptcp::test::run(QStringLiteral("ip"),
                         { QStringLiteral("netns"), QStringLiteral("exec"), m_bed.deviceNetns(),
                             QStringLiteral("/usr/bin/python3"), QStringLiteral("-c"), listener }),
                0);
            monitor.waitForReadyRead(500);
            seen += monitor.readAllStandardOutput();
        }
        QVERIFY2(seen.contains("[LISTENER_CREATED]"), (seen + monitor.readAllStandardError()).constData());
        QVERIFY2(seen.contains("saddr4=10.0.0.2"), seen.constData());
        monitor.terminate();
        QVERIFY(monitor.waitForFinished(10000));
        QCOMPARE(monitor.exitCode(), 0);
    }

    void cleanupTestCase() { m_bed.down(); }
};

MPTCP_TEST_MAIN_REQUIRING(TestHelperCli, requirements())
#include "tst_helper_cli.moc"
