// What the app's pages see: the current state as properties and list models, and
// the user's actions, each returning a PendingAction the page shows inline. Owns
// nothing but its models; the Backend is given by main() (real) or a test (fake).
#pragma once

#include "mptcp/models/backend.h"
#include "mptcp/models/listmodels.h"
#include "mptcp/models/pendingaction.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QVariantMap>

namespace mptcp::models {

class Session : public QObject {
    Q_OBJECT
    Q_PROPERTY(mptcp::models::Backend *backend READ backend CONSTANT)
    Q_PROPERTY(QString backendLabel READ backendLabel CONSTANT)
    Q_PROPERTY(bool loaded READ loaded NOTIFY stateChanged)
    Q_PROPERTY(bool mptcpAvailable READ mptcpAvailable NOTIFY stateChanged)
    Q_PROPERTY(bool enabledKnown READ enabledKnown NOTIFY stateChanged)
    Q_PROPERTY(bool mptcpEnabled READ mptcpEnabled NOTIFY stateChanged)
    Q_PROPERTY(QString pathManager READ pathManager NOTIFY stateChanged)
    Q_PROPERTY(bool nmRunning READ nmRunning NOTIFY stateChanged)
    Q_PROPERTY(bool nmKnown READ nmKnown NOTIFY stateChanged)
    Q_PROPERTY(QString nmVersion READ nmVersion NOTIFY stateChanged)
    Q_PROPERTY(QString nmStatusText READ nmStatusText NOTIFY stateChanged)
    Q_PROPERTY(bool limitsKnown READ limitsKnown NOTIFY stateChanged)
    Q_PROPERTY(int subflowsLimit READ subflowsLimit NOTIFY stateChanged)
    Q_PROPERTY(int addAddrAcceptedLimit READ addAddrAcceptedLimit NOTIFY stateChanged)
    Q_PROPERTY(int limitsMaximum READ limitsMaximum NOTIFY stateChanged)
    Q_PROPERTY(bool limitsPersistent READ limitsPersistent NOTIFY stateChanged)
    Q_PROPERTY(QString limitsSummary READ limitsSummary NOTIFY stateChanged)
    Q_PROPERTY(QString globalDefaultMode READ globalDefaultMode NOTIFY stateChanged)
    Q_PROPERTY(QStringList globalDefaultFlags READ globalDefaultFlags NOTIFY stateChanged)
    Q_PROPERTY(QString globalDefaultSource READ globalDefaultSource NOTIFY stateChanged)
    Q_PROPERTY(QString globalDefaultText READ globalDefaultText NOTIFY stateChanged)
    Q_PROPERTY(bool helperAvailable READ helperAvailable NOTIFY stateChanged)
    Q_PROPERTY(QString verdict READ verdict NOTIFY stateChanged)
    Q_PROPERTY(QString verdictDetail READ verdictDetail NOTIFY stateChanged)
    Q_PROPERTY(QString verdictTone READ verdictTone NOTIFY stateChanged)
    Q_PROPERTY(QStringList interfaceNames READ interfaceNames NOTIFY stateChanged)
    Q_PROPERTY(int subflowEndpointCount READ subflowEndpointCount NOTIFY stateChanged)
    Q_PROPERTY(mptcp::models::DeviceModel *devices READ devices CONSTANT)
    Q_PROPERTY(mptcp::models::EndpointModel *endpoints READ endpoints CONSTANT)
    Q_PROPERTY(mptcp::models::WarningModel *warnings READ warnings CONSTANT)
public:
    explicit Session(Backend *backend, QObject *parent = nullptr);

    [[nodiscard]] Backend *backend() const { return m_backend; }
    [[nodiscard]] QString backendLabel() const;
    [[nodiscard]] bool loaded() const { return st().loaded; }
    [[nodiscard]] bool mptcpAvailable() const { return st().mptcpAvailable; }
    [[nodiscard]] bool enabledKnown() const { return st().enabled.has_value(); }
    [[nodiscard]] bool mptcpEnabled() const { return st().enabled.value_or(false); }
    [[nodiscard]] QString pathManager() const { return st().pathManager; }
    [[nodiscard]] bool nmRunning() const { return st().nmRunning; }
    [[nodiscard]] bool nmKnown() const { return st().nmKnown; }
    [[nodiscard]] QString nmVersion() const { return st().nmVersion; }
    [[nodiscard]] QString nmStatusText() const;
    [[nodiscard]] bool limitsKnown() const;
    [[nodiscard]] int subflowsLimit() const { return int(st().subflowsLimit.value_or(0)); }
    [[nodiscard]] int addAddrAcceptedLimit() const { return int(st().addAddrAcceptedLimit.value_or(0)); }
    [[nodiscard]] int limitsMaximum() const { return int(st().limitsMaximum); }
    [[nodiscard]] bool limitsPersistent() const { return st().limitsPersistent; }
    [[nodiscard]] QString limitsSummary() const;
    [[nodiscard]] QString globalDefaultMode() const;
    [[nodiscard]] QStringList globalDefaultFlags() const;
    [[nodiscard]] QString globalDefaultText() const;
    [[nodiscard]] QString globalDefaultSource() const { return st().globalDefaultSource; }
    [[nodiscard]] bool helperAvailable() const { return st().helperAvailable; }
    [[nodiscard]] QString verdict() const { return st().verdict; }
    [[nodiscard]] QString verdictDetail() const { return st().verdictDetail; }
    // "good" (active everywhere it can be), "partial", "off" — picks the verdict's colour.
    [[nodiscard]] QString verdictTone() const;
    [[nodiscard]] QStringList interfaceNames() const;
    [[nodiscard]] int subflowEndpointCount() const;
    [[nodiscard]] DeviceModel *devices() const { return m_devices; }
    [[nodiscard]] EndpointModel *endpoints() const { return m_endpoints; }
    [[nodiscard]] WarningModel *warnings() const { return m_warnings; }

    // Actions. The returned object has no parent: QML owns it (JavaScript ownership).
    Q_INVOKABLE mptcp::models::PendingAction *setMptcpEnabled(bool enabled);
    Q_INVOKABLE mptcp::models::PendingAction *setLimits(int subflows, int addAddrAccepted, bool keepAfterReboot);
    Q_INVOKABLE mptcp::models::PendingAction *addEndpoint(const QString &address, const QString &idText,
                                                          const QString &portText, const QStringList &flags,
                                                          const QString &interfaceName);
    Q_INVOKABLE mptcp::models::PendingAction *setEndpointFlags(int id, const QStringList &flags);
    Q_INVOKABLE mptcp::models::PendingAction *deleteEndpoint(int id);
    Q_INVOKABLE mptcp::models::PendingAction *flushEndpoints();
    // mode: "default" "off" "on"; flags: endpoint words ticked for "on".
    Q_INVOKABLE mptcp::models::PendingAction *setConnectionMptcp(const QString &uuid, const QString &mode,
                                                                 const QStringList &flags);
    Q_INVOKABLE mptcp::models::PendingAction *setGlobalDefault(const QString &mode, const QStringList &flags);
    // The fix offered with row `row` of the warnings model.
    Q_INVOKABLE mptcp::models::PendingAction *applyFix(int row);
    // The fix action of a diagnostics check (ids and parameters as in
    // core/diagnostics checks.h FixAction): through the helper or NetworkManager.
    Q_INVOKABLE mptcp::models::PendingAction *applyCheckFix(const QString &fixId, const QVariantMap &parameters);
    // Button text for that fix, e.g. "Use wwan0 as backup"; "" when the app cannot apply
    // it (then checkFixCommand() says what to run instead).
    Q_INVOKABLE QString checkFixLabel(const QString &fixId, const QVariantMap &parameters) const;
    // The command that applies the fix by hand, e.g. "sysctl -w net.ipv4.conf.wlan0.rp_filter=2".
    Q_INVOKABLE QString checkFixCommand(const QString &fixId, const QVariantMap &parameters) const;

    // Helpers for the pages (pure, translated).
    Q_INVOKABLE QStringList limitsHints(int subflows, int addAddrAccepted) const;
    Q_INVOKABLE QString flagExplanation(const QString &word) const;
    Q_INVOKABLE QStringList endpointFlagWords() const;
    // NetworkManager's own reason why this choice is invalid; "" when valid.
    Q_INVOKABLE QString connectionChoiceProblem(const QString &mode, const QStringList &flags) const;

Q_SIGNALS:
    void stateChanged();

private:
    [[nodiscard]] const SystemState &st() const { return m_backend->state(); }
    void refreshModels();
    PendingAction *start();
    PendingAction *rejected(const QString &message);
    ActionCallback finisher(PendingAction *action);

    Backend *m_backend;
    DeviceModel *m_devices;
    EndpointModel *m_endpoints;
    WarningModel *m_warnings;
};

} // namespace mptcp::models
