#include "mptcp/models/listmodels.h"

#include "mptcp/models/mptcpflags.h"

#include <QCoreApplication>

namespace mptcp::models {

QString verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Ok:
        return QStringLiteral("ok");
    case Verdict::Missing:
        return QStringLiteral("missing");
    case Verdict::Unexpected:
        return QStringLiteral("unexpected");
    case Verdict::Mismatch:
        return QStringLiteral("mismatch");
    case Verdict::None:
        return QStringLiteral("none");
    case Verdict::Pending:
        return QStringLiteral("pending");
    }
    return QStringLiteral("none");
}

QString verdictSentence(const AddressInfo &a)
{
    switch (a.verdict) {
    case Verdict::Ok:
        return QCoreApplication::translate("AddressVerdict", "The kernel has this endpoint, as expected.");
    case Verdict::Missing:
        return QCoreApplication::translate(
            "AddressVerdict", "The kernel has no endpoint for it, although NetworkManager should have added one.");
    case Verdict::Unexpected:
        return QCoreApplication::translate("AddressVerdict",
                                           "The kernel has endpoint %1 for it, which NetworkManager did not create.")
            .arg(a.kernelEndpointId);
    case Verdict::Mismatch:
        return QCoreApplication::translate("AddressVerdict", "The kernel's endpoint %1 has other flags: %2.")
            .arg(a.kernelEndpointId)
            .arg(flagsText(a.kernel.value_or(QStringList{})));
    case Verdict::None:
        return QCoreApplication::translate("AddressVerdict", "No endpoint, as expected.");
    case Verdict::Pending:
        break;
    }
    return QCoreApplication::translate("AddressVerdict", "Takes effect when the connection is reactivated.");
}

QString deviceKindName(DeviceKind kind)
{
    switch (kind) {
    case DeviceKind::Ethernet:
        return QStringLiteral("ethernet");
    case DeviceKind::Wifi:
        return QStringLiteral("wifi");
    case DeviceKind::Mobile:
        return QStringLiteral("mobile");
    case DeviceKind::Vpn:
        return QStringLiteral("vpn");
    case DeviceKind::Other:
        break;
    }
    return QStringLiteral("other");
}

namespace {

QString deviceKindText(DeviceKind kind)
{
    switch (kind) {
    case DeviceKind::Ethernet:
        return QCoreApplication::translate("DeviceModel", "Ethernet");
    case DeviceKind::Wifi:
        return QCoreApplication::translate("DeviceModel", "Wi-Fi");
    case DeviceKind::Mobile:
        return QCoreApplication::translate("DeviceModel", "Mobile broadband");
    case DeviceKind::Vpn:
        return QCoreApplication::translate("DeviceModel", "VPN");
    case DeviceKind::Other:
        break;
    }
    return QCoreApplication::translate("DeviceModel", "Other");
}

QString modeName(ConnectionMode mode)
{
    switch (mode) {
    case ConnectionMode::Default:
        return QStringLiteral("default");
    case ConnectionMode::Off:
        return QStringLiteral("off");
    case ConnectionMode::On:
        break;
    }
    return QStringLiteral("on");
}

QString originName(EndpointOrigin origin)
{
    switch (origin) {
    case EndpointOrigin::NetworkManager:
        return QStringLiteral("networkmanager");
    case EndpointOrigin::Manual:
        return QStringLiteral("manual");
    case EndpointOrigin::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString originText(EndpointOrigin origin)
{
    switch (origin) {
    case EndpointOrigin::NetworkManager:
        return QCoreApplication::translate("EndpointModel", "NetworkManager");
    case EndpointOrigin::Manual:
        return QCoreApplication::translate("EndpointModel", "Manual");
    case EndpointOrigin::Unknown:
        break;
    }
    return QCoreApplication::translate("EndpointModel", "Unknown");
}

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Error:
        break;
    }
    return QStringLiteral("error");
}

} // namespace

// --- AddressModel ------------------------------------------------------------------

QVariant AddressModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AddressInfo &a = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case AddressRole:
        return a.address;
    case PrefixLengthRole:
        return a.prefixLength;
    case FamilyRole:
        return a.ipv6 ? QStringLiteral("IPv6") : QStringLiteral("IPv4");
    case ExpectsEndpointRole:
        return a.expected.has_value();
    case ExpectedFlagsRole:
        return a.expected.value_or(QStringList{});
    case ReasonRole:
        return a.reason;
    case HasKernelEndpointRole:
        return a.kernel.has_value();
    case KernelFlagsRole:
        return a.kernel.value_or(QStringList{});
    case KernelEndpointIdRole:
        return a.kernelEndpointId;
    case VerdictRole:
        return verdictName(a.verdict);
    case VerdictTextRole:
        return a.verdictText;
    case AgreesRole:
        return a.verdict == Verdict::Ok || a.verdict == Verdict::None;
    default:
        return {};
    }
}

QHash<int, QByteArray> AddressModel::roleNames() const
{
    return {
        {AddressRole, "address"},
        {PrefixLengthRole, "prefixLength"},
        {FamilyRole, "family"},
        {ExpectsEndpointRole, "expectsEndpoint"},
        {ExpectedFlagsRole, "expectedFlags"},
        {ReasonRole, "reason"},
        {HasKernelEndpointRole, "hasKernelEndpoint"},
        {KernelFlagsRole, "kernelFlags"},
        {KernelEndpointIdRole, "kernelEndpointId"},
        {VerdictRole, "verdict"},
        {VerdictTextRole, "verdictText"},
        {AgreesRole, "agrees"},
    };
}

// --- DeviceModel -------------------------------------------------------------------

DeviceModel::DeviceModel(QObject *parent)
    : ValueListModel(parent)
{
}

QVariant DeviceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DeviceInfo &d = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case InterfaceNameRole:
        return d.ifname;
    case KindRole:
        return deviceKindName(d.kind);
    case KindTextRole:
        return deviceKindText(d.kind);
    case StateTextRole:
        return d.stateText;
    case ConnectedRole:
        return d.connected;
    case ConnectionNameRole:
        return d.connectionName;
    case ConnectionUuidRole:
        return d.connectionUuid;
    case MptcpModeRole:
        return modeName(connectionModeOf(d.connectionFlags));
    case ConnectionFlagsRole:
        return endpointWordsOf(d.connectionFlags);
    case RawFlagsRole:
        return d.connectionFlags;
    case DefaultTextRole:
        if (d.defaultSource.isEmpty())
            return flagsText(d.defaultFlags);
        //: %1 = flag words such as "enabled, subflow"; %2 = where they come from
        return QCoreApplication::translate("DeviceModel", "%1 — %2").arg(flagsText(d.defaultFlags), d.defaultSource);
    case MptcpActiveRole:
        return d.mptcpActive;
    case SummaryRole:
        return d.summary;
    case AddressesRole:
        return QVariant::fromValue(static_cast<QObject *>(m_addresses.value(index.row())));
    default:
        return {};
    }
}

QHash<int, QByteArray> DeviceModel::roleNames() const
{
    return {
        {InterfaceNameRole, "interfaceName"},
        {KindRole, "kind"},
        {KindTextRole, "kindText"},
        {StateTextRole, "stateText"},
        {ConnectedRole, "connected"},
        {ConnectionNameRole, "connectionName"},
        {ConnectionUuidRole, "connectionUuid"},
        {MptcpModeRole, "mptcpMode"},
        {ConnectionFlagsRole, "connectionFlags"},
        {RawFlagsRole, "rawFlags"},
        {DefaultTextRole, "defaultText"},
        {MptcpActiveRole, "mptcpActive"},
        {SummaryRole, "summary"},
        {AddressesRole, "addresses"},
    };
}

AddressModel *DeviceModel::makeAddresses(const DeviceInfo &device)
{
    auto *model = new AddressModel(this);
    model->setRows(device.addresses);
    return model;
}

void DeviceModel::rowInserted(int row)
{
    m_addresses.insert(row, makeAddresses(m_rows.at(row)));
}

void DeviceModel::rowRemoved(int row)
{
    // Delegates may still hold the pointer until the view processes the removal.
    m_addresses.takeAt(row)->deleteLater();
}

void DeviceModel::rowUpdated(int row)
{
    m_addresses.at(row)->setRows(m_rows.at(row).addresses);
}

void DeviceModel::rowsReset()
{
    for (AddressModel *m : std::as_const(m_addresses))
        m->deleteLater();
    m_addresses.clear();
    for (const DeviceInfo &d : std::as_const(m_rows))
        m_addresses.append(makeAddresses(d));
}

// --- EndpointModel -----------------------------------------------------------------

EndpointModel::EndpointModel(QObject *parent)
    : ValueListModel(parent)
{
    connect(this, &QAbstractItemModel::rowsInserted, this, &EndpointModel::countChanged);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &EndpointModel::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &EndpointModel::countChanged);
}

QVariant EndpointModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EndpointInfo &e = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case AddressRole:
        return e.address;
    case EndpointIdRole:
        return e.id;
    case PortRole:
        return e.port;
    case FlagsRole:
        return e.flags;
    case InterfaceNameRole:
        return e.interfaceName;
    case OriginRole:
        return originName(e.origin);
    case OriginTextRole:
        return originText(e.origin);
    default:
        return {};
    }
}

QHash<int, QByteArray> EndpointModel::roleNames() const
{
    return {
        {EndpointIdRole, "endpointId"},
        {AddressRole, "address"},
        {PortRole, "port"},
        {FlagsRole, "flags"},
        {InterfaceNameRole, "interfaceName"},
        {OriginRole, "origin"},
        {OriginTextRole, "originText"},
    };
}

// --- WarningModel ------------------------------------------------------------------

WarningModel::WarningModel(QObject *parent)
    : ValueListModel(parent)
{
    connect(this, &QAbstractItemModel::rowsInserted, this, &WarningModel::countChanged);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &WarningModel::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &WarningModel::countChanged);
}

QVariant WarningModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WarningInfo &w = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return w.text;
    case SeverityRole:
        return severityName(w.severity);
    case HasFixRole:
        return w.fix != FixAction::None;
    case FixLabelRole:
        return w.fixLabel;
    default:
        return {};
    }
}

QHash<int, QByteArray> WarningModel::roleNames() const
{
    return {
        {TextRole, "text"},
        {SeverityRole, "severity"},
        {HasFixRole, "hasFix"},
        {FixLabelRole, "fixLabel"},
    };
}

} // namespace mptcp::models
