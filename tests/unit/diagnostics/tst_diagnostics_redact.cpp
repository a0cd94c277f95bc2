// Redaction: consistent placeholders, no leaks, addresses inside longer tokens; and the
// debug report's layout, redacted as a whole.
#include "inputs.h"

#include "mptcp/diagnostics/debugreport.h"
#include "mptcp/diagnostics/redact.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace mptcp::diagnostics;
using namespace mptcp::diagnostics::test;
namespace ex = mptcp::explain;

namespace {

// Real-looking addresses that must never survive redaction.
const QStringList kSecrets = {
    QStringLiteral("203.0.113.7"), QStringLiteral("192.168.1.20"), QStringLiteral("2001:db8:abcd::42"),
    QStringLiteral("fe80::a00:27ff:fe4e:66a1"), QStringLiteral("52:54:00:12:34:56"), QStringLiteral("10.1.2.3"),
};

} // namespace

class TestRedact : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sameAddressSamePlaceholder()
    {
        Redactor r;
        const QString a = r.redact(QStringLiteral("src 203.0.113.7 dst 192.168.1.20"));
        const QString b = r.redact(QStringLiteral("again 203.0.113.7"));
        QCOMPARE(a, QStringLiteral("src <ipv4-1> dst <ipv4-2>"));
        QCOMPARE(b, QStringLiteral("again <ipv4-1>"));
    }

    void differentAddressesDifferentPlaceholders()
    {
        Redactor r;
        const QString out = r.redact(QStringLiteral("2001:db8::1 2001:db8::2 10.0.0.1 10.0.0.2"));
        QCOMPARE(out, QStringLiteral("<ipv6-1> <ipv6-2> <ipv4-1> <ipv4-2>"));
        QCOMPARE(r.addressCount(), 4);
    }

    void ipv6SpellingsOfOneAddressShareAPlaceholder()
    {
        Redactor r;
        QCOMPARE(r.redact(QStringLiteral("2001:DB8:0:0::42 2001:db8::42")), QStringLiteral("<ipv6-1> <ipv6-1>"));
    }

    void v4MappedIPv6UsesTheIPv4Placeholder()
    {
        Redactor r;
        const QString out = r.redact(QStringLiteral("10.1.2.3 [::ffff:10.1.2.3]:443 ::ffff:10.9.9.9"));
        QCOMPARE(out, QStringLiteral("<ipv4-1> [::ffff:<ipv4-1>]:443 ::ffff:<ipv4-2>"));
    }

    void addressesInsideLongerTokens()
    {
        Redactor r;
        const QString in = QStringLiteral(
            "10.1.2.3:443 10.1.2.3/24 src=10.1.2.3, [2001:db8:abcd::42]:80 2001:db8:abcd::42/64 "
            "fe80::a00:27ff:fe4e:66a1%veth0 tcpdump 203.0.113.7.5201 > x link/ether 52:54:00:12:34:56 brd "
            "(192.168.1.20) \"2001:db8:abcd::42\"");
        const QString out = r.redact(in);
        QCOMPARE(out, QStringLiteral("<ipv4-1>:443 <ipv4-1>/24 src=<ipv4-1>, [<ipv6-1>]:80 <ipv6-1>/64 "
                                     "<ipv6-2>%veth0 tcpdump <ipv4-2>.5201 > x link/ether <mac-1> brd "
                                     "(<ipv4-3>) \"<ipv6-1>\""));
    }

    void macsAreCaseInsensitive()
    {
        Redactor r;
        QCOMPARE(r.redact(QStringLiteral("52:54:00:AB:CD:EF 52:54:00:ab:cd:ef 52:54:00:ab:cd:e0")),
                 QStringLiteral("<mac-1> <mac-1> <mac-2>"));
    }

    void nonAddressesStay()
    {
        Redactor r;
        const QString in = QStringLiteral("Linux 6.18.44 #1 12:30:45 std::vector 0.0.0.0:* [::]:* 127.0.0.1 ::1 "
                                          "ff:ff:ff:ff:ff:ff 1.42.4 999.1.1.1");
        QCOMPARE(r.redact(in), in);
        QCOMPARE(r.addressCount(), 0);
    }

    void literalsAreReplaced()
    {
        Redactor r;
        r.addLiteral(QStringLiteral("myhost"), QStringLiteral("<hostname>"));
        QCOMPARE(r.redact(QStringLiteral("Linux myhost 6.18")), QStringLiteral("Linux <hostname> 6.18"));
        // Whole words only.
        r.addLiteral(QStringLiteral("vm"), QStringLiteral("<host2>"));
        QCOMPARE(r.redact(QStringLiteral("vm nvme0 vm.example vm-1 (vm)")), QStringLiteral("<host2> nvme0 <host2>.example vm-1 (<host2>)"));
    }

    void reportHasTemplateSections()
    {
        const QString text = renderDebugReport(reportInput());
        for (const char *heading : {"### System info", "### What did you do?", "### What happened?",
                                    "### What did you expect to have?", "### Additional context", "#### Checks",
                                    "#### MPTcpExt counters", "#### NetworkManager", "#### mptcpd", "#### Routing",
                                    "#### Reverse-path filtering"}) {
            QVERIFY2(text.contains(QLatin1String(heading)), heading);
        }
        QVERIFY(text.contains(QLatin1String("$ sysctl net.mptcp\nnet.mptcp.enabled = 1\n")));
        QVERIFY(text.contains(QLatin1String("$ ip mptcp endpoint show\n203.0.113.7 id 1 subflow dev eth0\n")));
        QVERIFY(text.contains(QLatin1String("$ ip mptcp limits show\nadd_addr_accepted 1 subflows 2\n")));
        QVERIFY(text.contains(QLatin1String("MPTcpExtMPCapableFallbackSYNACK")));
        QVERIFY(text.contains(QLatin1String("net.ipv4.conf.eth0.rp_filter = 2")));
        QVERIFY(text.contains(QLatin1String("203.0.113.7")));
    }

    void reproductionShowsEventsAndDeltas()
    {
        DebugReportInput in = reportInput();
        Reproduction r;
        r.baseline.counters = {{QStringLiteral("MPJoinSynTx"), 1}};
        r.after.counters = {{QStringLiteral("MPJoinSynTx"), 4}};
        r.events = {QStringLiteral("[        CREATED] token=0a0b0c0d")};
        r.socketsBefore = QStringLiteral("before\n");
        r.socketsAfter = QStringLiteral("after\n");
        in.reproduction = r;
        const QString text = renderDebugReport(in);
        QVERIFY(text.contains(QLatin1String("#### Reproduction")));
        QVERIFY(text.contains(QLatin1String("token=0a0b0c0d")));
        QVERIFY(text.contains(QLatin1String("+3")));
        QVERIFY(text.indexOf(QLatin1String("before")) < text.indexOf(QLatin1String("after\n")));
    }

    void redactedReportLeaksNoAddressAndStaysConsistent()
    {
        const DebugReportInput in = reportInput();
        const QString text = renderDebugReport(in, {true});
        for (const QString &secret : kSecrets)
            QVERIFY2(!text.contains(secret, Qt::CaseInsensitive), qPrintable(secret));
        QVERIFY(!text.contains(QLatin1String("secret-host")));
        QVERIFY(text.contains(QLatin1String("<hostname>")));
        // The endpoint's address in `ip mptcp endpoint show` and in the free-form route output
        // get the same placeholder.
        const QRegularExpression endpointLine(QStringLiteral("\\n(<ipv4-\\d+>) id 1 subflow dev eth0\\n"));
        const QRegularExpressionMatch m = endpointLine.match(text);
        QVERIFY(m.hasMatch());
        QVERIFY(text.contains(QStringLiteral("default via 192.0.2.254 dev eth0 src %1").arg(m.captured(1)))
                || text.contains(QStringLiteral("dev eth0 src %1").arg(m.captured(1))));
    }

    void redactedJsonLeaksNothing()
    {
        const QJsonObject o = toJson(reportInput(), {true});
        const QString json = QString::fromUtf8(QJsonDocument(o).toJson());
        for (const QString &secret : kSecrets)
            QVERIFY2(!json.contains(secret, Qt::CaseInsensitive), qPrintable(secret));
        QVERIFY(o.value(QStringLiteral("endpoints")).toString().startsWith(QLatin1String("<ipv4-")));
        // Unredacted JSON keeps them.
        QVERIFY(QString::fromUtf8(QJsonDocument(toJson(reportInput())).toJson()).contains(QLatin1String("203.0.113.7")));
    }

private:
    static DebugReportInput reportInput()
    {
        ex::Snapshot s = kernelSnapshot();
        s.devices[0].addresses = {address("203.0.113.7", 2), address("2001:db8:abcd::42", 2),
                                  address("fe80::a00:27ff:fe4e:66a1", 2, ex::scope::Link)};
        s.kernel.endpoints = {endpoint(1, "203.0.113.7", ex::kernelflag::Subflow, 2)};
        DebugReportInput in;
        in.toolVersion = QStringLiteral("0.1.0");
        in.generatedAt = QStringLiteral("2026-11-27T10:00:00Z");
        in.hostname = QStringLiteral("secret-host");
        in.uname = {QStringLiteral("uname -a"), QStringLiteral("Linux secret-host 6.18.44 #1 SMP x86_64 GNU/Linux\n"), 0};
        in.osRelease = {QStringLiteral("cat /etc/os-release"), QStringLiteral("PRETTY_NAME=\"Debian GNU/Linux 12\"\n"), 0};
        in.sysctls = {{QStringLiteral("enabled"), QStringLiteral("1")}};
        in.diagnostics = inputFor(s);
        in.diagnostics.interfaces[0].rpFilter = 2;
        in.checks = runChecks(in.diagnostics);
        in.sockets = {QStringLiteral("ss -ManiH"),
                      QStringLiteral("ESTAB 0 0 203.0.113.7:41000 192.168.1.20:443 ino:5\n"
                                     "\tsubflows:1 add_addr_signal:0 [2001:db8:abcd::42]:5201\n"),
                      0};
        CounterSample c;
        c.counters = {{QStringLiteral("MPCapableFallbackSYNACK"), 2}};
        in.counters = c;
        in.mptcpdConf = {QStringLiteral("cat /etc/mptcpd/mptcpd.conf"), QStringLiteral("No such file"), 1};
        in.routing = {{QStringLiteral("ip -4 route show table all"),
                       QStringLiteral("default via 192.0.2.254 dev eth0 src 203.0.113.7\n"
                                      "10.1.2.3 dev eth1 lladdr 52:54:00:12:34:56\n"),
                       0}};
        return in;
    }
};

QTEST_GUILESS_MAIN(TestRedact)
#include "tst_diagnostics_redact.moc"
