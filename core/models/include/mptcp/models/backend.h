// The interface the app's models and actions talk to. The real backend composes the
// NetworkManager reader, netlink reads, the helper client and the explain engine;
// FakeBackend serves tests and screenshots. Every action is asynchronous: it returns
// at once and calls `done` later on the object's thread, exactly once.
#pragma once

#include "mptcp/models/systemstate.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <functional>

namespace mptcp::models {

struct ActionResult {
    bool ok = true;
    bool notAuthorized = false; // polkit or NetworkManager refused the caller
    QString error;              // the helper's / NetworkManager's own message when !ok

    static ActionResult success() { return {}; }
    static ActionResult failure(const QString &message, bool denied = false) { return {false, denied, message}; }
};
using ActionCallback = std::function<void(const ActionResult &)>;

// A kernel endpoint to create.
struct EndpointSpec {
    QString address;
    int id = 0;            // 0 = kernel chooses
    quint16 port = 0;
    QStringList flags;     // words from signal subflow backup fullmesh
    QString interfaceName; // "" = none
};

class Backend : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    [[nodiscard]] virtual const SystemState &state() const = 0;
    // Shown in the window title and the about text, e.g. "demo".
    [[nodiscard]] virtual QString label() const { return {}; }

    virtual void setMptcpEnabled(bool enabled, ActionCallback done) = 0;
    virtual void setLimits(quint32 subflows, quint32 addAddrAccepted, bool keepAfterReboot, ActionCallback done) = 0;
    // A kernel option the helper allows (net.mptcp.pm_type, net.mptcp.path_manager,
    // net.ipv4.conf.<interface>.rp_filter, net.mptcp.enabled), by its sysctl name.
    virtual void setSysctl(const QString &name, const QString &value, bool keepAfterReboot, ActionCallback done) = 0;
    virtual void addEndpoint(const EndpointSpec &spec, ActionCallback done) = 0;
    virtual void setEndpointFlags(int id, const QStringList &flags, ActionCallback done) = 0;
    virtual void deleteEndpoint(int id, ActionCallback done) = 0;
    virtual void flushEndpoints(ActionCallback done) = 0;
    // connection.mptcp-flags (NMMptcpFlags) of one profile, saved and reapplied.
    virtual void setConnectionMptcpFlags(const QString &uuid, quint32 nmFlags, ActionCallback done) = 0;
    // NetworkManager.conf default for new connections; 0 removes the drop-in.
    virtual void setGlobalDefaultFlags(quint32 nmFlags, ActionCallback done) = 0;

Q_SIGNALS:
    // state() changed (coalesced; never emitted while idle without an outside event).
    void stateChanged();
    // A path-manager event of the kernel (genetlink "mptcp_pm" multicast, relayed by
    // the helper): "created", "sub_established", "sf_closed", "removed", ... with the
    // helper's details (token, saddr4, ifindex, ...). Only backends with a live event
    // source emit it; nothing is polled for it.
    void pathManagerEvent(const QString &type, const QVariantMap &details);
};

} // namespace mptcp::models
