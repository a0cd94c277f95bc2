// The Activity page on real MPTCP traffic: two namespaces ("client", "server")
// joined by two veth pairs shaped with tbf like the lab's Wi-Fi and LTE, one MPTCP
// connection sending continuously over both. The page (sampling while its window is
// shown) must list it with two subflows on the right interfaces, show them, with
// growing byte counters, and plot both paths.
#include "testsupport.h"

#include "appcontext.h"

#include "mptcp/activity/connectionsmodel.h"
#include "mptcp/models/fakebackend.h"
#include "mptcp/models/session.h"

#include <QGuiApplication>
#include <QQmlEngine>
#include <QQmlEngineExtensionPlugin>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickView>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <arpa/inet.h>
#include <atomic>
#include <netinet/in.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>
#include <vector>

#ifndef IPPROTO_MPTCP
#define IPPROTO_MPTCP 262
#endif

Q_IMPORT_QML_PLUGIN(Mptcp_SettingsPlugin)

using mptcp::activity::ConnectionsModel;
using mptcp::test::Netns;

namespace {

QQuickItem *findItem(QQuickItem *root, const QString &name)
{
    if (!root)
        return nullptr;
    if (root->objectName() == name)
        return root;
    const auto children = root->childItems();
    for (QQuickItem *child : children) {
        if (QQuickItem *found = findItem(child, name))
            return found;
    }
    return nullptr;
}

quint64 bytesSent(const QQuickItem *item)
{
    return item ? item->property("bytesSent").toULongLong() : 0;
}

// Writes into an MPTCP socket from its own thread until stopped.
class Sender {
public:
    explicit Sender(int fd)
        : m_fd(fd)
        , m_thread([this] {
            const std::vector<char> chunk(1 << 16, 'x');
            while (!m_stop.load()) {
                if (::send(m_fd, chunk.data(), chunk.size(), MSG_NOSIGNAL) < 0)
                    break;
            }
        })
    {
    }
    ~Sender()
    {
        m_stop = true;
        ::shutdown(m_fd, SHUT_RDWR); // wakes a blocked send()
        m_thread.join();
        ::close(m_fd);
    }
    Sender(const Sender &) = delete;
    Sender &operator=(const Sender &) = delete;

private:
    int m_fd;
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
};

} // namespace

class TestActivityLive : public QObject {
    Q_OBJECT

private:
    Netns m_client{QStringLiteral("agc")};
    Netns m_server{QStringLiteral("ags")};
    QTemporaryDir m_config;
    mptcp::models::FakeBackend m_backend;
    mptcp::models::Session m_session{&m_backend};

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_client.valid());
        QVERIFY(m_server.valid());
        QVERIFY(m_config.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_config.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_config.path());
        QQuickStyle::setStyle(QStringLiteral("Fusion"));
        mptcp::gui::AppContext::setup(&m_session, {});

        QCOMPARE(mptcp::test::setUpTwoPaths(m_client, m_server, 73), QString());
        // Wi-Fi faster than LTE, both slower than the sender: each path's queue fills,
        // so the scheduler keeps both subflows busy.
        const QStringList shape{QStringLiteral("root"), QStringLiteral("tbf"), QStringLiteral("rate"), {},
                                QStringLiteral("burst"), QStringLiteral("32kbit"), QStringLiteral("latency"), QStringLiteral("100ms")};
        QStringList wifi = shape;
        wifi[3] = QStringLiteral("40mbit");
        QStringList lte = shape;
        lte[3] = QStringLiteral("10mbit");
        QCOMPARE(m_client.exec(QStringLiteral("tc"), QStringList{QStringLiteral("qdisc"), QStringLiteral("add"), QStringLiteral("dev"), QStringLiteral("c1")} + wifi), 0);
        QCOMPARE(m_client.exec(QStringLiteral("tc"), QStringList{QStringLiteral("qdisc"), QStringLiteral("add"), QStringLiteral("dev"), QStringLiteral("c2")} + lte), 0);
    }

    void pageShowsBothPathsWithGrowingBytes()
    {
        mptcp::test::DrainServer drain(m_server.name());
        QVERIFY(drain.port() != 0);
        QVERIFY(m_client.enter());
        const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, IPPROTO_MPTCP);
        sockaddr_in to{};
        to.sin_family = AF_INET;
        to.sin_port = htons(drain.port());
        ::inet_pton(AF_INET, "10.73.1.2", &to.sin_addr);
        const bool connected = fd >= 0 && ::connect(fd, reinterpret_cast<const sockaddr *>(&to), sizeof to) == 0;
        m_client.leave();
        QVERIFY(connected);
        Sender sender(fd);

        ConnectionsModel model;
        model.setIntervalMs(300);
        model.setNetworkNamespace(QStringLiteral("/run/netns/") + m_client.name());
        model.setInterfaceTypes({{QStringLiteral("c1"), QStringLiteral("wifi")}, {QStringLiteral("c2"), QStringLiteral("mobile")}});

        QQuickView view;
        view.engine()->addImportPath(QStringLiteral("qrc:/qt/qml"));
        view.setInitialProperties({{QStringLiteral("model"), QVariant::fromValue(&model)}});
        view.setResizeMode(QQuickView::SizeRootObjectToView);
        view.resize(1000, 900);
        view.setSource(QUrl(QStringLiteral("qrc:/qt/qml/Mptcp/Settings/pages/activity/ActivityPage.qml")));
        QVERIFY2(view.status() == QQuickView::Ready, qPrintable(view.errors().isEmpty() ? QString() : view.errors().constFirst().toString()));
        view.show();
        QTRY_VERIFY(view.isExposed());
        // Shown: the page turned sampling on.
        QTRY_VERIFY(model.active());

        QQuickItem *page = view.rootObject();
        QQuickItem *row = nullptr;
        const auto bothPaths = [&] {
            row = findItem(page, QStringLiteral("connection_0"));
            return row && row->property("subflowCount").toInt() == 2;
        };
        QTRY_VERIFY_WITH_TIMEOUT(bothPaths(), 15000);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(row->property("remote").toString(), QStringLiteral("10.73.1.2:%1").arg(drain.port()));
        QCOMPARE(row->property("fallback").toBool(), false);
        QStringList interfaces = row->property("interfaces").toStringList();
        interfaces.sort();
        QCOMPARE(interfaces, (QStringList{QStringLiteral("c1"), QStringLiteral("c2")}));
        // No translator loaded: the plural reads "connection(s)".
        QTRY_VERIFY(findItem(page, QStringLiteral("summaryLabel"))->property("text").toString().contains(QLatin1String(" over Wi-Fi + LTE")));

        // A lone connection shows its subflows, one row each, on its interface.
        QTRY_VERIFY(findItem(row, QStringLiteral("subflow_1")));
        QQuickItem *wifi = nullptr;
        QQuickItem *lte = nullptr;
        for (const QString &name : {QStringLiteral("subflow_0"), QStringLiteral("subflow_1")}) {
            QQuickItem *subflow = findItem(row, name);
            (subflow->property("ifname").toString() == QLatin1String("c1") ? wifi : lte) = subflow;
        }
        QVERIFY(wifi && lte);
        QCOMPARE(wifi->property("pathName").toString(), QStringLiteral("Wi-Fi (c1)"));
        QCOMPARE(lte->property("pathName").toString(), QStringLiteral("LTE (c2)"));
        QCOMPARE(lte->property("ifname").toString(), QStringLiteral("c2"));

        // Both paths carry the traffic: every counter grows between page refreshes.
        const quint64 connectionBefore = bytesSent(row);
        const quint64 wifiBefore = bytesSent(wifi);
        const quint64 lteBefore = bytesSent(lte);
        QTRY_VERIFY_WITH_TIMEOUT(bytesSent(row) > connectionBefore + 100'000, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(bytesSent(wifi) > wifiBefore + 50'000, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(bytesSent(lte) > lteBefore + 50'000, 10000);

        // And the plot has a line per path.
        QTRY_COMPARE(model.history()->count(), 2);
        QQuickItem *chartLoader = findItem(page, QStringLiteral("chartLoader"));
        QVERIFY(chartLoader);
        QTRY_VERIFY(chartLoader->property("item").value<QObject *>() != nullptr);
        QTRY_COMPARE(chartLoader->property("item").value<QObject *>()->property("count").toInt(), 2);

        // Hidden, the page stops reading.
        view.hide();
        QTRY_VERIFY(!model.active());
    }
};

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    const QString why = mptcp::test::requireMptcp();
    if (!why.isEmpty()) {
        std::fprintf(stderr, "SKIP: %s\n", qPrintable(why));
        return mptcp::test::SkipExitCode;
    }
    TestActivityLive tc;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&tc, argc, argv);
}

#include "tst_activity_live.moc"
