// Bytes per second per interface over the last minutes, for the Activity chart.
// Each sample sums the byte counters of every subflow on an interface and compares
// them with the previous sample by subflow cookie.
#pragma once

#include "mptcp/sockdiag/connections.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QPointF>
#include <QString>
#include <QVariantList>
#include <QVariantMap>

#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace mptcp::activity {

// Bytes moved per interface between two readings. Computed where the reading happens
// (the connections worker thread), so the GUI thread only appends a point per path.
struct TrafficDelta {
    qint64 monotonicMs = 0;
    double seconds = 0;
    bool baselineOnly = true; // the first reading, or the first after a gap
    QHash<QString, std::pair<quint64, quint64>> moved; // ifname -> sent, received bytes
};

// Turns readings into TrafficDeltas by comparing the byte counters of every subflow
// with the previous reading, by cookie. No Qt object: the worker owns one.
class TrafficSampler {
public:
    // Subflows that closed since the previous reading contribute nothing for that
    // interval (their last bytes are unknown); a counter that went down (socket
    // reused) counts from zero; a new subflow moved all its bytes in the interval.
    TrafficDelta sample(const sockdiag::Snapshot &snapshot, qint64 monotonicMs);
    void reset();
    static constexpr qint64 MaxGapMs = 10000;

private:
    struct Counters {
        quint64 sent = 0;
        quint64 received = 0;
    };
    qint64 m_lastMs = 0;
    std::unordered_map<quint64, Counters> m_baseline; // by subflow cookie
};

class TrafficHistory : public QAbstractListModel {
    Q_OBJECT
    // How much history points() returns; older points are dropped.
    Q_PROPERTY(int windowSeconds READ windowSeconds WRITE setWindowSeconds NOTIFY windowSecondsChanged)
    // Ring size of every series (a bound even when samples come faster than 1/s).
    Q_PROPERTY(int maxPoints READ maxPoints WRITE setMaxPoints NOTIFY maxPointsChanged)
    // The highest total rate any series holds (bytes/s), for the chart's axis.
    Q_PROPERTY(double peakRate READ peakRate NOTIFY updated)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        InterfaceRole = Qt::UserRole + 1, // ifname ("" when the kernel did not say)
        LabelRole,                        // "Wi-Fi (wlan0)"
        SentRateRole,                     // bytes/s of the latest point
        ReceivedRateRole,
        RateRole, // sent + received
        PeakRateRole,
    };
    Q_ENUM(Role)

    struct Point {
        qint64 timeMs = 0; // CLOCK_MONOTONIC
        double sentPerSecond = 0;
        double receivedPerSecond = 0;
    };

    explicit TrafficHistory(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int windowSeconds() const { return m_windowSeconds; }
    void setWindowSeconds(int seconds);
    int maxPoints() const { return m_maxPoints; }
    void setMaxPoints(int points);
    double peakRate() const;
    int count() const { return static_cast<int>(m_series.size()); }
    void setInterfaceTypes(const QVariantMap &types);

    // One sample. The first one (and the first after a gap longer than maxGapMs, e.g.
    // while the page was hidden) only sets the baseline. Subflows that closed since
    // the previous sample contribute nothing for that interval (their last bytes are
    // unknown); a counter that went down (socket reused) counts from zero.
    void addSample(const sockdiag::Snapshot &snapshot, qint64 monotonicMs);
    // The same with the interval already summed up (by a TrafficSampler elsewhere).
    void addDelta(const TrafficDelta &delta);
    // Points of one interface, oldest first.
    std::vector<Point> series(const QString &ifname) const;
    static constexpr qint64 MaxGapMs = TrafficSampler::MaxGapMs;

    // [{time (ms, monotonic), age (s, <= 0, relative to the latest sample), sent,
    //   received, total}] oldest first, for a LineSeries.
    Q_INVOKABLE QVariantList points(const QString &ifname) const;
    Q_INVOKABLE QStringList interfaces() const;
    // The total rate of one interface as a line in a width x height plot whose x axis
    // spans the last spanSeconds (newest at the right edge) and whose y axis goes from
    // 0 (bottom) to maxRate (top): pixel points for a Qt Quick Shapes PathPolyline,
    // computed here so the plot does not build a JS object per point.
    Q_INVOKABLE QList<QPointF> polyline(const QString &ifname, double width, double height, double spanSeconds, double maxRate) const;
    // The latest total rate (bytes/s) of one interface, 0 when unknown.
    Q_INVOKABLE double latestRate(const QString &ifname) const;
    Q_INVOKABLE void clear();

Q_SIGNALS:
    void windowSecondsChanged();
    void maxPointsChanged();
    void countChanged();
    // After every sample that added points.
    void updated();

private:
    struct Series {
        QString ifname;
        std::vector<Point> ring; // capacity m_maxPoints, oldest at `head` once full
        std::size_t head = 0;
        void push(const Point &p, std::size_t capacity);
        std::vector<Point> ordered() const;
    };

    void trim(qint64 nowMs);
    QString label(const QString &ifname) const;

    int m_windowSeconds = 300;
    int m_maxPoints = 600;
    qint64 m_latestMs = 0;
    TrafficSampler m_sampler; // for addSample()
    std::vector<Series> m_series;
    QVariantMap m_interfaceTypes;
};

} // namespace mptcp::activity
