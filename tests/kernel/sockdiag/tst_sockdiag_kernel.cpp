// listConnections() against the running kernel: two namespaces ("client",
// "server") joined by two veth pairs (two paths). The client's in-kernel path
// manager opens a second subflow from an endpoint bound to the second path.
#include "testsupport.h"

#include "mptcp/sockdiag/connections.h"

#include <QTest>

#include <arpa/inet.h>
#include <atomic>
#include <fcntl.h>
#include <sched.h>
#include <chrono>
#include <functional>
#include <future>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>
#include <vector>

#ifndef IPPROTO_MPTCP
#define IPPROTO_MPTCP 262
#endif

using namespace mptcp::sockdiag;
using mptcp::test::Netns;

namespace {

constexpr const char *ClientPath1 = "10.71.1.1";
constexpr const char *ClientPath2 = "10.71.2.1";
constexpr const char *ServerPath1 = "10.71.1.2";

sockaddr_in endpoint(const char *ip, std::uint16_t port)
{
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(port);
    ::inet_pton(AF_INET, ip, &a.sin_addr);
    return a;
}


// Sends `bytes` zero bytes on a blocking socket.
bool sendAll(int fd, std::size_t bytes)
{
    static const std::vector<char> chunk(1 << 16, 0);
    while (bytes > 0) {
        const ssize_t n = ::send(fd, chunk.data(), std::min(bytes, chunk.size()), MSG_NOSIGNAL);
        if (n <= 0)
            return false;
        bytes -= static_cast<std::size_t>(n);
    }
    return true;
}

std::uint16_t localPort(int fd)
{
    sockaddr_in a{};
    socklen_t len = sizeof a;
    ::getsockname(fd, reinterpret_cast<sockaddr *>(&a), &len);
    return ntohs(a.sin_port);
}

// Lists until `pred` holds for the connection on local port `port` (or 10 s pass).
std::optional<MptcpConnection> waitFor(std::uint16_t port, const std::function<bool(const MptcpConnection &)> &pred)
{
    std::optional<MptcpConnection> last;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (std::chrono::steady_clock::now() < deadline) {
        auto snap = listConnections();
        if (!snap) {
            qWarning("listConnections: %s", snap.error().describe().c_str());
            return std::nullopt;
        }
        for (const auto &c : snap->connections) {
            if (c.localPort == port && c.state != TcpState::Listen) {
                last = c;
                if (pred(c))
                    return last;
            }
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return last;
}

std::uint64_t subflowBytesAcked(const MptcpConnection &c)
{
    std::uint64_t sum = 0;
    for (const auto &s : c.subflows)
        sum += s.tcp.bytesAcked;
    return sum;
}

} // namespace

class TestSockDiagKernel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_client.valid());
        QVERIFY(m_server.valid());
        QCOMPARE(mptcp::test::setUpTwoPaths(m_client, m_server, 71), QString());
        // The client side of each test runs in the client namespace.
        QVERIFY(m_client.enter());
    }

    void cleanupTestCase() { m_client.leave(); }

    void connectionShowsBothSubflowsOnTheirInterfaces()
    {
        mptcp::test::DrainServer server(m_server.name(), IPPROTO_MPTCP);
        QVERIFY(server.port() != 0);
        const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, IPPROTO_MPTCP);
        QVERIFY(fd >= 0);
        const sockaddr_in to = endpoint(ServerPath1, server.port());
        QCOMPARE(::connect(fd, reinterpret_cast<const sockaddr *>(&to), sizeof to), 0);
        QVERIFY(sendAll(fd, 256 * 1024));
        const std::uint16_t port = localPort(fd);

        auto c = waitFor(port, [](const MptcpConnection &c) {
            int established = 0;
            for (const auto &s : c.subflows)
                established += s.state == TcpState::Established && s.fullyEstablished();
            // The MPTCP dump runs before the TCP one: wait until both saw the join.
            return established == 2 && c.info && c.info->subflows == 1;
        });
        QVERIFY(c.has_value());
        QCOMPARE(c->subflows.size(), std::size_t(2));
        QCOMPARE(c->state, TcpState::Established);
        QVERIFY(!c->fallback);
        QVERIFY(c->token != 0);
        QCOMPARE(c->localAddress.toString(), std::string(ClientPath1));
        QCOMPARE(c->remoteAddress.toString(), std::string(ServerPath1));
        QCOMPARE(c->remotePort, server.port());
        QVERIFY(c->info.has_value());
        qInfo("kernel sent %u bytes of mptcp_info", unsigned(c->info->length));
        QCOMPARE(c->info->subflows, 1); // one additional subflow
        QCOMPARE(c->info->subflowsMax, 2);
        QCOMPARE(c->info->localAddrUsed, 1);
        if (c->info->hasSubflowsTotal())
            QCOMPARE(c->info->subflowsTotal, 2);

        const Subflow &first = c->subflows[0]; // sorted by local id: the initial one (id 0)
        const Subflow &joined = c->subflows[1];
        QCOMPARE(first.localAddress.toString(), std::string(ClientPath1));
        QCOMPARE(first.interfaceName, std::string("c1"));
        QCOMPARE(first.interfaceSource, InterfaceSource::LocalAddress);
        QVERIFY(first.flags & SubflowMpCapableLocal);
        QCOMPARE(first.localId, 0);
        QCOMPARE(joined.localAddress.toString(), std::string(ClientPath2));
        QCOMPARE(joined.remoteAddress.toString(), std::string(ServerPath1));
        QCOMPARE(joined.interfaceName, std::string("c2"));
        QCOMPARE(joined.interfaceSource, InterfaceSource::BoundDevice); // endpoint has `dev c2`
        QVERIFY(joined.flags & SubflowJoinLocal);
        QVERIFY(joined.remoteToken != 0); // the peer's token travels in MP_JOIN only
        QCOMPARE(joined.localId, 2);
        for (const Subflow &s : c->subflows) {
            QVERIFY(s.hasUlpInfo);
            QCOMPARE(s.localToken, c->token);
            QVERIFY(s.hasTcpInfo);
            QVERIFY(s.tcp.rttUs > 0);
            QVERIFY(s.tcp.cwnd > 0);
            QVERIFY(s.active());
        }

        // Counters grow with more data.
        const std::uint64_t sentBefore = c->info->bytesSent;
        const std::uint64_t ackedBefore = subflowBytesAcked(*c);
        QVERIFY(sendAll(fd, 1024 * 1024));
        // The subflows' TCP ACKs and the connection-level DATA_ACK are
        // accounted at different moments: wait for both counters.
        auto later = waitFor(port, [&](const MptcpConnection &n) {
            if (subflowBytesAcked(n) < ackedBefore + 1024 * 1024)
                return false;
            if (!n.info || !n.info->hasByteCounters())
                return true;
            return n.info->bytesSent >= sentBefore + 1024 * 1024
                && n.info->bytesAcked >= sentBefore + 1024 * 1024;
        });
        QVERIFY(later.has_value());
        QVERIFY(subflowBytesAcked(*later) >= ackedBefore + 1024 * 1024);
        if (later->info->hasByteCounters()) {
            QVERIFY(later->info->bytesSent >= sentBefore + 1024 * 1024);
            QVERIFY(later->info->bytesAcked >= sentBefore + 1024 * 1024);
        }

        // The connection's inode belongs to this very process.
        auto snap = listConnections();
        QVERIFY(snap.ok());
        QVERIFY(resolveOwners(*snap).ok());
        bool found = false;
        for (const auto &x : snap->connections) {
            if (x.localPort == port) {
                found = true;
                QVERIFY(x.owner.has_value());
                QCOMPARE(x.owner->pid, int(::getpid()));
            }
        }
        QVERIFY(found);
        ::close(fd);
    }

    void closingASubflowShowsInTheDiff()
    {
        mptcp::test::DrainServer server(m_server.name(), IPPROTO_MPTCP);
        const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, IPPROTO_MPTCP);
        const sockaddr_in to = endpoint(ServerPath1, server.port());
        QCOMPARE(::connect(fd, reinterpret_cast<const sockaddr *>(&to), sizeof to), 0);
        QVERIFY(sendAll(fd, 64 * 1024));
        const std::uint16_t port = localPort(fd);
        QVERIFY(waitFor(port, [](const MptcpConnection &c) { return c.subflows.size() == 2; }).has_value());
        auto before = listConnections();
        QVERIFY(before.ok());
        // Taking the second path's endpoint away closes its subflow.
        QCOMPARE(m_client.ip({QStringLiteral("mptcp"), QStringLiteral("endpoint"), QStringLiteral("delete"), QStringLiteral("id"), QStringLiteral("2")}), 0);
        QVERIFY(waitFor(port, [](const MptcpConnection &c) { return c.subflows.size() == 1; }).has_value());
        auto after = listConnections();
        QVERIFY(after.ok());
        QCOMPARE(m_client.ip({QStringLiteral("mptcp"), QStringLiteral("endpoint"), QStringLiteral("add"), QLatin1String(ClientPath2),
                              QStringLiteral("dev"), QStringLiteral("c2"), QStringLiteral("id"), QStringLiteral("2"), QStringLiteral("subflow")}),
                 0);
        bool closed = false;
        for (const auto &e : diffSnapshots(*before, *after)) {
            if (e.kind == ConnectionEvent::Kind::SubflowClosed && e.connection.localPort == port) {
                closed = true;
                QCOMPARE(e.subflow->localAddress.toString(), std::string(ClientPath2));
            }
        }
        QVERIFY(closed);
        ::close(fd);
    }

    void plainTcpServerMakesTheConnectionFallBack()
    {
        mptcp::test::DrainServer server(m_server.name(), IPPROTO_TCP);
        QVERIFY(server.port() != 0);
        const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, IPPROTO_MPTCP);
        const sockaddr_in to = endpoint(ServerPath1, server.port());
        QCOMPARE(::connect(fd, reinterpret_cast<const sockaddr *>(&to), sizeof to), 0);
        QVERIFY(sendAll(fd, 64 * 1024));
        auto c = waitFor(localPort(fd), [](const MptcpConnection &c) { return c.fallback; });
        QVERIFY(c.has_value());
        QVERIFY(c->fallback);
        QVERIFY(c->info->flags & InfoFallback);
        QCOMPARE(c->state, TcpState::Established);
        // No MP_JOIN on a fallback connection: only the original TCP connection.
        QCOMPARE(c->subflows.size(), std::size_t(1));
        QVERIFY(!(c->subflows[0].flags & SubflowMpCapableRemote));
        ::close(fd);
    }

    void ipv6ConnectionIsListed()
    {
        const int l = ::socket(AF_INET6, SOCK_STREAM | SOCK_CLOEXEC, IPPROTO_MPTCP);
        QVERIFY(l >= 0);
        sockaddr_in6 a{};
        a.sin6_family = AF_INET6;
        a.sin6_addr = in6addr_loopback;
        socklen_t len = sizeof a;
        QCOMPARE(::bind(l, reinterpret_cast<sockaddr *>(&a), sizeof a), 0);
        QCOMPARE(::listen(l, 4), 0);
        QCOMPARE(::getsockname(l, reinterpret_cast<sockaddr *>(&a), &len), 0);
        const int c = ::socket(AF_INET6, SOCK_STREAM | SOCK_CLOEXEC, IPPROTO_MPTCP);
        QCOMPARE(::connect(c, reinterpret_cast<sockaddr *>(&a), sizeof a), 0);
        const int s = ::accept4(l, nullptr, nullptr, SOCK_CLOEXEC);
        QVERIFY(s >= 0);
        sockaddr_in6 mine{};
        len = sizeof mine;
        ::getsockname(c, reinterpret_cast<sockaddr *>(&mine), &len);

        auto conn = waitFor(ntohs(mine.sin6_port), [](const MptcpConnection &x) { return x.subflows.size() == 1; });
        QVERIFY(conn.has_value());
        QCOMPARE(conn->localAddress.toString(), std::string("::1"));
        QCOMPARE(conn->remoteAddress.toString(), std::string("::1"));
        QCOMPARE(conn->remotePort, ntohs(a.sin6_port));
        QVERIFY(!conn->fallback);
        QCOMPARE(conn->subflows[0].interfaceName, std::string("lo"));
        QCOMPARE(conn->subflows[0].localToken, conn->token);
        for (int fd : {c, s, l})
            ::close(fd);
    }

    void listenerIsListedInListenState()
    {
        mptcp::test::DrainServer server(m_server.name(), IPPROTO_MPTCP);
        m_client.leave();
        QVERIFY(m_server.enter());
        auto all = listConnections();
        ListOptions noListeners;
        noListeners.listeners = false;
        auto active = listConnections(noListeners);
        m_server.leave();
        QVERIFY(m_client.enter());

        QVERIFY(all.ok());
        QVERIFY(active.ok());
        const MptcpConnection *l = nullptr;
        for (const auto &c : all->connections) {
            if (c.localPort == server.port() && c.state == TcpState::Listen)
                l = &c;
        }
        QVERIFY(l != nullptr);
        QCOMPARE(l->token, 0u);
        QVERIFY(l->subflows.empty());
        for (const auto &c : active->connections)
            QVERIFY(c.state != TcpState::Listen);
    }

    void emptyNamespaceListsNothing()
    {
        Netns empty(QStringLiteral("sdempty"));
        QVERIFY(empty.valid());
        m_client.leave();
        QVERIFY(empty.enter());
        auto snap = listConnections();
        empty.leave();
        QVERIFY(m_client.enter());
        QVERIFY(snap.ok());
        QVERIFY(snap->connections.empty());
        QVERIFY(snap->unmatchedSubflows.empty());
        QCOMPARE(snap->skippedMessages, std::size_t(0));
    }

private:
    Netns m_client{QStringLiteral("sdclient")};
    Netns m_server{QStringLiteral("sdserver")};
};

MPTCP_TEST_MAIN_REQUIRING(TestSockDiagKernel, mptcp::test::requireMptcp())
#include "tst_sockdiag_kernel.moc"
