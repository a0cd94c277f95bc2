// Test-only automation of the running app (`--automation`): one command per line on
// stdin, one reply line on stdout ("ok ..." or "error ..."). Actions call the same
// Session methods the QML controls call, so an end-to-end test exercises the UI's
// path to NetworkManager, the helper and the kernel.
//
//   wait-loaded                         reply once the backend has read the system
//   connection-flags UUID MODE [FLAGS]  MODE default|off|on, FLAGS like backup,subflow
//   limits SUBFLOWS ADD_ADDR_ACCEPTED   not kept after reboot
//   page NAME                           overview|interfaces|endpoints|limits
//   size WIDTH HEIGHT
//   color-scheme light|dark
//   screenshot FILE                     after the scene settled
//   quit
#pragma once

#include <QObject>
#include <QPalette>
#include <QString>

#include <functional>

class QQuickWindow;
class QSocketNotifier;

namespace mptcp::models {
class Session;
class PendingAction;
} // namespace mptcp::models

namespace mptcp::app {

class Automation : public QObject {
    Q_OBJECT
public:
    using PaletteFactory = std::function<QPalette(bool dark)>;
    Automation(models::Session *session, QQuickWindow *window, PaletteFactory palette, QObject *parent = nullptr);

private:
    void readCommands();
    void run(const QString &line);
    void reply(const QString &text);
    void replyWhenDone(models::PendingAction *action);
    void replyWhenLoaded();

    models::Session *m_session;
    QQuickWindow *m_window;
    PaletteFactory m_palette;
    QSocketNotifier *m_notifier;
    QByteArray m_pending;
};

} // namespace mptcp::app
