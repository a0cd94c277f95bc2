// The real backend: NetworkManager and the kernel's addresses through the nm reader
// (libnm + rtnetlink, event driven), the kernel's MPTCP state through netlink in a
// worker thread, the explain engine for reasons and verdicts, and every change
// through the privileged helper (kernel, NetworkManager.conf) or libnm (profiles).
#pragma once

#include "mptcp/models/backend.h"
#include "mptcp/nm/nmconf.h"

#include <memory>

namespace mptcp::models {

class SystemBackend : public Backend {
    Q_OBJECT
public:
    // Reads the network namespace of the calling thread; NetworkManager.conf from
    // `confPaths` (the standard locations unless a test points elsewhere).
    explicit SystemBackend(const nm::NmConfPaths &confPaths = {}, QObject *parent = nullptr);
    ~SystemBackend() override;

    [[nodiscard]] const SystemState &state() const override;

    void setMptcpEnabled(bool enabled, ActionCallback done) override;
    void setLimits(quint32 subflows, quint32 addAddrAccepted, bool keepAfterReboot, ActionCallback done) override;
    void setSysctl(const QString &name, const QString &value, bool keepAfterReboot, ActionCallback done) override;
    void addEndpoint(const EndpointSpec &spec, ActionCallback done) override;
    void setEndpointFlags(int id, const QStringList &flags, ActionCallback done) override;
    void deleteEndpoint(int id, ActionCallback done) override;
    void flushEndpoints(ActionCallback done) override;
    void setConnectionMptcpFlags(const QString &uuid, quint32 nmFlags, ActionCallback done) override;
    void setGlobalDefaultFlags(quint32 nmFlags, ActionCallback done) override;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace mptcp::models
