// mptcpctl's output, golden: the JSON and text forms iproute2 defines must come out
// byte for byte, the status report must stay readable and complete.
#include "mptcp/cli/format.h"

#include <QTest>
#include <cerrno>

using namespace mptcp;
using namespace mptcp::cli;

namespace {

nl::IpAddress ip(const char *text)
{
    return *nl::IpAddress::parse(text);
}

nl::Endpoint endpoint(
    const char *address, std::uint8_t id, std::uint32_t flags, std::int32_t ifindex = 0, std::uint16_t port = 0)
{
    nl::Endpoint e;
    e.address = ip(address);
    e.id = id;
    e.flags = flags;
    e.ifindex = ifindex;
    e.port = port;
    return e;
}

// The pretend machine: index 2 is "va", index 5 has a name JSON must escape; 9 is gone.
QString fakeInterfaceName(int ifindex)
{
    if (ifindex == 2)
        return QStringLiteral("va");
    if (ifindex == 5)
        return QStringLiteral("a\"b\\c\x01");
    return {};
}

std::vector<nl::Endpoint> sampleEndpoints()
{
    return {
        endpoint("10.0.0.1", 1, nl::FlagSubflow, 2),
        endpoint("10.0.0.2", 2, nl::FlagSignal | nl::FlagBackup, 0, 8080),
        endpoint("dead::1", 3, nl::FlagSubflow | nl::FlagFullmesh | nl::FlagBackup),
        endpoint("10.0.0.4", 4, nl::FlagSubflow | nl::FlagLaminar | nl::FlagImplicit | 0x40, 9),
    };
}

nl::Sysctls sampleSysctls()
{
    nl::Sysctls s;
    s.enabled = true;
    s.pathManager = "kernel";
    s.pmType = 0;
    s.all = { { "add_addr_timeout", "120" }, { "available_path_managers", "kernel userspace" }, { "enabled", "1" },
        { "path_manager", "kernel" } };
    return s;
}

nl::Event createdEvent()
{
    nl::Event e;
    e.type = nl::EventType::Created;
    e.rawType = 1;
    e.token = 0x0a1b2c3d;
    e.family = 2;
    e.localId = 0;
    e.saddr = ip("10.0.0.1");
    e.daddr = ip("10.0.0.2");
    e.sport = 40000;
    e.dport = 7000;
    e.flags = 2; // MPTCP_PM_EV_FLAG_SERVER_SIDE
    return e;
}

nl::Event subflowClosedEvent()
{
    nl::Event e;
    e.type = nl::EventType::SubClosed;
    e.rawType = 11;
    e.token = 0xdeadbeef;
    e.family = 10;
    e.localId = 1;
    e.remoteId = 2;
    e.saddr = ip("fd00::1");
    e.daddr = ip("fd00::2");
    e.sport = 1;
    e.dport = 2;
    e.backup = true;
    e.error = 104;
    e.ifindex = 2;
    e.resetReason = 1;
    e.resetFlags = 0;
    e.flags = 0x5; // deny_join_id0 plus a bit without a name
    return e;
}

} // namespace

class TestFormat : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void endpointsJsonMatchesIproute2();
    void endpointsJsonOfNothingIsAnEmptyArray();
    void endpointsJsonEscapesInterfaceNames();
    void endpointsTextMatchesIproute2Lines();
    void limitsJsonAndText();
    void eventTextMatchesIproute2Monitor();
    void eventJsonIsOneObjectPerLine();
    void unknownEventShowsItsNumber();
    void statusTextIsAlignedReport();
    void statusTextReportsUnavailableParts();
    void statusJsonCarriesEverything();
    void errorTextLooksLikeIproute2ExtAck();
};

void TestFormat::endpointsJsonMatchesIproute2()
{
    QCOMPARE(endpointsJson(sampleEndpoints(), fakeInterfaceName),
        QStringLiteral("[{\"address\":\"10.0.0.1\",\"id\":1,\"subflow\":true,\"dev\":\"va\"},"
                       "{\"address\":\"10.0.0.2\",\"port\":8080,\"id\":2,\"signal\":true,\"backup\":true},"
                       "{\"address\":\"dead::1\",\"id\":3,\"subflow\":true,\"backup\":true,\"fullmesh\":true},"
                       "{\"address\":\"10.0.0.4\",\"id\":4,\"subflow\":true,\"implicit\":true,\"laminar\":true,"
                       "\"rawflags\":\"40\",\"dev\":\"if9\"}]\n"));
}

void TestFormat::endpointsJsonOfNothingIsAnEmptyArray()
{
    QCOMPARE(endpointsJson({}, fakeInterfaceName), QStringLiteral("[]\n"));
    QCOMPARE(endpointsText({}, fakeInterfaceName), QString());
}

void TestFormat::endpointsJsonEscapesInterfaceNames()
{
    QCOMPARE(endpointsJson({ endpoint("10.0.0.1", 1, nl::FlagSubflow, 5) }, fakeInterfaceName),
        QStringLiteral("[{\"address\":\"10.0.0.1\",\"id\":1,\"subflow\":true,\"dev\":\"a\\\"b\\\\c\\u0001\"}]\n"));
}

void TestFormat::endpointsTextMatchesIproute2Lines()
{
    QCOMPARE(endpointsText(sampleEndpoints(), fakeInterfaceName),
        QStringLiteral("10.0.0.1 id 1 subflow dev va\n"
                       "10.0.0.2 port 8080 id 2 signal backup\n"
                       "dead::1 id 3 subflow backup fullmesh\n"
                       "10.0.0.4 id 4 subflow implicit laminar rawflags 40 dev if9\n"));
}

void TestFormat::limitsJsonAndText()
{
    const nl::Limits limits { 3, 8 };
    QCOMPARE(limitsJson(limits), QStringLiteral("{\"add_addr_accepted\":8,\"subflows\":3}\n"));
    QCOMPARE(limitsText(limits), QStringLiteral("add_addr_accepted 8 subflows 3\n"));
}

void TestFormat::eventTextMatchesIproute2Monitor()
{
    QCOMPARE(eventText(createdEvent(), fakeInterfaceName),
        QStringLiteral("[       CREATED] token=0a1b2c3d locid=0 saddr4=10.0.0.1 daddr4=10.0.0.2 sport=40000 "
                       "dport=7000 server_side\n"));
    QCOMPARE(eventText(subflowClosedEvent(), fakeInterfaceName),
        QStringLiteral("[     SF_CLOSED] token=deadbeef remid=2 locid=1 saddr6=fd00::1 daddr6=fd00::2 sport=1 "
                       "dport=2 backup=1 error=104 ifindex=2 dev=va reset_reason=1 reset_flags=0 deny_join_id0 "
                       "flags=0x4\n"));
    nl::Event listener;
    listener.type = nl::EventType::ListenerCreated;
    listener.rawType = 15;
    listener.family = 2;
    listener.saddr = ip("10.0.0.1");
    listener.sport = 7000;
    QCOMPARE(eventText(listener, fakeInterfaceName), QStringLiteral("[LISTENER_CREATED] saddr4=10.0.0.1 sport=7000\n"));
}

void TestFormat::eventJsonIsOneObjectPerLine()
{
    QCOMPARE(eventJson(createdEvent(), fakeInterfaceName),
        QStringLiteral("{\"event\":\"CREATED\",\"token\":\"0xa1b2c3d\",\"locid\":0,\"saddr4\":\"10.0.0.1\","
                       "\"daddr4\":\"10.0.0.2\",\"sport\":40000,\"dport\":7000,\"server_side\":true}\n"));
    QCOMPARE(eventJson(subflowClosedEvent(), fakeInterfaceName),
        QStringLiteral("{\"event\":\"SF_CLOSED\",\"token\":\"0xdeadbeef\",\"remid\":2,\"locid\":1,"
                       "\"saddr6\":\"fd00::1\",\"daddr6\":\"fd00::2\",\"sport\":1,\"dport\":2,\"backup\":1,"
                       "\"error\":104,\"ifindex\":2,\"dev\":\"va\",\"reset_reason\":1,\"reset_flags\":\"0\","
                       "\"deny_join_id0\":true,\"flags\":\"0x4\"}\n"));
}

void TestFormat::unknownEventShowsItsNumber()
{
    nl::Event e;
    e.type = nl::EventType::Unspec;
    e.rawType = 42;
    e.token = 1;
    QCOMPARE(eventText(e, fakeInterfaceName), QStringLiteral("[    UNKNOWN 42]\n"));
    QCOMPARE(eventJson(e, fakeInterfaceName), QStringLiteral("{\"event\":\"UNKNOWN 42\"}\n"));
}

void TestFormat::statusTextIsAlignedReport()
{
    const StatusReport report { sampleSysctls(), nl::Limits { 2, 0 }, sampleEndpoints() };
    QCOMPARE(statusText(report, fakeInterfaceName),
        QStringLiteral("MPTCP         enabled (net.mptcp.enabled = 1)\n"
                       "Path manager  in-kernel\n"
                       "Limits        subflows 2, add_addr_accepted 0\n"
                       "Endpoints     4\n"
                       "  ID  ADDRESS   PORT  FLAGS                          INTERFACE\n"
                       "  1   10.0.0.1        subflow                        va\n"
                       "  2   10.0.0.2  8080  signal backup\n"
                       "  3   dead::1         subflow backup fullmesh\n"
                       "  4   10.0.0.4        subflow implicit laminar 0x40  if9\n"
                       "\n"
                       "Kernel settings (net.mptcp):\n"
                       "  add_addr_timeout         120\n"
                       "  available_path_managers  kernel userspace\n"
                       "  enabled                  1\n"
                       "  path_manager             kernel\n"));
}

void TestFormat::statusTextReportsUnavailableParts()
{
    const nl::Error noFamily { ENOENT, "no MPTCP here", "get limits" };
    nl::Sysctls off = sampleSysctls();
    off.enabled = false;
    off.pathManager.reset();
    off.pmType = 1;
    off.all.clear();
    const StatusReport report { off, noFamily, noFamily };
    QCOMPARE(statusText(report, fakeInterfaceName),
        QStringLiteral("MPTCP         disabled (net.mptcp.enabled = 0): sockets fall back to TCP\n"
                       "Path manager  userspace (a daemon such as mptcpd decides; endpoints below are not used)\n"
                       "Limits        unavailable: get limits: no MPTCP here\n"
                       "Endpoints     unavailable: get limits: no MPTCP here\n"
                       "\n"
                       "Kernel settings (net.mptcp):\n"));
}

void TestFormat::statusJsonCarriesEverything()
{
    const StatusReport report { sampleSysctls(), nl::Limits { 2, 0 },
        std::vector<nl::Endpoint> { sampleEndpoints()[0] } };
    QCOMPARE(statusJson(report, fakeInterfaceName),
        QStringLiteral("{\"enabled\":true,\"path_manager\":\"kernel\","
                       "\"limits\":{\"add_addr_accepted\":0,\"subflows\":2},"
                       "\"endpoints\":[{\"address\":\"10.0.0.1\",\"id\":1,\"subflow\":true,\"dev\":\"va\"}],"
                       "\"sysctls\":{\"add_addr_timeout\":\"120\",\"available_path_managers\":\"kernel userspace\","
                       "\"enabled\":\"1\",\"path_manager\":\"kernel\"}}\n"));

    const nl::Error failed { ENOENT, "no such file", "read sysctls" };
    const StatusReport broken { failed, nl::Limits { 2, 0 }, std::vector<nl::Endpoint> {} };
    QCOMPARE(statusJson(broken, fakeInterfaceName),
        QStringLiteral("{\"limits\":{\"add_addr_accepted\":0,\"subflows\":2},\"endpoints\":[],"
                       "\"errors\":{\"sysctls\":\"read sysctls: no such file\"}}\n"));
}

void TestFormat::errorTextLooksLikeIproute2ExtAck()
{
    QCOMPARE(errorText({ EINVAL, "limit greater than maximum (8)", "set limits" }),
        QStringLiteral("Error: limit greater than maximum (8).\n"));
    QCOMPARE(
        errorText({ EINVAL, "address not found.", "get endpoint" }), QStringLiteral("Error: address not found.\n"));
    QCOMPARE(errorText({ EPERM, "Operation not permitted", "add endpoint" }),
        QStringLiteral("Error: permission denied: needs CAP_NET_ADMIN (run as root or use the helper).\n"));
}

QTEST_GUILESS_MAIN(TestFormat)
#include "tst_format.moc"
