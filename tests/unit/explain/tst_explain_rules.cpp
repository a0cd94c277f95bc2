// Table-driven checks of the single-rule functions (rules.h), each row naming the NM code it mirrors.
#include "fixtures.h"

#include "mptcp/explain/rules.h"

#include <QTest>

using namespace mptcp::explain;
using namespace mptcp::explain::test;

Q_DECLARE_METATYPE(mptcp::explain::FlagsSource)

class TestExplainRules : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // nm-config-data.c: _nm_utils_ascii_str_to_int64(value, 0, 0, G_MAXINT64, fallback)
    void parseConfFlags_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<qint64>("value");
        QTest::newRow("decimal") << QStringLiteral("34") << true << qint64(34);
        QTest::newRow("hex") << QStringLiteral("0x22") << true << qint64(0x22);
        QTest::newRow("octal") << QStringLiteral("042") << true << qint64(34);
        QTest::newRow("surrounding spaces") << QStringLiteral("  0x62 ") << true << qint64(0x62);
        QTest::newRow("zero") << QStringLiteral("0") << true << qint64(0);
        QTest::newRow("words are not numbers") << QStringLiteral("enabled,subflow") << false << qint64(0);
        QTest::newRow("single word") << QStringLiteral("subflow") << false << qint64(0);
        QTest::newRow("negative is out of range") << QStringLiteral("-1") << false << qint64(0);
        QTest::newRow("trailing garbage") << QStringLiteral("0x22,") << false << qint64(0);
        QTest::newRow("empty") << QString() << false << qint64(0);
        QTest::newRow("above G_MAXINT64") << QStringLiteral("9223372036854775808") << false << qint64(0);
    }
    void parseConfFlags()
    {
        QFETCH(QString, text);
        QFETCH(bool, accepted);
        QFETCH(qint64, value);
        const std::optional<qint64> v = mptcp::explain::parseConfFlags(text);
        QCOMPARE(v.has_value(), accepted);
        if (accepted)
            QCOMPARE(*v, value);
    }

    // nm-libnm-core-utils.c: nm_mptcp_flags_normalize
    void normalizeFlags_data()
    {
        QTest::addColumn<uint>("in");
        QTest::addColumn<int>("minor");
        QTest::addColumn<uint>("out");
        QTest::newRow("disabled alone") << 0x1u << 42 << 0x1u;
        QTest::newRow("disabled wins") << 0xf3u << 42 << 0x1u;
        QTest::newRow("enabled implied") << 0x20u << 42 << 0x22u;
        QTest::newRow("enabled alone stays flagless") << 0x2u << 42 << 0x2u;
        QTest::newRow("signal+fullmesh drops fullmesh") << 0x92u << 42 << 0x12u;
        QTest::newRow("subflow+fullmesh kept") << 0xa2u << 42 << 0xa2u;
        QTest::newRow("laminar cleared before 1.56") << 0x122u << 54 << 0x22u;
        QTest::newRow("laminar kept from 1.56") << 0x122u << 56 << 0x122u;
        QTest::newRow("unknown bit cleared") << 0x1000u << 56 << 0x2u;
        QTest::newRow("also-without flags kept") << 0xcu << 42 << 0xeu;
    }
    void normalizeFlags()
    {
        QFETCH(uint, in);
        QFETCH(int, minor);
        QFETCH(uint, out);
        QCOMPARE(uint(mptcp::explain::normalizeFlags(in, {1, minor, 0})), out);
    }

    // nm-libnm-core-utils.h _NM_MPTCP_FLAGS_DEFAULT: 0x22, 0x122 from 1.56.0 (not 1.56-rc1)
    void builtInDefault_data()
    {
        QTest::addColumn<int>("minor");
        QTest::addColumn<int>("micro");
        QTest::addColumn<uint>("flags");
        QTest::newRow("1.40.0") << 40 << 0 << 0x22u;
        QTest::newRow("1.42.4") << 42 << 4 << 0x22u;
        QTest::newRow("1.54.4") << 54 << 4 << 0x22u;
        QTest::newRow("1.55.90 (1.56-rc)") << 55 << 90 << 0x22u;
        QTest::newRow("1.56.0") << 56 << 0 << 0x122u;
        QTest::newRow("1.58.1") << 58 << 1 << 0x122u;
    }
    void builtInDefault()
    {
        QFETCH(int, minor);
        QFETCH(int, micro);
        QFETCH(uint, flags);
        QCOMPARE(uint(builtInDefaultFlags({1, minor, micro})), flags);
    }

    // nm-device.c _prop_get_connection_mptcp_flags: profile → conf (numbers) → built-in
    void resolveFlags_data()
    {
        QTest::addColumn<uint>("raw");
        QTest::addColumn<QList<ConfDefault>>("confs");
        QTest::addColumn<uint>("flags");
        QTest::addColumn<FlagsSource>("source");
        QTest::addColumn<bool>("ignoredConf");
        QTest::newRow("profile value") << 0x12u << QList<ConfDefault>{conf("0x62")} << 0x12u
                                       << FlagsSource::Connection << false;
        QTest::newRow("global conf number") << 0u << QList<ConfDefault>{conf("0x62")} << 0x62u
                                            << FlagsSource::ConfGlobal << false;
        QTest::newRow("match-device section") << 0u << QList<ConfDefault>{conf("0x12", "type:ethernet")} << 0x12u
                                              << FlagsSource::ConfSection << false;
        QTest::newRow("words ignored -> built-in") << 0u << QList<ConfDefault>{conf("enabled,subflow")} << 0x22u
                                                   << FlagsSource::BuiltIn << true;
        QTest::newRow("first matching section wins, even if words")
            << 0u << QList<ConfDefault>{conf("signal", "type:ethernet"), conf("0x62")} << 0x22u
            << FlagsSource::BuiltIn << true;
        QTest::newRow("non-matching section skipped")
            << 0u << QList<ConfDefault>{conf("0x12", "type:wifi", false), conf("0x62")} << 0x62u
            << FlagsSource::ConfGlobal << false;
        ConfDefault stop = conf("", "type:ethernet");
        stop.setsMptcpFlags = false;
        stop.stopMatch = true;
        QTest::newRow("stop-match ends the lookup")
            << 0u << QList<ConfDefault>{stop, conf("0x62")} << 0x22u << FlagsSource::BuiltIn << false;
        ConfDefault noKey = conf("", "type:ethernet");
        noKey.setsMptcpFlags = false;
        QTest::newRow("section without the key is skipped")
            << 0u << QList<ConfDefault>{noKey, conf("0x62")} << 0x62u << FlagsSource::ConfGlobal << false;
        QTest::newRow("conf 0x100000000 truncates to 0 -> enabled")
            << 0u << QList<ConfDefault>{conf("0x100000000")} << 0x2u << FlagsSource::ConfGlobal << false;
        QTest::newRow("nothing -> built-in") << 0u << QList<ConfDefault>{} << 0x22u << FlagsSource::BuiltIn << false;
    }
    void resolveFlags()
    {
        QFETCH(uint, raw);
        QFETCH(QList<ConfDefault>, confs);
        QFETCH(uint, flags);
        QFETCH(FlagsSource, source);
        QFETCH(bool, ignoredConf);
        const ResolvedFlags r = mptcp::explain::resolveFlags(raw, confs, {1, 42, 4});
        QCOMPARE(uint(r.flags), flags);
        QCOMPARE(r.source, source);
        QCOMPARE(r.ignoredConf.has_value(), ignoredConf);
        QCOMPARE(r.raw, quint32(raw));
        if (source == FlagsSource::ConfGlobal || source == FlagsSource::ConfSection) {
            QCOMPARE(r.confFile, QStringLiteral("/etc/NetworkManager/conf.d/50-mptcp.conf"));
            QVERIFY(!r.confValue.isEmpty());
        }
    }

    // nm-setting-connection.c verify()
    void profileFlagsProblem_data()
    {
        QTest::addColumn<uint>("flags");
        QTest::addColumn<int>("minor");
        QTest::addColumn<bool>("problem");
        QTest::newRow("default") << 0x0u << 42 << false;
        QTest::newRow("enabled,subflow") << 0x22u << 42 << false;
        QTest::newRow("also-without-sysctl alone") << 0x4u << 42 << false;
        QTest::newRow("disabled alone") << 0x1u << 42 << false;
        QTest::newRow("disabled+subflow") << 0x21u << 42 << true;
        QTest::newRow("signal+fullmesh") << 0x90u << 42 << true;
        QTest::newRow("laminar on 1.42") << 0x120u << 42 << true;
        QTest::newRow("laminar on 1.56") << 0x120u << 56 << false;
    }
    void profileFlagsProblem()
    {
        QFETCH(uint, flags);
        QFETCH(int, minor);
        QFETCH(bool, problem);
        QCOMPARE(mptcp::explain::profileFlagsProblem(flags, {1, minor, 0}).has_value(), problem);
    }

    // nm-l3cfg.c: NM's own addresses carry IFA_F_NOPREFIXROUTE; `ip addr add` ones do not.
    void addressOriginFromNoPrefixRoute()
    {
        mptcp::explain::Address a;
        a.flags = mptcp::explain::ifaflag::Permanent | mptcp::explain::ifaflag::NoPrefixRoute;
        QCOMPARE(mptcp::explain::addressOriginOnActivatedDevice(a), mptcp::explain::AddressOrigin::NetworkManager);
        a.flags = mptcp::explain::ifaflag::Permanent;
        QCOMPARE(mptcp::explain::addressOriginOnActivatedDevice(a), mptcp::explain::AddressOrigin::Other);
    }

    // nm-device.c: gint32 fix 9c42177d09 in 1.46.6, 1.48.16, 1.50.2, 1.52.0
    void missingSysctl_data()
    {
        QTest::addColumn<int>("minor");
        QTest::addColumn<int>("micro");
        QTest::addColumn<bool>("treatedAsEnabled");
        QTest::newRow("1.40.0") << 40 << 0 << true;
        QTest::newRow("1.42.4") << 42 << 4 << true;
        QTest::newRow("1.44.4") << 44 << 4 << true;
        QTest::newRow("1.46.4") << 46 << 4 << true;
        QTest::newRow("1.46.6") << 46 << 6 << false;
        QTest::newRow("1.48.14") << 48 << 14 << true;
        QTest::newRow("1.48.16") << 48 << 16 << false;
        QTest::newRow("1.50.1") << 50 << 1 << true;
        QTest::newRow("1.50.2") << 50 << 2 << false;
        QTest::newRow("1.52.0") << 52 << 0 << false;
    }
    void missingSysctl()
    {
        QFETCH(int, minor);
        QFETCH(int, micro);
        QFETCH(bool, treatedAsEnabled);
        const NmVersion v{1, minor, micro};
        QCOMPARE(treatsMissingSysctlAsEnabled(v), treatedAsEnabled);
        KernelState k;
        k.mptcpAvailable = false;
        QCOMPARE(sysctlGateOpen(0x22, k, v), treatedAsEnabled);
    }

    // nm-l3cfg.c: tentative IPv6 skipped from 1.50.3 and 1.52.0
    void tentative_data()
    {
        QTest::addColumn<int>("minor");
        QTest::addColumn<int>("micro");
        QTest::addColumn<bool>("skips");
        QTest::newRow("1.48.16") << 48 << 16 << false;
        QTest::newRow("1.50.2") << 50 << 2 << false;
        QTest::newRow("1.50.3") << 50 << 3 << true;
        QTest::newRow("1.52.0") << 52 << 0 << true;
        QTest::newRow("1.56.0") << 56 << 0 << true;
    }
    void tentative()
    {
        QFETCH(int, minor);
        QFETCH(int, micro);
        QFETCH(bool, skips);
        QCOMPARE(skipsTentativeIPv6({1, minor, micro}), skips);
    }

    // nm-platform.h nm_platform_ip_address_get_scope + nm-l3cfg.c ULA check
    void addressScope_data()
    {
        QTest::addColumn<bool>("ipv6");
        QTest::addColumn<QString>("address");
        QTest::addColumn<int>("scopeValue");
        QTest::addColumn<bool>("ula");
        QTest::newRow("127.0.0.1") << false << QStringLiteral("127.0.0.1") << scope::Host << false;
        QTest::newRow("169.254.1.1") << false << QStringLiteral("169.254.1.1") << scope::Link << false;
        QTest::newRow("192.168.0.1 (rfc1918)") << false << QStringLiteral("192.168.0.1") << scope::Universe << false;
        QTest::newRow("::1") << true << QStringLiteral("::1") << scope::Host << false;
        QTest::newRow("fe80::1") << true << QStringLiteral("fe80::1") << scope::Link << false;
        QTest::newRow("febf::1") << true << QStringLiteral("febf::1") << scope::Link << false;
        QTest::newRow("fec0::1 site") << true << QStringLiteral("fec0::1") << scope::Site << false;
        QTest::newRow("fc00::1 ula") << true << QStringLiteral("fc00::1") << scope::Universe << true;
        QTest::newRow("fdff::1 ula") << true << QStringLiteral("fdff::1") << scope::Universe << true;
        QTest::newRow("2001:db8::1") << true << QStringLiteral("2001:db8::1") << scope::Universe << false;
    }
    void addressScope()
    {
        QFETCH(bool, ipv6);
        QFETCH(QString, address);
        QFETCH(int, scopeValue);
        QFETCH(bool, ula);
        const AddressFamily f = ipv6 ? AddressFamily::IPv6 : AddressFamily::IPv4;
        QCOMPARE(nmAddressScope(f, address).value_or(-1), scopeValue);
        QCOMPARE(isUniqueLocalIPv6(address), ula);
    }

    // nm-l3cfg.c: addr_prio = 100; if (addr_prio > 10) addr_prio--;
    void trackPriority_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<int>("priority");
        QTest::newRow("first") << 0 << 99;
        QTest::newRow("second") << 1 << 98;
        QTest::newRow("90th") << 89 << 10;
        QTest::newRow("200th stays 10") << 199 << 10;
    }
    void trackPriority()
    {
        QFETCH(int, index);
        QFETCH(int, priority);
        QCOMPARE(mptcp::explain::trackPriority(index), priority);
    }

    // nm-l3cfg.c: NM flag bits map 1:1 to kernel bits; laminar from 1.56
    void endpointFlags_data()
    {
        QTest::addColumn<uint>("nmFlags");
        QTest::addColumn<int>("minor");
        QTest::addColumn<QString>("words");
        QTest::newRow("enabled") << 0x2u << 42 << QString();
        QTest::newRow("signal") << 0x12u << 42 << QStringLiteral("signal");
        QTest::newRow("all four") << 0xf2u << 42 << QStringLiteral("signal subflow backup fullmesh");
        QTest::newRow("laminar 1.56") << 0x122u << 56 << QStringLiteral("subflow laminar");
        QTest::newRow("gate bits not sent") << 0x2eu << 42 << QStringLiteral("subflow");
    }
    void endpointFlags()
    {
        QFETCH(uint, nmFlags);
        QFETCH(int, minor);
        QFETCH(QString, words);
        QCOMPARE(kernelFlagWords(endpointFlagsFor(nmFlags, {1, minor, 0})).join(QLatin1Char(' ')), words);
    }

    void kernelFlagWordsKeepUnknownBits()
    {
        QCOMPARE(kernelFlagWords(0x3f).join(QLatin1Char(' ')),
                 QStringLiteral("signal subflow backup fullmesh implicit laminar"));
        QCOMPARE(kernelFlagWords(0x102).join(QLatin1Char(' ')), QStringLiteral("subflow 0x100"));
    }

    void nmFlagsTextUsesNmcliNicks()
    {
        QCOMPARE(nmFlagsText(0), QStringLiteral("default"));
        QCOMPARE(nmFlagsText(0x22), QStringLiteral("enabled,subflow"));
        QCOMPARE(nmFlagsText(0x10c), QStringLiteral("also-without-sysctl,also-without-default-route,laminar"));
    }

    // nm-l3cfg.c _rp_filter_update: only the device's own value 1 is relaxed; kernel uses max(all, dev)
    void rpFilter_data()
    {
        QTest::addColumn<int>("device");
        QTest::addColumn<int>("all");
        QTest::addColumn<bool>("relaxed");
        QTest::addColumn<int>("effective");
        QTest::newRow("dev 1") << 1 << 0 << true << 1;
        QTest::newRow("all 1, dev 0") << 0 << 1 << false << 1;
        QTest::newRow("all 1, dev 2") << 2 << 1 << false << 2;
        QTest::newRow("dev 2") << 2 << 0 << false << 2;
        QTest::newRow("off") << 0 << 0 << false << 0;
    }
    void rpFilter()
    {
        QFETCH(int, device);
        QFETCH(int, all);
        QFETCH(bool, relaxed);
        QFETCH(int, effective);
        Device d;
        d.rpFilter = device;
        d.rpFilterAll = all;
        QCOMPARE(nmRelaxesRpFilter(d), relaxed);
        QCOMPARE(effectiveRpFilter(d).value_or(-1), effective);
    }

    void userspacePathManager()
    {
        KernelState k;
        QVERIFY(!userspacePathManagerSelected(k));
        k.pmType = 1;
        QVERIFY(userspacePathManagerSelected(k));
        k.pmType = 0;
        k.pathManager = QStringLiteral("userspace");
        QVERIFY(userspacePathManagerSelected(k));
    }

    // nmp-global-tracker.c: port != 0 or ifindex <= 0 → "never created by us"
    void nmIgnoresPortAndDevicelessEndpoints()
    {
        QVERIFY(nmIgnoresEndpoint(endpoint(1, "10.0.0.1", 0, 2, 8080)));
        QVERIFY(nmIgnoresEndpoint(endpoint(1, "10.0.0.1", 0, 0)));
        QVERIFY(!nmIgnoresEndpoint(endpoint(1, "10.0.0.1", 0, 2)));
    }
};

QTEST_GUILESS_MAIN(TestExplainRules)
#include "tst_explain_rules.moc"
