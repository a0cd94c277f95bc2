// The netlink layer's pure parts: parsers over hand-made golden messages, value
// types, flag words and the sysctl reader.
#include "golden.h"

#include "mptcp/netlink/pm.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <arpa/inet.h>
#include <cerrno>
#include <fstream>

using namespace mptcp::nl;
using golden::Bytes;

Q_DECLARE_METATYPE(golden::Bytes)

namespace {

std::span<const std::uint8_t> view(const Bytes &b)
{
    return {b.data(), b.size()};
}

IpAddress ip(const char *text)
{
    return *IpAddress::parse(text);
}

} // namespace

class TestNetlinkParse : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void endpointV4WithPortFlagsAndIfindex()
    {
        auto ep = parseEndpointMessage(view(golden::endpointV4()));
        QVERIFY(ep.ok());
        QCOMPARE(ep->id, 7);
        QCOMPARE(ep->address, ip("192.0.2.10"));
        QCOMPARE(ep->port, 8080); // endpoint ports are host order on the wire
        QCOMPARE(ep->flags, std::uint32_t(FlagSignal | FlagBackup));
        QCOMPARE(ep->ifindex, 3);
    }

    void endpointV6()
    {
        using namespace golden;
        const Bytes a6{0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x42};
        auto msg = message(Family, pm::CmdGetAddr,
                           nest(pm::AttrAddr, cat({u16(pm::AddrFamily, 10), u8(pm::AddrId, 200), attr(pm::Addr6, a6),
                                                   u32(pm::AddrFlags, 0x2 | 0x20)})));
        auto ep = parseEndpointMessage(view(msg));
        QVERIFY(ep.ok());
        QCOMPARE(ep->id, 200);
        QCOMPARE(ep->address.toString(), std::string("2001:db8::42"));
        QCOMPARE(ep->port, 0);
        QCOMPARE(ep->flags, std::uint32_t(FlagSubflow | FlagLaminar));
        QCOMPARE(ep->ifindex, 0);
    }

    void endpointKeepsUnknownFlagBits()
    {
        using namespace golden;
        auto msg = message(Family, pm::CmdGetAddr,
                           nest(pm::AttrAddr, cat({u16(pm::AddrFamily, 2), u8(pm::AddrId, 1),
                                                   attr(pm::Addr4, {10, 0, 0, 1}), u32(pm::AddrFlags, 0x80000042)})));
        auto ep = parseEndpointMessage(view(msg));
        QVERIFY(ep.ok());
        QCOMPARE(ep->flags, 0x80000042u);
        const auto words = flagWords(ep->flags);
        QCOMPARE(words, (std::vector<std::string>{"subflow", "0x40", "0x80000000"}));
    }

    void endpointIgnoresUnknownAttributes()
    {
        using namespace golden;
        auto msg = message(Family, pm::CmdGetAddr,
                           cat({u32(99, 1), // unknown top-level attribute
                                nest(pm::AttrAddr, cat({u32(42, 0xffffffff), u16(pm::AddrFamily, 2), u8(pm::AddrId, 9),
                                                        attr(pm::Addr4, {10, 0, 0, 9}), attr(43, {1, 2, 3})}))}));
        auto ep = parseEndpointMessage(view(msg));
        QVERIFY(ep.ok());
        QCOMPARE(ep->id, 9);
        QCOMPARE(ep->address, ip("10.0.0.9"));
    }

    void limitsParsed()
    {
        auto l = parseLimitsMessage(view(golden::limits(8, 3)));
        QVERIFY(l.ok());
        QCOMPARE(l->subflows, 8u);
        QCOMPARE(l->addAddrAccepted, 3u);
    }

    void limitsWithoutValuesIsAnError()
    {
        using namespace golden;
        auto l = parseLimitsMessage(view(message(Family, pm::CmdGetLimits, u32(pm::AttrSubflows, 2))));
        QVERIFY(!l.ok());
        QCOMPARE(l.error().code, EBADMSG);
    }

    void everyEventTypeWithAllAttributes_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("name");
        QTest::newRow("created") << 1 << QStringLiteral("created");
        QTest::newRow("established") << 2 << QStringLiteral("established");
        QTest::newRow("closed") << 3 << QStringLiteral("closed");
        QTest::newRow("announced") << 6 << QStringLiteral("announced");
        QTest::newRow("removed") << 7 << QStringLiteral("removed");
        QTest::newRow("sub_established") << 10 << QStringLiteral("sf_established");
        QTest::newRow("sub_closed") << 11 << QStringLiteral("sf_closed");
        QTest::newRow("sub_priority") << 13 << QStringLiteral("sf_prio");
        QTest::newRow("listener_created") << 15 << QStringLiteral("listener_created");
        QTest::newRow("listener_closed") << 16 << QStringLiteral("listener_closed");
    }
    void everyEventTypeWithAllAttributes()
    {
        QFETCH(int, type);
        QFETCH(QString, name);
        auto ev = parseEventMessage(view(golden::fullEventV4(static_cast<std::uint8_t>(type))));
        QVERIFY(ev.ok());
        QCOMPARE(int(ev->type), type);
        QCOMPARE(int(ev->rawType), type);
        QCOMPARE(QString::fromLatin1(eventTypeName(ev->type)), name);
        QCOMPARE(ev->token, std::optional<std::uint32_t>(0xdeadbeef));
        QCOMPARE(ev->family, std::optional<std::uint16_t>(AF_INET));
        QCOMPARE(ev->localId, std::optional<std::uint8_t>(1));
        QCOMPARE(ev->remoteId, std::optional<std::uint8_t>(2));
        QCOMPARE(ev->saddr, std::optional<IpAddress>(ip("10.1.0.1")));
        QCOMPARE(ev->daddr, std::optional<IpAddress>(ip("10.2.0.2")));
        QCOMPARE(ev->sport, std::optional<std::uint16_t>(40000)); // big-endian on the wire
        QCOMPARE(ev->dport, std::optional<std::uint16_t>(443));
        QCOMPARE(ev->backup, std::optional<bool>(true));
        QCOMPARE(ev->error, std::optional<std::uint8_t>(104));
        QCOMPARE(ev->flags, std::optional<std::uint16_t>(1));
        QCOMPARE(ev->timeout, std::optional<std::uint32_t>(30));
        QCOMPARE(ev->ifindex, std::optional<std::int32_t>(4));
        QCOMPARE(ev->resetReason, std::optional<std::uint32_t>(3));
        QCOMPARE(ev->resetFlags, std::optional<std::uint32_t>(5));
        QCOMPARE(ev->serverSide, std::optional<bool>(true));
    }

    void eventWithIpv6Addresses()
    {
        using namespace golden;
        const Bytes s6{0xfe, 0x80, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1};
        const Bytes d6{0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2};
        auto msg = message(Family, 10,
                           cat({u32(ev::Token, 7), u16(ev::Family, 10), attr(ev::Saddr6, s6), attr(ev::Daddr6, d6),
                                be16(ev::Sport, 1), be16(ev::Dport, 0xfffe)}));
        auto e = parseEventMessage(view(msg));
        QVERIFY(e.ok());
        QCOMPARE(e->saddr->toString(), std::string("fe80::1"));
        QCOMPARE(e->daddr->toString(), std::string("2001:db8::2"));
        QCOMPARE(*e->sport, 1);
        QCOMPARE(*e->dport, 0xfffe);
        QVERIFY(!e->backup.has_value());
        QVERIFY(!e->serverSide.has_value());
    }

    void serverSideFromFlagBit()
    {
        // Kernel 6.17+ sets MPTCP_PM_EV_FLAG_SERVER_SIDE instead of the attribute.
        using namespace golden;
        auto e = parseEventMessage(view(message(Family, 1, cat({u32(ev::Token, 1), u16(ev::Flags, 0x2)}))));
        QVERIFY(e.ok());
        QCOMPARE(e->serverSide, std::optional<bool>(true));
        QCOMPARE(e->flags, std::optional<std::uint16_t>(2));
    }

    void unknownEventTypeIsDeliveredRaw()
    {
        using namespace golden;
        auto e = parseEventMessage(view(message(Family, 42, cat({u32(ev::Token, 5), u32(200, 1)}))));
        QVERIFY(e.ok());
        QCOMPARE(e->type, EventType::Unspec);
        QCOMPARE(e->rawType, 42);
        QCOMPARE(e->token, std::optional<std::uint32_t>(5));
        QCOMPARE(eventTypeName(e->type), std::string_view("unknown"));
    }

    void malformedInputIsAnError_data()
    {
        using namespace golden;
        QTest::addColumn<Bytes>("bytes");
        const Bytes good = endpointV4();

        QTest::newRow("empty") << Bytes{};
        QTest::newRow("short header") << Bytes(good.begin(), good.begin() + 10);
        Bytes longer = good;
        longer[0] = static_cast<std::uint8_t>(good.size() + 4); // nlmsg_len beyond the buffer
        QTest::newRow("nlmsg_len beyond buffer") << longer;
        Bytes tiny = good;
        tiny[0] = 8;
        QTest::newRow("nlmsg_len below header") << tiny;
        Bytes noGenl(good.begin(), good.begin() + 18);
        noGenl[0] = 18;
        QTest::newRow("missing genl header") << noGenl;
        Bytes control = good;
        control[4] = 2; // NLMSG_ERROR
        QTest::newRow("control message type") << control;
        Bytes cut(good.begin(), good.end() - 6);
        cut[0] = static_cast<std::uint8_t>(cut.size());
        QTest::newRow("truncated attribute") << cut;
        Bytes badLen = good;
        badLen[20] = 2; // top-level nla_len smaller than its header
        QTest::newRow("nla_len below header") << badLen;
        Bytes nested = good;
        nested[24] = 0xf0; // first nested attribute claims more than its nest holds
        QTest::newRow("nested overflow") << nested;
        QTest::newRow("wrong id size") << message(Family, pm::CmdGetAddr,
                                                  nest(pm::AttrAddr, cat({u16(pm::AddrFamily, 2), u32(pm::AddrId, 7),
                                                                          attr(pm::Addr4, {1, 2, 3, 4})})));
        QTest::newRow("short ipv4") << message(Family, pm::CmdGetAddr,
                                               nest(pm::AttrAddr, cat({u16(pm::AddrFamily, 2), attr(pm::Addr4, {1, 2, 3})})));
        QTest::newRow("family without address") << message(Family, pm::CmdGetAddr, nest(pm::AttrAddr, u16(pm::AddrFamily, 10)));
        QTest::newRow("no address nest") << message(Family, pm::CmdGetAddr, u32(7, 1));
        Bytes trailing = message(Family, pm::CmdGetAddr, cat({nest(pm::AttrAddr, cat({u16(pm::AddrFamily, 2), attr(pm::Addr4, {1, 2, 3, 4})})), Bytes{1, 2}}));
        QTest::newRow("trailing bytes") << trailing;
    }
    void malformedInputIsAnError()
    {
        QFETCH(Bytes, bytes);
        auto ep = parseEndpointMessage(view(bytes));
        QVERIFY(!ep.ok());
        QCOMPARE(ep.error().code, EBADMSG);
        QVERIFY(!ep.error().message.empty());
        QVERIFY(!parseLimitsMessage(view(bytes)).ok());
    }

    void malformedEventsAreErrors_data()
    {
        using namespace golden;
        QTest::addColumn<Bytes>("bytes");
        QTest::newRow("token of 2 bytes") << message(Family, 1, attr(ev::Token, {1, 2}));
        QTest::newRow("port of 4 bytes") << message(Family, 1, u32(ev::Sport, 80));
        QTest::newRow("ipv6 of 4 bytes") << message(Family, 1, attr(ev::Saddr6, {1, 2, 3, 4}));
        QTest::newRow("backup of 4 bytes") << message(Family, 1, u32(ev::Backup, 1));
        Bytes cut = fullEventV4(2);
        cut.resize(cut.size() - 5); // padding of the last attribute may go, its payload may not
        cut[0] = static_cast<std::uint8_t>(cut.size());
        QTest::newRow("cut in the last attribute") << cut;
        Bytes big = fullEventV4(2);
        big[20] = 0xff;
        big[21] = 0x0f;
        QTest::newRow("nla_len overflow") << big;
    }
    void malformedEventsAreErrors()
    {
        QFETCH(Bytes, bytes);
        auto e = parseEventMessage(view(bytes));
        QVERIFY(!e.ok());
        QCOMPARE(e.error().code, EBADMSG);
    }

    void ipAddressRoundTrips_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("family");
        QTest::newRow("v4") << QStringLiteral("192.168.1.254") << int(AF_INET);
        QTest::newRow("v4 zero") << QStringLiteral("0.0.0.0") << int(AF_INET);
        QTest::newRow("v6") << QStringLiteral("2001:db8::1") << int(AF_INET6);
        QTest::newRow("v6 mapped") << QStringLiteral("::ffff:10.0.0.1") << int(AF_INET6);
        QTest::newRow("v6 any") << QStringLiteral("::") << int(AF_INET6);
    }
    void ipAddressRoundTrips()
    {
        QFETCH(QString, text);
        QFETCH(int, family);
        const std::string s = text.toStdString();
        auto a = IpAddress::parse(s);
        QVERIFY(a.has_value());
        QCOMPARE(a->family, family);
        QCOMPARE(a->size(), family == AF_INET ? 4u : 16u);
        QCOMPARE(a->toString(), s);
        QCOMPARE(IpAddress::parse(a->toString()), a);
    }

    void ipAddressRejectsGarbage()
    {
        for (const char *bad : {"", "1.2.3", "1.2.3.4.5", "256.0.0.1", "10.0.0.1/24", "fe80::1%eth0", "hello", " 1.2.3.4"})
            QVERIFY2(!IpAddress::parse(bad).has_value(), bad);
        QVERIFY(!IpAddress().isSet());
        QCOMPARE(IpAddress().toString(), std::string());
        const std::uint8_t v4[4] = {127, 0, 0, 1};
        QCOMPARE(IpAddress::fromV4(v4).toString(), std::string("127.0.0.1"));
        const std::uint8_t v6[16] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1};
        QCOMPARE(IpAddress::fromV6(v6).toString(), std::string("::1"));
    }

    void flagWordsFollowIproute2Order()
    {
        QCOMPARE(flagWords(0), std::vector<std::string>{});
        QCOMPARE(flagWords(FlagLaminar | FlagImplicit | FlagFullmesh | FlagBackup | FlagSubflow | FlagSignal),
                 (std::vector<std::string>{"signal", "subflow", "backup", "fullmesh", "implicit", "laminar"}));
        QCOMPARE(flagWords(FlagBackup | FlagSignal), (std::vector<std::string>{"signal", "backup"}));
    }

    void flagWordsRoundTrip()
    {
        for (std::uint32_t flags : {0u, 1u, 2u, 0x3fu, 0x40u, 0x22u, 0xc0000005u}) {
            std::uint32_t back = 0;
            for (const auto &w : flagWords(flags)) {
                auto bit = flagFromWord(w);
                QVERIFY2(bit.has_value(), w.c_str());
                back |= *bit;
            }
            QCOMPARE(back, flags);
        }
        QVERIFY(!flagFromWord("nobackup").has_value());
        QVERIFY(!flagFromWord("Signal").has_value());
        QVERIFY(!flagFromWord("0x").has_value());
        QVERIFY(!flagFromWord("0xzz").has_value());
        QVERIFY(!flagFromWord("0x0").has_value());
    }

    void errorDescribeNamesCapNetAdmin()
    {
        QCOMPARE((Error{EPERM, "Operation not permitted", "add endpoint"}.describe()),
                 std::string("permission denied: needs CAP_NET_ADMIN (run as root or use the helper)"));
        QCOMPARE((Error{EACCES, {}, {}}.describe()),
                 std::string("permission denied: needs CAP_NET_ADMIN (run as root or use the helper)"));
        QCOMPARE((Error{EINVAL, "limit greater than maximum (8)", "set limits"}.describe()),
                 std::string("set limits: limit greater than maximum (8)"));
        QCOMPARE((Error{ENOENT, {}, {}}.describe()), std::string("No such file or directory"));
    }

    void sysctlsKeepEveryKeySortedAndTypeTheKnownOnes()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto write = [&](const char *key, const char *value) {
            std::ofstream(dir.filePath(QLatin1String(key)).toStdString()) << value;
        };
        write("enabled", "1\n");
        write("path_manager", "kernel\n");
        write("pm_type", "0\n");
        write("checksum_enabled", "0\n");
        write("allow_join_initial_addr_port", "1\n");
        write("add_addr_timeout", "120\n");
        write("stale_loss_cnt", "4\n");
        write("scheduler", "default\n");
        write("available_path_managers", "kernel userspace\n");
        write("zz_future_knob", "  7 \n");
        auto s = readSysctls(dir.path().toStdString());
        QVERIFY(s.ok());
        QCOMPARE(s->enabled, std::optional<bool>(true));
        QCOMPARE(s->pathManager, std::optional<std::string>("kernel"));
        QCOMPARE(s->pmType, std::optional<int>(0));
        QCOMPARE(s->checksumEnabled, std::optional<bool>(false));
        QCOMPARE(s->allowJoinInitialAddrPort, std::optional<bool>(true));
        QCOMPARE(s->addAddrTimeout, std::optional<int>(120));
        QCOMPARE(s->staleLossCnt, std::optional<int>(4));
        QCOMPARE(s->scheduler, std::optional<std::string>("default"));
        QCOMPARE(s->all.size(), 10u);
        QVERIFY(std::is_sorted(s->all.begin(), s->all.end(), [](auto &a, auto &b) { return a.key < b.key; }));
        QCOMPARE(s->all.front(), (SysctlEntry{"add_addr_timeout", "120"}));
        QCOMPARE(s->all.back(), (SysctlEntry{"zz_future_knob", "7"}));
        QCOMPARE(s->all[2], (SysctlEntry{"available_path_managers", "kernel userspace"}));
    }

    void sysctlsOfOlderKernelLeaveNewKeysUnset()
    {
        QTemporaryDir dir;
        std::ofstream(dir.filePath(QStringLiteral("enabled")).toStdString()) << "0\n";
        auto s = readSysctls(dir.path().toStdString());
        QVERIFY(s.ok());
        QCOMPARE(s->enabled, std::optional<bool>(false));
        QVERIFY(!s->pathManager.has_value());
        QVERIFY(!s->scheduler.has_value());
        QCOMPARE(s->all.size(), 1u);
    }

    void sysctlsWithoutMptcpIsAClearError()
    {
        auto s = readSysctls("/nonexistent/net/mptcp");
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, ENOENT);
        QVERIFY(s.error().message.find("no MPTCP") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestNetlinkParse)
#include "tst_netlink_parse.moc"
