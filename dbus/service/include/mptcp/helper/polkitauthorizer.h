// Asks polkitd (org.freedesktop.PolicyKit1.Authority.CheckAuthorization) whether a
// bus name may perform an action, without blocking the event loop.
#pragma once

#include <QDBusConnection>
#include <QObject>
#include <QString>

#include <functional>

namespace mptcp::helper {

class PolkitAuthorizer : public QObject {
    Q_OBJECT
public:
    // `allowed` false comes with a reason for the caller (denied, needs
    // authentication that could not happen, or polkit unreachable).
    using Callback = std::function<void(bool allowed, const QString &reason)>;

    explicit PolkitAuthorizer(const QDBusConnection &bus, QObject *parent = nullptr);

    // Subject kind "system-bus-name" with the caller's unique name, flag
    // AllowUserInteraction so an authentication agent may ask for a password.
    void check(const QString &busName, const QString &actionId, Callback done);

private:
    QDBusConnection m_bus;
};

} // namespace mptcp::helper
