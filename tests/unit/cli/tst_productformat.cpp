// mptcpctl's outputs for NetworkManager (explain, connection show, status), the
// helper's relayed events and the connection listing: values in, text and JSON out.
#include "mptcp/cli/format.h"
#ifdef MPTCP_CLI_WITH_SOCKDIAG
#include "mptcp/cli/connectionsformat.h"
#endif

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryFile>
#include <QTest>
#include <cstdio>

using namespace mptcp;
using namespace mptcp::cli;

namespace {

QString noInterfaces(int)
{
    return {};
}

explain::Address address(const char *text, int ifindex, explain::AddressFamily family = explain::AddressFamily::IPv4)
{
    explain::Address a;
    a.family = family;
    a.address = QString::fromLatin1(text);
    a.prefixLength = family == explain::AddressFamily::IPv4 ? 24 : 64;
    a.ifindex = ifindex;
    a.flags = explain::ifaflag::Permanent;
    a.origin = explain::AddressOrigin::NetworkManager;
    return a;
}

// NM 1.42 with two activated ethernet devices: veth0 (profile default: enabled,subflow)
// has its endpoint, veth1 (profile "disabled") has none, plus a stale manual endpoint.
explain::Snapshot twoDevices()
{
    explain::Snapshot s;
    s.networkManager.running = true;
    s.networkManager.version = { 1, 42, 4 };
    s.kernel.enabled = 1;
    s.kernel.subflowsLimit = 2;
    s.kernel.addAddrAcceptedLimit = 2;
    s.kernel.endpoints = { { 1, QStringLiteral("10.0.0.2"), 0, explain::kernelflag::Subflow, 2 },
        { 9, QStringLiteral("192.0.2.99"), 0, explain::kernelflag::Signal, 0 } };
    for (int i = 0; i < 2; ++i) {
        explain::Device d;
        d.ifname = QStringLiteral("veth%1").arg(i);
        d.ifindex = 2 + i;
        d.type = explain::DeviceType::Ethernet;
        d.state = explain::DeviceState::Activated;
        d.nmDefaultRoute4 = true;
        explain::ActiveConnection c;
        c.id = QStringLiteral("sb-veth%1").arg(i);
        c.uuid = QStringLiteral("00000000-0000-0000-0000-00000000000%1").arg(i);
        c.mptcpFlags = i == 0 ? 0 : explain::nmflag::Disabled;
        if (i == 1)
            c.savedMptcpFlags = explain::nmflag::Enabled | explain::nmflag::Subflow;
        d.connection = c;
        d.addresses = { address(i == 0 ? "10.0.0.2" : "10.0.1.2", d.ifindex) };
        s.devices << d;
    }
    return s;
}

} // namespace

class TestProductFormat : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void explainJsonHasARowPerAddressThenExtras();
    void explainTextShowsReasonsExtrasAndVerdict();
    void explainTextSaysKernelOnlyWithoutNetworkManager();
    void connectionRowsCarryRawResolvedAndSource();
    void statusGainsTheNetworkManagerSection();
    void helperEventsPrintLikeIpMptcpMonitor();
    void helperEventWithoutRawTypeIsFoundByName();
#ifdef MPTCP_CLI_WITH_SOCKDIAG
    void connectionsGroupSubflowsAndFlagFallback();
    void connectionsStreamEqualsTheDocumentAndEscapes();
#endif
};

void TestProductFormat::explainJsonHasARowPerAddressThenExtras()
{
    const explain::Snapshot snapshot = twoDevices();
    const explain::Explanation explanation = explain::explain(snapshot);
    const QJsonArray rows = QJsonDocument::fromJson(explainJson(snapshot, explanation).toUtf8()).array();
    QCOMPARE(rows.size(), 3);
    const QJsonObject veth0 = rows[0].toObject();
    QCOMPARE(veth0.value(QStringLiteral("device")).toString(), QStringLiteral("veth0"));
    QCOMPARE(veth0.value(QStringLiteral("address")).toString(), QStringLiteral("10.0.0.2"));
    QCOMPARE(veth0.value(QStringLiteral("expected")).toArray(), QJsonArray { QStringLiteral("subflow") });
    QVERIFY(veth0.value(QStringLiteral("reason")).isNull());
    QCOMPARE(veth0.value(QStringLiteral("kernel")).toArray(), QJsonArray { QStringLiteral("subflow") });
    QCOMPARE(veth0.value(QStringLiteral("verdict")).toString(), QStringLiteral("ok"));
    const QJsonObject veth1 = rows[1].toObject();
    QVERIFY(veth1.value(QStringLiteral("expected")).isNull());
    QVERIFY(!veth1.value(QStringLiteral("reason")).toString().isEmpty());
    QVERIFY(veth1.value(QStringLiteral("kernel")).isNull());
    QCOMPARE(veth1.value(QStringLiteral("verdict")).toString(), QStringLiteral("none"));
    const QJsonObject extra = rows[2].toObject();
    QCOMPARE(extra.value(QStringLiteral("address")).toString(), QStringLiteral("192.0.2.99"));
    QCOMPARE(extra.value(QStringLiteral("verdict")).toString(), QStringLiteral("unexpected"));
}

void TestProductFormat::explainTextShowsReasonsExtrasAndVerdict()
{
    const explain::Snapshot snapshot = twoDevices();
    const explain::Explanation explanation = explain::explain(snapshot);
    const QString text = explainText(snapshot, explanation, {});
    QVERIFY2(text.startsWith(QLatin1String("NetworkManager 1.42.4\n")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("DEVICE")));
    QVERIFY(text.contains(QRegularExpression(QStringLiteral("veth0 +10\\.0\\.0\\.2 +subflow +id 1 subflow +ok"))));
    QVERIFY(text.contains(explanation.rows[1].reasonText));
    QVERIFY(text.contains(QLatin1String("Other kernel endpoints")));
    QVERIFY(text.contains(QLatin1String("id 9 192.0.2.99 signal")));
    QVERIFY(text.trimmed().endsWith(explanation.verdict));
}

void TestProductFormat::explainTextSaysKernelOnlyWithoutNetworkManager()
{
    explain::Snapshot snapshot = twoDevices();
    snapshot.networkManager.running = false;
    for (explain::Device &d : snapshot.devices) {
        d.connection.reset();
        d.managed = false;
    }
    const QString text
        = explainText(snapshot, explain::explain(snapshot), QStringLiteral("NetworkManager is not running"));
    QVERIFY2(text.startsWith(QLatin1String("NetworkManager is not running: kernel-only mode")), qPrintable(text));
    const QJsonArray rows = QJsonDocument::fromJson(explainJson(snapshot, explain::explain(snapshot)).toUtf8()).array();
    for (const QJsonValue &row : rows)
        QVERIFY(row.toObject().value(QStringLiteral("expected")).isNull());
}

void TestProductFormat::connectionRowsCarryRawResolvedAndSource()
{
    const explain::Snapshot snapshot = twoDevices();
    const QList<ProfileRow> rows = profileRows(snapshot, explain::explain(snapshot));
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[0].id, QStringLiteral("sb-veth0"));
    QCOMPARE(rows[0].flags, 0u);
    QVERIFY(rows[0].resolved);
    QCOMPARE(rows[0].resolved->flags, explain::nmflag::Enabled | explain::nmflag::Subflow);
    QCOMPARE(rows[0].resolved->source, explain::FlagsSource::BuiltIn);
    QCOMPARE(rows[1].resolved->source, explain::FlagsSource::Connection);

    const QJsonArray json = QJsonDocument::fromJson(profilesJson(rows).toUtf8()).array();
    QCOMPARE(json[0].toObject().value(QStringLiteral("mptcp_flags_text")).toString(), QStringLiteral("default"));
    QCOMPARE(json[0].toObject().value(QStringLiteral("resolved_text")).toString(), QStringLiteral("enabled,subflow"));
    QCOMPARE(json[0].toObject().value(QStringLiteral("source")).toString(), QStringLiteral("built-in"));
    QCOMPARE(json[1].toObject().value(QStringLiteral("mptcp_flags")).toInt(), int(explain::nmflag::Disabled));
    QCOMPARE(json[1].toObject().value(QStringLiteral("saved_mptcp_flags")).toInt(),
        int(explain::nmflag::Enabled | explain::nmflag::Subflow));

    const QString text = profilesText(rows);
    QVERIFY(text.contains(
        QRegularExpression(QStringLiteral("sb-veth0 +0+-0+-0+-0+-0+0 +veth0 +default +enabled,subflow"))));
    QVERIFY(text.contains(QLatin1String("sb-veth1: the saved profile has enabled,subflow, not applied yet")));
}

void TestProductFormat::statusGainsTheNetworkManagerSection()
{
    const explain::Snapshot snapshot = twoDevices();
    const explain::Explanation explanation = explain::explain(snapshot);
    StatusReport report { nl::Sysctls {}, nl::Limits { 2, 2 }, std::vector<nl::Endpoint> {} };
    report.networkManager = networkManagerStatus(
        snapshot, explanation, {}, QStringLiteral("0x22"), QStringLiteral("/etc/NetworkManager/conf.d/mptcp.conf"));
    const QString text = statusText(report, noInterfaces);
    QVERIFY2(text.contains(QLatin1String("NetworkManager  running, version 1.42.4")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("connection.mptcp-flags=0x22 (/etc/NetworkManager/conf.d/mptcp.conf)")));
    QVERIFY(text.contains(QLatin1String("  veth0  ") + explanation.devices[0].verdict));
    QVERIFY(text.contains(explanation.verdict));

    const QJsonObject json = QJsonDocument::fromJson(statusJson(report, noInterfaces).toUtf8()).object();
    const QJsonObject nm = json.value(QStringLiteral("networkmanager")).toObject();
    QCOMPARE(nm.value(QStringLiteral("running")).toBool(), true);
    QCOMPARE(nm.value(QStringLiteral("version")).toString(), QStringLiteral("1.42.4"));
    QCOMPARE(nm.value(QStringLiteral("conf_default")).toString(), QStringLiteral("0x22"));
    QCOMPARE(json.value(QStringLiteral("interfaces")).toArray().size(), 2);
    QCOMPARE(json.value(QStringLiteral("verdict")).toString(), explanation.verdict);

    // Without NetworkManager support the status stays as ip(8)'s tools give it.
    report.networkManager.reset();
    QVERIFY(!statusText(report, noInterfaces).contains(QLatin1String("NetworkManager")));
}

void TestProductFormat::helperEventsPrintLikeIpMptcpMonitor()
{
    const QVariantMap details { { QStringLiteral("raw_type"), QVariant::fromValue(uchar(10)) },
        { QStringLiteral("token"), 0x1234abcdu }, { QStringLiteral("family"), QVariant::fromValue(ushort(2)) },
        { QStringLiteral("local_id"), QVariant::fromValue(uchar(1)) },
        { QStringLiteral("remote_id"), QVariant::fromValue(uchar(0)) },
        { QStringLiteral("saddr"), QStringLiteral("10.0.1.2") },
        { QStringLiteral("daddr"), QStringLiteral("198.51.100.1") },
        { QStringLiteral("sport"), QVariant::fromValue(ushort(40000)) },
        { QStringLiteral("dport"), QVariant::fromValue(ushort(5201)) }, { QStringLiteral("backup"), false } };
    const nl::Event event = eventFromHelper(QStringLiteral("sf_established"), details);
    QCOMPARE(event.type, nl::EventType::SubEstablished);
    QCOMPARE(eventText(event, noInterfaces),
        QStringLiteral("[SF_ESTABLISHED] token=1234abcd remid=0 locid=1 saddr4=10.0.1.2 daddr4=198.51.100.1 "
                       "sport=40000 dport=5201 backup=0\n"));
}

void TestProductFormat::helperEventWithoutRawTypeIsFoundByName()
{
    const nl::Event event = eventFromHelper(QStringLiteral("closed"), { { QStringLiteral("token"), 7u } });
    QCOMPARE(event.type, nl::EventType::Closed);
    QCOMPARE(event.rawType, quint8(3));
    QCOMPARE(event.token, std::optional<std::uint32_t>(7));
}

#ifdef MPTCP_CLI_WITH_SOCKDIAG
void TestProductFormat::connectionsGroupSubflowsAndFlagFallback()
{
    sockdiag::Snapshot snapshot;
    sockdiag::MptcpConnection mptcp;
    mptcp.state = sockdiag::TcpState::Established;
    mptcp.localAddress = *nl::IpAddress::parse("10.0.0.2");
    mptcp.localPort = 40000;
    mptcp.remoteAddress = *nl::IpAddress::parse("198.51.100.1");
    mptcp.remotePort = 5201;
    mptcp.token = 0xabc;
    for (const char *local : { "10.0.0.2", "10.0.1.2" }) {
        sockdiag::Subflow s;
        s.state = sockdiag::TcpState::Established;
        s.localAddress = *nl::IpAddress::parse(local);
        s.localPort = 40000;
        s.remoteAddress = mptcp.remoteAddress;
        s.remotePort = 5201;
        s.interfaceName = local[5] == '0' ? "veth0" : "veth1";
        mptcp.subflows.push_back(s);
    }
    mptcp.subflows[1].flags = sockdiag::SubflowBackupLocal;
    sockdiag::MptcpConnection fallback = mptcp;
    fallback.subflows.clear();
    fallback.fallback = true;
    fallback.localPort = 40001;
    snapshot.connections = { mptcp, fallback };

    const QString text = connectionsText(snapshot);
    QVERIFY2(text.contains(QLatin1String("established 10.0.0.2:40000 198.51.100.1:5201 token 00000abc\n")),
        qPrintable(text));
    QVERIFY(text.contains(QLatin1String("\tsubflow established 10.0.1.2:40000 198.51.100.1:5201 dev veth1 backup")));
    QVERIFY(text.contains(QLatin1String("10.0.0.2:40001 198.51.100.1:5201 token 00000abc FALLBACK")));

    const QJsonArray json = QJsonDocument::fromJson(connectionsJson(snapshot).toUtf8()).array();
    QCOMPARE(json.size(), 2);
    QCOMPARE(json[0].toObject().value(QStringLiteral("subflows")).toArray().size(), 2);
    QCOMPARE(json[0].toObject().value(QStringLiteral("fallback")).toBool(), false);
    QCOMPARE(
        json[0].toObject()[QStringLiteral("subflows")].toArray()[1].toObject()[QStringLiteral("interface")].toString(),
        QStringLiteral("veth1"));
    QCOMPARE(json[1].toObject().value(QStringLiteral("fallback")).toBool(), true);
}

// The streamed output (written in 64 KiB chunks as it is produced) must be the same
// bytes as the in-memory document, across chunk boundaries, with strings escaped as
// iproute2 does and UTF-8 passed through.
void TestProductFormat::connectionsStreamEqualsTheDocumentAndEscapes()
{
    sockdiag::Snapshot snapshot;
    for (int i = 0; i < 3000; ++i) {
        sockdiag::MptcpConnection c;
        c.state = sockdiag::TcpState::Established;
        c.localAddress = *nl::IpAddress::parse(i % 2 ? "10.0.0.2" : "2001:db8::2");
        c.localPort = std::uint16_t(1000 + i);
        c.remoteAddress = *nl::IpAddress::parse(i % 2 ? "198.51.100.1" : "2001:db8::1");
        c.remotePort = 443;
        c.token = std::uint32_t(i * 7919);
        c.owner = sockdiag::Owner { 100 + i, i % 3 ? "curl" : "we\"ird\\n\tame\x01 \xc3\xa9" };
        sockdiag::Subflow s;
        s.localAddress = c.localAddress;
        s.remoteAddress = c.remoteAddress;
        s.interfaceName = "wlan0";
        c.subflows.push_back(s);
        snapshot.connections.push_back(c);
    }
    const QString document = connectionsJson(snapshot);
    QVERIFY(document.size() > 3 * 64 * 1024);

    for (const bool json : { true, false }) {
        QTemporaryFile file;
        QVERIFY(file.open());
        FILE *stream = std::fopen(QFile::encodeName(file.fileName()).constData(), "w");
        QVERIFY(stream);
        if (json)
            printConnectionsJson(stream, snapshot);
        else
            printConnectionsText(stream, snapshot);
        std::fclose(stream);
        QFile written(file.fileName());
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(written.readAll()), json ? document : connectionsText(snapshot));
    }

    QJsonParseError error;
    const QJsonArray rows = QJsonDocument::fromJson(document.toUtf8(), &error).array();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(rows.size(), 3000);
    const QJsonObject owner = rows[0].toObject()[QStringLiteral("owner")].toObject();
    QCOMPARE(owner[QStringLiteral("command")].toString(), QStringLiteral("we\"ird\\n\tame\x01 \u00e9"));
    QCOMPARE(owner[QStringLiteral("pid")].toInt(), 100);
    QVERIFY(document.contains(QLatin1String(R"("command":"we\"ird\\n\tame\u0001 )")));
    QCOMPARE(rows[1].toObject()[QStringLiteral("token")].toString(), QStringLiteral("00001eef"));
    QCOMPARE(rows[0].toObject()[QStringLiteral("local")].toString(), QStringLiteral("2001:db8::2"));
}
#endif

QTEST_GUILESS_MAIN(TestProductFormat)
#include "tst_productformat.moc"
