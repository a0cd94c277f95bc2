#include "mptcp/cli/cli.h"
#include "mptcp/cli/command.h"
#include "mptcp/cli/format.h"
#include "mptcp/netlink/pm.h"
#include "runtime.h"
#include "text.h"

#include <QLoggingCategory>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <net/if.h>
#include <poll.h>
#include <sys/signalfd.h>
#include <unistd.h>

// Off unless asked for (QT_LOGGING_RULES="mptcp.cli.debug=true"): stdout is the product here.
Q_LOGGING_CATEGORY(lcCli, "mptcp.cli", QtWarningMsg)

namespace mptcp::cli {

void write(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stream);
    std::fflush(stream);
}

// As ip(8)'s ll_name_to_index(): a name, else "if<N>", the spelling both tools print
// for an index whose interface is gone.
int interfaceIndex(const QString &name)
{
    if (const unsigned index = ::if_nametoindex(name.toUtf8().constData()))
        return int(index);
    bool isNumber = false;
    const int index = name.startsWith(QLatin1String("if")) ? name.mid(2).toInt(&isNumber) : 0;
    return isNumber && index > 0 && name.at(2).isDigit() ? index : 0;
}

QString interfaceName(int ifindex)
{
    char name[IF_NAMESIZE] = {};
    if (ifindex > 0 && ::if_indextoname(unsigned(ifindex), name))
        return QString::fromUtf8(name);
    return {};
}

int fail(const nl::Error &error)
{
    write(stderr, errorText(error));
    return ExitFailure;
}

int fail(const QString &message)
{
    return fail(nl::Error { 0, message.toStdString(), {} });
}

int usageFailure(const QString &message)
{
    write(stderr, QStringLiteral("mptcpctl: ") + message + u'\n' + Text::tr("Try \"mptcpctl help\".") + u'\n');
    return ExitUsage;
}

bool Context::useHelper() const
{
    // The kernel checks CAP_NET_ADMIN; without root the helper asks polkit instead.
    return viaHelper || ::geteuid() != 0;
}

namespace {

nl::Error systemError(const char *operation)
{
    const int code = errno;
    return nl::Error { code, std::strerror(code), operation };
}

// One overload per command; a new command is a new Command alternative plus its
// operator() here.
class Executor {
public:
    explicit Executor(const Context &context)
        : m_context(context)
        , m_json(context.json)
    {
    }

    int operator()(const HelpCommand &) const
    {
        write(stdout, usageText());
        return ExitSuccess;
    }

    int operator()(const StatusCommand &) const
    {
        const StatusReport report = readStatus();
        write(stdout, m_json ? statusJson(report, interfaceName) : statusText(report, interfaceName));
        return report.sysctls && report.limits && report.endpoints ? ExitSuccess : ExitFailure;
    }

    int operator()(const EndpointShowCommand &command) const
    {
        return withPathManager([&](nl::PathManager &pm) {
            std::vector<nl::Endpoint> endpoints;
            if (command.id) {
                nl::Result<nl::Endpoint> endpoint = pm.getEndpoint(*command.id);
                if (!endpoint)
                    return fail(endpoint.error());
                endpoints.push_back(*endpoint);
            } else {
                nl::Result<std::vector<nl::Endpoint>> dumped = pm.dumpEndpoints();
                if (!dumped)
                    return fail(dumped.error());
                endpoints = std::move(*dumped);
            }
            write(stdout, m_json ? endpointsJson(endpoints, interfaceName) : endpointsText(endpoints, interfaceName));
            return int(ExitSuccess);
        });
    }

    int operator()(const EndpointAddCommand &command) const
    {
        if (m_context.useHelper())
            return runThroughHelper(command);
        return withPathManager([&](nl::PathManager &pm) { return done(pm.addEndpoint(command.endpoint)); });
    }

    int operator()(const EndpointDeleteCommand &command) const
    {
        if (m_context.useHelper())
            return runThroughHelper(command);
        return withPathManager([&](nl::PathManager &pm) {
            return done(pm.deleteEndpoint(nl::EndpointSelector { command.id, command.address, 0 }));
        });
    }

    int operator()(const EndpointChangeCommand &command) const
    {
        if (m_context.useHelper())
            return runThroughHelper(command);
        return withPathManager([&](nl::PathManager &pm) {
            return done(pm.setFlags(nl::EndpointSelector { command.id, command.address, command.port }, command.flags));
        });
    }

    int operator()(const EndpointFlushCommand &command) const
    {
        if (m_context.useHelper())
            return runThroughHelper(command);
        return withPathManager([&](nl::PathManager &pm) { return done(pm.flushEndpoints()); });
    }

    int operator()(const LimitsShowCommand &) const
    {
        return withPathManager([&](nl::PathManager &pm) {
            nl::Result<nl::Limits> limits = pm.getLimits();
            if (!limits)
                return fail(limits.error());
            write(stdout, m_json ? limitsJson(*limits) : limitsText(*limits));
            return int(ExitSuccess);
        });
    }

    int operator()(const LimitsSetCommand &command) const
    {
        if (m_context.useHelper())
            return runThroughHelper(command);
        return withPathManager(
            [&](nl::PathManager &pm) { return done(pm.setLimits(command.subflows, command.addAddrAccepted)); });
    }

    // Runs until SIGINT/SIGTERM, which end it normally (exit 0) as they do iproute2's
    // monitor. The signals are taken through a signalfd so a line is never cut short.
    int operator()(const MonitorCommand &) const
    {
        // Subscribing to path-manager events needs CAP_NET_ADMIN; the helper relays them.
        if (m_context.useHelper())
            return monitorThroughHelper(m_context);
        nl::Result<nl::EventListener> listener = nl::EventListener::open();
        if (!listener)
            return fail(listener.error());

        sigset_t stopSignals;
        sigemptyset(&stopSignals);
        sigaddset(&stopSignals, SIGINT);
        sigaddset(&stopSignals, SIGTERM);
        if (::sigprocmask(SIG_BLOCK, &stopSignals, nullptr) != 0)
            return fail(systemError("block signals"));
        const int stopFd = ::signalfd(-1, &stopSignals, SFD_CLOEXEC);
        if (stopFd < 0)
            return fail(systemError("signalfd"));

        const auto print = [this](const nl::Event &event) {
            write(stdout, m_json ? eventJson(event, interfaceName) : eventText(event, interfaceName));
        };
        pollfd fds[2] = { { listener->fd(), POLLIN, 0 }, { stopFd, POLLIN, 0 } };
        int status = ExitSuccess;
        for (;;) {
            if (::poll(fds, 2, -1) < 0) {
                if (errno == EINTR)
                    continue;
                status = fail(systemError("poll"));
                break;
            }
            if (fds[1].revents)
                break;
            if (fds[0].revents) {
                nl::Result<void> dispatched = listener->dispatch(print);
                // The socket's buffer overran: events were dropped, the stream goes on.
                if (!dispatched && dispatched.error().code == ENOBUFS) {
                    write(stderr, Text::tr("Warning: some events were lost (receive buffer full).") + u'\n');
                } else if (!dispatched) {
                    status = fail(dispatched.error());
                    break;
                }
            }
        }
        ::close(stopFd);
        return status;
    }

    int operator()(const ExplainCommand &) const { return runExplain(m_context); }
    int operator()(const ConnectionShowCommand &command) const { return runConnectionShow(command, m_context); }
    int operator()(const ConnectionSetCommand &command) const { return runConnectionSet(command, m_context); }
    int operator()(const ConnectionsCommand &) const { return runConnections(m_context); }
    int operator()(const CountersCommand &command) const { return runCounters(command, m_context); }
    int operator()(const CheckCommand &) const { return runCheck(m_context); }
    int operator()(const DebugReportCommand &command) const { return runDebugReport(command, m_context); }
    int operator()(const LabCommand &command) const { return runLab(command); }

private:
    template<class Action> static int withPathManager(Action &&action)
    {
        nl::Result<nl::PathManager> pm = nl::PathManager::open();
        if (!pm)
            return fail(pm.error());
        return action(*pm);
    }

    static int done(const nl::Result<void> &result) { return result ? ExitSuccess : fail(result.error()); }

    Context m_context;
    bool m_json;
};

} // namespace

int run(const QStringList &arguments)
{
    const ParseResult parsed = parseCommandLine(arguments, interfaceIndex);
    if (const auto *error = std::get_if<UsageError>(&parsed))
        return usageFailure(error->message);
    const Invocation &invocation = std::get<Invocation>(parsed);
    qCDebug(lcCli) << "running" << arguments << (invocation.json ? "as JSON" : "as text")
                   << (invocation.viaHelper ? "via the helper" : "");
    return std::visit(Executor(Context { invocation.json, invocation.viaHelper }), invocation.command);
}

} // namespace mptcp::cli
