#include "testsupport.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include <arpa/inet.h>
#include <atomic>
#include <fcntl.h>
#include <future>
#include <mutex>
#include <optional>
#include <poll.h>
#include <sched.h>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

namespace mptcp::test {

QString requireRoot()
{
    if (::geteuid() != 0)
        return QStringLiteral("needs root (CAP_NET_ADMIN and network namespaces); run the suite as root");
    return {};
}

QString requireMptcp()
{
    if (QString why = requireRoot(); !why.isEmpty())
        return why;
    if (!QFile::exists(QStringLiteral("/proc/sys/net/mptcp/enabled")))
        return QStringLiteral("kernel has no MPTCP (/proc/sys/net/mptcp missing)");
    if (QStandardPaths::findExecutable(QStringLiteral("ip")).isEmpty())
        return QStringLiteral("iproute2 `ip` not found");
    Netns probe(QStringLiteral("probe"));
    if (!probe.valid())
        return QStringLiteral("cannot create a network namespace");
    return {};
}

int run(const QString &program, const QStringList &args, QString *out)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForStarted(10000))
        return -1;
    p.closeWriteChannel();
    p.waitForFinished(120000);
    if (out)
        *out = QString::fromLocal8Bit(p.readAll());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

bool processAlive(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (pid <= 0 || !stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = stat.readAll();
    const qsizetype close = text.lastIndexOf(')');
    const char state = close > 0 && close + 2 < text.size() ? text.at(close + 2) : 'X';
    return state != 'Z' && state != 'X';
}

namespace {

// When `pid` started, in seconds since the epoch; nullopt when there is no such process.
std::optional<qint64> processStartTime(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray text = stat.readAll();
    // Fields after the command name; starttime is field 22 of proc(5), the 20th here.
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    static const qint64 bootTime = [] {
        QFile f(QStringLiteral("/proc/stat"));
        if (!f.open(QIODevice::ReadOnly))
            return qint64(0);
        for (const QByteArray &line : f.readAll().split('\n')) {
            if (line.startsWith("btime "))
                return line.mid(6).trimmed().toLongLong();
        }
        return qint64(0);
    }();
    if (fields.size() < 20 || bootTime == 0)
        return std::nullopt;
    return bootTime + fields.at(19).toLongLong() / ::sysconf(_SC_CLK_TCK);
}

} // namespace

QStringList removeStaleTestNamespaces()
{
    static const QRegularExpression ours(QStringLiteral("^mptcpt-.+-(\\d+)-\\d+$"));
    QStringList removed;
    const QDir dir(QStringLiteral("/run/netns"));
    for (const QString &name : dir.entryList({QStringLiteral("mptcpt-*")}, QDir::Files | QDir::System)) {
        const auto m = ours.match(name);
        if (!m.hasMatch())
            continue;
        const qint64 creator = m.captured(1).toLongLong();
        if (creator == ::getpid())
            continue; // this process's own, alive by definition
        // The namespace file's time is when `ip netns add` bound it (nsfs inode creation).
        const qint64 made = QFileInfo(dir.filePath(name)).lastModified().toSecsSinceEpoch();
        const std::optional<qint64> started = processStartTime(creator);
        // A PID reused by a process started after the namespace was made is not its creator
        // (1 s of slack for the clock-tick rounding of the start time).
        if (started && processAlive(creator) && *started <= made + 1)
            continue;
        if (run(QStringLiteral("ip"), {QStringLiteral("netns"), QStringLiteral("del"), name}) == 0)
            removed << name;
    }
    return removed;
}

Netns::Netns(const QString &tag)
{
    static std::once_flag swept;
    std::call_once(swept, [] {
        const QStringList removed = removeStaleTestNamespaces();
        if (!removed.isEmpty())
            std::fprintf(stderr, "removed namespaces of killed test runs: %s\n", qPrintable(removed.join(u' ')));
    });
    static std::atomic<int> counter{0};
    m_name = QStringLiteral("mptcpt-%1-%2-%3").arg(tag).arg(::getpid()).arg(counter++);
    // Same name = same PID and counter: a dead earlier process's, which the sweep may have
    // spared (it started the same second); it must not make this test fail.
    if (QFile::exists(QStringLiteral("/run/netns/") + m_name))
        run(QStringLiteral("ip"), {QStringLiteral("netns"), QStringLiteral("del"), m_name});
    if (run(QStringLiteral("ip"), {QStringLiteral("netns"), QStringLiteral("add"), m_name}) != 0)
        return;
    m_fd = ::open(QByteArray("/run/netns/" + m_name.toLocal8Bit()).constData(), O_RDONLY | O_CLOEXEC);
    if (m_fd >= 0)
        ip({QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("lo"), QStringLiteral("up")});
}

Netns::~Netns()
{
    leave();
    if (m_fd >= 0)
        ::close(m_fd);
    run(QStringLiteral("ip"), {QStringLiteral("netns"), QStringLiteral("del"), m_name});
}

bool Netns::enter()
{
    if (m_fd < 0 || m_entered)
        return m_entered;
    m_origFd = ::open("/proc/thread-self/ns/net", O_RDONLY | O_CLOEXEC);
    if (m_origFd < 0 || ::setns(m_fd, CLONE_NEWNET) != 0)
        return false;
    m_entered = true;
    return true;
}

void Netns::leave()
{
    if (!m_entered)
        return;
    ::setns(m_origFd, CLONE_NEWNET);
    ::close(m_origFd);
    m_origFd = -1;
    m_entered = false;
}

int Netns::ip(const QStringList &args, QString *out) const
{
    return run(QStringLiteral("ip"), QStringList{QStringLiteral("-n"), m_name} + args, out);
}

int Netns::exec(const QString &program, const QStringList &args, QString *out) const
{
    return run(QStringLiteral("ip"), QStringList{QStringLiteral("netns"), QStringLiteral("exec"), m_name, program} + args, out);
}

EnteredNetns::EnteredNetns(const QString &name)
{
    m_orig = ::open("/proc/thread-self/ns/net", O_RDONLY | O_CLOEXEC);
    const int fd = ::open(QByteArray("/run/netns/" + name.toLocal8Bit()).constData(), O_RDONLY | O_CLOEXEC);
    m_entered = m_orig >= 0 && fd >= 0 && ::setns(fd, CLONE_NEWNET) == 0;
    if (fd >= 0)
        ::close(fd);
}

EnteredNetns::~EnteredNetns()
{
    if (m_entered)
        ::setns(m_orig, CLONE_NEWNET);
    if (m_orig >= 0)
        ::close(m_orig);
}

namespace {

void drain(const QByteArray &nsPath, int protocol, const std::atomic<bool> &stop, std::promise<std::uint16_t> &ready)
{
    // setns() moves only this thread, which ends with the server.
    const int nsFd = ::open(nsPath.constData(), O_RDONLY | O_CLOEXEC);
    const bool entered = nsFd >= 0 && ::setns(nsFd, CLONE_NEWNET) == 0;
    if (nsFd >= 0)
        ::close(nsFd);
    const int l = entered ? ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, protocol) : -1;
    sockaddr_in a{};
    a.sin_family = AF_INET;
    socklen_t len = sizeof a;
    if (l < 0 || ::bind(l, reinterpret_cast<sockaddr *>(&a), sizeof a) != 0 || ::listen(l, 16) != 0
        || ::getsockname(l, reinterpret_cast<sockaddr *>(&a), &len) != 0) {
        if (l >= 0)
            ::close(l);
        ready.set_value(0);
        return;
    }
    ready.set_value(ntohs(a.sin_port));
    std::vector<pollfd> fds{{l, POLLIN, 0}};
    std::vector<char> buf(1 << 16);
    while (!stop) {
        if (::poll(fds.data(), fds.size(), 50) <= 0)
            continue;
        for (std::size_t i = fds.size(); i-- > 0;) {
            if (!(fds[i].revents & (POLLIN | POLLHUP | POLLERR)))
                continue;
            if (i == 0) {
                const int c = ::accept4(l, nullptr, nullptr, SOCK_CLOEXEC);
                if (c >= 0)
                    fds.push_back({c, POLLIN, 0});
            } else if (::read(fds[i].fd, buf.data(), buf.size()) <= 0) {
                ::close(fds[i].fd);
                fds.erase(fds.begin() + static_cast<std::ptrdiff_t>(i));
            }
        }
    }
    for (const auto &p : fds)
        ::close(p.fd);
}

} // namespace

DrainServer::DrainServer(const QString &netnsName, int protocol)
{
    std::promise<std::uint16_t> ready;
    auto port = ready.get_future();
    const QByteArray path = "/run/netns/" + netnsName.toLocal8Bit();
    m_thread = std::thread([this, path, protocol, &ready] { drain(path, protocol, m_stop, ready); });
    m_port = port.get();
}

DrainServer::~DrainServer()
{
    m_stop = true;
    m_thread.join();
}

bool fallBackToPlainTcp()
{
    const int server = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, IPPROTO_TCP);
    const int client = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, IPPROTO_MPTCP);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof addr;
    bool ok = server >= 0 && client >= 0 && ::bind(server, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0
        && ::listen(server, 4) == 0 && ::getsockname(server, reinterpret_cast<sockaddr *>(&addr), &len) == 0
        && ::connect(client, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0;
    if (ok) {
        const int accepted = ::accept(server, nullptr, nullptr);
        ok = accepted >= 0 && ::write(client, "x", 1) == 1;
        if (accepted >= 0)
            ::close(accepted);
    }
    if (client >= 0)
        ::close(client);
    if (server >= 0)
        ::close(server);
    return ok;
}

QString setUpTwoPaths(const Netns &client, const Netns &server, int net)
{
    const QString n = QString::number(net);
    const QString s = server.name();
    // Each step: which side runs `ip`, and its arguments.
    const QList<std::pair<const Netns *, QString>> steps {
        { &client, QStringLiteral("link add c1 type veth peer name s1 netns %1").arg(s) },
        { &client, QStringLiteral("link add c2 type veth peer name s2 netns %1").arg(s) },
        { &client, QStringLiteral("link set c1 up") },
        { &client, QStringLiteral("link set c2 up") },
        { &server, QStringLiteral("link set s1 up") },
        { &server, QStringLiteral("link set s2 up") },
        { &client, QStringLiteral("addr add 10.%1.1.1/24 dev c1").arg(n) },
        { &client, QStringLiteral("addr add 10.%1.2.1/24 dev c2").arg(n) },
        { &server, QStringLiteral("addr add 10.%1.1.2/24 dev s1").arg(n) },
        { &server, QStringLiteral("addr add 10.%1.2.2/24 dev s2").arg(n) },
        // Source routing for the second path, as MPTCP multi-homing needs it.
        { &client, QStringLiteral("rule add from 10.%1.2.1 table 102").arg(n) },
        { &client, QStringLiteral("route add 10.%1.1.0/24 dev c2 table 102").arg(n) },
        { &client, QStringLiteral("mptcp limits set subflows 2 add_addr_accepted 2") },
        { &server, QStringLiteral("mptcp limits set subflows 2 add_addr_accepted 2") },
        { &client, QStringLiteral("mptcp endpoint add 10.%1.2.1 dev c2 id 2 subflow").arg(n) },
    };
    for (const auto &[ns, args] : steps) {
        if (ns->ip(args.split(QLatin1Char(' '))) != 0)
            return QStringLiteral("ip -n %1 %2").arg(ns->name(), args);
    }
    return {};
}

} // namespace mptcp::test
