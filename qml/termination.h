// The app's answer to SIGINT, SIGTERM and SIGHUP (Ctrl+C in a terminal, logging out,
// `kill`): quit the event loop as if the window had been closed, instead of dying on
// the spot, so that what main() does after exec() still happens. For `--demo` that is
// taking the lab down (its NetworkManager, D-Bus daemon, helper and namespaces);
// settings are written too. A second signal ends the app at once.
#pragma once

class QCoreApplication;

namespace mptcp::gui {

void quitOnTerminationSignals(QCoreApplication *app);

} // namespace mptcp::gui
