#include "mptcp/helper/helperservice.h"

#include "helperadaptor.h"

#include <QCoreApplication>
#include <QDBusConnectionInterface>
#include <QDBusPendingCallWatcher>
#include <QDBusServiceWatcher>
#include <QFile>
#include <QLoggingCategory>
#include <QSocketNotifier>

Q_LOGGING_CATEGORY(lcHelper, "mptcp.helper")

namespace mptcp::helper {

namespace {


QVariantMap eventDetails(const nl::Event &e)
{
    QVariantMap d;
    auto put = [&d](const char *key, const auto &field) {
        if (field)
            d.insert(QLatin1String(key), QVariant::fromValue(*field));
    };
    put("token", e.token);
    put("family", e.family);
    put("local_id", e.localId);
    put("remote_id", e.remoteId);
    if (e.saddr)
        d.insert(QStringLiteral("saddr"), QString::fromStdString(e.saddr->toString()));
    if (e.daddr)
        d.insert(QStringLiteral("daddr"), QString::fromStdString(e.daddr->toString()));
    put("sport", e.sport);
    put("dport", e.dport);
    put("backup", e.backup);
    put("error", e.error);
    put("flags", e.flags);
    put("timeout", e.timeout);
    put("ifindex", e.ifindex);
    put("reset_reason", e.resetReason);
    put("reset_flags", e.resetFlags);
    put("server_side", e.serverSide);
    d.insert(QStringLiteral("raw_type"), QVariant::fromValue(e.rawType));
    return d;
}

} // namespace

HelperService::HelperService(const QDBusConnection &bus, Options options, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
    , m_options(std::move(options))
    , m_polkit(bus)
{
    new HelperAdaptor(this);
    m_idleTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, &HelperService::onIdleTimeout);
    m_subscriberWatcher = new QDBusServiceWatcher(this);
    m_subscriberWatcher->setConnection(m_bus);
    m_subscriberWatcher->setWatchMode(QDBusServiceWatcher::WatchForUnregistration);
    connect(m_subscriberWatcher, &QDBusServiceWatcher::serviceUnregistered, this, [this](const QString &name) {
        m_subscriberWatcher->removeWatchedService(name);
        m_subscribers.remove(name);
        qCInfo(lcHelper) << "subscriber left:" << name;
        touch();
    });
}

HelperService::~HelperService() = default;

bool HelperService::start(QString *error)
{
    registerDBusTypes();
    if (!m_bus.isConnected()) {
        *error = tr("cannot connect to the system bus: %1").arg(m_bus.lastError().message());
        return false;
    }
    if (!m_bus.registerObject(ObjectPath, this)) {
        *error = tr("cannot export %1: %2").arg(ObjectPath, m_bus.lastError().message());
        return false;
    }
    if (!m_bus.registerService(ServiceName)) {
        *error = tr("cannot own %1 (is another helper running, or is this not root?): %2")
                     .arg(ServiceName, m_bus.lastError().message());
        return false;
    }
    auto listener = nl::EventListener::open();
    if (listener.ok()) {
        m_events = std::make_unique<nl::EventListener>(std::move(listener.value()));
        m_eventNotifier = new QSocketNotifier(m_events->fd(), QSocketNotifier::Read, this);
        connect(m_eventNotifier, &QSocketNotifier::activated, this, &HelperService::relayEvents);
    } else {
        // The methods still work; only the relay is missing.
        qCWarning(lcHelper) << "path-manager events unavailable:" << listener.error().describe().c_str();
    }
    touch();
    return true;
}

void HelperService::touch()
{
    if (m_options.idleTimeoutMs > 0)
        m_idleTimer.start(m_options.idleTimeoutMs);
}

void HelperService::onIdleTimeout()
{
    // Without the bus nobody can reach us, subscribers included.
    if (m_bus.isConnected() && (m_pendingTotal > 0 || !m_subscribers.isEmpty())) {
        touch();
        return;
    }
    qCInfo(lcHelper) << "idle, exiting";
    Q_EMIT idle();
}

void HelperService::relayEvents()
{
    if (!m_events)
        return;
    auto result = m_events->dispatch([this](const nl::Event &event) {
        Q_EMIT PathManagerEvent(QString::fromLatin1(nl::eventTypeName(event.type).data(),
                                                    static_cast<qsizetype>(nl::eventTypeName(event.type).size())),
                                eventDetails(event));
    });
    if (!result.ok())
        qCWarning(lcHelper) << "reading path-manager events failed:" << result.error().describe().c_str();
}

void HelperService::replyInvalid(const QString &message)
{
    sendErrorReply(ErrorName::InvalidArgument, message);
}

void HelperService::finish(const QDBusMessage &request, const Outcome &outcome, const QVariantList &results)
{
    if (outcome) {
        m_bus.send(request.createErrorReply(outcome->errorName, outcome->message));
        return;
    }
    m_bus.send(request.createReply(results));
    Q_EMIT StateChanged();
}

void HelperService::authorizeThen(const QString &actionId, Perform perform)
{
    const QDBusMessage request = message();
    const QString caller = request.service();
    if (m_pendingTotal >= MaxPendingTotal || m_pendingByCaller.value(caller) >= MaxPendingPerCaller) {
        sendErrorReply(ErrorName::Busy, tr("too many requests are waiting for authorization; try again later"));
        return;
    }
    setDelayedReply(true);
    ++m_pendingTotal;
    ++m_pendingByCaller[caller];
    m_polkit.check(caller, actionId, [this, request, caller, perform = std::move(perform)](bool allowed, const QString &reason) {
        --m_pendingTotal;
        if (--m_pendingByCaller[caller] <= 0)
            m_pendingByCaller.remove(caller);
        touch();
        if (!allowed) {
            m_bus.send(request.createErrorReply(ErrorName::NotAuthorized, reason));
            return;
        }
        perform(request);
    });
}

StringMap HelperService::GetState(uint &subflows, uint &add_addr_accepted, EndpointList &endpoints)
{
    touch();
    Failure failure;
    const auto state = m_kernel.readState(&failure);
    if (!state) {
        sendErrorReply(failure.errorName, failure.message);
        return {};
    }
    subflows = state->limits.subflows;
    add_addr_accepted = state->limits.addAddrAccepted;
    endpoints = state->endpoints;
    return state->sysctls;
}

void HelperService::SetLimits(uint subflows, uint add_addr_accepted)
{
    touch();
    const auto limits = validateLimits(subflows, add_addr_accepted);
    if (!limits.ok())
        return replyInvalid(limits.error);
    authorizeThen(Action::SetLimits, [this, l = *limits.value](const QDBusMessage &request) {
        finish(request, m_kernel.setLimits(l));
    });
}

void HelperService::AddEndpoint(const QString &address, uint id, uint port, const QStringList &flags,
                                const QString &interface)
{
    touch();
    const auto endpoint = validateEndpoint(EndpointSpec{id, address, port, flags, interface}, QString());
    if (!endpoint.ok())
        return replyInvalid(endpoint.error);
    authorizeThen(Action::ManageEndpoints, [this, e = *endpoint.value](const QDBusMessage &request) {
        finish(request, m_kernel.addEndpoint(e));
    });
}

void HelperService::DeleteEndpoint(uint id)
{
    touch();
    const auto checked = validateEndpointId(id, QStringLiteral("id"));
    if (!checked.ok())
        return replyInvalid(checked.error);
    authorizeThen(Action::ManageEndpoints, [this, i = *checked.value](const QDBusMessage &request) {
        finish(request, m_kernel.deleteEndpoint(i));
    });
}

void HelperService::SetEndpointFlags(uint id, const QStringList &flags)
{
    touch();
    const auto checkedId = validateEndpointId(id, QStringLiteral("id"));
    if (!checkedId.ok())
        return replyInvalid(checkedId.error);
    const auto bits = validateChangeFlags(flags);
    if (!bits.ok())
        return replyInvalid(bits.error);
    authorizeThen(Action::ManageEndpoints, [this, i = *checkedId.value, f = *bits.value](const QDBusMessage &request) {
        finish(request, m_kernel.setEndpointFlags(i, f));
    });
}

void HelperService::FlushEndpoints()
{
    touch();
    authorizeThen(Action::ManageEndpoints, [this](const QDBusMessage &request) {
        finish(request, m_kernel.flushEndpoints());
    });
}

Outcome HelperService::persistEnabled(bool enabled, bool persistent)
{
    const QString why = persistent ? writeFileAtomically(m_options.paths.sysctlDropIn, sysctlDropInText(enabled))
                                   : removeFile(m_options.paths.sysctlDropIn);
    if (!why.isEmpty())
        return Failure{ErrorName::Failed, why};
    return std::nullopt;
}

void HelperService::SetEnabled(bool enabled, bool persistent)
{
    touch();
    authorizeThen(Action::SetEnabled, [this, enabled, persistent](const QDBusMessage &request) {
        Outcome outcome = m_kernel.setEnabled(enabled);
        if (!outcome)
            outcome = persistEnabled(enabled, persistent);
        finish(request, outcome);
    });
}

QString HelperService::persistSysctl(const SysctlRequest &request, bool persistent)
{
    if (request.kind == SysctlRequest::Kind::MptcpEnabled) {
        const Outcome failed = persistEnabled(request.value == QLatin1String("1"), persistent);
        return failed ? failed->message : QString();
    }
    const QString path = m_options.paths.sysctlOptionsDropIn;
    QByteArray current;
    if (QFile file(path); file.exists()) {
        if (!file.open(QIODevice::ReadOnly))
            return tr("cannot read %1: %2").arg(path, file.errorString());
        current = file.readAll();
    }
    const QByteArray updated = updatedSysctlOptions(current, request.dropInKey(),
                                                    persistent ? std::optional<QString>(request.value) : std::nullopt);
    if (updated == current)
        return {};
    return updated.isEmpty() ? removeFile(path) : writeFileAtomically(path, updated);
}

Outcome HelperService::applySysctl(const SysctlRequest &request, bool persistent)
{
    Failure failure;
    const std::optional<QString> previous = m_kernel.readSysctl(request, &failure);
    if (!previous)
        return failure;
    if (Outcome refused = m_kernel.writeSysctl(request, request.value))
        return refused;
    const QString why = persistSysctl(request, persistent);
    if (why.isEmpty())
        return std::nullopt;
    if (Outcome undo = m_kernel.writeSysctl(request, *previous)) {
        qCWarning(lcHelper) << "could not restore" << request.name << ":" << undo->message;
        return Failure{ErrorName::Failed, tr("%1 could not be saved (%2), and restoring its previous value %3 also failed: %4")
                                              .arg(request.name, why, *previous, undo->message)};
    }
    return Failure{ErrorName::Failed, tr("%1 was left at %2: the setting could not be saved: %3").arg(request.name, *previous, why)};
}

void HelperService::SetSysctl(const QString &name, const QString &value, bool persistent)
{
    touch();
    auto request = validateSysctl(name, value);
    if (!request.ok())
        return replyInvalid(request.error);
    if (Outcome bad = m_kernel.checkSysctl(*request.value))
        return sendErrorReply(bad->errorName, bad->message);
    // net.mptcp.enabled is the same change as SetEnabled, so it answers to the same action.
    const QString action = request.value->kind == SysctlRequest::Kind::MptcpEnabled ? Action::SetEnabled
                                                                                     : Action::SetKernelOptions;
    authorizeThen(action, [this, r = *request.value, persistent](const QDBusMessage &message) {
        finish(message, applySysctl(r, persistent));
    });
}

bool HelperService::SetNetworkManagerDefaultFlags(const QStringList &flags)
{
    touch();
    const auto bits = validateNetworkManagerFlags(flags);
    if (!bits.ok()) {
        replyInvalid(bits.error);
        return false;
    }
    authorizeThen(Action::SetNmDefault, [this, f = *bits.value](const QDBusMessage &request) {
        const QString why = f == 0 ? removeFile(m_options.paths.nmDropIn)
                                   : writeFileAtomically(m_options.paths.nmDropIn, nmDropInText(f));
        if (!why.isEmpty())
            return finish(request, Failure{ErrorName::Failed, why});
        QDBusMessage reload = QDBusMessage::createMethodCall(
            QStringLiteral("org.freedesktop.NetworkManager"), QStringLiteral("/org/freedesktop/NetworkManager"),
            QStringLiteral("org.freedesktop.NetworkManager"), QStringLiteral("Reload"));
        // NM_MANAGER_RELOAD_FLAG_CONF: re-read NetworkManager.conf and conf.d only.
        reload << uint(0x1);
        // A stopped NetworkManager is not started for this; it reads the drop-in when it starts.
        reload.setAutoStartService(false);
        auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(reload), this);
        connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, request] {
            watcher->deleteLater();
            const QDBusMessage reply = watcher->reply();
            if (reply.type() == QDBusMessage::ReplyMessage)
                return finish(request, std::nullopt, {true});
            const QString name = reply.errorName();
            if (name == QLatin1String("org.freedesktop.DBus.Error.ServiceUnknown")
                || name == QLatin1String("org.freedesktop.DBus.Error.NameHasNoOwner"))
                return finish(request, std::nullopt, {false});
            finish(request, Failure{ErrorName::Failed,
                                    tr("the default was written, but NetworkManager could not reload it: %1")
                                        .arg(reply.errorMessage())});
        });
    });
    return false;
}

void HelperService::ApplyConfiguration(bool enabled, uint subflows, uint add_addr_accepted,
                                       const EndpointList &endpoints, bool persistent)
{
    touch();
    auto config = validateConfiguration(enabled, subflows, add_addr_accepted, endpoints);
    if (!config.ok())
        return replyInvalid(config.error);
    if (Outcome bad = m_kernel.checkInterfaces(*config.value))
        return sendErrorReply(bad->errorName, bad->message);
    authorizeThen(Action::ApplyConfiguration, [this, c = std::move(*config.value), persistent](const QDBusMessage &request) {
        Outcome outcome = m_kernel.applyConfiguration(c);
        if (!outcome) {
            const QString why = persistent ? writeFileAtomically(m_options.paths.configurationFile, serializeConfiguration(c))
                                           : removeFile(m_options.paths.configurationFile);
            if (!why.isEmpty())
                outcome = Failure{ErrorName::Failed, tr("the configuration was applied but not saved: %1").arg(why)};
            else
                outcome = persistEnabled(c.enabled, persistent);
        }
        finish(request, outcome);
    });
}

void HelperService::Subscribe()
{
    touch();
    const QString caller = message().service();
    if (!m_subscribers.contains(caller)) {
        m_subscribers.insert(caller);
        m_subscriberWatcher->addWatchedService(caller);
        qCInfo(lcHelper) << "subscriber joined:" << caller;
    }
}

void HelperService::Unsubscribe()
{
    touch();
    const QString caller = message().service();
    if (m_subscribers.remove(caller))
        m_subscriberWatcher->removeWatchedService(caller);
}

} // namespace mptcp::helper
