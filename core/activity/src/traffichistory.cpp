#include "mptcp/activity/traffichistory.h"

#include "format.h"

#include <algorithm>

namespace mptcp::activity {

void TrafficHistory::Series::push(const Point &p, std::size_t capacity)
{
    if (ring.size() < capacity) {
        ring.push_back(p);
        return;
    }
    if (capacity == 0)
        return;
    ring[head] = p;
    head = (head + 1) % capacity;
}

std::vector<TrafficHistory::Point> TrafficHistory::Series::ordered() const
{
    std::vector<Point> out;
    out.reserve(ring.size());
    for (std::size_t i = 0; i < ring.size(); ++i)
        out.push_back(ring[(head + i) % ring.size()]);
    return out;
}

TrafficHistory::TrafficHistory(QObject *parent)
    : QAbstractListModel(parent)
{
}

int TrafficHistory::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant TrafficHistory::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Series &s = m_series[static_cast<std::size_t>(index.row())];
    const auto points = s.ordered();
    const Point last = points.empty() ? Point{} : points.back();
    switch (role) {
    case InterfaceRole:
        return s.ifname;
    case Qt::DisplayRole:
    case LabelRole:
        return label(s.ifname);
    case SentRateRole:
        return last.sentPerSecond;
    case ReceivedRateRole:
        return last.receivedPerSecond;
    case RateRole:
        return last.sentPerSecond + last.receivedPerSecond;
    case PeakRateRole: {
        double peak = 0;
        for (const auto &p : points)
            peak = std::max(peak, p.sentPerSecond + p.receivedPerSecond);
        return peak;
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> TrafficHistory::roleNames() const
{
    return {
        {InterfaceRole, "interfaceName"},
        {LabelRole, "label"},
        {SentRateRole, "sentRate"},
        {ReceivedRateRole, "receivedRate"},
        {RateRole, "rate"},
        {PeakRateRole, "peakRate"},
    };
}

void TrafficHistory::setWindowSeconds(int seconds)
{
    seconds = std::max(seconds, 1);
    if (seconds == m_windowSeconds)
        return;
    m_windowSeconds = seconds;
    Q_EMIT windowSecondsChanged();
}

void TrafficHistory::setMaxPoints(int points)
{
    points = std::max(points, 2);
    if (points == m_maxPoints)
        return;
    m_maxPoints = points;
    for (auto &s : m_series) {
        auto kept = s.ordered();
        if (kept.size() > static_cast<std::size_t>(points))
            kept.erase(kept.begin(), kept.end() - points);
        s.ring = std::move(kept);
        s.head = 0;
    }
    Q_EMIT maxPointsChanged();
}

double TrafficHistory::peakRate() const
{
    double peak = 0;
    for (const auto &s : m_series) {
        for (const auto &p : s.ring)
            peak = std::max(peak, p.sentPerSecond + p.receivedPerSecond);
    }
    return peak;
}

void TrafficHistory::setInterfaceTypes(const QVariantMap &types)
{
    m_interfaceTypes = types;
    if (!m_series.empty())
        Q_EMIT dataChanged(index(0), index(count() - 1), {LabelRole, Qt::DisplayRole});
}

QString TrafficHistory::label(const QString &ifname) const
{
    if (ifname.isEmpty())
        return tr("Unknown interface");
    const QString type = interfaceLabel(ifname, m_interfaceTypes);
    return type == ifname ? ifname : QStringLiteral("%1 (%2)").arg(type, ifname);
}

void TrafficHistory::addSample(const sockdiag::Snapshot &snapshot, qint64 monotonicMs)
{
    QHash<quint64, Bytes> current;
    const auto take = [&current](const sockdiag::Subflow &s) {
        current.insert(s.cookie, Bytes{QString::fromStdString(s.interfaceName), s.tcp.bytesSent, s.tcp.bytesReceived});
    };
    for (const auto &c : snapshot.connections) {
        for (const auto &s : c.subflows)
            take(s);
    }
    for (const auto &s : snapshot.unmatchedSubflows)
        take(s);

    const bool baselineOnly = m_lastMs == 0 || monotonicMs <= m_lastMs || monotonicMs - m_lastMs > MaxGapMs;
    const double seconds = (monotonicMs - m_lastMs) / 1000.0;
    m_lastMs = monotonicMs;
    const QHash<quint64, Bytes> previous = std::exchange(m_baseline, current);
    if (baselineOnly)
        return;

    // Bytes moved per interface since the previous sample.
    QHash<QString, std::pair<quint64, quint64>> moved;
    for (auto it = current.cbegin(); it != current.cend(); ++it) {
        const Bytes &now = it.value();
        const auto before = previous.constFind(it.key());
        // A subflow that opened since the previous sample moved all its bytes in it.
        const quint64 sentBefore = before == previous.cend() ? 0 : before->sent;
        const quint64 receivedBefore = before == previous.cend() ? 0 : before->received;
        auto &sum = moved[now.ifname];
        sum.first += now.sent >= sentBefore ? now.sent - sentBefore : now.sent;
        sum.second += now.received >= receivedBefore ? now.received - receivedBefore : now.received;
    }

    const std::size_t capacity = static_cast<std::size_t>(m_maxPoints);
    for (auto &s : m_series) {
        const auto it = moved.constFind(s.ifname);
        const Point p{monotonicMs, it == moved.cend() ? 0 : it->first / seconds, it == moved.cend() ? 0 : it->second / seconds};
        s.push(p, capacity);
        moved.remove(s.ifname);
    }
    // An interface enters the chart with its first traffic.
    QStringList fresh;
    for (auto it = moved.cbegin(); it != moved.cend(); ++it) {
        if (it->first > 0 || it->second > 0)
            fresh.append(it.key());
    }
    fresh.sort();
    if (!fresh.isEmpty()) {
        const int first = count();
        beginInsertRows({}, first, first + static_cast<int>(fresh.size()) - 1);
        for (const QString &ifname : fresh) {
            Series s;
            s.ifname = ifname;
            s.push(Point{monotonicMs, moved[ifname].first / seconds, moved[ifname].second / seconds}, capacity);
            m_series.push_back(std::move(s));
        }
        endInsertRows();
        Q_EMIT countChanged();
    }
    m_latestMs = monotonicMs;
    trim(monotonicMs);
    if (!m_series.empty())
        Q_EMIT dataChanged(index(0), index(count() - 1), {SentRateRole, ReceivedRateRole, RateRole, PeakRateRole});
    Q_EMIT updated();
}

void TrafficHistory::trim(qint64 nowMs)
{
    const qint64 oldest = nowMs - static_cast<qint64>(m_windowSeconds) * 1000;
    for (int row = count() - 1; row >= 0; --row) {
        Series &s = m_series[static_cast<std::size_t>(row)];
        auto kept = s.ordered();
        kept.erase(kept.begin(), std::find_if(kept.begin(), kept.end(), [oldest](const Point &p) { return p.timeMs >= oldest; }));
        const bool hasTraffic = std::any_of(kept.begin(), kept.end(), [](const Point &p) { return p.sentPerSecond > 0 || p.receivedPerSecond > 0; });
        s.ring = std::move(kept);
        s.head = 0;
        // An interface idle for the whole window leaves the chart.
        if (!hasTraffic) {
            beginRemoveRows({}, row, row);
            m_series.erase(m_series.begin() + row);
            endRemoveRows();
            Q_EMIT countChanged();
        }
    }
}

std::vector<TrafficHistory::Point> TrafficHistory::series(const QString &ifname) const
{
    for (const auto &s : m_series) {
        if (s.ifname == ifname)
            return s.ordered();
    }
    return {};
}

QVariantList TrafficHistory::points(const QString &ifname) const
{
    QVariantList out;
    for (const Point &p : series(ifname)) {
        out.append(QVariantMap{
            {QStringLiteral("time"), p.timeMs},
            {QStringLiteral("age"), (p.timeMs - m_latestMs) / 1000.0},
            {QStringLiteral("sent"), p.sentPerSecond},
            {QStringLiteral("received"), p.receivedPerSecond},
            {QStringLiteral("total"), p.sentPerSecond + p.receivedPerSecond},
        });
    }
    return out;
}

QStringList TrafficHistory::interfaces() const
{
    QStringList names;
    for (const auto &s : m_series)
        names.append(s.ifname);
    return names;
}

void TrafficHistory::clear()
{
    m_lastMs = 0;
    m_baseline.clear();
    if (m_series.empty())
        return;
    beginResetModel();
    m_series.clear();
    endResetModel();
    Q_EMIT countChanged();
    Q_EMIT updated();
}

} // namespace mptcp::activity
