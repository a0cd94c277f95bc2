#include "activitycontext.h"

#include "appcontext.h"
#include "mptcp/models/listmodels.h"

#include <QJSEngine>
#include <QLoggingCategory>
#include <QQmlEngine>

Q_LOGGING_CATEGORY(lcActivityPage, "mptcp.settings.activity", QtInfoMsg)

namespace mptcp::gui {

namespace {
QList<activity::EndpointSummary> endpointSummaries(const models::SystemState &state)
{
    QList<activity::EndpointSummary> list;
    list.reserve(state.endpoints.size());
    for (const auto &e : state.endpoints)
        list.append({uint(e.id), e.address, e.interfaceName});
    return list;
}

// The kind an interface name announces (systemd.net-naming-scheme(7): "wl" WLAN,
// "ww" WWAN), for what NetworkManager reports as plain ethernet (a modem's or a
// tethering phone's net device, the lab's veths) or does not know.
models::DeviceKind kindFromName(const QString &ifname, models::DeviceKind reported)
{
    if (reported != models::DeviceKind::Ethernet && reported != models::DeviceKind::Other)
        return reported;
    if (ifname.startsWith(QLatin1String("wl")))
        return models::DeviceKind::Wifi;
    if (ifname.startsWith(QLatin1String("ww")))
        return models::DeviceKind::Mobile;
    return reported;
}

// ifname -> device kind word, which the model turns into "Wi-Fi"/"LTE" and the
// page into an icon; unknown kinds are left out so the interface name shows.
QVariantMap interfaceTypes(const models::SystemState &state)
{
    QVariantMap types;
    for (const auto &d : state.devices) {
        const models::DeviceKind kind = kindFromName(d.ifname, d.kind);
        if (kind != models::DeviceKind::Other)
            types.insert(d.ifname, models::deviceKindName(kind));
    }
    return types;
}
} // namespace

ActivityContext::ActivityContext(models::Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_connections(new activity::ConnectionsModel(this))
    , m_notifier(new activity::Notifier(QDBusConnection::sessionBus(), this))
    , m_tray(new activity::TrayIcon(QDBusConnection::sessionBus(), this))
{
    // The owner column costs a /proc scan per read, on the worker thread.
    m_connections->setResolveProcesses(true);
    connect(m_connections, &activity::ConnectionsModel::connectionEvents, m_notifier, &activity::Notifier::onConnectionEvents);
    connect(m_connections, &activity::ConnectionsModel::summaryChanged, this, &ActivityContext::updateTray);
    connect(m_connections, &activity::ConnectionsModel::countsChanged, this, &ActivityContext::updateTray);
    connect(m_tray, &activity::TrayIcon::activateRequested, this, &ActivityContext::raiseRequested);

    if (session) {
        models::Backend *backend = session->backend();
        connect(backend, &models::Backend::pathManagerEvent, m_connections, &activity::ConnectionsModel::onPathManagerEvent);
        connect(backend, &models::Backend::pathManagerEvent, m_notifier, &activity::Notifier::onPathManagerEvent);
        connect(backend, &models::Backend::stateChanged, this, &ActivityContext::onStateChanged);
        onStateChanged();
    }
    updateTray();
    // One read so the tray's summary is right from the start; afterwards only
    // path-manager events (and the shown page) read again.
    m_connections->refresh();
}

ActivityContext *ActivityContext::create(QQmlEngine *qmlEngine, QJSEngine *)
{
    // The Session comes from `App`, which main() or the test set up before QML loaded.
    const int appType = qmlTypeId("Mptcp.Settings", 1, 0, "App");
    auto *app = qmlEngine->singletonInstance<AppContext *>(appType);
    return new ActivityContext(app ? app->session() : nullptr);
}

void ActivityContext::onStateChanged()
{
    if (!m_session)
        return;
    const models::SystemState &state = m_session->backend()->state();
    if (!state.loaded)
        return;
    m_connections->setInterfaceTypes(interfaceTypes(state));

    QList<activity::EndpointSummary> endpoints = endpointSummaries(state);
    if (m_haveEndpoints && endpoints != m_endpoints)
        m_notifier->onEndpointsChanged(m_endpoints, endpoints);
    m_endpoints = std::move(endpoints);
    m_haveEndpoints = true;

    if (state.enabled.has_value())
        m_notifier->onMptcpEnabled(*state.enabled);
}

void ActivityContext::updateTray()
{
    m_tray->setSummary(m_connections->summary());
    m_tray->setConnectionCount(m_connections->connectionCount());
    m_tray->setFallbackCount(m_connections->fallbackCount());
    qCDebug(lcActivityPage) << "tray:" << m_connections->summary();
}

} // namespace mptcp::gui
