#include "mptcp/diagnostics/debugreport.h"

#include "mptcp/diagnostics/redact.h"
#include "mptcp/explain/rules.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace mptcp::diagnostics {

namespace {

class Text {
    Q_DECLARE_TR_FUNCTIONS(MptcpDebugReport)
};

QString block(const QString &body, const QString &language = QString())
{
    QString b = body;
    if (!b.endsWith(QLatin1Char('\n')))
        b += QLatin1Char('\n');
    return QStringLiteral("```%1\n%2```\n").arg(language, b);
}

QString command(const CommandOutput &c)
{
    QString out = QStringLiteral("$ %1\n").arg(c.command);
    if (c.exitCode < 0)
        out += Text::tr("(could not be run: %1)").arg(c.output.trimmed()) + QLatin1Char('\n');
    else if (c.output.isEmpty())
        out += Text::tr("(no output)") + QLatin1Char('\n');
    else
        out += c.output.endsWith(QLatin1Char('\n')) ? c.output : c.output + QLatin1Char('\n');
    return out;
}

QString interfaceName(const QList<InterfaceFacts> &interfaces, int ifindex)
{
    for (const InterfaceFacts &i : interfaces) {
        if (i.ifindex == ifindex)
            return i.name;
    }
    return QStringLiteral("#%1").arg(ifindex);
}

QString flagsSourceText(const explain::ResolvedFlags &f)
{
    switch (f.source) {
    case explain::FlagsSource::Connection:
        return Text::tr("the connection profile");
    case explain::FlagsSource::ConfSection:
    case explain::FlagsSource::ConfGlobal:
        return Text::tr("%1 [%2]").arg(f.confFile, f.confSection);
    case explain::FlagsSource::BuiltIn:
        break;
    }
    return Text::tr("NetworkManager's built-in default");
}

QString deviceTypeName(explain::DeviceType t)
{
    switch (t) {
    case explain::DeviceType::Ethernet:
        return QStringLiteral("ethernet");
    case explain::DeviceType::Wifi:
        return QStringLiteral("wifi");
    case explain::DeviceType::Modem:
        return QStringLiteral("modem");
    case explain::DeviceType::Vpn:
        return QStringLiteral("vpn");
    case explain::DeviceType::WireGuard:
        return QStringLiteral("wireguard");
    case explain::DeviceType::Tun:
        return QStringLiteral("tun");
    case explain::DeviceType::Bridge:
        return QStringLiteral("bridge");
    case explain::DeviceType::Bond:
        return QStringLiteral("bond");
    case explain::DeviceType::Loopback:
        return QStringLiteral("loopback");
    case explain::DeviceType::Other:
        break;
    }
    return QStringLiteral("other");
}

QString meteredName(explain::Metered m)
{
    switch (m) {
    case explain::Metered::Yes:
        return QStringLiteral("yes");
    case explain::Metered::No:
        return QStringLiteral("no");
    case explain::Metered::GuessYes:
        return QStringLiteral("yes (guessed)");
    case explain::Metered::GuessNo:
        return QStringLiteral("no (guessed)");
    case explain::Metered::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString renderNetworkManager(const DiagnosticsInput &d)
{
    const explain::NetworkManagerState &nm = d.snapshot.networkManager;
    if (!nm.running)
        return Text::tr("NetworkManager is not running.\n");
    QString out = Text::tr("NetworkManager %1.%2.%3\n").arg(nm.version.major).arg(nm.version.minor).arg(nm.version.micro);
    out += Text::tr("Active connections (device, type, metered, connection, connection.mptcp-flags, flags in use, "
                    "from):\n");
    for (const explain::Device &dev : d.snapshot.devices) {
        if (!dev.connection)
            continue;
        const explain::DeviceSummary *summary = nullptr;
        for (const explain::DeviceSummary &s : d.explanation.devices) {
            if (s.device == dev.ifname)
                summary = &s;
        }
        QString resolved = QStringLiteral("-");
        QString source = QStringLiteral("-");
        if (summary && summary->flags) {
            resolved = explain::nmFlagsText(summary->flags->flags);
            source = flagsSourceText(*summary->flags);
        }
        out += QStringLiteral("  %1  %2  %3  \"%4\" %5  %6 (0x%7)  %8  %9\n")
                   .arg(dev.ifname, deviceTypeName(dev.type), meteredName(dev.metered), dev.connection->id,
                        dev.connection->uuid, explain::nmFlagsText(dev.connection->mptcpFlags))
                   .arg(dev.connection->mptcpFlags, 0, 16)
                   .arg(resolved, source);
    }
    out += Text::tr("NetworkManager.conf defaults for connection.mptcp-flags:\n");
    if (!nm.confKnown) {
        out += Text::tr("  (NetworkManager.conf could not be read)\n");
        return out;
    }
    QSet<QString> seen;
    for (const explain::Device &dev : d.snapshot.devices) {
        for (const explain::ConfDefault &c : dev.confDefaults) {
            if (!c.setsMptcpFlags)
                continue;
            const QString key = c.file + QLatin1Char('\n') + c.section;
            if (seen.contains(key))
                continue;
            seen.insert(key);
            const bool number = explain::parseConfFlags(c.value).has_value();
            out += QStringLiteral("  %1 [%2] connection.mptcp-flags=%3%4%5\n")
                       .arg(c.file, c.section, c.value,
                            c.matchDevice.isEmpty() ? QString() : QStringLiteral(" match-device=") + c.matchDevice,
                            number ? QString() : Text::tr(" (ignored by NetworkManager: not a number)"));
        }
    }
    if (seen.isEmpty())
        out += Text::tr("  (none: the built-in default applies)\n");
    return out;
}

QString renderRpFilter(const DiagnosticsInput &d)
{
    QString out = QStringLiteral("net.ipv4.conf.all.rp_filter = %1\n")
                      .arg(d.rpFilterAll ? QString::number(*d.rpFilterAll) : QStringLiteral("?"));
    for (const InterfaceFacts &i : d.interfaces) {
        out += QStringLiteral("net.ipv4.conf.%1.rp_filter = %2\n")
                   .arg(i.name, i.rpFilter ? QString::number(*i.rpFilter) : QStringLiteral("?"));
    }
    return out;
}

QString redactIf(const DebugReportInput &input, const DebugReportOptions &options, const QString &text)
{
    if (!options.redact)
        return text;
    Redactor r;
    r.addLiteral(input.hostname, QStringLiteral("<hostname>"));
    return r.redact(text);
}

// One Redactor over every string keeps placeholders consistent across fields.
QJsonValue redactJson(const QJsonValue &v, Redactor &r)
{
    if (v.isString())
        return r.redact(v.toString());
    if (v.isArray()) {
        QJsonArray a;
        for (const QJsonValue &e : v.toArray())
            a.append(redactJson(e, r));
        return a;
    }
    if (v.isObject()) {
        const QJsonObject in = v.toObject();
        QJsonObject o;
        for (auto it = in.constBegin(); it != in.constEnd(); ++it)
            o.insert(it.key(), redactJson(it.value(), r));
        return o;
    }
    return v;
}

QJsonObject commandJson(const CommandOutput &c)
{
    QJsonObject o;
    o.insert(QStringLiteral("command"), c.command);
    o.insert(QStringLiteral("output"), c.output);
    o.insert(QStringLiteral("exit_code"), c.exitCode);
    return o;
}

} // namespace

QString renderSysctls(const QList<std::pair<QString, QString>> &sysctls)
{
    QString out;
    for (const auto &[key, value] : sysctls)
        out += QStringLiteral("net.mptcp.%1 = %2\n").arg(key, value);
    return out;
}

QString renderEndpoints(const explain::KernelState &kernel, const QList<InterfaceFacts> &interfaces)
{
    QString out;
    for (const explain::KernelEndpoint &e : kernel.endpoints) {
        out += e.address;
        if (e.port != 0)
            out += QStringLiteral(" port %1").arg(e.port);
        out += QStringLiteral(" id %1").arg(e.id);
        const QStringList words = explain::kernelFlagWords(e.flags);
        if (!words.isEmpty())
            out += QLatin1Char(' ') + words.join(QLatin1Char(' '));
        if (e.ifindex > 0)
            out += QStringLiteral(" dev %1").arg(interfaceName(interfaces, e.ifindex));
        out += QLatin1Char('\n');
    }
    return out;
}

QString renderLimits(const explain::KernelState &kernel)
{
    const auto value = [](const std::optional<quint32> &v) { return v ? QString::number(*v) : QStringLiteral("?"); };
    return QStringLiteral("add_addr_accepted %1 subflows %2\n")
        .arg(value(kernel.addAddrAcceptedLimit), value(kernel.subflowsLimit));
}

QString renderExplanation(const explain::Explanation &e)
{
    QString out = e.verdict + QLatin1Char('\n');
    const auto words = [](const std::optional<quint32> &flags, const QStringList &w) {
        if (!flags)
            return QStringLiteral("-");
        return w.isEmpty() ? Text::tr("(no flags)") : w.join(QLatin1Char(','));
    };
    out += Text::tr("DEVICE  ADDRESS  EXPECTED  KERNEL  VERDICT  REASON\n");
    for (const explain::Row &r : e.rows) {
        out += QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                   .arg(r.device, r.address, words(r.expectedFlags, r.expected), words(r.kernelFlags, r.kernel),
                        explain::verdictName(r.verdict),
                        r.reason == explain::Reason::Expected ? r.verdictText : r.reasonText);
    }
    for (const explain::ExtraEndpoint &x : e.extras) {
        out += QStringLiteral("-  %1  -  %2  unexpected  %3\n")
                   .arg(x.endpoint.address, x.flags.isEmpty() ? Text::tr("(no flags)") : x.flags.join(QLatin1Char(',')),
                        x.text);
    }
    for (const explain::Warning &w : e.warnings)
        out += Text::tr("warning: %1").arg(w.text) + QLatin1Char('\n');
    return out;
}

QString renderDebugReport(const DebugReportInput &in, const DebugReportOptions &options)
{
    const DiagnosticsInput &d = in.diagnostics;
    QString out;
    out += Text::tr("<!-- MPTCP debug report by mptcp-settings %1, %2. For "
                    "https://github.com/multipath-tcp/mptcp_net-next/issues (bug report template). -->\n\n")
               .arg(in.toolVersion, in.generatedAt);

    out += QStringLiteral("### %1\n\n").arg(Text::tr("System info"));
    QString system = command(in.uname) + command(in.osRelease);
    system += QStringLiteral("$ sysctl net.mptcp\n");
    system += in.sysctlsError.isEmpty() ? renderSysctls(in.sysctls) : in.sysctlsError + QLatin1Char('\n');
    system += QStringLiteral("$ ip mptcp endpoint show\n");
    system += in.endpointsError.isEmpty() ? renderEndpoints(d.snapshot.kernel, d.interfaces)
                                          : in.endpointsError + QLatin1Char('\n');
    system += QStringLiteral("$ ip mptcp limits show\n");
    system += in.endpointsError.isEmpty() ? renderLimits(d.snapshot.kernel) : in.endpointsError + QLatin1Char('\n');
    out += block(system, QStringLiteral("shell")) + QLatin1Char('\n');

    const QString fillIn = Text::tr("_(to be filled in by the reporter)_");
    out += QStringLiteral("### %1\n\n%2\n\n").arg(Text::tr("What did you do?"), fillIn);
    out += QStringLiteral("### %1\n\n%2\n\n").arg(Text::tr("What happened?"), fillIn);
    out += QStringLiteral("### %1\n\n%2\n\n").arg(Text::tr("What did you expect to have?"), fillIn);

    out += QStringLiteral("### %1\n\n").arg(Text::tr("Additional context"));
    out += QStringLiteral("#### %1\n\n").arg(Text::tr("Checks"));
    out += block(renderChecks(in.checks, true)) + QLatin1Char('\n');

    if (in.reproduction) {
        const Reproduction &r = *in.reproduction;
        out += QStringLiteral("#### %1\n\n").arg(Text::tr("Reproduction"));
        out += block(QStringLiteral("$ %1\n").arg(in.sockets.command) + r.socketsBefore, QStringLiteral("shell"));
        out += Text::tr("Path-manager events while reproducing (`ip mptcp monitor`):") + QStringLiteral("\n\n");
        out += block(r.events.isEmpty() ? Text::tr("(no events)") : r.events.join(QLatin1Char('\n')));
        out += Text::tr("After reproducing:") + QStringLiteral("\n\n");
        out += block(QStringLiteral("$ %1\n").arg(in.sockets.command) + r.socketsAfter, QStringLiteral("shell"));
        out += Text::tr("MPTcpExt counter changes (`nstat` after `nstat -n`):") + QStringLiteral("\n\n");
        out += block(renderDelta(compareSamples(r.baseline, r.after))) + QLatin1Char('\n');
    } else {
        out += QStringLiteral("#### %1\n\n").arg(Text::tr("MPTCP sockets"));
        out += block(command(in.sockets), QStringLiteral("shell")) + QLatin1Char('\n');
        out += QStringLiteral("#### %1\n\n").arg(Text::tr("MPTcpExt counters"));
        QString counters = in.counters ? renderCounters(*in.counters) : in.countersError;
        if (in.counters && counters.isEmpty())
            counters = Text::tr("(every counter is 0)");
        out += block(counters) + QLatin1Char('\n');
    }

    out += QStringLiteral("#### %1\n\n").arg(Text::tr("MPTCP connections and subflows"));
    out += block(in.connectionsNote.isEmpty() ? in.connections : in.connectionsNote) + QLatin1Char('\n');

    out += QStringLiteral("#### %1\n\n").arg(Text::tr("NetworkManager"));
    out += block(renderNetworkManager(d)) + QLatin1Char('\n');
    out += QStringLiteral("#### %1\n\n").arg(Text::tr("Endpoints NetworkManager is expected to create"));
    out += block(renderExplanation(d.explanation)) + QLatin1Char('\n');

    out += QStringLiteral("#### %1\n\n").arg(Text::tr("mptcpd"));
    out += block((in.mptcpdRunning ? Text::tr("mptcpd is running.") : Text::tr("mptcpd is not running."))
                     + QLatin1Char('\n') + command(in.mptcpdConf),
                 QStringLiteral("shell"))
        + QLatin1Char('\n');

    out += QStringLiteral("#### %1\n\n").arg(Text::tr("Routing"));
    QString routing;
    for (const CommandOutput &c : in.routing)
        routing += command(c);
    out += block(routing, QStringLiteral("shell")) + QLatin1Char('\n');

    out += QStringLiteral("#### %1\n\n").arg(Text::tr("Reverse-path filtering"));
    out += block(renderRpFilter(d));

    return redactIf(in, options, out);
}

QJsonObject toJson(const DebugReportInput &in, const DebugReportOptions &options)
{
    const DiagnosticsInput &d = in.diagnostics;
    QJsonObject o;
    o.insert(QStringLiteral("tool_version"), in.toolVersion);
    o.insert(QStringLiteral("generated_at"), in.generatedAt);
    o.insert(QStringLiteral("uname"), commandJson(in.uname));
    o.insert(QStringLiteral("os_release"), commandJson(in.osRelease));
    QJsonObject sysctls;
    for (const auto &[key, value] : in.sysctls)
        sysctls.insert(QStringLiteral("net.mptcp.") + key, value);
    o.insert(QStringLiteral("sysctls"), sysctls);
    o.insert(QStringLiteral("endpoints"), renderEndpoints(d.snapshot.kernel, d.interfaces));
    o.insert(QStringLiteral("limits"), renderLimits(d.snapshot.kernel));
    o.insert(QStringLiteral("checks"), toJson(in.checks));
    o.insert(QStringLiteral("sockets"), commandJson(in.sockets));
    o.insert(QStringLiteral("connections"), in.connectionsNote.isEmpty() ? in.connections : in.connectionsNote);
    o.insert(QStringLiteral("counters"), in.counters ? QJsonValue(toJson(*in.counters)) : QJsonValue(in.countersError));
    if (in.reproduction) {
        const Reproduction &r = *in.reproduction;
        QJsonObject rep;
        rep.insert(QStringLiteral("sockets_before"), r.socketsBefore);
        rep.insert(QStringLiteral("sockets_after"), r.socketsAfter);
        rep.insert(QStringLiteral("events"), QJsonArray::fromStringList(r.events));
        rep.insert(QStringLiteral("counters"), toJson(compareSamples(r.baseline, r.after)));
        o.insert(QStringLiteral("reproduction"), rep);
    }
    o.insert(QStringLiteral("networkmanager"), renderNetworkManager(d));
    QJsonArray rows;
    for (const explain::Row &r : d.explanation.rows)
        rows.append(explain::toJson(r));
    for (const explain::ExtraEndpoint &x : d.explanation.extras)
        rows.append(explain::toJson(x, d.snapshot));
    o.insert(QStringLiteral("explanation"), rows);
    o.insert(QStringLiteral("mptcpd_running"), in.mptcpdRunning);
    o.insert(QStringLiteral("mptcpd_conf"), commandJson(in.mptcpdConf));
    QJsonArray routing;
    for (const CommandOutput &c : in.routing)
        routing.append(commandJson(c));
    o.insert(QStringLiteral("routing"), routing);
    o.insert(QStringLiteral("rp_filter"), renderRpFilter(d));
    if (!options.redact)
        return o;
    Redactor r;
    r.addLiteral(in.hostname, QStringLiteral("<hostname>"));
    return redactJson(o, r).toObject();
}

} // namespace mptcp::diagnostics
