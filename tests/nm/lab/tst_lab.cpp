// The Wi-Fi + LTE lab end to end, driven through LabController (lab.sh): a real
// NetworkManager activates wlan0 + wwan0, tc shapes them, an MPTCP connection
// uses both, cutting wlan0 fails over to wwan0, restoring it brings a new subflow
// back, and down leaves nothing behind. The functions run in order on one lab.
#include "mptcp/lab/labcontroller.h"
#include "sandbox.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <csignal>
#include <net/if.h>
#include <thread>

using mptcp::lab::LabController;
using mptcp::test::Sandbox;

namespace {

const QString Wifi4 = QStringLiteral("10.0.0.2");
const QString Lte4 = QStringLiteral("10.0.1.2");

struct SubflowView {
    QString local; // "10.0.1.2%wwan0:53383"
    quint64 bytesAcked = 0;
};

// Per-second figures of the client, from its log ("t=3 mbit=58.72 ... wlan0=48.90 wwan0=9.82").
struct TrafficSample {
    int t = 0;
    double mbit = 0;
    QMap<QString, double> perInterface;
};

QList<TrafficSample> trafficSamples(const QString &log)
{
    QFile f(log);
    QList<TrafficSample> samples;
    if (!f.open(QIODevice::ReadOnly))
        return samples;
    static const QRegularExpression pair(QStringLiteral("(\\S+)=(\\S+)"));
    for (const QByteArray &raw : f.readAll().split('\n')) {
        const QString line = QString::fromUtf8(raw);
        if (!line.startsWith(QLatin1String("t=")))
            continue;
        TrafficSample s;
        for (auto it = pair.globalMatch(line); it.hasNext();) {
            const auto m = it.next();
            const QString key = m.captured(1);
            if (key == QLatin1String("t"))
                s.t = m.captured(2).toInt();
            else if (key == QLatin1String("mbit"))
                s.mbit = m.captured(2).toDouble();
            else if (key == QLatin1String("wlan0") || key == QLatin1String("wwan0"))
                s.perInterface.insert(key, m.captured(2).toDouble());
        }
        samples << s;
    }
    return samples;
}

} // namespace

class TestLab : public QObject {
    Q_OBJECT

private:
    LabController m_lab;
    QString m_id = QStringLiteral("labt%1").arg(QCoreApplication::applicationPid());
    QProcess m_monitor;
    QByteArray m_events;
    QMap<QString, QString> m_env;

    bool runLab(const std::function<void()> &operation, int timeoutMs, QString *error = nullptr)
    {
        QSignalSpy finished(&m_lab, &LabController::finished);
        operation();
        if (!finished.wait(timeoutMs) && finished.isEmpty()) {
            if (error)
                *error = QStringLiteral("no answer within %1 ms").arg(timeoutMs);
            return false;
        }
        const bool ok = finished.first().at(1).toBool();
        if (!ok && error)
            *error = m_lab.errorString();
        return ok;
    }

    QString netns() const { return m_lab.environment().netns; }
    QString routerNetns() const { return m_lab.environment().routerNetns; }
    QString labDir() const { return m_env.value(QStringLiteral("MPTCP_LAB_STATE")); }

    QString nmcli(const QStringList &args) const
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SYSTEM_BUS_ADDRESS"), m_lab.environment().busAddress);
        env.insert(QStringLiteral("LANG"), QStringLiteral("C"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral("nmcli"), args);
        p.waitForFinished(20000);
        return QString::fromUtf8(p.readAllStandardOutput());
    }

    // Established MPTCP subflows of the laptop towards the lab server.
    QList<SubflowView> subflows() const
    {
        QString out;
        mptcp::test::run(QStringLiteral("ss"), {QStringLiteral("-N"), netns(), QStringLiteral("-Htin"),
                                                 QStringLiteral("state"), QStringLiteral("established")},
                         &out);
        QList<SubflowView> result;
        static const QRegularExpression acked(QStringLiteral("bytes_acked:(\\d+)"));
        const QString server = m_lab.environment().server4 + QLatin1Char(':') + QString::number(m_lab.environment().port);
        const QStringList lines = out.split(QLatin1Char('\n'));
        for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
            const QStringList cols = lines[i].simplified().split(QLatin1Char(' '));
            const QString &info = lines[i + 1];
            if (cols.size() < 4 || cols[3] != server || !info.contains(QLatin1String("tcp-ulp-mptcp")))
                continue;
            const auto m = acked.match(info);
            result << SubflowView{cols[2], m.hasMatch() ? m.captured(1).toULongLong() : 0};
        }
        return result;
    }

    static const SubflowView *from(const QList<SubflowView> &list, const QString &address)
    {
        for (const SubflowView &s : list) {
            if (s.local.startsWith(address + QLatin1Char(':')) || s.local.startsWith(address + QLatin1Char('%')))
                return &s;
        }
        return nullptr;
    }

    QList<TrafficSample> samplesAfter(int t) const
    {
        QList<TrafficSample> out;
        for (const TrafficSample &s : trafficSamples(labDir() + QStringLiteral("/traffic.log")))
            if (s.t > t)
                out << s;
        return out;
    }

    int lastSampleTime() const
    {
        const auto all = trafficSamples(labDir() + QStringLiteral("/traffic.log"));
        return all.isEmpty() ? 0 : all.last().t;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("MPTCP_SANDBOX_SCRIPT"), Sandbox::scriptPath());
        env.insert(QStringLiteral("MPTCP_LAB_TRAFFIC"), QStringLiteral(MPTCP_LAB_TRAFFIC_BINARY));
        if (!QStringLiteral(MPTCP_LAB_HELPER_BINARY).isEmpty())
            env.insert(QStringLiteral("MPTCP_LAB_HELPER"), QStringLiteral(MPTCP_LAB_HELPER_BINARY));
        m_lab.setScriptPath(QStringLiteral(MPTCP_LAB_SCRIPT));
        m_lab.setScriptEnvironment(env);
        m_lab.setLabId(m_id);

        QElapsedTimer t;
        t.start();
        QString error;
        QVERIFY2(runLab([this] { m_lab.up(); }, 120000, &error), qPrintable(error));
        qInfo("lab up in %lld ms", t.elapsed());
        QCOMPARE(m_lab.state(), LabController::State::Up);
        m_env = m_lab.environment().variables;

        // PM events of the laptop, for the failover checks.
        m_monitor.setProcessChannelMode(QProcess::MergedChannels);
        connect(&m_monitor, &QProcess::readyRead, this, [this] { m_events += m_monitor.readAll(); });
        m_monitor.start(QStringLiteral("nsenter"), {QStringLiteral("--net=") + m_lab.environment().netnsPath,
                                                    QStringLiteral("ip"), QStringLiteral("mptcp"), QStringLiteral("monitor")});
        QVERIFY(m_monitor.waitForStarted());
    }

    void refusesWithoutRoot()
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral("setpriv"), {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                             QStringLiteral("--clear-groups"), QStringLiteral(MPTCP_LAB_SCRIPT),
                                             QStringLiteral("up")});
        QVERIFY(p.waitForFinished(20000));
        QVERIFY(p.exitCode() != 0);
        QVERIFY2(p.readAll().contains("needs root"), "no clear refusal");
    }

    void upActivatesBothLinksWithEndpoints()
    {
        const QString devices = nmcli({QStringLiteral("-t"), QStringLiteral("-f"), QStringLiteral("DEVICE,STATE"),
                                       QStringLiteral("device")});
        QVERIFY2(devices.contains(QLatin1String("wlan0:connected")), qPrintable(devices));
        QVERIFY2(devices.contains(QLatin1String("wwan0:connected")), qPrintable(devices));
        QString endpoints;
        QCOMPARE(mptcp::test::run(QStringLiteral("ip"), {QStringLiteral("-n"), netns(), QStringLiteral("mptcp"),
                                                          QStringLiteral("endpoint"), QStringLiteral("show")},
                                  &endpoints),
                 0);
        QVERIFY2(endpoints.contains(Wifi4 + QLatin1String(" id ")) && endpoints.contains(QLatin1String("dev wlan0")),
                 qPrintable(endpoints));
        QVERIFY2(endpoints.contains(Lte4 + QLatin1String(" id ")) && endpoints.contains(QLatin1String("dev wwan0")),
                 qPrintable(endpoints));
    }

    void wwanIsMeteredWithNmDefaultFlags()
    {
        const QString metered = nmcli({QStringLiteral("-g"), QStringLiteral("connection.metered,connection.mptcp-flags"),
                                       QStringLiteral("connection"), QStringLiteral("show"), QStringLiteral("Lab LTE")});
        QVERIFY2(metered.startsWith(QLatin1String("yes")), qPrintable(metered));
        QVERIFY2(!metered.contains(QLatin1String("backup")), qPrintable(metered));
    }

    void bothDirectionsAreShaped()
    {
        const QList<std::tuple<QString, QString, QString>> ends{
            {netns(), QStringLiteral("wlan0"), QStringLiteral("50Mbit")},
            {routerNetns(), QStringLiteral("rt0"), QStringLiteral("50Mbit")},
            {netns(), QStringLiteral("wwan0"), QStringLiteral("10Mbit")},
            {routerNetns(), QStringLiteral("rt1"), QStringLiteral("10Mbit")},
        };
        for (const auto &[ns, dev, rate] : ends) {
            QString out;
            mptcp::test::run(QStringLiteral("tc"), {QStringLiteral("-n"), ns, QStringLiteral("qdisc"), QStringLiteral("show"),
                                                     QStringLiteral("dev"), dev},
                             &out);
            QVERIFY2(out.contains(QLatin1String("tbf")) && out.contains(QLatin1String("rate ") + rate),
                     qPrintable(dev + QLatin1String(": ") + out));
        }
    }

    void environmentNamesBusNetnsAndHelper()
    {
        const auto env = m_lab.environment();
        QVERIFY(env.busAddress.startsWith(QLatin1String("unix:path=")));
        QCOMPARE(env.netns, QStringLiteral("mptcp-sb-%1-dev").arg(m_id));
        QVERIFY(QFile::exists(env.netnsPath));
        QCOMPARE(env.links, (QStringList{QStringLiteral("wlan0"), QStringLiteral("wwan0")}));
        QCOMPARE(env.server4, QStringLiteral("198.51.100.1"));
        if (QStringLiteral(MPTCP_LAB_HELPER_BINARY).isEmpty())
            QSKIP("the helper is not part of this build");
        QVERIFY(env.helper);
        QVERIFY2(mptcp::test::processAlive(m_env.value(QStringLiteral("MPTCP_LAB_HELPER_PID")).toLongLong()),
                 "helper not running");
    }

    void environmentEntersTheLaptopNetns()
    {
        // In a thread of its own: the test's thread must stay on the host.
        QString error;
        unsigned wlan0 = 0;
        QString inside;
        std::thread worker([&] {
            if (m_lab.environment().enterNetworkNamespace(&error)) {
                wlan0 = if_nametoindex("wlan0");
                inside = QFile::symLinkTarget(QStringLiteral("/proc/thread-self/ns/net"));
            }
        });
        worker.join();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(wlan0 > 0);
        QVERIFY(!inside.isEmpty());
        QVERIFY(inside != QFile::symLinkTarget(QStringLiteral("/proc/thread-self/ns/net")));
        QVERIFY(!mptcp::lab::LabEnvironment().enterNetworkNamespace(&error));
    }

    void trafficUsesBothLinks()
    {
        QString error;
        QVERIFY2(runLab([this] { m_lab.traffic(0); }, 30000, &error), qPrintable(error));
        QList<SubflowView> first;
        QTRY_VERIFY_WITH_TIMEOUT((first = subflows(), from(first, Wifi4) && from(first, Lte4)), 8000);
        QCOMPARE(first.size(), 2);
        QVERIFY2(from(first, Lte4)->local.contains(QLatin1String("%wwan0")), qPrintable(from(first, Lte4)->local));
        QTest::qWait(1500);
        const QList<SubflowView> later = subflows();
        QVERIFY(from(later, Wifi4) && from(later, Lte4));
        QVERIFY2(from(later, Wifi4)->bytesAcked > from(first, Wifi4)->bytesAcked, "no bytes over wlan0");
        QVERIFY2(from(later, Lte4)->bytesAcked > from(first, Lte4)->bytesAcked, "no bytes over wwan0");
        QVERIFY2(m_events.contains("SF_ESTABLISHED"), m_events.constData());
    }

    void shapingLimitsThroughput()
    {
        // Let the connection ramp up, then look at three whole seconds.
        QTRY_VERIFY_WITH_TIMEOUT(lastSampleTime() >= 6, 10000);
        const auto samples = samplesAfter(3);
        QVERIFY(samples.size() >= 3);
        double total = 0, wifi = 0, lte = 0;
        for (const TrafficSample &s : samples) {
            total += s.mbit;
            wifi += s.perInterface.value(QStringLiteral("wlan0"));
            lte += s.perInterface.value(QStringLiteral("wwan0"));
        }
        const double n = samples.size();
        qInfo("throughput: total %.1f, wlan0 %.1f, wwan0 %.1f Mbit/s", total / n, wifi / n, lte / n);
        QVERIFY2(total / n <= 66 && total / n >= 25, "total not within the shaped 50 + 10 Mbit/s");
        QVERIFY2(wifi / n <= 55 && wifi / n >= 15, "wlan0 not near its 50 Mbit/s");
        QVERIFY2(lte / n <= 11.5 && lte / n >= 4, "wwan0 not near its 10 Mbit/s");
    }

    void cutFailsOverToWwan()
    {
        m_events.clear();
        QString error;
        QVERIFY2(runLab([this] { m_lab.cut(QStringLiteral("wlan0")); }, 30000, &error), qPrintable(error));
        QElapsedTimer t;
        t.start();
        // NetworkManager deactivates wlan0 after its carrier timeout and removes the
        // endpoint: the kernel closes the wlan0 subflow.
        QTRY_VERIFY_WITH_TIMEOUT(m_events.contains("SF_CLOSED") && m_events.contains("saddr4=" + Wifi4.toLatin1()), 20000);
        qInfo("sub_closed %lld ms after the cut", t.elapsed());
        QVERIFY(!from(subflows(), Wifi4));
        QVERIFY(from(subflows(), Lte4));
        // What was in flight on wlan0 is re-sent over wwan0 first (the data-level
        // rate dips for a second or two); then wwan0 carries everything.
        const int now = lastSampleTime() + 2;
        QTRY_VERIFY_WITH_TIMEOUT(lastSampleTime() >= now + 3, 8000);
        const auto samples = samplesAfter(now);
        QVERIFY(samples.size() >= 3);
        double total = 0, lte = 0;
        QStringList seen;
        for (const TrafficSample &s : samples) {
            total += s.mbit;
            lte += s.perInterface.value(QStringLiteral("wwan0"));
            QVERIFY2(!s.perInterface.contains(QStringLiteral("wlan0")), "a wlan0 subflow after the cut");
            seen << QString::number(s.mbit);
        }
        const double mean = total / samples.size();
        qInfo("after the cut: %.1f Mbit/s (%s), wwan0 link %.1f", mean, qPrintable(seen.join(QLatin1Char(' '))),
              lte / samples.size());
        QVERIFY2(mean <= 12.5, "more than wwan0's 10 Mbit/s after the cut");
        QVERIFY2(mean >= 3, "traffic stalled after the cut");
        QVERIFY2(lte / samples.size() >= 5, "wwan0 is not carrying the traffic");
    }

    void restoreOpensNewWlanSubflow()
    {
        m_events.clear();
        QString error;
        QVERIFY2(runLab([this] { m_lab.restore(QStringLiteral("wlan0")); }, 30000, &error), qPrintable(error));
        QElapsedTimer t;
        t.start();
        QTRY_VERIFY_WITH_TIMEOUT(from(subflows(), Wifi4), 20000);
        qInfo("new wlan0 subflow %lld ms after the restore", t.elapsed());
        // `ss` can show the subflow before `ip mptcp monitor`'s line about it reaches us.
        QTRY_VERIFY2_WITH_TIMEOUT(m_events.contains("SF_ESTABLISHED") && m_events.contains("saddr4=" + Wifi4.toLatin1()),
                                  m_events.constData(), 5000);
        QVERIFY(from(subflows(), Lte4));
    }

    void statusShowsLinksAndSubflows()
    {
        QSignalSpy text(&m_lab, &LabController::statusReady);
        QString error;
        QVERIFY2(runLab([this] { m_lab.status(); }, 30000, &error), qPrintable(error));
        QCOMPARE(text.size(), 1);
        const QString status = text.first().first().toString();
        QVERIFY2(status.contains(QLatin1String("wwan0")) && status.contains(QLatin1String("device type ethernet")),
                 qPrintable(status));
        QVERIFY2(status.contains(QLatin1String("rate 10Mbit")), qPrintable(status));
        QVERIFY2(status.contains(QLatin1String("tcp-ulp-mptcp")), qPrintable(status));
    }

    void downLeavesNothing()
    {
        const qint64 server = m_env.value(QStringLiteral("MPTCP_LAB_SERVER_PID")).toLongLong();
        const qint64 helper = m_env.value(QStringLiteral("MPTCP_LAB_HELPER_PID")).toLongLong();
        QFile pidFile(labDir() + QStringLiteral("/traffic.pid"));
        QVERIFY(pidFile.open(QIODevice::ReadOnly));
        const qint64 traffic = pidFile.readAll().trimmed().toLongLong();
        QVERIFY(mptcp::test::processAlive(server) && mptcp::test::processAlive(traffic));
        const QString stateDir = QStringLiteral("/tmp/mptcp-sandbox-%1").arg(m_id);

        QString error;
        QVERIFY2(runLab([this] { m_lab.down(); }, 60000, &error), qPrintable(error));
        QCOMPARE(m_lab.state(), LabController::State::Down);
        QVERIFY(!m_lab.environment().isValid());
        QVERIFY(!mptcp::test::processAlive(server));
        QVERIFY(!mptcp::test::processAlive(traffic));
        QVERIFY(!mptcp::test::processAlive(helper));
        QVERIFY(!QFile::exists(QStringLiteral("/run/netns/mptcp-sb-%1-dev").arg(m_id)));
        QVERIFY(!QFile::exists(QStringLiteral("/run/netns/mptcp-sb-%1-rt").arg(m_id)));
        QVERIFY(!QFile::exists(stateDir));
        QFile mounts(QStringLiteral("/proc/self/mountinfo"));
        QVERIFY(mounts.open(QIODevice::ReadOnly));
        QVERIFY(!mounts.readAll().contains(m_id.toLatin1()));
        // A later `env` agrees.
        QVERIFY(runLab([this] { m_lab.refresh(); }, 30000));
        QCOMPARE(m_lab.state(), LabController::State::Down);
    }

    void cleanupTestCase()
    {
        if (m_monitor.state() != QProcess::NotRunning) {
            ::kill(static_cast<pid_t>(m_monitor.processId()), SIGTERM);
            m_monitor.waitForFinished(3000);
        }
        // After a failed function: still take everything down.
        if (m_lab.state() != LabController::State::Down)
            runLab([this] { m_lab.down(); }, 60000);
    }
};

MPTCP_TEST_MAIN_REQUIRING(TestLab, Sandbox::unavailableReason())

#include "tst_lab.moc"
