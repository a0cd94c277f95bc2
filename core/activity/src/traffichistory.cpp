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

TrafficDelta TrafficSampler::sample(const sockdiag::Snapshot &snapshot, qint64 monotonicMs)
{
    TrafficDelta delta;
    delta.monotonicMs = monotonicMs;
    delta.baselineOnly = m_lastMs == 0 || monotonicMs <= m_lastMs || monotonicMs - m_lastMs > MaxGapMs;
    delta.seconds = (monotonicMs - m_lastMs) / 1000.0;
    m_lastMs = monotonicMs;

    std::unordered_map<quint64, Counters> current;
    current.reserve(m_baseline.size() + 16);
    // Summed by interface name as the kernel spelled it: QStrings only per interface.
    std::unordered_map<std::string, std::pair<quint64, quint64>> moved;
    const auto take = [&](const sockdiag::Subflow &s) {
        const quint64 sent = s.tcp.bytesSent;
        const quint64 received = s.tcp.bytesReceived;
        current.emplace(s.cookie, Counters{sent, received});
        if (delta.baselineOnly)
            return;
        const auto before = m_baseline.find(s.cookie);
        const quint64 sentBefore = before == m_baseline.end() ? 0 : before->second.sent;
        const quint64 receivedBefore = before == m_baseline.end() ? 0 : before->second.received;
        auto &sum = moved[s.interfaceName];
        sum.first += sent >= sentBefore ? sent - sentBefore : sent;
        sum.second += received >= receivedBefore ? received - receivedBefore : received;
    };
    for (const auto &c : snapshot.connections) {
        for (const auto &s : c.subflows)
            take(s);
    }
    for (const auto &s : snapshot.unmatchedSubflows)
        take(s);
    m_baseline = std::move(current);
    for (const auto &[ifname, bytes] : moved)
        delta.moved.insert(QString::fromStdString(ifname), bytes);
    return delta;
}

void TrafficSampler::reset()
{
    m_lastMs = 0;
    m_baseline.clear();
}

void TrafficHistory::addSample(const sockdiag::Snapshot &snapshot, qint64 monotonicMs)
{
    addDelta(m_sampler.sample(snapshot, monotonicMs));
}

void TrafficHistory::addDelta(const TrafficDelta &delta)
{
    if (delta.baselineOnly)
        return;
    const qint64 monotonicMs = delta.monotonicMs;
    const double seconds = delta.seconds;
    QHash<QString, std::pair<quint64, quint64>> moved = delta.moved;

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

QList<QPointF> TrafficHistory::polyline(const QString &ifname, double width, double height, double spanSeconds, double maxRate) const
{
    QList<QPointF> out;
    if (spanSeconds <= 0 || maxRate <= 0)
        return out;
    const std::vector<Point> points = series(ifname);
    out.reserve(static_cast<qsizetype>(points.size()));
    for (const Point &p : points) {
        const double age = (m_latestMs - p.timeMs) / 1000.0;
        if (age > spanSeconds)
            continue;
        const double rate = std::min(p.sentPerSecond + p.receivedPerSecond, maxRate);
        out.append(QPointF(width * (1.0 - age / spanSeconds), height * (1.0 - rate / maxRate)));
    }
    return out;
}

double TrafficHistory::latestRate(const QString &ifname) const
{
    for (const auto &s : m_series) {
        if (s.ifname != ifname || s.ring.empty())
            continue;
        const Point &last = s.ring[(s.head + s.ring.size() - 1) % s.ring.size()];
        return last.sentPerSecond + last.receivedPerSecond;
    }
    return 0;
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
    m_sampler.reset();
    if (m_series.empty())
        return;
    beginResetModel();
    m_series.clear();
    endResetModel();
    Q_EMIT countChanged();
    Q_EMIT updated();
}

} // namespace mptcp::activity
