// Names and wire types of the helper's D-Bus contract (dbus/org.mptcp.Settings.Helper1.xml),
// shared by the helper and its clients.
#pragma once

#include <QDBusArgument>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace mptcp::helper {

inline const QString ServiceName = QStringLiteral("org.mptcp.Settings.Helper1");
inline const QString ObjectPath = QStringLiteral("/org/mptcp/Settings/Helper1");
inline const QString InterfaceName = QStringLiteral("org.mptcp.Settings.Helper1");

namespace ErrorName {
inline const QString NotAuthorized = QStringLiteral("org.mptcp.Settings.Helper1.Error.NotAuthorized");
inline const QString InvalidArgument = QStringLiteral("org.mptcp.Settings.Helper1.Error.InvalidArgument");
inline const QString KernelRefused = QStringLiteral("org.mptcp.Settings.Helper1.Error.KernelRefused");
inline const QString Busy = QStringLiteral("org.mptcp.Settings.Helper1.Error.Busy");
inline const QString Failed = QStringLiteral("org.mptcp.Settings.Helper1.Error.Failed");
} // namespace ErrorName

// polkit action ids, one per kind of change (dbus/org.mptcp.settings.policy).
namespace Action {
inline const QString SetLimits = QStringLiteral("org.mptcp.settings.set-limits");
inline const QString ManageEndpoints = QStringLiteral("org.mptcp.settings.manage-endpoints");
inline const QString SetEnabled = QStringLiteral("org.mptcp.settings.set-enabled");
inline const QString SetNmDefault = QStringLiteral("org.mptcp.settings.set-nm-default");
inline const QString ApplyConfiguration = QStringLiteral("org.mptcp.settings.apply-configuration");
inline const QString SetKernelOptions = QStringLiteral("org.mptcp.settings.set-kernel-options");
} // namespace Action

// One endpoint on the wire, D-Bus signature (usuass). Flags are words, never bits,
// so the contract does not depend on the kernel's numbering.
struct EndpointSpec {
    uint id = 0;
    QString address;
    uint port = 0;
    QStringList flags;
    QString interface;
    friend bool operator==(const EndpointSpec &, const EndpointSpec &) = default;
};

using EndpointList = QList<EndpointSpec>;
using StringMap = QMap<QString, QString>;

QDBusArgument &operator<<(QDBusArgument &arg, const EndpointSpec &e);
const QDBusArgument &operator>>(const QDBusArgument &arg, EndpointSpec &e);

// Registers the types above with QtDBus; call once before using the bus.
void registerDBusTypes();

} // namespace mptcp::helper

Q_DECLARE_METATYPE(mptcp::helper::EndpointSpec)
Q_DECLARE_METATYPE(mptcp::helper::EndpointList)
Q_DECLARE_METATYPE(mptcp::helper::StringMap)
