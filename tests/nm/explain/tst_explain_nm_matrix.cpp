// The explain engine against a real NetworkManager 1.42: for each scenario the test sets
// the profiles (nmcli modify + up) or NetworkManager.conf, lets NetworkManager act, and
// requires the engine, fed the state the readers see, to predict exactly the endpoints
// NetworkManager created: every row ok or none, no kernel endpoint unexplained.
#include "differential.h"
#include "testsupport.h"

#include <QDeadlineTimer>
#include <QTest>

using namespace mptcp;
using mptcp::test::NmDifferential;
using mptcp::test::ProfileSpec;
using mptcp::test::Sandbox;

Q_DECLARE_METATYPE(mptcp::test::ProfileSpec)

namespace {

const QString kVeth0 = QStringLiteral("veth0");
const QString kVeth1 = QStringLiteral("veth1");
const QString kVeth2 = QStringLiteral("veth2");
const QString kDisabled = QStringLiteral("0x1");

// veth0 as given; veth1 and veth2 active with MPTCP disabled (rows "none").
QList<ProfileSpec> onVeth0(const ProfileSpec &veth0)
{
    return {veth0, ProfileSpec::standard(kVeth1, 1, kDisabled), ProfileSpec::standard(kVeth2, 2, kDisabled)};
}

ProfileSpec veth0(const QString &flags)
{
    return ProfileSpec::standard(kVeth0, 0, flags);
}

QStringList both(const QString &words, const QString &dev = kVeth0, int subnet = 0)
{
    return {QStringLiteral("10.0.%1.2 %2 dev %3").arg(subnet).arg(words, dev),
            QStringLiteral("2001:db8:%1::2 %2 dev %3").arg(subnet).arg(words, dev)};
}

QStringList v4Only(const QString &words, const QString &dev = kVeth0, int subnet = 0)
{
    return {QStringLiteral("10.0.%1.2 %2 dev %3").arg(subnet).arg(words, dev)};
}

QStringList v6Only(const QString &words, const QString &dev = kVeth0, int subnet = 0)
{
    return {both(words, dev, subnet).at(1)};
}

// QTest cuts long failure messages: print the whole report, then fail on false.
bool agrees(const QString &report)
{
    if (!report.isEmpty())
        qWarning().noquote() << "engine and NetworkManager disagree:\n" << report;
    return report.isEmpty();
}

bool hasWarning(const explain::Explanation &e, explain::WarningKind kind)
{
    for (const explain::Warning &w : e.warnings) {
        if (w.kind == kind)
            return true;
    }
    return false;
}

} // namespace

class TestExplainNmMatrix : public QObject {
    Q_OBJECT

    NmDifferential m_d;

    void scenario(const QList<ProfileSpec> &profiles, const QStringList &expected,
                  const test::ScenarioCheck &check = {})
    {
        const QString problem = m_d.applyAll(profiles);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(agrees(m_d.awaitAgreement(expected, check)));
    }

    // The strict check plus one more condition.
    static test::ScenarioCheck strictAnd(const std::function<QStringList(const explain::Explanation &)> &more)
    {
        return [more](const explain::Snapshot &s, const explain::Explanation &e) {
            QStringList p = NmDifferential::strictAgreement(s, e);
            p << more(e);
            return p;
        };
    }

    static std::function<QStringList(const explain::Explanation &)> reasonIs(const QString &address,
                                                                            explain::Reason reason)
    {
        return [address, reason](const explain::Explanation &e) {
            const explain::Row *r = test::rowFor(e, address);
            if (!r)
                return QStringList{QStringLiteral("no row for %1").arg(address)};
            if (r->reason != reason)
                return QStringList{QStringLiteral("row %1: reason %2 (%3), want %4")
                                       .arg(address)
                                       .arg(int(r->reason))
                                       .arg(r->reasonText)
                                       .arg(int(reason))};
            return QStringList{};
        };
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_d.start({veth0(QStringLiteral("0")), ProfileSpec::standard(kVeth1, 1, kDisabled),
                            ProfileSpec::standard(kVeth2, 2, kDisabled)},
                           1, &error),
                 qPrintable(error));
    }

    void cleanupTestCase()
    {
        const QString error = m_d.stop();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    // Each connection.mptcp-flags value on one device with both default routes.
    void flagsValueGivesTheseEndpoints_data()
    {
        QTest::addColumn<QString>("flags");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("default (0) = enabled,subflow") << QStringLiteral("0") << both(QStringLiteral("subflow"));
        QTest::newRow("disabled") << kDisabled << QStringList{};
        QTest::newRow("enabled alone = no flags") << QStringLiteral("0x2") << both(QStringLiteral("-"));
        QTest::newRow("enabled,signal") << QStringLiteral("0x12") << both(QStringLiteral("signal"));
        QTest::newRow("enabled,subflow") << QStringLiteral("0x22") << both(QStringLiteral("subflow"));
        QTest::newRow("enabled,backup") << QStringLiteral("0x42") << both(QStringLiteral("backup"));
        QTest::newRow("enabled,fullmesh") << QStringLiteral("0x82") << both(QStringLiteral("fullmesh"));
        QTest::newRow("subflow,fullmesh") << QStringLiteral("0xa2") << both(QStringLiteral("subflow,fullmesh"));
        QTest::newRow("signal,subflow,backup") << QStringLiteral("0x72")
                                               << both(QStringLiteral("signal,subflow,backup"));
        QTest::newRow("subflow,also-without-sysctl") << QStringLiteral("0x26") << both(QStringLiteral("subflow"));
        QTest::newRow("subflow,also-without-default-route")
            << QStringLiteral("0x2a") << both(QStringLiteral("subflow"));
        QTest::newRow("subflow without enabled") << QStringLiteral("0x20") << both(QStringLiteral("subflow"));
    }

    void flagsValueGivesTheseEndpoints()
    {
        QFETCH(QString, flags);
        QFETCH(QStringList, expected);
        scenario(onVeth0(veth0(flags)), expected);
    }

    // The default-route gate, per address family and per device.
    void defaultRouteGate_data()
    {
        QTest::addColumn<ProfileSpec>("profile");
        QTest::addColumn<QStringList>("expected");
        ProfileSpec p = veth0(QStringLiteral("0"));
        p.gw4.clear();
        p.gw6.clear();
        QTest::newRow("no gateways") << p << QStringList{};
        ProfileSpec awdr = p;
        awdr.flags = QStringLiteral("0x2a");
        QTest::newRow("no gateways, also-without-default-route") << awdr << both(QStringLiteral("subflow"));
        ProfileSpec gw4 = veth0(QStringLiteral("0"));
        gw4.gw6.clear();
        QTest::newRow("IPv4 gateway only") << gw4 << v4Only(QStringLiteral("subflow"));
        ProfileSpec gw6 = veth0(QStringLiteral("0"));
        gw6.gw4.clear();
        QTest::newRow("IPv6 gateway only") << gw6 << v6Only(QStringLiteral("subflow"));
        ProfileSpec nd4 = veth0(QStringLiteral("0x12"));
        nd4.neverDefault4 = true;
        QTest::newRow("never-default4") << nd4 << v6Only(QStringLiteral("signal"));
        ProfileSpec nd6 = veth0(QStringLiteral("0"));
        nd6.neverDefault6 = true;
        QTest::newRow("never-default6") << nd6 << v4Only(QStringLiteral("subflow"));
        ProfileSpec table = veth0(QStringLiteral("0"));
        table.routeTable = 100;
        QTest::newRow("route table 100") << table << QStringList{};
        ProfileSpec tableAwdr = table;
        tableAwdr.flags = QStringLiteral("0x2a");
        QTest::newRow("route table 100, also-without-default-route") << tableAwdr << both(QStringLiteral("subflow"));
        ProfileSpec v4only = veth0(QStringLiteral("0"));
        v4only.ipv6.clear();
        QTest::newRow("IPv6 disabled") << v4only << v4Only(QStringLiteral("subflow"));
    }

    void defaultRouteGate()
    {
        QFETCH(ProfileSpec, profile);
        QFETCH(QStringList, expected);
        scenario(onVeth0(profile), expected);
    }

    // Link-local (the kernel's fe80:: and a static 169.254/16), ULA and site-local addresses.
    void addressKindsGetTheirEndpoints()
    {
        ProfileSpec p = veth0(QStringLiteral("0"));
        p.ipv4 << QStringLiteral("169.254.7.2/16");
        p.ipv6 << QStringLiteral("fd00::2/64") << QStringLiteral("fec0::2/64");
        QStringList expected = both(QStringLiteral("subflow"));
        expected << QStringLiteral("fec0::2 subflow dev veth0");
        scenario(onVeth0(p), expected, strictAnd([](const explain::Explanation &e) {
                     QStringList problems = reasonIs(QStringLiteral("169.254.7.2"), explain::Reason::LinkLocal)(e);
                     problems << reasonIs(QStringLiteral("fd00::2"), explain::Reason::UniqueLocal)(e);
                     bool kernelLinkLocal = false;
                     for (const explain::Row &r : e.rows)
                         kernelLinkLocal = kernelLinkLocal
                             || (r.address.startsWith(QLatin1String("fe80:")) && r.reason == explain::Reason::LinkLocal);
                     if (!kernelLinkLocal)
                         problems << QStringLiteral("no fe80:: row with reason LinkLocal");
                     return problems;
                 }));
    }

    // Two devices with different flags at the same time.
    void twoDevicesKeepTheirOwnFlags()
    {
        scenario({veth0(QStringLiteral("0x12")), ProfileSpec::standard(kVeth1, 1, QStringLiteral("0x42")),
                  ProfileSpec::standard(kVeth2, 2, kDisabled)},
                 both(QStringLiteral("signal")) + both(QStringLiteral("backup"), kVeth1, 1));
    }

    // net.mptcp.enabled=0 when the connection is activated: nothing unless also-without-sysctl.
    void sysctlZeroAtActivation()
    {
        QVERIFY(m_d.setSysctl(0).isEmpty());
        scenario({veth0(QStringLiteral("0")), ProfileSpec::standard(kVeth1, 1, QStringLiteral("0x26")),
                  ProfileSpec::standard(kVeth2, 2, kDisabled)},
                 both(QStringLiteral("subflow"), kVeth1, 1),
                 strictAnd(reasonIs(QStringLiteral("10.0.0.2"), explain::Reason::SysctlDisabled)));
        QVERIFY(m_d.setSysctl(1).isEmpty());
        // Back to normal for the next scenarios (setSysctl makes every profile reactivate).
        scenario(onVeth0(veth0(QStringLiteral("0"))), both(QStringLiteral("subflow")));
    }

    // NetworkManager.conf [connection] connection.mptcp-flags: a number applies to profiles
    // with 0; words are ignored; a match-device section wins for its device; the profile's own
    // value wins over any default.
    void confDefaultNumberApplies()
    {
        QVERIFY(m_d.writeConf(QStringLiteral("60-explain.conf"), "[connection]\nconnection.mptcp-flags=0x12\n").isEmpty());
        scenario({veth0(QStringLiteral("0")), ProfileSpec::standard(kVeth1, 1, QStringLiteral("0x22")),
                  ProfileSpec::standard(kVeth2, 2, kDisabled)},
                 both(QStringLiteral("signal")) + both(QStringLiteral("subflow"), kVeth1, 1));
    }

    void confDefaultWordsAreIgnored()
    {
        QVERIFY(m_d.writeConf(QStringLiteral("60-explain.conf"), "[connection]\nconnection.mptcp-flags=enabled,signal\n")
                    .isEmpty());
        scenario(onVeth0(veth0(QStringLiteral("0"))), both(QStringLiteral("subflow")),
                 strictAnd([](const explain::Explanation &e) {
                     return hasWarning(e, explain::WarningKind::ConfDefaultIgnored)
                         ? QStringList{}
                         : QStringList{QStringLiteral("no ConfDefaultIgnored warning")};
                 }));
    }

    void confMatchDeviceSectionWinsForItsDevice()
    {
        QVERIFY(m_d.writeConf(QStringLiteral("60-explain.conf"),
                              "[connection-explain-veth1]\nmatch-device=interface-name:veth1\n"
                              "connection.mptcp-flags=0x42\n\n[connection]\nconnection.mptcp-flags=0x12\n")
                    .isEmpty());
        scenario({veth0(QStringLiteral("0")), ProfileSpec::standard(kVeth1, 1, QStringLiteral("0")),
                  ProfileSpec::standard(kVeth2, 2, QStringLiteral("0x22"))},
                 both(QStringLiteral("signal")) + both(QStringLiteral("backup"), kVeth1, 1)
                     + both(QStringLiteral("subflow"), kVeth2, 2));
    }

    void confStopMatchEndsTheLookup()
    {
        QVERIFY(m_d.writeConf(QStringLiteral("60-explain.conf"),
                              "[connection-explain-veth1]\nmatch-device=interface-name:veth1\nstop-match=yes\n\n"
                              "[connection]\nconnection.mptcp-flags=0x12\n")
                    .isEmpty());
        scenario({veth0(QStringLiteral("0")), ProfileSpec::standard(kVeth1, 1, QStringLiteral("0")),
                  ProfileSpec::standard(kVeth2, 2, kDisabled)},
                 both(QStringLiteral("signal")) + both(QStringLiteral("subflow"), kVeth1, 1));
        QVERIFY(m_d.writeConf(QStringLiteral("60-explain.conf"), {}).isEmpty());
    }

    // More than 8 addresses: NM keeps 8, each device's first addresses first.
    void capKeepsEachDevicesFirstAddresses()
    {
        ProfileSpec a = veth0(QStringLiteral("0"));
        ProfileSpec b = ProfileSpec::standard(kVeth1, 1, QStringLiteral("0x12"));
        a.ipv6.clear();
        b.ipv6.clear();
        for (int i = 3; i <= 7; ++i) {
            a.ipv4 << QStringLiteral("10.0.0.%1/24").arg(i);
            b.ipv4 << QStringLiteral("10.0.1.%1/24").arg(i);
        }
        QVERIFY(m_d.applyAll({a, b, ProfileSpec::standard(kVeth2, 2, kDisabled)}).isEmpty());
        // veth0 came up first and got all six: a normal sync keeps NM's own endpoints that fall
        // beyond the cap later, so veth1's higher-priority ones find the kernel table full.
        QVERIFY(agrees(m_d.checkAgreementAfter(1000)));
        // A reapply syncs in "reapply" mode, which removes them: then exactly the top 8 remain.
        QVERIFY(m_d.deviceReapply(kVeth0).isEmpty());
        QStringList expected;
        for (int i = 2; i <= 5; ++i) {
            expected << QStringLiteral("10.0.0.%1 subflow dev veth0").arg(i);
            expected << QStringLiteral("10.0.1.%1 signal dev veth1").arg(i);
        }
        QVERIFY(agrees(m_d.awaitAgreement(expected, strictAnd(reasonIs(QStringLiteral("10.0.0.6"),
                                                                       explain::Reason::NmEndpointCap)))));
    }

    // Both families count against the one cap of 8; each family starts at priority 99.
    void capAcrossFamilies()
    {
        ProfileSpec a = veth0(QStringLiteral("0"));
        ProfileSpec b = ProfileSpec::standard(kVeth1, 1, QStringLiteral("0"));
        for (int i = 3; i <= 4; ++i) {
            a.ipv4 << QStringLiteral("10.0.0.%1/24").arg(i);
            a.ipv6 << QStringLiteral("2001:db8::%1/64").arg(i);
            b.ipv4 << QStringLiteral("10.0.1.%1/24").arg(i);
            b.ipv6 << QStringLiteral("2001:db8:1::%1/64").arg(i);
        }
        QVERIFY(m_d.applyAll({a, b, ProfileSpec::standard(kVeth2, 2, kDisabled)}).isEmpty());
        // Which endpoints exist now depends on what NM added before (a normal sync keeps its own
        // endpoints that fell beyond the cap); the engine must explain whatever is there.
        const QString history = m_d.checkAgreementAfter(1000);
        QVERIFY(agrees(history));
        // A reapply syncs in "reapply" mode, which removes them: then exactly the top 8 remain.
        QVERIFY(m_d.deviceReapply(kVeth0).isEmpty());
        QStringList expected;
        for (int i = 2; i <= 3; ++i) {
            expected << QStringLiteral("10.0.0.%1 subflow dev veth0").arg(i)
                     << QStringLiteral("2001:db8::%1 subflow dev veth0").arg(i)
                     << QStringLiteral("10.0.1.%1 subflow dev veth1").arg(i)
                     << QStringLiteral("2001:db8:1::%1 subflow dev veth1").arg(i);
        }
        const QString report = m_d.awaitAgreement(expected);
        QVERIFY(agrees(report));
    }

    // The same address on two devices: one endpoint only, on the device tracked first.
    void duplicateAddressGetsOneEndpoint()
    {
        ProfileSpec a = veth0(QStringLiteral("0"));
        ProfileSpec b = ProfileSpec::standard(kVeth1, 1, QStringLiteral("0x12"));
        a.ipv6.clear();
        b.ipv6.clear();
        a.ipv4 << QStringLiteral("10.0.9.9/24");
        b.ipv4 << QStringLiteral("10.0.9.9/24");
        QVERIFY(m_d.applyAll({a, b, ProfileSpec::standard(kVeth2, 2, kDisabled)}).isEmpty());
        QVERIFY(agrees(m_d.checkAgreementAfter(1000, strictAnd([](const explain::Explanation &e) {
            int duplicates = 0;
            for (const explain::Row &r : e.rows)
                duplicates += r.address == QLatin1String("10.0.9.9") && r.reason == explain::Reason::DuplicateAddress;
            return duplicates == 1 ? QStringList{} : QStringList{QStringLiteral("want one DuplicateAddress row")};
        }))));
    }

    // IPv6 privacy: NM makes the SLAAC address (endpoint), the kernel the temporary one (none).
    void temporaryAddressGetsNoEndpoint()
    {
        ProfileSpec p = veth0(QStringLiteral("0"));
        p.ipv6SlaacWithPrivacy = true;
        const QString problem = m_d.applyAll(onVeth0(p));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QString slaac;
        QString temporary;
        QDeadlineTimer deadline(15000);
        while ((slaac.isEmpty() || temporary.isEmpty()) && !deadline.hasExpired()) {
            QVERIFY(m_d.sendRouterAdvertisement(0).isEmpty());
            QTest::qWait(300);
            for (const explain::Device &d : m_d.snapshot().devices) {
                if (d.ifname != kVeth0)
                    continue;
                for (const explain::Address &a : d.addresses) {
                    if (a.family != explain::AddressFamily::IPv6 || !a.address.startsWith(QLatin1String("2001:db8::")))
                        continue;
                    ((a.flags & explain::ifaflag::Temporary) ? temporary : slaac) = a.address;
                }
            }
        }
        QVERIFY2(!slaac.isEmpty() && !temporary.isEmpty(), "no SLAAC and temporary address from the advertisement");
        QVERIFY(agrees(m_d.awaitAgreement(
            {QStringLiteral("10.0.0.2 subflow dev veth0"), slaac + QStringLiteral(" subflow dev veth0")},
            strictAnd(reasonIs(temporary, explain::Reason::TemporaryAddress)))));
    }

    // An address added by hand to an NM interface: NM does not take it into its configuration.
    void foreignAddressOnManagedInterface()
    {
        scenario(onVeth0(veth0(QStringLiteral("0"))), both(QStringLiteral("subflow")));
        QCOMPARE(m_d.sandbox().ip({QStringLiteral("addr"), QStringLiteral("add"), QStringLiteral("10.0.0.77/24"),
                                   QStringLiteral("dev"), kVeth0}),
                 0);
        QStringList expected = both(QStringLiteral("subflow"));
        QVERIFY(agrees(m_d.awaitAgreement(expected, strictAnd(reasonIs(QStringLiteral("10.0.0.77"),
                                                                    explain::Reason::NotConfiguredByNm)))));
        // NM's next sync (here a reapply) adds nothing for it either.
        QVERIFY(m_d.deviceReapply(kVeth0).isEmpty());
        QVERIFY(agrees(m_d.awaitAgreement(expected)));
    }

    // A hand-made endpoint on an interface NM handles: kept until a reapply, which removes it;
    // NM's own endpoint replaced by hand with other flags is put back by the reapply.
    void manualEndpointOnManagedInterfaceGoesAtReapply()
    {
        scenario(onVeth0(veth0(QStringLiteral("0"))), both(QStringLiteral("subflow")));
        Sandbox &sb = m_d.sandbox();
        // Only veth0 has endpoints now: replace them by hand.
        QCOMPARE(sb.ip({QStringLiteral("mptcp"), QStringLiteral("endpoint"), QStringLiteral("flush")}), 0);
        QCOMPARE(sb.ip({QStringLiteral("mptcp"), QStringLiteral("endpoint"), QStringLiteral("add"),
                        QStringLiteral("10.0.0.99"), QStringLiteral("dev"), kVeth0, QStringLiteral("signal")}),
                 0);
        QCOMPARE(sb.ip({QStringLiteral("mptcp"), QStringLiteral("endpoint"), QStringLiteral("add"),
                        QStringLiteral("10.0.0.2"), QStringLiteral("dev"), kVeth0, QStringLiteral("signal")}),
                 0);
        QCOMPARE(sb.ip({QStringLiteral("mptcp"), QStringLiteral("endpoint"), QStringLiteral("add"),
                        QStringLiteral("2001:db8::2"), QStringLiteral("dev"), kVeth0, QStringLiteral("subflow")}),
                 0);
        QStringList before = both(QStringLiteral("subflow"));
        before[0] = QStringLiteral("10.0.0.2 signal dev veth0");
        before << QStringLiteral("10.0.0.99 signal dev veth0");
        const QString report = m_d.awaitAgreement(before, [](const explain::Snapshot &, const explain::Explanation &e) {
            QStringList problems;
            const explain::Row *r = test::rowFor(e, QStringLiteral("10.0.0.2"));
            if (!r || r->verdict != explain::Verdict::Mismatch)
                problems << QStringLiteral("10.0.0.2 should be a mismatch (NM replaces it at its next sync)");
            if (e.extras.size() != 1 || !e.extras.at(0).nmDeletesIt)
                problems << QStringLiteral("10.0.0.99 should be the one extra, deleted by NM at reapply");
            if (!hasWarning(e, explain::WarningKind::ManualEndpointOnNmDevice))
                problems << QStringLiteral("no ManualEndpointOnNmDevice warning");
            return problems;
        });
        QVERIFY(agrees(report));
        QVERIFY(m_d.deviceReapply(kVeth0).isEmpty());
        const QString after = m_d.awaitAgreement(both(QStringLiteral("subflow")));
        QVERIFY(agrees(after));
    }

    // A hand-made endpoint on an interface NM does not handle (MPTCP disabled there) stays.
    void manualEndpointOnUnhandledInterfaceStays()
    {
        Sandbox &sb = m_d.sandbox();
        QCOMPARE(sb.ip({QStringLiteral("mptcp"), QStringLiteral("endpoint"), QStringLiteral("add"),
                        QStringLiteral("10.0.1.2"), QStringLiteral("dev"), kVeth1, QStringLiteral("subflow")}),
                 0);
        QVERIFY(m_d.deviceReapply(kVeth1).isEmpty());
        QStringList expected = both(QStringLiteral("subflow"));
        expected << QStringLiteral("10.0.1.2 subflow dev veth1");
        const QString report = m_d.awaitAgreement(expected, [](const explain::Snapshot &, const explain::Explanation &e) {
            const explain::Row *r = test::rowFor(e, QStringLiteral("10.0.1.2"));
            if (!r || r->verdict != explain::Verdict::Unexpected || r->reason != explain::Reason::DisabledForConnection)
                return QStringList{QStringLiteral("10.0.1.2 should be unexpected (disabled) yet kept")};
            return QStringList{};
        });
        QVERIFY(agrees(report));
    }
};

MPTCP_TEST_MAIN_REQUIRING(TestExplainNmMatrix, mptcp::test::Sandbox::unavailableReason())
#include "tst_explain_nm_matrix.moc"
