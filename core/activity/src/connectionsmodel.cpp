#include "mptcp/activity/connectionsmodel.h"

#include "mptcp/activity/traffichistory.h"

#include "connectionreader.h"
#include "format.h"
#include "logging.h"

#include <QThread>
#include <QTimer>

#include <algorithm>
#include <string>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

namespace mptcp::activity {

namespace {
// PM events come in bursts (a connection and its subflows); one read covers them.
constexpr int PathManagerDebounceMs = 100;

QString cookieText(quint64 cookie)
{
    return QString::number(cookie);
}

// Fallbacks and the interfaces carrying established subflows (most used first).
std::pair<int, QStringList> deriveFromRows(const std::vector<std::shared_ptr<const sockdiag::MptcpConnection>> &rows, const QVariantMap &types)
{
    int fallbacks = 0;
    // Counted by the kernel's name first: one label lookup per interface, not per
    // subflow; names keep their order of first use, which breaks ties below.
    std::unordered_map<std::string, std::size_t> slotOfName;
    std::vector<std::pair<std::string, int>> names;
    for (const auto &c : rows) {
        if (!c)
            continue;
        if (c->fallback)
            ++fallbacks;
        for (const auto &s : c->subflows) {
            if (s.state != sockdiag::TcpState::Established)
                continue;
            const auto [it, fresh] = slotOfName.try_emplace(s.interfaceName, names.size());
            if (fresh)
                names.emplace_back(s.interfaceName, 0);
            ++names[it->second].second;
        }
    }
    QHash<QString, int> uses;
    QStringList order;
    for (const auto &[name, count] : names) {
        const QString label = interfaceLabel(QString::fromStdString(name), types);
        if (label.isEmpty())
            continue;
        if (!uses.contains(label))
            order.append(label);
        uses[label] += count;
    }
    std::stable_sort(order.begin(), order.end(), [&](const QString &a, const QString &b) { return uses[a] > uses[b]; });
    return {fallbacks, order};
}
} // namespace

PreparedRows prepareRows(const sockdiag::Snapshot &snapshot, const PreparedRows &previous, const QVariantMap &interfaceTypes)
{
    PreparedRows out;
    out.rows.reserve(snapshot.connections.size());
    out.indexOfCookie.reserve(static_cast<qsizetype>(snapshot.connections.size()));
    for (const auto &c : snapshot.connections) {
        if (c.state == sockdiag::TcpState::Listen)
            continue;
        const int before = previous.indexOfCookie.value(c.cookie, -1);
        const std::shared_ptr<const sockdiag::MptcpConnection> *old = before >= 0 ? &previous.rows[static_cast<std::size_t>(before)] : nullptr;
        out.indexOfCookie.insert(c.cookie, static_cast<int>(out.rows.size()));
        if (old && *old && **old == c)
            out.rows.push_back(*old);
        else
            out.rows.push_back(std::make_shared<const sockdiag::MptcpConnection>(c));
    }
    out.interfaceTypes = interfaceTypes;
    std::tie(out.fallbackCount, out.paths) = deriveFromRows(out.rows, interfaceTypes);
    return out;
}

ConnectionsModel::ConnectionsModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_history(new TrafficHistory(this))
    , m_sampling(new QTimer(this))
    , m_debounce(new QTimer(this))
{
    m_sampling->setInterval(m_intervalMs);
    connect(m_sampling, &QTimer::timeout, this, &ConnectionsModel::refresh);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(PathManagerDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &ConnectionsModel::refresh);
    updateDerived();
}

ConnectionsModel::~ConnectionsModel()
{
    if (m_thread) {
        m_thread->quit();
        m_thread->wait();
    }
}

int ConnectionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : connectionCount();
}

const sockdiag::MptcpConnection &ConnectionsModel::rowAt(int row) const
{
    const auto r = static_cast<std::size_t>(row);
    return *m_rows[r < m_gapStart ? r : r + (m_gapEnd - m_gapStart)];
}

QVariant ConnectionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &c = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case RemoteRole:
        return endpointText(c.remoteAddress, c.remotePort);
    case CookieRole:
        return cookieText(c.cookie);
    case StateRole:
        return QString::fromUtf8(sockdiag::stateName(c.state));
    case LocalAddressRole:
        return addressText(c.localAddress);
    case LocalPortRole:
        return c.localPort;
    case LocalRole:
        return endpointText(c.localAddress, c.localPort);
    case RemoteAddressRole:
        return addressText(c.remoteAddress);
    case RemotePortRole:
        return c.remotePort;
    case TokenRole:
        return c.token ? QString::number(c.token, 16) : QString();
    case PidRole:
        return c.owner ? c.owner->pid : 0;
    case CommandRole:
        return c.owner ? QString::fromStdString(c.owner->command) : QString();
    case ProcessRole:
        return c.owner ? QStringLiteral("%1 (%2)").arg(QString::fromStdString(c.owner->command)).arg(c.owner->pid) : QString();
    case SubflowCountRole:
        return static_cast<int>(c.subflows.size());
    case ActiveSubflowCountRole:
        return static_cast<int>(std::count_if(c.subflows.begin(), c.subflows.end(), [](const auto &s) { return s.active(); }));
    case FallbackRole:
        return c.fallback;
    case BytesSentRole:
        return connectionBytesSent(c);
    case BytesReceivedRole:
        return connectionBytesReceived(c);
    case BytesAckedRole:
        return connectionBytesAcked(c);
    case InterfacesRole:
        return connectionInterfaces(c);
    case InterfacesTextRole:
        return connectionInterfaces(c).join(QLatin1String(" + "));
    case SubflowsRole: {
        QVariantList list;
        list.reserve(static_cast<qsizetype>(c.subflows.size()));
        for (const auto &s : c.subflows)
            list.append(SubflowsModel::toMap(s));
        return list;
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> ConnectionsModel::roleNames() const
{
    return {
        {CookieRole, "cookie"},
        {StateRole, "state"},
        {LocalAddressRole, "localAddress"},
        {LocalPortRole, "localPort"},
        {LocalRole, "local"},
        {RemoteAddressRole, "remoteAddress"},
        {RemotePortRole, "remotePort"},
        {RemoteRole, "remote"},
        {TokenRole, "token"},
        {PidRole, "pid"},
        {CommandRole, "command"},
        {ProcessRole, "process"},
        {SubflowCountRole, "subflowCount"},
        {ActiveSubflowCountRole, "activeSubflowCount"},
        {FallbackRole, "fallback"},
        {BytesSentRole, "bytesSent"},
        {BytesReceivedRole, "bytesReceived"},
        {BytesAckedRole, "bytesAcked"},
        {InterfacesRole, "interfaces"},
        {InterfacesTextRole, "interfacesText"},
        {SubflowsRole, "subflows"},
    };
}

void ConnectionsModel::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    if (active) {
        m_sampling->start();
        refresh();
    } else {
        m_sampling->stop();
    }
    Q_EMIT activeChanged();
}

void ConnectionsModel::setIntervalMs(int ms)
{
    ms = std::max(ms, 100);
    if (m_intervalMs == ms)
        return;
    m_intervalMs = ms;
    m_sampling->setInterval(ms);
    Q_EMIT intervalMsChanged();
}

void ConnectionsModel::setNetworkNamespace(const QString &path)
{
    if (m_networkNamespace == path)
        return;
    m_networkNamespace = path;
    Q_EMIT networkNamespaceChanged();
    // Rows of another namespace must not be diffed against the new one.
    applySnapshot({});
    m_history->clear();
    refresh();
}

void ConnectionsModel::setResolveProcesses(bool on)
{
    if (m_resolveProcesses == on)
        return;
    m_resolveProcesses = on;
    Q_EMIT resolveProcessesChanged();
}

void ConnectionsModel::setInterfaceTypes(const QVariantMap &types)
{
    if (m_interfaceTypes == types)
        return;
    m_interfaceTypes = types;
    m_history->setInterfaceTypes(types);
    Q_EMIT interfaceTypesChanged();
    updateDerived();
}

void ConnectionsModel::refresh()
{
    if (m_busy) {
        m_readAgain = true;
        return;
    }
    startRead();
}

int ConnectionsModel::rowOfCookie(const QString &cookie) const
{
    bool ok = false;
    const quint64 value = cookie.toULongLong(&ok);
    return ok ? m_rowOfCookie.value(value, -1) : -1;
}

const sockdiag::MptcpConnection *ConnectionsModel::connectionByCookie(quint64 cookie) const
{
    const auto it = m_rowOfCookie.constFind(cookie);
    return it == m_rowOfCookie.cend() ? nullptr : m_rows[static_cast<std::size_t>(*it)].get();
}

void ConnectionsModel::onPathManagerEvent(const QString &type, const QVariantMap &details)
{
    Q_UNUSED(details)
    qCDebug(lcActivity) << "path-manager event" << type;
    if (!m_debounce->isActive())
        m_debounce->start();
}

void ConnectionsModel::startRead()
{
    if (!m_thread) {
        m_thread = new QThread(this);
        m_thread->setObjectName(QStringLiteral("mptcp-connections"));
        m_reader = new ConnectionReader;
        m_reader->moveToThread(m_thread);
        connect(m_thread, &QThread::finished, m_reader.data(), &QObject::deleteLater);
        connect(m_reader.data(), &ConnectionReader::finished, this, &ConnectionsModel::onReading, Qt::QueuedConnection);
        m_thread->start();
    }
    setBusy(true);
    QMetaObject::invokeMethod(m_reader.data(), [reader = m_reader.data(), ns = m_networkNamespace, procs = m_resolveProcesses, types = m_interfaceTypes] {
        reader->read(ns, procs, types);
    }, Qt::QueuedConnection);
}

void ConnectionsModel::onReading(const std::shared_ptr<ConnectionsReading> &reading)
{
    setBusy(false);
    // A read of the namespace shown before a switch: its rows do not belong here.
    if (reading->networkNamespace != m_networkNamespace) {
        m_readAgain = false;
        startRead();
        return;
    }
    applyReading(std::move(*reading));
    if (m_readAgain) {
        m_readAgain = false;
        startRead();
    }
}

void ConnectionsModel::applyReading(ConnectionsReading &&reading)
{
    if (m_errorString != reading.error) {
        m_errorString = reading.error;
        Q_EMIT errorStringChanged();
    }
    if (!reading.error.isEmpty()) {
        qCWarning(lcActivity) << "reading connections failed:" << reading.error;
        return;
    }
    applyPrepared(std::move(reading.prepared));
    m_history->addDelta(reading.traffic);
    Q_EMIT snapshotApplied();
    if (!reading.events.empty())
        Q_EMIT connectionEvents(reading.events);
}

void ConnectionsModel::applySnapshot(const sockdiag::Snapshot &snapshot, qint64 monotonicMs)
{
    PreparedRows current;
    current.indexOfCookie = m_rowOfCookie;
    current.rows = m_rows;
    applyPrepared(prepareRows(snapshot, current, m_interfaceTypes));
    if (monotonicMs > 0)
        m_history->addSample(snapshot, monotonicMs);
    Q_EMIT snapshotApplied();
}

void ConnectionsModel::applyPrepared(PreparedRows &&prepared)
{
    removeVanished(prepared.indexOfCookie);

    // Changed rows (another pointer than the one shown), announced in contiguous ranges.
    m_rowOfCookie.clear();
    m_rowOfCookie.reserve(static_cast<qsizetype>(prepared.rows.size()));
    int changedFrom = -1;
    const auto flushChanged = [&](int end) {
        if (changedFrom >= 0)
            Q_EMIT dataChanged(index(changedFrom), index(end - 1));
        changedFrom = -1;
    };
    for (int row = 0; row < static_cast<int>(m_rows.size()); ++row) {
        auto &current = m_rows[static_cast<std::size_t>(row)];
        m_rowOfCookie.insert(current->cookie, row);
        // Moved out: a null slot below tells the append loop the row is shown already.
        auto fresh = std::move(prepared.rows[static_cast<std::size_t>(prepared.indexOfCookie.value(current->cookie))]);
        if (fresh == current) {
            flushChanged(row);
            continue;
        }
        current = std::move(fresh);
        if (changedFrom < 0)
            changedFrom = row;
    }
    flushChanged(static_cast<int>(m_rows.size()));

    // New rows, appended at once in the kernel's order.
    const int first = static_cast<int>(m_rows.size());
    std::size_t added = 0;
    for (const auto &c : prepared.rows)
        added += c ? 1 : 0;
    if (added > 0) {
        beginInsertRows({}, first, first + static_cast<int>(added) - 1);
        for (auto &c : prepared.rows) {
            if (!c)
                continue;
            m_rowOfCookie.insert(c->cookie, static_cast<int>(m_rows.size()));
            m_rows.push_back(std::move(c));
        }
        endInsertRows();
    }

    if (prepared.interfaceTypes == m_interfaceTypes)
        publishDerived(prepared.fallbackCount, prepared.paths);
    else
        updateDerived();
}

void ConnectionsModel::removeVanished(const QHash<quint64, int> &incoming)
{
    // Front to back: rows before the gap are compacted, rows after it not yet
    // visited; rowAt() reads across the gap, so views see a consistent model
    // between every beginRemoveRows/endRemoveRows pair.
    const std::size_t size = m_rows.size();
    m_gapStart = m_gapEnd = 0;
    while (m_gapEnd < size) {
        if (incoming.contains(m_rows[m_gapEnd]->cookie)) {
            if (m_gapStart != m_gapEnd)
                m_rows[m_gapStart] = std::move(m_rows[m_gapEnd]);
            ++m_gapStart;
            ++m_gapEnd;
            continue;
        }
        std::size_t end = m_gapEnd + 1;
        while (end < size && !incoming.contains(m_rows[end]->cookie))
            ++end;
        const int first = static_cast<int>(m_gapStart);
        beginRemoveRows({}, first, first + static_cast<int>(end - m_gapEnd) - 1);
        for (std::size_t i = m_gapEnd; i < end; ++i)
            m_rows[i].reset();
        m_gapEnd = end;
        endRemoveRows();
    }
    m_rows.resize(m_gapStart);
    m_gapStart = m_gapEnd = 0;
}

void ConnectionsModel::updateDerived()
{
    const auto [fallbacks, paths] = deriveFromRows(m_rows, m_interfaceTypes);
    publishDerived(fallbacks, paths);
}

void ConnectionsModel::publishDerived(int fallbackCount, const QStringList &order)
{
    const int oldFallbacks = m_fallbackCount;
    m_fallbackCount = fallbackCount;

    const int count = connectionCount();
    QString summary;
    if (count == 0)
        summary = tr("MPTCP: no connections");
    else if (order.isEmpty())
        summary = tr("MPTCP: %n connection(s)", nullptr, count);
    else
        summary = tr("MPTCP: %n connection(s) over %1", nullptr, count).arg(order.join(QLatin1String(" + ")));
    if (m_fallbackCount > 0)
        summary += QLatin1Char(' ') + tr("(%n fell back to TCP)", nullptr, m_fallbackCount);

    if (count != m_reportedCount || m_fallbackCount != oldFallbacks) {
        m_reportedCount = count;
        Q_EMIT countsChanged();
    }
    if (summary != m_summary || order != m_paths) {
        m_summary = summary;
        m_paths = order;
        Q_EMIT summaryChanged();
    }
}

void ConnectionsModel::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

// --- SubflowsModel -------------------------------------------------------------

SubflowsModel::SubflowsModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

namespace {
QVariant subflowValue(const sockdiag::Subflow &s, int role)
{
    switch (role) {
    case SubflowsModel::CookieRole:
        return cookieText(s.cookie);
    case SubflowsModel::StateRole:
        return QString::fromUtf8(sockdiag::stateName(s.state));
    case Qt::DisplayRole:
    case SubflowsModel::LocalRole:
        return endpointText(s.localAddress, s.localPort);
    case SubflowsModel::RemoteRole:
        return endpointText(s.remoteAddress, s.remotePort);
    case SubflowsModel::InterfaceRole:
        return QString::fromStdString(s.interfaceName);
    case SubflowsModel::LocalIdRole:
        return s.localId;
    case SubflowsModel::RemoteIdRole:
        return s.remoteId;
    case SubflowsModel::BackupRole:
        return s.backup();
    case SubflowsModel::ActiveRole:
        return s.active();
    case SubflowsModel::FullyEstablishedRole:
        return s.fullyEstablished();
    case SubflowsModel::RttMsRole:
        return s.tcp.rttUs / 1000.0;
    case SubflowsModel::CwndRole:
        return s.tcp.cwnd;
    case SubflowsModel::BytesSentRole:
        return static_cast<quint64>(s.tcp.bytesSent);
    case SubflowsModel::BytesReceivedRole:
        return static_cast<quint64>(s.tcp.bytesReceived);
    case SubflowsModel::BytesAckedRole:
        return static_cast<quint64>(s.tcp.bytesAcked);
    case SubflowsModel::RetransmitsRole:
        return s.tcp.totalRetrans;
    default:
        return {};
    }
}

QHash<int, QByteArray> subflowRoleNames()
{
    return {
        {SubflowsModel::CookieRole, "cookie"},
        {SubflowsModel::StateRole, "state"},
        {SubflowsModel::LocalRole, "local"},
        {SubflowsModel::RemoteRole, "remote"},
        {SubflowsModel::InterfaceRole, "interface"},
        {SubflowsModel::LocalIdRole, "localId"},
        {SubflowsModel::RemoteIdRole, "remoteId"},
        {SubflowsModel::BackupRole, "backup"},
        {SubflowsModel::ActiveRole, "active"},
        {SubflowsModel::FullyEstablishedRole, "fullyEstablished"},
        {SubflowsModel::RttMsRole, "rttMs"},
        {SubflowsModel::CwndRole, "cwnd"},
        {SubflowsModel::BytesSentRole, "bytesSent"},
        {SubflowsModel::BytesReceivedRole, "bytesReceived"},
        {SubflowsModel::BytesAckedRole, "bytesAcked"},
        {SubflowsModel::RetransmitsRole, "retransmits"},
    };
}
} // namespace

QVariantMap SubflowsModel::toMap(const sockdiag::Subflow &s)
{
    static const QHash<int, QByteArray> names = subflowRoleNames();
    QVariantMap map;
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        map.insert(QString::fromLatin1(it.value()), subflowValue(s, it.key()));
    return map;
}

int SubflowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant SubflowsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return subflowValue(m_rows[static_cast<std::size_t>(index.row())], role);
}

QHash<int, QByteArray> SubflowsModel::roleNames() const
{
    return subflowRoleNames();
}

void SubflowsModel::setConnections(ConnectionsModel *model)
{
    if (m_connections == model)
        return;
    if (m_connections)
        disconnect(m_connections, nullptr, this, nullptr);
    m_connections = model;
    if (model)
        connect(model, &ConnectionsModel::snapshotApplied, this, &SubflowsModel::reload);
    Q_EMIT connectionsChanged();
    reload();
}

void SubflowsModel::setCookie(const QString &cookie)
{
    if (m_cookie == cookie)
        return;
    m_cookie = cookie;
    Q_EMIT cookieChanged();
    reload();
}

void SubflowsModel::reload()
{
    const sockdiag::MptcpConnection *connection = nullptr;
    bool ok = false;
    const quint64 cookie = m_cookie.toULongLong(&ok);
    if (m_connections && ok)
        connection = m_connections->connectionByCookie(cookie);
    const std::vector<sockdiag::Subflow> fresh = connection ? connection->subflows : std::vector<sockdiag::Subflow>{};
    const int oldCount = count();

    // Same subflows in the same order (the usual refresh): update in place.
    const bool sameSet = fresh.size() == m_rows.size()
        && std::equal(fresh.begin(), fresh.end(), m_rows.begin(), [](const auto &a, const auto &b) { return a.cookie == b.cookie; });
    if (sameSet) {
        for (std::size_t i = 0; i < fresh.size(); ++i) {
            if (!(fresh[i] == m_rows[i])) {
                m_rows[i] = fresh[i];
                Q_EMIT dataChanged(index(static_cast<int>(i)), index(static_cast<int>(i)));
            }
        }
        return;
    }
    beginResetModel();
    m_rows = fresh;
    endResetModel();
    if (count() != oldCount)
        Q_EMIT countChanged();
}

} // namespace mptcp::activity
