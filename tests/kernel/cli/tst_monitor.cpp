// `mptcpctl --json monitor` on a real kernel: a server and a client namespace joined
// by a veth pair, a real MPTCP connection between them, and the events must arrive
// as one JSON object per line, while the monitor is still running.
#include "testsupport.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using mptcp::test::Netns;

namespace {

const QString Mptcpctl = QStringLiteral(MPTCPCTL_PATH);
constexpr int IpprotoMptcp = 262; // IPPROTO_MPTCP, missing from older libc headers

QStringList words(const char *line)
{
    return QString::fromUtf8(line).split(u' ', Qt::SkipEmptyParts);
}

// A monitor process and the complete lines it has printed so far.
class Monitor {
public:
    Monitor(const Netns &ns, const QStringList &options)
    {
        m_process.start(QStringLiteral("ip"),
            QStringList { QStringLiteral("netns"), QStringLiteral("exec"), ns.name(), Mptcpctl } + options
                + QStringList { QStringLiteral("monitor") });
    }
    ~Monitor()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    bool started() { return m_process.waitForStarted(10000); }

    // Lines read so far; waits up to `ms` for more output first.
    const QStringList &lines(int ms = 0)
    {
        if (ms > 0)
            m_process.waitForReadyRead(ms);
        m_pending += m_process.readAllStandardOutput();
        qsizetype end;
        while ((end = m_pending.indexOf('\n')) >= 0) {
            m_lines << QString::fromUtf8(m_pending.left(end));
            m_pending.remove(0, end + 1);
        }
        return m_lines;
    }

    // SIGTERM is how a user stops it; it must end cleanly (exit 0).
    int stop()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(10000))
            return -1;
        lines();
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }

    QString errors() { return QString::fromUtf8(m_process.readAllStandardError()); }

private:
    QProcess m_process;
    QByteArray m_pending;
    QStringList m_lines;
};

// An MPTCP socket created inside `ns` (it stays there after we leave).
int mptcpSocket(Netns &ns)
{
    if (!ns.enter())
        return -1;
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, IpprotoMptcp);
    ns.leave();
    return fd;
}

sockaddr_in ipv4(const char *address, quint16 port)
{
    sockaddr_in sa {};
    sa.sin_family = AF_INET;
    sa.sin_port = htons(port);
    ::inet_pton(AF_INET, address, &sa.sin_addr);
    return sa;
}

int listenOn(Netns &ns, const char *address, quint16 port)
{
    const int fd = mptcpSocket(ns);
    const int one = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    const sockaddr_in sa = ipv4(address, port);
    if (fd < 0 || ::bind(fd, reinterpret_cast<const sockaddr *>(&sa), sizeof sa) != 0 || ::listen(fd, 4) != 0) {
        if (fd >= 0)
            ::close(fd);
        return -1;
    }
    return fd;
}

std::optional<QJsonObject> findEvent(const QStringList &lines, const QString &event)
{
    for (const QString &line : lines) {
        const QJsonObject object = QJsonDocument::fromJson(line.toUtf8()).object();
        if (object.value(QLatin1String("event")).toString() == event)
            return object;
    }
    return std::nullopt;
}

template<class Predicate> bool waitUntil(Monitor &monitor, Predicate &&done)
{
    QElapsedTimer timer;
    timer.start();
    while (!done(monitor.lines())) {
        if (timer.elapsed() > 10000)
            return false;
        monitor.lines(100);
    }
    return true;
}

bool waitFor(Monitor &monitor, const QString &event)
{
    return waitUntil(monitor, [&](const QStringList &lines) { return findEvent(lines, event).has_value(); });
}

} // namespace

class TestMonitor : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void reportsAConnectionAsJsonLines();

private:
    std::unique_ptr<Netns> m_server;
    std::unique_ptr<Netns> m_client;
};

// Server 10.1.0.1 (+10.1.0.3, announced) <-> client 10.1.0.2.
void TestMonitor::initTestCase()
{
    m_server = std::make_unique<Netns>(QStringLiteral("cli-srv"));
    m_client = std::make_unique<Netns>(QStringLiteral("cli-cli"));
    QVERIFY(m_server->valid() && m_client->valid());
    QCOMPARE(m_server->ip(QStringList { QStringLiteral("link"), QStringLiteral("add"), QStringLiteral("vs"),
                 QStringLiteral("type"), QStringLiteral("veth"), QStringLiteral("peer"), QStringLiteral("name"),
                 QStringLiteral("vc"), QStringLiteral("netns"), m_client->name() }),
        0);
    QCOMPARE(m_server->ip(words("addr add 10.1.0.1/24 dev vs")), 0);
    QCOMPARE(m_server->ip(words("addr add 10.1.0.3/24 dev vs")), 0);
    QCOMPARE(m_server->ip(words("link set vs up")), 0);
    QCOMPARE(m_client->ip(words("addr add 10.1.0.2/24 dev vc")), 0);
    QCOMPARE(m_client->ip(words("link set vc up")), 0);
    // Configured through mptcpctl itself: the server announces its second address,
    // the client accepts the announcement.
    QCOMPARE(m_server->exec(Mptcpctl, words("endpoint add 10.1.0.3 signal")), 0);
    QCOMPARE(m_client->exec(Mptcpctl, words("limits set subflows 2 add_addr_accepted 2")), 0);
}

void TestMonitor::reportsAConnectionAsJsonLines()
{
    Monitor serverJson(*m_server, { QStringLiteral("--json") });
    Monitor serverText(*m_server, {});
    Monitor clientJson(*m_client, { QStringLiteral("-j") });
    QVERIFY(serverJson.started() && serverText.started() && clientJson.started());

    // The monitors subscribe asynchronously: open listeners until both server-side
    // monitors have seen one (which also proves each line is flushed at once).
    constexpr quint16 probePort = 7001;
    QElapsedTimer timer;
    timer.start();
    while (!findEvent(serverJson.lines(), QStringLiteral("LISTENER_CREATED"))
        || !serverText.lines().join(u'\n').contains(QLatin1String("[LISTENER_CREATED]"))) {
        QVERIFY2(timer.elapsed() < 10000, qPrintable(serverJson.errors() + serverText.errors()));
        const int probe = listenOn(*m_server, "10.1.0.1", probePort);
        QVERIFY(probe >= 0);
        ::close(probe);
        serverJson.lines(200);
        serverText.lines(50);
    }
    const QJsonObject listener = *findEvent(serverJson.lines(), QStringLiteral("LISTENER_CREATED"));
    QCOMPARE(listener.value(QLatin1String("saddr4")).toString(), QStringLiteral("10.1.0.1"));
    QCOMPARE(listener.value(QLatin1String("sport")).toInt(), probePort);

    // A real connection; keep it open until the announced address gets its subflow
    // (the join arrives on 10.1.0.3, so the listener takes every address).
    constexpr quint16 port = 7000;
    const int listenFd = listenOn(*m_server, "0.0.0.0", port);
    QVERIFY(listenFd >= 0);
    const int clientFd = mptcpSocket(*m_client);
    QVERIFY(clientFd >= 0);
    const sockaddr_in server = ipv4("10.1.0.1", port);
    QCOMPARE(::connect(clientFd, reinterpret_cast<const sockaddr *>(&server), sizeof server), 0);
    const int acceptedFd = ::accept(listenFd, nullptr, nullptr);
    QVERIFY(acceptedFd >= 0);
    QCOMPARE(::write(clientFd, "x", 1), ssize_t(1));
    char byte = 0;
    QCOMPARE(::read(acceptedFd, &byte, 1), ssize_t(1));
    QVERIFY(waitFor(serverJson, QStringLiteral("ESTABLISHED")));
    QVERIFY(waitFor(clientJson, QStringLiteral("ANNOUNCED")));
    QVERIFY(waitFor(clientJson, QStringLiteral("SF_ESTABLISHED")));
    ::close(acceptedFd);
    ::close(clientFd);
    ::close(listenFd);
    QVERIFY(waitFor(serverJson, QStringLiteral("CLOSED")));
    QVERIFY(waitFor(serverJson, QStringLiteral("LISTENER_CLOSED")));

    // Every line is one complete JSON object.
    for (const QString &line : serverJson.lines() + clientJson.lines()) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line.toUtf8(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError && document.isObject(), qPrintable(line));
    }

    const QJsonObject established = *findEvent(serverJson.lines(), QStringLiteral("ESTABLISHED"));
    const QString token = established.value(QLatin1String("token")).toString();
    QVERIFY2(token.startsWith(QLatin1String("0x")), qPrintable(token));
    QCOMPARE(established.value(QLatin1String("saddr4")).toString(), QStringLiteral("10.1.0.1"));
    QCOMPARE(established.value(QLatin1String("daddr4")).toString(), QStringLiteral("10.1.0.2"));
    QCOMPARE(established.value(QLatin1String("sport")).toInt(), port);
    QCOMPARE(established.value(QLatin1String("server_side")).toBool(), true);
    QCOMPARE(findEvent(serverJson.lines(), QStringLiteral("CLOSED"))->value(QLatin1String("token")).toString(), token);

    const QJsonObject announced = *findEvent(clientJson.lines(), QStringLiteral("ANNOUNCED"));
    QCOMPARE(announced.value(QLatin1String("daddr4")).toString(), QStringLiteral("10.1.0.3"));
    QVERIFY(announced.contains(QLatin1String("remid")));
    const QJsonObject subflow = *findEvent(clientJson.lines(), QStringLiteral("SF_ESTABLISHED"));
    QCOMPARE(subflow.value(QLatin1String("daddr4")).toString(), QStringLiteral("10.1.0.3"));
    QCOMPARE(subflow.value(QLatin1String("saddr4")).toString(), QStringLiteral("10.1.0.2"));
    QCOMPARE(subflow.value(QLatin1String("remid")).toInt(), announced.value(QLatin1String("remid")).toInt());
    QCOMPARE(subflow.value(QLatin1String("backup")).toInt(), 0);
    QCOMPARE(subflow.value(QLatin1String("token")),
        findEvent(clientJson.lines(), QStringLiteral("CREATED"))->value(QLatin1String("token")));

    // The text monitor saw the same connection, in iproute2's layout.
    const QString hexToken = QStringLiteral("%1").arg(token.mid(2).toUInt(nullptr, 16), 8, 16, QLatin1Char('0'));
    const QString closedLine = QStringLiteral("[        CLOSED] token=") + hexToken;
    QVERIFY(waitUntil(serverText, [&](const QStringList &lines) { return lines.join(u'\n').contains(closedLine); }));
    const QString text = serverText.lines().join(u'\n');
    QVERIFY2(text.contains(QStringLiteral("[   ESTABLISHED] token=") + hexToken
                 + QStringLiteral(" remid=0 locid=0 "
                                  "saddr4=10.1.0.1 daddr4=10.1.0.2 sport=7000")),
        qPrintable(text));

    QCOMPARE(serverJson.stop(), 0);
    QCOMPARE(serverText.stop(), 0);
    QCOMPARE(clientJson.stop(), 0);
}

MPTCP_TEST_MAIN_REQUIRING(TestMonitor, mptcp::test::requireMptcp())
#include "tst_monitor.moc"
