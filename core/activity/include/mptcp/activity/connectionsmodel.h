// Live MPTCP connections for the Activity page: one row per connection (listeners
// are left out), read by a worker thread with sockdiag::listConnections() and applied
// to the model as a diff by socket cookie, so a refresh never resets the view.
#pragma once

#include "mptcp/activity/traffichistory.h"
#include "mptcp/sockdiag/connections.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <memory>
#include <vector>

class QThread;
class QTimer;

namespace mptcp::activity {

class ConnectionReader;

// The rows of one reading, ready for the model: listeners left out, kernel order.
// Built on the worker thread so the GUI thread neither copies connections nor
// compares them: a connection that did not change keeps the pointer it had in the
// previous reading, and the model treats a row whose pointer is the same as unchanged.
struct PreparedRows {
    std::vector<std::shared_ptr<const sockdiag::MptcpConnection>> rows;
    QHash<quint64, int> indexOfCookie; // into rows
    // What the model derives from all rows, for these interface types.
    QVariantMap interfaceTypes;
    int fallbackCount = 0;
    QStringList paths; // user's words for interfaces with established subflows, most used first
};

// `previous` gives the pointer a cookie had before (or null); equal connections reuse it.
PreparedRows prepareRows(const sockdiag::Snapshot &snapshot, const PreparedRows &previous, const QVariantMap &interfaceTypes);

// What one worker read produced. Events compare it with the worker's previous read.
struct ConnectionsReading {
    PreparedRows prepared;
    TrafficDelta traffic;
    std::vector<sockdiag::ConnectionEvent> events;
    qint64 monotonicMs = 0;
    QString networkNamespace; // where it was read
    QString error; // non-empty: the read failed, snapshot is empty
};

class ConnectionsModel : public QAbstractListModel {
    Q_OBJECT
    // While true (the page is visible) the model re-reads every `intervalMs`.
    // While false no timer runs; only refresh() and path-manager events read.
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)
    Q_PROPERTY(int intervalMs READ intervalMs WRITE setIntervalMs NOTIFY intervalMsChanged)
    // Whose connections to read: "" = this process's network namespace, otherwise a
    // namespace file such as "/run/netns/mptcp-lab" (the lab/demo).
    Q_PROPERTY(QString networkNamespace READ networkNamespace WRITE setNetworkNamespace NOTIFY networkNamespaceChanged)
    // Also find the owning process of each connection (scans /proc: costs more).
    Q_PROPERTY(bool resolveProcesses READ resolveProcesses WRITE setResolveProcesses NOTIFY resolveProcessesChanged)
    // ifname -> type ("wifi", "ethernet", "wwan" or "mobile", "vpn", "bluetooth") or any label.
    Q_PROPERTY(QVariantMap interfaceTypes READ interfaceTypes WRITE setInterfaceTypes NOTIFY interfaceTypesChanged)
    Q_PROPERTY(int connectionCount READ connectionCount NOTIFY countsChanged)
    Q_PROPERTY(int fallbackCount READ fallbackCount NOTIFY countsChanged)
    // "MPTCP: 3 connections over Wi-Fi + LTE".
    Q_PROPERTY(QString summary READ summary NOTIFY summaryChanged)
    // The user's words for the interfaces carrying established subflows, most used
    // first ("Wi-Fi", "LTE"): the page builds its own sentence from them.
    Q_PROPERTY(QStringList paths READ paths NOTIFY summaryChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)
    Q_PROPERTY(mptcp::activity::TrafficHistory *history READ history CONSTANT)

public:
    enum Role {
        CookieRole = Qt::UserRole + 1, // string: 64-bit ids do not fit a JS number
        StateRole,                     // "established", ...
        LocalAddressRole,
        LocalPortRole,
        LocalRole, // "10.0.0.1:443", "[fe80::1]:443"
        RemoteAddressRole,
        RemotePortRole,
        RemoteRole,
        TokenRole, // hex, as `ip mptcp monitor` prints it
        PidRole,   // 0 = unknown
        CommandRole,
        ProcessRole, // "curl (1234)" or ""
        SubflowCountRole,
        ActiveSubflowCountRole,
        FallbackRole,
        BytesSentRole,
        BytesReceivedRole,
        BytesAckedRole,
        InterfacesRole,     // QStringList of interface names, in subflow order
        InterfacesTextRole, // "wlan0 + wwan0"
        SubflowsRole,       // QVariantList of maps with SubflowsModel's role names
    };
    Q_ENUM(Role)

    explicit ConnectionsModel(QObject *parent = nullptr);
    ~ConnectionsModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    bool active() const { return m_active; }
    void setActive(bool active);
    int intervalMs() const { return m_intervalMs; }
    void setIntervalMs(int ms);
    QString networkNamespace() const { return m_networkNamespace; }
    void setNetworkNamespace(const QString &path);
    bool resolveProcesses() const { return m_resolveProcesses; }
    void setResolveProcesses(bool on);
    QVariantMap interfaceTypes() const { return m_interfaceTypes; }
    void setInterfaceTypes(const QVariantMap &types);
    int connectionCount() const { return static_cast<int>(m_rows.size() - (m_gapEnd - m_gapStart)); }
    int fallbackCount() const { return m_fallbackCount; }
    QString summary() const { return m_summary; }
    QStringList paths() const { return m_paths; }
    bool busy() const { return m_busy; }
    QString errorString() const { return m_errorString; }
    TrafficHistory *history() const { return m_history; }

    // Reads now (or right after the read in flight).
    Q_INVOKABLE void refresh();
    // The row of the connection with this cookie, -1 when gone.
    Q_INVOKABLE int rowOfCookie(const QString &cookie) const;

    // Applies one reading: removes vanished rows, updates changed ones, appends new
    // ones, each as contiguous ranges. Public so tests can feed synthetic snapshots.
    void applySnapshot(const sockdiag::Snapshot &snapshot, qint64 monotonicMs = 0);
    // The GUI thread's half of a worker read (rows prepared by prepareRows(), traffic
    // by a TrafficSampler): applies it without copying or comparing connections.
    // Public so the benchmark can drive the model the way the app's worker does.
    void applyReading(ConnectionsReading &&reading);
    const sockdiag::MptcpConnection *connectionByCookie(quint64 cookie) const;

public Q_SLOTS:
    // HelperClient::pathManagerEvent: re-read soon (debounced), whatever the type.
    void onPathManagerEvent(const QString &type, const QVariantMap &details);

Q_SIGNALS:
    void activeChanged();
    void intervalMsChanged();
    void networkNamespaceChanged();
    void resolveProcessesChanged();
    void interfaceTypesChanged();
    void countsChanged();
    void summaryChanged();
    void busyChanged();
    void errorStringChanged();
    // What changed since the previous read (for the Notifier), in read order.
    void connectionEvents(const std::vector<mptcp::sockdiag::ConnectionEvent> &events);
    // After every applied read; SubflowsModel follows it.
    void snapshotApplied();

private:
    void startRead();
    void onReading(const std::shared_ptr<mptcp::activity::ConnectionsReading> &reading);
    // Removes vanished rows, swaps changed ones, appends new ones, each as contiguous
    // ranges; rows are moved in, never copied.
    void applyPrepared(PreparedRows &&prepared);
    void updateDerived();
    void publishDerived(int fallbackCount, const QStringList &paths);
    void setBusy(bool busy);

    // Rows, with a gap [m_gapStart, m_gapEnd) while removals are applied: scattered
    // removals then move every row once instead of once per removed range.
    std::vector<std::shared_ptr<const sockdiag::MptcpConnection>> m_rows;
    std::size_t m_gapStart = 0;
    std::size_t m_gapEnd = 0;
    const sockdiag::MptcpConnection &rowAt(int row) const;
    void removeVanished(const QHash<quint64, int> &incoming);
    QHash<quint64, int> m_rowOfCookie;
    bool m_active = false;
    int m_intervalMs = 1000;
    QString m_networkNamespace;
    bool m_resolveProcesses = false;
    QVariantMap m_interfaceTypes;
    int m_fallbackCount = 0;
    int m_reportedCount = 0;
    QString m_summary;
    QStringList m_paths;
    bool m_busy = false;
    bool m_readAgain = false;
    QString m_errorString;
    TrafficHistory *m_history = nullptr;
    QTimer *m_sampling = nullptr; // runs only while active
    QTimer *m_debounce = nullptr; // single shot, started by path-manager events
    QThread *m_thread = nullptr;
    QPointer<ConnectionReader> m_reader;
};

// The subflows of one connection (the selected row of a ConnectionsModel).
class SubflowsModel : public QAbstractListModel {
    Q_OBJECT
    Q_PROPERTY(mptcp::activity::ConnectionsModel *connections READ connections WRITE setConnections NOTIFY connectionsChanged)
    Q_PROPERTY(QString cookie READ cookie WRITE setCookie NOTIFY cookieChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        CookieRole = Qt::UserRole + 1,
        StateRole,
        LocalRole,
        RemoteRole,
        InterfaceRole,
        LocalIdRole,
        RemoteIdRole,
        BackupRole,
        ActiveRole,
        FullyEstablishedRole,
        RttMsRole,
        CwndRole, // segments
        BytesSentRole,
        BytesReceivedRole,
        BytesAckedRole,
        RetransmitsRole,
    };
    Q_ENUM(Role)

    explicit SubflowsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    ConnectionsModel *connections() const { return m_connections; }
    void setConnections(ConnectionsModel *model);
    QString cookie() const { return m_cookie; }
    void setCookie(const QString &cookie);
    int count() const { return static_cast<int>(m_rows.size()); }

    // Role name -> value of one subflow, as SubflowsModel and the subflows role show it.
    static QVariantMap toMap(const sockdiag::Subflow &subflow);

Q_SIGNALS:
    void connectionsChanged();
    void cookieChanged();
    void countChanged();

private:
    void reload();

    QPointer<ConnectionsModel> m_connections;
    QString m_cookie;
    std::vector<sockdiag::Subflow> m_rows;
};

} // namespace mptcp::activity
