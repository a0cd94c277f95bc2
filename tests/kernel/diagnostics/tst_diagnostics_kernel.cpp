// Each check against a real kernel: the test creates the situation in its own network
// namespace, collects from inside it and asserts the verdict.
#include "mptcp/diagnostics/collect.h"
#include "mptcp/netlink/pm.h"

#include "testsupport.h"

#include <QTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#ifndef IPPROTO_MPTCP
#define IPPROTO_MPTCP 262
#endif

using namespace mptcp::diagnostics;
using mptcp::test::Netns;

namespace {

const QString kV0Address = QStringLiteral("10.0.1.1");
const QString kV1Address = QStringLiteral("10.0.2.1");
const QString kV6Address = QStringLiteral("2001:db8:1::1");

QStringList args(const char *line)
{
    return QString::fromLatin1(line).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

bool sysctl(const Netns &ns, const char *assignment)
{
    return ns.exec(QStringLiteral("sysctl"), {QStringLiteral("-q"), QStringLiteral("-w"), QLatin1String(assignment)}) == 0;
}

// v0 (10.0.1.1/24, 2001:db8:1::1/64) and its veth peer v1 (10.0.2.1/24) in one namespace,
// default routes for both families via v0, rp_filter 0 everywhere, MPTCP on, limits 8/8.
bool setUpLab(const Netns &ns)
{
    const char *lines[] = {
        "link set lo up",
        "link add v0 type veth peer name v1",
        "addr add 10.0.1.1/24 dev v0",
        "addr add 2001:db8:1::1/64 dev v0 nodad",
        "addr add 10.0.2.1/24 dev v1",
        "link set v0 up",
        "link set v1 up",
        "route add default via 10.0.1.254 dev v0",
        "-6 route add default via 2001:db8:1::fe dev v0",
        "mptcp limits set subflows 8 add_addr_accepted 8",
    };
    for (const char *l : lines) {
        if (ns.ip(args(l)) != 0)
            return false;
    }
    return sysctl(ns, "net.mptcp.enabled=1") && sysctl(ns, "net.ipv4.conf.all.rp_filter=0")
        && sysctl(ns, "net.ipv4.conf.v0.rp_filter=0") && sysctl(ns, "net.ipv4.conf.v1.rp_filter=0");
}

Collected collectIn(Netns &ns, std::optional<CounterSample> baseline = std::nullopt)
{
    Collected c;
    if (!ns.enter())
        return c;
    CollectOptions o;
    o.baseline = std::move(baseline);
    c = collectDiagnostics(o);
    ns.leave();
    return c;
}

CheckResult checkIn(Netns &ns, CheckFunction check)
{
    return check(collectIn(ns).input);
}

// An MPTCP connection over 127.0.0.1 in the entered namespace, kept open while alive.
class MptcpPair {
public:
    MptcpPair()
    {
        m_server = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, IPPROTO_MPTCP);
        m_client = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, IPPROTO_MPTCP);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t len = sizeof addr;
        m_ok = m_server >= 0 && m_client >= 0 && ::bind(m_server, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0
            && ::listen(m_server, 4) == 0 && ::getsockname(m_server, reinterpret_cast<sockaddr *>(&addr), &len) == 0
            && ::connect(m_client, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0;
        if (m_ok) {
            m_accepted = ::accept(m_server, nullptr, nullptr);
            m_ok = m_accepted >= 0 && ::write(m_client, "x", 1) == 1;
        }
    }
    ~MptcpPair()
    {
        for (int fd : {m_accepted, m_client, m_server}) {
            if (fd >= 0)
                ::close(fd);
        }
    }
    MptcpPair(const MptcpPair &) = delete;
    MptcpPair &operator=(const MptcpPair &) = delete;
    [[nodiscard]] bool ok() const { return m_ok; }

private:
    int m_server = -1;
    int m_client = -1;
    int m_accepted = -1;
    bool m_ok = false;
};

} // namespace

class TestDiagnosticsKernel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void collectorReadsTheNamespace()
    {
        Netns ns(QStringLiteral("dgcol"));
        QVERIFY(ns.valid() && setUpLab(ns));
        QCOMPARE(ns.ip(args("mptcp endpoint add 10.0.1.1 dev v0 subflow")), 0);
        const Collected c = collectIn(ns);
        const DiagnosticsInput &in = c.input;
        QVERIFY2(c.kernel.endpointsError.isEmpty(), qPrintable(c.kernel.endpointsError));
        QCOMPARE(in.snapshot.kernel.enabled, std::optional<int>(1));
        QCOMPARE(in.snapshot.kernel.subflowsLimit, std::optional<quint32>(8));
        QCOMPARE(in.snapshot.kernel.endpoints.size(), 1);
        QCOMPARE(in.snapshot.kernel.endpoints.at(0).address, kV0Address);
        QVERIFY(!in.snapshot.networkManager.running);
        QCOMPARE(in.interfaces.size(), 3); // lo, v0, v1
        QCOMPARE(in.rpFilterAll, std::optional<int>(0));
        QCOMPARE(in.defaultRoutes.size(), 2);
        QVERIFY(c.counters && c.counters->value(QStringLiteral("MPCapableSYNTX")).has_value());
    }

    void healthyNamespacePassesEveryCheck()
    {
        Netns ns(QStringLiteral("dgok"));
        QVERIFY(ns.valid() && setUpLab(ns));
        QCOMPARE(ns.ip(args("mptcp endpoint add 10.0.1.1 dev v0 subflow")), 0);
        QCOMPARE(ns.ip(args("mptcp endpoint add 10.0.2.1 dev v1 subflow")), 0);
        const QList<CheckResult> results = runChecks(collectIn(ns).input);
        for (const CheckResult &r : results) {
            QVERIFY2(r.verdict == CheckVerdict::Ok || r.verdict == CheckVerdict::NotApplicable,
                     qPrintable(r.id + QStringLiteral(": ") + r.explanation));
        }
        QCOMPARE(exitStatus(results), 0);
    }

    void sysctlDisabledFails()
    {
        Netns ns(QStringLiteral("dgsys"));
        QVERIFY(ns.valid() && setUpLab(ns));
        QCOMPARE(checkIn(ns, &checkMptcpEnabled).verdict, CheckVerdict::Ok);
        QVERIFY(sysctl(ns, "net.mptcp.enabled=0"));
        const Collected c = collectIn(ns);
        const CheckResult r = checkMptcpEnabled(c.input);
        QCOMPARE(r.verdict, CheckVerdict::Fail);
        QCOMPARE(r.fix->parameters.value(QStringLiteral("name")).toString(), QStringLiteral("net.mptcp.enabled"));
        QCOMPARE(exitStatus(runChecks(c.input)), 1);
    }

    void userspacePathManagerWithoutDaemonFails()
    {
        Netns ns(QStringLiteral("dgupm"));
        QVERIFY(ns.valid() && setUpLab(ns));
        QCOMPARE(checkIn(ns, &checkUserspacePathManager).verdict, CheckVerdict::Ok);
        QVERIFY(sysctl(ns, "net.mptcp.path_manager=userspace"));
        const CheckResult r = checkIn(ns, &checkUserspacePathManager);
        QCOMPARE(r.verdict, CheckVerdict::Fail);
        QCOMPARE(r.fix->parameters.value(QStringLiteral("value")).toString(), QStringLiteral("kernel"));
    }

    void subflowsLimitBelowEndpointsWarns()
    {
        Netns ns(QStringLiteral("dglim"));
        QVERIFY(ns.valid() && setUpLab(ns));
        QCOMPARE(ns.ip(args("mptcp endpoint add 10.0.1.1 dev v0 subflow")), 0);
        QCOMPARE(ns.ip(args("mptcp endpoint add 10.0.2.1 dev v1 subflow")), 0);
        QCOMPARE(ns.ip(args("mptcp endpoint add 2001:db8:1::1 dev v0 subflow")), 0);
        QCOMPARE(checkIn(ns, &checkSubflowsLimit).verdict, CheckVerdict::Ok);
        QCOMPARE(ns.ip(args("mptcp limits set subflows 1")), 0);
        const CheckResult r = checkIn(ns, &checkSubflowsLimit);
        QCOMPARE(r.verdict, CheckVerdict::Warning);
        QCOMPARE(r.fix->parameters.value(QStringLiteral("subflows")).toUInt(), 3u);
    }

    void addAddrAcceptedZeroWarns()
    {
        Netns ns(QStringLiteral("dgaddr"));
        QVERIFY(ns.valid() && setUpLab(ns));
        QCOMPARE(ns.ip(args("mptcp endpoint add 10.0.1.1 dev v0 subflow")), 0);
        QCOMPARE(checkIn(ns, &checkAddAddrAccepted).verdict, CheckVerdict::Ok);
        QCOMPARE(ns.ip(args("mptcp limits set add_addr_accepted 0")), 0);
        QCOMPARE(checkIn(ns, &checkAddAddrAccepted).verdict, CheckVerdict::Warning);
    }

    void strictRpFilterOnEndpointInterfaceWarns()
    {
        Netns ns(QStringLiteral("dgrpf"));
        QVERIFY(ns.valid() && setUpLab(ns));
        QCOMPARE(ns.ip(args("mptcp endpoint add 10.0.2.1 dev v1 subflow")), 0);
        QCOMPARE(checkIn(ns, &checkRpFilter).verdict, CheckVerdict::Ok);
        // Strict through conf.all while the device's own value stays 0: max() decides.
        QVERIFY(sysctl(ns, "net.ipv4.conf.all.rp_filter=1"));
        const CheckResult r = checkIn(ns, &checkRpFilter);
        QCOMPARE(r.verdict, CheckVerdict::Warning);
        QCOMPARE(r.fix->parameters.value(QStringLiteral("name")).toString(), QStringLiteral("net.ipv4.conf.v1.rp_filter"));
        // Applying the offered fix makes it loose again.
        QVERIFY(sysctl(ns, "net.ipv4.conf.v1.rp_filter=2"));
        QCOMPARE(checkIn(ns, &checkRpFilter).verdict, CheckVerdict::Ok);
    }

    void endpointForRemovedAddressIsStale()
    {
        Netns ns(QStringLiteral("dgstale"));
        QVERIFY(ns.valid() && setUpLab(ns));
        QCOMPARE(ns.ip(args("mptcp endpoint add 10.0.2.1 id 5 subflow")), 0);
        QCOMPARE(checkIn(ns, &checkStaleEndpoints).verdict, CheckVerdict::Ok);
        QCOMPARE(ns.ip(args("addr del 10.0.2.1/24 dev v1")), 0);
        const CheckResult r = checkIn(ns, &checkStaleEndpoints);
        QCOMPARE(r.verdict, CheckVerdict::Warning);
        QCOMPARE(r.fix->parameters.value(QStringLiteral("id")).toInt(), 5);
    }

    void familyWithoutDefaultRouteWarns()
    {
        Netns ns(QStringLiteral("dgroute"));
        QVERIFY(ns.valid() && setUpLab(ns));
        QCOMPARE(checkIn(ns, &checkDefaultRoutes).verdict, CheckVerdict::Ok);
        QCOMPARE(ns.ip(args("-6 route del default")), 0);
        const CheckResult r = checkIn(ns, &checkDefaultRoutes);
        QCOMPARE(r.verdict, CheckVerdict::Warning);
        QVERIFY(r.explanation.startsWith(QLatin1String("IPv6")));
    }

    void noEndpointsWarns()
    {
        Netns ns(QStringLiteral("dgnoep"));
        QVERIFY(ns.valid() && setUpLab(ns));
        QCOMPARE(checkIn(ns, &checkEndpointsPresent).verdict, CheckVerdict::Warning);
        QCOMPARE(ns.ip(args("mptcp endpoint add 10.0.1.1 dev v0 subflow")), 0);
        QCOMPARE(checkIn(ns, &checkEndpointsPresent).verdict, CheckVerdict::Ok);
    }

    void fallbackToPlainTcpServerIsReported()
    {
        Netns ns(QStringLiteral("dgfb"));
        QVERIFY(ns.valid() && setUpLab(ns));
        const Collected before = collectIn(ns);
        QVERIFY(before.counters);
        QCOMPARE(checkRecentFallbacks(collectIn(ns, before.counters).input).verdict, CheckVerdict::Ok);

        QVERIFY(ns.enter());
        const bool connected = mptcp::test::fallBackToPlainTcp();
        ns.leave();
        QVERIFY(connected);

        const Collected after = collectIn(ns, before.counters);
        QVERIFY(after.input.counters);
        QVERIFY(after.input.counters->delta(QStringLiteral("MPCapableFallbackSYNACK")) >= 1);
        const CheckResult r = checkRecentFallbacks(after.input);
        QCOMPARE(r.verdict, CheckVerdict::Warning);
        QVERIFY(r.explanation.contains(QLatin1String("MPCapableFallbackSYNACK")));
    }

    void debugReportListsConnectionsWithSubflows()
    {
        Netns ns(QStringLiteral("dgconn"));
        QVERIFY(ns.valid() && setUpLab(ns));
        QVERIFY(ns.enter());
        DebugReportInput in;
        {
            const MptcpPair pair;
            if (pair.ok())
                in = collectDebugReport();
            ns.leave();
            QVERIFY(pair.ok());
        }
        QVERIFY2(in.connectionsNote.isEmpty(), qPrintable(in.connectionsNote));
        QVERIFY2(in.connections.contains(QLatin1String("127.0.0.1:")), qPrintable(in.connections));
        QVERIFY2(in.connections.contains(QLatin1String("  subflow ")), qPrintable(in.connections));
        QVERIFY(in.connections.contains(QLatin1String("dev lo")));
        QVERIFY(in.sockets.output.contains(QLatin1String("127.0.0.1:")));
        QCOMPARE(in.counters->value(QStringLiteral("MPCurrEstab")), std::optional<quint64>(2));
    }

    void reproductionRecordsEventsAndCounterChanges()
    {
        Netns ns(QStringLiteral("dgrepro"));
        QVERIFY(ns.valid() && setUpLab(ns));
        QVERIFY(ns.enter());
        Reproduction repro = beginReproduction();
        QStringList events;
        bool ok = false;
        {
            mptcp::nl::Result<mptcp::nl::EventListener> listener = mptcp::nl::EventListener::open();
            const MptcpPair pair; // what the user "reproduces"
            ok = listener.ok() && pair.ok();
            for (int i = 0; ok && i < 20 && events.size() < 2; ++i) {
                ok = listener->waitAndDispatch(100, [&events](const mptcp::nl::Event &e) { events << formatEvent(e); })
                         .ok();
            }
            finishReproduction(repro, events);
        }
        DebugReportInput in = collectDebugReport({}, repro);
        ns.leave();
        QVERIFY(ok);
        QVERIFY2(events.join(QLatin1Char('\n')).contains(QLatin1String("CREATED]")), qPrintable(events.join(QLatin1Char('\n'))));
        QCOMPARE(compareSamples(repro.baseline, repro.after).delta(QStringLiteral("MPCapableSYNTX")), 1);
        QVERIFY(repro.socketsAfter.contains(QLatin1String("127.0.0.1:")));
        const QString text = renderDebugReport(in);
        QVERIFY(text.contains(QLatin1String("#### Reproduction")));
        QVERIFY(text.contains(QLatin1String("MPTcpExtMPCapableSYNTX")));
        QVERIFY(text.contains(QLatin1String("CREATED]")));
    }

    void debugReportOfTheNamespaceRedactsItsAddresses()
    {
        Netns ns(QStringLiteral("dgrep"));
        QVERIFY(ns.valid() && setUpLab(ns));
        QCOMPARE(ns.ip(args("mptcp endpoint add 10.0.1.1 dev v0 subflow")), 0);
        QVERIFY(ns.enter());
        const DebugReportInput in = collectDebugReport();
        ns.leave();
        const QString plain = renderDebugReport(in);
        QVERIFY(plain.contains(QLatin1String("$ ip mptcp endpoint show\n10.0.1.1 id 1 subflow dev v0\n")));
        QVERIFY(plain.contains(QLatin1String("$ ip -4 route show table all")));
        QVERIFY(plain.contains(QLatin1String("default via 10.0.1.254 dev v0")));
        QVERIFY(plain.contains(QLatin1String("net.ipv4.conf.v1.rp_filter = 0")));
        const QString redacted = renderDebugReport(in, {true});
        for (const QString &a : {kV0Address, kV1Address, kV6Address, QStringLiteral("10.0.1.254")})
            QVERIFY2(!redacted.contains(a), qPrintable(a));
        QVERIFY(redacted.contains(QLatin1String("$ uname -a\nLinux <hostname> ")));
    }
};

MPTCP_TEST_MAIN_REQUIRING(TestDiagnosticsKernel, mptcp::test::requireMptcp())
#include "tst_diagnostics_kernel.moc"
