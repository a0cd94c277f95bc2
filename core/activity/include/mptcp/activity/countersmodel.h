// MPTcpExt counters for the Diagnostics page: value, change and rate since the
// previous reading, explanation, and whether a growing value means trouble. Files are
// read on a pool thread; the model only changes on its own thread.
#pragma once

#include "mptcp/diagnostics/counters.h"

#include <QAbstractListModel>
#include <QFutureWatcher>
#include <QString>

#include <functional>
#include <optional>

class QTimer;

namespace mptcp::activity {

class CountersModel : public QAbstractListModel {
    Q_OBJECT
    // Reads every intervalMs while true (the page is visible); no timer otherwise.
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)
    Q_PROPERTY(int intervalMs READ intervalMs WRITE setIntervalMs NOTIFY intervalMsChanged)
    // The netstat file. The default is that of the thread that created the model (the GUI
    // thread): /proc/self/task/<its tid>/net/netstat follows that thread into whatever
    // network namespace it has entered (the demo lab), whichever thread opens it.
    Q_PROPERTY(QString netstatPath READ netstatPath WRITE setNetstatPath NOTIFY netstatPathChanged)
    // Hide counters that are zero and did not change.
    Q_PROPERTY(bool hideZero READ hideZero WRITE setHideZero NOTIFY hideZeroChanged)
    Q_PROPERTY(int troubleCount READ troubleCount NOTIFY countersUpdated)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)
    // A reading is in flight.
    Q_PROPERTY(bool reading READ reading NOTIFY readingChanged)

public:
    enum Role {
        NameRole = Qt::UserRole + 1,
        ValueRole,       // qulonglong
        DeltaRole,       // since the previous reading
        RateRole,        // per second, 0 when the interval is unknown
        ExplanationRole, // translated; "" for counters this version does not know
        TroubleRole,     // a growing value signals a problem
        FallbackRole,    // counts fallbacks to plain TCP
        HighlightRole,   // trouble counter that is non-zero: draw attention
        ChangedRole,     // delta != 0
    };
    Q_ENUM(Role)

    explicit CountersModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    bool active() const { return m_active; }
    void setActive(bool active);
    int intervalMs() const { return m_intervalMs; }
    void setIntervalMs(int ms);
    QString netstatPath() const { return m_netstatPath; }
    void setNetstatPath(const QString &path);
    bool hideZero() const { return m_hideZero; }
    void setHideZero(bool hide);
    int troubleCount() const;
    QString errorString() const { return m_errorString; }
    // From refresh() until its result is applied here (not the pool thread's progress,
    // which can end before the caller even looks).
    bool reading() const { return m_reading; }

    // What a reading does on the pool thread; replaces the netstat file (example data).
    // It must be safe to call from any thread.
    using Reader = std::function<nl::Result<diagnostics::CounterSample>()>;
    void setReader(Reader reader);

    // Starts a reading off this thread unless one is in flight; the rows change when it is done.
    Q_INVOKABLE void refresh();
    // Applies one reading (public for tests). Rows keep their place: values change
    // with dataChanged, counters new to this reading are inserted.
    void applySample(const diagnostics::CounterSample &sample);

Q_SIGNALS:
    void activeChanged();
    void intervalMsChanged();
    void netstatPathChanged();
    void hideZeroChanged();
    void errorStringChanged();
    void countersUpdated();
    void readingChanged();
    // Fallback counters grew by `count` since the previous reading (for the Notifier).
    void fallbacksIncreased(qint64 count);

private:
    struct Row {
        diagnostics::CounterChange change;
        const diagnostics::CounterInfo *info = nullptr;
    };
    struct Reading {
        std::optional<diagnostics::CounterSample> sample;
        QString error;
    };
    bool visible(const diagnostics::CounterChange &change) const;
    void rebuild();
    void readingDone();

    QList<Row> m_rows;
    std::optional<diagnostics::CounterSample> m_previous;
    diagnostics::CounterDelta m_delta;
    bool m_active = false;
    int m_intervalMs = 1000;
    QString m_netstatPath;
    Reader m_reader;
    QFutureWatcher<Reading> m_watcher;
    quint64 m_generation = 0; // bumped when the source changes: older readings are dropped
    quint64 m_pendingGeneration = 0;
    bool m_reading = false;
    bool m_hideZero = false;
    QString m_errorString;
    QTimer *m_timer = nullptr;
};

} // namespace mptcp::activity
