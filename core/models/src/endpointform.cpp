#include "mptcp/models/endpointform.h"

#include "mptcp/models/endpointrules.h"
#include "mptcp/models/listmodels.h"

#include <QCoreApplication>

namespace mptcp::models {

EndpointForm::EndpointForm(QObject *parent)
    : QObject(parent)
{
}

template <class T>
void EndpointForm::assign(T &field, const T &value)
{
    if (field == value)
        return;
    field = value;
    Q_EMIT changed();
}

void EndpointForm::setEndpoints(EndpointModel *model)
{
    if (m_endpoints == model)
        return;
    if (m_endpoints)
        disconnect(m_endpoints, nullptr, this, nullptr);
    m_endpoints = model;
    if (m_endpoints) {
        // The table may change while the dialog is open (NetworkManager, other tools).
        connect(m_endpoints, &QAbstractItemModel::rowsInserted, this, &EndpointForm::changed);
        connect(m_endpoints, &QAbstractItemModel::rowsRemoved, this, &EndpointForm::changed);
        connect(m_endpoints, &QAbstractItemModel::dataChanged, this, &EndpointForm::changed);
        connect(m_endpoints, &QAbstractItemModel::modelReset, this, &EndpointForm::changed);
        connect(m_endpoints, &QObject::destroyed, this, [this] { setEndpoints(nullptr); });
    }
    Q_EMIT changed();
}

void EndpointForm::setInterfaces(const QStringList &names) { assign(m_interfaces, names); }
void EndpointForm::setAddress(const QString &text) { assign(m_address, text); }
void EndpointForm::setIdText(const QString &text) { assign(m_idText, text); }
void EndpointForm::setPortText(const QString &text) { assign(m_portText, text); }
void EndpointForm::setInterfaceName(const QString &name) { assign(m_interfaceName, name); }
void EndpointForm::setSignalFlag(bool on) { assign(m_signal, on); }
void EndpointForm::setSubflowFlag(bool on) { assign(m_subflow, on); }
void EndpointForm::setBackupFlag(bool on) { assign(m_backup, on); }
void EndpointForm::setFullmeshFlag(bool on) { assign(m_fullmesh, on); }

QStringList EndpointForm::flags() const
{
    QStringList words;
    if (m_signal)
        words.append(QStringLiteral("signal"));
    if (m_subflow)
        words.append(QStringLiteral("subflow"));
    if (m_backup)
        words.append(QStringLiteral("backup"));
    if (m_fullmesh)
        words.append(QStringLiteral("fullmesh"));
    return words;
}

QString EndpointForm::addressError() const
{
    return endpointAddressProblem(m_address, m_endpoints ? m_endpoints->rows() : QList<EndpointInfo>{});
}

QString EndpointForm::idError() const
{
    return endpointIdProblem(m_idText, m_endpoints ? m_endpoints->rows() : QList<EndpointInfo>{});
}

QString EndpointForm::portError() const { return endpointPortProblem(m_portText, flags()); }
QString EndpointForm::flagsError() const { return endpointFlagsProblem(flags()); }
QString EndpointForm::interfaceError() const { return endpointInterfaceProblem(m_interfaceName, m_interfaces); }

QString EndpointForm::flagsHint() const
{
    if (!m_signal && !m_subflow && !m_fullmesh)
        return QCoreApplication::translate("EndpointForm",
                                           "Without \"signal\" or \"subflow\" the kernel does not use this address.");
    if (m_subflow && m_interfaceName.isEmpty())
        return QCoreApplication::translate("EndpointForm",
                                           "Subflows from this address work best with an interface set.");
    return {};
}

bool EndpointForm::acceptable() const
{
    return addressError().isEmpty() && idError().isEmpty() && portError().isEmpty() && flagsError().isEmpty()
        && interfaceError().isEmpty();
}

void EndpointForm::clear()
{
    m_address.clear();
    m_idText.clear();
    m_portText.clear();
    m_interfaceName.clear();
    m_signal = false;
    m_subflow = true;
    m_backup = false;
    m_fullmesh = false;
    Q_EMIT changed();
}

} // namespace mptcp::models
