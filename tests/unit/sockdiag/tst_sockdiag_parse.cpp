// The sock_diag layer's pure parts: parsers over hand-made golden replies, the
// snapshot diff and the /proc owner scan over a fake /proc.
#include "golden.h"

#include "mptcp/sockdiag/connections.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <linux/inet_diag.h>
#include <linux/tcp.h>
#include <unistd.h>

using namespace mptcp::sockdiag;
using sdgolden::Bytes;

// The hand-written tcp_info offsets must be the kernel's.
static_assert(offsetof(tcp_info, tcpi_rtt) == sdgolden::tcpi::Rtt && offsetof(tcp_info, tcpi_snd_cwnd) == sdgolden::tcpi::SndCwnd
              && offsetof(tcp_info, tcpi_bytes_acked) == sdgolden::tcpi::BytesAcked
              && offsetof(tcp_info, tcpi_bytes_received) == sdgolden::tcpi::BytesReceived
              && offsetof(tcp_info, tcpi_bytes_sent) == sdgolden::tcpi::BytesSent
              && offsetof(tcp_info, tcpi_delivery_rate) == sdgolden::tcpi::DeliveryRate
              && offsetof(tcp_info, tcpi_min_rtt) == sdgolden::tcpi::MinRtt);

// ... and so must the hand-written attribute numbers.
static_assert(sdgolden::diag::Info == INET_DIAG_INFO && sdgolden::diag::UlpInfo == INET_DIAG_ULP_INFO
              && sdgolden::diag::UlpName == INET_ULP_INFO_NAME && sdgolden::diag::UlpMptcp == INET_ULP_INFO_MPTCP);

namespace {

std::span<const std::uint8_t> view(const Bytes &b)
{
    return {b.data(), b.size()};
}

Subflow subflow(std::uint64_t cookie, std::uint32_t flags = SubflowFullyEstablished, TcpState st = TcpState::Established)
{
    Subflow s;
    s.cookie = cookie;
    s.flags = flags;
    s.state = st;
    return s;
}

MptcpConnection connection(std::uint64_t cookie, std::vector<Subflow> subflows)
{
    MptcpConnection c;
    c.cookie = cookie;
    c.token = static_cast<std::uint32_t>(cookie);
    c.state = TcpState::Established;
    c.subflows = std::move(subflows);
    return c;
}

} // namespace

class TestSockDiagParse : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void mptcpSocketWithFullInfo()
    {
        auto c = parseMptcpDiagMessage(view(sdgolden::mptcpSocket()));
        QVERIFY(c.ok());
        QCOMPARE(c->state, TcpState::Established);
        QCOMPARE(c->localAddress.toString(), std::string("192.0.2.1"));
        QCOMPARE(c->remoteAddress.toString(), std::string("198.51.100.7"));
        QCOMPARE(c->localPort, 40000);
        QCOMPARE(c->remotePort, 443);
        QCOMPARE(c->cookie, 0x1122334455667788ull);
        QCOMPARE(c->inode, 4242u);
        QCOMPARE(c->uid, 1000u);
        QCOMPARE(c->token, 0xcafe0001u);
        QVERIFY(!c->fallback);
        QVERIFY(c->info.has_value());
        const MptcpInfo &i = *c->info;
        QCOMPARE(i.length, 96);
        QVERIFY(i.hasByteCounters());
        QVERIFY(i.hasSubflowsTotal());
        QCOMPARE(i.subflows, 1);
        QCOMPARE(i.subflowsMax, 2);
        QCOMPARE(i.addAddrAccepted, 1);
        QCOMPARE(i.addAddrAcceptedMax, 2);
        QCOMPARE(i.flags, std::uint32_t(InfoRemoteKeyReceived));
        QCOMPARE(i.writeSeq, 1000u);
        QCOMPARE(i.rcvNxt, 5000u);
        QCOMPARE(i.localAddrUsed, 1);
        QCOMPARE(i.retransmits, 3u);
        QCOMPARE(i.bytesSent, 123456u);
        QCOMPARE(i.bytesReceived, 654321u);
        QCOMPARE(i.bytesAcked, 123000u);
        QCOMPARE(i.bytesRetrans, 11u);
        QCOMPARE(i.subflowsTotal, 2);
        QCOMPARE(i.lastDataSentMs, 10u);
        QCOMPARE(i.lastAckRecvMs, 30u);
        QVERIFY(c->subflows.empty());
    }

    void mptcpInfoOfAnOlderKernelIsAPrefix()
    {
        // 6.1 sends 48 bytes: up to mptcpi_csum_enabled (+ padding).
        sdgolden::Info in;
        in.csum = 1;
        const Bytes msg = sdgolden::message(sdgolden::Sock{}, sdgolden::attr(sdgolden::diag::Info, sdgolden::mptcpInfo(in, 48)));
        auto c = parseMptcpDiagMessage(view(msg));
        QVERIFY(c.ok());
        QCOMPARE(c->info->length, 48);
        QVERIFY(!c->info->hasByteCounters());
        QVERIFY(!c->info->hasSubflowsTotal());
        QCOMPARE(c->info->csumEnabled, 1);
        QCOMPARE(c->info->token, 0xcafe0001u);
        QCOMPARE(c->info->bytesSent, 0u); // not sent by that kernel
        QCOMPARE(c->info->subflowsTotal, 0);
    }

    void mptcpInfoLongerThanKnownIsAccepted()
    {
        Bytes info = sdgolden::mptcpInfo(sdgolden::Info{});
        info.resize(128, 0xee); // a future kernel's extra fields
        auto c = parseMptcpDiagMessage(view(sdgolden::message(sdgolden::Sock{}, sdgolden::attr(sdgolden::diag::Info, info))));
        QVERIFY(c.ok());
        QCOMPARE(c->info->length, 96);
        QCOMPARE(c->info->bytesAcked, 123000u);
    }

    void fallbackFlagMarksTheConnection()
    {
        sdgolden::Info in;
        in.flags = 0x1;
        auto c = parseMptcpDiagMessage(view(sdgolden::message(sdgolden::Sock{}, sdgolden::attr(sdgolden::diag::Info, sdgolden::mptcpInfo(in)))));
        QVERIFY(c.ok());
        QVERIFY(c->fallback);
    }

    void ipv6ListenerWithoutInfo()
    {
        sdgolden::Sock s;
        s.family = 10;
        s.state = 10;
        s.src = Bytes{0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1};
        s.dst = Bytes(16, 0);
        s.sport = 8080;
        s.dport = 0;
        auto c = parseMptcpDiagMessage(view(sdgolden::message(s, {})));
        QVERIFY(c.ok());
        QCOMPARE(c->state, TcpState::Listen);
        QCOMPARE(c->localAddress.toString(), std::string("2001:db8::1"));
        QCOMPARE(c->remoteAddress.toString(), std::string("::"));
        QCOMPARE(c->localPort, 8080);
        QVERIFY(!c->info.has_value());
        QCOMPARE(c->token, 0u);
    }

    void tcpSubflowWithUlpInfo()
    {
        auto r = parseTcpSubflowDiagMessage(view(sdgolden::subflowSocket()));
        QVERIFY(r.ok());
        QVERIFY(r->has_value());
        const Subflow &s = **r;
        QCOMPARE(s.state, TcpState::Established);
        QCOMPARE(s.localAddress.toString(), std::string("192.0.2.1"));
        QCOMPARE(s.remotePort, 443);
        QCOMPARE(s.cookie, 0x99u);
        QVERIFY(s.hasUlpInfo);
        QCOMPARE(s.localToken, 0xcafe0001u);
        QCOMPARE(s.remoteToken, 0xbeef0002u);
        QCOMPARE(s.localId, 0);
        QCOMPARE(s.remoteId, 0);
        QVERIFY(s.fullyEstablished());
        QVERIFY(!s.backup());
        QVERIFY(s.active());
        QCOMPARE(s.ifindex, 3);
        QCOMPARE(s.interfaceSource, InterfaceSource::BoundDevice);
        QVERIFY(s.hasTcpInfo);
        QCOMPARE(s.tcp.rttUs, 250u);
        QCOMPARE(s.tcp.rttVarUs, 125u);
        QCOMPARE(s.tcp.minRttUs, 240u);
        QCOMPARE(s.tcp.cwnd, 10u);
        QCOMPARE(s.tcp.mss, 1448u);
        QCOMPARE(s.tcp.totalRetrans, 2u);
        QCOMPARE(s.tcp.bytesAcked, 5000u);
        QCOMPARE(s.tcp.bytesReceived, 7000u);
        QCOMPARE(s.tcp.bytesSent, 5100u);
        QCOMPARE(s.tcp.bytesRetrans, 100u);
        QCOMPARE(s.tcp.deliveryRate, 12500000u);
        QCOMPARE(s.tcp.lastDataSentMs, 4u);
        QCOMPARE(s.tcp.lastDataRecvMs, 8u);
    }

    void joinedBackupSubflow()
    {
        using namespace sdgolden;
        Sock sk;
        sk.ifindex = 0;
        auto r = parseTcpSubflowDiagMessage(view(message(sk, mptcpUlp(7, 8, 0x8 | 0x20 | 0x40, 2, 1))));
        QVERIFY(r.ok() && r->has_value());
        const Subflow &s = **r;
        QCOMPARE(s.localId, 2);
        QCOMPARE(s.remoteId, 1);
        QVERIFY(s.flags & SubflowJoinLocal);
        QVERIFY(s.flags & SubflowBackupLocal);
        QVERIFY(s.backup());
        QVERIFY(!s.active());
        QCOMPARE(s.interfaceSource, InterfaceSource::Unknown); // not bound: resolved later from the address
        QVERIFY(!s.hasTcpInfo);
    }

    void ulpNameWithoutDetailsIsStillASubflow()
    {
        // Unprivileged readers of older kernels get only the ULP name.
        using namespace sdgolden;
        auto r = parseTcpSubflowDiagMessage(view(message(Sock{}, attr(diag::UlpInfo, str(diag::UlpName, "mptcp")))));
        QVERIFY(r.ok() && r->has_value());
        QVERIFY(!(*r)->hasUlpInfo);
        QCOMPARE((*r)->localToken, 0u);
    }

    void plainTcpSocketIsNotASubflow()
    {
        using namespace sdgolden;
        auto r = parseTcpSubflowDiagMessage(view(message(Sock{}, attr(diag::Info, tcpInfo(100, 10, 1, 1)))));
        QVERIFY(r.ok());
        QVERIFY(!r->has_value());
    }

    void otherUlpIsNotASubflow()
    {
        using namespace sdgolden;
        auto r = parseTcpSubflowDiagMessage(view(message(Sock{}, attr(diag::UlpInfo, cat({str(diag::UlpName, "tls"), attr(2, {1, 0, 0, 0})})))));
        QVERIFY(r.ok());
        QVERIFY(!r->has_value());
    }

    void rejectsMalformedMessages_data()
    {
        using namespace sdgolden;
        QTest::addColumn<Bytes>("msg");
        const Bytes good = mptcpSocket();
        QTest::newRow("empty") << Bytes{};
        QTest::newRow("short header") << Bytes(good.begin(), good.begin() + 10);
        Bytes longer = good;
        put(longer, 0, good.size() + 4, 4);
        QTest::newRow("length beyond buffer") << longer;
        Bytes tiny = good;
        put(tiny, 0, 8, 4);
        QTest::newRow("length below header") << tiny;
        Bytes wrongType = good;
        put(wrongType, 4, 16, 2); // RTM_NEWLINK
        QTest::newRow("not sock_diag") << wrongType;
        Bytes cut(good.begin(), good.begin() + 16 + 40);
        put(cut, 0, cut.size(), 4);
        QTest::newRow("truncated inet_diag_msg") << cut;
        Bytes fam = good;
        fam[16] = 1; // AF_UNIX
        QTest::newRow("bad family") << fam;
        Bytes overrun = good;
        put(overrun, 16 + 72, 200, 2); // first attribute claims 200 bytes
        QTest::newRow("attribute overrun") << overrun;
        QTest::newRow("mptcp_info too short") << message(Sock{}, attr(diag::Info, mptcpInfo(Info{}, 20)));
    }

    void rejectsMalformedMessages()
    {
        QFETCH(Bytes, msg);
        auto r = parseMptcpDiagMessage(view(msg));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, EBADMSG);
        QVERIFY(!r.error().message.empty());
        auto t = parseTcpSubflowDiagMessage(view(msg));
        if (QByteArray(QTest::currentDataTag()) != "mptcp_info too short") // a tcp_info may be short
            QVERIFY(!t.ok());
    }

    void rejectsMalformedSubflowAttributes()
    {
        using namespace sdgolden;
        // MPTCP_SUBFLOW_ATTR_TOKEN_LOC as u16.
        const Bytes bad = message(Sock{}, attr(diag::UlpInfo, cat({str(diag::UlpName, "mptcp"), attr(diag::UlpMptcp, attr(sf::TokenLoc, {1, 2}))})));
        auto r = parseTcpSubflowDiagMessage(view(bad));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, EBADMSG);
        // A nested attribute running past the ULP nest.
        Bytes nest = cat({str(diag::UlpName, "mptcp"), attr(diag::UlpMptcp, u32(sf::TokenLoc, 1))});
        put(nest, 12 + 4, 40, 2);
        auto r2 = parseTcpSubflowDiagMessage(view(message(Sock{}, attr(diag::UlpInfo, nest))));
        QVERIFY(!r2.ok());
    }

    void everyTruncationIsAnErrorOrAValue()
    {
        for (const Bytes &good : {sdgolden::mptcpSocket(), sdgolden::subflowSocket()}) {
            for (std::size_t n = 0; n < good.size(); ++n) {
                Bytes cut(good.begin(), good.begin() + static_cast<std::ptrdiff_t>(n));
                if (n >= 4)
                    sdgolden::put(cut, 0, n, 4); // keep nlmsg_len consistent
                auto a = parseMptcpDiagMessage(view(cut));
                auto b = parseTcpSubflowDiagMessage(view(cut));
                if (n < 16 + 72) {
                    QVERIFY(!a.ok());
                    QVERIFY(!b.ok());
                }
            }
        }
    }

    void stateNames()
    {
        QCOMPARE(stateName(TcpState::Established), std::string_view("established"));
        QCOMPARE(stateName(TcpState::Listen), std::string_view("listen"));
        QCOMPARE(stateName(TcpState::SynSent), std::string_view("syn-sent"));
        QCOMPARE(stateName(static_cast<TcpState>(99)), std::string_view("unknown"));
    }

    void diffReportsOpenedAndClosedConnections()
    {
        Snapshot before, after;
        before.connections = {connection(1, {subflow(11)}), connection(2, {subflow(21)})};
        after.connections = {connection(2, {subflow(21)}), connection(3, {subflow(31)})};
        const auto ev = diffSnapshots(before, after);
        QCOMPARE(ev.size(), std::size_t(2));
        QCOMPARE(ev[0].kind, ConnectionEvent::Kind::Opened);
        QCOMPARE(ev[0].connection.cookie, 3u);
        QCOMPARE(ev[1].kind, ConnectionEvent::Kind::Closed);
        QCOMPARE(ev[1].connection.cookie, 1u);
    }

    void diffReportsSubflowChanges()
    {
        Snapshot before, after;
        before.connections = {connection(1, {subflow(11), subflow(12)})};
        after.connections = {connection(1, {subflow(11, SubflowFullyEstablished | SubflowBackupRemote), subflow(13)})};
        const auto ev = diffSnapshots(before, after);
        QCOMPARE(ev.size(), std::size_t(3));
        QCOMPARE(ev[0].kind, ConnectionEvent::Kind::SubflowBackupChanged);
        QCOMPARE(ev[0].subflow->cookie, 11u);
        QCOMPARE(ev[1].kind, ConnectionEvent::Kind::SubflowAdded);
        QCOMPARE(ev[1].subflow->cookie, 13u);
        QCOMPARE(ev[2].kind, ConnectionEvent::Kind::SubflowClosed);
        QCOMPARE(ev[2].subflow->cookie, 12u);
    }

    void diffReportsFailoverToBackup()
    {
        Snapshot before, after;
        before.connections = {connection(1, {subflow(11), subflow(12, SubflowBackupLocal)})};
        after.connections = {connection(1, {subflow(12, SubflowBackupLocal)})};
        const auto ev = diffSnapshots(before, after);
        QCOMPARE(ev.size(), std::size_t(2));
        QCOMPARE(ev[0].kind, ConnectionEvent::Kind::SubflowClosed);
        QCOMPARE(ev[1].kind, ConnectionEvent::Kind::FailoverToBackup);
        QCOMPARE(ev[1].connection.subflows.size(), std::size_t(1));
    }

    void diffReportsFallback()
    {
        Snapshot before, after;
        before.connections = {connection(1, {subflow(11)})};
        after.connections = before.connections;
        after.connections[0].fallback = true;
        const auto ev = diffSnapshots(before, after);
        QCOMPARE(ev.size(), std::size_t(1));
        QCOMPARE(ev[0].kind, ConnectionEvent::Kind::FellBack);
    }

    void diffOfEqualSnapshotsIsEmpty()
    {
        Snapshot s;
        s.connections = {connection(1, {subflow(11), subflow(12, SubflowBackupLocal)})};
        QVERIFY(diffSnapshots(s, s).empty());
    }

    void findsConnectionsByTokenAndCookie()
    {
        Snapshot s;
        s.connections = {connection(5, {}), connection(6, {})};
        s.connections[0].token = 0; // a listener
        QVERIFY(s.findByToken(0) == nullptr);
        QCOMPARE(s.findByToken(6)->cookie, 6u);
        QCOMPARE(s.findByCookie(5)->token, 0u);
        QVERIFY(s.findByCookie(7) == nullptr);
    }

    void resolveOwnersReadsProcFdLinks()
    {
        QTemporaryDir proc;
        QVERIFY(proc.isValid());
        const QString root = proc.path();
        for (const char *pid : {"300", "123"}) {
            QVERIFY(QDir(root).mkpath(QStringLiteral("%1/fd").arg(QLatin1String(pid))));
            QFile comm(QStringLiteral("%1/%2/comm").arg(root, QLatin1String(pid)));
            QVERIFY(comm.open(QIODevice::WriteOnly));
            comm.write(QByteArray(pid) == "123" ? "curl\n" : "child\n");
        }
        auto link = [&](const char *pid, const char *fd, const char *target) {
            const QByteArray path = QStringLiteral("%1/%2/fd/%3").arg(root, QLatin1String(pid), QLatin1String(fd)).toLocal8Bit();
            return ::symlink(target, path.constData()) == 0;
        };
        QVERIFY(link("123", "0", "/dev/null"));
        QVERIFY(link("123", "5", "socket:[4242]"));
        QVERIFY(link("300", "5", "socket:[4242]")); // inherited by a child
        QVERIFY(link("300", "6", "socket:[77]"));
        QVERIFY(link("300", "7", "socket:[12x]"));
        QVERIFY(QDir(root).mkpath(QStringLiteral("self/fd"))); // not a pid
        QVERIFY(QDir(root).mkpath(QStringLiteral("999"))); // no fd dir (another user's process)

        Snapshot snap;
        snap.connections = {connection(1, {}), connection(2, {}), connection(3, {})};
        snap.connections[0].inode = 4242;
        snap.connections[1].inode = 77;
        snap.connections[2].inode = 0;
        auto n = resolveOwners(snap, root.toStdString());
        QVERIFY(n.ok());
        QCOMPARE(*n, std::size_t(2));
        QCOMPARE(snap.connections[0].owner, (Owner{123, "curl"}));
        QCOMPARE(snap.connections[1].owner, (Owner{300, "child"}));
        QVERIFY(!snap.connections[2].owner.has_value());
    }

    // The CLI's two steps (scan on a thread while listing, then assign) give the same
    // owners as resolveOwners().
    void scanThenAssignOwnersMatchesResolveOwners()
    {
        QTemporaryDir proc;
        QVERIFY(proc.isValid());
        const QString root = proc.path();
        for (const char *pid : {"300", "123", "45"}) {
            QVERIFY(QDir(root).mkpath(QStringLiteral("%1/fd").arg(QLatin1String(pid))));
            QFile comm(QStringLiteral("%1/%2/comm").arg(root, QLatin1String(pid)));
            QVERIFY(comm.open(QIODevice::WriteOnly));
            comm.write(QByteArray(pid) + "-cmd\n");
        }
        auto link = [&](const char *pid, const char *fd, const char *target) {
            const QByteArray path = QStringLiteral("%1/%2/fd/%3").arg(root, QLatin1String(pid), QLatin1String(fd)).toLocal8Bit();
            return ::symlink(target, path.constData()) == 0;
        };
        QVERIFY(link("300", "5", "socket:[4242]"));
        QVERIFY(link("123", "5", "socket:[4242]")); // the older holder wins
        QVERIFY(link("300", "6", "socket:[77]"));
        QVERIFY(link("45", "3", "socket:[9]")); // a socket no connection has
        QVERIFY(link("45", "4", "pipe:[10]"));

        const auto owners = scanSocketOwners(root.toStdString());
        QVERIFY(owners.ok());
        QCOMPARE(owners->pidByInode.size(), std::size_t(3));
        QCOMPARE(owners->pidByInode.at(4242), 123);
        QCOMPARE(owners->pidByInode.at(9), 45);

        Snapshot a;
        a.connections = {connection(1, {}), connection(2, {}), connection(3, {})};
        a.connections[0].inode = 4242;
        a.connections[1].inode = 77;
        a.connections[2].inode = 5; // no process holds it
        Snapshot b = a;
        QCOMPARE(assignOwners(a, *owners, root.toStdString()), std::size_t(2));
        QVERIFY(resolveOwners(b, root.toStdString()).ok());
        QCOMPARE(a.connections[0].owner, (Owner{123, "123-cmd"}));
        QCOMPARE(a.connections[1].owner, (Owner{300, "300-cmd"}));
        QVERIFY(!a.connections[2].owner.has_value());
        for (std::size_t i = 0; i < a.connections.size(); ++i)
            QCOMPARE(a.connections[i].owner, b.connections[i].owner);
        QVERIFY(!scanSocketOwners("/nonexistent-proc-dir").ok());
    }

    void resolveOwnersReportsAMissingProc()
    {
        Snapshot snap;
        snap.connections = {connection(1, {})};
        snap.connections[0].inode = 1;
        auto n = resolveOwners(snap, "/nonexistent-proc-dir");
        QVERIFY(!n.ok());
        QCOMPARE(n.error().code, ENOENT);
    }
};

QTEST_GUILESS_MAIN(TestSockDiagParse)
#include "tst_sockdiag_parse.moc"
