// ConnectionsModel against real MPTCP connections: two namespaces ("client",
// "server") joined by two veth pairs. The model's worker thread reads the client
// namespace by path (as the app reads the lab's), while this test's main thread
// stays in its own namespace. Deleting the second path's endpoint closes its
// subflow, which the Notifier reports on a private session bus.
#include "fakebus.h"
#include "testsupport.h"

#include "mptcp/activity/connectionsmodel.h"
#include "mptcp/activity/notifier.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <arpa/inet.h>
#include <atomic>
#include <fcntl.h>
#include <functional>
#include <future>
#include <netinet/in.h>
#include <poll.h>
#include <sched.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>
#include <vector>

#ifndef IPPROTO_MPTCP
#define IPPROTO_MPTCP 262
#endif

using namespace mptcp::activity;
using mptcp::test::Netns;

namespace {

sockaddr_in ipv4(const char *ip, std::uint16_t port)
{
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(port);
    ::inet_pton(AF_INET, ip, &a.sin_addr);
    return a;
}


// Re-reads until `pred` holds on the row of the connection from `port` (10 s at most).
int refreshUntil(ConnectionsModel &model, std::uint16_t port, const std::function<bool(const QModelIndex &)> &pred)
{
    for (int attempt = 0; attempt < 100; ++attempt) {
        model.refresh();
        QTest::qWait(100);
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex i = model.index(row);
            if (i.data(ConnectionsModel::LocalPortRole).toUInt() == port && pred(i))
                return row;
        }
    }
    return -1;
}

} // namespace

class TestActivityKernel : public QObject {
    Q_OBJECT

private:
    Netns m_client{QStringLiteral("actc")};
    Netns m_server{QStringLiteral("acts")};
    QTemporaryDir m_config;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_client.valid());
        QVERIFY(m_server.valid());
        QVERIFY(m_config.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_config.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_config.path());
        QCOMPARE(mptcp::test::setUpTwoPaths(m_client, m_server, 72), QString());
    }

    void rowsAppearWithBothSubflowsAndClosingOneNotifies()
    {
        mptcp::test::PrivateBus bus;
        QVERIFY2(bus.valid(), "dbus-daemon did not start");
        mptcp::test::FakeNotifications server(bus.connect(QStringLiteral("server")));
        QVERIFY(server.registered());
        Notifier notifier(bus.connect(QStringLiteral("client")));

        ConnectionsModel model;
        model.setNetworkNamespace(QStringLiteral("/run/netns/") + m_client.name());
        model.setInterfaceTypes({{QStringLiteral("c1"), QStringLiteral("wifi")}, {QStringLiteral("c2"), QStringLiteral("wwan")}});
        connect(&model, &ConnectionsModel::connectionEvents, &notifier, &Notifier::onConnectionEvents);

        mptcp::test::DrainServer drain(m_server.name());
        QVERIFY(drain.port() != 0);
        // Only this socket is made inside the client namespace; the model's worker
        // finds it there on its own.
        QVERIFY(m_client.enter());
        const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, IPPROTO_MPTCP);
        const sockaddr_in to = ipv4("10.72.1.2", drain.port());
        const bool connected = fd >= 0 && ::connect(fd, reinterpret_cast<const sockaddr *>(&to), sizeof to) == 0;
        m_client.leave();
        QVERIFY(connected);
        sockaddr_in self{};
        socklen_t len = sizeof self;
        QCOMPARE(::getsockname(fd, reinterpret_cast<sockaddr *>(&self), &len), 0);
        const std::uint16_t port = ntohs(self.sin_port);

        // The path manager adds subflows once the connection is fully established,
        // which takes the first data.
        const std::vector<char> chunk(1 << 16, 0);
        QVERIFY(::send(fd, chunk.data(), 1000, MSG_NOSIGNAL) == 1000);
        const int row = refreshUntil(model, port, [](const QModelIndex &i) { return i.data(ConnectionsModel::SubflowCountRole).toInt() == 2; });
        QVERIFY2(row >= 0, qPrintable(model.errorString()));
        const QModelIndex i = model.index(row);
        const QString cookie = i.data(ConnectionsModel::CookieRole).toString();
        QCOMPARE(i.data(ConnectionsModel::StateRole).toString(), QStringLiteral("established"));
        QCOMPARE(i.data(ConnectionsModel::RemoteRole).toString(), QStringLiteral("10.72.1.2:%1").arg(drain.port()));
        QCOMPARE(i.data(ConnectionsModel::FallbackRole).toBool(), false);
        QStringList interfaces = i.data(ConnectionsModel::InterfacesRole).toStringList();
        interfaces.sort();
        QCOMPARE(interfaces, (QStringList{QStringLiteral("c1"), QStringLiteral("c2")}));
        QVERIFY2(model.summary().contains(QStringLiteral("Wi-Fi")) && model.summary().contains(QStringLiteral("LTE")), qPrintable(model.summary()));

        // Traffic shows up per interface in the history.
        for (int n = 0; n < 32; ++n)
            QVERIFY(::send(fd, chunk.data(), chunk.size(), MSG_NOSIGNAL) > 0);
        QVERIFY(refreshUntil(model, port, [](const QModelIndex &i) { return i.data(ConnectionsModel::BytesAckedRole).toULongLong() >= (1u << 21); }) >= 0);
        QTRY_VERIFY(model.history()->count() > 0);

        // Deleting the endpoint of the second path closes its subflow.
        QCOMPARE(m_client.ip({QStringLiteral("mptcp"), QStringLiteral("endpoint"), QStringLiteral("delete"), QStringLiteral("id"), QStringLiteral("2")}), 0);
        QVERIFY(refreshUntil(model, port, [](const QModelIndex &i) { return i.data(ConnectionsModel::SubflowCountRole).toInt() == 1; }) >= 0);
        QTRY_COMPARE(server.calls.size(), 1);
        QVERIFY2(server.calls[0].summary.startsWith(QStringLiteral("1 subflow")), qPrintable(server.calls[0].summary));
        QVERIFY2(server.calls[0].body.contains(QStringLiteral("c2")), qPrintable(server.calls[0].body));
        ::close(fd);

        // The closed connection leaves the model.
        const auto gone = [&] {
            model.refresh();
            return model.rowOfCookie(cookie) < 0;
        };
        QTRY_VERIFY_WITH_TIMEOUT(gone(), 10000);
    }
};

MPTCP_TEST_MAIN_REQUIRING(TestActivityKernel, mptcp::test::requireMptcp())
#include "tst_activity_kernel.moc"
