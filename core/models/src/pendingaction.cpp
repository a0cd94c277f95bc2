#include "mptcp/models/pendingaction.h"

#include <QCoreApplication>

namespace mptcp::models {

PendingAction::PendingAction(QObject *parent)
    : QObject(parent)
{
}

void PendingAction::finish(const ActionResult &result)
{
    if (!m_running)
        return;
    m_running = false;
    m_result = result;
    if (!m_result.ok && m_result.error.isEmpty()) {
        m_result.error = m_result.notAuthorized
            ? QCoreApplication::translate("PendingAction", "You are not allowed to make this change.")
            : QCoreApplication::translate("PendingAction", "The change failed for an unknown reason.");
    }
    Q_EMIT changed();
    Q_EMIT finished();
}

} // namespace mptcp::models
