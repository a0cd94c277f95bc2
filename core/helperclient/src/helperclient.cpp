#include "mptcp/helperclient/helperclient.h"

#include "helperproxy.h"

#include <QCoreApplication>
#include <QDBusConnectionInterface>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusServiceWatcher>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcHelperClient, "mptcp.helperclient")

namespace mptcp::helperclient {

namespace {

// Longer than the helper's own wait for polkit, so an authentication dialog is not cut short here.
constexpr int CallTimeoutMs = 6 * 60 * 1000;

std::unique_ptr<HelperProxy> makeProxy(const QDBusConnection &bus)
{
    helper::registerDBusTypes();
    auto proxy = std::make_unique<HelperProxy>(helper::ServiceName, helper::ObjectPath, bus);
    proxy->setTimeout(CallTimeoutMs);
    return proxy;
}

HelperError errorOf(const QDBusPendingCall &call)
{
    if (!call.isError())
        return {};
    return HelperError::fromDBus(call.error());
}

QDBusPendingReply<> applyCall(HelperProxy &proxy, const ConfigurationRequest &c)
{
    return proxy.ApplyConfiguration(c.enabled, c.subflows, c.addAddrAccepted, c.endpoints, c.persistent);
}

} // namespace

// Texts use an explicit context: lupdate does not resolve HelperError here, so a tr() helper
// class would give them a context that differs from the one used at run time.
HelperError HelperError::fromDBus(const QDBusError &error)
{
    HelperError e;
    e.name = error.name();
    e.message = error.message();
    using helper::ErrorName::Busy;
    using helper::ErrorName::Failed;
    using helper::ErrorName::InvalidArgument;
    using helper::ErrorName::KernelRefused;
    using helper::ErrorName::NotAuthorized;
    if (e.name == NotAuthorized) {
        e.kind = Kind::NotAuthorized;
    } else if (e.name == InvalidArgument) {
        e.kind = Kind::InvalidArgument;
    } else if (e.name == KernelRefused) {
        e.kind = Kind::KernelRefused;
    } else if (e.name == Busy) {
        e.kind = Kind::Busy;
    } else if (e.name == Failed) {
        e.kind = Kind::Failed;
    } else if (e.name == QLatin1String("org.freedesktop.DBus.Error.ServiceUnknown")
               || e.name == QLatin1String("org.freedesktop.DBus.Error.NameHasNoOwner")
               || e.name.startsWith(QLatin1String("org.freedesktop.DBus.Error.Spawn"))
               || e.name == QLatin1String("org.freedesktop.DBus.Error.Disconnected")
               || e.name == QLatin1String("org.freedesktop.systemd1.NoSuchUnit")) {
        e.kind = Kind::NotAvailable;
        e.message = QCoreApplication::translate("MptcpHelperClient", "The MPTCP Settings helper is not available (is it installed, and is the system bus running?): %1")
                        .arg(error.message());
    } else if (e.name == QLatin1String("org.freedesktop.DBus.Error.AccessDenied")) {
        // The bus itself refused: the helper's bus policy file is missing or broken.
        e.kind = Kind::NotAvailable;
        e.message = QCoreApplication::translate("MptcpHelperClient", "The system bus refused to pass the call to the MPTCP Settings helper (is its D-Bus policy installed?): %1")
                        .arg(error.message());
    } else if (e.name == QLatin1String("org.freedesktop.DBus.Error.NoReply")) {
        e.kind = Kind::Stopped;
        e.message = QCoreApplication::translate("MptcpHelperClient", "The MPTCP Settings helper stopped or did not answer: %1").arg(error.message());
    } else {
        e.kind = Kind::Other;
    }
    return e;
}

HelperClient::HelperClient(const QDBusConnection &bus, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
    , m_proxy(makeProxy(bus))
{
    connect(m_proxy.get(), &HelperProxy::PathManagerEvent, this, &HelperClient::pathManagerEvent);
    connect(m_proxy.get(), &HelperProxy::StateChanged, this, &HelperClient::stateChanged);
    m_watcher = new QDBusServiceWatcher(helper::ServiceName, m_bus,
                                        QDBusServiceWatcher::WatchForRegistration | QDBusServiceWatcher::WatchForUnregistration,
                                        this);
    connect(m_watcher, &QDBusServiceWatcher::serviceRegistered, this, [this] {
        qCInfo(lcHelperClient) << "helper started";
        Q_EMIT helperStarted();
        if (m_subscribed)
            subscribe();
    });
    connect(m_watcher, &QDBusServiceWatcher::serviceUnregistered, this, [this] {
        qCInfo(lcHelperClient) << "helper stopped";
        Q_EMIT helperStopped();
    });
}

HelperClient::~HelperClient() = default;

bool HelperClient::isHelperRunning() const
{
    const QDBusConnectionInterface *bus = m_bus.interface();
    return bus && bus->isServiceRegistered(helper::ServiceName).value();
}

template <class Reply, class Handler>
void HelperClient::watch(const Reply &pending, Handler handler)
{
    auto *watcher = new QDBusPendingCallWatcher(pending, this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [watcher, handler = std::move(handler)] {
        watcher->deleteLater();
        handler(Reply(*watcher));
    });
}

void HelperClient::getState(std::function<void(const HelperState &, const HelperError &)> done)
{
    using Reply = QDBusPendingReply<StringMap, uint, uint, EndpointList>;
    watch<Reply>(m_proxy->GetState(), [done = std::move(done)](const Reply &reply) {
        HelperState state;
        const HelperError error = errorOf(reply);
        if (error.ok()) {
            state.sysctls = reply.argumentAt<0>();
            state.subflows = reply.argumentAt<1>();
            state.addAddrAccepted = reply.argumentAt<2>();
            state.endpoints = reply.argumentAt<3>();
        }
        done(state, error);
    });
}

#define MPTCP_HELPER_VOID_CALL(expr)                                                                      \
    watch<QDBusPendingReply<>>((expr), [done = std::move(done)](const QDBusPendingReply<> &reply) {   \
        if (done)                                                                                     \
            done(errorOf(reply));                                                                     \
    })

void HelperClient::setLimits(uint subflows, uint addAddrAccepted, Done done)
{
    MPTCP_HELPER_VOID_CALL(m_proxy->SetLimits(subflows, addAddrAccepted));
}

void HelperClient::addEndpoint(const EndpointSpec &e, Done done)
{
    MPTCP_HELPER_VOID_CALL(m_proxy->AddEndpoint(e.address, e.id, e.port, e.flags, e.interface));
}

void HelperClient::deleteEndpoint(uint id, Done done)
{
    MPTCP_HELPER_VOID_CALL(m_proxy->DeleteEndpoint(id));
}

void HelperClient::setEndpointFlags(uint id, const QStringList &flags, Done done)
{
    MPTCP_HELPER_VOID_CALL(m_proxy->SetEndpointFlags(id, flags));
}

void HelperClient::flushEndpoints(Done done)
{
    MPTCP_HELPER_VOID_CALL(m_proxy->FlushEndpoints());
}

void HelperClient::setEnabled(bool enabled, bool persistent, Done done)
{
    MPTCP_HELPER_VOID_CALL(m_proxy->SetEnabled(enabled, persistent));
}

void HelperClient::setSysctl(const QString &name, const QString &value, bool persistent, Done done)
{
    MPTCP_HELPER_VOID_CALL(m_proxy->SetSysctl(name, value, persistent));
}

void HelperClient::applyConfiguration(const ConfigurationRequest &config, Done done)
{
    MPTCP_HELPER_VOID_CALL(applyCall(*m_proxy, config));
}

#undef MPTCP_HELPER_VOID_CALL

void HelperClient::setNetworkManagerDefaultFlags(const QStringList &flags,
                                                 std::function<void(bool, const HelperError &)> done)
{
    using Reply = QDBusPendingReply<bool>;
    watch<Reply>(m_proxy->SetNetworkManagerDefaultFlags(flags), [done = std::move(done)](const Reply &reply) {
        const HelperError error = errorOf(reply);
        done(error.ok() && reply.value(), error);
    });
}

void HelperClient::subscribe(Done done)
{
    m_subscribed = true;
    watch<QDBusPendingReply<>>(m_proxy->Subscribe(), [this, done = std::move(done)](const QDBusPendingReply<> &reply) {
        const HelperError error = errorOf(reply);
        if (error.ok())
            Q_EMIT subscribed();
        else
            qCWarning(lcHelperClient) << "subscribing to helper events failed:" << error.message;
        if (done)
            done(error);
    });
}

void HelperClient::unsubscribe(Done done)
{
    m_subscribed = false;
    watch<QDBusPendingReply<>>(m_proxy->Unsubscribe(), [done = std::move(done)](const QDBusPendingReply<> &reply) {
        if (done)
            done(errorOf(reply));
    });
}

BlockingHelperClient::BlockingHelperClient(const QDBusConnection &bus)
    : m_proxy(makeProxy(bus))
{
}

BlockingHelperClient::~BlockingHelperClient() = default;

namespace {

template <class Reply>
HelperError waitFor(Reply reply)
{
    reply.waitForFinished();
    return errorOf(reply);
}

} // namespace

HelperError BlockingHelperClient::getState(HelperState *state)
{
    QDBusPendingReply<StringMap, uint, uint, EndpointList> reply = m_proxy->GetState();
    reply.waitForFinished();
    const HelperError error = errorOf(reply);
    if (error.ok() && state) {
        state->sysctls = reply.argumentAt<0>();
        state->subflows = reply.argumentAt<1>();
        state->addAddrAccepted = reply.argumentAt<2>();
        state->endpoints = reply.argumentAt<3>();
    }
    return error;
}

HelperError BlockingHelperClient::setLimits(uint subflows, uint addAddrAccepted)
{
    return waitFor(m_proxy->SetLimits(subflows, addAddrAccepted));
}

HelperError BlockingHelperClient::addEndpoint(const EndpointSpec &e)
{
    return waitFor(m_proxy->AddEndpoint(e.address, e.id, e.port, e.flags, e.interface));
}

HelperError BlockingHelperClient::deleteEndpoint(uint id)
{
    return waitFor(m_proxy->DeleteEndpoint(id));
}

HelperError BlockingHelperClient::setEndpointFlags(uint id, const QStringList &flags)
{
    return waitFor(m_proxy->SetEndpointFlags(id, flags));
}

HelperError BlockingHelperClient::flushEndpoints()
{
    return waitFor(m_proxy->FlushEndpoints());
}

HelperError BlockingHelperClient::setEnabled(bool enabled, bool persistent)
{
    return waitFor(m_proxy->SetEnabled(enabled, persistent));
}

HelperError BlockingHelperClient::setSysctl(const QString &name, const QString &value, bool persistent)
{
    return waitFor(m_proxy->SetSysctl(name, value, persistent));
}

HelperError BlockingHelperClient::setNetworkManagerDefaultFlags(const QStringList &flags, bool *nmReloaded)
{
    QDBusPendingReply<bool> reply = m_proxy->SetNetworkManagerDefaultFlags(flags);
    reply.waitForFinished();
    const HelperError error = errorOf(reply);
    if (nmReloaded)
        *nmReloaded = error.ok() && reply.value();
    return error;
}

HelperError BlockingHelperClient::applyConfiguration(const ConfigurationRequest &config)
{
    return waitFor(applyCall(*m_proxy, config));
}

} // namespace mptcp::helperclient
