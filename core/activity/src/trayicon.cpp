#include "mptcp/activity/trayicon.h"

#include "logging.h"
#include "statusnotifieritem.h"

#include <QCoreApplication>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusServiceWatcher>
#include <QSettings>

namespace mptcp::activity {

namespace {
const QString WatcherService = QStringLiteral("org.kde.StatusNotifierWatcher");
const QString WatcherPath = QStringLiteral("/StatusNotifierWatcher");
const QString DBusService = QStringLiteral("org.freedesktop.DBus");
const QString DBusPath = QStringLiteral("/org/freedesktop/DBus");
constexpr uint DBusNameFlagDoNotQueue = 4;
constexpr uint DBusRequestNameReplyPrimaryOwner = 1;

QSettings settings()
{
    return QSettings(QStringLiteral("mptcp-settings"), QStringLiteral("mptcp-settings"));
}

QDBusMessage busCall(const QString &method)
{
    return QDBusMessage::createMethodCall(DBusService, DBusPath, DBusService, method);
}

int nextItemNumber()
{
    static int n = 0;
    return ++n;
}
} // namespace

TrayIcon::TrayIcon(const QDBusConnection &bus, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
    // One name per item, as the StatusNotifierItem specification asks.
    , m_serviceName(QStringLiteral("org.kde.StatusNotifierItem-%1-%2").arg(QCoreApplication::applicationPid()).arg(nextItemNumber()))
{
    registerSniTypes();
    m_adaptor = new StatusNotifierItemAdaptor(this);
    m_watcher = new QDBusServiceWatcher(WatcherService, m_bus,
                                        QDBusServiceWatcher::WatchForRegistration | QDBusServiceWatcher::WatchForUnregistration, this);
    connect(m_watcher, &QDBusServiceWatcher::serviceRegistered, this, [this] {
        if (m_enabled)
            registerWithWatcher();
    });
    connect(m_watcher, &QDBusServiceWatcher::serviceUnregistered, this, [this] { setAvailable(false); });
    m_enabled = settings().value(QStringLiteral("tray/enabled"), true).toBool();
    if (m_enabled)
        start();
}

TrayIcon::~TrayIcon()
{
    if (m_exported)
        m_bus.unregisterObject(QLatin1String(ObjectPath));
}

void TrayIcon::setEnabled(bool on)
{
    if (m_enabled == on)
        return;
    m_enabled = on;
    settings().setValue(QStringLiteral("tray/enabled"), on);
    if (on)
        start();
    else
        stop();
    Q_EMIT enabledChanged();
}

void TrayIcon::start()
{
    if (!m_bus.isConnected()) {
        qCInfo(lcActivity) << "no session bus: no tray icon";
        return;
    }
    if (!m_exported) {
        m_exported = m_bus.registerObject(QLatin1String(ObjectPath), this, QDBusConnection::ExportAdaptors);
        if (!m_exported) {
            qCWarning(lcActivity) << "cannot export the tray icon:" << m_bus.lastError().message();
            return;
        }
    }
    QDBusMessage request = busCall(QStringLiteral("RequestName"));
    request << m_serviceName << DBusNameFlagDoNotQueue;
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(request), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        const QDBusPendingReply<uint> reply = *w;
        if (reply.isError() || reply.value() != DBusRequestNameReplyPrimaryOwner) {
            qCWarning(lcActivity) << "cannot own" << m_serviceName << reply.error().message();
            return;
        }
        m_nameOwned = true;
        if (!m_enabled) {
            stop();
            return;
        }
        // Whether a watcher runs now; later arrivals come through m_watcher.
        QDBusMessage has = busCall(QStringLiteral("NameHasOwner"));
        has << WatcherService;
        auto *hasWatcher = new QDBusPendingCallWatcher(m_bus.asyncCall(has), this);
        connect(hasWatcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *hw) {
            hw->deleteLater();
            const QDBusPendingReply<bool> present = *hw;
            if (!present.isError() && present.value() && m_enabled)
                registerWithWatcher();
            else
                qCInfo(lcActivity) << "no StatusNotifierWatcher on the session bus: tray icon not shown";
        });
    });
}

void TrayIcon::stop()
{
    if (m_exported) {
        m_bus.unregisterObject(QLatin1String(ObjectPath));
        m_exported = false;
    }
    if (m_nameOwned) {
        // Releasing the name is what tells the watcher the item is gone.
        QDBusMessage release = busCall(QStringLiteral("ReleaseName"));
        release << m_serviceName;
        m_bus.asyncCall(release);
        m_nameOwned = false;
    }
    setAvailable(false);
}

void TrayIcon::registerWithWatcher()
{
    if (!m_nameOwned)
        return; // start() registers once it owns its name
    QDBusMessage call = QDBusMessage::createMethodCall(WatcherService, WatcherPath, WatcherService, QStringLiteral("RegisterStatusNotifierItem"));
    call << m_serviceName;
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        const QDBusPendingReply<> reply = *w;
        if (reply.isError()) {
            qCWarning(lcActivity) << "StatusNotifierWatcher refused the tray icon:" << reply.error().message();
            setAvailable(false);
            return;
        }
        setAvailable(m_enabled);
    });
}

void TrayIcon::setAvailable(bool available)
{
    if (m_available == available)
        return;
    m_available = available;
    Q_EMIT availableChanged();
}

void TrayIcon::setSummary(const QString &summary)
{
    if (m_summary == summary)
        return;
    m_summary = summary;
    Q_EMIT m_adaptor->NewTitle();
    Q_EMIT m_adaptor->NewToolTip();
    Q_EMIT summaryChanged();
}

QString TrayIcon::status() const
{
    if (m_fallbackCount > 0)
        return QStringLiteral("NeedsAttention");
    return m_connectionCount > 0 ? QStringLiteral("Active") : QStringLiteral("Passive");
}

void TrayIcon::setConnectionCount(int count)
{
    if (m_connectionCount == count)
        return;
    const QString before = status();
    m_connectionCount = count;
    if (status() != before)
        Q_EMIT m_adaptor->NewStatus(status());
    Q_EMIT statusChanged();
}

void TrayIcon::setFallbackCount(int count)
{
    if (m_fallbackCount == count)
        return;
    const QString before = status();
    m_fallbackCount = count;
    if (status() != before)
        Q_EMIT m_adaptor->NewStatus(status());
    Q_EMIT statusChanged();
}

void TrayIcon::setIconName(const QString &name)
{
    if (m_iconName == name)
        return;
    m_iconName = name;
    Q_EMIT m_adaptor->NewIcon();
    Q_EMIT iconNameChanged();
}

} // namespace mptcp::activity
