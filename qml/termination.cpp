#include "termination.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSocketNotifier>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcTermination, "mptcp.app")

namespace mptcp::gui {

namespace {

// Written by the signal handler (only async-signal-safe calls there), read by the
// event loop.
int signalPipe[2] = { -1, -1 };

void onSignal(int signal)
{
    const int savedErrno = errno;
    const auto byte = static_cast<unsigned char>(signal);
    [[maybe_unused]] const ssize_t n = ::write(signalPipe[1], &byte, 1);
    errno = savedErrno;
}

} // namespace

void quitOnTerminationSignals(QCoreApplication *app)
{
    if (signalPipe[0] >= 0)
        return;
    if (::pipe2(signalPipe, O_CLOEXEC | O_NONBLOCK) != 0) {
        qCWarning(lcTermination) << "no pipe for termination signals:" << std::strerror(errno);
        return;
    }
    auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, app);
    QObject::connect(notifier, &QSocketNotifier::activated, app, [app] {
        unsigned char byte = 0;
        while (::read(signalPipe[0], &byte, 1) == 1)
            qCInfo(lcTermination) << "signal" << int(byte) << "received: quitting";
        app->quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    // SA_RESETHAND: the next one gets the default action, so a second Ctrl+C still
    // ends an app whose clean-up hangs.
    action.sa_flags = SA_RESTART | SA_RESETHAND;
    for (const int signal : { SIGINT, SIGTERM, SIGHUP })
        ::sigaction(signal, &action, nullptr);
}

} // namespace mptcp::gui
