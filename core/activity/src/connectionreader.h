// The worker behind ConnectionsModel: lives in its own QThread, enters the wanted
// network namespace (setns moves only the calling thread) and reads connections.
#pragma once

#include "mptcp/activity/connectionsmodel.h"

#include <QObject>
#include <QString>

#include <memory>
#include <optional>

namespace mptcp::activity {

class ConnectionReader : public QObject {
    Q_OBJECT
public:
    ConnectionReader() = default;
    ~ConnectionReader() override;

public Q_SLOTS:
    // namespacePath "" = the namespace the thread started in.
    // interfaceTypes: the model's, for the summary it derives from the rows.
    void read(const QString &namespacePath, bool resolveProcesses, const QVariantMap &interfaceTypes);

Q_SIGNALS:
    // The GUI thread is the only receiver: it moves the rows out.
    void finished(const std::shared_ptr<mptcp::activity::ConnectionsReading> &reading);

private:
    // Moves this thread into namespacePath; error text on failure.
    QString enterNamespace(const QString &namespacePath);

    int m_originalNs = -1; // the thread's namespace before the first setns
    QString m_currentNs;
    std::optional<sockdiag::Snapshot> m_previous;
    PreparedRows m_rows; // of the previous reading, whose unchanged connections are shared
    TrafficSampler m_traffic;
};

} // namespace mptcp::activity
