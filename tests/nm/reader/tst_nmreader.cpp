// NetworkStateReader / NetworkManagerReader against a real NetworkManager 1.42 in the
// test sandbox (private system bus, device netns): the model matches nmcli's view,
// changing connection.mptcp-flags changes the kernel's endpoints, and a NetworkManager
// restart is followed without polling.
#include "mptcp/nm/mptcpflags.h"
#include "mptcp/nm/networkstate.h"
#include "nmsandbox.h"
#include "sandbox.h"
#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <optional>
#include <signal.h>

using namespace mptcp;
using mptcp::test::Sandbox;

namespace {

constexpr int kTimeoutMs = 20000;

} // namespace

class TestNmReader : public QObject {
    Q_OBJECT

private:
    Sandbox m_sb;
    std::unique_ptr<nm::NetworkStateReader> m_reader;
    std::unique_ptr<test::SandboxProcess> m_restartedNm;

    explain::Snapshot snapshot() const
    {
        explain::Snapshot s;
        m_reader->fill(s);
        return s;
    }

    std::optional<explain::Device> device(const QString &ifname) const
    {
        for (const explain::Device &d : snapshot().devices) {
            if (d.ifname == ifname)
                return d;
        }
        return std::nullopt;
    }

    // Activated, with its connection and that connection's applied settings read.
    bool settled(const QString &ifname) const
    {
        const auto d = device(ifname);
        return d && d->state == explain::DeviceState::Activated && d->connection && d->connection->appliedKnown;
    }

    quint32 appliedFlags(const QString &ifname) const
    {
        const auto d = device(ifname);
        return d && d->connection ? d->connection->mptcpFlags : 0xffffffffu;
    }

    QString uuidOf(const QString &profile) const
    {
        QString out;
        m_sb.nmcli({ QStringLiteral("-g"), QStringLiteral("connection.uuid"), QStringLiteral("connection"),
                       QStringLiteral("show"), profile },
            &out);
        return out.trimmed();
    }

    QString endpoints() const
    {
        QString out;
        m_sb.ip({ QStringLiteral("mptcp"), QStringLiteral("endpoint"), QStringLiteral("show") }, &out);
        return out;
    }

    nm::NmChangeResult change(const std::function<void(nm::NetworkManagerReader::Done)> &call)
    {
        std::optional<nm::NmChangeResult> result;
        call([&result](const nm::NmChangeResult &r) { result = r; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), kTimeoutMs); }();
        return result.value_or(nm::NmChangeResult {});
    }

    // Runs nmreader-client as user nobody; returns its stdout ("outcome=N\nmessage=...").
    QString runAsNobody(const QStringList &args) const
    {
        QProcess client;
        client.setProcessEnvironment(m_sb.clientEnvironment());
        client.start(QStringLiteral("setpriv"),
            QStringList { QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                QStringLiteral("--clear-groups"), QStringLiteral(NMREADER_CLIENT) }
                + args);
        if (!client.waitForFinished(kTimeoutMs + 5000))
            return QStringLiteral("nmreader-client hung");
        return QString::fromLocal8Bit(client.readAllStandardOutput() + client.readAllStandardError());
    }

    static QString outcome(nm::NmChangeResult::Outcome o) { return QStringLiteral("outcome=%1").arg(int(o)); }

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
        o.connections[QStringLiteral("t-veth2.nmconnection")] = Sandbox::keyfile(QStringLiteral("t-veth2"),
            QStringLiteral("veth2"), { QStringLiteral("--subnet"), QStringLiteral("2"), QStringLiteral("--no-gw") });
        o.nmConf[QStringLiteral("50-mptcp.conf")]
            = "[connection-mptcp-veth2]\nmatch-device=interface-name:veth2\nconnection.mptcp-flags=0x62\n";
        QString error;
        QVERIFY2(m_sb.up(o, &error), qPrintable(error));

        m_reader = test::sandboxNetworkStateReader(m_sb, &error);
        QVERIFY2(m_reader, qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(m_reader->networkManager().isRunning(), kTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(appliedFlags(QStringLiteral("veth1")) == 0x12, kTimeoutMs);
        // The functions below compare with nmcli and the kernel at once: on a loaded machine
        // the reader may still be catching up here (libnm fetches applied connections and
        // rtnetlink reports the routes NetworkManager adds one after the other).
        for (const QString &ifname : { QStringLiteral("veth0"), QStringLiteral("veth1"), QStringLiteral("veth2") }) {
            QTRY_VERIFY2_WITH_TIMEOUT(settled(ifname), qPrintable(ifname), kTimeoutMs);
        }
        QTRY_VERIFY_WITH_TIMEOUT(device(QStringLiteral("veth0"))->nmDefaultRoute4
                && device(QStringLiteral("veth0"))->nmDefaultRoute6,
            kTimeoutMs);
    }

    void cleanupTestCase()
    {
        m_reader.reset();
        m_restartedNm.reset();
        QString error;
        QVERIFY2(m_sb.down(&error), qPrintable(error));
    }

    void statusAndVersionComeFromNetworkManager()
    {
        const nm::NetworkManagerReader &nmr = m_reader->networkManager();
        QString out;
        m_sb.nmcli({ QStringLiteral("-g"), QStringLiteral("VERSION"), QStringLiteral("general") }, &out);
        QCOMPARE(nmr.versionText(), out.trimmed());
        QVERIFY(nmr.mptcpSupported());
        QVERIFY(nmr.statusText().isEmpty());
        const explain::Snapshot s = snapshot();
        QVERIFY(s.networkManager.running);
        QVERIFY(s.networkManager.version.atLeast(1, 40));
        QVERIFY(s.networkManager.confKnown);
    }

    void devicesMatchNmcli()
    {
        QString out;
        QCOMPARE(m_sb.nmcli({ QStringLiteral("-t"), QStringLiteral("-f"), QStringLiteral("DEVICE,STATE,CONNECTION"),
                                QStringLiteral("device") },
                     &out),
            0);
        const QStringList lines = out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(snapshot().devices.size(), lines.size());
        for (const QString &line : lines) {
            const QStringList f = line.split(u':');
            QCOMPARE(f.size(), 3);
            const auto d = device(f[0]);
            QVERIFY2(d, qPrintable(f[0]));
            QCOMPARE(d->ifindex > 0, true);
            if (f[1] == QLatin1String("connected"))
                QCOMPARE(d->state, explain::DeviceState::Activated);
            else if (f[1] == QLatin1String("unmanaged"))
                QVERIFY(!d->managed);
            QCOMPARE(d->connection ? d->connection->id : QString(), f[2]);
        }
    }

    void profileFlagsAndUuidsMatchNmcli()
    {
        for (const QString &ifname : { QStringLiteral("veth0"), QStringLiteral("veth1"), QStringLiteral("veth2") }) {
            const auto d = device(ifname);
            QVERIFY(d && d->connection);
            QString out;
            m_sb.nmcli({ QStringLiteral("-g"), QStringLiteral("connection.uuid,connection.mptcp-flags"),
                           QStringLiteral("connection"), QStringLiteral("show"), d->connection->id },
                &out);
            const QStringList f = out.trimmed().split(u'\n');
            QCOMPARE(f.size(), 2);
            QCOMPARE(d->connection->uuid, f[0]);
            QCOMPARE(d->connection->mptcpFlags, f[1].section(u' ', 0, 0).toUInt(nullptr, 16));
            QVERIFY(!d->connection->savedMptcpFlags);
            QCOMPARE(d->connection->state, explain::ActivationState::Activated);
        }
        QCOMPARE(appliedFlags(QStringLiteral("veth0")), 0u);
        QCOMPARE(appliedFlags(QStringLiteral("veth1")), 0x12u);
    }

    void addressesRoutesAndRpFilterComeFromTheKernel()
    {
        const auto v0 = device(QStringLiteral("veth0"));
        QVERIFY(v0);
        bool v4 = false;
        for (const explain::Address &a : v0->addresses) {
            if (a.address == QLatin1String("10.0.0.2")) {
                v4 = true;
                QCOMPARE(a.prefixLength, 24);
                QCOMPARE(a.scope, explain::scope::Universe);
                QVERIFY(a.flags & explain::ifaflag::Permanent);
                QCOMPARE(a.ifindex, v0->ifindex);
            }
        }
        QVERIFY(v4);
        QVERIFY(v0->nmDefaultRoute4);
        QVERIFY(v0->nmDefaultRoute6);
        const auto v2 = device(QStringLiteral("veth2"));
        QVERIFY(v2);
        QVERIFY(!v2->nmDefaultRoute4);
        QVERIFY(!v2->nmDefaultRoute6);

        QString rp;
        QCOMPARE(
            m_sb.exec(QStringLiteral("cat"), { QStringLiteral("/proc/sys/net/ipv4/conf/veth0/rp_filter") }, &rp), 0);
        QCOMPARE(v0->rpFilter, std::optional<int>(rp.trimmed().toInt()));
        QCOMPARE(m_sb.exec(QStringLiteral("cat"), { QStringLiteral("/proc/sys/net/ipv4/conf/all/rp_filter") }, &rp), 0);
        QCOMPARE(v0->rpFilterAll, std::optional<int>(rp.trimmed().toInt()));
    }

    void rpFilterChangeIsNoticed()
    {
        QCOMPARE(m_sb.exec(QStringLiteral("sysctl"),
                     { QStringLiteral("-qw"), QStringLiteral("net.ipv4.conf.veth2.rp_filter=1") }),
            0);
        QTRY_COMPARE_WITH_TIMEOUT(device(QStringLiteral("veth2"))->rpFilter, std::optional<int>(1), kTimeoutMs);
    }

    void handMadeDefaultRouteIsNotNetworkManagers()
    {
        QCOMPARE(m_sb.ip({ QStringLiteral("route"), QStringLiteral("add"), QStringLiteral("default"),
                     QStringLiteral("via"), QStringLiteral("10.0.2.1"), QStringLiteral("dev"), QStringLiteral("veth2"),
                     QStringLiteral("metric"), QStringLiteral("900") }),
            0);
        const auto rawRoute = [this] {
            for (const nm::NmDevice &d : m_reader->networkManager().devices()) {
                if (d.device.ifname == QLatin1String("veth2"))
                    return d.device.nmDefaultRoute4;
            }
            return false;
        };
        // NM's IP config lists the kernel route; the join knows it was not NM's (proto boot).
        QTRY_VERIFY_WITH_TIMEOUT(rawRoute(), kTimeoutMs);
        QVERIFY(!device(QStringLiteral("veth2"))->nmDefaultRoute4);
        QCOMPARE(m_sb.ip({ QStringLiteral("route"), QStringLiteral("del"), QStringLiteral("default"),
                     QStringLiteral("via"), QStringLiteral("10.0.2.1"), QStringLiteral("dev"), QStringLiteral("veth2"),
                     QStringLiteral("metric"), QStringLiteral("900") }),
            0);
        QTRY_VERIFY_WITH_TIMEOUT(!rawRoute(), kTimeoutMs);
    }

    void confDefaultsComeFromTheSandboxConfiguration()
    {
        const auto v2 = device(QStringLiteral("veth2"));
        const auto v0 = device(QStringLiteral("veth0"));
        QVERIFY(v2 && v0);
        QCOMPARE(v2->confDefaults.size(), 1);
        QCOMPARE(v2->confDefaults[0].value, QStringLiteral("0x62"));
        QCOMPARE(v2->confDefaults[0].section, QStringLiteral("connection-mptcp-veth2"));
        QVERIFY(v2->confDefaults[0].file.endsWith(QLatin1String("/conf.d/50-mptcp.conf")));
        QVERIFY(v2->confDefaults[0].matchesDevice);
        QCOMPARE(v0->confDefaults.size(), 1);
        QVERIFY(!v0->confDefaults[0].matchesDevice);
    }

    void settingFlagsChangesKernelEndpoints()
    {
        QVERIFY(endpoints().contains(QRegularExpression(QStringLiteral("10\\.0\\.0\\.2 id \\d+ subflow dev veth0"))));
        const nm::MptcpFlagsParse flags = nm::parseMptcpFlags(QStringLiteral("enabled,signal,backup"));
        QVERIFY(flags.ok());
        const QString uuid = uuidOf(QStringLiteral("t-veth0"));
        const nm::NmChangeResult r
            = change([&](auto done) { m_reader->networkManager().setConnectionMptcpFlags(uuid, *flags.value, done); });
        QCOMPARE(r.outcome, nm::NmChangeResult::Outcome::Applied);
        QTRY_VERIFY_WITH_TIMEOUT(
            endpoints().contains(QRegularExpression(QStringLiteral("10\\.0\\.0\\.2 id \\d+ signal backup dev veth0"))),
            kTimeoutMs);
        QVERIFY(
            endpoints().contains(QRegularExpression(QStringLiteral("2001:db8::2 id \\d+ signal backup dev veth0"))));
        QTRY_COMPARE_WITH_TIMEOUT(appliedFlags(QStringLiteral("veth0")), 0x52u, kTimeoutMs);
        QVERIFY(!device(QStringLiteral("veth0"))->connection->savedMptcpFlags);
        QString out;
        m_sb.nmcli({ QStringLiteral("-g"), QStringLiteral("connection.mptcp-flags"), QStringLiteral("connection"),
                       QStringLiteral("show"), QStringLiteral("t-veth0") },
            &out);
        QCOMPARE(out.trimmed().section(u' ', 0, 0), QStringLiteral("0x52"));
        // Saved to disk: the keyfile carries the value.
        QCOMPARE(m_sb.exec(QStringLiteral("grep"),
                     { QStringLiteral("-rq"), QStringLiteral("mptcp-flags=82"),
                         QStringLiteral("/etc/NetworkManager/system-connections") }),
            0);
    }

    void disablingRemovesTheDevicesEndpoints()
    {
        const nm::NmChangeResult r = change([&](auto done) {
            m_reader->networkManager().setConnectionMptcpFlags(uuidOf(QStringLiteral("t-veth0")), 0x1, done);
        });
        QCOMPARE(r.outcome, nm::NmChangeResult::Outcome::Applied);
        QTRY_VERIFY_WITH_TIMEOUT(!endpoints().contains(QLatin1String("dev veth0")), kTimeoutMs);
        QVERIFY(endpoints().contains(QLatin1String("dev veth1")));
        QTRY_COMPARE_WITH_TIMEOUT(appliedFlags(QStringLiteral("veth0")), 0x1u, kTimeoutMs);
    }

    void invalidCombinationIsRefusedWithNmsReason()
    {
        const nm::NmChangeResult r = change([&](auto done) {
            m_reader->networkManager().setConnectionMptcpFlags(uuidOf(QStringLiteral("t-veth1")), 0x90, done);
        });
        QCOMPARE(r.outcome, nm::NmChangeResult::Outcome::Failed);
        QVERIFY2(
            r.message.contains(QLatin1String("cannot set both \"signal\" and \"fullmesh\"")), qPrintable(r.message));
        QCOMPARE(appliedFlags(QStringLiteral("veth1")), 0x12u);
    }

    void unauthorizedChangeIsRefusedWithNmsMessage()
    {
        // uid 0 is always authorized; nobody has no polkit grant in the sandbox (no logind,
        // so not even "active" defaults apply) and NetworkManager refuses the update.
        const QString out
            = runAsNobody({ QStringLiteral("set"), uuidOf(QStringLiteral("t-veth2")), QStringLiteral("0x22") });
        QVERIFY2(out.contains(outcome(nm::NmChangeResult::Outcome::Failed)), qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("message=Insufficient privileges")), qPrintable(out));
        QString flags;
        m_sb.nmcli({ QStringLiteral("-g"), QStringLiteral("connection.mptcp-flags"), QStringLiteral("connection"),
                       QStringLiteral("show"), QStringLiteral("t-veth2") },
            &flags);
        QCOMPARE(flags.trimmed().section(u' ', 0, 0), QStringLiteral("0x0"));
    }

    void refusedReapplyAsksForReactivation()
    {
        // nobody may change profiles but not control devices: the save succeeds, the
        // reapply is refused, and the caller is told a reactivation is needed.
        QFile rule(m_sb.polkitRulesDir() + QStringLiteral("/50-nmreader-test.rules"));
        QVERIFY(rule.open(QIODevice::WriteOnly));
        rule.write("polkit.addRule(function(action, subject) {\n"
                   "  if (action.id == \"org.freedesktop.NetworkManager.settings.modify.system\" && subject.user == "
                   "\"nobody\")\n"
                   "    return polkit.Result.YES;\n"
                   "});\n");
        rule.close();
        const QString uuid = uuidOf(QStringLiteral("t-veth2"));
        QString out;
        // polkitd picks up new rules asynchronously (inotify).
        QTRY_VERIFY_WITH_TIMEOUT((out = runAsNobody({ QStringLiteral("set"), uuid, QStringLiteral("0x22") }))
                                     .contains(outcome(nm::NmChangeResult::Outcome::NeedsReactivation)),
            kTimeoutMs);
        QVERIFY2(out.contains(QLatin1String("message=veth2: ")), qPrintable(out));
        QVERIFY(rule.remove());
        QTRY_COMPARE_WITH_TIMEOUT(
            device(QStringLiteral("veth2"))->connection->savedMptcpFlags, std::optional<quint32>(0x22), kTimeoutMs);
        QCOMPARE(appliedFlags(QStringLiteral("veth2")), 0u);
    }

    void unknownProfileIsAnError()
    {
        const nm::NmChangeResult r = change([&](auto done) {
            m_reader->networkManager().setConnectionMptcpFlags(
                QStringLiteral("00000000-0000-4000-8000-000000000000"), 0x22, done);
        });
        QCOMPARE(r.outcome, nm::NmChangeResult::Outcome::Failed);
        QVERIFY(r.message.contains(QLatin1String("00000000-0000-4000-8000-000000000000")));
    }

    void modifiedButNotReappliedShowsBothValuesUntilReactivated()
    {
        QCOMPARE(m_sb.nmcli({ QStringLiteral("connection"), QStringLiteral("modify"), QStringLiteral("t-veth1"),
                     QStringLiteral("connection.mptcp-flags"), QStringLiteral("subflow") }),
            0);
        QTRY_COMPARE_WITH_TIMEOUT(
            device(QStringLiteral("veth1"))->connection->savedMptcpFlags, std::optional<quint32>(0x20), kTimeoutMs);
        QCOMPARE(appliedFlags(QStringLiteral("veth1")), 0x12u);
        QVERIFY(endpoints().contains(QRegularExpression(QStringLiteral("10\\.0\\.1\\.2 id \\d+ signal dev veth1"))));

        const nm::NmChangeResult r = change(
            [&](auto done) { m_reader->networkManager().reactivate(uuidOf(QStringLiteral("t-veth1")), done); });
        QVERIFY2(r.outcome == nm::NmChangeResult::Outcome::Applied, qPrintable(r.message));
        QTRY_VERIFY_WITH_TIMEOUT(
            endpoints().contains(QRegularExpression(QStringLiteral("10\\.0\\.1\\.2 id \\d+ subflow dev veth1"))),
            kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(appliedFlags(QStringLiteral("veth1")), 0x20u, kTimeoutMs);
        QVERIFY(!device(QStringLiteral("veth1"))->connection->savedMptcpFlags);
    }

    // Last: it replaces the sandbox's NetworkManager process.
    void networkManagerRestartIsFollowed()
    {
        const qint64 pid = m_sb.networkManagerPid();
        QVERIFY(pid > 0);
        QCOMPARE(::kill(pid_t(pid), SIGTERM), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!m_reader->networkManager().isRunning(), kTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(!test::processAlive(pid), kTimeoutMs);
        QCOMPARE(m_reader->networkManager().statusText(), QStringLiteral("NetworkManager is not running"));
        // Kernel-only mode: every link is listed, none managed, no profiles.
        explain::Snapshot s = snapshot();
        QVERIFY(!s.networkManager.running);
        QVERIFY(device(QStringLiteral("veth0")));
        for (const explain::Device &d : s.devices) {
            QVERIFY(!d.managed);
            QVERIFY(!d.connection);
        }

        QString error;
        m_restartedNm = m_sb.start(QStringLiteral("NetworkManager"), { QStringLiteral("--no-daemon") }, &error);
        QVERIFY2(m_restartedNm, qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(m_reader->networkManager().isRunning(), kTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(device(QStringLiteral("veth1")) && device(QStringLiteral("veth1"))->connection
                && device(QStringLiteral("veth1"))->connection->state == explain::ActivationState::Activated,
            kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(appliedFlags(QStringLiteral("veth1")), 0x20u, kTimeoutMs);
        QVERIFY(m_reader->networkManager().statusText().isEmpty());
        devicesMatchNmcli();
    }
};

MPTCP_TEST_MAIN_REQUIRING(TestNmReader, mptcp::test::Sandbox::unavailableReason())
#include "tst_nmreader.moc"
