// Test-only automation of the running app (`--automation`): one command per line on
// stdin, one reply line on stdout ("ok ..." or "error ..."). Actions call the same
// Session methods the QML controls call, so an end-to-end test exercises the UI's
// path to NetworkManager, the helper and the kernel.
//
//   wait-loaded                         reply once the backend has read the system
//   connection-flags UUID MODE [FLAGS]  MODE default|off|on, FLAGS like backup,subflow
//   limits SUBFLOWS ADD_ADDR_ACCEPTED   not kept after reboot
//   page NAME                           overview|interfaces|endpoints|limits|activity|diagnostics
//   text OBJECTNAME                     "ok TEXT": the text of a visible item in the window
//   size WIDTH HEIGHT
//   color-scheme light|dark
//   screenshot FILE                     after the scene settled
//   quit
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

class QQuickWindow;
class QSocketNotifier;

namespace mptcp::models {
class Session;
class PendingAction;
} // namespace mptcp::models

namespace mptcp::gui {

class Automation : public QObject {
    Q_OBJECT
public:
    Automation(models::Session *session, QQuickWindow *window, QObject *parent = nullptr);

private:
    void readCommands();
    void run(const QString &line);
    void reply(const QString &text);
    void replyWhenDone(models::PendingAction *action);
    void replyWhenLoaded();
    void replyText(const QString &objectName);

    models::Session *m_session;
    QQuickWindow *m_window;
    QSocketNotifier *m_notifier;
    QByteArray m_pending;
};

} // namespace mptcp::gui
