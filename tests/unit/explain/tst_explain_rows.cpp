// Table-driven: one scenario per NetworkManager rule, each checking the endpoint NM is
// expected to create for one address (or the reason it gets none) and the verdict
// against the kernel's table.
#include "fixtures.h"

#include <QTest>

using namespace mptcp::explain;
using namespace mptcp::explain::test;

namespace {

using Setup = void (*)(Snapshot &);

// Base: NM 1.42.4, eth0 (ifindex 2) with 10.0.2.2 and 2001:db8:2::2, both default routes,
// profile flags 0 (default), net.mptcp.enabled=1, empty endpoint table. NM reads the sysctl
// only at activation, so an empty table is exactly what it did if the sysctl was 0 then:
// rows expecting an endpoint are "pending", unless also-without-sysctl makes the sysctl
// irrelevant (then "missing").
struct Scenario {
    const char *rule;     // the NM rule checked (source, versions)
    Setup setup;
    const char *address;  // the row checked
    const char *expected; // "-" = no endpoint, "" = endpoint without flags, else ip-mptcp words
    Reason reason;
    Verdict verdict;
};

Device &eth0(Snapshot &s)
{
    return s.devices[0];
}

const Scenario scenarios[] = {
    // --- flag resolution: built-in default (nm-libnm-core-utils.h _NM_MPTCP_FLAGS_DEFAULT) ---
    {"1.40-1.55 built-in default 0 -> enabled,subflow", [](Snapshot &) {}, "10.0.2.2", "subflow",
     Reason::Expected, Verdict::Pending},
    {"1.54.4 built-in default is still enabled,subflow",
     [](Snapshot &s) { s.networkManager.version = {1, 54, 4}; }, "10.0.2.2", "subflow", Reason::Expected,
     Verdict::Pending},
    {"1.56.0+ built-in default 0 -> enabled,subflow,laminar",
     [](Snapshot &s) { s.networkManager.version = {1, 56, 0}; }, "2001:db8:2::2", "subflow laminar",
     Reason::Expected, Verdict::Pending},
    {"built-in default present in kernel -> ok",
     [](Snapshot &s) { s.kernel.endpoints = {endpoint(1, "10.0.2.2", kernelflag::Subflow, 2)}; }, "10.0.2.2",
     "subflow", Reason::Expected, Verdict::Ok},
    // --- normalisation (nm_mptcp_flags_normalize) ---
    {"disabled (0x1): no endpoints", [](Snapshot &s) { eth0(s).connection->mptcpFlags = 0x1; }, "10.0.2.2", "-",
     Reason::DisabledForConnection, Verdict::None},
    {"disabled wins over other flags (0x21)", [](Snapshot &s) { eth0(s).connection->mptcpFlags = 0x21; },
     "10.0.2.2", "-", Reason::DisabledForConnection, Verdict::None},
    {"enabled alone (0x2): endpoint without flags, subflow NOT added",
     [](Snapshot &s) { eth0(s).connection->mptcpFlags = 0x2; }, "10.0.2.2", "", Reason::Expected,
     Verdict::Pending},
    {"flagless endpoint in kernel -> ok",
     [](Snapshot &s) {
         eth0(s).connection->mptcpFlags = 0x2;
         s.kernel.endpoints = {endpoint(5, "10.0.2.2", 0, 2)};
     },
     "10.0.2.2", "", Reason::Expected, Verdict::Ok},
    {"signal (0x12)", [](Snapshot &s) { eth0(s).connection->mptcpFlags = 0x12; }, "10.0.2.2", "signal",
     Reason::Expected, Verdict::Pending},
    {"subflow without enabled (0x20): enabled implied", [](Snapshot &s) { eth0(s).connection->mptcpFlags = 0x20; },
     "10.0.2.2", "subflow", Reason::Expected, Verdict::Pending},
    {"subflow,backup (0x60)", [](Snapshot &s) { eth0(s).connection->mptcpFlags = 0x62; }, "2001:db8:2::2",
     "subflow backup", Reason::Expected, Verdict::Pending},
    {"subflow,fullmesh (0xa2)", [](Snapshot &s) { eth0(s).connection->mptcpFlags = 0xa2; }, "10.0.2.2",
     "subflow fullmesh", Reason::Expected, Verdict::Pending},
    {"signal+fullmesh: fullmesh dropped", [](Snapshot &s) { eth0(s).connection->mptcpFlags = 0x92; }, "10.0.2.2",
     "signal", Reason::Expected, Verdict::Pending},
    {"signal,subflow,backup (0x72)", [](Snapshot &s) { eth0(s).connection->mptcpFlags = 0x72; }, "10.0.2.2",
     "signal subflow backup", Reason::Expected, Verdict::Pending},
    {"laminar unknown before 1.56: bit cleared", [](Snapshot &s) { eth0(s).connection->mptcpFlags = 0x122; },
     "10.0.2.2", "subflow", Reason::Expected, Verdict::Pending},
    {"laminar honoured from 1.56.0",
     [](Snapshot &s) {
         s.networkManager.version = {1, 56, 0};
         eth0(s).connection->mptcpFlags = 0x122;
     },
     "10.0.2.2", "subflow laminar", Reason::Expected, Verdict::Pending},
    {"unknown bit (0x200) cleared: enabled alone", [](Snapshot &s) { eth0(s).connection->mptcpFlags = 0x200; },
     "10.0.2.2", "", Reason::Expected, Verdict::Pending},
    // --- sysctl gate (nm-device.c _prop_get_connection_mptcp_flags) ---
    {"net.mptcp.enabled=0 disables", [](Snapshot &s) { s.kernel.enabled = 0; }, "10.0.2.2", "-",
     Reason::SysctlDisabled, Verdict::None},
    {"also-without-sysctl alone (0x4): enabled, no endpoint flags",
     [](Snapshot &s) {
         s.kernel.enabled = 0;
         eth0(s).connection->mptcpFlags = 0x4;
     },
     "10.0.2.2", "", Reason::Expected, Verdict::Missing},
    {"also-without-sysctl,subflow (0x24) ignores sysctl 0",
     [](Snapshot &s) {
         s.kernel.enabled = 0;
         eth0(s).connection->mptcpFlags = 0x24;
     },
     "10.0.2.2", "subflow", Reason::Expected, Verdict::Missing},
    {"kernel without MPTCP", [](Snapshot &s) {
         s.kernel.mptcpAvailable = false;
         s.kernel.enabled.reset();
     },
     "10.0.2.2", "-", Reason::KernelWithoutMptcp, Verdict::None},
    // --- default-route gate (nm-l3cfg.c _l3_commit_mptcp_af), per family and per device ---
    {"no NM IPv4 default route on this device", [](Snapshot &s) { eth0(s).nmDefaultRoute4 = false; }, "10.0.2.2",
     "-", Reason::NoDefaultRoute, Verdict::None},
    {"IPv6 unaffected by missing IPv4 default route", [](Snapshot &s) { eth0(s).nmDefaultRoute4 = false; },
     "2001:db8:2::2", "subflow", Reason::Expected, Verdict::Pending},
    {"also-without-default-route (0x28)",
     [](Snapshot &s) {
         eth0(s).nmDefaultRoute4 = false;
         eth0(s).nmDefaultRoute6 = false;
         eth0(s).connection->mptcpFlags = 0x28;
     },
     "10.0.2.2", "subflow", Reason::Expected, Verdict::Pending},
    // --- address exclusions (nm-l3cfg.c _l3_commit_mptcp_af) ---
    {"IPv4 loopback (host scope)",
     [](Snapshot &s) { eth0(s).addresses.append(v4("127.0.0.2", 2, 8)); }, "127.0.0.2", "-", Reason::Loopback,
     Verdict::None},
    {"IPv4 link-local 169.254/16", [](Snapshot &s) { eth0(s).addresses.append(v4("169.254.7.7", 2, 16)); },
     "169.254.7.7", "-", Reason::LinkLocal, Verdict::None},
    {"IPv6 link-local fe80::/10", [](Snapshot &s) { eth0(s).addresses.append(v6("fe80::2", 2)); }, "fe80::2", "-",
     Reason::LinkLocal, Verdict::None},
    {"IPv6 ULA fc00::/7 excluded", [](Snapshot &s) { eth0(s).addresses.append(v6("fd00::2", 2)); }, "fd00::2", "-",
     Reason::UniqueLocal, Verdict::None},
    {"IPv6 site-local fec0::/10 kept", [](Snapshot &s) { eth0(s).addresses.append(v6("fec0::2", 2)); }, "fec0::2",
     "subflow", Reason::Expected, Verdict::Pending},
    {"RFC1918 IPv4 kept", [](Snapshot &s) { eth0(s).addresses = {v4("192.168.1.5", 2)}; }, "192.168.1.5",
     "subflow", Reason::Expected, Verdict::Pending},
    {"IPv6 temporary (privacy) address excluded",
     [](Snapshot &s) { eth0(s).addresses.append(v6("2001:db8:2::abcd", 2, ifaflag::Temporary)); },
     "2001:db8:2::abcd", "-", Reason::TemporaryAddress, Verdict::None},
    {"IPv6 deprecated address kept (no lifetime check)",
     [](Snapshot &s) { eth0(s).addresses.append(v6("2001:db8:2::9", 2, ifaflag::Deprecated)); }, "2001:db8:2::9",
     "subflow", Reason::Expected, Verdict::Pending},
    {"IPv6 noprefixroute address kept",
     [](Snapshot &s) { eth0(s).addresses.append(v6("2001:db8:2::8", 2, ifaflag::NoPrefixRoute)); },
     "2001:db8:2::8", "subflow", Reason::Expected, Verdict::Pending},
    {"address added by another tool",
     [](Snapshot &s) {
         Address a = v4("10.9.9.9", 2);
         a.origin = AddressOrigin::Other;
         eth0(s).addresses.append(a);
     },
     "10.9.9.9", "-", Reason::NotConfiguredByNm, Verdict::None},
    {"tentative IPv6 before 1.50.3: endpoint added anyway",
     [](Snapshot &s) { eth0(s).addresses[1].flags |= ifaflag::Tentative; }, "2001:db8:2::2", "subflow",
     Reason::Expected, Verdict::Pending},
    {"tentative IPv6 on 1.50.2: still added",
     [](Snapshot &s) {
         s.networkManager.version = {1, 50, 2};
         eth0(s).addresses[1].flags |= ifaflag::Tentative;
     },
     "2001:db8:2::2", "subflow", Reason::Expected, Verdict::Pending},
    {"tentative IPv6 on 1.50.3+: waits for DAD -> pending",
     [](Snapshot &s) {
         s.networkManager.version = {1, 50, 3};
         eth0(s).addresses[1].flags |= ifaflag::Tentative;
     },
     "2001:db8:2::2", "subflow", Reason::Tentative, Verdict::Pending},
    {"tentative IPv6 on 1.52: waits for DAD -> pending",
     [](Snapshot &s) {
         s.networkManager.version = {1, 52, 0};
         eth0(s).addresses[1].flags |= ifaflag::Tentative;
     },
     "2001:db8:2::2", "subflow", Reason::Tentative, Verdict::Pending},
    // --- daemon and device state ---
    {"NM not running", [](Snapshot &s) { s.networkManager.running = false; }, "10.0.2.2", "-",
     Reason::NmNotRunning, Verdict::None},
    {"NM not running, endpoint by another tool -> unexpected",
     [](Snapshot &s) {
         s.networkManager.running = false;
         s.kernel.endpoints = {endpoint(1, "10.0.2.2", kernelflag::Signal, 2)};
     },
     "10.0.2.2", "-", Reason::NmNotRunning, Verdict::Unexpected},
    {"NM older than 1.40", [](Snapshot &s) { s.networkManager.version = {1, 38, 6}; }, "10.0.2.2", "-",
     Reason::NmTooOld, Verdict::None},
    {"unmanaged device",
     [](Snapshot &s) {
         eth0(s).managed = false;
         eth0(s).state = DeviceState::Unmanaged;
     },
     "10.0.2.2", "-", Reason::DeviceUnmanaged, Verdict::None},
    {"no active connection",
     [](Snapshot &s) {
         eth0(s).connection.reset();
         eth0(s).state = DeviceState::Disconnected;
     },
     "10.0.2.2", "-", Reason::NoActiveConnection, Verdict::None},
    {"external activation: commit type NONE",
     [](Snapshot &s) { eth0(s).connection->external = true; }, "10.0.2.2", "-", Reason::ExternalConnection,
     Verdict::None},
    {"activating: endpoint comes soon -> pending", [](Snapshot &s) { eth0(s).state = DeviceState::Config; },
     "10.0.2.2", "subflow", Reason::Activating, Verdict::Pending},
    {"deactivating: endpoint still there -> pending",
     [](Snapshot &s) {
         eth0(s).state = DeviceState::Deactivating;
         s.kernel.endpoints = {endpoint(1, "10.0.2.2", kernelflag::Subflow, 2)};
     },
     "10.0.2.2", "-", Reason::Deactivating, Verdict::Pending},
    {"VPN before 1.56 ignores connection.mptcp-flags",
     [](Snapshot &s) {
         eth0(s).type = DeviceType::Vpn;
         eth0(s).connection->mptcpFlags = 0x22;
     },
     "10.0.2.2", "-", Reason::VpnIgnoresFlags, Verdict::None},
    {"VPN from 1.56 honours connection.mptcp-flags",
     [](Snapshot &s) {
         s.networkManager.version = {1, 56, 1};
         eth0(s).type = DeviceType::Vpn;
         eth0(s).connection->mptcpFlags = 0x12;
     },
     "10.0.2.2", "signal", Reason::Expected, Verdict::Pending},
    {"WireGuard is a normal NM device",
     [](Snapshot &s) { eth0(s).type = DeviceType::WireGuard; }, "10.0.2.2", "subflow", Reason::Expected,
     Verdict::Pending},
    {"modem: endpoint on the IP interface (ppp0)",
     [](Snapshot &s) {
         eth0(s).type = DeviceType::Modem;
         eth0(s).ipIfindex = 9;
         eth0(s).ipIfname = QStringLiteral("ppp0");
         s.kernel.endpoints = {endpoint(1, "10.0.2.2", kernelflag::Subflow, 9)};
     },
     "10.0.2.2", "subflow", Reason::Expected, Verdict::Ok},
    // --- conf defaults (nm-config-data.c, numbers only) ---
    {"conf default number 0x62 (global [connection])",
     [](Snapshot &s) { eth0(s).confDefaults = {conf("0x62")}; }, "10.0.2.2", "subflow backup", Reason::Expected,
     Verdict::Pending},
    {"conf default as words is ignored -> built-in",
     [](Snapshot &s) { eth0(s).confDefaults = {conf("enabled,signal")}; }, "10.0.2.2", "subflow",
     Reason::Expected, Verdict::Pending},
    {"conf default decimal 1 = disabled", [](Snapshot &s) { eth0(s).confDefaults = {conf("1")}; }, "10.0.2.2", "-",
     Reason::DisabledForConnection, Verdict::None},
    {"conf default 0 -> built-in", [](Snapshot &s) { eth0(s).confDefaults = {conf("0")}; }, "10.0.2.2", "subflow",
     Reason::Expected, Verdict::Pending},
    {"conf default octal 022 = 0x12 signal", [](Snapshot &s) { eth0(s).confDefaults = {conf("022")}; },
     "10.0.2.2", "signal", Reason::Expected, Verdict::Pending},
    {"conf default with match-device that matches",
     [](Snapshot &s) { eth0(s).confDefaults = {conf("0x12", "interface-name:eth0", true), conf("0x62")}; },
     "10.0.2.2", "signal", Reason::Expected, Verdict::Pending},
    {"conf default with match-device that does not match -> next section",
     [](Snapshot &s) { eth0(s).confDefaults = {conf("0x12", "interface-name:wlan0", false), conf("0x62")}; },
     "10.0.2.2", "subflow backup", Reason::Expected, Verdict::Pending},
    {"profile value wins over conf default",
     [](Snapshot &s) {
         eth0(s).connection->mptcpFlags = 0x12;
         eth0(s).confDefaults = {conf("0x1")};
     },
     "10.0.2.2", "signal", Reason::Expected, Verdict::Pending},
    // --- diff against the kernel (nmp-global-tracker.c: flags and ifindex compared, ids not) ---
    {"other kernel id, same flags -> ok (ids not compared)",
     [](Snapshot &s) { s.kernel.endpoints = {endpoint(77, "2001:db8:2::2", kernelflag::Subflow, 2)}; },
     "2001:db8:2::2", "subflow", Reason::Expected, Verdict::Ok},
    {"kernel flags differ -> mismatch",
     [](Snapshot &s) { s.kernel.endpoints = {endpoint(3, "10.0.2.2", kernelflag::Signal, 2)}; }, "10.0.2.2",
     "subflow", Reason::Expected, Verdict::Mismatch},
    {"kernel endpoint on another device -> mismatch",
     [](Snapshot &s) {
         s.devices.append(ethernet("eth1", 3));
         s.kernel.endpoints = {endpoint(3, "10.0.2.2", kernelflag::Subflow, 3)};
     },
     "10.0.2.2", "subflow", Reason::Expected, Verdict::Mismatch},
    {"endpoint for an excluded address -> unexpected",
     [](Snapshot &s) {
         eth0(s).addresses.append(v6("fd00::2", 2));
         s.kernel.endpoints = {endpoint(9, "fd00::2", kernelflag::Subflow, 2)};
     },
     "fd00::2", "-", Reason::UniqueLocal, Verdict::Unexpected},
    {"sysctl 1->0 after activation: endpoints stay -> pending",
     [](Snapshot &s) {
         s.kernel.enabled = 0;
         s.kernel.endpoints = {endpoint(1, "10.0.2.2", kernelflag::Subflow, 2),
                               endpoint(2, "2001:db8:2::2", kernelflag::Subflow, 2)};
     },
     "10.0.2.2", "-", Reason::SysctlDisabled, Verdict::Pending},
    {"sysctl 0->1 after activation: none yet -> pending", [](Snapshot &s) { s.kernel.enabled = 1; }, "10.0.2.2",
     "subflow", Reason::Expected, Verdict::Pending},
    {"one of the device's endpoints removed by hand -> missing",
     [](Snapshot &s) { s.kernel.endpoints = {endpoint(2, "2001:db8:2::2", kernelflag::Subflow, 2)}; }, "10.0.2.2",
     "subflow", Reason::Expected, Verdict::Missing},
    {"conf default changed after activation -> pending",
     [](Snapshot &s) {
         eth0(s).confDefaults = {conf("0x12")};
         s.kernel.endpoints = {endpoint(1, "10.0.2.2", kernelflag::Subflow, 2),
                               endpoint(2, "2001:db8:2::2", kernelflag::Subflow, 2)};
     },
     "10.0.2.2", "signal", Reason::Expected, Verdict::Pending},
    {"disabled profile, endpoint by hand -> unexpected",
     [](Snapshot &s) {
         eth0(s).connection->mptcpFlags = 0x1;
         s.kernel.endpoints = {endpoint(1, "10.0.2.2", kernelflag::Signal, 2)};
     },
     "10.0.2.2", "-", Reason::DisabledForConnection, Verdict::Unexpected},
};

} // namespace

class TestExplainRows : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void addressDecision_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < int(std::size(scenarios)); ++i)
            QTest::newRow(scenarios[i].rule) << i;
    }

    void addressDecision()
    {
        QFETCH(int, index);
        const Scenario &sc = scenarios[index];
        Snapshot s = baseSnapshot();
        s.devices = {ethernet("eth0", 2)};
        sc.setup(s);

        const Explanation e = explain(s);
        const Row *row = findRow(e, QLatin1String(sc.address));
        QVERIFY2(row, sc.address);
        const QString expected = QLatin1String(sc.expected);
        if (expected == QLatin1String("-")) {
            QVERIFY2(!row->expectedFlags, qPrintable(row->expected.join(QLatin1Char(' '))));
        } else {
            QVERIFY(row->expectedFlags.has_value());
            QCOMPARE(row->expected.join(QLatin1Char(' ')), expected);
        }
        QCOMPARE(row->reason, sc.reason);
        QVERIFY(!row->reasonText.isEmpty());
        QCOMPARE(verdictName(row->verdict), verdictName(sc.verdict));
        QCOMPARE(row->device, QStringLiteral("eth0"));
    }
};

QTEST_GUILESS_MAIN(TestExplainRows)
#include "tst_explain_rows.moc"
