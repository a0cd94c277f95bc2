// The add/edit endpoint dialog's state: inputs as typed and the problems with them,
// recomputed on every keystroke (rules in endpointrules.h).
#pragma once

#include "mptcp/models/listmodels.h"

#include <QObject>
#include <QString>
#include <QStringList>

namespace mptcp::models {

class EndpointForm : public QObject {
    Q_OBJECT
    // Inputs
    Q_PROPERTY(mptcp::models::EndpointModel *endpoints READ endpoints WRITE setEndpoints NOTIFY changed)
    Q_PROPERTY(QStringList interfaces READ interfaces WRITE setInterfaces NOTIFY changed)
    Q_PROPERTY(QString address READ address WRITE setAddress NOTIFY changed)
    Q_PROPERTY(QString idText READ idText WRITE setIdText NOTIFY changed)
    Q_PROPERTY(QString portText READ portText WRITE setPortText NOTIFY changed)
    Q_PROPERTY(QString interfaceName READ interfaceName WRITE setInterfaceName NOTIFY changed)
    Q_PROPERTY(bool signalFlag READ signalFlag WRITE setSignalFlag NOTIFY changed)
    Q_PROPERTY(bool subflowFlag READ subflowFlag WRITE setSubflowFlag NOTIFY changed)
    Q_PROPERTY(bool backupFlag READ backupFlag WRITE setBackupFlag NOTIFY changed)
    Q_PROPERTY(bool fullmeshFlag READ fullmeshFlag WRITE setFullmeshFlag NOTIFY changed)
    // Outputs
    Q_PROPERTY(QStringList flags READ flags NOTIFY changed)
    Q_PROPERTY(QString addressError READ addressError NOTIFY changed)
    Q_PROPERTY(QString idError READ idError NOTIFY changed)
    Q_PROPERTY(QString portError READ portError NOTIFY changed)
    Q_PROPERTY(QString flagsError READ flagsError NOTIFY changed)
    Q_PROPERTY(QString interfaceError READ interfaceError NOTIFY changed)
    Q_PROPERTY(QString flagsHint READ flagsHint NOTIFY changed)
    Q_PROPERTY(bool acceptable READ acceptable NOTIFY changed)
public:
    explicit EndpointForm(QObject *parent = nullptr);

    [[nodiscard]] EndpointModel *endpoints() const { return m_endpoints; }
    void setEndpoints(EndpointModel *model);
    [[nodiscard]] QStringList interfaces() const { return m_interfaces; }
    void setInterfaces(const QStringList &names);
    [[nodiscard]] QString address() const { return m_address; }
    void setAddress(const QString &text);
    [[nodiscard]] QString idText() const { return m_idText; }
    void setIdText(const QString &text);
    [[nodiscard]] QString portText() const { return m_portText; }
    void setPortText(const QString &text);
    [[nodiscard]] QString interfaceName() const { return m_interfaceName; }
    void setInterfaceName(const QString &name);
    [[nodiscard]] bool signalFlag() const { return m_signal; }
    void setSignalFlag(bool on);
    [[nodiscard]] bool subflowFlag() const { return m_subflow; }
    void setSubflowFlag(bool on);
    [[nodiscard]] bool backupFlag() const { return m_backup; }
    void setBackupFlag(bool on);
    [[nodiscard]] bool fullmeshFlag() const { return m_fullmesh; }
    void setFullmeshFlag(bool on);

    [[nodiscard]] QStringList flags() const;
    [[nodiscard]] QString addressError() const;
    [[nodiscard]] QString idError() const;
    [[nodiscard]] QString portError() const;
    [[nodiscard]] QString flagsError() const;
    [[nodiscard]] QString interfaceError() const;
    [[nodiscard]] QString flagsHint() const;
    [[nodiscard]] bool acceptable() const;

    // Back to an empty form.
    Q_INVOKABLE void clear();

Q_SIGNALS:
    void changed();

private:
    template <class T>
    void assign(T &field, const T &value);

    EndpointModel *m_endpoints = nullptr;
    QStringList m_interfaces;
    QString m_address;
    QString m_idText;
    QString m_portText;
    QString m_interfaceName;
    bool m_signal = false;
    bool m_subflow = true; // what NetworkManager uses by default
    bool m_backup = false;
    bool m_fullmesh = false;
};

} // namespace mptcp::models
