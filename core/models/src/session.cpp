#include "mptcp/models/session.h"

#include "mptcp/models/endpointrules.h"
#include "mptcp/models/mptcpflags.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcSession, "mptcp.models.session", QtInfoMsg)

namespace mptcp::models {

namespace {

ConnectionMode modeFromName(const QString &name)
{
    if (name == QLatin1String("off"))
        return ConnectionMode::Off;
    if (name == QLatin1String("on"))
        return ConnectionMode::On;
    return ConnectionMode::Default;
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

} // namespace

Session::Session(Backend *backend, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_devices(new DeviceModel(this))
    , m_endpoints(new EndpointModel(this))
    , m_warnings(new WarningModel(this))
{
    Q_ASSERT(m_backend);
    connect(m_backend, &Backend::stateChanged, this, [this] {
        refreshModels();
        Q_EMIT stateChanged();
    });
    refreshModels();
}

QString Session::backendLabel() const { return m_backend->label(); }

void Session::refreshModels()
{
    m_devices->setRows(st().devices);
    m_endpoints->setRows(st().endpoints);
    m_warnings->setRows(st().warnings);
}

QString Session::nmStatusText() const
{
    if (!st().nmKnown)
        return tr("Connecting…");
    if (!st().nmRunning)
        return tr("Not running — showing the kernel's settings only");
    if (!st().nmSupportsMptcp)
        return tr("Version %1 — too old to configure MPTCP (needs 1.40)").arg(st().nmVersion);
    return tr("Running, version %1").arg(st().nmVersion);
}

bool Session::limitsKnown() const
{
    return st().subflowsLimit.has_value() && st().addAddrAcceptedLimit.has_value();
}

QString Session::limitsSummary() const
{
    if (!limitsKnown())
        return tr("Unknown");
    //: %1 and %2 are numbers of the kernel limits
    return tr("%1 extra subflows, %2 accepted addresses").arg(subflowsLimit()).arg(addAddrAcceptedLimit());
}

QString Session::globalDefaultMode() const { return modeName(connectionModeOf(st().globalDefault)); }

QStringList Session::globalDefaultFlags() const { return endpointWordsOf(st().globalDefault); }

QString Session::globalDefaultText() const
{
    switch (connectionModeOf(st().globalDefault)) {
    case ConnectionMode::Default:
        return tr("Not set");
    case ConnectionMode::Off:
        return tr("Off");
    case ConnectionMode::On:
        break;
    }
    return tr("On: %1").arg(flagsText(globalDefaultFlags()));
}

QString Session::verdictTone() const
{
    if (!st().nmKnown)
        return QStringLiteral("pending");
    if (!st().mptcpAvailable || !st().enabled.value_or(false))
        return QStringLiteral("off");
    int connected = 0;
    int active = 0;
    for (const DeviceInfo &d : st().devices) {
        if (!d.connected)
            continue;
        ++connected;
        if (d.mptcpActive)
            ++active;
    }
    if (active == 0)
        return QStringLiteral("off");
    return active < connected ? QStringLiteral("partial") : QStringLiteral("good");
}

QStringList Session::interfaceNames() const
{
    QStringList names;
    for (const DeviceInfo &d : st().devices)
        names.append(d.ifname);
    return names;
}

int Session::subflowEndpointCount() const
{
    int n = 0;
    for (const EndpointInfo &e : st().endpoints) {
        if (e.flags.contains(QLatin1String("subflow")) || e.flags.contains(QLatin1String("fullmesh")))
            ++n;
    }
    return n;
}

PendingAction *Session::start() { return new PendingAction; }

PendingAction *Session::rejected(const QString &message)
{
    auto *action = start();
    // Finish after the caller has bound to it, like every other result.
    QTimer::singleShot(0, action, [action, message] { action->finish(ActionResult::failure(message)); });
    return action;
}

ActionCallback Session::finisher(PendingAction *action)
{
    return [guard = QPointer<PendingAction>(action)](const ActionResult &result) {
        if (!result.ok)
            qCInfo(lcSession) << "action failed:" << result.error << (result.notAuthorized ? "(not authorized)" : "");
        if (guard)
            guard->finish(result);
    };
}

PendingAction *Session::setMptcpEnabled(bool enabled)
{
    auto *action = start();
    m_backend->setMptcpEnabled(enabled, finisher(action));
    return action;
}

PendingAction *Session::setLimits(int subflows, int addAddrAccepted, bool keepAfterReboot)
{
    const int max = limitsMaximum();
    if (subflows < 0 || subflows > max || addAddrAccepted < 0 || addAddrAccepted > max)
        return rejected(tr("Limits must be between 0 and %1.").arg(max));
    auto *action = start();
    m_backend->setLimits(quint32(subflows), quint32(addAddrAccepted), keepAfterReboot, finisher(action));
    return action;
}

PendingAction *Session::addEndpoint(const QString &address, const QString &idText, const QString &portText,
                                    const QStringList &flags, const QString &interfaceName)
{
    for (const QString &problem :
         {endpointAddressProblem(address, st().endpoints), endpointIdProblem(idText, st().endpoints),
          endpointPortProblem(portText, flags), endpointFlagsProblem(flags),
          endpointInterfaceProblem(interfaceName, interfaceNames())}) {
        if (!problem.isEmpty())
            return rejected(problem);
    }
    EndpointSpec spec;
    spec.address = address.trimmed();
    spec.id = idText.trimmed().toInt();
    spec.port = quint16(portText.trimmed().toUInt());
    spec.flags = flags;
    spec.interfaceName = interfaceName;
    auto *action = start();
    m_backend->addEndpoint(spec, finisher(action));
    return action;
}

PendingAction *Session::setEndpointFlags(int id, const QStringList &flags)
{
    // The kernel changes only backup and fullmesh of an existing endpoint.
    for (const QString &word : flags) {
        if (word != QLatin1String("backup") && word != QLatin1String("fullmesh"))
            return rejected(tr("Only \"backup\" and \"fullmesh\" can be changed on an existing endpoint."));
    }
    for (const EndpointInfo &e : st().endpoints) {
        if (e.id != id)
            continue;
        if (flags.contains(QLatin1String("fullmesh")) && e.flags.contains(QLatin1String("signal")))
            return rejected(endpointFlagsProblem({QStringLiteral("signal"), QStringLiteral("fullmesh")}));
        auto *action = start();
        m_backend->setEndpointFlags(id, flags, finisher(action));
        return action;
    }
    return rejected(tr("Endpoint %1 no longer exists.").arg(id));
}

PendingAction *Session::deleteEndpoint(int id)
{
    auto *action = start();
    m_backend->deleteEndpoint(id, finisher(action));
    return action;
}

PendingAction *Session::flushEndpoints()
{
    auto *action = start();
    m_backend->flushEndpoints(finisher(action));
    return action;
}

PendingAction *Session::setConnectionMptcp(const QString &uuid, const QString &mode, const QStringList &flags)
{
    for (const DeviceInfo &d : st().devices) {
        if (d.connectionUuid != uuid || uuid.isEmpty())
            continue;
        const quint32 value = composeConnectionFlags(modeFromName(mode), flags, d.connectionFlags);
        if (const auto problem = connectionFlagsProblem(value))
            return rejected(*problem);
        auto *action = start();
        m_backend->setConnectionMptcpFlags(uuid, value, finisher(action));
        return action;
    }
    return rejected(tr("This connection is no longer active."));
}

PendingAction *Session::setGlobalDefault(const QString &mode, const QStringList &flags)
{
    const quint32 value = composeConnectionFlags(modeFromName(mode), flags, st().globalDefault);
    if (const auto problem = connectionFlagsProblem(value))
        return rejected(*problem);
    auto *action = start();
    m_backend->setGlobalDefaultFlags(value, finisher(action));
    return action;
}

PendingAction *Session::applyFix(int row)
{
    const QList<WarningInfo> &warnings = m_warnings->rows();
    if (row < 0 || row >= warnings.size() || warnings.at(row).fix == FixAction::None)
        return rejected(tr("This problem has no automatic fix."));
    const WarningInfo &w = warnings.at(row);
    switch (w.fix) {
    case FixAction::EnableMptcp:
        return setMptcpEnabled(true);
    case FixAction::SetSubflowsLimit:
        return setLimits(w.fixArgument, addAddrAcceptedLimit(), limitsPersistent());
    case FixAction::SetAddAddrAcceptedLimit:
        return setLimits(subflowsLimit(), w.fixArgument, limitsPersistent());
    case FixAction::DeleteEndpoint:
        return deleteEndpoint(w.fixArgument);
    case FixAction::None:
        break;
    }
    return rejected(tr("This problem has no automatic fix."));
}

PendingAction *Session::applyCheckFix(const QString &fixId, const QVariantMap &parameters)
{
    if (checkFixLabel(fixId, parameters).isEmpty())
        return rejected(tr("This fix cannot be applied from here. Run: %1").arg(checkFixCommand(fixId, parameters)));
    if (fixId == QLatin1String("set-sysctl")) {
        const QString name = parameters.value(QStringLiteral("name")).toString();
        const QString value = parameters.value(QStringLiteral("value")).toString();
        if (name == QLatin1String("net.mptcp.enabled"))
            return setMptcpEnabled(value == QLatin1String("1"));
        // Like turning MPTCP on, a fix changes the running system only; nothing asks to keep it.
        auto *action = start();
        m_backend->setSysctl(name, value, false, finisher(action));
        return action;
    }
    if (fixId == QLatin1String("set-limits")) {
        // A check names only the limit it is about; the other one stays as it is.
        const int subflows = parameters.value(QStringLiteral("subflows"), subflowsLimit()).toInt();
        const int addAddr = parameters.value(QStringLiteral("add_addr_accepted"), addAddrAcceptedLimit()).toInt();
        return setLimits(subflows, addAddr, limitsPersistent());
    }
    if (fixId == QLatin1String("delete-endpoint"))
        return deleteEndpoint(parameters.value(QStringLiteral("id")).toInt());
    // set-connection-flags: the check computed the whole value (backup added).
    const QString uuid = parameters.value(QStringLiteral("uuid")).toString();
    const quint32 flags = parameters.value(QStringLiteral("flags")).toUInt();
    if (const auto problem = connectionFlagsProblem(flags))
        return rejected(*problem);
    auto *action = start();
    m_backend->setConnectionMptcpFlags(uuid, flags, finisher(action));
    return action;
}

QString Session::checkFixLabel(const QString &fixId, const QVariantMap &parameters) const
{
    if (fixId == QLatin1String("set-sysctl")) {
        // Only the changes the diagnostics checks suggest; the helper refuses anything else anyway.
        const QString name = parameters.value(QStringLiteral("name")).toString();
        const QString value = parameters.value(QStringLiteral("value")).toString();
        if (name == QLatin1String("net.mptcp.enabled"))
            return value == QLatin1String("1") ? tr("Turn MPTCP on") : tr("Turn MPTCP off");
        if ((name == QLatin1String("net.mptcp.pm_type") && value == QLatin1String("0"))
            || (name == QLatin1String("net.mptcp.path_manager") && value == QLatin1String("kernel")))
            return tr("Select the kernel path manager");
        const QLatin1String rpPrefix("net.ipv4.conf.");
        const QLatin1String rpSuffix(".rp_filter");
        if (name.startsWith(rpPrefix) && name.endsWith(rpSuffix) && value == QLatin1String("2")) {
            const QString interfaceName = name.mid(rpPrefix.size(), name.size() - rpPrefix.size() - rpSuffix.size());
            if (interfaceName == QLatin1String("all"))
                return tr("Use loose reverse-path filtering for all interfaces");
            // "default" only affects interfaces created later: not a fix for a present one.
            if (interfaceName.isEmpty() || interfaceName == QLatin1String("default"))
                return {};
            return tr("Use loose reverse-path filtering on %1").arg(interfaceName);
        }
        return {};
    }
    if (fixId == QLatin1String("set-limits")) {
        if (parameters.contains(QStringLiteral("subflows")))
            return tr("Allow %n subflow(s)", nullptr, parameters.value(QStringLiteral("subflows")).toInt());
        if (parameters.contains(QStringLiteral("add_addr_accepted")))
            return tr("Accept %n announced address(es)", nullptr,
                      parameters.value(QStringLiteral("add_addr_accepted")).toInt());
        return {};
    }
    if (fixId == QLatin1String("delete-endpoint"))
        return tr("Delete endpoint %1").arg(parameters.value(QStringLiteral("address")).toString());
    if (fixId == QLatin1String("set-connection-flags")) {
        if (parameters.value(QStringLiteral("uuid")).toString().isEmpty())
            return {};
        return tr("Use %1 as backup").arg(parameters.value(QStringLiteral("device")).toString());
    }
    return {};
}

QString Session::checkFixCommand(const QString &fixId, const QVariantMap &parameters) const
{
    const auto text = [&parameters](const char *key) { return parameters.value(QLatin1String(key)).toString(); };
    if (fixId == QLatin1String("set-sysctl"))
        return QStringLiteral("sysctl -w %1=%2").arg(text("name"), text("value"));
    if (fixId == QLatin1String("set-limits")) {
        QString command = QStringLiteral("ip mptcp limits set");
        if (parameters.contains(QStringLiteral("subflows")))
            command += QStringLiteral(" subflows ") + text("subflows");
        if (parameters.contains(QStringLiteral("add_addr_accepted")))
            command += QStringLiteral(" add_addr_accepted ") + text("add_addr_accepted");
        return command;
    }
    if (fixId == QLatin1String("delete-endpoint"))
        return QStringLiteral("ip mptcp endpoint delete id ") + text("id");
    if (fixId == QLatin1String("set-connection-flags"))
        return QStringLiteral("nmcli connection modify %1 connection.mptcp-flags %2").arg(text("uuid"), text("words"));
    return {};
}

QStringList Session::limitsHints(int subflows, int addAddrAccepted) const
{
    return models::limitsHints(subflows, addAddrAccepted, st().limitsMaximum, st().endpoints);
}

QString Session::flagExplanation(const QString &word) const { return models::flagExplanation(word); }

QStringList Session::endpointFlagWords() const { return models::endpointFlagWords(); }

QString Session::connectionChoiceProblem(const QString &mode, const QStringList &flags) const
{
    return connectionFlagsProblem(composeConnectionFlags(modeFromName(mode), flags, 0)).value_or(QString());
}

} // namespace mptcp::models
