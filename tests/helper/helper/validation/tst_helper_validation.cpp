// The helper's argument validation and saved-configuration format, as pure functions.
#include "mptcp/helper/savedconfig.h"
#include "mptcp/helper/validation.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <arpa/inet.h>
#include <sys/socket.h>

using namespace mptcp::helper;
using namespace Qt::StringLiterals;

class TestHelperValidation : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void limitsInRangeAreAccepted();
    void limitsAboveKernelMaximumAreRejectedNamingTheArgument();
    void endpointIdMustBe1To255();
    void addressesAreParsedPerFamily_data();
    void addressesAreParsedPerFamily();
    void invalidAddressesAreRejected_data();
    void invalidAddressesAreRejected();
    void interfaceNamesAreBounded_data();
    void interfaceNamesAreBounded();
    void endpointFlagRulesFollowTheKernel_data();
    void endpointFlagRulesFollowTheKernel();
    void changeFlagsOnlyBackupAndFullmesh();
    void networkManagerFlagsBecomeANumber_data();
    void networkManagerFlagsBecomeANumber();
    void configurationRejectsDuplicateIdsAndTooManyEndpoints();
    void savedConfigurationRoundTrips();
    void corruptSavedConfigurationIsRejected_data();
    void corruptSavedConfigurationIsRejected();
    void dropInsAreNumeric();
    void sysctlAllowlist_data();
    void sysctlAllowlist();
    void sysctlDropInKeepsOtherSettings();
    void atomicWriteReplacesTheFile();
};

void TestHelperValidation::limitsInRangeAreAccepted()
{
    for (uint s = 0; s <= MaxLimit; ++s) {
        const auto r = validateLimits(s, MaxLimit - s);
        QVERIFY(r.ok());
        QCOMPARE(r.value->subflows, s);
        QCOMPARE(r.value->addAddrAccepted, MaxLimit - s);
    }
}

void TestHelperValidation::limitsAboveKernelMaximumAreRejectedNamingTheArgument()
{
    auto r = validateLimits(9, 0);
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(QLatin1String("\"subflows\"")) && r.error.contains(QLatin1String("0..8")), qPrintable(r.error));
    r = validateLimits(0, 4294967295u);
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(QLatin1String("\"add_addr_accepted\"")), qPrintable(r.error));
}

void TestHelperValidation::endpointIdMustBe1To255()
{
    QVERIFY(!validateEndpointId(0, QStringLiteral("id")).ok());
    QVERIFY(validateEndpointId(1, QStringLiteral("id")).ok());
    QCOMPARE(*validateEndpointId(255, QStringLiteral("id")).value, 255);
    const auto r = validateEndpointId(256, QStringLiteral("id"));
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(QLatin1String("1..255")), qPrintable(r.error));
}

void TestHelperValidation::addressesAreParsedPerFamily_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("family");
    QTest::newRow("v4") << QStringLiteral("192.0.2.1") << AF_INET;
    QTest::newRow("v4 loopback") << QStringLiteral("127.0.0.1") << AF_INET;
    QTest::newRow("v6") << QStringLiteral("2001:db8::1") << AF_INET6;
    QTest::newRow("v6 upper") << QStringLiteral("2001:DB8::A") << AF_INET6;
    QTest::newRow("v6 link-local") << QStringLiteral("fe80::1") << AF_INET6;
}

void TestHelperValidation::addressesAreParsedPerFamily()
{
    QFETCH(QString, text);
    QFETCH(int, family);
    const auto r = validateAddress(text, QStringLiteral("address"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.value->family, family);
}

void TestHelperValidation::invalidAddressesAreRejected_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("empty") << QString() << QStringLiteral("required");
    QTest::newRow("name") << QStringLiteral("example.org") << QStringLiteral("not an IP address");
    QTest::newRow("prefix") << QStringLiteral("10.0.0.1/24") << QStringLiteral("no prefix");
    QTest::newRow("zone") << QStringLiteral("fe80::1%eth0") << QStringLiteral("zone");
    QTest::newRow("shell") << QStringLiteral("1.2.3.4;reboot") << QStringLiteral("not an IP address");
    QTest::newRow("octet") << QStringLiteral("10.0.0.256") << QStringLiteral("not an IPv4 or IPv6");
    QTest::newRow("short") << QStringLiteral("10.0.0") << QStringLiteral("not an IPv4 or IPv6");
    QTest::newRow("unspecified4") << QStringLiteral("0.0.0.0") << QStringLiteral("unspecified");
    QTest::newRow("unspecified6") << QStringLiteral("::") << QStringLiteral("unspecified");
    QTest::newRow("multicast4") << QStringLiteral("224.0.0.1") << QStringLiteral("multicast");
    QTest::newRow("multicast6") << QStringLiteral("ff02::1") << QStringLiteral("multicast");
    QTest::newRow("broadcast") << QStringLiteral("255.255.255.255") << QStringLiteral("broadcast");
    QTest::newRow("mapped") << QStringLiteral("::ffff:10.0.0.1") << QStringLiteral("IPv4 form");
    QTest::newRow("long") << QString(100, QLatin1Char('1')) << QStringLiteral("too long");
    QTest::newRow("double colon twice") << QStringLiteral("1::2::3") << QStringLiteral("not an IPv4 or IPv6");
}

void TestHelperValidation::invalidAddressesAreRejected()
{
    QFETCH(QString, text);
    QFETCH(QString, mentions);
    const auto r = validateAddress(text, QStringLiteral("address"));
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(mentions) && r.error.contains(QLatin1String("\"address\"")), qPrintable(r.error));
    QVERIFY(r.error.size() < 300);
}

void TestHelperValidation::interfaceNamesAreBounded_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("none") << QString() << true;
    QTest::newRow("eth0") << QStringLiteral("eth0") << true;
    QTest::newRow("15 chars") << QStringLiteral("abcdefghijklmno") << true;
    QTest::newRow("16 chars") << QStringLiteral("abcdefghijklmnop") << false;
    QTest::newRow("slash") << QStringLiteral("a/b") << false;
    QTest::newRow("colon") << QStringLiteral("eth0:1") << false;
    QTest::newRow("space") << QStringLiteral("eth 0") << false;
    QTest::newRow("dot") << QStringLiteral(".") << false;
    QTest::newRow("dotdot") << QStringLiteral("..") << false;
    QTest::newRow("non-ascii") << QStringLiteral("ethé") << false;
}

void TestHelperValidation::interfaceNamesAreBounded()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QCOMPARE(validateInterfaceName(name, QStringLiteral("interface")).isEmpty(), valid);
}

void TestHelperValidation::endpointFlagRulesFollowTheKernel_data()
{
    QTest::addColumn<QStringList>("flags");
    QTest::addColumn<uint>("port");
    QTest::addColumn<QString>("error"); // empty = valid
    QTest::newRow("none") << QStringList() << 0u << QString();
    QTest::newRow("subflow backup") << QStringList{QStringLiteral("subflow"), QStringLiteral("backup")} << 0u << QString();
    QTest::newRow("subflow fullmesh") << QStringList{QStringLiteral("subflow"), QStringLiteral("fullmesh")} << 0u << QString();
    QTest::newRow("signal port") << QStringList{QStringLiteral("signal")} << 8080u << QString();
    QTest::newRow("laminar") << QStringList{QStringLiteral("laminar")} << 0u << QString();
    QTest::newRow("signal fullmesh") << QStringList{QStringLiteral("signal"), QStringLiteral("fullmesh")} << 0u
                                     << QStringLiteral("cannot be combined");
    QTest::newRow("implicit") << QStringList{QStringLiteral("implicit")} << 0u << QStringLiteral("unknown flag");
    QTest::newRow("unknown") << QStringList{QStringLiteral("turbo")} << 0u << QStringLiteral("unknown flag");
    QTest::newRow("case") << QStringList{QStringLiteral("Signal")} << 0u << QStringLiteral("unknown flag");
    QTest::newRow("twice") << QStringList{QStringLiteral("backup"), QStringLiteral("backup")} << 0u << QStringLiteral("twice");
    QTest::newRow("port without signal") << QStringList{QStringLiteral("subflow")} << 80u << QStringLiteral("\"port\"");
    QTest::newRow("port signal subflow") << QStringList{QStringLiteral("signal"), QStringLiteral("subflow")} << 80u
                                         << QStringLiteral("\"port\"");
    QTest::newRow("port too big") << QStringList{QStringLiteral("signal")} << 65536u << QStringLiteral("1..65535");
    QTest::newRow("too many words") << QStringList(9, QStringLiteral("backup")) << 0u << QStringLiteral("at most");
}

void TestHelperValidation::endpointFlagRulesFollowTheKernel()
{
    QFETCH(QStringList, flags);
    QFETCH(uint, port);
    QFETCH(QString, error);
    const auto r = validateEndpoint(EndpointSpec{1, QStringLiteral("10.0.0.2"), port, flags, {}}, QString());
    QCOMPARE(r.ok(), error.isEmpty());
    if (!error.isEmpty())
        QVERIFY2(r.error.contains(error), qPrintable(r.error));
    else
        QCOMPARE(toSpec(*r.value).flags.size(), flags.size());
}

void TestHelperValidation::changeFlagsOnlyBackupAndFullmesh()
{
    QCOMPARE(*validateChangeFlags({}).value, 0u);
    QCOMPARE(*validateChangeFlags({QStringLiteral("backup"), QStringLiteral("fullmesh")}).value,
             std::uint32_t(mptcp::nl::FlagBackup | mptcp::nl::FlagFullmesh));
    QVERIFY(!validateChangeFlags({QStringLiteral("signal")}).ok());
    QVERIFY(!validateChangeFlags({QStringLiteral("nobackup")}).ok());
}

void TestHelperValidation::networkManagerFlagsBecomeANumber_data()
{
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<int>("number"); // -1 = invalid
    QTest::newRow("default") << QStringList() << 0;
    QTest::newRow("disabled") << QStringList{QStringLiteral("disabled")} << 0x1;
    QTest::newRow("subflow implies enabled") << QStringList{QStringLiteral("subflow")} << 0x22;
    QTest::newRow("enabled subflow") << QStringList{QStringLiteral("enabled"), QStringLiteral("subflow")} << 0x22;
    QTest::newRow("signal subflow") << QStringList{QStringLiteral("signal"), QStringLiteral("subflow")} << 0x32;
    QTest::newRow("also-without-sysctl") << QStringList{QStringLiteral("also-without-sysctl")} << 0x6;
    QTest::newRow("all but disabled/signal")
        << QStringList{QStringLiteral("enabled"), QStringLiteral("also-without-sysctl"), QStringLiteral("also-without-default-route"),
                       QStringLiteral("subflow"), QStringLiteral("backup"), QStringLiteral("fullmesh"), QStringLiteral("laminar")}
        << 0x1ee;
    QTest::newRow("disabled+enabled") << QStringList{QStringLiteral("disabled"), QStringLiteral("enabled")} << -1;
    QTest::newRow("signal+fullmesh") << QStringList{QStringLiteral("signal"), QStringLiteral("fullmesh")} << -1;
    QTest::newRow("number") << QStringList{QStringLiteral("0x22")} << -1;
    QTest::newRow("unknown") << QStringList{QStringLiteral("implicit")} << -1;
}

void TestHelperValidation::networkManagerFlagsBecomeANumber()
{
    QFETCH(QStringList, words);
    QFETCH(int, number);
    const auto r = validateNetworkManagerFlags(words);
    QCOMPARE(r.ok(), number >= 0);
    if (number >= 0)
        QCOMPARE(*r.value, std::uint32_t(number));
    else
        QVERIFY(r.error.contains(QLatin1String("\"flags\"")));
}

void TestHelperValidation::configurationRejectsDuplicateIdsAndTooManyEndpoints()
{
    const EndpointSpec a{3, QStringLiteral("10.0.0.2"), 0, {QStringLiteral("subflow")}, {}};
    EndpointSpec b = a;
    b.address = QStringLiteral("10.0.1.2");
    auto r = validateConfiguration(true, 2, 2, {a, b});
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(QLatin1String("endpoints[1].id")), qPrintable(r.error));
    b.id = 0; // kernel chooses: no clash
    QVERIFY(validateConfiguration(true, 2, 2, {a, b}).ok());
    EndpointList many;
    for (int i = 0; i <= MaxEndpointsInConfiguration; ++i)
        many << EndpointSpec{0, QStringLiteral("10.0.0.%1").arg(i + 1), 0, {}, {}};
    QVERIFY(!validateConfiguration(true, 2, 2, many).ok());
    EndpointSpec bad = a;
    bad.address = QStringLiteral("nope");
    r = validateConfiguration(true, 2, 2, {a, bad});
    QVERIFY2(r.error.contains(QLatin1String("endpoints[1].address")), qPrintable(r.error));
}

void TestHelperValidation::savedConfigurationRoundTrips()
{
    const auto config = validateConfiguration(
        false, 3, 4,
        {EndpointSpec{5, QStringLiteral("10.0.0.2"), 0, {QStringLiteral("subflow"), QStringLiteral("backup")}, QStringLiteral("veth0")},
         EndpointSpec{0, QStringLiteral("2001:db8::2"), 8080, {QStringLiteral("signal")}, {}}});
    QVERIFY(config.ok());
    const QByteArray json = serializeConfiguration(*config.value);
    const auto back = parseConfiguration(json);
    QVERIFY2(back.ok(), qPrintable(back.error));
    QVERIFY(*back.value == *config.value);
}

void TestHelperValidation::corruptSavedConfigurationIsRejected_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");
    const QByteArray ok = R"({"format":1,"enabled":true,"limits":{"subflows":2,"add_addr_accepted":1},"endpoints":[]})";
    QVERIFY(parseConfiguration(ok).ok());
    QTest::newRow("truncated") << ok.left(30) << QStringLiteral("JSON");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("JSON");
    QTest::newRow("array") << QByteArray("[]") << QStringLiteral("object");
    QTest::newRow("format") << QByteArray(ok).replace("\"format\":1", "\"format\":2") << QStringLiteral("format");
    QTest::newRow("unknown key") << QByteArray(ok).replace("\"enabled\"", "\"extra\":1,\"enabled\"") << QStringLiteral("extra");
    QTest::newRow("enabled string") << QByteArray(ok).replace("true", "\"yes\"") << QStringLiteral("enabled");
    QTest::newRow("limit too big") << QByteArray(ok).replace("\"subflows\":2", "\"subflows\":20") << QStringLiteral("0..8");
    QTest::newRow("limit negative") << QByteArray(ok).replace("\"subflows\":2", "\"subflows\":-1") << QStringLiteral("whole numbers");
    QTest::newRow("limit fraction") << QByteArray(ok).replace("\"subflows\":2", "\"subflows\":1.5") << QStringLiteral("whole numbers");
    QTest::newRow("endpoint not object") << QByteArray(ok).replace("[]", "[1]") << QStringLiteral("endpoints[0]");
    QTest::newRow("endpoint bad address")
        << QByteArray(ok).replace("[]", R"([{"id":1,"address":"x","port":0,"flags":[],"interface":""}])")
        << QStringLiteral("endpoints[0].address");
    QTest::newRow("endpoint missing flags")
        << QByteArray(ok).replace("[]", R"([{"id":1,"address":"10.0.0.1","port":0,"interface":""}])")
        << QStringLiteral("endpoints[0]");
}

void TestHelperValidation::corruptSavedConfigurationIsRejected()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    const auto r = parseConfiguration(json);
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(mentions), qPrintable(r.error));
}

void TestHelperValidation::dropInsAreNumeric()
{
    QVERIFY(nmDropInText(0x22).contains("\nconnection.mptcp-flags=34\n"));
    QVERIFY(nmDropInText(0x22).contains("[connection-mptcp-settings]"));
    QVERIFY(sysctlDropInText(true).contains("net.mptcp.enabled = 1\n"));
    QVERIFY(sysctlDropInText(false).contains("net.mptcp.enabled = 0\n"));
}

void TestHelperValidation::sysctlAllowlist_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("procPath"); // empty: refused
    QTest::addColumn<QString>("message");  // part of the refusal
    const QString refusedName = QStringLiteral("cannot be changed through the helper");
    QTest::newRow("enabled 1") << u"net.mptcp.enabled"_s << u"1"_s << u"net/mptcp/enabled"_s << QString();
    QTest::newRow("pm_type 0") << u"net.mptcp.pm_type"_s << u"0"_s << u"net/mptcp/pm_type"_s << QString();
    QTest::newRow("path_manager kernel") << u"net.mptcp.path_manager"_s << u"kernel"_s << u"net/mptcp/path_manager"_s << QString();
    QTest::newRow("rp_filter all") << u"net.ipv4.conf.all.rp_filter"_s << u"2"_s << u"net/ipv4/conf/all/rp_filter"_s << QString();
    QTest::newRow("rp_filter eth0") << u"net.ipv4.conf.eth0.rp_filter"_s << u"0"_s << u"net/ipv4/conf/eth0/rp_filter"_s << QString();
    QTest::newRow("rp_filter vlan") << u"net.ipv4.conf.eth0.100.rp_filter"_s << u"1"_s << u"net/ipv4/conf/eth0.100/rp_filter"_s << QString();
    QTest::newRow("ip_forward") << u"net.ipv4.ip_forward"_s << u"1"_s << QString() << refusedName;
    QTest::newRow("other mptcp") << u"net.mptcp.scheduler"_s << u"default"_s << QString() << refusedName;
    QTest::newRow("slash form") << u"net/ipv4/conf/all/rp_filter"_s << u"2"_s << QString() << refusedName;
    QTest::newRow("empty") << QString() << u"0"_s << QString() << refusedName;
    QTest::newRow("no interface") << u"net.ipv4.conf..rp_filter"_s << u"2"_s << QString() << refusedName;
    QTest::newRow("ipv6") << u"net.ipv6.conf.all.rp_filter"_s << u"2"_s << QString() << refusedName;
    QTest::newRow("other conf key") << u"net.ipv4.conf.all.forwarding"_s << u"1"_s << QString() << refusedName;
    QTest::newRow("traversal") << u"net.ipv4.conf.../x.rp_filter"_s << u"1"_s << QString() << u"not an interface name"_s;
    QTest::newRow("slash in interface") << u"net.ipv4.conf.a/b.rp_filter"_s << u"2"_s << QString() << u"not an interface name"_s;
    QTest::newRow("dotdot interface") << u"net.ipv4.conf....rp_filter"_s << u"2"_s << QString() << u"not an interface name"_s;
    QTest::newRow("long interface") << u"net.ipv4.conf.abcdefghijklmnop.rp_filter"_s << u"2"_s << QString() << u"at most 15"_s;
    QTest::newRow("rp_filter 3") << u"net.ipv4.conf.all.rp_filter"_s << u"3"_s << QString() << u"allowed: 0, 1, 2"_s;
    QTest::newRow("rp_filter 02") << u"net.ipv4.conf.all.rp_filter"_s << u"02"_s << QString() << u"allowed: 0, 1, 2"_s;
    QTest::newRow("rp_filter newline") << u"net.ipv4.conf.all.rp_filter"_s << u"2\n1"_s << QString() << u"allowed: 0, 1, 2"_s;
    QTest::newRow("enabled 2") << u"net.mptcp.enabled"_s << u"2"_s << QString() << u"allowed: 0, 1"_s;
    QTest::newRow("pm_type empty") << u"net.mptcp.pm_type"_s << QString() << QString() << u"allowed: 0, 1"_s;
    QTest::newRow("path_manager two words") << u"net.mptcp.path_manager"_s << u"kernel userspace"_s << QString()
                                            << u"available_path_managers"_s;
    QTest::newRow("path_manager path") << u"net.mptcp.path_manager"_s << u"../kernel"_s << QString() << u"available_path_managers"_s;
}

void TestHelperValidation::sysctlAllowlist()
{
    QFETCH(QString, name);
    QFETCH(QString, value);
    QFETCH(QString, procPath);
    QFETCH(QString, message);
    const auto checked = validateSysctl(name, value);
    if (procPath.isEmpty()) {
        QVERIFY(!checked.ok());
        QVERIFY2(checked.error.contains(message), qPrintable(checked.error));
        return;
    }
    QVERIFY2(checked.ok(), qPrintable(checked.error));
    QCOMPARE(checked.value->procPath(), procPath);
    QCOMPARE(checked.value->value, value);
    // sysctl.d reads dots as separators unless the key starts with the slash form.
    QCOMPARE(checked.value->dropInKey(), checked.value->interface.contains(QLatin1Char('.')) ? procPath : name);
}

void TestHelperValidation::sysctlDropInKeepsOtherSettings()
{
    const QString rp = QStringLiteral("net.ipv4.conf.eth0.rp_filter");
    const QString pm = QStringLiteral("net.mptcp.path_manager");
    const QByteArray one = updatedSysctlOptions({}, rp, QStringLiteral("2"));
    QVERIFY(one.startsWith("# Written by mptcp-settings-helper"));
    QVERIFY(one.endsWith("\nnet.ipv4.conf.eth0.rp_filter = 2\n"));
    const QByteArray two = updatedSysctlOptions(one, pm, QStringLiteral("kernel"));
    QVERIFY(two.endsWith("\nnet.ipv4.conf.eth0.rp_filter = 2\nnet.mptcp.path_manager = kernel\n"));
    // A new value replaces the line in place.
    const QByteArray changed = updatedSysctlOptions(two, rp, QStringLiteral("0"));
    QVERIFY(changed.endsWith("\nnet.ipv4.conf.eth0.rp_filter = 0\nnet.mptcp.path_manager = kernel\n"));
    QCOMPARE(changed.count("rp_filter"), 1);
    // Not keeping one drops only its line; not keeping the last leaves nothing to write.
    const QByteArray dropped = updatedSysctlOptions(changed, rp, std::nullopt);
    QVERIFY(!dropped.contains("rp_filter"));
    QVERIFY(dropped.endsWith("\nnet.mptcp.path_manager = kernel\n"));
    QCOMPARE(updatedSysctlOptions(dropped, pm, std::nullopt), QByteArray());
    QCOMPARE(updatedSysctlOptions({}, pm, std::nullopt), QByteArray());
    // Hand-edited spacing is recognised as the same key.
    QCOMPARE(updatedSysctlOptions("net.mptcp.path_manager=userspace\n", pm, QStringLiteral("kernel")).count("path_manager"), 1);
}

void TestHelperValidation::atomicWriteReplacesTheFile()
{
    QTemporaryDir dir;
    const HelperPaths paths = HelperPaths::underRoot(dir.path());
    QVERIFY(paths.configurationFile.startsWith(dir.path() + QStringLiteral("/etc/mptcp-settings/")));
    QCOMPARE(writeFileAtomically(paths.configurationFile, "one"), QString());
    QCOMPARE(writeFileAtomically(paths.configurationFile, "two"), QString());
    QFile f(paths.configurationFile);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("two"));
    QCOMPARE(QDir(QFileInfo(f).absolutePath()).entryList(QDir::Files | QDir::Hidden).size(), 1);
    QCOMPARE(removeFile(paths.configurationFile), QString());
    QVERIFY(!QFile::exists(paths.configurationFile));
    QCOMPARE(removeFile(paths.configurationFile), QString());
}

QTEST_GUILESS_MAIN(TestHelperValidation)
#include "tst_helper_validation.moc"
