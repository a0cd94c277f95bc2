// mptcpctl's command line: every accepted form must parse to exactly the command
// `ip mptcp` would send, and every refused form must name the offending word.
#include "mptcp/cli/command.h"

#include <QTest>
#include <typeinfo>

using namespace mptcp;
using namespace mptcp::cli;

Q_DECLARE_METATYPE(mptcp::cli::ParseResult)

namespace mptcp::cli {

// Readable QCOMPARE failures (found through ADL).
char *toString(const ParseResult &result)
{
    if (const auto *error = std::get_if<UsageError>(&result))
        return QTest::toString(QStringLiteral("UsageError(%1)").arg(error->message));
    const Invocation &inv = std::get<Invocation>(result);
    const auto addr = [](const std::optional<nl::IpAddress> &a) {
        return a ? QString::fromStdString(a->toString()) : QStringLiteral("-");
    };
    const QString command = std::visit(
        [&](const auto &c) -> QString {
            using T = std::decay_t<decltype(c)>;
            if constexpr (std::is_same_v<T, EndpointShowCommand>)
                return QStringLiteral("EndpointShow(id=%1)").arg(c.id ? QString::number(*c.id) : QStringLiteral("-"));
            else if constexpr (std::is_same_v<T, EndpointAddCommand>)
                return QStringLiteral("EndpointAdd(%1 id=%2 port=%3 flags=%4 ifindex=%5)")
                    .arg(QString::fromStdString(c.endpoint.address.toString()))
                    .arg(c.endpoint.id)
                    .arg(c.endpoint.port)
                    .arg(c.endpoint.flags)
                    .arg(c.endpoint.ifindex);
            else if constexpr (std::is_same_v<T, EndpointDeleteCommand>)
                return QStringLiteral("EndpointDelete(id=%1 %2)").arg(c.id).arg(addr(c.address));
            else if constexpr (std::is_same_v<T, EndpointChangeCommand>)
                return QStringLiteral("EndpointChange(id=%1 %2 port=%3 flags=%4)")
                    .arg(c.id)
                    .arg(addr(c.address))
                    .arg(c.port)
                    .arg(c.flags);
            else if constexpr (std::is_same_v<T, LimitsSetCommand>)
                return QStringLiteral("LimitsSet(subflows=%1 add_addr_accepted=%2)")
                    .arg(c.subflows ? QString::number(*c.subflows) : QStringLiteral("-"))
                    .arg(c.addAddrAccepted ? QString::number(*c.addAddrAccepted) : QStringLiteral("-"));
            else
                return QString::fromLatin1(typeid(T).name());
        },
        inv.command);
    return QTest::toString(QStringLiteral("Invocation(json=%1, %2)").arg(inv.json).arg(command));
}

} // namespace mptcp::cli

namespace {

// Interfaces of the pretend machine the parser resolves `dev` against.
int fakeInterfaceIndex(const QString &name)
{
    if (name == QLatin1String("va"))
        return 2;
    if (name == QLatin1String("eth0"))
        return 3;
    return 0;
}

nl::IpAddress ip(const char *text)
{
    return *nl::IpAddress::parse(text);
}

ParseResult ok(Command command, bool json = false)
{
    return Invocation { json, std::move(command) };
}

ParseResult error(const char *message)
{
    return UsageError { QString::fromUtf8(message) };
}

ParseResult add(
    const char *address, std::uint8_t id = 0, std::uint16_t port = 0, std::uint32_t flags = 0, std::int32_t ifindex = 0)
{
    nl::Endpoint endpoint;
    endpoint.address = ip(address);
    endpoint.id = id;
    endpoint.port = port;
    endpoint.flags = flags;
    endpoint.ifindex = ifindex;
    return ok(EndpointAddCommand { endpoint });
}

QStringList words(const char *line)
{
    return QString::fromUtf8(line).split(u' ', Qt::SkipEmptyParts);
}

} // namespace

class TestCommandLine : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parsesLikeIproute2_data();
    void parsesLikeIproute2();
    void keepsBlanksInsideOneArgument();
    void usageListsEveryCommand();
    void parsesProductCommands_data();
    void parsesProductCommands();
    void viaHelperIsAGlobalOption();
    void connectionSetKeepsFlagsAsNmcliText();
};

void TestCommandLine::parsesLikeIproute2_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<ParseResult>("expected");
    const auto row
        = [](const char *line, const ParseResult &expected) { QTest::newRow(line) << words(line) << expected; };
    using nl::FlagBackup, nl::FlagFullmesh, nl::FlagLaminar, nl::FlagSignal, nl::FlagSubflow;

    // Global options and top-level commands.
    row("status", ok(StatusCommand {}));
    row("-j status", ok(StatusCommand {}, true));
    row("--json status", ok(StatusCommand {}, true));
    row("-json status", ok(StatusCommand {}, true));
    row("--js limits", ok(LimitsShowCommand {}, true));
    row("-- status", ok(StatusCommand {}));
    row("help", ok(HelpCommand {}));
    row("--help", ok(HelpCommand {}));
    row("-h endpoint add", ok(HelpCommand {}));
    row("s", ok(StatusCommand {}));
    row("monitor", ok(MonitorCommand {}));
    row("-j mon", ok(MonitorCommand {}, true));
    row("", error("no command given"));
    row("-j", error("no command given"));
    row("-x status", error("unknown option \"-x\""));
    row("frobnicate", error("unknown command \"frobnicate\""));
    row("endpoints", error("unknown command \"endpoints\""));
    row("monitor now", error("unknown argument \"now\""));
    row("status all", error("unknown argument \"all\""));

    // endpoint show
    row("endpoint", ok(EndpointShowCommand {}));
    row("endpoint show", ok(EndpointShowCommand {}));
    row("endp list", ok(EndpointShowCommand {}));
    row("e s id 5", ok(EndpointShowCommand { 5 }));
    row("-j endpoint show i 0x10", ok(EndpointShowCommand { 16 }, true));
    row("endpoint show id 0", error("id 0 out of range 1..255"));
    row("endpoint show 10.0.0.1", error("unknown argument \"10.0.0.1\""));
    row("endpoint show id", error("missing value after \"id\""));
    row("endpoint frob", error("unknown endpoint command \"frob\""));

    // endpoint add
    row("endpoint add 10.0.0.1", add("10.0.0.1"));
    row("endpoint add 10.0.0.1 dev va subflow", add("10.0.0.1", 0, 0, FlagSubflow, 2));
    row("endpoint add dead::1 id 7 signal port 8080 backup", add("dead::1", 7, 8080, FlagSignal | FlagBackup));
    row("endp a 10.0.0.1 i 010 d eth0 subflow", add("10.0.0.1", 8, 0, FlagSubflow, 3));
    row("endpoint add 10.0.0.1 subflow fullmesh laminar",
        add("10.0.0.1", 0, 0, FlagSubflow | FlagFullmesh | FlagLaminar));
    row("endpoint add 10.0.0.1 signal port 0x1f90", add("10.0.0.1", 0, 8080, FlagSignal));
    row("endpoint add 10.0.0.1 subflow nobackup nofullmesh", add("10.0.0.1", 0, 0, FlagSubflow));
    row("endpoint add 10.0.0.1 id 1 id 255", add("10.0.0.1", 255));
    row("endpoint add ::ffff:10.0.0.1 subflow", add("::ffff:10.0.0.1", 0, 0, FlagSubflow));
    row("endpoint add subflow 10.0.0.1", add("10.0.0.1", 0, 0, FlagSubflow));
    row("endpoint add 1.2.3", error("invalid address \"1.2.3\""));
    row("endpoint add 10", error("invalid address \"10\""));
    row("endpoint add fe80::1%va", error("invalid address \"fe80::1%va\""));
    row("endpoint add 10.0.0.1 foo", error("unknown flag \"foo\""));
    row("endpoint add 10.0.0.1 Signal", error("unknown flag \"Signal\""));
    row("endpoint add 10.0.0.1 implicit", error("flag \"implicit\" is set by the kernel only"));
    row("endpoint add 10.0.0.1 id 300", error("id 300 out of range 1..255"));
    row("endpoint add 10.0.0.1 id 0", error("id 0 out of range 1..255"));
    row("endpoint add 10.0.0.1 id -1", error("id -1 out of range 1..255"));
    row("endpoint add 10.0.0.1 id x", error("\"x\" is not a number"));
    row("endpoint add 10.0.0.1 id 08", error("\"08\" is not a number"));
    row("endpoint add 10.0.0.1 id 0x", error("\"0x\" is not a number"));
    row("endpoint add 10.0.0.1 id 99999999999999999999999", error("id 99999999999999999999999 out of range 1..255"));
    row("endpoint add 10.0.0.1 signal port 0", error("port 0 out of range 1..65535"));
    row("endpoint add 10.0.0.1 signal port 65536", error("port 65536 out of range 1..65535"));
    row("endpoint add 10.0.0.1 port 80", error("port needs the signal flag"));
    row("endpoint add 10.0.0.1 signal fullmesh", error("flags signal and fullmesh cannot be combined"));
    row("endpoint add 10.0.0.1 dev eth9", error("unknown interface \"eth9\""));
    row("endpoint add 10.0.0.1 dev a/b", error("invalid interface name \"a/b\""));
    row("endpoint add 10.0.0.1 dev abcdefghijklmnop", error("invalid interface name \"abcdefghijklmnop\""));
    row("endpoint add 10.0.0.1 dev", error("missing value after \"dev\""));
    row("endpoint add subflow", error("endpoint add needs an ADDRESS"));

    // endpoint delete
    row("endpoint delete id 3", ok(EndpointDeleteCommand { 3, std::nullopt }));
    row("endpoint del id 0 10.0.0.1", ok(EndpointDeleteCommand { 0, ip("10.0.0.1") }));
    row("e d i 255", ok(EndpointDeleteCommand { 255, std::nullopt }));
    row("endpoint delete", error("endpoint delete needs \"id ID\""));
    row("endpoint delete id 3 10.0.0.1", error("an ADDRESS can only be given with id 0"));
    row("endpoint delete id 0", error("id 0 needs an ADDRESS"));
    row("endpoint delete id 256", error("id 256 out of range 0..255"));
    row("endpoint delete id 3 signal", error("unknown argument \"signal\""));
    row("endpoint delete id 3 dev va", error("unknown argument \"dev\""));

    // endpoint change: the flags are the complete new backup/fullmesh state.
    row("endpoint change id 3 backup", ok(EndpointChangeCommand { 3, std::nullopt, 0, FlagBackup }));
    row("endpoint change 10.0.0.1 nobackup fullmesh", ok(EndpointChangeCommand { 0, ip("10.0.0.1"), 0, FlagFullmesh }));
    row("endpoint change 10.0.0.1 port 5000 backup", ok(EndpointChangeCommand { 0, ip("10.0.0.1"), 5000, FlagBackup }));
    row("endpoint c id 3 backup fullmesh", ok(EndpointChangeCommand { 3, std::nullopt, 0, FlagBackup | FlagFullmesh }));
    row("endpoint change id 3", ok(EndpointChangeCommand { 3, std::nullopt, 0, 0 }));
    row("endpoint change id 3 port 5000 backup", error("port cannot be used with id"));
    row("endpoint change backup", error("endpoint change needs \"id ID\" or an ADDRESS"));
    row("endpoint change id 3 signal",
        error("flag \"signal\" cannot be changed; use backup, nobackup, fullmesh or nofullmesh"));
    row("endpoint change id 3 fast", error("unknown flag \"fast\""));

    // endpoint flush
    row("endpoint flush", ok(EndpointFlushCommand {}));
    row("endp f", ok(EndpointFlushCommand {}));
    row("endpoint flush now", error("unknown argument \"now\""));

    // limits
    row("limits", ok(LimitsShowCommand {}));
    row("limits show", ok(LimitsShowCommand {}));
    row("l s subflows 4", ok(LimitsSetCommand { 4, std::nullopt }));
    row("limits set add_addr_accepted 3 subflows 0x5", ok(LimitsSetCommand { 5, 3 }));
    row("limits set a 8 s 0", ok(LimitsSetCommand { 0, 8 }));
    row("limits set", ok(LimitsSetCommand {}));
    row("limits set subflows 9", ok(LimitsSetCommand { 9, std::nullopt })); // the kernel refuses, not us
    row("limits set subflows", error("missing value after \"subflows\""));
    row("limits set subflows 4294967296", error("subflows 4294967296 out of range 0..4294967295"));
    row("limits set subflows four", error("\"four\" is not a number"));
    row("limits set foo 1", error("unknown limit \"foo\""));
    row("limits show extra", error("unknown argument \"extra\""));
    row("limits frob", error("unknown limits command \"frob\""));
}

void TestCommandLine::parsesLikeIproute2()
{
    QFETCH(QStringList, arguments);
    QFETCH(ParseResult, expected);
    QCOMPARE(parseCommandLine(arguments, fakeInterfaceIndex), expected);
}

// strtoul() skips leading blanks and takes a sign, and so does iproute2's get_u8().
void TestCommandLine::keepsBlanksInsideOneArgument()
{
    const QStringList arguments { QStringLiteral("endpoint"), QStringLiteral("add"), QStringLiteral("10.0.0.1"),
        QStringLiteral("id"), QStringLiteral(" +7") };
    QCOMPARE(parseCommandLine(arguments, fakeInterfaceIndex), add("10.0.0.1", 7));
}

void TestCommandLine::usageListsEveryCommand()
{
    const QString usage = usageText();
    for (const char *synopsis : { "endpoint add ADDRESS", "endpoint change", "endpoint delete id ID",
             "endpoint show [id ID]", "endpoint flush", "limits set", "limits show", "monitor", "status", "explain",
             "connection show", "connection set (ID|UUID) FLAGS", "connections", "counters [--delta SECONDS]", "check",
             "debug-report [-o FILE] [--redact]", "lab up", "lab traffic", "lab cut IFACE", "lab restore IFACE",
             "lab down", "lab status", "lab env", "--via-helper" }) {
        QVERIFY2(usage.contains(QLatin1String(synopsis)), synopsis);
    }
    QVERIFY(!usage.contains(QLatin1String("list")));
}

// explain, connection, connections, counters, check, debug-report and lab: accepted
// forms and the refusals that keep bad input from reaching NetworkManager or the kernel.
void TestCommandLine::parsesProductCommands_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<ParseResult>("expected");
    const auto row
        = [](const char *line, const ParseResult &expected) { QTest::newRow(line) << words(line) << expected; };

    row("explain", ok(ExplainCommand {}));
    row("-j explain", ok(ExplainCommand {}, true));
    row("expl", ok(ExplainCommand {}));
    row("explain now", error("unknown argument \"now\""));

    row("connection", ok(ConnectionShowCommand {}));
    row("connection show", ok(ConnectionShowCommand {}));
    row("conn show sb-veth0", ok(ConnectionShowCommand { QStringLiteral("sb-veth0") }));
    row("connection show a b", error("unknown argument \"b\""));
    row("connection set sb-veth0 enabled,subflow,backup",
        ok(ConnectionSetCommand { QStringLiteral("sb-veth0"), QStringLiteral("enabled,subflow,backup") }));
    row("connection set sb-veth0 default",
        ok(ConnectionSetCommand { QStringLiteral("sb-veth0"), QStringLiteral("default") }));
    row("connection modify X disabled", ok(ConnectionSetCommand { QStringLiteral("X"), QStringLiteral("disabled") }));
    row("connection set", error("connection set needs a connection (ID or UUID) and FLAGS"));
    row("connection set sb-veth0",
        error("connection set needs FLAGS, e.g. \"default\", \"disabled\" or \"enabled,subflow\""));
    row("connection frob", error("unknown connection command \"frob\""));

    // "connection" comes first in the table, so only the full word selects the listing.
    row("connections", ok(ConnectionsCommand {}));
    row("--json connections", ok(ConnectionsCommand {}, true));
    row("connections all", error("unknown argument \"all\""));

    row("counters", ok(CountersCommand {}));
    row("counters --delta 5", ok(CountersCommand { 5 }));
    row("counters delta 0x10", ok(CountersCommand { 16 }));
    row("counters --delta 0", error("--delta 0 out of range 1..3600"));
    row("counters --delta 3601", error("--delta 3601 out of range 1..3600"));
    row("counters --delta soon", error("\"soon\" is not a number"));
    row("counters --delta", error("missing value after \"--delta\""));
    row("counters --reset", error("unknown argument \"--reset\""));

    row("check", ok(CheckCommand {}));
    row("check all", error("unknown argument \"all\""));

    row("debug-report", ok(DebugReportCommand {}));
    row("debug-report -o report.md --redact", ok(DebugReportCommand { QStringLiteral("report.md"), true }));
    row("debug-report --redact --output r.json", ok(DebugReportCommand { QStringLiteral("r.json"), true }));
    row("debug-report -o", error("missing value after \"-o\""));
    row("debug-report --everything", error("unknown argument \"--everything\""));

    const auto lab = [](std::initializer_list<const char *> arguments) {
        QStringList list;
        for (const char *a : arguments)
            list << QString::fromLatin1(a);
        return ok(LabCommand { list });
    };
    row("lab up", lab({ "up" }));
    row("lab up --wwan-backup --wifi-rate 40mbit --lte-rate 7.5M --port 0x1451 --timeout 60",
        lab({ "up", "--wwan-backup", "--wifi-rate", "40mbit", "--lte-rate", "7.5M", "--port", "5201", "--timeout",
            "60" }));
    row("lab down", lab({ "down" }));
    row("lab status", lab({ "status" }));
    row("lab env", lab({ "env" }));
    row("lab cut wlan0", lab({ "cut", "wlan0" }));
    row("lab cut wlan0 --wait", lab({ "cut", "wlan0", "--wait" }));
    row("lab restore wwan0", lab({ "restore", "wwan0" }));
    row("lab traffic", lab({ "traffic" }));
    row("lab traffic --seconds 0x1e --rate 5M", lab({ "traffic", "--seconds", "30", "--rate", "5M" }));
    row("lab traffic --stop", lab({ "traffic", "--stop" }));
    row("lab", error("missing lab command"));
    row("lab up now", error("unknown argument \"now\""));
    row("lab up --port 0", error("--port 0 out of range 1..65535"));
    row("lab up --wifi-rate", error("missing value after \"--wifi-rate\""));
    row("lab down --wait", error("unknown argument \"--wait\""));
    row("lab cut", error("lab cut needs an interface, e.g. wlan0"));
    row("lab cut --wait", error("lab cut needs an interface, e.g. wlan0"));
    row("lab cut wlan0 wwan0", error("unknown argument \"wwan0\""));
    row("lab cut a/b", error("invalid interface name \"a/b\""));
    row("lab cut averyveryverylongname", error("invalid interface name \"averyveryverylongname\""));
    row("lab traffic --seconds 0", error("--seconds 0 out of range 1..86400"));
    row("lab traffic --rate fast", error("invalid rate \"fast\" (e.g. 20mbit)"));
    row("lab traffic --rate 5 mbit", error("unknown argument \"mbit\""));
    row("lab traffic --rate", error("missing value after \"--rate\""));
    row("lab traffic forever", error("unknown argument \"forever\""));
    row("lab frob", error("unknown lab command \"frob\""));
}

void TestCommandLine::parsesProductCommands()
{
    QFETCH(QStringList, arguments);
    QFETCH(ParseResult, expected);
    QCOMPARE(parseCommandLine(arguments, fakeInterfaceIndex), expected);
}

void TestCommandLine::viaHelperIsAGlobalOption()
{
    LimitsSetCommand limits;
    limits.subflows = 4;
    QCOMPARE(parseCommandLine(words("--via-helper limits set subflows 4"), fakeInterfaceIndex),
        ParseResult(Invocation { false, limits, true }));
    QCOMPARE(parseCommandLine(words("-via -j limits set subflows 4"), fakeInterfaceIndex),
        ParseResult(Invocation { true, limits, true }));
    // Options go before the command, as with ip(8).
    QCOMPARE(parseCommandLine(words("limits set subflows 4 --via-helper"), fakeInterfaceIndex),
        error("unknown limit \"--via-helper\""));
}

// The words are joined as nmcli reads one argument; libnm judges them later.
void TestCommandLine::connectionSetKeepsFlagsAsNmcliText()
{
    const QStringList arguments { QStringLiteral("connection"), QStringLiteral("set"),
        QStringLiteral("Wired connection 1"), QStringLiteral("enabled"), QStringLiteral("subflow") };
    QCOMPARE(parseCommandLine(arguments, fakeInterfaceIndex),
        ok(ConnectionSetCommand { QStringLiteral("Wired connection 1"), QStringLiteral("enabled,subflow") }));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
