// The NetworkManager-related outputs (explain, connection show, the status section)
// and the helper's event form: pure functions over the explain engine's values.
#include "mptcp/cli/format.h"
#include "mptcp/explain/rules.h"
#include "text.h"
#include "textlayout.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mptcp::cli {

namespace {

QString compactJson(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)) + u'\n';
}

QString ifnameFor(const explain::Snapshot &snapshot, int ifindex)
{
    for (const explain::Device &d : snapshot.devices) {
        if (d.effectiveIpIfindex() == ifindex)
            return d.effectiveIpIfname();
    }
    return ifindex ? QStringLiteral("if%1").arg(ifindex) : QString();
}

QString flagList(const QStringList &words)
{
    // An endpoint without flags is still an endpoint (NM's "enabled" alone makes those).
    return words.isEmpty() ? Text::tr("(no flags)") : words.join(u' ');
}

QString expectedColumn(const explain::Row &row)
{
    return row.expectedFlags ? flagList(row.expected) : QStringLiteral("-");
}

QString kernelColumn(const explain::Snapshot &snapshot, const explain::Row &row)
{
    if (!snapshot.kernel.endpointsKnown)
        return QStringLiteral("?");
    if (!row.kernelFlags)
        return QStringLiteral("-");
    QString text = Text::tr("id %1 %2").arg(row.kernelId).arg(flagList(row.kernel));
    if (row.kernelIfindex != row.ifindex)
        text += u' ' + Text::tr("dev %1").arg(ifnameFor(snapshot, row.kernelIfindex));
    return text;
}

QString noteColumn(const explain::Row &row)
{
    QStringList notes;
    if (row.reason != explain::Reason::Expected)
        notes << row.reasonText;
    if (row.verdict != explain::Verdict::Ok && row.verdict != explain::Verdict::None && !row.verdictText.isEmpty())
        notes << row.verdictText;
    return notes.join(QStringLiteral(" "));
}

// The conf-default (or profile) value a device's flags came from, in words.
QString sourceText(const explain::ResolvedFlags &r)
{
    switch (r.source) {
    case explain::FlagsSource::Connection:
        return Text::tr("connection profile");
    case explain::FlagsSource::ConfSection:
    case explain::FlagsSource::ConfGlobal:
        return Text::tr("%1 [%2] %3").arg(r.confFile, r.confSection, r.confValue);
    case explain::FlagsSource::BuiltIn:
        break;
    }
    return Text::tr("built-in default");
}

} // namespace

NetworkManagerStatus networkManagerStatus(const explain::Snapshot &snapshot, const explain::Explanation &explanation,
    const QString &problem, const QString &confDefault, const QString &confFile)
{
    NetworkManagerStatus status;
    status.running = snapshot.networkManager.running;
    if (status.running) {
        const explain::NmVersion &v = snapshot.networkManager.version;
        status.version = QStringLiteral("%1.%2.%3").arg(v.major).arg(v.minor).arg(v.micro);
    }
    status.problem = problem;
    status.confDefault = confDefault;
    status.confFile = confFile;
    for (const explain::DeviceSummary &device : explanation.devices)
        status.interfaces.append({ device.device, device.verdict });
    status.verdict = explanation.verdict;
    return status;
}

QString explainText(
    const explain::Snapshot &snapshot, const explain::Explanation &explanation, const QString &nmProblem)
{
    QString text;
    if (snapshot.networkManager.running) {
        const explain::NmVersion &v = snapshot.networkManager.version;
        text += Text::tr("NetworkManager %1.%2.%3").arg(v.major).arg(v.minor).arg(v.micro);
        if (!nmProblem.isEmpty())
            text += QStringLiteral(": ") + nmProblem;
        text += u'\n';
    } else {
        text += Text::tr("NetworkManager is not running: kernel-only mode, no endpoints are expected from it.") + u'\n';
        // E.g. the system bus itself is unreachable: worth saying why.
        if (!nmProblem.isEmpty() && nmProblem != Text::tr("NetworkManager is not running"))
            text += QStringLiteral("(") + nmProblem + QStringLiteral(")\n");
    }
    if (!snapshot.kernel.endpointsKnown)
        text += Text::tr("The kernel's endpoint table could not be read; kernel states are unknown.") + u'\n';
    text += u'\n';

    std::vector<QStringList> rows { { Text::tr("DEVICE"), Text::tr("ADDRESS"), Text::tr("EXPECTED"), Text::tr("KERNEL"),
        Text::tr("VERDICT"), Text::tr("WHY") } };
    for (const explain::Row &row : explanation.rows) {
        rows.push_back({ row.device, row.address, expectedColumn(row), kernelColumn(snapshot, row),
            explain::verdictName(row.verdict), noteColumn(row) });
    }
    if (explanation.rows.isEmpty())
        text += Text::tr("No addresses on any interface.") + u'\n';
    else
        text += table(rows, {});

    if (!explanation.extras.isEmpty()) {
        text += u'\n' + Text::tr("Other kernel endpoints (not NetworkManager's):") + u'\n';
        for (const explain::ExtraEndpoint &extra : explanation.extras) {
            QStringList words { Text::tr("id %1").arg(extra.endpoint.id), extra.endpoint.address };
            if (extra.endpoint.port)
                words << Text::tr("port %1").arg(extra.endpoint.port);
            words << extra.flags;
            if (extra.endpoint.ifindex)
                words << Text::tr("dev %1").arg(ifnameFor(snapshot, extra.endpoint.ifindex));
            text += QStringLiteral("  ") + words.join(u' ') + QStringLiteral(": ") + extra.text + u'\n';
        }
    }
    if (!explanation.warnings.isEmpty()) {
        text += u'\n' + Text::tr("Warnings:") + u'\n';
        for (const explain::Warning &warning : explanation.warnings) {
            const QString where = warning.device.isEmpty() ? QString() : warning.device + QStringLiteral(": ");
            text += QStringLiteral("  - ") + where + warning.text + u'\n';
        }
    }
    if (!explanation.verdict.isEmpty())
        text += u'\n' + explanation.verdict + u'\n';
    return text;
}

QString explainJson(const explain::Snapshot &snapshot, const explain::Explanation &explanation)
{
    QJsonArray array;
    for (const explain::Row &row : explanation.rows)
        array.append(explain::toJson(row));
    for (const explain::ExtraEndpoint &extra : explanation.extras)
        array.append(explain::toJson(extra, snapshot));
    return compactJson(array);
}

QList<ProfileRow> profileRows(const explain::Snapshot &snapshot, const explain::Explanation &explanation)
{
    QList<ProfileRow> rows;
    for (const explain::Device &device : snapshot.devices) {
        if (!device.connection)
            continue;
        ProfileRow row;
        row.id = device.connection->id;
        row.uuid = device.connection->uuid;
        row.device = device.ifname;
        row.flags = device.connection->mptcpFlags;
        row.savedFlags = device.connection->savedMptcpFlags;
        for (const explain::DeviceSummary &summary : explanation.devices) {
            if (summary.device == device.ifname)
                row.resolved = summary.flags;
        }
        rows << row;
    }
    return rows;
}

QString flagsSourceName(explain::FlagsSource source)
{
    switch (source) {
    case explain::FlagsSource::Connection:
        return QStringLiteral("connection");
    case explain::FlagsSource::ConfSection:
        return QStringLiteral("conf-section");
    case explain::FlagsSource::ConfGlobal:
        return QStringLiteral("conf-global");
    case explain::FlagsSource::BuiltIn:
        break;
    }
    return QStringLiteral("built-in");
}

QString profilesText(const QList<ProfileRow> &rows)
{
    if (rows.isEmpty())
        return Text::tr("No active NetworkManager connections.") + u'\n';
    std::vector<QStringList> lines { { Text::tr("NAME"), Text::tr("UUID"), Text::tr("DEVICE"), Text::tr("MPTCP-FLAGS"),
        Text::tr("RESOLVED"), Text::tr("SOURCE") } };
    QStringList notes;
    for (const ProfileRow &row : rows) {
        lines.push_back({ row.id, row.uuid, row.device, explain::nmFlagsText(row.flags),
            row.resolved ? explain::nmFlagsText(row.resolved->flags) : QStringLiteral("-"),
            row.resolved ? sourceText(*row.resolved) : QStringLiteral("-") });
        if (row.savedFlags)
            notes << Text::tr("%1: the saved profile has %2, not applied yet (reapply or reconnect)")
                         .arg(row.id, explain::nmFlagsText(*row.savedFlags));
        if (row.resolved && row.resolved->ignoredConf)
            notes << Text::tr("%1: %2 sets connection.mptcp-flags=%3, which NetworkManager ignores (not a number)")
                         .arg(row.id, row.resolved->ignoredConf->file, row.resolved->ignoredConf->value);
    }
    QString text = table(lines, {});
    for (const QString &note : std::as_const(notes))
        text += note + u'\n';
    return text;
}

QString profilesJson(const QList<ProfileRow> &rows)
{
    QJsonArray array;
    for (const ProfileRow &row : rows) {
        QJsonObject o;
        o.insert(QStringLiteral("id"), row.id);
        o.insert(QStringLiteral("uuid"), row.uuid);
        o.insert(QStringLiteral("device"), row.device);
        o.insert(QStringLiteral("mptcp_flags"), qint64(row.flags));
        o.insert(QStringLiteral("mptcp_flags_text"), explain::nmFlagsText(row.flags));
        o.insert(
            QStringLiteral("saved_mptcp_flags"), row.savedFlags ? QJsonValue(qint64(*row.savedFlags)) : QJsonValue());
        if (row.resolved) {
            o.insert(QStringLiteral("resolved"), qint64(row.resolved->flags));
            o.insert(QStringLiteral("resolved_text"), explain::nmFlagsText(row.resolved->flags));
            o.insert(QStringLiteral("source"), flagsSourceName(row.resolved->source));
            o.insert(QStringLiteral("conf_file"),
                row.resolved->confFile.isEmpty() ? QJsonValue() : QJsonValue(row.resolved->confFile));
        } else {
            o.insert(QStringLiteral("resolved"), QJsonValue());
            o.insert(QStringLiteral("resolved_text"), QJsonValue());
            o.insert(QStringLiteral("source"), QJsonValue());
            o.insert(QStringLiteral("conf_file"), QJsonValue());
        }
        array.append(o);
    }
    return compactJson(array);
}

nl::Event eventFromHelper(const QString &type, const QVariantMap &details)
{
    nl::Event event;
    event.rawType = quint8(details.value(QStringLiteral("raw_type")).toUInt());
    event.type = nl::EventType(event.rawType);
    if (nl::eventTypeName(event.type) == "unknown") {
        // No raw_type sent: find the type by its name.
        for (int candidate = 0; candidate < 32; ++candidate) {
            const std::string_view name = nl::eventTypeName(nl::EventType(candidate));
            if (QLatin1String(name.data(), qsizetype(name.size())) == type) {
                event.type = nl::EventType(candidate);
                event.rawType = quint8(candidate);
            }
        }
    }
    const auto has = [&details](const char *key) { return details.contains(QLatin1String(key)); };
    const auto get = [&details](const char *key) { return details.value(QLatin1String(key)); };
    const auto address = [&](const char *key) -> std::optional<nl::IpAddress> {
        if (!has(key))
            return std::nullopt;
        return nl::IpAddress::parse(get(key).toString().toStdString());
    };
    if (has("token"))
        event.token = get("token").toUInt();
    if (has("family"))
        event.family = quint16(get("family").toUInt());
    if (has("local_id"))
        event.localId = quint8(get("local_id").toUInt());
    if (has("remote_id"))
        event.remoteId = quint8(get("remote_id").toUInt());
    event.saddr = address("saddr");
    event.daddr = address("daddr");
    if (has("sport"))
        event.sport = quint16(get("sport").toUInt());
    if (has("dport"))
        event.dport = quint16(get("dport").toUInt());
    if (has("backup"))
        event.backup = get("backup").toBool();
    if (has("error"))
        event.error = quint8(get("error").toUInt());
    if (has("flags"))
        event.flags = quint16(get("flags").toUInt());
    if (has("timeout"))
        event.timeout = get("timeout").toUInt();
    if (has("ifindex"))
        event.ifindex = get("ifindex").toInt();
    if (has("reset_reason"))
        event.resetReason = get("reset_reason").toUInt();
    if (has("reset_flags"))
        event.resetFlags = get("reset_flags").toUInt();
    if (has("server_side"))
        event.serverSide = get("server_side").toBool();
    return event;
}

} // namespace mptcp::cli
