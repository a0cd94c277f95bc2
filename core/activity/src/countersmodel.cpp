#include "mptcp/activity/countersmodel.h"

#include "logging.h"

#include <QPromise>
#include <QThreadPool>
#include <QTimer>

#include <algorithm>
#include <memory>
#include <unistd.h>

namespace mptcp::activity {

CountersModel::CountersModel(QObject *parent)
    : QAbstractListModel(parent)
    // /proc/net (and /proc/self/net) is the main thread's namespace and thread-self the
    // reading thread's; neither is the creating thread's when a pool thread reads.
    , m_netstatPath(QStringLiteral("/proc/self/task/%1/net/netstat").arg(::gettid()))
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(m_intervalMs);
    connect(m_timer, &QTimer::timeout, this, &CountersModel::refresh);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &CountersModel::readingDone);
}

int CountersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant CountersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    const auto &c = row.change;
    const bool trouble = row.info && row.info->trouble;
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return c.name;
    case ValueRole:
        return c.after;
    case DeltaRole:
        return c.delta;
    case RateRole:
        return c.perSecond;
    case ExplanationRole:
        return diagnostics::counterExplanation(c.name);
    case TroubleRole:
        return trouble;
    case FallbackRole:
        return row.info && row.info->fallback;
    case HighlightRole:
        return trouble && c.after > 0;
    case ChangedRole:
        return c.delta != 0;
    default:
        return {};
    }
}

QHash<int, QByteArray> CountersModel::roleNames() const
{
    return {
        {NameRole, "name"},
        {ValueRole, "value"},
        {DeltaRole, "delta"},
        {RateRole, "rate"},
        {ExplanationRole, "explanation"},
        {TroubleRole, "trouble"},
        {FallbackRole, "fallback"},
        {HighlightRole, "highlight"},
        {ChangedRole, "changed"},
    };
}

void CountersModel::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    if (active) {
        m_timer->start();
        refresh();
    } else {
        m_timer->stop();
    }
    Q_EMIT activeChanged();
}

void CountersModel::setIntervalMs(int ms)
{
    ms = std::max(ms, 100);
    if (m_intervalMs == ms)
        return;
    m_intervalMs = ms;
    m_timer->setInterval(ms);
    Q_EMIT intervalMsChanged();
}

void CountersModel::setNetstatPath(const QString &path)
{
    if (m_netstatPath == path)
        return;
    m_netstatPath = path;
    m_previous.reset(); // counters of another namespace are no baseline
    ++m_generation;
    Q_EMIT netstatPathChanged();
}

void CountersModel::setReader(Reader reader)
{
    m_reader = std::move(reader);
    m_previous.reset();
    ++m_generation;
}

void CountersModel::setHideZero(bool hide)
{
    if (m_hideZero == hide)
        return;
    m_hideZero = hide;
    Q_EMIT hideZeroChanged();
    rebuild();
}

int CountersModel::troubleCount() const
{
    return static_cast<int>(std::count_if(m_rows.begin(), m_rows.end(), [](const Row &r) {
        return r.info && r.info->trouble && r.change.after > 0;
    }));
}

void CountersModel::refresh()
{
    // A slow reading (a busy machine) is not stacked up behind: the next tick reads again.
    if (m_reading)
        return;
    Reader read = m_reader;
    if (!read) {
        read = [path = m_netstatPath] { return diagnostics::readCounters(path); };
    }
    auto promise = std::make_shared<QPromise<Reading>>();
    m_pendingGeneration = m_generation;
    m_watcher.setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start([promise, read = std::move(read)] {
        const nl::Result<diagnostics::CounterSample> sample = read();
        Reading reading;
        if (sample)
            reading.sample = *sample;
        else
            reading.error = QString::fromStdString(sample.error().describe());
        promise->addResult(std::move(reading));
        promise->finish();
    });
    m_reading = true;
    Q_EMIT readingChanged();
}

void CountersModel::readingDone()
{
    m_reading = false;
    Q_EMIT readingChanged();
    const QFuture<Reading> future = m_watcher.future();
    if (future.resultCount() == 0 || m_pendingGeneration != m_generation)
        return;
    const Reading reading = future.result();
    if (reading.error != m_errorString) {
        m_errorString = reading.error;
        Q_EMIT errorStringChanged();
    }
    if (!reading.sample) {
        qCWarning(lcActivity) << "reading counters failed:" << reading.error;
        return;
    }
    applySample(*reading.sample);
}

void CountersModel::applySample(const diagnostics::CounterSample &sample)
{
    if (m_previous) {
        m_delta = diagnostics::compareSamples(*m_previous, sample);
        qint64 fallbacks = 0;
        for (const auto &change : m_delta.fallbacks())
            fallbacks += change.delta;
        if (fallbacks > 0)
            Q_EMIT fallbacksIncreased(fallbacks);
    } else {
        // The first reading is the baseline: values without changes.
        m_delta = {};
        for (const auto &counter : sample.counters)
            m_delta.changes.append({counter.name, counter.value, counter.value, 0, 0});
    }
    m_previous = sample;
    rebuild();
}

bool CountersModel::visible(const diagnostics::CounterChange &change) const
{
    return !m_hideZero || change.after != 0 || change.delta != 0;
}

void CountersModel::rebuild()
{
    QList<Row> fresh;
    for (const auto &change : m_delta.changes) {
        if (visible(change))
            fresh.append({change, diagnostics::counterInfo(change.name)});
    }
    const bool sameRows = fresh.size() == m_rows.size()
        && std::equal(fresh.begin(), fresh.end(), m_rows.begin(), [](const Row &a, const Row &b) { return a.change.name == b.change.name; });
    if (sameRows) {
        m_rows = fresh;
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0), index(static_cast<int>(m_rows.size()) - 1));
    } else {
        beginResetModel();
        m_rows = fresh;
        endResetModel();
    }
    Q_EMIT countersUpdated();
}

} // namespace mptcp::activity
