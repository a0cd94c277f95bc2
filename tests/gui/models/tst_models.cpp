// Model layer of the desktop app: flag mapping, endpoint validation, limit hints,
// minimal list updates and the Session's actions against the fake backend.
#include "mptcp/models/endpointform.h"
#include "mptcp/models/endpointrules.h"
#include "mptcp/models/fakebackend.h"
#include "mptcp/models/mptcpflags.h"
#include "mptcp/models/session.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace mptcp::models;
using namespace Qt::StringLiterals;

namespace {

// NMMptcpFlags (nm-dbus-interface.h)
constexpr quint32 Disabled = 0x1, Enabled = 0x2, AlsoWithoutSysctl = 0x4, Signal = 0x10, Subflow = 0x20,
                  Backup = 0x40, Fullmesh = 0x80;

// Runs `action` to completion and hands it back (owned by the caller).
std::unique_ptr<PendingAction> finish(PendingAction *action)
{
    std::unique_ptr<PendingAction> owned(action);
    if (owned->running()) {
        QSignalSpy spy(owned.get(), &PendingAction::finished);
        spy.wait(5000);
    }
    return owned;
}

int rowOf(const WarningModel *model, const QString &needle)
{
    for (int i = 0; i < model->rowCount(); ++i) {
        if (model->rows().at(i).text.contains(needle))
            return i;
    }
    return -1;
}

} // namespace

class TestModels : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void connectionModeFollowsNetworkManagerFlags_data();
    void connectionModeFollowsNetworkManagerFlags();
    void composingKeepsHiddenBits();
    void invalidFlagCombinationsAreNamed();
    void endpointAddressValidation_data();
    void endpointAddressValidation();
    void endpointIdAndPortValidation();
    void limitHintsNameTheShortfall();
    void endpointFormRevalidatesOnEveryInput();
    void listUpdatesAreMinimal();
    void everyScenarioLoadsAndPassesTheModelTester();
    void scenarioVerdicts_data();
    void scenarioVerdicts();
    void setLimitsReachesTheBackend();
    void deniedActionsReportNotAuthorized();
    void fixEnablesMptcp();
    void sysctlFixLabels_data();
    void sysctlFixLabels();
    void rpFilterFixReachesTheBackend();
    void pathManagerFixSelectsTheKernelPathManager();
    void sysctlFixesWithoutLabelAreNotSent();
    void turningAConnectionOffRemovesItsEndpoints();
    void invalidInputIsRejectedWithoutCallingTheBackend();
};

void TestModels::connectionModeFollowsNetworkManagerFlags_data()
{
    QTest::addColumn<quint32>("flags");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QStringList>("words");
    QTest::newRow("0 = default") << 0u << u"default"_s << QStringList{};
    QTest::newRow("disabled") << Disabled << u"off"_s << QStringList{};
    QTest::newRow("enabled alone") << Enabled << u"on"_s << QStringList{};
    QTest::newRow("subflow,backup") << (Enabled | Subflow | Backup) << u"on"_s << QStringList{u"subflow"_s, u"backup"_s};
    QTest::newRow("signal without enabled bit") << Signal << u"on"_s << QStringList{u"signal"_s};
}

void TestModels::connectionModeFollowsNetworkManagerFlags()
{
    QFETCH(quint32, flags);
    QFETCH(QString, mode);
    QFETCH(QStringList, words);
    const ConnectionMode m = connectionModeOf(flags);
    const QString name = m == ConnectionMode::Default ? u"default"_s : m == ConnectionMode::Off ? u"off"_s : u"on"_s;
    QCOMPARE(name, mode);
    QCOMPARE(endpointWordsOf(flags), words);
}

void TestModels::composingKeepsHiddenBits()
{
    const quint32 previous = Enabled | AlsoWithoutSysctl | Subflow;
    QCOMPARE(composeConnectionFlags(ConnectionMode::On, {u"signal"_s}, previous), Enabled | AlsoWithoutSysctl | Signal);
    QCOMPARE(composeConnectionFlags(ConnectionMode::Off, {u"signal"_s}, previous), Disabled);
    QCOMPARE(composeConnectionFlags(ConnectionMode::Default, {u"subflow"_s}, previous), 0u);
    QCOMPARE(composeConnectionFlags(ConnectionMode::On, {u"subflow"_s}, Disabled), Enabled | Subflow);
}

void TestModels::invalidFlagCombinationsAreNamed()
{
    QVERIFY(!connectionFlagsProblem(Enabled | Subflow | Fullmesh).has_value());
    QVERIFY(connectionFlagsProblem(Enabled | Signal | Fullmesh)->contains(u"fullmesh"_s));
    QVERIFY(connectionFlagsProblem(Disabled | Subflow)->contains(u"disabled"_s));
    QVERIFY(endpointFlagsProblem({u"signal"_s, u"fullmesh"_s}).contains(u"fullmesh"_s));
    QVERIFY(endpointFlagsProblem({u"subflow"_s, u"fullmesh"_s, u"backup"_s}).isEmpty());
}

void TestModels::endpointAddressValidation_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("problem"); // a word of the expected message, u""_s = valid
    QTest::newRow("empty") << u""_s << u"Enter"_s;
    QTest::newRow("ipv4") << u"10.0.0.1"_s << u""_s;
    QTest::newRow("ipv6") << u"2001:db8::1"_s << u""_s;
    QTest::newRow("spaces trimmed") << u" 10.0.0.2 "_s << u""_s;
    QTest::newRow("prefix") << u"10.0.0.1/24"_s << u"prefix"_s;
    QTest::newRow("zone") << u"fe80::1%eth0"_s << u"zone"_s;
    QTest::newRow("garbage") << u"10.0.0.256"_s << u"not a valid"_s;
    QTest::newRow("hostname") << u"example.org"_s << u"not a valid"_s;
    QTest::newRow("duplicate") << u"192.168.1.23"_s << u"already"_s;
    QTest::newRow("duplicate in other spelling") << u"2001:db8:1:0::23"_s << u"already"_s;
}

void TestModels::endpointAddressValidation()
{
    QFETCH(QString, text);
    QFETCH(QString, problem);
    const QList<EndpointInfo> existing{{1, u"192.168.1.23"_s, 0, {u"subflow"_s}, u"eth0"_s, EndpointOrigin::NetworkManager},
                                       {2, u"2001:db8:1::23"_s, 0, {u"subflow"_s}, u"eth0"_s, EndpointOrigin::NetworkManager}};
    const QString message = endpointAddressProblem(text, existing);
    if (problem.isEmpty())
        QVERIFY2(message.isEmpty(), qPrintable(message));
    else
        QVERIFY2(message.contains(problem), qPrintable(message));
}

void TestModels::endpointIdAndPortValidation()
{
    const QList<EndpointInfo> existing{{7, u"10.0.0.7"_s, 0, {u"signal"_s}, u""_s, EndpointOrigin::Manual}};
    QVERIFY(endpointIdProblem(u""_s, existing).isEmpty());
    QVERIFY(endpointIdProblem(u"255"_s, existing).isEmpty());
    QVERIFY(!endpointIdProblem(u"256"_s, existing).isEmpty());
    QVERIFY(!endpointIdProblem(u"-1"_s, existing).isEmpty());
    QVERIFY(!endpointIdProblem(u"x"_s, existing).isEmpty());
    QVERIFY(endpointIdProblem(u"7"_s, existing).contains(u"10.0.0.7"_s));
    QVERIFY(endpointPortProblem(u""_s, {u"subflow"_s}).isEmpty());
    QVERIFY(endpointPortProblem(u"8080"_s, {u"signal"_s}).isEmpty());
    QVERIFY(!endpointPortProblem(u"8080"_s, {u"signal"_s, u"subflow"_s}).isEmpty());
    QVERIFY(!endpointPortProblem(u"8080"_s, {u"subflow"_s}).isEmpty());
    QVERIFY(!endpointPortProblem(u"70000"_s, {u"signal"_s}).isEmpty());
    QVERIFY(endpointInterfaceProblem(u""_s, {u"eth0"_s}).isEmpty());
    QVERIFY(endpointInterfaceProblem(u"eth0"_s, {u"eth0"_s}).isEmpty());
    QVERIFY(!endpointInterfaceProblem(u"eth9"_s, {u"eth0"_s}).isEmpty());
    QVERIFY(!endpointInterfaceProblem(u"averyveryverylongname"_s, {u"averyveryverylongname"_s}).isEmpty());
}

void TestModels::limitHintsNameTheShortfall()
{
    const QList<EndpointInfo> endpoints{{1, u"10.0.0.1"_s, 0, {u"subflow"_s}, u"a"_s, EndpointOrigin::Manual},
                                        {2, u"10.0.0.2"_s, 0, {u"subflow"_s}, u"b"_s, EndpointOrigin::Manual},
                                        {3, u"10.0.0.3"_s, 0, {u"subflow"_s, u"backup"_s}, u"c"_s, EndpointOrigin::Manual}};
    const QStringList hints = limitsHints(2, 2, 8, endpoints);
    QVERIFY2(hints.join(u'|').contains(u"3 subflow endpoints but only 2 extra subflows allowed"_s), qPrintable(hints.join(u'|')));
    QVERIFY(limitsHints(3, 0, 8, endpoints).join(u'|').contains(u"ignored"_s));
    QVERIFY(limitsHints(3, 2, 8, endpoints).isEmpty());
    QVERIFY(limitsHints(9, 0, 8, endpoints).join(u'|').contains(u"0 to 8"_s));
}

void TestModels::endpointFormRevalidatesOnEveryInput()
{
    EndpointModel endpoints;
    endpoints.setRows({{1, u"10.0.0.1"_s, 0, {u"subflow"_s}, u"eth0"_s, EndpointOrigin::Manual}});
    EndpointForm form;
    form.setEndpoints(&endpoints);
    form.setInterfaces({u"eth0"_s});
    QSignalSpy changed(&form, &EndpointForm::changed);
    QVERIFY(!form.acceptable());
    form.setAddress(u"10.0.0.1"_s);
    QVERIFY(form.addressError().contains(u"already"_s));
    form.setAddress(u"10.0.0.2"_s);
    QVERIFY(form.acceptable());
    form.setSignalFlag(true);
    form.setFullmeshFlag(true);
    QVERIFY(!form.flagsError().isEmpty());
    QVERIFY(!form.acceptable());
    form.setFullmeshFlag(false);
    form.setPortText(u"8080"_s);
    QVERIFY(!form.portError().isEmpty()); // subflow is still ticked
    form.setSubflowFlag(false);
    QVERIFY(form.acceptable());
    QCOMPARE(form.flags(), QStringList{u"signal"_s});
    QVERIFY(changed.count() >= 7);
    // The table changing under the open dialog revalidates too.
    endpoints.setRows({{1, u"10.0.0.1"_s, 0, {u"subflow"_s}, u"eth0"_s, EndpointOrigin::Manual},
                       {2, u"10.0.0.2"_s, 0, {u"subflow"_s}, u"eth0"_s, EndpointOrigin::Manual}});
    QVERIFY(!form.acceptable());
}

void TestModels::listUpdatesAreMinimal()
{
    EndpointModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const EndpointInfo a{1, u"10.0.0.1"_s, 0, {u"subflow"_s}, u"a"_s, EndpointOrigin::Manual};
    const EndpointInfo b{2, u"10.0.0.2"_s, 0, {u"subflow"_s}, u"b"_s, EndpointOrigin::Manual};
    EndpointInfo c{3, u"10.0.0.3"_s, 0, {u"signal"_s}, u"c"_s, EndpointOrigin::Manual};
    model.setRows({a, c});
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setRows({a, b, c});
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 1);
    c.flags = {u"signal"_s, u"backup"_s};
    model.setRows({b, c});
    QCOMPARE(removed.count(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.data(model.index(1), EndpointModel::FlagsRole).toStringList(), (QStringList{u"signal"_s, u"backup"_s}));
}

void TestModels::everyScenarioLoadsAndPassesTheModelTester()
{
    FakeBackend backend;
    Session session(&backend);
    QAbstractItemModelTester t1(session.devices(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(session.endpoints(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t3(session.warnings(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (const QString &name : FakeBackend::scenarioNames()) {
        QVERIFY(backend.loadScenario(name));
        QVERIFY(!session.verdict().isEmpty());
        QCOMPARE(session.devices()->rowCount(), int(backend.state().devices.size()));
        for (int i = 0; i < session.devices()->rowCount(); ++i) {
            auto *addresses = qobject_cast<AddressModel *>(
                session.devices()->data(session.devices()->index(i), DeviceModel::AddressesRole).value<QObject *>());
            QVERIFY(addresses);
            QCOMPARE(addresses->rowCount(), int(backend.state().devices.at(i).addresses.size()));
        }
    }
    QVERIFY(!backend.loadScenario(u"no-such-scenario"_s));
}

void TestModels::scenarioVerdicts_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("verdict"); // a prefix: plural forms come from the .ts files
    QTest::addColumn<QString>("tone");
    QTest::newRow("typical") << u"typical"_s << u"MPTCP is active on 3 of 4 interface"_s << u"partial"_s;
    QTest::newRow("sysctl off") << u"sysctl-off"_s << u"MPTCP is disabled system-wide"_s << u"off"_s;
    QTest::newRow("no mptcp") << u"no-mptcp"_s << u"MPTCP is not available"_s << u"off"_s;
    QTest::newRow("no default route") << u"no-default-route"_s << u"MPTCP is active on 1 of 4 interface"_s << u"partial"_s;
}

void TestModels::scenarioVerdicts()
{
    QFETCH(QString, scenario);
    QFETCH(QString, verdict);
    QFETCH(QString, tone);
    FakeBackend backend;
    Session session(&backend);
    QVERIFY(backend.loadScenario(scenario));
    QVERIFY2(session.verdict().startsWith(verdict), qPrintable(session.verdict()));
    QCOMPARE(session.verdictTone(), tone);
}

void TestModels::setLimitsReachesTheBackend()
{
    FakeBackend backend;
    backend.setActionDelay(10);
    Session session(&backend);
    QSignalSpy stateChanged(&session, &Session::stateChanged);
    auto action = finish(session.setLimits(5, 4, true));
    QVERIFY(action->succeeded());
    QCOMPARE(backend.lastAction(), QString(u"setLimits 5 4 keep"_s));
    QCOMPARE(session.subflowsLimit(), 5);
    QCOMPARE(session.addAddrAcceptedLimit(), 4);
    QVERIFY(session.limitsPersistent());
    QVERIFY(stateChanged.count() >= 1);
}

void TestModels::deniedActionsReportNotAuthorized()
{
    FakeBackend backend;
    QVERIFY(backend.loadScenario(u"helper-denied"_s));
    backend.setActionDelay(10);
    Session session(&backend);
    auto action = finish(session.setMptcpEnabled(false));
    QVERIFY(action->failed());
    QVERIFY(action->notAuthorized());
    QVERIFY(action->errorString().contains(u"org.mptcp.settings.set-enabled"_s));
    QVERIFY(session.mptcpEnabled());
}

void TestModels::fixEnablesMptcp()
{
    FakeBackend backend;
    QVERIFY(backend.loadScenario(u"sysctl-off"_s));
    backend.setActionDelay(0);
    Session session(&backend);
    const int row = rowOf(session.warnings(), u"net.mptcp.enabled"_s);
    QVERIFY(row >= 0);
    QVERIFY(session.warnings()->data(session.warnings()->index(row), WarningModel::HasFixRole).toBool());
    auto action = finish(session.applyFix(row));
    QVERIFY(action->succeeded());
    QVERIFY(session.mptcpEnabled());
    QCOMPARE(rowOf(session.warnings(), u"net.mptcp.enabled"_s), -1);
}

void TestModels::sysctlFixLabels_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("label"); // empty: no button, only the command
    QTest::newRow("enabled") << u"net.mptcp.enabled"_s << u"1"_s << u"Turn MPTCP on"_s;
    QTest::newRow("pm_type 0") << u"net.mptcp.pm_type"_s << u"0"_s << u"Select the kernel path manager"_s;
    QTest::newRow("path_manager kernel") << u"net.mptcp.path_manager"_s << u"kernel"_s << u"Select the kernel path manager"_s;
    QTest::newRow("rp_filter interface") << u"net.ipv4.conf.wlp2s0.rp_filter"_s << u"2"_s
                                         << u"Use loose reverse-path filtering on wlp2s0"_s;
    QTest::newRow("rp_filter all") << u"net.ipv4.conf.all.rp_filter"_s << u"2"_s
                                   << u"Use loose reverse-path filtering for all interfaces"_s;
    QTest::newRow("rp_filter strict") << u"net.ipv4.conf.wlp2s0.rp_filter"_s << u"1"_s << QString();
    QTest::newRow("rp_filter default") << u"net.ipv4.conf.default.rp_filter"_s << u"2"_s << QString();
    QTest::newRow("pm_type userspace") << u"net.mptcp.pm_type"_s << u"1"_s << QString();
    QTest::newRow("ip_forward") << u"net.ipv4.ip_forward"_s << u"1"_s << QString();
}

void TestModels::sysctlFixLabels()
{
    QFETCH(QString, name);
    QFETCH(QString, value);
    QFETCH(QString, label);
    FakeBackend backend;
    Session session(&backend);
    const QVariantMap parameters{{u"name"_s, name}, {u"value"_s, value}};
    QCOMPARE(session.checkFixLabel(u"set-sysctl"_s, parameters), label);
    // Without a button the command to run stays available.
    QCOMPARE(session.checkFixCommand(u"set-sysctl"_s, parameters), u"sysctl -w %1=%2"_s.arg(name, value));
}

void TestModels::rpFilterFixReachesTheBackend()
{
    FakeBackend backend;
    backend.setActionDelay(0);
    Session session(&backend);
    auto action = finish(session.applyCheckFix(
        u"set-sysctl"_s, {{u"name"_s, u"net.ipv4.conf.wlp2s0.rp_filter"_s}, {u"value"_s, u"2"_s}}));
    QVERIFY2(action->succeeded(), qPrintable(action->errorString()));
    QCOMPARE(backend.lastAction(), u"setSysctl net.ipv4.conf.wlp2s0.rp_filter 2"_s);

    // The helper's answer reaches the user: here, an interface that has gone.
    action = finish(session.applyCheckFix(u"set-sysctl"_s, {{u"name"_s, u"net.ipv4.conf.gone0.rp_filter"_s}, {u"value"_s, u"2"_s}}));
    QVERIFY(action->failed());
    QVERIFY2(action->errorString().contains(u"gone0"_s), qPrintable(action->errorString()));
}

void TestModels::pathManagerFixSelectsTheKernelPathManager()
{
    FakeBackend backend;
    backend.setActionDelay(0);
    Session session(&backend);
    const QString kernelName = session.pathManager();
    bool selected = false;
    backend.setSysctl(u"net.mptcp.path_manager"_s, u"userspace"_s, false, [&selected](const ActionResult &r) { selected = r.ok; });
    QTRY_VERIFY(selected);
    QVERIFY(session.pathManager() != kernelName);

    const int before = backend.actionCount();
    auto action = finish(session.applyCheckFix(u"set-sysctl"_s, {{u"name"_s, u"net.mptcp.path_manager"_s}, {u"value"_s, u"kernel"_s}}));
    QVERIFY2(action->succeeded(), qPrintable(action->errorString()));
    QCOMPARE(backend.actionCount(), before + 1);
    // Not asked to survive a reboot: a fix changes the running system.
    QCOMPARE(backend.lastAction(), u"setSysctl net.mptcp.path_manager kernel"_s);
    QCOMPARE(session.pathManager(), kernelName);

    QVERIFY(backend.loadScenario(u"helper-denied"_s));
    action = finish(session.applyCheckFix(u"set-sysctl"_s, {{u"name"_s, u"net.mptcp.pm_type"_s}, {u"value"_s, u"0"_s}}));
    QVERIFY(action->notAuthorized());
    QVERIFY(action->errorString().contains(u"org.mptcp.settings.set-kernel-options"_s));
}

void TestModels::sysctlFixesWithoutLabelAreNotSent()
{
    FakeBackend backend;
    backend.setActionDelay(0);
    Session session(&backend);
    const int before = backend.actionCount();
    auto action = finish(session.applyCheckFix(u"set-sysctl"_s, {{u"name"_s, u"net.ipv4.ip_forward"_s}, {u"value"_s, u"1"_s}}));
    QVERIFY(action->failed());
    QVERIFY2(action->errorString().contains(u"sysctl -w net.ipv4.ip_forward=1"_s), qPrintable(action->errorString()));
    QCOMPARE(backend.actionCount(), before);
}

void TestModels::turningAConnectionOffRemovesItsEndpoints()
{
    FakeBackend backend;
    backend.setActionDelay(0);
    Session session(&backend);
    const QString uuid = backend.state().devices.at(0).connectionUuid;
    const auto countOn = [&backend](const QString &ifname) {
        return std::count_if(backend.state().endpoints.cbegin(), backend.state().endpoints.cend(),
                             [&](const EndpointInfo &e) { return e.interfaceName == ifname; });
    };
    QCOMPARE(countOn(u"enp3s0"_s), 2);
    auto action = finish(session.setConnectionMptcp(uuid, u"off"_s, {}));
    QVERIFY(action->succeeded());
    QCOMPARE(backend.lastAction(), QString(u"setConnectionMptcpFlags %1 0x1"_s).arg(uuid));
    QCOMPARE(countOn(u"enp3s0"_s), 0);
    QCOMPARE(session.devices()->data(session.devices()->index(0), DeviceModel::MptcpModeRole).toString(), QString(u"off"_s));
    action = finish(session.setConnectionMptcp(uuid, u"on"_s, {u"subflow"_s, u"backup"_s}));
    QVERIFY(action->succeeded());
    QCOMPARE(countOn(u"enp3s0"_s), 2);
    QCOMPARE(backend.state().endpoints.constFirst().flags, (QStringList{u"subflow"_s, u"backup"_s}));
}

void TestModels::invalidInputIsRejectedWithoutCallingTheBackend()
{
    FakeBackend backend;
    Session session(&backend);
    const int before = backend.actionCount();
    auto a1 = finish(session.setLimits(9, 0, false));
    QVERIFY(a1->failed());
    QVERIFY(a1->errorString().contains(u"8"_s));
    auto a2 = finish(session.addEndpoint(u"10.1.1.1/24"_s, u""_s, u""_s, {u"subflow"_s}, u""_s));
    QVERIFY(a2->errorString().contains(u"prefix"_s));
    auto a3 = finish(session.setConnectionMptcp(backend.state().devices.at(0).connectionUuid, u"on"_s, {u"signal"_s, u"fullmesh"_s}));
    QVERIFY(a3->failed());
    auto a4 = finish(session.setEndpointFlags(1, {u"signal"_s}));
    QVERIFY(a4->failed());
    QCOMPARE(backend.actionCount(), before);
}

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
