// The list models QML views bind to: interfaces (each with its addresses),
// kernel endpoints and warnings. Rows come from SystemState; roles are named.
#pragma once

#include "mptcp/models/systemstate.h"
#include "mptcp/models/valuelistmodel.h"

#include <QList>

namespace mptcp::models {

class AddressModel : public ValueListModel<AddressInfo> {
    Q_OBJECT
public:
    enum Role {
        AddressRole = Qt::UserRole + 1,
        PrefixLengthRole,
        FamilyRole,           // "IPv4" / "IPv6"
        ExpectsEndpointRole,  // NetworkManager should create an endpoint
        ExpectedFlagsRole,    // QStringList
        ReasonRole,           // why none is expected
        HasKernelEndpointRole,
        KernelFlagsRole,      // QStringList
        KernelEndpointIdRole,
        VerdictRole,          // "ok" "missing" "unexpected" "mismatch" "none" "pending"
        VerdictTextRole,
        AgreesRole,           // the kernel matches what NetworkManager should have done
    };
    Q_ENUM(Role)
    using ValueListModel::ValueListModel;

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    QString keyOf(const AddressInfo &row) const override { return row.address; }
};

class DeviceModel : public ValueListModel<DeviceInfo> {
    Q_OBJECT
public:
    enum Role {
        InterfaceNameRole = Qt::UserRole + 1,
        KindRole,             // "ethernet" "wifi" "mobile" "vpn" "other"
        KindTextRole,
        StateTextRole,
        ConnectedRole,
        ConnectionNameRole,
        ConnectionUuidRole,
        MptcpModeRole,        // "default" "off" "on"
        ConnectionFlagsRole,  // QStringList of endpoint words set in the profile
        RawFlagsRole,
        DefaultTextRole,      // "enabled, subflow — from NetworkManager.conf"
        MptcpActiveRole,
        SummaryRole,
        AddressesRole,        // AddressModel*
    };
    Q_ENUM(Role)
    explicit DeviceModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] AddressModel *addressesAt(int row) const { return m_addresses.value(row); }

protected:
    QString keyOf(const DeviceInfo &row) const override { return row.ifname; }
    void rowInserted(int row) override;
    void rowRemoved(int row) override;
    void rowUpdated(int row) override;
    void rowsReset() override;

private:
    AddressModel *makeAddresses(const DeviceInfo &device);
    QList<AddressModel *> m_addresses; // parallel to m_rows, owned (children)
};

class EndpointModel : public ValueListModel<EndpointInfo> {
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)
public:
    enum Role {
        EndpointIdRole = Qt::UserRole + 1,
        AddressRole,
        PortRole,
        FlagsRole,            // QStringList
        InterfaceNameRole,
        OriginRole,           // "networkmanager" "manual" "unknown"
        OriginTextRole,
    };
    Q_ENUM(Role)
    explicit EndpointModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] int count() const { return rowCount(); }

Q_SIGNALS:
    void countChanged();

protected:
    QString keyOf(const EndpointInfo &row) const override { return QString::number(row.id); }
};

class WarningModel : public ValueListModel<WarningInfo> {
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)
public:
    enum Role {
        TextRole = Qt::UserRole + 1,
        SeverityRole,         // "info" "warning" "error"
        HasFixRole,
        FixLabelRole,
    };
    Q_ENUM(Role)
    explicit WarningModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] int count() const { return rowCount(); }

Q_SIGNALS:
    void countChanged();

protected:
    // The text identifies a warning; the same text with a new fix is an update.
    QString keyOf(const WarningInfo &row) const override { return row.text; }
};

QString verdictName(Verdict verdict);
// One sentence about the kernel's agreement for an address (kernel endpoint id and
// flags taken from `address`), for backends that have no text of their own.
QString verdictSentence(const AddressInfo &address);
QString deviceKindName(DeviceKind kind);

} // namespace mptcp::models
