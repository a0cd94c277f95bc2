#include "mptcp/activity/notifier.h"

#include "format.h"
#include "logging.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QSettings>
#include <QTimer>

#include <algorithm>
#include <climits>

#include <net/if.h>

namespace mptcp::activity {

namespace {
// The freedesktop Desktop Notifications specification, version 1.2.
const QString NotificationsService = QStringLiteral("org.freedesktop.Notifications");
const QString NotificationsPath = QStringLiteral("/org/freedesktop/Notifications");
const QString NotificationsInterface = QStringLiteral("org.freedesktop.Notifications");
const QString IconName = QStringLiteral("org.mptcp.Settings"); // data/org.mptcp.Settings.desktop
const QString DesktopEntry = QStringLiteral("org.mptcp.Settings");
// How long a closed subflow is remembered to drop its second report.
constexpr qint64 SubflowMemoryMs = 30000;

QSettings settings()
{
    return QSettings(QStringLiteral("mptcp-settings"), QStringLiteral("mptcp-settings"));
}

int slot(Notifier::Kind kind)
{
    return static_cast<int>(kind);
}

Notifier::Urgency urgency(Notifier::Kind kind)
{
    switch (kind) {
    case Notifier::Kind::SubflowClosed:
        return Notifier::Low; // the connection goes on over its other paths
    case Notifier::Kind::Failover:
    case Notifier::Kind::Fallback:
    case Notifier::Kind::EndpointRemoved:
    case Notifier::Kind::MptcpDisabled:
        return Notifier::Normal;
    }
    return Notifier::Normal;
}

QString subflowKey(std::uint32_t token, const QString &address, uint port)
{
    return QStringLiteral("%1/%2/%3").arg(token).arg(address).arg(port);
}

// The interface a subflow uses, else its local address.
QString subflowPlace(const sockdiag::Subflow &subflow)
{
    if (!subflow.interfaceName.empty())
        return QString::fromStdString(subflow.interfaceName);
    return addressText(subflow.localAddress);
}
} // namespace

QString Notifier::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::SubflowClosed:
        return QStringLiteral("subflowClosed");
    case Kind::Failover:
        return QStringLiteral("failover");
    case Kind::Fallback:
        return QStringLiteral("fallback");
    case Kind::EndpointRemoved:
        return QStringLiteral("endpointRemoved");
    case Kind::MptcpDisabled:
        return QStringLiteral("mptcpDisabled");
    }
    return {};
}

Notifier::Notifier(const QDBusConnection &bus, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
{
    qRegisterMetaType<EndpointSummary>();
    const QSettings s = settings();
    m_enabled = s.value(QStringLiteral("notifications/enabled"), true).toBool();
    for (int i = 0; i < KindCount; ++i) {
        const auto kind = static_cast<Kind>(i);
        m_kindEnabled[i] = s.value(QStringLiteral("notifications/") + kindKey(kind), true).toBool();
        m_timers[i] = new QTimer(this);
        m_timers[i]->setSingleShot(true);
        connect(m_timers[i], &QTimer::timeout, this, [this, kind] { flush(kind); });
    }
}

Notifier::~Notifier() = default;

void Notifier::save()
{
    QSettings s = settings();
    s.setValue(QStringLiteral("notifications/enabled"), m_enabled);
    for (int i = 0; i < KindCount; ++i)
        s.setValue(QStringLiteral("notifications/") + kindKey(static_cast<Kind>(i)), m_kindEnabled[i]);
}

void Notifier::setEnabled(bool on)
{
    if (m_enabled == on)
        return;
    m_enabled = on;
    save();
    Q_EMIT settingsChanged();
}

void Notifier::setKindEnabled(Kind kind, bool on)
{
    if (m_kindEnabled[slot(kind)] == on)
        return;
    m_kindEnabled[slot(kind)] = on;
    if (!on) {
        m_timers[slot(kind)]->stop();
        m_pending[slot(kind)] = {};
    }
    save();
    Q_EMIT settingsChanged();
}

void Notifier::setMinIntervalMs(int ms)
{
    ms = std::max(ms, 0);
    if (m_minIntervalMs == ms)
        return;
    m_minIntervalMs = ms;
    Q_EMIT minIntervalMsChanged();
}

bool Notifier::seenSubflow(const QString &key)
{
    const qint64 now = monotonicNowMs();
    for (auto it = m_recentSubflows.begin(); it != m_recentSubflows.end();) {
        if (now - it.value() > SubflowMemoryMs)
            it = m_recentSubflows.erase(it);
        else
            ++it;
    }
    if (m_recentSubflows.contains(key))
        return true;
    m_recentSubflows.insert(key, now);
    return false;
}

void Notifier::onConnectionEvents(const std::vector<sockdiag::ConnectionEvent> &events)
{
    using K = sockdiag::ConnectionEvent::Kind;
    for (const auto &e : events) {
        switch (e.kind) {
        case K::SubflowClosed:
            if (e.subflow && !seenSubflow(subflowKey(e.connection.token, addressText(e.subflow->localAddress), e.subflow->localPort)))
                report(Kind::SubflowClosed, 1, subflowPlace(*e.subflow));
            break;
        case K::FailoverToBackup: {
            QStringList backups;
            for (const auto &s : e.connection.subflows) {
                if (s.backup() && s.state == sockdiag::TcpState::Established)
                    backups.append(subflowPlace(s));
            }
            report(Kind::Failover, 1, backups.join(QLatin1String(", ")));
            break;
        }
        case K::FellBack:
            report(Kind::Fallback, 1, endpointText(e.connection.remoteAddress, e.connection.remotePort));
            break;
        case K::Opened:
        case K::Closed:
        case K::SubflowAdded:
        case K::SubflowBackupChanged:
            break;
        }
    }
}

void Notifier::onPathManagerEvent(const QString &type, const QVariantMap &details)
{
    // mptcp_event_type MPTCP_EVENT_SUB_CLOSED as `ip mptcp monitor` names it.
    if (type != QLatin1String("sf_closed"))
        return;
    const QString address = details.value(QStringLiteral("saddr")).toString();
    const uint port = details.value(QStringLiteral("sport")).toUInt();
    if (seenSubflow(subflowKey(details.value(QStringLiteral("token")).toUInt(), address, port)))
        return;
    QString place = address;
    if (details.contains(QStringLiteral("ifindex"))) {
        // The helper reports the host's ifindex; names resolve in this (the same) namespace.
        char name[IF_NAMESIZE] = {};
        if (::if_indextoname(details.value(QStringLiteral("ifindex")).toUInt(), name))
            place = QString::fromLocal8Bit(name);
    }
    report(Kind::SubflowClosed, 1, place);
}

void Notifier::onFallbacksIncreased(qint64 count)
{
    if (count > 0)
        report(Kind::Fallback, static_cast<int>(std::min<qint64>(count, INT_MAX)), {});
}

void Notifier::onEndpointsChanged(const QList<EndpointSummary> &before, const QList<EndpointSummary> &after)
{
    for (const auto &old : before) {
        const bool kept = std::any_of(after.begin(), after.end(), [&](const EndpointSummary &e) {
            return e.id == old.id && e.address == old.address;
        });
        if (kept)
            continue;
        report(Kind::EndpointRemoved, 1, old.interface.isEmpty() ? old.address : QStringLiteral("%1 (%2)").arg(old.address, old.interface));
    }
}

void Notifier::onMptcpEnabled(bool enabled)
{
    const int before = std::exchange(m_mptcpEnabled, enabled ? 1 : 0);
    if (before == 1 && !enabled)
        report(Kind::MptcpDisabled, 1, {});
}

void Notifier::report(Kind kind, int count, const QString &detail)
{
    if (!m_enabled || !kindEnabled(kind))
        return;
    Pending &p = m_pending[slot(kind)];
    p.count += count;
    if (!detail.isEmpty() && !p.details.contains(detail))
        p.details.append(detail);
    if (p.armed)
        return; // coalesced into the notification the timer sends
    const QElapsedTimer &last = m_lastSent[slot(kind)];
    if (!last.isValid() || last.elapsed() >= m_minIntervalMs) {
        flush(kind);
        return;
    }
    p.armed = true;
    m_timers[slot(kind)]->start(static_cast<int>(m_minIntervalMs - last.elapsed()));
}

void Notifier::flush(Kind kind)
{
    Pending p = std::exchange(m_pending[slot(kind)], {});
    if (p.count == 0 || !m_enabled || !kindEnabled(kind))
        return;
    const QString where = p.details.join(QLatin1String(", "));
    QString summary;
    QString body;
    switch (kind) {
    case Kind::SubflowClosed:
        summary = tr("%n subflow(s) closed", nullptr, p.count);
        if (!where.isEmpty())
            body = tr("MPTCP stopped using a path on: %1. Connections continue over the remaining paths.").arg(where);
        break;
    case Kind::Failover:
        summary = tr("%n connection(s) switched to a backup path", nullptr, p.count);
        body = where.isEmpty() ? tr("Only backup subflows carry data now.")
                               : tr("Only backup subflows carry data now, on: %1.").arg(where);
        break;
    case Kind::Fallback:
        summary = tr("%n connection(s) fell back to TCP", nullptr, p.count);
        body = tr("The peer or something on the path did not accept MPTCP: these connections use a single path.");
        if (!where.isEmpty())
            body += QLatin1Char(' ') + tr("Peers: %1.").arg(where);
        break;
    case Kind::EndpointRemoved:
        summary = tr("%n MPTCP endpoint(s) removed", nullptr, p.count);
        body = tr("No new subflows will use: %1.").arg(where);
        break;
    case Kind::MptcpDisabled:
        summary = tr("MPTCP switched off");
        body = tr("net.mptcp.enabled is 0: new connections use plain TCP.");
        break;
    }
    send(kind, summary, body);
}

void Notifier::send(Kind kind, const QString &summary, const QString &body)
{
    m_lastSent[slot(kind)].start();
    QDBusMessage call = QDBusMessage::createMethodCall(NotificationsService, NotificationsPath, NotificationsInterface, QStringLiteral("Notify"));
    const QVariantMap hints{
        {QStringLiteral("urgency"), QVariant::fromValue(static_cast<uchar>(urgency(kind)))},
        {QStringLiteral("desktop-entry"), DesktopEntry},
        {QStringLiteral("category"), QStringLiteral("network")},
    };
    call << tr("MPTCP Settings") << m_lastId[slot(kind)] << IconName << summary << body << QStringList() << hints << -1;
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, kind](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        const QDBusPendingReply<uint> reply = *w;
        QString error;
        if (reply.isError()) {
            error = reply.error().message();
            qCWarning(lcActivity) << "desktop notification failed:" << reply.error().name() << error;
        } else {
            m_lastId[slot(kind)] = reply.value(); // the next one of this kind replaces it
        }
        if (error != m_errorString) {
            m_errorString = error;
            Q_EMIT errorStringChanged();
        }
    });
    Q_EMIT notificationSent(kind, summary, body);
}

} // namespace mptcp::activity
