// Changes and events through the privileged helper (org.mptcp.Settings.Helper1), for
// users without CAP_NET_ADMIN: polkit decides, the helper talks to the kernel. The D-Bus
// client is a module (helperclient/access.h), loaded only by these commands.
#include "mptcp/helperclient/access.h"
#include "runtime.h"
#include "text.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QSocketNotifier>
#include <csignal>
#include <memory>
#include <sys/signalfd.h>
#include <unistd.h>

namespace mptcp::cli {

namespace {

namespace ha = helperclient::access; // the helper access module

// The module, or nullptr after saying on stderr that it is missing.
const ha::Api *helperApi()
{
    QString error;
    const ha::Api *api = ha::api(&error);
    if (!api)
        fail(Text::tr("the helper's client is not installed: %1").arg(error));
    return api;
}

std::unique_ptr<ha::Session> openSession()
{
    const ha::Api *api = helperApi();
    return std::unique_ptr<ha::Session>(api ? api->createSession() : nullptr);
}

int done(const QString &error)
{
    // The helper's messages already say what happened (not authorized, which step the
    // kernel refused, ...).
    return error.isEmpty() ? int(ExitSuccess) : fail(error);
}

QStringList flagWords(std::uint32_t flags)
{
    QStringList words;
    for (const std::string &word : nl::flagWords(flags))
        words << QString::fromStdString(word);
    return words;
}

} // namespace

int runThroughHelper(const EndpointAddCommand &command)
{
    const nl::Endpoint &e = command.endpoint;
    ha::Endpoint spec;
    spec.id = e.id;
    spec.address = QString::fromStdString(e.address.toString());
    spec.port = e.port;
    spec.flags = flagWords(e.flags);
    if (e.ifindex) {
        // The helper takes names: it resolves them in its own namespace.
        spec.interface = interfaceName(e.ifindex);
        if (spec.interface.isEmpty())
            return fail(Text::tr("interface %1 disappeared").arg(e.ifindex));
    }
    const std::unique_ptr<ha::Session> helper = openSession();
    return helper ? done(helper->addEndpoint(spec)) : int(ExitFailure);
}

int runThroughHelper(const EndpointDeleteCommand &command)
{
    if (command.id == 0)
        return fail(Text::tr("removing an address from connections' initial subflow (id 0) is not offered by the "
                             "helper; run this as root"));
    const std::unique_ptr<ha::Session> helper = openSession();
    return helper ? done(helper->deleteEndpoint(command.id)) : int(ExitFailure);
}

int runThroughHelper(const EndpointChangeCommand &command)
{
    const std::unique_ptr<ha::Session> helper = openSession();
    if (!helper)
        return ExitFailure;
    uint id = command.id;
    if (id == 0) {
        // The helper changes endpoints by id: find the one with this address (and port).
        ha::State state;
        if (const QString error = helper->getState(&state); !error.isEmpty())
            return done(error);
        const QString address = QString::fromStdString(command.address->toString());
        for (const ha::Endpoint &e : std::as_const(state.endpoints)) {
            const std::optional<nl::IpAddress> parsed = nl::IpAddress::parse(e.address.toStdString());
            if (parsed && *parsed == *command.address && (command.port == 0 || e.port == command.port))
                id = e.id;
        }
        if (id == 0)
            return fail(Text::tr("no endpoint with address %1").arg(address));
    }
    return done(helper->setEndpointFlags(id, flagWords(command.flags)));
}

int runThroughHelper(const EndpointFlushCommand &)
{
    const std::unique_ptr<ha::Session> helper = openSession();
    return helper ? done(helper->flushEndpoints()) : int(ExitFailure);
}

int runThroughHelper(const LimitsSetCommand &command)
{
    const std::unique_ptr<ha::Session> helper = openSession();
    if (!helper)
        return ExitFailure;
    uint subflows = command.subflows.value_or(0);
    uint addAddrAccepted = command.addAddrAccepted.value_or(0);
    // The helper sets both limits; a limit not named keeps its value, as with ip(8).
    if (!command.subflows || !command.addAddrAccepted) {
        ha::State state;
        if (const QString error = helper->getState(&state); !error.isEmpty())
            return done(error);
        subflows = command.subflows.value_or(state.subflows);
        addAddrAccepted = command.addAddrAccepted.value_or(state.addAddrAccepted);
    }
    return done(helper->setLimits(subflows, addAddrAccepted));
}

int monitorThroughHelper(const Context &context)
{
    const ha::Api *api = helperApi();
    if (!api)
        return ExitFailure;
    // SIGINT/SIGTERM end the monitor normally (exit 0), taken through a signalfd so a
    // line is never cut short.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGINT);
    sigaddset(&stopSignals, SIGTERM);
    if (::sigprocmask(SIG_BLOCK, &stopSignals, nullptr) != 0)
        return fail(Text::tr("cannot block signals"));
    const int stopFd = ::signalfd(-1, &stopSignals, SFD_CLOEXEC);
    if (stopFd < 0)
        return fail(Text::tr("cannot create a signalfd"));

    QEventLoop loop;
    int status = ExitSuccess;
    QSocketNotifier stop(stopFd, QSocketNotifier::Read);
    QObject::connect(&stop, &QSocketNotifier::activated, &loop, &QEventLoop::quit);

    const auto subscribed = [&](const QString &error) {
        if (error.isEmpty())
            return;
        status = fail(error);
        loop.quit();
    };
    std::unique_ptr<ha::Events> helper;
    ha::Events::Callbacks callbacks;
    callbacks.event = [&context](const QString &type, const QVariantMap &details) {
        const nl::Event event = eventFromHelper(type, details);
        write(stdout, context.json ? eventJson(event, interfaceName) : eventText(event, interfaceName));
    };
    // A helper that stopped (crash, restart) is activated again by subscribing anew.
    callbacks.helperStopped = [&] {
        write(stderr, Text::tr("Warning: the helper stopped; reconnecting (events in between are lost).") + u'\n');
        helper->subscribe(subscribed);
    };
    helper.reset(api->createEvents(std::move(callbacks)));
    helper->subscribe(subscribed);
    loop.exec();
    // Disconnecting from the bus ends the subscription on the helper's side.
    ::close(stopFd);
    return status;
}

} // namespace mptcp::cli
