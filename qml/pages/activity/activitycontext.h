// The Activity page's QML-facing layer: `Activity` in QML, one per engine (the app
// has one), owning the live connections model, the desktop notifications and the
// tray icon, and feeding them from sources that need no polling: the backend's
// path-manager events (relayed by the helper) and the Session's state (endpoint
// table, net.mptcp.enabled). The connections model reads sock_diag periodically
// only while the page says it is shown (ConnectionsModel::active).
#pragma once

#include "mptcp/activity/connectionsmodel.h"
#include "mptcp/activity/notifier.h"
#include "mptcp/activity/traffichistory.h"
#include "mptcp/activity/trayicon.h"
#include "mptcp/models/session.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QtQml/qqml.h>

class QQmlEngine;
class QJSEngine;

namespace mptcp::gui {

class ActivityContext : public QObject {
    Q_OBJECT
    QML_NAMED_ELEMENT(Activity)
    QML_SINGLETON
    Q_PROPERTY(mptcp::activity::ConnectionsModel *connections READ connections CONSTANT)
    Q_PROPERTY(mptcp::activity::Notifier *notifier READ notifier CONSTANT)
    Q_PROPERTY(mptcp::activity::TrayIcon *tray READ tray CONSTANT)

public:
    explicit ActivityContext(models::Session *session, QObject *parent = nullptr);
    static ActivityContext *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);

    [[nodiscard]] activity::ConnectionsModel *connections() const { return m_connections; }
    [[nodiscard]] activity::Notifier *notifier() const { return m_notifier; }
    [[nodiscard]] activity::TrayIcon *tray() const { return m_tray; }

Q_SIGNALS:
    // The tray icon was clicked: the window should come to the front on this page.
    void raiseRequested();

private:
    void onStateChanged();
    void updateTray();

    QPointer<models::Session> m_session;
    activity::ConnectionsModel *m_connections;
    activity::Notifier *m_notifier;
    activity::TrayIcon *m_tray;
    QList<activity::EndpointSummary> m_endpoints;
    bool m_haveEndpoints = false; // the first loaded state is the baseline
};

// The activity types QML names in properties and the benchmark/tests create.
struct ConnectionsModelForeign {
    Q_GADGET
    QML_FOREIGN(mptcp::activity::ConnectionsModel)
    QML_NAMED_ELEMENT(ConnectionsModel)
};

struct SubflowsModelForeign {
    Q_GADGET
    QML_FOREIGN(mptcp::activity::SubflowsModel)
    QML_NAMED_ELEMENT(SubflowsModel)
};

struct TrafficHistoryForeign {
    Q_GADGET
    QML_FOREIGN(mptcp::activity::TrafficHistory)
    QML_NAMED_ELEMENT(TrafficHistory)
    QML_UNCREATABLE("Use ConnectionsModel.history")
};

struct NotifierForeign {
    Q_GADGET
    QML_FOREIGN(mptcp::activity::Notifier)
    QML_NAMED_ELEMENT(Notifier)
    QML_UNCREATABLE("Use Activity.notifier")
};

struct TrayIconForeign {
    Q_GADGET
    QML_FOREIGN(mptcp::activity::TrayIcon)
    QML_NAMED_ELEMENT(TrayIcon)
    QML_UNCREATABLE("Use Activity.tray")
};

} // namespace mptcp::gui
