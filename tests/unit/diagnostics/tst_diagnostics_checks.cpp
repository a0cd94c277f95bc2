// Every check's pure function, with a healthy and a failing input.
#include "inputs.h"

#include <QJsonObject>
#include <QTest>

using namespace mptcp::diagnostics;
using namespace mptcp::diagnostics::test;
namespace ex = mptcp::explain;

namespace {

CounterSample sample(std::initializer_list<std::pair<const char *, quint64>> values)
{
    CounterSample s;
    for (const auto &[name, value] : values)
        s.counters.append({QLatin1String(name), value});
    return s;
}

} // namespace

class TestChecks : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // --- net.mptcp.enabled
    void enabledIsOk() { QCOMPARE(checkMptcpEnabled(inputFor(kernelSnapshot())).verdict, CheckVerdict::Ok); }

    void sysctlZeroFailsWithSysctlFix()
    {
        ex::Snapshot s = kernelSnapshot();
        s.kernel.enabled = 0;
        const CheckResult r = checkMptcpEnabled(inputFor(s));
        QCOMPARE(r.verdict, CheckVerdict::Fail);
        QVERIFY(r.fix);
        QCOMPARE(r.fix->id, QStringLiteral("set-sysctl"));
        QCOMPARE(r.fix->parameters.value(QStringLiteral("name")).toString(), QStringLiteral("net.mptcp.enabled"));
        QCOMPARE(r.fix->parameters.value(QStringLiteral("value")).toString(), QStringLiteral("1"));
    }

    void kernelWithoutMptcpFails()
    {
        ex::Snapshot s = kernelSnapshot();
        s.kernel.mptcpAvailable = false;
        s.kernel.enabled.reset();
        const CheckResult r = checkMptcpEnabled(inputFor(s));
        QCOMPARE(r.verdict, CheckVerdict::Fail);
        QVERIFY(!r.fix);
    }

    // --- userspace path manager
    void kernelPathManagerIsOk()
    {
        QCOMPARE(checkUserspacePathManager(inputFor(kernelSnapshot())).verdict, CheckVerdict::Ok);
    }

    void userspacePathManagerWithoutDaemonFails()
    {
        ex::Snapshot s = kernelSnapshot();
        s.kernel.pathManager = QStringLiteral("userspace");
        s.kernel.pmType = 1;
        const CheckResult r = checkUserspacePathManager(inputFor(s));
        QCOMPARE(r.verdict, CheckVerdict::Fail);
        QCOMPARE(r.fix->parameters.value(QStringLiteral("name")).toString(), QStringLiteral("net.mptcp.path_manager"));
        QCOMPARE(r.fix->parameters.value(QStringLiteral("value")).toString(), QStringLiteral("kernel"));
    }

    void userspacePmTypeOnOlderKernelFixesPmType()
    {
        ex::Snapshot s = kernelSnapshot();
        s.kernel.pathManager.clear();
        s.kernel.pmType = 1;
        const CheckResult r = checkUserspacePathManager(inputFor(s));
        QCOMPARE(r.verdict, CheckVerdict::Fail);
        QCOMPARE(r.fix->parameters.value(QStringLiteral("name")).toString(), QStringLiteral("net.mptcp.pm_type"));
        QCOMPARE(r.fix->parameters.value(QStringLiteral("value")).toString(), QStringLiteral("0"));
    }

    void userspacePathManagerDrivenByMptcpdIsOk()
    {
        ex::Snapshot s = kernelSnapshot();
        s.kernel.pathManager = QStringLiteral("userspace");
        s.others.mptcpdRunning = true;
        QCOMPARE(checkUserspacePathManager(inputFor(s)).verdict, CheckVerdict::Ok);
    }

    // --- mptcpd + NetworkManager
    void mptcpdWithNetworkManagerWarns()
    {
        ex::Snapshot s = nmSnapshot();
        s.others.mptcpdRunning = true;
        QCOMPARE(checkMptcpdWithNetworkManager(inputFor(s)).verdict, CheckVerdict::Warning);
    }

    void networkManagerAloneIsOk()
    {
        QCOMPARE(checkMptcpdWithNetworkManager(inputFor(nmSnapshot())).verdict, CheckVerdict::Ok);
    }

    void mptcpdWithoutNetworkManagerIsNotApplicable()
    {
        ex::Snapshot s = kernelSnapshot();
        s.others.mptcpdRunning = true;
        QCOMPARE(checkMptcpdWithNetworkManager(inputFor(s)).verdict, CheckVerdict::NotApplicable);
    }

    // --- manual endpoints on NM interfaces
    void manualEndpointOnNmInterfaceWarns()
    {
        ex::Snapshot s = nmSnapshot();
        // NM's own endpoints plus one for an address NM does not configure, on eth0.
        s.kernel.endpoints = {endpoint(1, "10.0.2.2", ex::kernelflag::Subflow, 2),
                              endpoint(2, "2001:db8:2::2", ex::kernelflag::Subflow, 2),
                              endpoint(3, "10.0.3.2", ex::kernelflag::Subflow, 3),
                              endpoint(4, "2001:db8:3::2", ex::kernelflag::Subflow, 3),
                              endpoint(9, "192.0.2.9", ex::kernelflag::Signal, 2)};
        s.kernel.subflowsLimit = 8;
        const CheckResult r = checkManualEndpointsOnNmInterfaces(inputFor(s));
        QCOMPARE(r.verdict, CheckVerdict::Warning);
        QVERIFY(r.explanation.contains(QLatin1String("192.0.2.9")));
    }

    void nmOwnEndpointsAreOk()
    {
        ex::Snapshot s = nmSnapshot();
        s.kernel.endpoints = {endpoint(1, "10.0.2.2", ex::kernelflag::Subflow, 2)};
        QCOMPARE(checkManualEndpointsOnNmInterfaces(inputFor(s)).verdict, CheckVerdict::Ok);
    }

    // --- subflows limit (explain's SubflowsLimitLow)
    void subflowsLimitBelowEndpointsWarnsWithLimitFix()
    {
        ex::Snapshot s = kernelSnapshot();
        s.kernel.endpoints = {endpoint(1, "10.0.2.2", ex::kernelflag::Subflow, 2),
                              endpoint(2, "10.0.3.2", ex::kernelflag::Subflow, 3),
                              endpoint(3, "2001:db8:2::2", ex::kernelflag::Subflow, 2)};
        const CheckResult r = checkSubflowsLimit(inputFor(s));
        QCOMPARE(r.verdict, CheckVerdict::Warning);
        QCOMPARE(r.fix->id, QStringLiteral("set-limits"));
        QCOMPARE(r.fix->parameters.value(QStringLiteral("subflows")).toUInt(), 3u);
    }

    void subflowsLimitCoveringEndpointsIsOk()
    {
        ex::Snapshot s = kernelSnapshot();
        s.kernel.endpoints = {endpoint(1, "10.0.2.2", ex::kernelflag::Subflow, 2)};
        QCOMPARE(checkSubflowsLimit(inputFor(s)).verdict, CheckVerdict::Ok);
    }

    void unknownLimitsAreNotApplicable()
    {
        ex::Snapshot s = kernelSnapshot();
        s.kernel.subflowsLimit.reset();
        s.kernel.addAddrAcceptedLimit.reset();
        QCOMPARE(checkSubflowsLimit(inputFor(s)).verdict, CheckVerdict::NotApplicable);
        QCOMPARE(checkAddAddrAccepted(inputFor(s)).verdict, CheckVerdict::NotApplicable);
    }

    // --- add_addr_accepted (explain's AddAddrAcceptedZero)
    void addAddrAcceptedZeroWarns()
    {
        ex::Snapshot s = kernelSnapshot();
        s.kernel.addAddrAcceptedLimit = 0;
        s.kernel.endpoints = {endpoint(1, "10.0.2.2", ex::kernelflag::Subflow, 2)};
        const CheckResult r = checkAddAddrAccepted(inputFor(s));
        QCOMPARE(r.verdict, CheckVerdict::Warning);
        QCOMPARE(r.fix->parameters.value(QStringLiteral("add_addr_accepted")).toUInt(), 2u);
    }

    void addAddrAcceptedAboveZeroIsOk()
    {
        QCOMPARE(checkAddAddrAccepted(inputFor(kernelSnapshot())).verdict, CheckVerdict::Ok);
    }

    // --- rp_filter
    void strictRpFilterFromAllOnEndpointInterfaceWarns()
    {
        ex::Snapshot s = kernelSnapshot();
        s.kernel.endpoints = {endpoint(1, "10.0.3.2", ex::kernelflag::Subflow, 3)};
        DiagnosticsInput in = inputFor(s);
        in.rpFilterAll = 1;
        const CheckResult r = checkRpFilter(in);
        QCOMPARE(r.verdict, CheckVerdict::Warning);
        QVERIFY(r.explanation.contains(QLatin1String("eth1")));
        QCOMPARE(r.fix->parameters.value(QStringLiteral("name")).toString(),
                 QStringLiteral("net.ipv4.conf.eth1.rp_filter"));
        QCOMPARE(r.fix->parameters.value(QStringLiteral("value")).toString(), QStringLiteral("2"));
    }

    void strictRpFilterOnDeviceOfEndpointWithoutDevWarns()
    {
        ex::Snapshot s = kernelSnapshot();
        s.kernel.endpoints = {endpoint(1, "10.0.2.2", ex::kernelflag::Subflow)};
        DiagnosticsInput in = inputFor(s);
        in.interfaces[0].rpFilter = 1;
        QCOMPARE(checkRpFilter(in).verdict, CheckVerdict::Warning);
    }

    void looseDeviceRpFilterWinsOverStrictAll()
    {
        ex::Snapshot s = kernelSnapshot();
        s.kernel.endpoints = {endpoint(1, "10.0.3.2", ex::kernelflag::Subflow, 3)};
        DiagnosticsInput in = inputFor(s);
        in.rpFilterAll = 1;
        in.interfaces[1].rpFilter = 2;
        QCOMPARE(checkRpFilter(in).verdict, CheckVerdict::Ok);
    }

    void strictRpFilterOnInterfaceWithoutEndpointIsIgnored()
    {
        ex::Snapshot s = kernelSnapshot();
        s.kernel.endpoints = {endpoint(1, "10.0.3.2", ex::kernelflag::Subflow, 3)};
        DiagnosticsInput in = inputFor(s);
        in.interfaces[0].rpFilter = 1;
        QCOMPARE(checkRpFilter(in).verdict, CheckVerdict::Ok);
    }

    void rpFilterWithoutIPv4EndpointIsNotApplicable()
    {
        ex::Snapshot s = kernelSnapshot();
        s.kernel.endpoints = {endpoint(1, "2001:db8:2::2", ex::kernelflag::Subflow, 2)};
        DiagnosticsInput in = inputFor(s);
        in.rpFilterAll = 1;
        QCOMPARE(checkRpFilter(in).verdict, CheckVerdict::NotApplicable);
    }

    // --- stale endpoints
    void endpointForVanishedAddressWarnsWithDeleteFix()
    {
        ex::Snapshot s = kernelSnapshot();
        s.kernel.endpoints = {endpoint(1, "10.0.2.2", ex::kernelflag::Subflow, 2),
                              endpoint(7, "10.0.9.9", ex::kernelflag::Subflow, 2)};
        const CheckResult r = checkStaleEndpoints(inputFor(s));
        QCOMPARE(r.verdict, CheckVerdict::Warning);
        QVERIFY(r.explanation.contains(QLatin1String("10.0.9.9")));
        QCOMPARE(r.fix->id, QStringLiteral("delete-endpoint"));
        QCOMPARE(r.fix->parameters.value(QStringLiteral("id")).toInt(), 7);
    }

    void endpointAddressesCompareCanonically()
    {
        ex::Snapshot s = kernelSnapshot();
        s.kernel.endpoints = {endpoint(1, "2001:DB8:2:0::2", ex::kernelflag::Subflow, 2)};
        QCOMPARE(checkStaleEndpoints(inputFor(s)).verdict, CheckVerdict::Ok);
    }

    void endpointOnNonNmLinkIsNotStale()
    {
        ex::Snapshot s = nmSnapshot();
        s.otherAddresses = {address("172.16.0.5", 9)};
        s.kernel.endpoints = {endpoint(1, "172.16.0.5", ex::kernelflag::Subflow, 9)};
        QCOMPARE(checkStaleEndpoints(inputFor(s)).verdict, CheckVerdict::Ok);
    }

    // --- default route per family
    void familyWithAddressesButNoDefaultRouteWarns()
    {
        DiagnosticsInput in = inputFor(kernelSnapshot());
        in.defaultRoutes.removeIf([](const DefaultRoute &r) { return r.family == ex::AddressFamily::IPv6; });
        const CheckResult r = checkDefaultRoutes(in);
        QCOMPARE(r.verdict, CheckVerdict::Warning);
        QVERIFY(r.explanation.contains(QLatin1String("IPv6")));
        QVERIFY(!r.explanation.startsWith(QLatin1String("IPv4")));
    }

    void defaultRoutesForBothFamiliesAreOk()
    {
        QCOMPARE(checkDefaultRoutes(inputFor(kernelSnapshot())).verdict, CheckVerdict::Ok);
    }

    void onlyLinkLocalAddressesAreNotApplicable()
    {
        ex::Snapshot s = kernelSnapshot();
        for (ex::Device &d : s.devices)
            d.addresses = {address("fe80::1", d.ifindex, ex::scope::Link)};
        DiagnosticsInput in = inputFor(s);
        in.defaultRoutes.clear();
        QCOMPARE(checkDefaultRoutes(in).verdict, CheckVerdict::NotApplicable);
    }

    // --- no endpoints
    void emptyEndpointTableWarns()
    {
        QCOMPARE(checkEndpointsPresent(inputFor(kernelSnapshot())).verdict, CheckVerdict::Warning);
    }

    void endpointsPresentAreOk()
    {
        ex::Snapshot s = kernelSnapshot();
        s.kernel.endpoints = {endpoint(1, "10.0.2.2", ex::kernelflag::Subflow, 2)};
        QCOMPARE(checkEndpointsPresent(inputFor(s)).verdict, CheckVerdict::Ok);
    }

    void emptyTableWithUserspacePmIsNotApplicable()
    {
        ex::Snapshot s = kernelSnapshot();
        s.kernel.pathManager = QStringLiteral("userspace");
        QCOMPARE(checkEndpointsPresent(inputFor(s)).verdict, CheckVerdict::NotApplicable);
    }

    // --- NetworkManager version
    void networkManagerBefore140Warns()
    {
        QCOMPARE(checkNetworkManagerVersion(inputFor(nmSnapshot({1, 38, 6}))).verdict, CheckVerdict::Warning);
    }

    void networkManager142IsOk()
    {
        QCOMPARE(checkNetworkManagerVersion(inputFor(nmSnapshot({1, 42, 4}))).verdict, CheckVerdict::Ok);
        QCOMPARE(checkNetworkManagerVersion(inputFor(kernelSnapshot())).verdict, CheckVerdict::NotApplicable);
    }

    // --- fallbacks
    void growingFallbackCounterWarns()
    {
        DiagnosticsInput in = inputFor(kernelSnapshot());
        in.counters = compareSamples(sample({{"MPCapableFallbackSYNACK", 1}, {"MPCapableSYNTX", 1}}),
                                     sample({{"MPCapableFallbackSYNACK", 3}, {"MPCapableSYNTX", 4}}));
        const CheckResult r = checkRecentFallbacks(in);
        QCOMPARE(r.verdict, CheckVerdict::Warning);
        QVERIFY(r.explanation.contains(QLatin1String("MPCapableFallbackSYNACK +2")));
    }

    void noFallbackIsOk()
    {
        DiagnosticsInput in = inputFor(kernelSnapshot());
        in.counters = compareSamples(sample({{"MPCapableFallbackSYNACK", 1}, {"MPCapableSYNTX", 1}}),
                                     sample({{"MPCapableFallbackSYNACK", 1}, {"MPCapableSYNTX", 9}}));
        QCOMPARE(checkRecentFallbacks(in).verdict, CheckVerdict::Ok);
        QCOMPARE(checkRecentFallbacks(inputFor(kernelSnapshot())).verdict, CheckVerdict::NotApplicable);
    }

    // --- metered / mobile broadband
    void meteredNormalPathWarnsWithBackupFix()
    {
        ex::Snapshot s = nmSnapshot();
        s.devices[1].metered = ex::Metered::Yes;
        const CheckResult r = checkMeteredPaths(inputFor(s));
        QCOMPARE(r.verdict, CheckVerdict::Warning);
        QCOMPARE(r.fix->id, QStringLiteral("set-connection-flags"));
        QCOMPARE(r.fix->parameters.value(QStringLiteral("uuid")).toString(), s.devices[1].connection->uuid);
        // NM 1.42's default enabled,subflow plus backup.
        QCOMPARE(r.fix->parameters.value(QStringLiteral("flags")).toUInt(), 0x62u);
        QCOMPARE(r.fix->parameters.value(QStringLiteral("words")).toString(), QStringLiteral("enabled,subflow,backup"));
    }

    void modemNormalPathWarns()
    {
        ex::Snapshot s = nmSnapshot();
        s.devices[0].type = ex::DeviceType::Modem;
        QCOMPARE(checkMeteredPaths(inputFor(s)).verdict, CheckVerdict::Warning);
    }

    void meteredBackupPathIsOk()
    {
        ex::Snapshot s = nmSnapshot();
        s.devices[1].metered = ex::Metered::GuessYes;
        s.devices[1].connection->mptcpFlags = ex::nmflag::Enabled | ex::nmflag::Subflow | ex::nmflag::Backup;
        QCOMPARE(checkMeteredPaths(inputFor(s)).verdict, CheckVerdict::Ok);
    }

    void meteredWithMptcpDisabledIsOk()
    {
        ex::Snapshot s = nmSnapshot();
        s.devices[1].metered = ex::Metered::Yes;
        s.devices[1].connection->mptcpFlags = ex::nmflag::Disabled;
        QCOMPARE(checkMeteredPaths(inputFor(s)).verdict, CheckVerdict::Ok);
    }

    void noMeteredConnectionIsNotApplicable()
    {
        QCOMPARE(checkMeteredPaths(inputFor(nmSnapshot())).verdict, CheckVerdict::NotApplicable);
    }

    // --- the list
    void runChecksRunsEveryCheckOnce()
    {
        const QList<CheckResult> results = runChecks(inputFor(kernelSnapshot()));
        QCOMPARE(results.size(), allChecks().size());
        QSet<QString> ids;
        for (const CheckResult &r : results) {
            QVERIFY(!r.title.isEmpty());
            QVERIFY(!r.explanation.isEmpty());
            ids.insert(r.id);
        }
        QCOMPARE(ids.size(), results.size());
    }

    void exitStatusIsNonZeroOnlyWhenACheckFails()
    {
        ex::Snapshot s = kernelSnapshot();
        s.kernel.endpoints = {endpoint(1, "10.0.2.2", ex::kernelflag::Subflow, 2)};
        QCOMPARE(exitStatus(runChecks(inputFor(s))), 0);
        s.kernel.endpoints.clear(); // a warning only
        QCOMPARE(exitStatus(runChecks(inputFor(s))), 0);
        s.kernel.enabled = 0;
        QCOMPARE(exitStatus(runChecks(inputFor(s))), 1);
    }

    void jsonAndTextCarryVerdictAndFix()
    {
        ex::Snapshot s = kernelSnapshot();
        s.kernel.enabled = 0;
        const CheckResult r = checkMptcpEnabled(inputFor(s));
        const QJsonObject o = toJson(r);
        QCOMPARE(o.value(QStringLiteral("id")).toString(), QStringLiteral("mptcp-enabled"));
        QCOMPARE(o.value(QStringLiteral("verdict")).toString(), QStringLiteral("fail"));
        QCOMPARE(o.value(QStringLiteral("fix")).toObject().value(QStringLiteral("id")).toString(),
                 QStringLiteral("set-sysctl"));
        QVERIFY(toJson(checkMptcpEnabled(inputFor(kernelSnapshot()))).value(QStringLiteral("fix")).isNull());
        const QString text = renderChecks({r});
        QVERIFY(text.startsWith(QLatin1String("[FAIL] ")));
        QVERIFY(text.contains(QLatin1String("set-sysctl")));
        QCOMPARE(verdictName(CheckVerdict::NotApplicable), QStringLiteral("not-applicable"));
    }
};

QTEST_GUILESS_MAIN(TestChecks)
#include "tst_diagnostics_checks.moc"
