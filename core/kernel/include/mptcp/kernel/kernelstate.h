// The kernel side of the explain snapshot (net.mptcp sysctls, path-manager limits and
// the endpoint table) read from core/netlink, as a pure mapping plus a synchronous
// reader. The reader works in the network namespace of the calling thread; the GUI
// uses KernelStateReader (kernelstatereader.h) to do it off its own thread.
#pragma once

#include "mptcp/explain/snapshot.h"
#include "mptcp/netlink/types.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <utility>
#include <vector>

namespace mptcp::kernel {

// The three reads as core/netlink returned them. Each part is read on its own so one
// failing (no permission, no MPTCP family) still leaves the others.
struct KernelReading {
    nl::Result<nl::Sysctls> sysctls;
    nl::Result<nl::Limits> limits;
    nl::Result<std::vector<nl::Endpoint>> endpoints;
};

// One endpoint in the explain engine's terms.
explain::KernelEndpoint toKernelEndpoint(const nl::Endpoint &endpoint);

// Pure: the explain engine's KernelState for a reading. A missing /proc/sys/net/mptcp
// (ENOENT) means the kernel has no MPTCP; a failed endpoint dump leaves
// endpointsKnown false; failed limits stay unknown (nullopt).
explain::KernelState toKernelState(const KernelReading &reading);

// Reads sysctls, limits and endpoints of the calling thread's network namespace.
// `sysctlDir` is only for tests.
KernelReading readKernel(const std::string &sysctlDir = "/proc/sys/net/mptcp");

// A reading as Qt values, for signals across threads and for display.
struct KernelStatus {
    explain::KernelState state;
    QList<std::pair<QString, QString>> sysctls; // every net.mptcp key (without prefix) and value
    QString sysctlsError; // "" = read; else the reason, in plain words
    QString limitsError;
    QString endpointsError;
    qint64 readAtMs = 0; // QDateTime::currentMSecsSinceEpoch() of the read

    [[nodiscard]] bool complete() const
    {
        return sysctlsError.isEmpty() && limitsError.isEmpty() && endpointsError.isEmpty();
    }
};

// Pure: the Qt form of a reading (readAtMs left to the caller).
KernelStatus toKernelStatus(const KernelReading &reading);

} // namespace mptcp::kernel

Q_DECLARE_METATYPE(mptcp::kernel::KernelStatus)
