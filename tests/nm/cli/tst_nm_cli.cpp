// mptcpctl's NetworkManager commands against a REAL NetworkManager (tests/sandbox):
// the reference three-link setup (veth0 profile default, veth1 "enabled,signal",
// veth2 "disabled" without gateway), mptcpctl run inside the sandbox (its netns and
// mounts, so the sandbox's bus and NetworkManager.conf are the system's).
#include "sandbox.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <QThread>

using mptcp::test::Sandbox;

namespace {

const QString Mptcpctl = QStringLiteral(MPTCPCTL_PATH);

struct Run {
    int code = -1;
    QString out;
    QString err;
};

QString requirements()
{
    if (QString why = mptcp::test::requireMptcp(); !why.isEmpty())
        return why;
    return Sandbox::unavailableReason();
}

QStringList words(const char *line)
{
    return QString::fromUtf8(line).split(u' ', Qt::SkipEmptyParts);
}

// (device, address) -> expected, reason-is-null, kernel, verdict
struct ExpectedRow {
    QJsonValue expected;
    bool reasonNull = true;
    QJsonValue kernel;
    QString verdict;
};

QJsonArray array(std::initializer_list<const char *> items)
{
    QJsonArray a;
    for (const char *item : items)
        a.append(QString::fromLatin1(item));
    return a;
}

} // namespace

class TestNmCli : public QObject {
    Q_OBJECT

    Sandbox m_sb;

    // mptcpctl inside the sandbox; stdout and stderr apart.
    Run ctl(const QStringList &arguments, const QString &busAddress = {}) const
    {
        QProcess p;
        QProcessEnvironment env = m_sb.clientEnvironment();
        if (!busAddress.isEmpty())
            env.insert(QStringLiteral("DBUS_SYSTEM_BUS_ADDRESS"), busAddress);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral("nsenter"),
            QStringList { QStringLiteral("--target"), m_sb.variables().value(QStringLiteral("SANDBOX_INNER_PID")),
                QStringLiteral("--net"), QStringLiteral("--mount"), QStringLiteral("--"), Mptcpctl }
                + arguments);
        Run r;
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
            r.err = QStringLiteral("timed out");
            return r;
        }
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    QJsonArray endpoints() const
    {
        QString out;
        m_sb.ip(words("-j mptcp endpoint show"), &out);
        return QJsonDocument::fromJson(out.toUtf8()).array();
    }

    QJsonObject endpointFor(const QString &address) const
    {
        for (const QJsonValue &e : endpoints()) {
            if (e.toObject().value(QStringLiteral("address")).toString() == address)
                return e.toObject();
        }
        return {};
    }

    // NM commits endpoints shortly after activation or reapply.
    static bool waitFor(const std::function<bool()> &condition, int timeoutMs = 15000)
    {
        QElapsedTimer t;
        t.start();
        while (!condition()) {
            if (t.elapsed() > timeoutMs)
                return false;
            QThread::msleep(100);
        }
        return true;
    }

    static QMap<QString, QJsonObject> rowsByKey(const QJsonArray &rows)
    {
        QMap<QString, QJsonObject> map;
        for (const QJsonValue &v : rows) {
            const QJsonObject o = v.toObject();
            map.insert(
                o.value(QStringLiteral("device")).toString() + u' ' + o.value(QStringLiteral("address")).toString(), o);
        }
        return map;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Sandbox::Options o;
        o.links = QStringList { QStringLiteral("veth0:0"), QStringLiteral("veth1:1"), QStringLiteral("veth2:2") };
        o.connections[QStringLiteral("t-veth0.nmconnection")] = Sandbox::keyfile(
            QStringLiteral("t-veth0"), QStringLiteral("veth0"), { QStringLiteral("--subnet"), QStringLiteral("0") });
        o.connections[QStringLiteral("t-veth1.nmconnection")] = Sandbox::keyfile(QStringLiteral("t-veth1"),
            QStringLiteral("veth1"),
            { QStringLiteral("--subnet"), QStringLiteral("1"), QStringLiteral("--mptcp-flags"), QStringLiteral("18") });
        o.connections[QStringLiteral("t-veth2.nmconnection")]
            = Sandbox::keyfile(QStringLiteral("t-veth2"), QStringLiteral("veth2"),
                { QStringLiteral("--subnet"), QStringLiteral("2"), QStringLiteral("--no-gw"),
                    QStringLiteral("--mptcp-flags"), QStringLiteral("1") });
        QString error;
        QVERIFY2(m_sb.up(o, &error), qPrintable(error));
        QVERIFY2(waitFor([this] { return endpoints().size() == 4; }), QJsonDocument(endpoints()).toJson().constData());
    }

    void cleanupTestCase() { m_sb.down(); }

    void explainJsonMatchesTheReferenceSetup()
    {
        const Run r = ctl({ QStringLiteral("--json"), QStringLiteral("explain") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QVERIFY2(!rows.isEmpty(), qPrintable(r.out));
        const QMap<QString, QJsonObject> byKey = rowsByKey(rows);
        const QMap<QString, ExpectedRow> expected {
            { QStringLiteral("veth0 10.0.0.2"),
                { array({ "subflow" }), true, array({ "subflow" }), QStringLiteral("ok") } },
            { QStringLiteral("veth0 2001:db8::2"),
                { array({ "subflow" }), true, array({ "subflow" }), QStringLiteral("ok") } },
            { QStringLiteral("veth1 10.0.1.2"),
                { array({ "signal" }), true, array({ "signal" }), QStringLiteral("ok") } },
            { QStringLiteral("veth1 2001:db8:1::2"),
                { array({ "signal" }), true, array({ "signal" }), QStringLiteral("ok") } },
            { QStringLiteral("veth2 10.0.2.2"), { QJsonValue(), false, QJsonValue(), QStringLiteral("none") } },
            { QStringLiteral("veth2 2001:db8:2::2"), { QJsonValue(), false, QJsonValue(), QStringLiteral("none") } },
        };
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            QVERIFY2(byKey.contains(it.key()), qPrintable(it.key() + QStringLiteral(" missing in ") + r.out));
            const QJsonObject row = byKey.value(it.key());
            QCOMPARE(row.value(QStringLiteral("expected")), it->expected);
            QCOMPARE(row.value(QStringLiteral("reason")).isNull(), it->reasonNull);
            QCOMPARE(row.value(QStringLiteral("kernel")), it->kernel);
            QCOMPARE(row.value(QStringLiteral("verdict")).toString(), it->verdict);
        }
        // Every other row is an address NM never uses (IPv6 link-local, loopback): no
        // endpoint, and a reason.
        for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
            if (expected.contains(it.key()))
                continue;
            const QString address = it->value(QStringLiteral("address")).toString();
            QVERIFY2(address.startsWith(QLatin1String("fe80:")) || address == QLatin1String("127.0.0.1")
                    || address == QLatin1String("::1"),
                qPrintable(it.key()));
            QVERIFY(it->value(QStringLiteral("expected")).isNull());
            QVERIFY(!it->value(QStringLiteral("reason")).toString().isEmpty());
            QCOMPARE(it->value(QStringLiteral("verdict")).toString(), QStringLiteral("none"));
        }
    }

    void explainTextListsRowsAndVerdict()
    {
        const Run r = ctl({ QStringLiteral("explain") });
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith(QLatin1String("NetworkManager 1.")), qPrintable(r.out));
        QVERIFY(
            r.out.contains(QRegularExpression(QStringLiteral("veth1 +10\\.0\\.1\\.2 +signal +id \\d+ signal +ok"))));
        QVERIFY(r.out.contains(QRegularExpression(QStringLiteral("veth2 +10\\.0\\.2\\.2 +- +- +none"))));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    }

    void explainWithoutNetworkManagerIsKernelOnly()
    {
        const Run r = ctl({ QStringLiteral("explain") }, QStringLiteral("unix:path=/nonexistent/mptcp-test-bus"));
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith(QLatin1String("NetworkManager is not running")), qPrintable(r.out));
        const Run json = ctl({ QStringLiteral("--json"), QStringLiteral("explain") },
            QStringLiteral("unix:path=/nonexistent/mptcp-test-bus"));
        const QMap<QString, QJsonObject> rows = rowsByKey(QJsonDocument::fromJson(json.out.toUtf8()).array());
        QVERIFY(rows.contains(QStringLiteral("veth0 10.0.0.2")));
        for (const QJsonObject &row : rows)
            QVERIFY(row.value(QStringLiteral("expected")).isNull());
        // The endpoints NM made are still shown as the kernel has them.
        QCOMPARE(rows.value(QStringLiteral("veth0 10.0.0.2")).value(QStringLiteral("kernel")),
            QJsonValue(array({ "subflow" })));
    }

    void connectionShowMatchesNmcli()
    {
        const Run r = ctl({ QStringLiteral("--json"), QStringLiteral("connection"), QStringLiteral("show") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QString active;
        QCOMPARE(m_sb.nmcli(words("-t -f NAME,UUID,DEVICE connection show --active"), &active), 0);
        QStringList expected = active.split(u'\n', Qt::SkipEmptyParts);
        QStringList seen;
        for (const QJsonValue &v : rows) {
            const QJsonObject o = v.toObject();
            seen << QStringList { o.value(QStringLiteral("id")).toString(), o.value(QStringLiteral("uuid")).toString(),
                o.value(QStringLiteral("device")).toString() }
                        .join(u':');
            QString flags;
            QCOMPARE(m_sb.nmcli(
                         { QStringLiteral("-g"), QStringLiteral("connection.mptcp-flags"), QStringLiteral("connection"),
                             QStringLiteral("show"), o.value(QStringLiteral("uuid")).toString() },
                         &flags),
                0);
            bool ok = false;
            const uint nmcliValue = flags.trimmed().toUInt(&ok, 0);
            QVERIFY2(ok, qPrintable(flags));
            QCOMPARE(o.value(QStringLiteral("mptcp_flags")).toInteger(), qint64(nmcliValue));
        }
        expected.sort();
        seen.sort();
        QCOMPARE(seen, expected);
        const QMap<QString, QJsonObject> byId = [&] {
            QMap<QString, QJsonObject> m;
            for (const QJsonValue &v : rows)
                m.insert(v.toObject().value(QStringLiteral("id")).toString(), v.toObject());
            return m;
        }();
        QCOMPARE(byId[QStringLiteral("t-veth0")].value(QStringLiteral("resolved_text")).toString(),
            QStringLiteral("enabled,subflow"));
        QCOMPARE(
            byId[QStringLiteral("t-veth0")].value(QStringLiteral("source")).toString(), QStringLiteral("built-in"));
        QCOMPARE(byId[QStringLiteral("t-veth1")].value(QStringLiteral("resolved_text")).toString(),
            QStringLiteral("enabled,signal"));
        QCOMPARE(
            byId[QStringLiteral("t-veth1")].value(QStringLiteral("source")).toString(), QStringLiteral("connection"));
        QCOMPARE(byId[QStringLiteral("t-veth2")].value(QStringLiteral("resolved_text")).toString(),
            QStringLiteral("disabled"));
    }

    void statusHasTheNetworkManagerSection()
    {
        const Run r = ctl({ QStringLiteral("--json"), QStringLiteral("status") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject status = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonObject nm = status.value(QStringLiteral("networkmanager")).toObject();
        QCOMPARE(nm.value(QStringLiteral("running")).toBool(), true);
        QVERIFY(nm.value(QStringLiteral("version")).toString().startsWith(QLatin1String("1.")));
        QStringList devices;
        for (const QJsonValue &v : status.value(QStringLiteral("interfaces")).toArray())
            devices << v.toObject().value(QStringLiteral("device")).toString();
        for (const char *device : { "veth0", "veth1", "veth2" })
            QVERIFY2(devices.contains(QLatin1String(device)), device);
        QVERIFY(!status.value(QStringLiteral("verdict")).toString().isEmpty());
        QCOMPARE(status.value(QStringLiteral("endpoints")).toArray().size(), 4);
    }

    void connectionSetRefusesWhatNetworkManagerRefuses()
    {
        const QJsonArray before = endpoints();
        const Run r = ctl(words("connection set t-veth1 signal,fullmesh"));
        QCOMPARE(r.code, 2);
        QVERIFY2(
            r.err.contains(QLatin1String("signal")) && r.err.contains(QLatin1String("fullmesh")), qPrintable(r.err));
        QCOMPARE(endpoints(), before);
        QString flags;
        m_sb.nmcli(words("-g connection.mptcp-flags connection show t-veth1"), &flags);
        QCOMPARE(flags.trimmed().toUInt(nullptr, 0), 0x12u);
    }

    void connectionSetDisabledRemovesItsEndpoints()
    {
        const Run r = ctl(words("connection set t-veth1 disabled"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("applied")), qPrintable(r.out));
        QVERIFY2(waitFor([this] {
            return endpointFor(QStringLiteral("10.0.1.2")).isEmpty()
                && endpointFor(QStringLiteral("2001:db8:1::2")).isEmpty();
        }),
            QJsonDocument(endpoints()).toJson().constData());
        // veth0's endpoints stay.
        QVERIFY(!endpointFor(QStringLiteral("10.0.0.2")).isEmpty());
    }

    void connectionSetBackupGivesTheBackupFlag()
    {
        const Run r = ctl(words("connection set t-veth1 enabled,subflow,backup"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(waitFor([this] {
            const QJsonObject e = endpointFor(QStringLiteral("10.0.1.2"));
            return e.value(QStringLiteral("subflow")).toBool() && e.value(QStringLiteral("backup")).toBool();
        }),
            QJsonDocument(endpoints()).toJson().constData());
        // What explain predicts is what the kernel now has.
        const Run explain = ctl({ QStringLiteral("--json"), QStringLiteral("explain") });
        const QJsonObject row
            = rowsByKey(QJsonDocument::fromJson(explain.out.toUtf8()).array()).value(QStringLiteral("veth1 10.0.1.2"));
        QCOMPARE(row.value(QStringLiteral("expected")), QJsonValue(array({ "subflow", "backup" })));
        QCOMPARE(row.value(QStringLiteral("verdict")).toString(), QStringLiteral("ok"));
        QString flags;
        m_sb.nmcli(words("-g connection.mptcp-flags connection show t-veth1"), &flags);
        QCOMPARE(flags.trimmed().toUInt(nullptr, 0), 0x62u);
    }

    void connectionSetUnknownConnectionFails()
    {
        const Run r = ctl(words("connection set no-such-profile default"));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.startsWith(QLatin1String("Error: ")), qPrintable(r.err));
    }
};

MPTCP_TEST_MAIN_REQUIRING(TestNmCli, requirements())
#include "tst_nm_cli.moc"
