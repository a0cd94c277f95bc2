#include "mptcp/kernel/kernelstatereader.h"

#include "kernelstateworker.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sched.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcKernelReader, "mptcp.kernel.reader", QtInfoMsg)

namespace mptcp::kernel {

KernelStateWorker::KernelStateWorker(const QString &netnsPath)
    : m_netnsPath(netnsPath)
{
}

QString KernelStateWorker::enterNamespace()
{
    if (m_netnsPath.isEmpty() || m_entered)
        return m_enterError;
    m_entered = true;
    const int fd = ::open(m_netnsPath.toLocal8Bit().constData(), O_RDONLY | O_CLOEXEC);
    // setns() moves only this (worker) thread; the GUI thread keeps its namespace.
    if (fd < 0 || ::setns(fd, CLONE_NEWNET) != 0) {
        m_enterError = KernelStateReader::tr("Cannot enter network namespace %1: %2")
                           .arg(m_netnsPath, QString::fromLocal8Bit(std::strerror(errno)));
        qCWarning(lcKernelReader) << m_enterError;
    }
    if (fd >= 0)
        ::close(fd);
    return m_enterError;
}

void KernelStateWorker::read()
{
    KernelStatus status;
    if (const QString why = enterNamespace(); !why.isEmpty()) {
        // Reading our own namespace instead would show the wrong machine.
        status.state.endpointsKnown = false;
        status.sysctlsError = status.limitsError = status.endpointsError = why;
    } else {
        status = toKernelStatus(readKernel());
    }
    status.readAtMs = QDateTime::currentMSecsSinceEpoch();
    Q_EMIT done(status);
}

KernelStateReader::KernelStateReader(const QString &netnsPath, QObject *parent)
    : QObject(parent)
    , m_worker(new KernelStateWorker(netnsPath))
{
    qRegisterMetaType<mptcp::kernel::KernelStatus>();
    m_thread.setObjectName(QStringLiteral("kernel-state-reader"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &KernelStateWorker::done, this, &KernelStateReader::onWorkerDone, Qt::QueuedConnection);
    m_thread.start();
}

KernelStateReader::~KernelStateReader()
{
    m_thread.quit();
    m_thread.wait();
}

void KernelStateReader::refresh()
{
    if (m_reading) {
        m_again = true;
        return;
    }
    m_reading = true;
    QMetaObject::invokeMethod(m_worker, &KernelStateWorker::read, Qt::QueuedConnection);
}

void KernelStateReader::onWorkerDone(const KernelStatus &status)
{
    m_latest = status;
    m_reading = false;
    Q_EMIT finished(m_latest);
    if (m_again) {
        m_again = false;
        refresh();
    }
}

} // namespace mptcp::kernel
