#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>

#include <atomic>
#include <fcntl.h>
#include <sched.h>
#include <unistd.h>

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

} // namespace mptcp::test
