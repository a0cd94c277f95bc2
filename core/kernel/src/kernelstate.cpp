#include "mptcp/kernel/kernelstate.h"

#include "mptcp/netlink/pm.h"

#include <QCoreApplication>
#include <cerrno>

namespace mptcp::kernel {

namespace {

QString describe(const nl::Error &error)
{
    return QString::fromStdString(error.describe());
}

// The integer a sysctl file holds, from the unparsed list (Sysctls::enabled is a bool,
// but the kernel accepts any u8 and the engine compares with <= 0 as NM does).
std::optional<int> integerSysctl(const nl::Sysctls &sysctls, std::string_view key)
{
    for (const nl::SysctlEntry &entry : sysctls.all) {
        if (entry.key == key) {
            bool ok = false;
            const int value = QString::fromStdString(entry.value).toInt(&ok);
            return ok ? std::optional<int>(value) : std::nullopt;
        }
    }
    return std::nullopt;
}

} // namespace

explain::KernelEndpoint toKernelEndpoint(const nl::Endpoint &endpoint)
{
    explain::KernelEndpoint e;
    e.id = endpoint.id;
    e.address = QString::fromStdString(endpoint.address.toString());
    e.port = endpoint.port;
    e.flags = endpoint.flags;
    e.ifindex = endpoint.ifindex;
    return e;
}

explain::KernelState toKernelState(const KernelReading &reading)
{
    explain::KernelState state;
    if (reading.sysctls) {
        const nl::Sysctls &s = *reading.sysctls;
        state.enabled = integerSysctl(s, "enabled");
        if (!state.enabled && s.enabled)
            state.enabled = *s.enabled ? 1 : 0;
        state.pathManager = s.pathManager ? QString::fromStdString(*s.pathManager) : QString();
        state.pmType = s.pmType;
    } else if (reading.sysctls.error().code == ENOENT) {
        // /proc/sys/net/mptcp exists whenever the kernel is built with MPTCP.
        state.mptcpAvailable = false;
    }
    if (reading.limits) {
        state.subflowsLimit = reading.limits->subflows;
        state.addAddrAcceptedLimit = reading.limits->addAddrAccepted;
    }
    state.endpointsKnown = reading.endpoints.ok();
    if (reading.endpoints) {
        for (const nl::Endpoint &endpoint : *reading.endpoints)
            state.endpoints << toKernelEndpoint(endpoint);
    }
    return state;
}

KernelReading readKernel(const std::string &sysctlDir)
{
    nl::Result<nl::PathManager> pm = nl::PathManager::open();
    return KernelReading {
        nl::readSysctls(sysctlDir),
        pm ? pm->getLimits() : nl::Result<nl::Limits>(pm.error()),
        pm ? pm->dumpEndpoints() : nl::Result<std::vector<nl::Endpoint>>(pm.error()),
    };
}

KernelStatus toKernelStatus(const KernelReading &reading)
{
    KernelStatus status;
    status.state = toKernelState(reading);
    if (reading.sysctls) {
        for (const nl::SysctlEntry &entry : reading.sysctls->all)
            status.sysctls.append({ QString::fromStdString(entry.key), QString::fromStdString(entry.value) });
    } else {
        status.sysctlsError = describe(reading.sysctls.error());
    }
    if (!reading.limits)
        status.limitsError = describe(reading.limits.error());
    if (!reading.endpoints)
        status.endpointsError = describe(reading.endpoints.error());
    return status;
}

} // namespace mptcp::kernel
