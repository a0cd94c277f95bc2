// Bytes per second per interface over the last minutes, for the Activity chart.
// Each sample sums the byte counters of every subflow on an interface and compares
// them with the previous sample by subflow cookie.
#pragma once

#include "mptcp/sockdiag/connections.h"

#include <QAbstractListModel>
#include <QHash>
#include <QString>
#include <QVariantList>
#include <QVariantMap>

#include <vector>

namespace mptcp::activity {

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
    // Points of one interface, oldest first.
    std::vector<Point> series(const QString &ifname) const;
    static constexpr qint64 MaxGapMs = 10000;

    // [{time (ms, monotonic), age (s, <= 0, relative to the latest sample), sent,
    //   received, total}] oldest first, for a LineSeries.
    Q_INVOKABLE QVariantList points(const QString &ifname) const;
    Q_INVOKABLE QStringList interfaces() const;
    Q_INVOKABLE void clear();

Q_SIGNALS:
    void windowSecondsChanged();
    void maxPointsChanged();
    void countChanged();
    // After every sample that added points.
    void updated();

private:
    struct Bytes {
        QString ifname;
        quint64 sent = 0;
        quint64 received = 0;
    };
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
    qint64 m_lastMs = 0;
    qint64 m_latestMs = 0;
    QHash<quint64, Bytes> m_baseline; // by subflow cookie
    std::vector<Series> m_series;
    QVariantMap m_interfaceTypes;
};

} // namespace mptcp::activity
