// The real backend end to end: a real NetworkManager in the test sandbox (private
// system bus, its own network namespace) seen through SystemBackend and the Session,
// and a change of connection.mptcp-flags reaching the kernel's endpoint table.
#include "mptcp/models/session.h"
#include "mptcp/models/systembackend.h"
#include "mptcp/nm/networkmanagerreader.h"
#include "nmsandbox.h"
#include "sandbox.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace mptcp;
using namespace Qt::StringLiterals;
using mptcp::test::EnteredNetns;
using mptcp::test::Sandbox;

namespace {

constexpr int TimeoutMs = 20000;

const models::DeviceInfo *device(const models::SystemState &state, const QString &ifname)
{
    for (const models::DeviceInfo &d : state.devices) {
        if (d.ifname == ifname)
            return &d;
    }
    return nullptr;
}

} // namespace

class TestSystemBackend : public QObject {
    Q_OBJECT
    Sandbox m_sb;
    std::unique_ptr<models::SystemBackend> m_backend;
    std::unique_ptr<models::Session> m_session;

    QString kernelEndpoints() const
    {
        QString out;
        m_sb.ip({u"mptcp"_s, u"endpoint"_s, u"show"_s}, &out);
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Sandbox::Options o; // veth0 and veth1, each with a default profile and gateway
        QString error;
        QVERIFY2(m_sb.up(o, &error), qPrintable(error));
        qputenv("DBUS_SYSTEM_BUS_ADDRESS", m_sb.busAddress().toUtf8());
        const nm::NmConfPaths conf = mptcp::test::sandboxNmConf(m_sb);
        // As the app does until its first frame is shown: libnm is not loaded yet.
        nm::NetworkManagerReader::holdBack();
        {
            EnteredNetns ns(m_sb.deviceNetns());
            QVERIFY(ns.entered());
            m_backend = std::make_unique<models::SystemBackend>(conf);
        }
        m_session = std::make_unique<models::Session>(m_backend.get());
        // The kernel is read; NetworkManager is "being read", not reported absent.
        QTRY_VERIFY_WITH_TIMEOUT(!m_backend->state().endpoints.isEmpty(), TimeoutMs);
        QTest::qWait(300);
        QVERIFY(!m_session->nmKnown());
        QVERIFY(!m_session->loaded());
        QCOMPARE(m_session->verdict(), u"Reading NetworkManager…"_s);
        QCOMPARE(m_session->verdictTone(), u"pending"_s);
        QCOMPARE(m_session->nmStatusText(), u"Connecting…"_s);
        QVERIFY(!m_backend->state().devices.isEmpty());
        for (const models::DeviceInfo &d : m_backend->state().devices)
            QCOMPARE(d.stateText, u"Reading NetworkManager…"_s);

        nm::NetworkManagerReader::release();
        QTRY_VERIFY_WITH_TIMEOUT(m_session->loaded() && m_session->nmRunning(), TimeoutMs);
        QVERIFY(m_session->nmKnown());
        QVERIFY(m_session->verdict() != u"Reading NetworkManager…"_s);
        QTRY_VERIFY_WITH_TIMEOUT(device(m_backend->state(), u"veth0"_s) && device(m_backend->state(), u"veth1"_s),
                                 TimeoutMs);
    }

    void cleanupTestCase()
    {
        m_session.reset();
        m_backend.reset();
        QString error;
        QVERIFY2(m_sb.down(&error), qPrintable(error));
    }

    void showsNetworkManagerDevicesWithTheirEndpoints()
    {
        QTRY_VERIFY2_WITH_TIMEOUT(device(m_backend->state(), u"veth0"_s)->mptcpActive, qPrintable(kernelEndpoints()),
                                  TimeoutMs);
        const models::DeviceInfo *veth0 = device(m_backend->state(), u"veth0"_s);
        QCOMPARE(veth0->connectionName, u"sb-veth0"_s);
        QVERIFY(veth0->connected);
        QCOMPARE(m_session->devices()->data(m_session->devices()->index(0), models::DeviceModel::MptcpModeRole).toString(),
                 u"default"_s);
        bool sawNmEndpoint = false;
        for (const models::EndpointInfo &e : m_backend->state().endpoints)
            sawNmEndpoint |= e.origin == models::EndpointOrigin::NetworkManager && e.interfaceName == u"veth0"_s;
        QVERIFY2(sawNmEndpoint, qPrintable(kernelEndpoints()));
        // 10.0.0.2 gets the built-in default "subflow" and the kernel agrees.
        bool checked = false;
        for (const models::AddressInfo &a : veth0->addresses) {
            if (a.address != u"10.0.0.2"_s)
                continue;
            QCOMPARE(a.expected.value_or(QStringList{}), QStringList{u"subflow"_s});
            QCOMPARE(a.verdict, models::Verdict::Ok);
            checked = true;
        }
        QVERIFY(checked);
        QVERIFY(m_session->verdict().contains(u"2"_s));
    }

    void turningMptcpOffForAConnectionReachesTheKernel()
    {
        const QString uuid = device(m_backend->state(), u"veth0"_s)->connectionUuid;
        QVERIFY(!uuid.isEmpty());
        std::unique_ptr<models::PendingAction> action(m_session->setConnectionMptcp(uuid, u"off"_s, {}));
        QSignalSpy finished(action.get(), &models::PendingAction::finished);
        QVERIFY(finished.wait(TimeoutMs));
        QVERIFY2(action->succeeded(), qPrintable(action->errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(!kernelEndpoints().contains(u"10.0.0.2"_s), TimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(!device(m_backend->state(), u"veth0"_s)->mptcpActive, TimeoutMs);
        QCOMPARE(device(m_backend->state(), u"veth0"_s)->connectionFlags, 0x1u);
        QVERIFY(device(m_backend->state(), u"veth1"_s)->mptcpActive);
    }

    void helperAbsenceIsReported()
    {
        // The sandbox runs no mptcp-settings-helper: kernel changes fail with a clear error.
        std::unique_ptr<models::PendingAction> action(m_session->setLimits(2, 2, false));
        QSignalSpy finished(action.get(), &models::PendingAction::finished);
        QVERIFY(finished.wait(TimeoutMs));
        QVERIFY(action->failed());
        QVERIFY(!action->errorString().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!m_session->helperAvailable(), TimeoutMs);
    }
};

MPTCP_TEST_MAIN_REQUIRING(TestSystemBackend, mptcp::test::Sandbox::unavailableReason())
#include "tst_systembackend.moc"
