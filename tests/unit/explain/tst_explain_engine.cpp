// The engine across devices: NM's 8-endpoint cap and priorities, the kernel table, per-device
// timing (pending), extra kernel endpoints, warnings, verdict sentences, JSON and the
// manual-endpoint predictor.
#include "fixtures.h"

#include <QJsonArray>
#include <QTest>

using namespace mptcp::explain;
using namespace mptcp::explain::test;

namespace {

// A device with `count` global IPv4 addresses 10.<ifindex>.0.1.. and no IPv6 default route.
Device manyAddresses(const char *ifname, int ifindex, int count)
{
    Device d = ethernet(ifname, ifindex);
    d.nmDefaultRoute6 = false;
    d.addresses.clear();
    for (int i = 1; i <= count; ++i) {
        const QByteArray a = QStringLiteral("10.%1.0.%2").arg(ifindex).arg(i).toLatin1();
        d.addresses.append(v4(a.constData(), ifindex));
    }
    return d;
}

QString addr(int ifindex, int i)
{
    return QStringLiteral("10.%1.0.%2").arg(ifindex).arg(i);
}

// The NM 1.42.4 sandbox baseline (nm-polkit-sandbox REPORT.md, V1) as NM's platform sees it.
Snapshot sandboxBaseline()
{
    Snapshot s = baseSnapshot();
    s.kernel.subflowsLimit = 2;
    s.kernel.addAddrAcceptedLimit = 0;
    Device veth0 = ethernet("veth0", 2);
    veth0.addresses = {v4("10.0.0.2", 2), v6("2001:db8::2", 2), v6("fd00::2", 2), v6("fe80::a:2", 2)};
    Device veth1 = ethernet("veth1", 3, 0x12);
    veth1.addresses = {v4("10.0.1.2", 3), v6("2001:db8:1::2", 3), v6("fe80::b:2", 3)};
    Device veth2 = ethernet("veth2", 4, 0x1);
    veth2.nmDefaultRoute4 = false;
    veth2.nmDefaultRoute6 = false;
    veth2.addresses = {v4("10.0.2.2", 4), v6("2001:db8:2::2", 4), v6("fe80::c:2", 4)};
    Device lo;
    lo.ifname = QStringLiteral("lo");
    lo.ifindex = 1;
    lo.type = DeviceType::Loopback;
    lo.state = DeviceState::Unmanaged;
    lo.managed = false;
    lo.addresses = {v4("127.0.0.1", 1, 8), v6("::1", 1, ifaflag::Permanent, 128)};
    s.devices = {veth0, veth1, veth2, lo};
    s.kernel.endpoints = {endpoint(1, "10.0.0.2", kernelflag::Subflow, 2),
                          endpoint(2, "2001:db8::2", kernelflag::Subflow, 2),
                          endpoint(3, "10.0.1.2", kernelflag::Signal, 3),
                          endpoint(4, "2001:db8:1::2", kernelflag::Signal, 3)};
    return s;
}

using Setup = void (*)(Snapshot &);

struct WarningScenario {
    const char *rule;
    Setup setup;
    WarningKind kind;
    bool present;
    const char *fixAction; // "" = none expected
};

// Base for warnings: NM 1.42.4, eth0 with default flags, its endpoints in the kernel.
Snapshot warningBase()
{
    Snapshot s = baseSnapshot();
    s.devices = {ethernet("eth0", 2)};
    s.kernel.endpoints = {endpoint(1, "10.0.2.2", kernelflag::Subflow, 2),
                          endpoint(2, "2001:db8:2::2", kernelflag::Subflow, 2)};
    return s;
}

const WarningScenario warningScenarios[] = {
    {"kernel: subflows limit below subflow endpoints", [](Snapshot &s) { s.kernel.subflowsLimit = 1; },
     WarningKind::SubflowsLimitLow, true, fixaction::RaiseSubflowsLimit},
    {"kernel: subflows limit covers the endpoints", [](Snapshot &s) { s.kernel.subflowsLimit = 2; },
     WarningKind::SubflowsLimitLow, false, ""},
    {"kernel: add_addr_accepted 0", [](Snapshot &s) { s.kernel.addAddrAcceptedLimit = 0; },
     WarningKind::AddAddrAcceptedZero, true, fixaction::RaiseAddAddrAccepted},
    {"kernel: pm_type 1 selects the userspace PM", [](Snapshot &s) { s.kernel.pmType = 1; },
     WarningKind::UserspacePathManager, true, fixaction::SelectKernelPathManager},
    {"kernel: path_manager=userspace", [](Snapshot &s) { s.kernel.pathManager = QStringLiteral("userspace"); },
     WarningKind::UserspacePathManager, true, fixaction::SelectKernelPathManager},
    {"mptcpd running next to NM", [](Snapshot &s) { s.others.mptcpdRunning = true; }, WarningKind::MptcpdRunning,
     true, ""},
    {"nmp-global-tracker.c: manual endpoint on a handled device is deleted on reapply",
     [](Snapshot &s) {
         s.devices[0].addresses.append(v6("fd00::2", 2));
         s.kernel.endpoints.append(endpoint(7, "fd00::2", kernelflag::Signal, 2));
     },
     WarningKind::ManualEndpointOnNmDevice, true, ""},
    {"nmp-global-tracker.c: manual endpoint without dev is left alone",
     [](Snapshot &s) {
         s.devices[0].addresses.append(v6("fd00::2", 2));
         s.kernel.endpoints.append(endpoint(7, "fd00::2", kernelflag::Signal, 0));
     },
     WarningKind::ManualEndpointOnNmDevice, false, ""},
    {"nmp-global-tracker.c: stale endpoint on a handled device",
     [](Snapshot &s) { s.kernel.endpoints.append(endpoint(8, "10.0.2.99", kernelflag::Subflow, 2)); },
     WarningKind::ManualEndpointOnNmDevice, true, ""},
    {"nm-config-data.c: conf default as words is ignored",
     [](Snapshot &s) { s.devices[0].confDefaults = {conf("enabled,subflow")}; }, WarningKind::ConfDefaultIgnored,
     true, fixaction::WriteConfDefaultAsNumber},
    {"nm-config-data.c: conf default as number is fine",
     [](Snapshot &s) { s.devices[0].confDefaults = {conf("0x22")}; }, WarningKind::ConfDefaultIgnored, false, ""},
    {"nm_mptcp_flags_normalize: enabled alone gives flagless endpoints",
     [](Snapshot &s) { s.devices[0].connection->mptcpFlags = 0x2; }, WarningKind::EndpointsWithoutFlags, true,
     fixaction::SetProfileSubflow},
    {"_rp_filter_update: strict conf.all is not relaxed",
     [](Snapshot &s) {
         s.devices[0].rpFilterAll = 1;
         s.devices[0].rpFilter = 0;
     },
     WarningKind::StrictRpFilterFromAll, true, fixaction::LoosenRpFilter},
    {"_rp_filter_update: no warning when IPv4 MPTCP is not handled",
     [](Snapshot &s) {
         s.devices[0].rpFilterAll = 1;
         s.devices[0].nmDefaultRoute4 = false;
     },
     WarningKind::StrictRpFilterFromAll, false, ""},
    {"_rp_filter_update: device rp_filter 1 relaxed only at activation",
     [](Snapshot &s) { s.devices[0].rpFilter = 1; }, WarningKind::StrictRpFilterNotRelaxed, true,
     fixaction::ReconnectDevice},
    {"NM never writes net.mptcp.enabled", [](Snapshot &s) { s.kernel.enabled = 0; }, WarningKind::SysctlDisabled,
     true, fixaction::EnableMptcpSysctl},
    {"reapply needed for a modified profile", [](Snapshot &s) { s.devices[0].connection->savedMptcpFlags = 0x12; },
     WarningKind::ProfileNotReapplied, true, fixaction::ReapplyDevice},
    {"verify(): signal+fullmesh is invalid", [](Snapshot &s) { s.devices[0].connection->mptcpFlags = 0x92; },
     WarningKind::InvalidProfileFlags, true, ""},
    {"verify(): laminar unknown before 1.56", [](Snapshot &s) { s.devices[0].connection->mptcpFlags = 0x122; },
     WarningKind::InvalidProfileFlags, true, ""},
    {"nm-device.c: missing sysctl taken as enabled before 1.46.6",
     [](Snapshot &s) {
         s.kernel.mptcpAvailable = false;
         s.kernel.enabled.reset();
         s.kernel.endpoints.clear();
     },
     WarningKind::MissingSysctlTreatedAsEnabled, true, ""},
    {"nm-device.c: missing sysctl honoured from 1.52",
     [](Snapshot &s) {
         s.networkManager.version = {1, 52, 0};
         s.kernel.mptcpAvailable = false;
         s.kernel.enabled.reset();
         s.kernel.endpoints.clear();
     },
     WarningKind::MissingSysctlTreatedAsEnabled, false, ""},
    {"nmp-global-tracker.c: NM's 8-endpoint cap",
     [](Snapshot &s) {
         s.devices = {manyAddresses("eth0", 2, 9)};
         s.kernel.endpoints.clear();
     },
     WarningKind::NmEndpointCapReached, true, ""},
    {"kernel table full of foreign endpoints",
     [](Snapshot &s) {
         s.kernel.endpoints.clear();
         for (int i = 1; i <= 8; ++i) {
             const QByteArray a = QStringLiteral("192.0.2.%1").arg(i).toLatin1();
             s.kernel.endpoints.append(endpoint(i, a.constData(), kernelflag::Signal, 0, 1000));
         }
     },
     WarningKind::KernelTableFull, true, ""},
};

} // namespace

class TestExplainEngine : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Observed with NM 1.42.4 (sandbox V1): every row agrees with the kernel.
    void sandboxBaselineAgrees()
    {
        const Explanation e = explain(sandboxBaseline());
        for (const Row &r : e.rows)
            QVERIFY2(r.verdict == Verdict::Ok || r.verdict == Verdict::None, qPrintable(r.address));
        QCOMPARE(findRow(e, QStringLiteral("fd00::2"))->reason, Reason::UniqueLocal);
        QCOMPARE(findRow(e, QStringLiteral("10.0.2.2"))->reason, Reason::DisabledForConnection);
        QCOMPARE(findRow(e, QStringLiteral("127.0.0.1"))->reason, Reason::DeviceUnmanaged);
        QCOMPARE(e.activeDevices, 2);
        QCOMPARE(e.consideredDevices, 3);
        QVERIFY(e.extras.isEmpty());
        QVERIFY(hasWarning(e, WarningKind::AddAddrAcceptedZero));
        QVERIFY(!hasWarning(e, WarningKind::SubflowsLimitLow));
    }

    // Observed with NM 1.42.4 (sandbox V7): a hand-made endpoint on a device where NM does
    // not handle MPTCP stays, and no deletion is announced.
    void sandboxForeignEndpointOnDisabledDeviceStays()
    {
        Snapshot s = sandboxBaseline();
        s.kernel.endpoints.append(endpoint(77, "10.0.2.2", kernelflag::Signal, 4));
        const Explanation e = explain(s);
        const Row *r = findRow(e, QStringLiteral("10.0.2.2"));
        QCOMPARE(r->verdict, Verdict::Unexpected);
        QCOMPARE(r->kernelId, 77);
        QVERIFY(r->verdictText.contains(QStringLiteral("leaves it alone")));
        QVERIFY(!hasWarning(e, WarningKind::ManualEndpointOnNmDevice));
    }

    // Observed with NM 1.42.4 (sandbox V6): sysctl set to 0, reapply without profile change
    // keeps the endpoints -> pending, not unexpected.
    void sandboxSysctlOffKeepsEndpointsUntilReconnect()
    {
        Snapshot s = sandboxBaseline();
        s.kernel.enabled = 0;
        const Explanation e = explain(s);
        QCOMPARE(findRow(e, QStringLiteral("10.0.0.2"))->verdict, Verdict::Pending);
        QCOMPARE(findRow(e, QStringLiteral("2001:db8:1::2"))->verdict, Verdict::Pending);
        QCOMPARE(findRow(e, QStringLiteral("10.0.0.2"))->reason, Reason::SysctlDisabled);
    }

    // nmp-global-tracker.c: NM's 8-endpoint cap.
    void nmCapsAtEightEndpoints()
    {
        Snapshot s = baseSnapshot();
        s.devices = {manyAddresses("eth0", 2, 9)};
        const Explanation e = explain(s);
        for (int i = 1; i <= 8; ++i)
            QCOMPARE(findRow(e, addr(2, i))->reason, Reason::Expected);
        QCOMPARE(findRow(e, addr(2, 9))->reason, Reason::NmEndpointCap);
        QVERIFY(!findRow(e, addr(2, 9))->expectedFlags);
    }

    // nm-l3cfg.c priorities: every device's first address outranks other devices' later ones.
    void firstAddressOfEachDeviceWinsTheCap()
    {
        Snapshot s = baseSnapshot();
        s.devices = {manyAddresses("eth0", 2, 8), manyAddresses("eth1", 3, 1)};
        const Explanation e = explain(s);
        QCOMPARE(findRow(e, addr(3, 1))->reason, Reason::Expected);
        for (int i = 1; i <= 7; ++i)
            QCOMPARE(findRow(e, addr(2, i))->reason, Reason::Expected);
        QCOMPARE(findRow(e, addr(2, 8))->reason, Reason::NmEndpointCap);
    }

    // Observed with NM 1.42.4: eth0 came up first with 8 endpoints; eth1's first address now
    // outranks eth0's 8th, but a normal sync keeps NM's own endpoint beyond the cap (only
    // untracked ones are deleted), so eth1's add finds the kernel table full.
    void endpointBeyondTheCapIsKeptUntilReapply()
    {
        Snapshot s = baseSnapshot();
        s.devices = {manyAddresses("eth0", 2, 8), manyAddresses("eth1", 3, 1)};
        for (int i = 1; i <= 8; ++i) {
            const QByteArray a = addr(2, i).toLatin1();
            s.kernel.endpoints.append(endpoint(i, a.constData(), kernelflag::Subflow, 2));
        }
        const Explanation e = explain(s);
        const Row *kept = findRow(e, addr(2, 8));
        QCOMPARE(kept->reason, Reason::KeptBeyondCap);
        QCOMPARE(kept->expectedFlags, std::optional<quint32>(kernelflag::Subflow));
        QCOMPARE(kept->verdict, Verdict::Ok);
        const Row *blocked = findRow(e, addr(3, 1));
        QCOMPARE(blocked->reason, Reason::KernelTableFull);
        QCOMPARE(blocked->verdict, Verdict::None);
        QVERIFY(e.extras.isEmpty());
    }

    // Only an endpoint exactly as NM makes it counts as kept; others beyond the cap are not NM's.
    void endpointBeyondTheCapWithOtherFlagsIsUnexpected()
    {
        Snapshot s = baseSnapshot();
        s.devices = {manyAddresses("eth0", 2, 9)};
        s.kernel.endpoints.append(endpoint(1, "10.2.0.9", kernelflag::Signal, 2));
        const Explanation e = explain(s);
        QCOMPARE(findRow(e, addr(2, 9))->reason, Reason::NmEndpointCap);
        QCOMPARE(findRow(e, addr(2, 9))->verdict, Verdict::Unexpected);
    }

    // IFA_F_SECONDARY (every further IPv4 address of a subnet) has the bit of IFA_F_TEMPORARY.
    void secondaryIPv4AddressIsNotTemporary()
    {
        Snapshot s = baseSnapshot();
        Device d = manyAddresses("eth0", 2, 2);
        d.addresses[1].flags |= ifaflag::Temporary;
        s.devices = {d};
        QCOMPARE(findRow(explain(s), addr(2, 2))->reason, Reason::Expected);
    }

    // nm-l3cfg.c: priorities restart per address family.
    void prioritiesArePerFamily()
    {
        Snapshot s = baseSnapshot();
        Device d = manyAddresses("eth0", 2, 8);
        d.nmDefaultRoute6 = true;
        d.addresses.append(v6("2001:db8:2::2", 2));
        s.devices = {d};
        const Explanation e = explain(s);
        QCOMPARE(findRow(e, QStringLiteral("2001:db8:2::2"))->reason, Reason::Expected);
        QCOMPARE(findRow(e, addr(2, 8))->reason, Reason::NmEndpointCap);
    }

    // nmp-global-tracker.c: one endpoint per address; the earlier-tracked device keeps it.
    void duplicateAddressGoesToOneDevice()
    {
        Snapshot s = baseSnapshot();
        Device a = ethernet("eth0", 2);
        Device b = ethernet("eth1", 3);
        b.addresses = {v4("10.0.2.2", 3)};
        s.devices = {a, b};
        const Explanation e = explain(s);
        const Row *second = nullptr;
        for (const Row &r : e.rows) {
            if (r.device == QLatin1String("eth1"))
                second = &r;
        }
        QVERIFY(second);
        QCOMPARE(second->reason, Reason::DuplicateAddress);
        QVERIFY(second->reasonText.contains(QStringLiteral("eth0")));
    }

    // Observed with NM 1.42.4: the winner's endpoint is the winner's row's; the other device's
    // row for the same address has none (not "unexpected").
    void duplicateAddressEndpointBelongsToTheWinner()
    {
        Snapshot s = baseSnapshot();
        Device a = ethernet("eth0", 2);
        Device b = ethernet("eth1", 3);
        b.addresses = {v4("10.0.2.2", 3)};
        s.devices = {a, b};
        s.kernel.endpoints = {endpoint(1, "10.0.2.2", kernelflag::Subflow, 2),
                              endpoint(2, "2001:db8:2::2", kernelflag::Subflow, 2)};
        const Explanation e = explain(s);
        for (const Row &r : e.rows) {
            if (r.device == QLatin1String("eth1")) {
                QCOMPARE(r.verdict, Verdict::None);
                QVERIFY(!r.kernelFlags);
            } else {
                QCOMPARE(r.verdict, Verdict::Ok);
            }
        }
        QVERIFY(e.extras.isEmpty());
        QVERIFY(!hasWarning(e, WarningKind::ManualEndpointOnNmDevice));
    }

    // Kernel: foreign endpoints keep their slots; NM's adds beyond the cap fail.
    void foreignEndpointsFillTheKernelTable()
    {
        Snapshot s = baseSnapshot();
        s.devices = {manyAddresses("eth0", 2, 2)};
        for (int i = 1; i <= 7; ++i) {
            const QByteArray a = QStringLiteral("192.0.2.%1").arg(i).toLatin1();
            s.kernel.endpoints.append(endpoint(i, a.constData(), kernelflag::Signal, 0));
        }
        const Explanation e = explain(s);
        QCOMPARE(findRow(e, addr(2, 1))->reason, Reason::Expected);
        QCOMPARE(findRow(e, addr(2, 2))->reason, Reason::KernelTableFull);
        QCOMPARE(e.extras.size(), 7);
        QCOMPARE(e.extras.first().kind, ExtraKind::NoDevice);
    }

    void kernelCapFromReaderIsUsed()
    {
        Snapshot s = baseSnapshot();
        s.devices = {manyAddresses("eth0", 2, 3)};
        s.kernel.endpointCap = 2;
        const Explanation e = explain(s);
        QCOMPARE(findRow(e, addr(2, 3))->reason, Reason::KernelTableFull);
    }

    // Kernel refuses a second endpoint for an address held by one NM does not own.
    void addressHeldByForeignEndpoint()
    {
        Snapshot s = baseSnapshot();
        s.devices = {ethernet("eth0", 2)};
        s.kernel.endpoints = {endpoint(4, "10.0.2.2", kernelflag::Signal, 0),
                              endpoint(5, "2001:db8:2::2", kernelflag::Subflow, 2)};
        const Explanation e = explain(s);
        const Row *r = findRow(e, QStringLiteral("10.0.2.2"));
        QCOMPARE(r->reason, Reason::AddressTakenByOtherEndpoint);
        QCOMPARE(r->verdict, Verdict::Unexpected);
        QCOMPARE(findRow(e, QStringLiteral("2001:db8:2::2"))->verdict, Verdict::Ok);
    }

    // NM reads the sysctl per device at its activation: one device with endpoints, one
    // without, both plausible.
    void pendingIsDecidedPerDevice()
    {
        Snapshot s = baseSnapshot();
        s.devices = {ethernet("eth0", 2), ethernet("eth1", 3)};
        s.kernel.endpoints = {endpoint(1, "10.0.2.2", kernelflag::Subflow, 2),
                              endpoint(2, "2001:db8:2::2", kernelflag::Subflow, 2)};
        const Explanation e = explain(s);
        QCOMPARE(findRow(e, QStringLiteral("10.0.2.2"))->verdict, Verdict::Ok);
        QCOMPARE(findRow(e, QStringLiteral("10.0.3.2"))->verdict, Verdict::Pending);
        QVERIFY(findRow(e, QStringLiteral("10.0.3.2"))->verdictText.contains(QStringLiteral("net.mptcp.enabled")));
    }

    // A profile change NM applied on reapply shows as ok; ids are never compared.
    // The reader fell back to the saved profile: a difference may be a change not applied yet.
    void differenceWithUnknownAppliedFlagsIsPending()
    {
        Snapshot s = baseSnapshot();
        Device d = ethernet("eth0", 2, nmflag::Enabled | nmflag::Signal);
        d.connection->appliedKnown = false;
        d.connection->savedMptcpFlags = nmflag::Enabled | nmflag::Subflow;
        s.devices = {d};
        s.kernel.endpoints = {endpoint(1, "10.0.2.2", kernelflag::Subflow, 2),
                              endpoint(2, "2001:db8:2::2", kernelflag::Subflow, 2)};
        const Explanation e = explain(s);
        for (const Row &r : e.rows) {
            if (r.expectedFlags) {
                QCOMPARE(r.verdict, Verdict::Pending);
                QVERIFY(r.verdictText.contains(QLatin1String("not yet applied")));
            }
        }
        QVERIFY(!hasWarning(e, WarningKind::ProfileNotReapplied));
    }

    void agreementWithUnknownAppliedFlagsIsOk()
    {
        Snapshot s = baseSnapshot();
        Device d = ethernet("eth0", 2, nmflag::Enabled | nmflag::Subflow);
        d.connection->appliedKnown = false;
        s.devices = {d};
        s.kernel.endpoints = {endpoint(1, "10.0.2.2", kernelflag::Subflow, 2),
                              endpoint(2, "2001:db8:2::2", kernelflag::Subflow, 2)};
        QCOMPARE(findRow(explain(s), QStringLiteral("10.0.2.2"))->verdict, Verdict::Ok);
    }

    // A match-device spec the reader cannot evaluate, in front of the deciding section.
    void unevaluableMatchDeviceMakesRowsUnknown()
    {
        Snapshot s = baseSnapshot();
        Device d = ethernet("eth0", 2);
        ConfDefault unknown = conf("0x42", "s390-subchannels:0.0.f5f0", false);
        unknown.matchUnknown = true;
        unknown.unsupportedSpec = QStringLiteral("s390-subchannels:0.0.f5f0");
        d.confDefaults = {unknown, conf("0x12")};
        s.devices = {d};
        s.kernel.endpoints = {endpoint(1, "10.0.2.2", kernelflag::Signal, 2)};
        const Explanation e = explain(s);
        const Row *r = findRow(e, QStringLiteral("10.0.2.2"));
        QCOMPARE(r->reason, Reason::ConfMatchUnknown);
        QCOMPARE(r->verdict, Verdict::Unknown);
        QVERIFY(!r->expectedFlags);
        QVERIFY(r->reasonText.contains(QLatin1String("s390-subchannels:0.0.f5f0")));
        QVERIFY(e.extras.isEmpty());
    }

    void unevaluableMatchDeviceThatChangesNothingIsIgnored()
    {
        Snapshot s = baseSnapshot();
        Device d = ethernet("eth0", 2);
        ConfDefault unknown = conf("0x12", "s390-subchannels:0.0.f5f0", false);
        unknown.matchUnknown = true;
        d.confDefaults = {unknown, conf("18")};
        s.devices = {d};
        QCOMPARE(findRow(explain(s), QStringLiteral("10.0.2.2"))->reason, Reason::Expected);
        // Behind the deciding section it is never looked at.
        d.confDefaults = {conf("0x12"), unknown};
        d.confDefaults[1].value = QStringLiteral("0x42");
        s.devices = {d};
        QCOMPARE(findRow(explain(s), QStringLiteral("10.0.2.2"))->reason, Reason::Expected);
        // The profile's own value makes every default irrelevant.
        d = ethernet("eth0", 2, nmflag::Enabled | nmflag::Subflow);
        d.confDefaults = {unknown};
        d.confDefaults[0].value = QStringLiteral("0x42");
        s.devices = {d};
        QCOMPARE(findRow(explain(s), QStringLiteral("10.0.2.2"))->reason, Reason::Expected);
    }

    void reappliedEndpointsWithNewIdsAreOk()
    {
        Snapshot s = baseSnapshot();
        s.devices = {ethernet("eth0", 2, 0x12)};
        s.kernel.endpoints = {endpoint(41, "10.0.2.2", kernelflag::Signal, 2),
                              endpoint(42, "2001:db8:2::2", kernelflag::Signal, 2)};
        const Explanation e = explain(s);
        QCOMPARE(findRow(e, QStringLiteral("10.0.2.2"))->verdict, Verdict::Ok);
        QCOMPARE(findRow(e, QStringLiteral("10.0.2.2"))->kernelId, 41);
    }

    void extraEndpointsAreClassified()
    {
        Snapshot s = baseSnapshot();
        s.devices = {ethernet("eth0", 2)};
        s.otherAddresses = {v4("172.16.0.1", 9)};
        s.kernel.endpoints = {endpoint(1, "10.0.2.2", kernelflag::Subflow, 2),
                              endpoint(2, "2001:db8:2::2", kernelflag::Subflow, 2),
                              endpoint(3, "172.16.0.1", kernelflag::Subflow, 9),
                              endpoint(4, "198.51.100.1", kernelflag::Signal, 0, 443),
                              endpoint(5, "198.51.100.2", kernelflag::Implicit, 0),
                              endpoint(6, "10.0.2.77", kernelflag::Subflow, 2)};
        const Explanation e = explain(s);
        QCOMPARE(e.extras.size(), 4);
        QCOMPARE(e.extras.at(0).kind, ExtraKind::OtherInterface);
        QVERIFY(!e.extras.at(0).nmDeletesIt);
        QCOMPARE(e.extras.at(1).kind, ExtraKind::WithPort);
        QCOMPARE(e.extras.at(2).kind, ExtraKind::Implicit);
        QCOMPARE(e.extras.at(3).kind, ExtraKind::StaleAddress);
        QVERIFY(e.extras.at(3).nmDeletesIt);
    }

    void flagSourceIsReportedPerDevice()
    {
        Snapshot s = baseSnapshot();
        Device a = ethernet("eth0", 2);
        a.confDefaults = {conf("0x12", "interface-name:eth0")};
        Device b = ethernet("eth1", 3, 0x62);
        Device c = ethernet("eth2", 4);
        s.devices = {a, b, c};
        const Explanation e = explain(s);
        QCOMPARE(e.devices.at(0).flags->source, FlagsSource::ConfSection);
        QCOMPARE(e.devices.at(0).flags->confSection, QStringLiteral("connection-mptcp"));
        QCOMPARE(e.devices.at(1).flags->source, FlagsSource::Connection);
        QCOMPARE(e.devices.at(2).flags->source, FlagsSource::BuiltIn);
        QCOMPARE(e.devices.at(2).flags->flags, quint32(0x22));
    }

    void warnings_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < int(std::size(warningScenarios)); ++i)
            QTest::newRow(warningScenarios[i].rule) << i;
    }
    void warnings()
    {
        QFETCH(int, index);
        const WarningScenario &sc = warningScenarios[index];
        Snapshot s = warningBase();
        sc.setup(s);
        const Explanation e = explain(s);
        const Warning *w = findWarning(e, sc.kind);
        QCOMPARE(w != nullptr, sc.present);
        if (w) {
            QVERIFY(!w->text.isEmpty());
            QCOMPARE(w->fixAction, QLatin1String(sc.fixAction));
        }
    }

    void subflowsLimitWarningSaysHowManyAreUsed()
    {
        Snapshot s = warningBase();
        s.kernel.subflowsLimit = 1;
        QVERIFY(findWarning(explain(s), WarningKind::SubflowsLimitLow)->text.contains(QStringLiteral("Only 1 extra")));
        s.kernel.subflowsLimit = 0;
        QVERIFY(findWarning(explain(s), WarningKind::SubflowsLimitLow)->text.contains(QStringLiteral("No extra")));
    }

    void overallVerdictCountsActiveInterfaces()
    {
        Snapshot s = baseSnapshot();
        s.devices = {ethernet("eth0", 2), ethernet("eth1", 3), ethernet("eth2", 4, 0x1)};
        s.kernel.endpoints = {endpoint(1, "10.0.2.2", kernelflag::Subflow, 2),
                              endpoint(2, "2001:db8:2::2", kernelflag::Subflow, 2),
                              endpoint(3, "10.0.3.2", kernelflag::Subflow, 3),
                              endpoint(4, "2001:db8:3::2", kernelflag::Subflow, 3)};
        const Explanation e = explain(s);
        QCOMPARE(e.activeDevices, 2);
        QCOMPARE(e.consideredDevices, 3);
        // Untranslated source text; an English numerus translation turns "(s)" into the plural.
        QCOMPARE(e.verdict, QStringLiteral("MPTCP is active on 2 of 3 interface(s)."));
        QCOMPARE(e.devices.at(2).verdict, reasonText(Reason::DisabledForConnection));
        QVERIFY(e.devices.at(0).verdict.contains(QStringLiteral("active with 2 endpoint(s)")));
    }

    void overallVerdictSystemWideDisabled()
    {
        Snapshot s = baseSnapshot();
        s.devices = {ethernet("eth0", 2)};
        s.kernel.enabled = 0;
        QCOMPARE(explain(s).verdict, QStringLiteral("MPTCP is disabled system-wide (net.mptcp.enabled is 0)."));
        s.kernel.mptcpAvailable = false;
        s.kernel.enabled.reset();
        QCOMPARE(explain(s).verdict, QStringLiteral("This kernel has no MPTCP support."));
    }

    void deviceVerdictWithoutDefaultRoutes()
    {
        Snapshot s = baseSnapshot();
        Device d = ethernet("eth0", 2);
        d.nmDefaultRoute4 = false;
        d.nmDefaultRoute6 = false;
        s.devices = {d};
        const Explanation e = explain(s);
        QVERIFY(e.devices.at(0).verdict.contains(QStringLiteral("no default route")));
        QVERIFY(!e.devices.at(0).ipv4Handled);
    }

    void jsonRowHasTheCliKeys()
    {
        Snapshot s = baseSnapshot();
        Device d = ethernet("eth0", 2);
        d.addresses.append(v6("fe80::2", 2));
        s.devices = {d};
        s.kernel.endpoints = {endpoint(1, "10.0.2.2", kernelflag::Subflow | kernelflag::Backup, 2),
                              endpoint(2, "2001:db8:2::2", kernelflag::Subflow, 2)};
        const Explanation e = explain(s);

        const QJsonObject mismatch = toJson(*findRow(e, QStringLiteral("10.0.2.2")));
        QCOMPARE(mismatch.value(QStringLiteral("device")).toString(), QStringLiteral("eth0"));
        QCOMPARE(mismatch.value(QStringLiteral("address")).toString(), QStringLiteral("10.0.2.2"));
        QCOMPARE(mismatch.value(QStringLiteral("expected")).toArray(), QJsonArray{QStringLiteral("subflow")});
        QVERIFY(mismatch.value(QStringLiteral("reason")).isNull());
        QCOMPARE(mismatch.value(QStringLiteral("kernel")).toArray(),
                 (QJsonArray{QStringLiteral("subflow"), QStringLiteral("backup")}));
        QCOMPARE(mismatch.value(QStringLiteral("verdict")).toString(), QStringLiteral("mismatch"));

        const QJsonObject none = toJson(*findRow(e, QStringLiteral("fe80::2")));
        QVERIFY(none.value(QStringLiteral("expected")).isNull());
        QVERIFY(none.value(QStringLiteral("kernel")).isNull());
        QCOMPARE(none.value(QStringLiteral("reason")).toString(), reasonText(Reason::LinkLocal));
        QCOMPARE(none.value(QStringLiteral("verdict")).toString(), QStringLiteral("none"));
        QCOMPARE(none.keys().size(), 6);
    }

    void jsonRowFlaglessEndpointIsEmptyArray()
    {
        Snapshot s = baseSnapshot();
        s.devices = {ethernet("eth0", 2, 0x2)};
        const QJsonObject o = toJson(*findRow(explain(s), QStringLiteral("10.0.2.2")));
        QVERIFY(o.value(QStringLiteral("expected")).isArray());
        QVERIFY(o.value(QStringLiteral("expected")).toArray().isEmpty());
    }

    void jsonExtraEndpoint()
    {
        Snapshot s = baseSnapshot();
        s.devices = {ethernet("eth0", 2)};
        s.kernel.endpoints = {endpoint(6, "10.0.2.77", kernelflag::Signal, 2)};
        const Explanation e = explain(s);
        QCOMPARE(e.extras.size(), 1);
        const QJsonObject o = toJson(e.extras.first(), s);
        QCOMPARE(o.value(QStringLiteral("device")).toString(), QStringLiteral("eth0"));
        QCOMPARE(o.value(QStringLiteral("verdict")).toString(), QStringLiteral("unexpected"));
        QVERIFY(o.value(QStringLiteral("expected")).isNull());
        QCOMPARE(o.value(QStringLiteral("kernel")).toArray(), QJsonArray{QStringLiteral("signal")});
    }

    // nmp-global-tracker.c sync rules seen from `ip mptcp endpoint add`.
    void predictManualEndpoint_data()
    {
        QTest::addColumn<QString>("ifname");
        QTest::addColumn<QString>("address");
        QTest::addColumn<uint>("flags");
        QTest::addColumn<int>("port");
        QTest::addColumn<int>("outcome");
        QTest::newRow("handled device, address NM does not want -> deleted on reapply")
            << QStringLiteral("eth0") << QStringLiteral("10.0.2.50") << uint(kernelflag::Signal) << 0
            << int(ManualEndpointOutcome::DeletedOnReapply);
        QTest::newRow("NM wants the address with other flags -> replaced")
            << QStringLiteral("eth1") << QStringLiteral("10.0.3.2") << uint(kernelflag::Signal) << 0
            << int(ManualEndpointOutcome::ReplacedByNm);
        QTest::newRow("NM's endpoint already holds the address -> refused")
            << QStringLiteral("eth0") << QStringLiteral("10.0.2.2") << uint(kernelflag::Signal) << 0
            << int(ManualEndpointOutcome::AlreadyCreatedByNm);
        QTest::newRow("with a port -> kept") << QStringLiteral("eth0") << QStringLiteral("10.0.2.50")
                                             << uint(kernelflag::Signal) << 8080
                                             << int(ManualEndpointOutcome::Kept);
        QTest::newRow("without dev -> kept") << QString() << QStringLiteral("10.0.2.50") << uint(kernelflag::Signal)
                                             << 0 << int(ManualEndpointOutcome::Kept);
        QTest::newRow("device where NM does not handle MPTCP -> kept")
            << QStringLiteral("eth2") << QStringLiteral("10.0.4.50") << uint(kernelflag::Subflow) << 0
            << int(ManualEndpointOutcome::Kept);
        QTest::newRow("foreign endpoint holds the address -> refused")
            << QStringLiteral("eth2") << QStringLiteral("192.0.2.1") << uint(kernelflag::Subflow) << 0
            << int(ManualEndpointOutcome::RefusedDuplicate);
    }
    void predictManualEndpoint()
    {
        QFETCH(QString, ifname);
        QFETCH(QString, address);
        QFETCH(uint, flags);
        QFETCH(int, port);
        QFETCH(int, outcome);
        Snapshot s = baseSnapshot();
        s.devices = {ethernet("eth0", 2), ethernet("eth1", 3), ethernet("eth2", 4, 0x1)};
        s.kernel.endpoints = {endpoint(1, "10.0.2.2", kernelflag::Subflow, 2),
                              endpoint(2, "192.0.2.1", kernelflag::Signal, 0)};
        const ManualEndpointForecast f =
            mptcp::explain::predictManualEndpoint(s, ifname, address, flags, quint16(port));
        QCOMPARE(int(f.outcome), outcome);
        QVERIFY(!f.text.isEmpty());
    }

    void predictFullKernelTable()
    {
        Snapshot s = baseSnapshot();
        s.devices = {ethernet("eth0", 2)};
        for (int i = 1; i <= 8; ++i) {
            const QByteArray a = QStringLiteral("192.0.2.%1").arg(i).toLatin1();
            s.kernel.endpoints.append(endpoint(i, a.constData(), kernelflag::Signal, 0));
        }
        QCOMPARE(mptcp::explain::predictManualEndpoint(s, QStringLiteral("eth0"), QStringLiteral("10.0.2.50"), 0)
                     .outcome,
                 ManualEndpointOutcome::KernelTableFull);
    }
};

QTEST_GUILESS_MAIN(TestExplainEngine)
#include "tst_explain_engine.moc"
