#include "nmsession.h"

#include "mptcp/kernel/daemons.h"

#include <QEventLoop>
#include <QTimer>

namespace mptcp::cli {

NmSession::NmSession() = default;

NmSession &NmSession::forCommand()
{
    static NmSession *const session = new NmSession;
    return *session;
}

bool NmSession::ready() const
{
    const nm::NetworkManagerReader &nm = m_reader.networkManager();
    if (!nm.isReady())
        return false;
    if (!nm.isRunning())
        return true;
    // Until fetched, a device shows its saved profile's flags, which may not be in effect.
    for (const nm::NmDevice &device : nm.devices()) {
        if (device.device.connection && !device.appliedKnown)
            return false;
    }
    return true;
}

bool NmSession::waitUntilReady(int timeoutMs)
{
    if (ready())
        return true;
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    const auto check = [this, &loop] {
        if (ready())
            loop.quit();
    };
    QObject::connect(&m_reader, &nm::NetworkStateReader::changed, &loop, check);
    QObject::connect(&m_reader.networkManager(), &nm::NetworkManagerReader::changed, &loop, check);
    timeout.start(timeoutMs);
    loop.exec();
    return ready();
}

kernel::KernelReading NmSession::readLocalState()
{
    m_mptcpdRunning = kernel::isMptcpdRunning();
    return kernel::readKernel();
}

explain::Snapshot NmSession::snapshot(const kernel::KernelReading &kernel) const
{
    explain::Snapshot snapshot;
    snapshot.kernel = kernel::toKernelState(kernel);
    m_reader.fill(snapshot);
    snapshot.others.mptcpdRunning = m_mptcpdRunning ? *m_mptcpdRunning : kernel::isMptcpdRunning();
    return snapshot;
}

} // namespace mptcp::cli
