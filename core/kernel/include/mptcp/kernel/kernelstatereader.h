// Reads the kernel's MPTCP state (kernelstate.h) in a worker thread so the GUI thread
// never waits on netlink or procfs. refresh() may be called at any rate: requests made
// while a read is running are folded into one more read.
#pragma once

#include "mptcp/kernel/kernelstate.h"

#include <QObject>
#include <QString>
#include <QThread>

namespace mptcp::kernel {

class KernelStateWorker;

class KernelStateReader : public QObject {
    Q_OBJECT
public:
    // `netnsPath` (e.g. /run/netns/NAME): the worker thread enters that network namespace
    // first, so a front-end can watch a namespace other than its own (the lab); "" = the
    // namespace of the thread that creates the reader.
    explicit KernelStateReader(const QString &netnsPath = QString(), QObject *parent = nullptr);
    ~KernelStateReader() override;

    // Starts a read (or queues one behind the running read); finished() follows.
    void refresh();
    [[nodiscard]] bool isReading() const { return m_reading; }
    // The last result; empty (readAtMs 0) before the first read finished.
    [[nodiscard]] const KernelStatus &latest() const { return m_latest; }

Q_SIGNALS:
    void finished(const mptcp::kernel::KernelStatus &status);

private:
    void onWorkerDone(const mptcp::kernel::KernelStatus &status);

    QThread m_thread;
    KernelStateWorker *m_worker = nullptr; // lives in m_thread, deleted when it ends
    bool m_reading = false;
    bool m_again = false;
    KernelStatus m_latest;
};

} // namespace mptcp::kernel
