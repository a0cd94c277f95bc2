// NetworkManager.conf merging and match-device evaluation, on temporary directory trees
// laid out like /usr/lib, /run and /etc. Expected results follow NM 1.42's nm-config.c,
// nm-config-data.c and nm-core-utils.c.
#include "mptcp/nm/nmconf.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace mptcp::nm;
using Status = ConnectionDefault::Status;

namespace {

DeviceMatchData eth0()
{
    return DeviceMatchData { QStringLiteral("eth0"), QStringLiteral("ethernet"), QStringLiteral("e1000e"),
        QStringLiteral("5.10.1-k"), QStringLiteral("00:11:22:33:44:55") };
}

DeviceMatchData device(const QString &ifname, const QString &type = QStringLiteral("ethernet"))
{
    DeviceMatchData d = eth0();
    d.interfaceName = ifname;
    d.typeDescription = type;
    return d;
}

class ConfTree {
public:
    ConfTree()
        : paths(NmConfPaths::underRoot(dir.path()))
    {
    }

    void write(const QString &path, const QByteArray &text)
    {
        const QString full = dir.path() + path;
        QDir().mkpath(QFileInfo(full).absolutePath());
        QFile f(full);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text);
    }
    [[nodiscard]] NmConfMerged read(std::optional<mptcp::explain::NmVersion> v = std::nullopt) const
    {
        return readNmConf(paths, v);
    }
    [[nodiscard]] QString file(const QString &path) const { return QDir::cleanPath(dir.path() + path); }

    QTemporaryDir dir;
    NmConfPaths paths;
};

ConnectionDefault mptcpDefault(const NmConfMerged &conf, const DeviceMatchData &d = eth0())
{
    return lookupConnectionDefault(conf, kMptcpFlagsKey, d);
}

MatchOutcome outcome(const QString &spec, const DeviceMatchData &d)
{
    return matchDevice(splitMatchSpecs(spec), d).outcome;
}

} // namespace

class TestNmConf : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readOrderSortsDirectoriesAndHidesSameNames()
    {
        const NmConfPaths p = NmConfPaths::underRoot(QStringLiteral("/r"));
        const QStringList order = confReadOrder(p,
            { QStringLiteral("20-b.conf"), QStringLiteral("10-a.conf"), QStringLiteral("40-d.conf") },
            { QStringLiteral("30-c.conf"), QStringLiteral("20-b.conf") }, { QStringLiteral("40-d.conf") }, p.mainFile);
        QCOMPARE(order,
            (QStringList { QStringLiteral("/r/usr/lib/NetworkManager/conf.d/10-a.conf"),
                QStringLiteral("/r/run/NetworkManager/conf.d/20-b.conf"),
                QStringLiteral("/r/run/NetworkManager/conf.d/30-c.conf"),
                QStringLiteral("/r/etc/NetworkManager/NetworkManager.conf"),
                QStringLiteral("/r/etc/NetworkManager/conf.d/40-d.conf") }));
    }

    void etcFileShadowsSameNamedSystemFile()
    {
        ConfTree t;
        t.write(QStringLiteral("/usr/lib/NetworkManager/conf.d/50-mptcp.conf"),
            "[connection]\nconnection.mptcp-flags=0x12\n");
        t.write(QStringLiteral("/etc/NetworkManager/conf.d/50-mptcp.conf"), "[main]\nplugins=keyfile\n");
        const NmConfMerged conf = t.read();
        QCOMPARE(conf.files, QStringList { t.file(QStringLiteral("/etc/NetworkManager/conf.d/50-mptcp.conf")) });
        QCOMPARE(mptcpDefault(conf).status, Status::NotSet);
    }

    void runFileShadowsSystemFileButNotEtc()
    {
        ConfTree t;
        t.write(QStringLiteral("/usr/lib/NetworkManager/conf.d/50-mptcp.conf"),
            "[connection]\nconnection.mptcp-flags=0x12\n");
        t.write(
            QStringLiteral("/run/NetworkManager/conf.d/50-mptcp.conf"), "[connection]\nconnection.mptcp-flags=0x22\n");
        const ConnectionDefault d = mptcpDefault(t.read());
        QCOMPARE(d.status, Status::Set);
        QCOMPARE(d.number, std::optional<qint64>(0x22));
        QCOMPARE(d.file, t.file(QStringLiteral("/run/NetworkManager/conf.d/50-mptcp.conf")));
    }

    void mainFileOverridesSystemDirAndEtcDirOverridesMain()
    {
        ConfTree t;
        t.write(QStringLiteral("/usr/lib/NetworkManager/conf.d/10-vendor.conf"),
            "[connection]\nconnection.mptcp-flags=0x12\n");
        t.write(
            QStringLiteral("/etc/NetworkManager/NetworkManager.conf"), "[connection]\nconnection.mptcp-flags=0x22\n");
        QCOMPARE(mptcpDefault(t.read()).number, std::optional<qint64>(0x22));
        t.write(
            QStringLiteral("/etc/NetworkManager/conf.d/00-local.conf"), "[connection]\nconnection.mptcp-flags=0x62\n");
        const ConnectionDefault d = mptcpDefault(t.read());
        QCOMPARE(d.number, std::optional<qint64>(0x62));
        QCOMPARE(d.section, QStringLiteral("connection"));
        QCOMPARE(d.file, t.file(QStringLiteral("/etc/NetworkManager/conf.d/00-local.conf")));
    }

    void oldMainFileWinsOverNetworkManagerConf()
    {
        ConfTree t;
        t.write(
            QStringLiteral("/etc/NetworkManager/NetworkManager.conf"), "[connection]\nconnection.mptcp-flags=0x22\n");
        t.write(QStringLiteral("/etc/NetworkManager/nm-system-settings.conf"),
            "[connection]\nconnection.mptcp-flags=0x12\n");
        QCOMPARE(mptcpDefault(t.read()).number, std::optional<qint64>(0x12));
    }

    void firstMatchingSectionOfAFileWins()
    {
        ConfTree t;
        t.write(QStringLiteral("/etc/NetworkManager/conf.d/50.conf"),
            "[connection-wlan]\nmatch-device=interface-name:wlan*\nconnection.mptcp-flags=0x1\n"
            "[connection-all]\nconnection.mptcp-flags=0x22\n"
            "[connection-eth]\nmatch-device=interface-name:eth0\nconnection.mptcp-flags=0x12\n");
        const NmConfMerged conf = t.read();
        QCOMPARE(mptcpDefault(conf, device(QStringLiteral("wlan0"))).number, std::optional<qint64>(0x1));
        // connection-all comes before connection-eth, so eth0 gets 0x22.
        const ConnectionDefault d = mptcpDefault(conf);
        QCOMPARE(d.number, std::optional<qint64>(0x22));
        QCOMPARE(d.section, QStringLiteral("connection-all"));
    }

    void laterFilesSectionsComeFirst()
    {
        ConfTree t;
        t.write(
            QStringLiteral("/etc/NetworkManager/conf.d/10-a.conf"), "[connection-a]\nconnection.mptcp-flags=0x12\n");
        t.write(
            QStringLiteral("/etc/NetworkManager/conf.d/20-b.conf"), "[connection-b]\nconnection.mptcp-flags=0x22\n");
        const NmConfMerged conf = t.read();
        QCOMPARE(conf.connectionSections.size(), 2);
        QCOMPARE(conf.connectionSections[0].name, QStringLiteral("connection-b"));
        QCOMPARE(mptcpDefault(conf).section, QStringLiteral("connection-b"));
    }

    void plainConnectionSectionIsAlwaysLast()
    {
        ConfTree t;
        t.write(QStringLiteral("/etc/NetworkManager/conf.d/10-a.conf"),
            "[connection-vendor]\nconnection.mptcp-flags=0x12\n");
        t.write(QStringLiteral("/etc/NetworkManager/conf.d/90-z.conf"), "[connection]\nconnection.mptcp-flags=0x22\n");
        const ConnectionDefault d = mptcpDefault(t.read());
        QCOMPARE(d.section, QStringLiteral("connection-vendor"));
        QCOMPARE(d.number, std::optional<qint64>(0x12));
    }

    void sectionRedefinedLaterKeepsItsFirstPlace()
    {
        // A group keeps the position where it was first merged (GKeyFile), even when a
        // later file sets its keys again: here [connection-c] of 20.conf still wins.
        ConfTree t;
        t.write(QStringLiteral("/etc/NetworkManager/conf.d/10.conf"), "[connection-a]\nconnection.mptcp-flags=0x12\n");
        t.write(QStringLiteral("/etc/NetworkManager/conf.d/20.conf"),
            "[connection-a]\nconnection.mptcp-flags=0x62\n[connection-c]\nconnection.mptcp-flags=0x22\n");
        const NmConfMerged conf = t.read();
        QCOMPARE(mptcpDefault(conf).section, QStringLiteral("connection-c"));
        const NmConfValue *a = conf.connectionSections[1].value(QString(kMptcpFlagsKey));
        QVERIFY(a);
        QCOMPARE(a->text, QStringLiteral("0x62"));
        QCOMPARE(a->file, t.file(QStringLiteral("/etc/NetworkManager/conf.d/20.conf")));
    }

    void nonMatchingSectionFallsThrough()
    {
        ConfTree t;
        t.write(QStringLiteral("/etc/NetworkManager/NetworkManager.conf"),
            "[connection-wifi]\nmatch-device=type:wifi\nconnection.mptcp-flags=0x1\n"
            "[connection]\nconnection.mptcp-flags=0x22\n");
        const NmConfMerged conf = t.read();
        QCOMPARE(mptcpDefault(conf).number, std::optional<qint64>(0x22));
        QCOMPARE(mptcpDefault(conf, device(QStringLiteral("wlp2s0"), QStringLiteral("wifi"))).number,
            std::optional<qint64>(0x1));
    }

    void wordValueIsKeptButNotANumber()
    {
        // The first matching section decides even when NM cannot parse its value; the
        // numeric value below it is not consulted.
        ConfTree t;
        t.write(QStringLiteral("/etc/NetworkManager/NetworkManager.conf"),
            "[connection-words]\nconnection.mptcp-flags=enabled,subflow\n"
            "[connection]\nconnection.mptcp-flags=0x12\n");
        const ConnectionDefault d = mptcpDefault(t.read());
        QCOMPARE(d.status, Status::Set);
        QCOMPARE(d.value, QStringLiteral("enabled,subflow"));
        QCOMPARE(d.number, std::nullopt);
        QCOMPARE(d.section, QStringLiteral("connection-words"));
    }

    void stopMatchWithoutValueEndsTheLookup()
    {
        ConfTree t;
        t.write(QStringLiteral("/etc/NetworkManager/NetworkManager.conf"),
            "[connection-stop]\nmatch-device=interface-name:eth0\nstop-match=yes\n"
            "[connection]\nconnection.mptcp-flags=0x12\n");
        const NmConfMerged conf = t.read();
        const ConnectionDefault d = mptcpDefault(conf);
        QCOMPARE(d.status, Status::NotSet);
        QCOMPARE(d.section, QStringLiteral("connection-stop"));
        QCOMPARE(mptcpDefault(conf, device(QStringLiteral("eth1"))).number, std::optional<qint64>(0x12));
        const auto defaults = mptcpConfDefaults(conf, eth0());
        QCOMPARE(defaults.size(), 2);
        QVERIFY(defaults[0].stopMatch);
        QVERIFY(defaults[0].matchesDevice);
        QCOMPARE(defaults[0].matchDevice, QStringLiteral("interface-name:eth0"));
        QCOMPARE(defaults[1].value, QStringLiteral("0x12"));
    }

    void unsupportedSpecMakesTheLookupUnknown()
    {
        ConfTree t;
        t.write(QStringLiteral("/etc/NetworkManager/NetworkManager.conf"),
            "[connection-s390]\nmatch-device=s390-subchannels:0.0.8000\nconnection.mptcp-flags=0x1\n"
            "[connection]\nconnection.mptcp-flags=0x12\n");
        const ConnectionDefault d = mptcpDefault(t.read());
        QCOMPARE(d.status, Status::Unknown);
        QCOMPARE(d.unsupportedSpec, QStringLiteral("s390-subchannels:0.0.8000"));
        QCOMPARE(d.section, QStringLiteral("connection-s390"));
    }

    void matchDeviceGlobsAndExactNames_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("ifname");
        QTest::addColumn<MatchOutcome>("expected");
        const auto M = MatchOutcome::Match, N = MatchOutcome::NoMatch;
        QTest::newRow("star") << "*"
                              << "anything" << M;
        QTest::newRow("glob hit") << "interface-name:eth*"
                                  << "eth0" << M;
        QTest::newRow("glob miss") << "interface-name:eth*"
                                   << "wlan0" << N;
        QTest::newRow("question mark") << "interface-name:eth?"
                                       << "eth12" << N;
        QTest::newRow("exact = is not a glob") << "interface-name:=eth*"
                                               << "eth0" << N;
        QTest::newRow("exact = literal") << "interface-name:=eth*"
                                         << "eth*" << M;
        QTest::newRow("tilde glob") << "interface-name:~e*0"
                                    << "eth0" << M;
        QTest::newRow("tag is case-insensitive") << "Interface-Name:eth0"
                                                 << "eth0" << M;
        QTest::newRow("comma list") << "interface-name:wlan0, interface-name:eth0"
                                    << "eth0" << M;
        QTest::newRow("semicolon list") << "interface-name:wlan0;interface-name:eth0"
                                        << "eth0" << M;
        QTest::newRow("bare name") << "eth0"
                                   << "eth0" << M;
        QTest::newRow("bare mac") << "00:11:22:33:44:55"
                                  << "eth9" << M;
        QTest::newRow("except only, not excepted") << "except:interface-name:eth1"
                                                   << "eth0" << M;
        QTest::newRow("except only, excepted") << "except:interface-name:eth0"
                                               << "eth0" << N;
        QTest::newRow("except wins over match") << "interface-name:eth*,except:interface-name:eth0"
                                                << "eth0" << N;
        QTest::newRow("match and except, other") << "interface-name:eth*,except:interface-name:eth1"
                                                 << "eth0" << M;
        QTest::newRow("positive list needs a match") << "interface-name:eth*,except:interface-name:eth1"
                                                     << "wlan0" << N;
        QTest::newRow("empty list matches nothing") << ""
                                                    << "eth0" << N;
    }

    void matchDeviceGlobsAndExactNames()
    {
        QFETCH(QString, spec);
        QFETCH(QString, ifname);
        QFETCH(MatchOutcome, expected);
        QCOMPARE(outcome(spec, device(ifname)), expected);
    }

    void matchDeviceTypeDriverMac_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<MatchOutcome>("expected");
        const auto M = MatchOutcome::Match, N = MatchOutcome::NoMatch;
        QTest::newRow("type") << "type:ethernet" << M;
        QTest::newRow("other type") << "type:wifi" << N;
        QTest::newRow("driver") << "driver:e1000e" << M;
        QTest::newRow("driver version glob") << "driver:e1000e/5.10.*" << M;
        QTest::newRow("driver version mismatch") << "driver:e1000e/6.*" << N;
        QTest::newRow("mac") << "mac:00:11:22:33:44:55" << M;
        QTest::newRow("mac upper case with dashes") << "mac:00-11-22-33-44-55" << M;
        QTest::newRow("mac other") << "mac:00:11:22:33:44:56" << N;
        QTest::newRow("except mac") << "except:mac:00:11:22:33:44:55" << N;
    }

    void matchDeviceTypeDriverMac()
    {
        QFETCH(QString, spec);
        QFETCH(MatchOutcome, expected);
        QCOMPARE(outcome(spec, eth0()), expected);
    }

    void unsupportedSpecsAreReportedNotGuessed()
    {
        DeviceMatch m = matchDevice(splitMatchSpecs(QStringLiteral("dhcp-plugin:dhclient")), eth0());
        QCOMPARE(m.outcome, MatchOutcome::Unknown);
        QCOMPARE(m.unsupportedSpec, QStringLiteral("dhcp-plugin:dhclient"));
        QCOMPARE(outcome(QStringLiteral("*,except:s390-subchannels:0.0.1"), eth0()), MatchOutcome::Unknown);
        // Decided without the unsupported spec: a positive match plus an unknown positive one.
        QCOMPARE(outcome(QStringLiteral("interface-name:eth0,s390-subchannels:0.0.1"), eth0()), MatchOutcome::Match);
        // An except that matched is final whatever the unknown spec says.
        QCOMPARE(
            outcome(QStringLiteral("dhcp-plugin:internal,except:interface-name:eth0"), eth0()), MatchOutcome::NoMatch);
    }

    void splitMatchSpecsHandlesEscapesAndBlanks()
    {
        QCOMPARE(splitMatchSpecs(QStringLiteral("  a\\,b , c ;d;;\\se\\s ")),
            (QStringList { QStringLiteral("a,b"), QStringLiteral("c"), QStringLiteral("d"), QStringLiteral(" e ") }));
    }

    void matchDeviceCanBeExtendedWithPlus()
    {
        ConfTree t;
        t.write(QStringLiteral("/etc/NetworkManager/conf.d/10.conf"),
            "[connection-m]\nmatch-device=interface-name:eth1\nconnection.mptcp-flags=0x12\n");
        t.write(QStringLiteral("/etc/NetworkManager/conf.d/20.conf"),
            "[connection-m]\nmatch-device+=interface-name:eth0\n");
        const NmConfMerged conf = t.read();
        QCOMPARE(conf.connectionSections.size(), 1);
        QCOMPARE(
            conf.connectionSections[0].matchDevice->text, QStringLiteral("interface-name:eth1,interface-name:eth0"));
        QCOMPARE(mptcpDefault(conf).number, std::optional<qint64>(0x12));
    }

    void configEnableDecidesWhetherAFileIsRead()
    {
        ConfTree t;
        t.write(QStringLiteral("/etc/NetworkManager/conf.d/10-off.conf"),
            "[.config]\nenable=false\n[connection]\nconnection.mptcp-flags=0x1\n");
        t.write(QStringLiteral("/etc/NetworkManager/conf.d/20-new.conf"),
            "[.config]\nenable=nm-version-min:1.50\n[connection]\nconnection.mptcp-flags=0x12\n");
        NmConfMerged conf = t.read(mptcp::explain::NmVersion { 1, 42, 4 });
        QVERIFY(conf.complete);
        QCOMPARE(mptcpDefault(conf).status, Status::NotSet);
        conf = t.read(mptcp::explain::NmVersion { 1, 52, 0 });
        QCOMPARE(mptcpDefault(conf).number, std::optional<qint64>(0x12));
        conf = t.read();
        QVERIFY(!conf.complete);
        QCOMPARE(conf.problems.size(), 1);
    }

    void brokenFileIsReportedAndSkipped()
    {
        ConfTree t;
        t.write(QStringLiteral("/etc/NetworkManager/conf.d/10-broken.conf"), "[connection]\nthis is not a key\n");
        t.write(QStringLiteral("/etc/NetworkManager/conf.d/20-ok.conf"), "[connection]\nconnection.mptcp-flags=0x22\n");
        const NmConfMerged conf = t.read();
        QVERIFY(!conf.complete);
        QCOMPARE(conf.problems.size(), 1);
        QVERIFY(conf.problems[0].contains(QStringLiteral("10-broken.conf")));
        QCOMPARE(mptcpDefault(conf).number, std::optional<qint64>(0x22));
    }

    void commentsEscapesAndRepeatedKeys()
    {
        ConfTree t;
        t.write(QStringLiteral("/etc/NetworkManager/NetworkManager.conf"),
            "# comment\n  [connection]  \nconnection.mptcp-flags=0x1\n  # another\r\n"
            "connection.mptcp-flags = \\s0x22\r\n[main]\n[connection]\nconnection.other=1\n");
        const NmConfMerged conf = t.read();
        const ConnectionDefault d = mptcpDefault(conf);
        QCOMPARE(d.value, QStringLiteral(" 0x22"));
        QCOMPARE(d.number, std::optional<qint64>(0x22));
        QCOMPARE(conf.connectionSections.size(), 1);
        QVERIFY(conf.connectionSections[0].value(QStringLiteral("connection.other")));
    }

    void confNumbersFollowNmParsing_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("expected"); // -1 = not a number
        QTest::newRow("hex") << "0x22" << qint64(0x22);
        QTest::newRow("decimal") << "34" << qint64(34);
        QTest::newRow("octal") << "042" << qint64(34);
        QTest::newRow("blanks") << "  18 " << qint64(18);
        QTest::newRow("zero") << "0" << qint64(0);
        QTest::newRow("words") << "enabled,subflow" << qint64(-1);
        QTest::newRow("negative") << "-1" << qint64(-1);
        QTest::newRow("trailing junk") << "0x22 subflow" << qint64(-1);
        QTest::newRow("empty") << "" << qint64(-1);
        QTest::newRow("bare 0x") << "0x" << qint64(-1);
    }

    void confNumbersFollowNmParsing()
    {
        QFETCH(QString, text);
        QFETCH(qint64, expected);
        QCOMPARE(parseConfNumber(text), expected < 0 ? std::nullopt : std::optional<qint64>(expected));
    }

    void noConfigurationAtAllMeansNotSet()
    {
        ConfTree t;
        const NmConfMerged conf = t.read();
        QVERIFY(conf.complete);
        QVERIFY(conf.files.isEmpty());
        QCOMPARE(mptcpDefault(conf).status, Status::NotSet);
        QVERIFY(mptcpConfDefaults(conf, eth0()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestNmConf)
#include "tst_nmconf.moc"
