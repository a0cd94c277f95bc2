#include "mptcp/diagnostics/collect.h"

#include "logging.h"

#include "mptcp/kernel/daemons.h"
#include "mptcp/kernel/kernelstate.h"
#include "mptcp/netlink/pm.h"
#include "mptcp/nm/kernelnetwork.h"
#include "mptcp/nm/networkstate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>

#ifdef MPTCP_DIAGNOSTICS_SOCKDIAG
#include "mptcp/sockdiag/connections.h"
#endif

#include <linux/rtnetlink.h>
#include <sys/socket.h>
#include <sys/utsname.h>
#include <unistd.h>

namespace mptcp::diagnostics {

namespace {

class Text {
    Q_DECLARE_TR_FUNCTIONS(MptcpDiagnosticsCollector)
};

QString describe(const nl::Error &e)
{
    return QString::fromStdString(e.describe());
}

void addNetworkFacts(DiagnosticsInput &input, const nm::KernelNetwork &net)
{
    for (const nm::KernelLink &l : net.links) {
        InterfaceFacts f;
        f.ifindex = l.ifindex;
        f.name = l.name;
        if (net.rpFilter.contains(l.ifindex))
            f.rpFilter = net.rpFilter.value(l.ifindex);
        input.interfaces.append(f);
    }
    input.rpFilterAll = net.rpFilterAll;
    for (const nm::KernelDefaultRoute &r : net.defaultRoutes) {
        // Only routes that forward: unreachable/prohibit defaults lead nowhere.
        if (r.type == RTN_UNICAST)
            input.defaultRoutes.append({r.family, r.ifindex, r.table});
    }
}

// A file shown like `cat FILE` in the report.
void readFileCommand(const QString &path, CommandOutput *out)
{
    out->command = QStringLiteral("cat ") + path;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        out->exitCode = 1;
        out->output = f.errorString();
        return;
    }
    out->output = QString::fromUtf8(f.readAll());
}

#ifdef MPTCP_DIAGNOSTICS_SOCKDIAG
QString endpointText(const nl::IpAddress &address, quint16 port)
{
    const QString a = QString::fromStdString(address.toString());
    return address.family == AF_INET6 ? QStringLiteral("[%1]:%2").arg(a).arg(port)
                                              : QStringLiteral("%1:%2").arg(a).arg(port);
}

// One line per connection, one indented line per subflow with the interface it uses.
QString formatConnections(const sockdiag::Snapshot &s)
{
    QString out;
    for (const sockdiag::MptcpConnection &c : s.connections) {
        out += QStringLiteral("%1 %2 -> %3 token=%4%5")
                   .arg(QString::fromLatin1(sockdiag::stateName(c.state).data()),
                        endpointText(c.localAddress, c.localPort), endpointText(c.remoteAddress, c.remotePort))
                   .arg(c.token, 8, 16, QLatin1Char('0'))
                   .arg(c.fallback ? QStringLiteral(" fallback") : QString());
        if (c.info) {
            out += QStringLiteral(" subflows=%1/%2 add_addr_accepted=%3/%4")
                       .arg(c.info->subflows)
                       .arg(c.info->subflowsMax)
                       .arg(c.info->addAddrAccepted)
                       .arg(c.info->addAddrAcceptedMax);
        }
        out += QLatin1Char('\n');
        for (const sockdiag::Subflow &f : c.subflows) {
            out += QStringLiteral("  subflow %1 %2 -> %3 dev %4%5 ids %6/%7")
                       .arg(QString::fromLatin1(sockdiag::stateName(f.state).data()),
                            endpointText(f.localAddress, f.localPort), endpointText(f.remoteAddress, f.remotePort),
                            f.interfaceName.empty() ? QStringLiteral("?") : QString::fromStdString(f.interfaceName),
                            f.backup() ? QStringLiteral(" backup") : QString())
                       .arg(f.localId)
                       .arg(f.remoteId);
            if (f.hasTcpInfo) {
                out += QStringLiteral(" rtt=%1ms cwnd=%2 bytes_acked=%3 bytes_received=%4 retrans=%5")
                           .arg(double(f.tcp.rttUs) / 1000.0, 0, 'f', 2)
                           .arg(f.tcp.cwnd)
                           .arg(f.tcp.bytesAcked)
                           .arg(f.tcp.bytesReceived)
                           .arg(f.tcp.totalRetrans);
            }
            out += QLatin1Char('\n');
        }
    }
    return out.isEmpty() ? Text::tr("(no MPTCP sockets)") : out;
}
#endif

void readConnections(DebugReportInput &r)
{
#ifdef MPTCP_DIAGNOSTICS_SOCKDIAG
    const nl::Result<sockdiag::Snapshot> s = sockdiag::listConnections();
    if (s)
        r.connections = formatConnections(*s);
    else
        r.connectionsNote = Text::tr("sock_diag listing failed: %1").arg(describe(s.error()));
#else
    r.connectionsNote = Text::tr("This build has no sock_diag support (core/sockdiag); see `ss -ManiH` above.");
#endif
}

} // namespace

KernelReading readKernel()
{
    // core/kernel reads the same sysctls, limits and endpoints; only the wording of
    // "no MPTCP" and the joined limits/endpoints error are the report's own.
    const kernel::KernelStatus status = kernel::toKernelStatus(kernel::readKernel());
    KernelReading r;
    r.kernel = status.state;
    r.sysctls = status.sysctls;
    r.sysctlsError = status.sysctlsError;
    if (!r.kernel.mptcpAvailable) {
        r.kernel.endpointsKnown = false;
        r.endpointsError = Text::tr("This kernel has no MPTCP support.");
        return r;
    }
    QStringList errors;
    if (!status.limitsError.isEmpty())
        errors.append(status.limitsError);
    if (!status.endpointsError.isEmpty())
        errors.append(status.endpointsError);
    r.endpointsError = errors.join(QStringLiteral("; "));
    return r;
}

CommandOutput runCommand(const QString &program, const QStringList &arguments, int timeoutMs)
{
    CommandOutput out;
    out.command = (QStringList{program} + arguments).join(QLatin1Char(' '));
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, arguments);
    if (!p.waitForStarted(timeoutMs)) {
        out.exitCode = -1;
        out.output = p.errorString();
        return out;
    }
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        out.exitCode = -1;
        out.output = Text::tr("timed out after %1 ms").arg(timeoutMs);
        return out;
    }
    out.output = QString::fromLocal8Bit(p.readAll());
    out.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return out;
}

NetworkView captureNetworkView(const nm::NetworkStateReader &reader)
{
    NetworkView view;
    reader.fill(view.snapshot);
    view.network = reader.kernel().state();
    return view;
}

Collected collectDiagnostics(const CollectOptions &options)
{
    Collected c;
    DiagnosticsInput &in = c.input;
    c.kernel = readKernel();
    in.snapshot.kernel = c.kernel.kernel;
    if (options.networkView) {
        const explain::Snapshot &nmView = options.networkView->snapshot;
        in.snapshot.networkManager = nmView.networkManager;
        in.snapshot.devices = nmView.devices;
        in.snapshot.otherAddresses = nmView.otherAddresses;
        addNetworkFacts(in, options.networkView->network);
    } else if (options.networkState) {
        options.networkState->fill(in.snapshot);
        addNetworkFacts(in, options.networkState->kernel().state());
    } else {
        // Kernel-only mode, as the NM reader does while NetworkManager is not running.
        const nm::KernelNetworkReader kernel;
        if (!kernel.isOpen())
            qCWarning(lcDiagnostics) << "rtnetlink:" << kernel.errorString();
        const nm::DeviceView view = nm::joinDevices(false, {}, kernel.state(), {});
        in.snapshot.devices = view.devices;
        in.snapshot.otherAddresses = view.otherAddresses;
        in.snapshot.networkManager.running = false;
        addNetworkFacts(in, kernel.state());
    }
    in.snapshot.others.mptcpdRunning = kernel::isMptcpdRunning();
    in.explanation = explain::explain(in.snapshot);

    nl::Result<CounterSample> now = readCounters();
    if (now) {
        c.counters = *now;
        if (options.baseline)
            in.counters = compareSamples(*options.baseline, *now);
    } else {
        c.countersError = QString::fromStdString(now.error().message);
    }
    return c;
}

CommandOutput readSockets()
{
    return runCommand(QStringLiteral("ss"), {QStringLiteral("-ManiH")});
}

Reproduction beginReproduction()
{
    Reproduction r;
    if (nl::Result<CounterSample> s = readCounters())
        r.baseline = *s;
    r.socketsBefore = readSockets().output;
    return r;
}

void finishReproduction(Reproduction &reproduction, const QStringList &events)
{
    reproduction.socketsAfter = readSockets().output;
    if (nl::Result<CounterSample> s = readCounters())
        reproduction.after = *s;
    reproduction.events = events;
}

QString formatEvent(const nl::Event &e)
{
    QString line = QStringLiteral("[%1]").arg(QString::fromLatin1(nl::eventTypeName(e.type).data()).toUpper(), 15);
    const auto add = [&line](const char *key, const QString &value) {
        line += QStringLiteral(" %1=%2").arg(QLatin1String(key), value);
    };
    if (e.token)
        add("token", QStringLiteral("%1").arg(*e.token, 8, 16, QLatin1Char('0')));
    if (e.remoteId)
        add("remid", QString::number(*e.remoteId));
    if (e.localId)
        add("locid", QString::number(*e.localId));
    if (e.saddr)
        add("saddr", QString::fromStdString(e.saddr->toString()));
    if (e.daddr)
        add("daddr", QString::fromStdString(e.daddr->toString()));
    if (e.sport)
        add("sport", QString::number(*e.sport));
    if (e.dport)
        add("dport", QString::number(*e.dport));
    if (e.backup)
        add("backup", QString::number(*e.backup ? 1 : 0));
    if (e.ifindex)
        add("ifindex", QString::number(*e.ifindex));
    if (e.error)
        add("error", QString::number(*e.error));
    if (e.resetReason)
        add("reset_reason", QString::number(*e.resetReason));
    if (e.resetFlags)
        add("reset_flags", QString::number(*e.resetFlags));
    return line;
}

DebugReportInput collectDebugReport(const CollectOptions &options, std::optional<Reproduction> reproduction)
{
    DebugReportInput r;
    r.toolVersion = QStringLiteral(MPTCP_SETTINGS_VERSION);
    r.generatedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    struct utsname uts {};
    if (::uname(&uts) == 0)
        r.hostname = QString::fromLocal8Bit(uts.nodename);
    r.uname = runCommand(QStringLiteral("uname"), {QStringLiteral("-a")});
    readFileCommand(QStringLiteral("/etc/os-release"), &r.osRelease);

    Collected c = collectDiagnostics(options);
    r.diagnostics = c.input;
    r.checks = runChecks(c.input);
    r.sysctls = c.kernel.sysctls;
    r.sysctlsError = c.kernel.sysctlsError;
    r.endpointsError = c.kernel.endpointsError;
    r.counters = c.counters;
    r.countersError = c.countersError;
    r.sockets = readSockets();
    readConnections(r);
    r.reproduction = std::move(reproduction);
    r.mptcpdRunning = c.input.snapshot.others.mptcpdRunning;
    readFileCommand(QStringLiteral("/etc/mptcpd/mptcpd.conf"), &r.mptcpdConf);
    for (const char *family : {"-4", "-6"}) {
        r.routing << runCommand(QStringLiteral("ip"), {QLatin1String(family), QStringLiteral("rule"), QStringLiteral("show")});
        r.routing << runCommand(QStringLiteral("ip"), {QLatin1String(family), QStringLiteral("route"), QStringLiteral("show"),
                                                        QStringLiteral("table"), QStringLiteral("all")});
    }
    return r;
}

} // namespace mptcp::diagnostics
