// What the helper does to the kernel, in the network namespace it runs in: the
// path manager over netlink, net.mptcp.* and rp_filter through /proc. Used by the D-Bus
// service and by `--apply-saved`.
#pragma once

#include "mptcp/helper/protocol.h"
#include "mptcp/helper/validation.h"
#include "mptcp/netlink/pm.h"

#include <QString>

#include <optional>

namespace mptcp::helper {

// A failed operation: a D-Bus error name from protocol.h and a message for people.
struct Failure {
    QString errorName;
    QString message;
};
using Outcome = std::optional<Failure>; // nullopt = done

struct StateSnapshot {
    StringMap sysctls;
    nl::Limits limits;
    EndpointList endpoints;
};

class KernelControl {
public:
    explicit KernelControl(QString procSysDir = QStringLiteral("/proc/sys"));

    std::optional<StateSnapshot> readState(Failure *failure);
    Outcome setLimits(const nl::Limits &limits);
    Outcome addEndpoint(const EndpointRequest &request);
    Outcome deleteEndpoint(std::uint8_t id);
    Outcome setEndpointFlags(std::uint8_t id, std::uint32_t flags);
    Outcome flushEndpoints();
    Outcome setEnabled(bool enabled);
    // What validateSysctl cannot know: the option exists in this kernel, the
    // interface exists, the path manager is one this kernel offers.
    Outcome checkSysctl(const SysctlRequest &request);
    std::optional<QString> readSysctl(const SysctlRequest &request, Failure *failure);
    Outcome writeSysctl(const SysctlRequest &request, const QString &value);
    // Interfaces named by the configuration must exist before anything changes.
    Outcome checkInterfaces(const Configuration &config);
    // enabled, limits, then the endpoints replacing all current ones. When a step
    // fails, the previous state is restored and the failure names the step.
    Outcome applyConfiguration(const Configuration &config);

private:
    nl::PathManager *pathManager(Failure *failure);
    Outcome resolveInterface(const QString &name, const QString &argument, std::int32_t *ifindex);
    std::optional<bool> readEnabled();

    QString m_procSys;
    QString m_sysctlDir; // <m_procSys>/net/mptcp
    std::optional<nl::PathManager> m_pm;
};

} // namespace mptcp::helper
