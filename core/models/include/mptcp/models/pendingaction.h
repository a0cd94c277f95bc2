// One user action in flight: views bind to it to show progress, then the result or
// the helper's / NetworkManager's own error text next to the control that started it.
#pragma once

#include "mptcp/models/backend.h"

#include <QObject>
#include <QString>

namespace mptcp::models {

class PendingAction : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool running READ running NOTIFY changed)
    Q_PROPERTY(bool succeeded READ succeeded NOTIFY changed)
    Q_PROPERTY(bool failed READ failed NOTIFY changed)
    Q_PROPERTY(bool notAuthorized READ notAuthorized NOTIFY changed)
    Q_PROPERTY(QString errorString READ errorString NOTIFY changed)
public:
    explicit PendingAction(QObject *parent = nullptr);

    [[nodiscard]] bool running() const { return m_running; }
    [[nodiscard]] bool succeeded() const { return !m_running && m_result.ok; }
    [[nodiscard]] bool failed() const { return !m_running && !m_result.ok; }
    [[nodiscard]] bool notAuthorized() const { return !m_running && m_result.notAuthorized; }
    [[nodiscard]] QString errorString() const { return m_running ? QString() : m_result.error; }

    void finish(const ActionResult &result);

Q_SIGNALS:
    void changed();
    void finished();

private:
    bool m_running = true;
    ActionResult m_result;
};

} // namespace mptcp::models
