// The half of KernelStateReader that lives in its worker thread.
#pragma once

#include "mptcp/kernel/kernelstate.h"

#include <QObject>
#include <QString>

namespace mptcp::kernel {

class KernelStateWorker : public QObject {
    Q_OBJECT
public:
    explicit KernelStateWorker(const QString &netnsPath);

    // Runs in the worker thread: enters the namespace (first time), reads, reports.
    Q_INVOKABLE void read();

Q_SIGNALS:
    void done(const mptcp::kernel::KernelStatus &status);

private:
    // "" when the thread is in the wanted namespace, else why it is not.
    QString enterNamespace();

    QString m_netnsPath;
    bool m_entered = false;
    QString m_enterError;
};

} // namespace mptcp::kernel
