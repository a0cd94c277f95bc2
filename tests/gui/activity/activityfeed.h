// `Feed` (import ActivityTest) in the Qt Quick tests of the Activity page: applies synthetic sock_diag
// snapshots to a ConnectionsModel, as its worker thread would after a read.
#pragma once

#include <QObject>
#include <QString>

class ActivityFeed : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;

    // Scenarios: "empty"; "two-paths" (3 connections: two over wlan0 + wwan0, the
    // second path a backup, one over wlan0 only); "fallback" ("two-paths" plus one
    // connection that fell back to TCP); "many" (`count` connections over both paths).
    // Byte counters grow with `second`; a positive `second` also samples the traffic
    // history at that time (s -> ms of a monotonic clock).
    Q_INVOKABLE bool apply(QObject *model, const QString &scenario, int second = 0, int count = 0) const;
};
