#include "connectionreader.h"

#include "format.h"
#include "logging.h"

#include <QElapsedTimer>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sched.h>
#include <unistd.h>

namespace mptcp::activity {

ConnectionReader::~ConnectionReader()
{
    if (m_originalNs >= 0)
        ::close(m_originalNs);
}

QString ConnectionReader::enterNamespace(const QString &namespacePath)
{
    if (namespacePath == m_currentNs)
        return {};
    if (m_originalNs < 0) {
        m_originalNs = ::open("/proc/thread-self/ns/net", O_RDONLY | O_CLOEXEC);
        if (m_originalNs < 0)
            return QString::fromLocal8Bit(std::strerror(errno));
    }
    int fd = m_originalNs;
    if (!namespacePath.isEmpty()) {
        fd = ::open(namespacePath.toLocal8Bit().constData(), O_RDONLY | O_CLOEXEC);
        if (fd < 0)
            return tr("cannot open network namespace %1: %2").arg(namespacePath, QString::fromLocal8Bit(std::strerror(errno)));
    }
    const int rc = ::setns(fd, CLONE_NEWNET);
    const int err = errno;
    if (fd != m_originalNs)
        ::close(fd);
    if (rc != 0)
        return tr("cannot enter network namespace %1: %2").arg(namespacePath, QString::fromLocal8Bit(std::strerror(err)));
    m_currentNs = namespacePath;
    // Events across namespaces would compare unrelated sockets.
    m_previous.reset();
    m_rows = {};
    m_traffic.reset();
    return {};
}

void ConnectionReader::read(const QString &namespacePath, bool resolveProcesses, const QVariantMap &interfaceTypes)
{
    auto reading = std::make_shared<ConnectionsReading>();
    reading->networkNamespace = namespacePath;
    reading->error = enterNamespace(namespacePath);
    if (reading->error.isEmpty()) {
        QElapsedTimer took;
        took.start();
        sockdiag::ListOptions options;
        options.listeners = false;
        auto snapshot = sockdiag::listConnections(options);
        if (snapshot) {
            if (resolveProcesses)
                (void)sockdiag::resolveOwners(*snapshot); // best effort: owners stay empty
            reading->monotonicMs = monotonicNowMs();
            if (m_previous)
                reading->events = sockdiag::diffSnapshots(*m_previous, *snapshot);
            reading->traffic = m_traffic.sample(*snapshot, reading->monotonicMs);
            m_rows = prepareRows(*snapshot, m_rows, interfaceTypes);
            // A copy: the model moves its rows out; pointers (the rows) are shared.
            reading->prepared = m_rows;
            m_previous = std::move(*snapshot);
        } else {
            reading->error = QString::fromStdString(snapshot.error().describe());
        }
        qCDebug(lcActivity) << "read and prepared" << reading->prepared.rows.size() << "connections in" << took.elapsed() << "ms";
    }
    if (reading->monotonicMs == 0)
        reading->monotonicMs = monotonicNowMs();
    Q_EMIT finished(reading);
}

} // namespace mptcp::activity
