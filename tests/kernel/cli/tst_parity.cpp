// mptcpctl against iproute2 on a real kernel: for each scenario, two fresh network
// namespaces with the same veth setup get the same command lines, one through
// `ip mptcp`, one through mptcpctl. The kernel state afterwards must be identical,
// refusals must be refusals in both, and mptcpctl's JSON must be iproute2's bytes.
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using mptcp::test::Netns;

namespace {

const QString Mptcpctl = QStringLiteral(MPTCPCTL_PATH);

// What a step must lead to, in both tools.
enum class Expect {
    Ok, // both succeed
    Kernel, // the kernel refuses: ip exits 2, mptcpctl 1, same "Error: <ext-ack>." line
    Usage, // refused before sending: ip exits 255/1, mptcpctl 2 naming the word
    Refused, // both refuse, each at its own stage (ip lets the kernel say no, mptcpctl does not send)
};

struct Step {
    QStringList arguments;
    Expect expect;
};

struct Outcome {
    int code = -1;
    QString out;
    QString err;
};

Outcome runSplit(const QStringList &command)
{
    QProcess p;
    p.start(command.first(), command.mid(1));
    Outcome o;
    if (!p.waitForStarted(10000))
        return o;
    p.closeWriteChannel();
    p.waitForFinished(30000);
    o.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    o.out = QString::fromUtf8(p.readAllStandardOutput());
    o.err = QString::fromUtf8(p.readAllStandardError());
    return o;
}

Outcome viaIp(const Netns &ns, const QStringList &arguments)
{
    return runSplit(QStringList { QStringLiteral("ip"), QStringLiteral("-n"), ns.name() } + arguments);
}

Outcome viaMptcpctl(const Netns &ns, const QStringList &arguments)
{
    return runSplit(
        QStringList { QStringLiteral("ip"), QStringLiteral("netns"), QStringLiteral("exec"), ns.name(), Mptcpctl }
        + arguments);
}

// The same veth pair in every namespace: va 10.0.0.1 + fd00::1, vb 10.0.0.2.
bool setUpLinks(const Netns &ns)
{
    const QList<QStringList> commands {
        { QStringLiteral("link"), QStringLiteral("add"), QStringLiteral("va"), QStringLiteral("type"),
            QStringLiteral("veth"), QStringLiteral("peer"), QStringLiteral("name"), QStringLiteral("vb") },
        { QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("va"), QStringLiteral("up") },
        { QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("vb"), QStringLiteral("up") },
        { QStringLiteral("addr"), QStringLiteral("add"), QStringLiteral("10.0.0.1/24"), QStringLiteral("dev"),
            QStringLiteral("va") },
        { QStringLiteral("addr"), QStringLiteral("add"), QStringLiteral("10.0.0.2/24"), QStringLiteral("dev"),
            QStringLiteral("vb") },
        { QStringLiteral("addr"), QStringLiteral("add"), QStringLiteral("fd00::1/64"), QStringLiteral("dev"),
            QStringLiteral("va"), QStringLiteral("nodad") },
    };
    for (const QStringList &command : commands) {
        if (ns.ip(command) != 0)
            return false;
    }
    return true;
}

QStringList words(const char *line)
{
    return QString::fromUtf8(line).split(u' ', Qt::SkipEmptyParts);
}

Step ok(const char *line)
{
    return { words(line), Expect::Ok };
}
Step kernel(const char *line)
{
    return { words(line), Expect::Kernel };
}
Step usage(const char *line)
{
    return { words(line), Expect::Usage };
}
Step refused(const char *line)
{
    return { words(line), Expect::Refused };
}

QString withoutTrailingBlanks(const QString &text)
{
    QStringList lines = text.split(u'\n');
    for (QString &line : lines) {
        while (line.endsWith(u' '))
            line.chop(1);
    }
    return lines.join(u'\n');
}

} // namespace

Q_DECLARE_METATYPE(QList<Step>)

class TestParity : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sameKernelStateAsIproute2_data();
    void sameKernelStateAsIproute2();
    void jsonOfEveryEndpointIsIproute2Bytes();
    void errorsGoToStderrOnly();
};

void TestParity::sameKernelStateAsIproute2_data()
{
    QTest::addColumn<QList<Step>>("steps");
    const auto row = [](const char *name, const QList<Step> &steps) { QTest::newRow(name) << steps; };

    row("add subflow with dev", { ok("endpoint add 10.0.0.1 dev va subflow") });
    row("add signal with id", { ok("endpoint add 10.0.0.2 id 9 signal") });
    row("dev given as if<N>",
        { ok("endpoint add 10.0.0.1 dev if3 subflow"), ok("endpoint add 10.0.0.2 dev if99 subflow") });
    row("add signal with port", { ok("endpoint add 10.0.0.1 signal port 5000") });
    row("add ipv6 subflow fullmesh backup", { ok("endpoint add fd00::1 dev va subflow fullmesh backup") });
    row("add ipv4-mapped ipv6", { ok("endpoint add ::ffff:10.0.0.1 subflow") });
    row("add several, kernel picks ids",
        { ok("endpoint add 10.0.0.1 subflow"), ok("endpoint add 10.0.0.2 id 200 signal"),
            ok("endpoint add fd00::1 subflow backup"), ok("endpoint add 10.0.0.3 signal subflow") });
    row("abbreviated words", { ok("endp a 10.0.0.1 i 7 d va subflow"), ok("e c i 7 backup"), ok("l s s 3 a 2") });
    row("hex and octal numbers",
        { ok("endpoint add 10.0.0.1 id 0x10 subflow"), ok("endpoint add 10.0.0.2 id 010 signal port 0x1f90") });
    row("id 255", { ok("endpoint add 10.0.0.1 id 255 subflow") });
    row("duplicate address", { ok("endpoint add 10.0.0.1 subflow"), kernel("endpoint add 10.0.0.1 subflow") });
    row("duplicate id", { ok("endpoint add 10.0.0.1 id 3"), kernel("endpoint add 10.0.0.2 id 3") });
    row("more than 8 endpoints",
        { ok("endpoint add 10.0.1.1"), ok("endpoint add 10.0.1.2"), ok("endpoint add 10.0.1.3"),
            ok("endpoint add 10.0.1.4"), ok("endpoint add 10.0.1.5"), ok("endpoint add 10.0.1.6"),
            ok("endpoint add 10.0.1.7"), ok("endpoint add 10.0.1.8"), kernel("endpoint add 10.0.1.9") });
    row("signal port on an address not here", { kernel("endpoint add 10.9.9.9 signal port 6000") });
    row("signal with fullmesh", { usage("endpoint add 10.0.0.1 signal fullmesh") });
    row("port without signal", { usage("endpoint add 10.0.0.1 subflow port 5000") });
    row("unknown interface", { usage("endpoint add 10.0.0.1 dev eth9 subflow") });
    row("id out of range", { usage("endpoint add 10.0.0.1 id 300") });
    row("port out of range", { usage("endpoint add 10.0.0.1 signal port 70000") });
    row("not a number", { usage("endpoint add 10.0.0.1 id x") });
    row("unknown flag", { usage("endpoint add 10.0.0.1 foo") });
    row("missing address", { usage("endpoint add subflow") });
    row("delete by id",
        { ok("endpoint add 10.0.0.1 subflow"), ok("endpoint add 10.0.0.2 signal"), ok("endpoint delete id 1") });
    row("delete missing id", { ok("endpoint add 10.0.0.1 subflow"), kernel("endpoint delete id 42") });
    row("delete id 0 by address", { ok("endpoint add 10.0.0.1 subflow"), ok("endpoint del id 0 10.0.0.1") });
    row("delete needs id", { usage("endpoint delete") });
    row("delete non-zero id with address",
        { ok("endpoint add 10.0.0.1 subflow"), usage("endpoint delete id 1 10.0.0.1") });
    row("change backup then fullmesh clears backup",
        { ok("endpoint add 10.0.0.1 id 1 subflow"), ok("endpoint change id 1 backup"),
            ok("endpoint change id 1 fullmesh") });
    row("change both, then neither",
        { ok("endpoint add 10.0.0.1 id 1 subflow"), ok("endpoint change id 1 backup fullmesh"),
            ok("endpoint change id 1 nobackup nofullmesh") });
    row("change with no flag clears both",
        { ok("endpoint add 10.0.0.1 id 1 subflow backup fullmesh"), ok("endpoint change id 1") });
    row("change by address",
        { ok("endpoint add 10.0.0.2 signal"), ok("endpoint change 10.0.0.2 backup"),
            ok("endpoint change 10.0.0.2 nobackup") });
    row("change by address and port",
        { ok("endpoint add 10.0.0.1 signal port 5000"), ok("endpoint change 10.0.0.1 port 5000 backup") });
    row("change fullmesh on a signal endpoint",
        { ok("endpoint add 10.0.0.2 id 1 signal"), kernel("endpoint change id 1 fullmesh") });
    row("change unknown id", { kernel("endpoint change id 9 backup") });
    row("change unknown address", { kernel("endpoint change 10.9.9.9 backup") });
    row("change a flag that cannot change",
        { ok("endpoint add 10.0.0.1 id 1 subflow"), usage("endpoint change id 1 signal") });
    row("change port with id", { usage("endpoint change id 1 port 5000 backup") });
    row("change without selector", { refused("endpoint change backup") });
    row("flush", { ok("endpoint add 10.0.0.1 subflow"), ok("endpoint add fd00::1 signal"), ok("endpoint flush") });
    row("limits set both", { ok("limits set subflows 5 add_addr_accepted 3") });
    row("limits set one keeps the other",
        { ok("limits set subflows 4 add_addr_accepted 4"), ok("limits set subflows 1") });
    row("limits set nothing", { ok("limits set") });
    row("limits subflows above maximum", { kernel("limits set subflows 9") });
    row("limits add_addr_accepted above maximum", { kernel("limits set add_addr_accepted 9") });
    row("limits unknown word", { usage("limits set foo 1") });
    row("show missing id", { kernel("endpoint show id 77") });
}

void TestParity::sameKernelStateAsIproute2()
{
    QFETCH(QList<Step>, steps);
    Netns withIp(QStringLiteral("cli-ip"));
    Netns withCtl(QStringLiteral("cli-ctl"));
    QVERIFY(withIp.valid() && withCtl.valid());
    QVERIFY(setUpLinks(withIp));
    QVERIFY(setUpLinks(withCtl));

    for (const Step &step : steps) {
        const QString line = step.arguments.join(u' ');
        const Outcome ip = viaIp(withIp, QStringList { QStringLiteral("mptcp") } + step.arguments);
        const Outcome ctl = viaMptcpctl(withCtl, step.arguments);
        const QByteArray context = (line + QStringLiteral(" | ip: ") + QString::number(ip.code) + u' ' + ip.err
            + QStringLiteral(" | mptcpctl: ") + QString::number(ctl.code) + u' ' + ctl.err)
                                       .toUtf8();
        switch (step.expect) {
        case Expect::Ok:
            QVERIFY2(ip.code == 0 && ctl.code == 0, context.constData());
            QVERIFY2(ctl.err.isEmpty(), context.constData());
            break;
        case Expect::Kernel:
            QVERIFY2(ip.code == 2 && ctl.code == 1, context.constData());
            QVERIFY2(ctl.err.startsWith(QLatin1String("Error: ")), context.constData());
            QVERIFY2(ctl.err == ip.err, context.constData());
            break;
        case Expect::Usage:
            QVERIFY2(ip.code != 0 && ip.code != 2 && ctl.code == 2, context.constData());
            QVERIFY2(ctl.err.startsWith(QLatin1String("mptcpctl: ")), context.constData());
            break;
        case Expect::Refused:
            QVERIFY2(ip.code != 0 && ctl.code != 0, context.constData());
            QVERIFY2(!ip.err.isEmpty() && !ctl.err.isEmpty(), context.constData());
            break;
        }
        QVERIFY2(ctl.out.isEmpty() || line.contains(QLatin1String("show")), context.constData());
    }

    // Resulting state, read by iproute2 in both namespaces. Both have the same
    // interfaces created in the same order, so even ifindex-derived names agree.
    const QStringList endpointsJson { QStringLiteral("-j"), QStringLiteral("mptcp"), QStringLiteral("endpoint"),
        QStringLiteral("show") };
    const QStringList limitsText { QStringLiteral("mptcp"), QStringLiteral("limits"), QStringLiteral("show") };
    const Outcome ipEndpoints = viaIp(withIp, endpointsJson);
    const Outcome ctlEndpoints = viaIp(withCtl, endpointsJson);
    QCOMPARE(ipEndpoints.code, 0);
    QCOMPARE(ctlEndpoints.out, ipEndpoints.out);
    QCOMPARE(viaIp(withCtl, limitsText).out, viaIp(withIp, limitsText).out);

    // mptcpctl's own view of that state: JSON byte-equal, text equal but for
    // iproute2's trailing blanks, limits as numbers.
    QCOMPARE(viaMptcpctl(withCtl, words("--json endpoint show")).out, ctlEndpoints.out);
    QCOMPARE(viaMptcpctl(withCtl, words("endpoint show")).out,
        withoutTrailingBlanks(viaIp(withCtl, words("mptcp endpoint show")).out));
    const QJsonObject limits = QJsonDocument::fromJson(viaMptcpctl(withCtl, words("-j limits")).out.toUtf8()).object();
    QCOMPARE(QStringLiteral("add_addr_accepted %1 subflows %2 \n")
                 .arg(limits.value(QLatin1String("add_addr_accepted")).toInt())
                 .arg(limits.value(QLatin1String("subflows")).toInt()),
        viaIp(withCtl, limitsText).out);
}

// `endpoint show id N` for every endpoint of a busy state, and the whole dump.
void TestParity::jsonOfEveryEndpointIsIproute2Bytes()
{
    Netns ns(QStringLiteral("cli-json"));
    QVERIFY(ns.valid());
    QVERIFY(setUpLinks(ns));
    for (const char *line :
        { "mptcp endpoint add 10.0.0.1 dev va subflow backup", "mptcp endpoint add 10.0.0.2 id 42 signal port 4242",
            "mptcp endpoint add fd00::1 dev va subflow fullmesh", "mptcp endpoint add 10.0.0.3 signal subflow backup" })
        QCOMPARE(ns.ip(words(line)), 0);
    // An endpoint whose interface is gone: both print "if<N>".
    QCOMPARE(ns.ip(words("link add vgone type veth peer name vgone2")), 0);
    QCOMPARE(ns.ip(words("mptcp endpoint add 10.0.0.4 dev vgone subflow")), 0);
    QCOMPARE(ns.ip(words("link del vgone")), 0);

    const Outcome dump = viaIp(ns, words("-j mptcp endpoint show"));
    QCOMPARE(viaMptcpctl(ns, words("-j endpoint show")).out, dump.out);
    QVERIFY(dump.out.contains(QLatin1String("\"dev\":\"if")));
    const QJsonArray endpoints = QJsonDocument::fromJson(dump.out.toUtf8()).array();
    QCOMPARE(endpoints.size(), 5);
    for (const QJsonValue &endpoint : endpoints) {
        const QString id = QString::number(endpoint.toObject().value(QLatin1String("id")).toInt());
        const Outcome ip = viaIp(ns, words("-j mptcp endpoint show id") << id);
        const Outcome ctl = viaMptcpctl(ns, words("--json endpoint show id") << id);
        QCOMPARE(ip.code, 0);
        QCOMPARE(ctl.code, 0);
        QCOMPARE(ctl.out, ip.out);
    }
    QCOMPARE(ns.ip(words("mptcp endpoint flush")), 0);
    QCOMPARE(viaMptcpctl(ns, words("-j endpoint show")).out, viaIp(ns, words("-j mptcp endpoint show")).out);
}

// Scripts parse stdout: a refusal must leave it empty and say why on stderr.
void TestParity::errorsGoToStderrOnly()
{
    Netns ns(QStringLiteral("cli-err"));
    QVERIFY(ns.valid());
    const Outcome missing = viaMptcpctl(ns, words("--json endpoint show id 9"));
    QCOMPARE(missing.code, 1);
    QVERIFY(missing.out.isEmpty());
    QCOMPARE(missing.err, viaIp(ns, words("mptcp endpoint show id 9")).err);

    const Outcome bad = viaMptcpctl(ns, words("endpoint add 1.2.3"));
    QCOMPARE(bad.code, 2);
    QVERIFY(bad.out.isEmpty());
    QCOMPARE(bad.err, QStringLiteral("mptcpctl: invalid address \"1.2.3\"\nTry \"mptcpctl help\".\n"));
}

MPTCP_TEST_MAIN_REQUIRING(TestParity, mptcp::test::requireMptcp())
#include "tst_parity.moc"
