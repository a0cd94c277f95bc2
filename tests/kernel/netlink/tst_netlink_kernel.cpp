// The netlink layer against the running kernel. Every test function works in its
// own fresh network namespace (entered before PathManager::open(), so the socket
// lives there) and checks each command's effect against a dump and against
// `ip -n NS mptcp ...`.
#include "testsupport.h"

#include "mptcp/netlink/pm.h"

#include <QRegularExpression>
#include <QTest>

#include <algorithm>
#include <arpa/inet.h>
#include <cerrno>
#include <chrono>
#include <grp.h>
#include <net/if.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <tuple>
#include <unistd.h>

#ifndef IPPROTO_MPTCP
#define IPPROTO_MPTCP 262
#endif

using namespace mptcp::nl;
using mptcp::test::Netns;

namespace {

IpAddress ip(const char *text)
{
    return *IpAddress::parse(text);
}

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

// A file descriptor closed on scope exit.
class Fd {
public:
    explicit Fd(int fd = -1) : m_fd(fd) {}
    ~Fd()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Fd(const Fd &) = delete;
    Fd &operator=(const Fd &) = delete;
    Fd &operator=(Fd &&other) noexcept
    {
        reset();
        m_fd = std::exchange(other.m_fd, -1);
        return *this;
    }
    [[nodiscard]] int get() const { return m_fd; }
    void reset()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
    }

private:
    int m_fd;
};

// The line `ip mptcp endpoint show` (iproute2 6.x print_mptcp_addrinfo) prints for `ep`.
QString iproute2Line(const Endpoint &ep)
{
    QStringList parts{q(ep.address.toString())};
    if (ep.port)
        parts << QStringLiteral("port %1").arg(ep.port);
    parts << QStringLiteral("id %1").arg(ep.id);
    for (const auto &w : flagWords(ep.flags))
        parts << q(w);
    if (ep.ifindex) {
        char name[IF_NAMESIZE] = {};
        if (::if_indextoname(static_cast<unsigned>(ep.ifindex), name))
            parts << QStringLiteral("dev %1").arg(QLatin1String(name));
    }
    return parts.join(QLatin1Char(' '));
}

QStringList ipEndpointLines(const Netns &ns)
{
    QString out;
    if (ns.ip({QStringLiteral("mptcp"), QStringLiteral("endpoint"), QStringLiteral("show")}, &out) != 0)
        return {QStringLiteral("<ip failed: %1>").arg(out)};
    QStringList lines;
    for (const QString &l : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        lines << l.trimmed();
    return lines;
}

QStringList linesOf(const std::vector<Endpoint> &eps)
{
    QStringList lines;
    for (const auto &ep : eps)
        lines << iproute2Line(ep);
    return lines;
}

// Adds a veth pair inside `ns` with `addr` (CIDR) on `name`, both ends up.
bool addVeth(const Netns &ns, const QString &name, const QString &peer, const QString &addr)
{
    return ns.ip({QStringLiteral("link"), QStringLiteral("add"), name, QStringLiteral("type"), QStringLiteral("veth"),
                  QStringLiteral("peer"), QStringLiteral("name"), peer})
            == 0
        && ns.ip({QStringLiteral("addr"), QStringLiteral("add"), addr, QStringLiteral("dev"), name, QStringLiteral("nodad")}) == 0
        && ns.ip({QStringLiteral("link"), QStringLiteral("set"), name, QStringLiteral("up")}) == 0
        && ns.ip({QStringLiteral("link"), QStringLiteral("set"), peer, QStringLiteral("up")}) == 0;
}


// Joins `client` and `server` by two veth paths: 10.1.1.0/24 for the initial subflow
// and 10.2.2.0/24 for the additional one (.1 client, .2 server).
bool linkTwoPaths(const Netns &client, const Netns &server)
{
    if (!client.valid() || !server.valid())
        return false;
    for (const char *n : {"1", "2"}) {
        const QString net = QLatin1String(n);
        const QString cn = QStringLiteral("vc") + net, sn = QStringLiteral("vs") + net;
        if (client.ip({QStringLiteral("link"), QStringLiteral("add"), cn, QStringLiteral("type"), QStringLiteral("veth"),
                       QStringLiteral("peer"), QStringLiteral("name"), sn, QStringLiteral("netns"), server.name()})
                != 0
            || client.ip({QStringLiteral("addr"), QStringLiteral("add"), QStringLiteral("10.%1.%1.1/24").arg(net),
                          QStringLiteral("dev"), cn})
                != 0
            || server.ip({QStringLiteral("addr"), QStringLiteral("add"), QStringLiteral("10.%1.%1.2/24").arg(net),
                          QStringLiteral("dev"), sn})
                != 0
            || client.ip({QStringLiteral("link"), QStringLiteral("set"), cn, QStringLiteral("up")}) != 0
            || server.ip({QStringLiteral("link"), QStringLiteral("set"), sn, QStringLiteral("up")}) != 0)
            return false;
    }
    // A join from 10.2.2.1 to 10.1.1.2 leaves through vc2 (policy routing by source,
    // as mptcp.dev tells users to set up when endpoints lack `dev`).
    return client.ip({QStringLiteral("route"), QStringLiteral("add"), QStringLiteral("10.1.1.2/32"), QStringLiteral("dev"),
                      QStringLiteral("vc2"), QStringLiteral("src"), QStringLiteral("10.2.2.1"), QStringLiteral("table"),
                      QStringLiteral("100")})
            == 0
        && client.ip({QStringLiteral("rule"), QStringLiteral("add"), QStringLiteral("from"), QStringLiteral("10.2.2.1"),
                      QStringLiteral("table"), QStringLiteral("100")})
            == 0;
}

// Collects events until one of type `wanted` (optionally matching `pred`) arrived or 10 s passed.
template <class Pred>
bool collectUntil(EventListener &listener, std::vector<Event> &events, EventType wanted, Pred pred)
{
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    for (;;) {
        for (const auto &e : events) {
            if (e.type == wanted && pred(e))
                return true;
        }
        if (std::chrono::steady_clock::now() >= deadline)
            return false;
        if (!listener.waitAndDispatch(200, [&](const Event &e) { events.push_back(e); }).ok())
            return false;
    }
}
bool collectUntil(EventListener &listener, std::vector<Event> &events, EventType wanted)
{
    return collectUntil(listener, events, wanted, [](const Event &) { return true; });
}

// A copy, not a pointer: `events` keeps growing while the test goes on.
std::optional<Event> firstOf(const std::vector<Event> &events, EventType type)
{
    for (const auto &e : events) {
        if (e.type == type)
            return e;
    }
    return std::nullopt;
}

// An MPTCP listener on port `port` of every server address (joins to an announced
// address must find it too), created inside `server`; -1 on failure.
int mptcpListener(Netns &server, std::uint16_t port)
{
    if (!server.enter())
        return -1;
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, IPPROTO_MPTCP);
    server.leave();
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(port);
    a.sin_addr.s_addr = htonl(INADDR_ANY);
    if (fd < 0 || ::bind(fd, reinterpret_cast<sockaddr *>(&a), sizeof a) != 0 || ::listen(fd, 4) != 0) {
        if (fd >= 0)
            ::close(fd);
        return -1;
    }
    return fd;
}

// Connects from inside `client` to 10.1.1.2:port, accepts on `listenFd` and sends
// data both ways, which makes the connection fully established (and so starts the
// path manager's work). Returns false on any failure.
bool connectAndTalk(Netns &client, int listenFd, std::uint16_t port, Fd &conn, Fd &accepted, std::uint16_t &clientPort)
{
    if (!client.enter())
        return false;
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, IPPROTO_MPTCP);
    client.leave();
    if (fd < 0)
        return false;
    conn = Fd(fd);
    const timeval tv{5, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(port);
    ::inet_pton(AF_INET, "10.1.1.2", &a.sin_addr);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&a), sizeof a) != 0)
        return false;
    sockaddr_in local{};
    socklen_t len = sizeof local;
    if (::getsockname(fd, reinterpret_cast<sockaddr *>(&local), &len) != 0)
        return false;
    clientPort = ntohs(local.sin_port);
    accepted = Fd(::accept4(listenFd, nullptr, nullptr, SOCK_CLOEXEC));
    if (accepted.get() < 0)
        return false;
    ::setsockopt(accepted.get(), SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    char buf[8];
    return ::send(fd, "ping", 4, MSG_NOSIGNAL) == 4 && ::recv(accepted.get(), buf, sizeof buf, 0) == 4
        && ::send(accepted.get(), "pong", 4, MSG_NOSIGNAL) == 4 && ::recv(fd, buf, sizeof buf, 0) == 4;
}

} // namespace

class TestNetlinkKernel : public QObject {
    Q_OBJECT

private:
    // Fresh namespace + a path manager opened inside it.
    struct Fixture {
        Netns ns;
        std::optional<PathManager> pm;
        explicit Fixture(const QString &tag) : ns(tag) {}
    };

    static std::unique_ptr<Fixture> fixture(const char *tag)
    {
        auto f = std::make_unique<Fixture>(QLatin1String(tag));
        if (!f->ns.valid() || !f->ns.enter())
            return nullptr;
        auto pm = PathManager::open();
        if (!pm)
            return nullptr;
        f->pm.emplace(std::move(*pm));
        return f;
    }

private Q_SLOTS:
    void openResolvesTheFamilyOnce()
    {
        auto f = fixture("open");
        QVERIFY(f);
        QVERIFY(f->pm->familyId() >= 0x10);
        auto again = PathManager::open();
        QVERIFY(again.ok());
        QCOMPARE(again->familyId(), f->pm->familyId());
    }

    void limitsSetAndReadBack()
    {
        auto f = fixture("limits");
        QVERIFY(f);
        auto initial = f->pm->getLimits();
        QVERIFY2(initial.ok(), initial.ok() ? "" : initial.error().describe().c_str());
        QCOMPARE(*initial, (Limits{2, 0})); // kernel defaults in a new namespace

        auto r = f->pm->setLimits(5, 3);
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().describe().c_str());
        QCOMPARE(*f->pm->getLimits(), (Limits{5, 3}));
        QString out;
        QCOMPARE(f->ns.ip({QStringLiteral("mptcp"), QStringLiteral("limits"), QStringLiteral("show")}, &out), 0);
        QCOMPARE(out.trimmed(), QStringLiteral("add_addr_accepted 3 subflows 5"));

        // An unset value is not sent, so the kernel keeps it.
        QVERIFY(f->pm->setLimits(std::nullopt, 1).ok());
        QCOMPARE(*f->pm->getLimits(), (Limits{5, 1}));
        QVERIFY(f->pm->setLimits(8, std::nullopt).ok());
        QCOMPARE(*f->pm->getLimits(), (Limits{8, 1}));
    }

    void limitsAboveMaximumCarryTheKernelMessage()
    {
        auto f = fixture("limmax");
        QVERIFY(f);
        auto r = f->pm->setLimits(9, std::nullopt);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, EINVAL);
        QVERIFY2(r.error().message.find("limit greater than maximum") != std::string::npos, r.error().message.c_str());
        QCOMPARE(r.error().operation, std::string("set limits"));
        QVERIFY(q(r.error().describe()).startsWith(QStringLiteral("set limits: limit greater than maximum")));
        QCOMPARE(*f->pm->getLimits(), (Limits{2, 0}));
    }

    void addedEndpointsAppearInDumpAndInIp()
    {
        auto f = fixture("add");
        QVERIFY(f);
        QVERIFY(addVeth(f->ns, QStringLiteral("ve0"), QStringLiteral("ve0p"), QStringLiteral("10.0.1.1/24")));
        QVERIFY(f->ns.ip({QStringLiteral("addr"), QStringLiteral("add"), QStringLiteral("2001:db8::1/64"),
                          QStringLiteral("dev"), QStringLiteral("ve0"), QStringLiteral("nodad")})
                == 0);
        const int ifindex = static_cast<int>(::if_nametoindex("ve0"));
        QVERIFY(ifindex > 0);

        const Endpoint v4{5, ip("10.0.1.1"), 0, FlagSubflow | FlagBackup, ifindex};
        // A port needs `signal` and an address the kernel can listen on.
        const Endpoint v6{9, ip("2001:db8::1"), 8443, FlagSignal, ifindex};
        const Endpoint plain{20, ip("192.0.2.7"), 0, 0, 0};
        for (const auto &ep : {v4, v6, plain}) {
            auto r = f->pm->addEndpoint(ep);
            QVERIFY2(r.ok(), r.ok() ? "" : r.error().describe().c_str());
        }
        auto dump = f->pm->dumpEndpoints();
        QVERIFY(dump.ok());
        QCOMPARE(*dump, (std::vector<Endpoint>{v4, v6, plain}));
        QCOMPARE(ipEndpointLines(f->ns), linesOf(*dump));

        auto one = f->pm->getEndpoint(9);
        QVERIFY(one.ok());
        QCOMPARE(*one, v6);
    }

    void kernelAssignsIdsWhenNoneGiven()
    {
        auto f = fixture("ids");
        QVERIFY(f);
        QVERIFY(f->pm->addEndpoint({0, ip("198.51.100.1"), 0, FlagSubflow, 0}).ok());
        QVERIFY(f->pm->addEndpoint({10, ip("198.51.100.2"), 0, FlagSubflow, 0}).ok());
        QVERIFY(f->pm->addEndpoint({0, ip("198.51.100.3"), 0, FlagSubflow, 0}).ok());
        auto dump = f->pm->dumpEndpoints();
        QVERIFY(dump.ok());
        QCOMPARE(dump->size(), 3u);
        // The in-kernel PM hands out the id after the highest one given so far
        // (pernet next_id), not the lowest free one: 1, then 11 after an explicit 10.
        QCOMPARE((*dump)[0].id, 1);
        QCOMPARE((*dump)[0].address, ip("198.51.100.1"));
        QCOMPARE((*dump)[1].id, 10);
        QCOMPARE((*dump)[2].id, 11);
        QCOMPARE((*dump)[2].address, ip("198.51.100.3"));

        // Deleted ids are not handed out again right away either.
        QVERIFY(f->pm->deleteEndpoint({1, std::nullopt, 0}).ok());
        QVERIFY(f->pm->addEndpoint({0, ip("198.51.100.4"), 0, FlagSubflow, 0}).ok());
        dump = f->pm->dumpEndpoints();
        QCOMPARE(dump->back().id, 12);
        QCOMPARE(ipEndpointLines(f->ns), linesOf(*dump));
    }

    void laminarFlagIsKept()
    {
        auto f = fixture("laminar");
        QVERIFY(f);
        auto r = f->pm->addEndpoint({3, ip("203.0.113.3"), 0, FlagSubflow | FlagLaminar, 0});
        if (!r.ok() && r.error().code == EINVAL)
            QSKIP("kernel older than 6.18 rejects the laminar flag");
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().describe().c_str());
        auto ep = f->pm->getEndpoint(3);
        QVERIFY(ep.ok());
        QCOMPARE(ep->flags, std::uint32_t(FlagSubflow | FlagLaminar));
        QCOMPARE(flagWords(ep->flags), (std::vector<std::string>{"subflow", "laminar"}));
    }

    void duplicateIdIsRefusedWithTheKernelMessage()
    {
        auto f = fixture("dupid");
        QVERIFY(f);
        QVERIFY(f->pm->addEndpoint({5, ip("10.9.0.1"), 0, FlagSubflow, 0}).ok());
        auto r = f->pm->addEndpoint({5, ip("10.9.0.2"), 0, FlagSubflow, 0});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, EBUSY);
        QVERIFY2(r.error().message.find("duplicate") != std::string::npos, r.error().message.c_str());
        QCOMPARE(f->pm->dumpEndpoints()->size(), 1u);
    }

    void duplicateAddressIsRefused()
    {
        auto f = fixture("dupaddr");
        QVERIFY(f);
        QVERIFY(f->pm->addEndpoint({0, ip("10.9.0.1"), 0, FlagSubflow, 0}).ok());
        auto r = f->pm->addEndpoint({0, ip("10.9.0.1"), 0, FlagBackup, 0});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, EEXIST); // a duplicate id gives EBUSY, a duplicate address EEXIST
        QVERIFY2(r.error().message.find("duplicate") != std::string::npos, r.error().message.c_str());
    }

    void signalWithFullmeshIsRefused()
    {
        auto f = fixture("sigfm");
        QVERIFY(f);
        auto r = f->pm->addEndpoint({0, ip("10.9.0.1"), 0, FlagSignal | FlagFullmesh, 0});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, EINVAL);
        QVERIFY2(r.error().message.find("signal and fullmesh") != std::string::npos, r.error().message.c_str());
        QVERIFY(f->pm->dumpEndpoints()->empty());
    }

    void portWithoutListenableAddressIsRefused()
    {
        auto f = fixture("port");
        QVERIFY(f);
        auto r = f->pm->addEndpoint({0, ip("10.9.0.1"), 1234, FlagSignal, 0});
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.find("listen socket") != std::string::npos, r.error().message.c_str());
    }

    void deleteByIdAndByAddress()
    {
        auto f = fixture("del");
        QVERIFY(f);
        QVERIFY(f->pm->addEndpoint({1, ip("10.9.0.1"), 0, FlagSubflow, 0}).ok());
        QVERIFY(f->pm->addEndpoint({2, ip("10.9.0.2"), 0, FlagSubflow, 0}).ok());
        QVERIFY(f->pm->addEndpoint({3, ip("10.9.0.3"), 0, FlagSubflow, 0}).ok());

        QVERIFY(f->pm->deleteEndpoint({2, std::nullopt, 0}).ok());
        auto dump = f->pm->dumpEndpoints();
        QCOMPARE(dump->size(), 2u);
        QCOMPARE((*dump)[0].id, 1);
        QCOMPARE((*dump)[1].id, 3);
        QCOMPARE(ipEndpointLines(f->ns), linesOf(*dump));

        // id 0 + address, the way `ip mptcp endpoint delete id 0 ADDR` asks: the kernel
        // removes that address from the connections that use it as their initial
        // (id 0) subflow; the endpoint table itself is left alone.
        auto r = f->pm->deleteEndpoint({0, ip("10.9.0.3"), 0});
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().describe().c_str());
        QCOMPARE(*f->pm->dumpEndpoints(), *dump);
    }

    void deleteUnknownIdIsRefused()
    {
        auto f = fixture("delunk");
        QVERIFY(f);
        auto r = f->pm->deleteEndpoint({77, std::nullopt, 0});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, EINVAL);
        QVERIFY2(r.error().message.find("not found") != std::string::npos, r.error().message.c_str());
        QCOMPARE(r.error().operation, std::string("delete endpoint"));
    }

    void deleteIdZeroWithoutAddressIsRefusedBeforeSending()
    {
        auto f = fixture("del0");
        QVERIFY(f);
        auto r = f->pm->deleteEndpoint({0, std::nullopt, 0});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, EINVAL);
    }

    void getUnknownIdIsRefused()
    {
        auto f = fixture("getunk");
        QVERIFY(f);
        auto r = f->pm->getEndpoint(42);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, EINVAL);
        QVERIFY2(r.error().message.find("not found") != std::string::npos, r.error().message.c_str());
    }

    void setFlagsByIdAndByAddress()
    {
        auto f = fixture("flags");
        QVERIFY(f);
        QVERIFY(f->pm->addEndpoint({1, ip("10.9.0.1"), 0, FlagSubflow, 0}).ok());
        QVERIFY(f->pm->addEndpoint({2, ip("10.9.0.2"), 0, FlagSubflow, 0}).ok());

        auto r = f->pm->setFlags({1, std::nullopt, 0}, FlagBackup);
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().describe().c_str());
        r = f->pm->setFlags({0, ip("10.9.0.2"), 0}, FlagBackup | FlagFullmesh);
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().describe().c_str());
        auto dump = f->pm->dumpEndpoints();
        QCOMPARE((*dump)[0].flags, std::uint32_t(FlagSubflow | FlagBackup));
        QCOMPARE((*dump)[1].flags, std::uint32_t(FlagSubflow | FlagBackup | FlagFullmesh));
        QCOMPARE(ipEndpointLines(f->ns), linesOf(*dump));

        // Both bits are applied: 0 clears backup and fullmesh ("nobackup nofullmesh").
        QVERIFY(f->pm->setFlags({2, std::nullopt, 0}, 0).ok());
        QCOMPARE(f->pm->getEndpoint(2)->flags, std::uint32_t(FlagSubflow));

        r = f->pm->setFlags({99, std::nullopt, 0}, FlagBackup);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.find("not found") != std::string::npos, r.error().message.c_str());
    }

    void flushRemovesEveryEndpoint()
    {
        auto f = fixture("flush");
        QVERIFY(f);
        for (std::uint8_t id = 1; id <= 4; ++id) {
            const std::uint8_t b[4] = {10, 9, 0, id};
            QVERIFY(f->pm->addEndpoint({id, IpAddress::fromV4(b), 0, FlagSubflow, 0}).ok());
        }
        QCOMPARE(f->pm->dumpEndpoints()->size(), 4u);
        QVERIFY(f->pm->flushEndpoints().ok());
        QVERIFY(f->pm->dumpEndpoints()->empty());
        QVERIFY(ipEndpointLines(f->ns).isEmpty());
    }

    void unprivilegedReadsWorkAndWritesNeedCapNetAdmin()
    {
        auto f = fixture("unpriv");
        QVERIFY(f);
        QVERIFY(f->pm->setLimits(4, 2).ok());
        QVERIFY(f->pm->addEndpoint({7, ip("10.9.0.7"), 0, FlagSubflow, 0}).ok());

        // The child inherits this thread's namespace, drops to nobody and reports.
        struct Report {
            int openCode = -1, dumpCode = -1, limitsCode = -1, writeCode = -1, eventsCode = -1;
            std::uint32_t subflows = 0;
            std::uint8_t firstId = 0;
            std::size_t endpoints = 0;
            bool writeSaysCapNetAdmin = false;
        };
        int pipeFds[2];
        QCOMPARE(::pipe(pipeFds), 0);
        const pid_t child = ::fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            ::close(pipeFds[0]);
            Report rep;
            if (::setgroups(0, nullptr) == 0 && ::setresgid(65534, 65534, 65534) == 0
                && ::setresuid(65534, 65534, 65534) == 0) {
                auto pm = PathManager::open();
                rep.openCode = pm.ok() ? 0 : pm.error().code;
                if (pm) {
                    auto dump = pm->dumpEndpoints();
                    rep.dumpCode = dump.ok() ? 0 : dump.error().code;
                    if (dump) {
                        rep.endpoints = dump->size();
                        rep.firstId = dump->empty() ? 0 : dump->front().id;
                    }
                    auto lim = pm->getLimits();
                    rep.limitsCode = lim.ok() ? 0 : lim.error().code;
                    if (lim)
                        rep.subflows = lim->subflows;
                    auto w = pm->setLimits(1, std::nullopt);
                    rep.writeCode = w.ok() ? 0 : w.error().code;
                    rep.writeSaysCapNetAdmin = !w.ok() && w.error().describe().find("CAP_NET_ADMIN") != std::string::npos;
                }
                auto ev = EventListener::open();
                rep.eventsCode = ev.ok() ? 0 : ev.error().code;
            }
            const ssize_t n = ::write(pipeFds[1], &rep, sizeof rep);
            ::_exit(n == sizeof rep ? 0 : 1);
        }
        ::close(pipeFds[1]);
        Report rep;
        const ssize_t n = ::read(pipeFds[0], &rep, sizeof rep);
        ::close(pipeFds[0]);
        int status = 0;
        ::waitpid(child, &status, 0);
        QCOMPARE(n, ssize_t(sizeof rep));
        QCOMPARE(rep.openCode, 0);
        QCOMPARE(rep.dumpCode, 0);
        QCOMPARE(rep.endpoints, 1u);
        QCOMPARE(rep.firstId, 7);
        QCOMPARE(rep.limitsCode, 0);
        QCOMPARE(rep.subflows, 4u);
        QCOMPARE(rep.writeCode, EPERM);
        QVERIFY(rep.writeSaysCapNetAdmin);
        QCOMPARE(rep.eventsCode, EPERM); // mptcp_pm_events is a CAP_NET_ADMIN group
        QCOMPARE(*f->pm->getLimits(), (Limits{4, 2}));
    }

    void sysctlsFollowTheNamespace()
    {
        auto f = fixture("sysctl");
        QVERIFY(f);
        auto before = readSysctls();
        QVERIFY(before.ok());
        QCOMPARE(before->enabled, std::optional<bool>(true));
        QVERIFY(before->pathManager.has_value() || before->pmType.has_value());
        QVERIFY(!before->all.empty());

        QString out;
        QCOMPARE(f->ns.exec(QStringLiteral("sysctl"), {QStringLiteral("-w"), QStringLiteral("net.mptcp.enabled=0")}, &out), 0);
        auto after = readSysctls();
        QVERIFY(after.ok());
        QCOMPARE(after->enabled, std::optional<bool>(false));
        const auto it = std::find_if(after->all.begin(), after->all.end(), [](const SysctlEntry &e) { return e.key == "enabled"; });
        QVERIFY(it != after->all.end());
        QCOMPARE(it->value, std::string("0"));
        QCOMPARE(after->all.size(), before->all.size());

        // Every file `sysctl net.mptcp` lists is kept, known to us or not.
        QCOMPARE(f->ns.exec(QStringLiteral("sysctl"), {QStringLiteral("-N"), QStringLiteral("net.mptcp")}, &out), 0);
        QStringList keys;
        for (const auto &e : after->all)
            keys << QStringLiteral("net.mptcp.") + q(e.key);
        QStringList listed = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        listed.sort();
        QCOMPARE(keys, listed);
    }

    void eventSubscribersAreListedPerNamespace()
    {
        auto f = fixture("subscribers");
        QVERIFY(f);
        // A fresh namespace: nobody listens to the path manager's events.
        auto none = pmEventSubscribers();
        QVERIFY2(none.ok(), none.ok() ? "" : none.error().describe().c_str());
        QVERIFY(none->empty());
        {
            auto listener = EventListener::open();
            QVERIFY(listener.ok());
            auto one = pmEventSubscribers();
            QVERIFY(one.ok());
            QCOMPARE(one->size(), size_t(1));
            QVERIFY(one->front().inode != 0);
            // The socket is ours: its inode is behind one of this process's descriptors.
            char link[64] = {};
            const std::string fdPath = "/proc/self/fd/" + std::to_string(listener->fd());
            QVERIFY(::readlink(fdPath.c_str(), link, sizeof link - 1) > 0);
            QCOMPARE(QString::fromLatin1(link), QStringLiteral("socket:[%1]").arg(one->front().inode));
        }
        auto gone = pmEventSubscribers();
        QVERIFY(gone.ok());
        QVERIFY(gone->empty());
    }

    void listenerEventsForASignalEndpointWithPort()
    {
        auto f = fixture("listen");
        QVERIFY(f);
        QVERIFY(addVeth(f->ns, QStringLiteral("ve0"), QStringLiteral("ve0p"), QStringLiteral("10.0.1.1/24")));
        auto listener = EventListener::open();
        QVERIFY2(listener.ok(), listener.ok() ? "" : listener.error().describe().c_str());
        QVERIFY(f->pm->addEndpoint({4, ip("10.0.1.1"), 20000, FlagSignal, 0}).ok());
        QVERIFY(f->pm->deleteEndpoint({4, std::nullopt, 0}).ok());

        std::vector<Event> events;
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
        while (events.size() < 2 && std::chrono::steady_clock::now() < deadline)
            QVERIFY(listener->waitAndDispatch(200, [&](const Event &e) { events.push_back(e); }).ok());
        QCOMPARE(events.size(), 2u);
        QCOMPARE(events[0].type, EventType::ListenerCreated);
        QCOMPARE(events[1].type, EventType::ListenerClosed);
        for (const auto &e : events) {
            QCOMPARE(e.family, std::optional<std::uint16_t>(AF_INET));
            QCOMPARE(e.saddr, std::optional<IpAddress>(ip("10.0.1.1")));
            QCOMPARE(e.sport, std::optional<std::uint16_t>(20000));
        }
        QCOMPARE(listener->malformedCount(), 0u);
    }

    void eventsOfARealTwoPathConnection()
    {
        Netns client(QStringLiteral("cli"));
        Netns server(QStringLiteral("srv"));
        QVERIFY(linkTwoPaths(client, server));

        // Server side: limits and an event subscription, opened inside `server`.
        QVERIFY(server.enter());
        auto serverPm = PathManager::open();
        auto serverEvents = EventListener::open();
        server.leave();
        QVERIFY(serverPm.ok() && serverEvents.ok());
        QVERIFY(serverPm->setLimits(2, 0).ok());
        Fd listenFd(mptcpListener(server, 45678));
        QVERIFY2(listenFd.get() >= 0, "MPTCP listener failed");

        // Client side: a `subflow` endpoint on the second path, limits raised.
        QVERIFY(client.enter());
        auto clientPm = PathManager::open();
        auto clientEvents = EventListener::open();
        const int vc2 = static_cast<int>(::if_nametoindex("vc2"));
        client.leave();
        QVERIFY(clientPm.ok() && clientEvents.ok());
        QVERIFY(clientPm->setLimits(2, 0).ok());
        QVERIFY(clientPm->addEndpoint({2, ip("10.2.2.1"), 0, FlagSubflow, vc2}).ok());

        Fd conn, accepted;
        std::uint16_t clientPort = 0;
        QVERIFY(connectAndTalk(client, listenFd.get(), 45678, conn, accepted, clientPort));

        std::vector<Event> events;
        QVERIFY2(collectUntil(*clientEvents, events, EventType::SubEstablished), "no sf_established event within 10 s");
        conn.reset();
        accepted.reset();
        QVERIFY2(collectUntil(*clientEvents, events, EventType::Closed), "no closed event within 10 s");
        QCOMPARE(clientEvents->malformedCount(), 0u);

        const auto created = firstOf(events, EventType::Created);
        const auto established = firstOf(events, EventType::Established);
        const auto sub = firstOf(events, EventType::SubEstablished);
        const auto closed = firstOf(events, EventType::Closed);
        QVERIFY(created && established && sub && closed);
        QVERIFY(created->token.has_value());
        for (const auto &e : {created, established}) {
            QCOMPARE(e->token, created->token);
            QCOMPARE(e->family, std::optional<std::uint16_t>(AF_INET));
            QCOMPARE(e->saddr, std::optional<IpAddress>(ip("10.1.1.1")));
            QCOMPARE(e->daddr, std::optional<IpAddress>(ip("10.1.1.2")));
            QCOMPARE(e->sport, std::optional<std::uint16_t>(clientPort));
            QCOMPARE(e->dport, std::optional<std::uint16_t>(45678));
            QVERIFY(!e->serverSide.value_or(false));
        }
        QCOMPARE(sub->token, created->token);
        QCOMPARE(sub->saddr, std::optional<IpAddress>(ip("10.2.2.1")));
        QCOMPARE(sub->daddr, std::optional<IpAddress>(ip("10.1.1.2")));
        QCOMPARE(sub->dport, std::optional<std::uint16_t>(45678));
        QVERIFY(sub->sport.has_value() && *sub->sport != 0);
        QCOMPARE(sub->localId, std::optional<std::uint8_t>(2)); // the endpoint's id
        QCOMPARE(sub->remoteId, std::optional<std::uint8_t>(0)); // the server's initial address
        QCOMPARE(sub->backup, std::optional<bool>(false));
        QCOMPARE(sub->ifindex, std::optional<std::int32_t>(vc2));
        QCOMPARE(closed->token, created->token);

        // The server saw the same connection from its side.
        std::vector<Event> serverSeen;
        QVERIFY(serverEvents->dispatch([&](const Event &e) { serverSeen.push_back(e); }).ok());
        const auto serverCreated = firstOf(serverSeen, EventType::Created);
        QVERIFY(serverCreated);
        QCOMPARE(serverCreated->serverSide, std::optional<bool>(true));
        QCOMPARE(serverCreated->saddr, std::optional<IpAddress>(ip("10.1.1.2")));
        QCOMPARE(serverCreated->sport, std::optional<std::uint16_t>(45678));
        QCOMPARE(serverCreated->dport, std::optional<std::uint16_t>(clientPort));
    }

    void announceRemoveAndPriorityEvents()
    {
        Netns client(QStringLiteral("cli"));
        Netns server(QStringLiteral("srv"));
        QVERIFY(linkTwoPaths(client, server));

        // The server announces its second address; the client accepts one announcement.
        QVERIFY(server.enter());
        auto serverPm = PathManager::open();
        server.leave();
        QVERIFY(serverPm.ok());
        QVERIFY(serverPm->setLimits(2, 0).ok());
        QVERIFY(serverPm->addEndpoint({5, ip("10.2.2.2"), 0, FlagSignal, 0}).ok());
        Fd listenFd(mptcpListener(server, 45679));
        QVERIFY(listenFd.get() >= 0);

        QVERIFY(client.enter());
        auto clientPm = PathManager::open();
        auto clientEvents = EventListener::open();
        client.leave();
        QVERIFY(clientPm.ok() && clientEvents.ok());
        QVERIFY(clientPm->setLimits(2, 1).ok());

        Fd conn, accepted;
        std::uint16_t clientPort = 0;
        QVERIFY(connectAndTalk(client, listenFd.get(), 45679, conn, accepted, clientPort));

        std::vector<Event> events;
        const auto toAnnounced = [](const Event &e) { return e.remoteId == std::optional<std::uint8_t>(5); };
        QVERIFY2(collectUntil(*clientEvents, events, EventType::Announced), "no announced event within 10 s");
        QVERIFY2(collectUntil(*clientEvents, events, EventType::SubEstablished, toAnnounced),
                 "no subflow to the announced address within 10 s");
        const auto created = firstOf(events, EventType::Created);
        const auto announced = firstOf(events, EventType::Announced);
        QVERIFY(created && announced);
        QCOMPARE(announced->token, created->token);
        QCOMPARE(announced->remoteId, std::optional<std::uint8_t>(5));
        // Unlike the uapi comment says, the kernel sends no family here: the address
        // attribute's type (DADDR4/DADDR6) carries it. Without an announced port it
        // reports the connection's destination port.
        QVERIFY(!announced->family.has_value());
        QCOMPARE(announced->dport, std::optional<std::uint16_t>(45679));
        QCOMPARE(announced->daddr, std::optional<IpAddress>(ip("10.2.2.2")));

        // Marking the server's endpoint backup sends MP_PRIO on that subflow.
        QVERIFY(serverPm->setFlags({5, std::nullopt, 0}, FlagBackup).ok());
        QVERIFY2(collectUntil(*clientEvents, events, EventType::SubPriority), "no sf_prio event within 10 s");
        const auto prio = firstOf(events, EventType::SubPriority);
        QCOMPARE(prio->token, created->token);
        QCOMPARE(prio->daddr, std::optional<IpAddress>(ip("10.2.2.2")));
        QCOMPARE(prio->remoteId, std::optional<std::uint8_t>(5));
        QCOMPARE(prio->backup, std::optional<bool>(true));

        // Deleting it sends RM_ADDR: the client sees the address and its subflow go.
        QVERIFY(serverPm->deleteEndpoint({5, std::nullopt, 0}).ok());
        QVERIFY2(collectUntil(*clientEvents, events, EventType::Removed), "no removed event within 10 s");
        QVERIFY2(collectUntil(*clientEvents, events, EventType::SubClosed, toAnnounced), "no sf_closed event within 10 s");
        const auto removed = firstOf(events, EventType::Removed);
        QCOMPARE(removed->token, created->token);
        QCOMPARE(removed->remoteId, std::optional<std::uint8_t>(5));
        QCOMPARE(clientEvents->malformedCount(), 0u);
    }
};

MPTCP_TEST_MAIN_REQUIRING(TestNetlinkKernel, mptcp::test::requireMptcp())
#include "tst_netlink_kernel.moc"
