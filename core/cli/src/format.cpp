#include "mptcp/cli/format.h"

#include "jsonwriter.h"
#include "text.h"
#include "textlayout.h"

#include <algorithm>
#include <cerrno>

namespace mptcp::cli {

namespace {

// Flag bits iproute2 names; anything else is shown as "rawflags" hex (ipmptcp.c).
constexpr std::uint32_t NamedFlags
    = nl::FlagSignal | nl::FlagSubflow | nl::FlagBackup | nl::FlagFullmesh | nl::FlagImplicit | nl::FlagLaminar;

QStringList flagNames(std::uint32_t flags)
{
    QStringList names;
    for (const std::string &word : nl::flagWords(flags & NamedFlags))
        names << QString::fromStdString(word);
    return names;
}

QString rawFlags(std::uint32_t flags)
{
    return QStringLiteral("%1").arg(flags & ~NamedFlags, 2, 16, QLatin1Char('0'));
}

QString address(const nl::IpAddress &address)
{
    return QString::fromStdString(address.toString());
}

// iproute2's ll_index_to_name(): an index with no interface behind it reads "if<N>".
QString interfaceLabel(int ifindex, const InterfaceNameLookup &interfaceName)
{
    const QString name = interfaceName(ifindex);
    return name.isEmpty() ? QStringLiteral("if%1").arg(ifindex) : name;
}

// printf's "%#x", which iproute2 uses for hex fields: no prefix for zero.
QString alternateHex(quint64 value)
{
    return value ? QStringLiteral("0x%1").arg(value, 0, 16) : QStringLiteral("0");
}

void writeEndpoint(JsonWriter &json, const nl::Endpoint &endpoint, const InterfaceNameLookup &interfaceName)
{
    json.beginObject();
    if (endpoint.address.isSet())
        json.string(QStringLiteral("address"), address(endpoint.address));
    if (endpoint.port)
        json.number(QStringLiteral("port"), endpoint.port);
    json.number(QStringLiteral("id"), endpoint.id);
    for (const QString &flag : flagNames(endpoint.flags))
        json.boolean(flag, true);
    if (endpoint.flags & ~NamedFlags)
        json.string(QStringLiteral("rawflags"), rawFlags(endpoint.flags));
    if (endpoint.ifindex)
        json.string(QStringLiteral("dev"), interfaceLabel(endpoint.ifindex, interfaceName));
    json.endObject();
}

void writeLimits(JsonWriter &json, const nl::Limits &limits)
{
    json.number(QStringLiteral("add_addr_accepted"), limits.addAddrAccepted);
    json.number(QStringLiteral("subflows"), limits.subflows);
}

QString endpointLine(const nl::Endpoint &endpoint, const InterfaceNameLookup &interfaceName)
{
    QStringList words;
    if (endpoint.address.isSet())
        words << address(endpoint.address);
    if (endpoint.port)
        words << QStringLiteral("port") << QString::number(endpoint.port);
    words << QStringLiteral("id") << QString::number(endpoint.id);
    words << flagNames(endpoint.flags);
    if (endpoint.flags & ~NamedFlags)
        words << QStringLiteral("rawflags") << rawFlags(endpoint.flags);
    if (endpoint.ifindex)
        words << QStringLiteral("dev") << interfaceLabel(endpoint.ifindex, interfaceName);
    return words.join(u' ');
}

// The upper-case name `ip mptcp monitor` prints; nullopt for a type it has no name for.
std::optional<QString> knownEventName(const nl::Event &event)
{
    const std::string_view name = nl::eventTypeName(event.type);
    if (name == "unknown")
        return std::nullopt;
    return QString::fromLatin1(name.data(), qsizetype(name.size())).toUpper();
}

QString unknownEventName(const nl::Event &event)
{
    return QStringLiteral("UNKNOWN %1").arg(event.rawType);
}

// MPTCP_PM_EV_FLAG_* (uapi linux/mptcp.h); the rest of the word is shown as hex.
constexpr std::uint16_t EventFlagDenyJoinId0 = 1u << 0;
constexpr std::uint16_t EventFlagServerSide = 1u << 1;

// One event as key/value pairs in iproute2's order (ipmptcp.c, mptcp_monitor_msg);
// the text and JSON forms differ only in spelling.
struct EventField {
    enum Kind { Number, Hex, Text, Flag } kind;
    QString key;
    QString text; // Hex, Text: the value as the text form prints it
    qint64 number = 0; // Number; Hex: the value JSON writes as "%#llx"
};

std::vector<EventField> eventFields(const nl::Event &e, const InterfaceNameLookup &interfaceName)
{
    std::vector<EventField> fields;
    const auto number = [&fields](const char *key, qint64 value) {
        fields.push_back({ EventField::Number, QLatin1String(key), {}, value });
    };
    if (e.token)
        fields.push_back({ EventField::Hex, QStringLiteral("token"),
            QStringLiteral("%1").arg(*e.token, 8, 16, QLatin1Char('0')), *e.token });
    if (e.remoteId)
        number("remid", *e.remoteId);
    if (e.localId)
        number("locid", *e.localId);
    const auto addAddress = [&fields](const std::optional<nl::IpAddress> &a, int family, const char *key) {
        if (a && a->family == family)
            fields.push_back({ EventField::Text, QLatin1String(key), address(*a), 0 });
    };
    constexpr int inet = 2, inet6 = 10; // AF_INET, AF_INET6
    addAddress(e.saddr, inet, "saddr4");
    addAddress(e.daddr, inet, "daddr4");
    addAddress(e.saddr, inet6, "saddr6");
    addAddress(e.daddr, inet6, "daddr6");
    if (e.sport)
        number("sport", *e.sport);
    if (e.dport)
        number("dport", *e.dport);
    if (e.backup)
        number("backup", *e.backup ? 1 : 0);
    if (e.error)
        number("error", *e.error);
    if (e.timeout)
        number("timeout", *e.timeout);
    if (e.ifindex) {
        number("ifindex", *e.ifindex);
        if (*e.ifindex)
            fields.push_back({ EventField::Text, QStringLiteral("dev"), interfaceLabel(*e.ifindex, interfaceName), 0 });
    }
    if (e.resetReason)
        number("reset_reason", *e.resetReason);
    if (e.resetFlags)
        fields.push_back(
            { EventField::Hex, QStringLiteral("reset_flags"), alternateHex(*e.resetFlags), *e.resetFlags });
    std::uint16_t flags = e.flags.value_or(0);
    if ((flags & EventFlagServerSide) || e.serverSide.value_or(false)) {
        flags &= ~EventFlagServerSide;
        fields.push_back({ EventField::Flag, QStringLiteral("server_side"), {}, 0 });
    }
    if (flags & EventFlagDenyJoinId0) {
        flags &= ~EventFlagDenyJoinId0;
        fields.push_back({ EventField::Flag, QStringLiteral("deny_join_id0"), {}, 0 });
    }
    if (flags)
        fields.push_back({ EventField::Hex, QStringLiteral("flags"), alternateHex(flags), flags });
    return fields;
}

QString describe(const nl::Error &error)
{
    return QString::fromStdString(error.describe());
}

// "kernel" / "userspace" from net.mptcp.path_manager (6.15+) or pm_type (older).
std::optional<QString> pathManagerName(const nl::Sysctls &sysctls)
{
    if (sysctls.pathManager)
        return QString::fromStdString(*sysctls.pathManager);
    if (sysctls.pmType)
        return *sysctls.pmType == 0 ? QStringLiteral("kernel") : QStringLiteral("userspace");
    return std::nullopt;
}

QString networkManagerText(const NetworkManagerStatus &nm)
{
    std::vector<std::pair<QString, QString>> rows;
    QString state = nm.running ? Text::tr("running, version %1").arg(nm.version) : Text::tr("not running");
    if (!nm.problem.isEmpty() && nm.running)
        state += QStringLiteral(" (") + nm.problem + u')';
    rows.emplace_back(Text::tr("NetworkManager"), state);
    rows.emplace_back(Text::tr("Default flags"),
        nm.confDefault.isEmpty() ? Text::tr("none in NetworkManager.conf (built-in default applies)")
                                 : Text::tr("connection.mptcp-flags=%1 (%2)").arg(nm.confDefault, nm.confFile));
    QString text = alignedRows(rows, {});
    if (!nm.interfaces.isEmpty()) {
        text += Text::tr("Interfaces:") + u'\n';
        std::vector<std::pair<QString, QString>> lines(nm.interfaces.cbegin(), nm.interfaces.cend());
        text += alignedRows(lines, QStringLiteral("  "));
    }
    if (!nm.verdict.isEmpty())
        text += nm.verdict + u'\n';
    return text;
}

} // namespace

QString endpointsJson(const std::vector<nl::Endpoint> &endpoints, const InterfaceNameLookup &interfaceName)
{
    JsonWriter json;
    json.beginArray();
    for (const nl::Endpoint &endpoint : endpoints)
        writeEndpoint(json, endpoint, interfaceName);
    json.endArray();
    return json.text() + u'\n';
}

QString endpointsText(const std::vector<nl::Endpoint> &endpoints, const InterfaceNameLookup &interfaceName)
{
    QString text;
    for (const nl::Endpoint &endpoint : endpoints)
        text += endpointLine(endpoint, interfaceName) + u'\n';
    return text;
}

QString limitsJson(const nl::Limits &limits)
{
    JsonWriter json;
    json.beginObject();
    writeLimits(json, limits);
    json.endObject();
    return json.text() + u'\n';
}

QString limitsText(const nl::Limits &limits)
{
    return QStringLiteral("add_addr_accepted %1 subflows %2\n").arg(limits.addAddrAccepted).arg(limits.subflows);
}

QString eventText(const nl::Event &event, const InterfaceNameLookup &interfaceName)
{
    // 6.1's "[%14s]" (the installed ip(8)); longer names such as LISTENER_CREATED overflow it.
    const std::optional<QString> name = knownEventName(event);
    QString line = u'[' + name.value_or(unknownEventName(event)).rightJustified(14) + u']';
    if (name) {
        for (const EventField &field : eventFields(event, interfaceName)) {
            line += u' ' + field.key;
            switch (field.kind) {
            case EventField::Number:
                line += u'=' + QString::number(field.number);
                break;
            case EventField::Hex:
            case EventField::Text:
                line += u'=' + field.text;
                break;
            case EventField::Flag:
                break;
            }
        }
    }
    return line + u'\n';
}

QString eventJson(const nl::Event &event, const InterfaceNameLookup &interfaceName)
{
    JsonWriter json;
    json.beginObject();
    const std::optional<QString> name = knownEventName(event);
    json.string(QStringLiteral("event"), name.value_or(unknownEventName(event)));
    if (name) {
        for (const EventField &field : eventFields(event, interfaceName)) {
            switch (field.kind) {
            case EventField::Number:
                json.number(field.key, field.number);
                break;
            case EventField::Hex:
                // print_0xhex() in JSON is "%#llx" whatever the text form pads to.
                json.string(field.key, alternateHex(quint64(field.number)));
                break;
            case EventField::Text:
                json.string(field.key, field.text);
                break;
            case EventField::Flag:
                json.boolean(field.key, true);
                break;
            }
        }
    }
    json.endObject();
    return json.text() + u'\n';
}

QString statusText(const StatusReport &report, const InterfaceNameLookup &interfaceName)
{
    std::vector<std::pair<QString, QString>> summary;
    const QString unavailable = Text::tr("unavailable: %1");
    if (report.sysctls) {
        const nl::Sysctls &s = *report.sysctls;
        summary.emplace_back(Text::tr("MPTCP"),
            !s.enabled       ? Text::tr("unknown")
                : *s.enabled ? Text::tr("enabled (net.mptcp.enabled = 1)")
                             : Text::tr("disabled (net.mptcp.enabled = 0): sockets fall back to TCP"));
        const std::optional<QString> pm = pathManagerName(s);
        summary.emplace_back(Text::tr("Path manager"),
            !pm                                  ? Text::tr("unknown")
                : *pm == QLatin1String("kernel") ? Text::tr("in-kernel")
                : *pm == QLatin1String("userspace")
                ? Text::tr("userspace (a daemon such as mptcpd decides; endpoints below are not used)")
                : *pm);
    } else {
        summary.emplace_back(Text::tr("MPTCP"), unavailable.arg(describe(report.sysctls.error())));
    }
    if (report.limits)
        summary.emplace_back(Text::tr("Limits"),
            Text::tr("subflows %1, add_addr_accepted %2")
                .arg(report.limits->subflows)
                .arg(report.limits->addAddrAccepted));
    else
        summary.emplace_back(Text::tr("Limits"), unavailable.arg(describe(report.limits.error())));
    if (report.endpoints)
        summary.emplace_back(Text::tr("Endpoints"),
            report.endpoints->empty() ? Text::tr("none") : QString::number(qsizetype(report.endpoints->size())));
    else
        summary.emplace_back(Text::tr("Endpoints"), unavailable.arg(describe(report.endpoints.error())));

    QString text = alignedRows(summary, {});
    const QString indent = QStringLiteral("  ");
    if (report.endpoints && !report.endpoints->empty()) {
        std::vector<QStringList> rows { { Text::tr("ID"), Text::tr("ADDRESS"), Text::tr("PORT"), Text::tr("FLAGS"),
            Text::tr("INTERFACE") } };
        for (const nl::Endpoint &e : *report.endpoints) {
            QStringList flags = flagNames(e.flags);
            if (e.flags & ~NamedFlags)
                flags << QStringLiteral("0x") + rawFlags(e.flags);
            rows.push_back({ QString::number(e.id), address(e.address), e.port ? QString::number(e.port) : QString(),
                flags.join(u' '), e.ifindex ? interfaceLabel(e.ifindex, interfaceName) : QString() });
        }
        text += table(rows, indent);
    }
    if (report.sysctls) {
        text += u'\n' + Text::tr("Kernel settings (net.mptcp):") + u'\n';
        std::vector<std::pair<QString, QString>> rows;
        for (const nl::SysctlEntry &entry : report.sysctls->all)
            rows.emplace_back(QString::fromStdString(entry.key), QString::fromStdString(entry.value));
        text += alignedRows(rows, indent);
    }
    if (report.networkManager)
        text += u'\n' + networkManagerText(*report.networkManager);
    return text;
}

QString statusJson(const StatusReport &report, const InterfaceNameLookup &interfaceName)
{
    JsonWriter json;
    json.beginObject();
    if (report.sysctls) {
        if (report.sysctls->enabled)
            json.boolean(QStringLiteral("enabled"), *report.sysctls->enabled);
        if (const std::optional<QString> pm = pathManagerName(*report.sysctls))
            json.string(QStringLiteral("path_manager"), *pm);
    }
    if (report.limits) {
        json.beginObject(QStringLiteral("limits"));
        writeLimits(json, *report.limits);
        json.endObject();
    }
    if (report.endpoints) {
        json.beginArray(QStringLiteral("endpoints"));
        for (const nl::Endpoint &endpoint : *report.endpoints)
            writeEndpoint(json, endpoint, interfaceName);
        json.endArray();
    }
    if (report.sysctls) {
        // Values stay strings, exactly as the kernel prints them (some are lists).
        json.beginObject(QStringLiteral("sysctls"));
        for (const nl::SysctlEntry &entry : report.sysctls->all)
            json.string(QString::fromStdString(entry.key), QString::fromStdString(entry.value));
        json.endObject();
    }
    if (report.networkManager) {
        const NetworkManagerStatus &nm = *report.networkManager;
        json.beginObject(QStringLiteral("networkmanager"));
        json.boolean(QStringLiteral("running"), nm.running);
        if (!nm.version.isEmpty())
            json.string(QStringLiteral("version"), nm.version);
        if (!nm.problem.isEmpty())
            json.string(QStringLiteral("problem"), nm.problem);
        if (!nm.confDefault.isEmpty()) {
            json.string(QStringLiteral("conf_default"), nm.confDefault);
            json.string(QStringLiteral("conf_file"), nm.confFile);
        }
        json.endObject();
        json.beginArray(QStringLiteral("interfaces"));
        for (const auto &[device, verdict] : nm.interfaces) {
            json.beginObject();
            json.string(QStringLiteral("device"), device);
            json.string(QStringLiteral("verdict"), verdict);
            json.endObject();
        }
        json.endArray();
        json.string(QStringLiteral("verdict"), nm.verdict);
    }
    if (!report.sysctls || !report.limits || !report.endpoints) {
        json.beginObject(QStringLiteral("errors"));
        if (!report.sysctls)
            json.string(QStringLiteral("sysctls"), describe(report.sysctls.error()));
        if (!report.limits)
            json.string(QStringLiteral("limits"), describe(report.limits.error()));
        if (!report.endpoints)
            json.string(QStringLiteral("endpoints"), describe(report.endpoints.error()));
        json.endObject();
    }
    json.endObject();
    return json.text() + u'\n';
}

QString errorText(const nl::Error &error)
{
    // Permission refusals come without extended-ACK text; describe() says what is missing.
    QString message = error.code == EPERM || error.code == EACCES || error.message.empty()
        ? describe(error)
        : QString::fromStdString(error.message);
    // libnetlink.c print_ext_ack_msg(): a full stop unless the kernel wrote one.
    if (!message.endsWith(u'.'))
        message += u'.';
    return Text::tr("Error: %1").arg(message) + u'\n';
}

} // namespace mptcp::cli
