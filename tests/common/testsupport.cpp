#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>

#include <arpa/inet.h>
#include <atomic>
#include <fcntl.h>
#include <future>
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

Netns::Netns(const QString &tag)
{
    static std::atomic<int> counter{0};
    m_name = QStringLiteral("mptcpt-%1-%2-%3").arg(tag).arg(::getpid()).arg(counter++);
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

} // namespace mptcp::test
