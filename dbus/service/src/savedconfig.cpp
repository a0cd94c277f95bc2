#include "mptcp/helper/savedconfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>

namespace mptcp::helper {

namespace {

// Translation context for lupdate and at run time.
struct SavedConfiguration {
    Q_DECLARE_TR_FUNCTIONS(mptcp::helper::SavedConfiguration)
};

// JSON numbers are doubles; accept only whole numbers in 0..2^32-1 so a
// fractional or negative value cannot be truncated into a valid-looking one.
std::optional<uint> wholeNumber(const QJsonValue &v)
{
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (d < 0 || d > 4294967295.0 || d != static_cast<double>(static_cast<qint64>(d)))
        return std::nullopt;
    return static_cast<uint>(d);
}

QString unknownKeys(const QJsonObject &object, const QSet<QString> &known, const QString &where)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            return SavedConfiguration::tr("%1: unknown key \"%2\"").arg(where, it.key().left(MaxTextLength));
    }
    return {};
}

} // namespace

HelperPaths HelperPaths::underRoot(const QString &root)
{
    QString base = QDir::cleanPath(root);
    if (base == QLatin1String("/"))
        base.clear();
    return HelperPaths{
        base + QStringLiteral("/etc/mptcp-settings/configuration.json"),
        base + QStringLiteral("/etc/sysctl.d/90-mptcp-settings.conf"),
        base + QStringLiteral("/etc/NetworkManager/conf.d/90-mptcp-settings.conf"),
        base + QStringLiteral("/etc/sysctl.d/90-mptcp-settings-options.conf"),
    };
}

QByteArray serializeConfiguration(const Configuration &config)
{
    QJsonArray endpoints;
    for (const EndpointRequest &request : config.endpoints) {
        const EndpointSpec spec = toSpec(request);
        endpoints.append(QJsonObject{
            {QStringLiteral("id"), static_cast<qint64>(spec.id)},
            {QStringLiteral("address"), spec.address},
            {QStringLiteral("port"), static_cast<qint64>(spec.port)},
            {QStringLiteral("flags"), QJsonArray::fromStringList(spec.flags)},
            {QStringLiteral("interface"), spec.interface},
        });
    }
    const QJsonObject root{
        {QStringLiteral("format"), SavedFormatVersion},
        {QStringLiteral("enabled"), config.enabled},
        {QStringLiteral("limits"), QJsonObject{
            {QStringLiteral("subflows"), static_cast<qint64>(config.limits.subflows)},
            {QStringLiteral("add_addr_accepted"), static_cast<qint64>(config.limits.addAddrAccepted)},
        }},
        {QStringLiteral("endpoints"), endpoints},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Checked<Configuration> parseConfiguration(const QByteArray &json)
{
    using R = Checked<Configuration>;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return R::bad(SavedConfiguration::tr("not valid JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString()));
    if (!doc.isObject())
        return R::bad(SavedConfiguration::tr("the top level must be a JSON object"));
    const QJsonObject root = doc.object();
    if (QString why = unknownKeys(root, {QStringLiteral("format"), QStringLiteral("enabled"), QStringLiteral("limits"),
                                         QStringLiteral("endpoints")}, QStringLiteral("top level"));
        !why.isEmpty())
        return R::bad(why);
    if (wholeNumber(root.value(QStringLiteral("format"))) != static_cast<uint>(SavedFormatVersion))
        return R::bad(SavedConfiguration::tr("\"format\" must be %1").arg(SavedFormatVersion));
    const QJsonValue enabled = root.value(QStringLiteral("enabled"));
    if (!enabled.isBool())
        return R::bad(SavedConfiguration::tr("\"enabled\" must be true or false"));
    const QJsonValue limitsValue = root.value(QStringLiteral("limits"));
    if (!limitsValue.isObject())
        return R::bad(SavedConfiguration::tr("\"limits\" must be an object"));
    const QJsonObject limits = limitsValue.toObject();
    if (QString why = unknownKeys(limits, {QStringLiteral("subflows"), QStringLiteral("add_addr_accepted")},
                                  QStringLiteral("limits"));
        !why.isEmpty())
        return R::bad(why);
    const auto subflows = wholeNumber(limits.value(QStringLiteral("subflows")));
    const auto accepted = wholeNumber(limits.value(QStringLiteral("add_addr_accepted")));
    if (!subflows || !accepted)
        return R::bad(SavedConfiguration::tr("\"limits\" needs whole numbers \"subflows\" and \"add_addr_accepted\""));
    const QJsonValue endpointsValue = root.value(QStringLiteral("endpoints"));
    if (!endpointsValue.isArray())
        return R::bad(SavedConfiguration::tr("\"endpoints\" must be an array"));
    EndpointList endpoints;
    const QJsonArray array = endpointsValue.toArray();
    if (array.size() > MaxEndpointsInConfiguration)
        return R::bad(SavedConfiguration::tr("\"endpoints\": at most %1 endpoints").arg(MaxEndpointsInConfiguration));
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = QStringLiteral("endpoints[%1]").arg(i);
        if (!array.at(i).isObject())
            return R::bad(SavedConfiguration::tr("%1 must be an object").arg(where));
        const QJsonObject e = array.at(i).toObject();
        if (QString why = unknownKeys(e, {QStringLiteral("id"), QStringLiteral("address"), QStringLiteral("port"),
                                          QStringLiteral("flags"), QStringLiteral("interface")}, where);
            !why.isEmpty())
            return R::bad(why);
        EndpointSpec spec;
        const auto id = wholeNumber(e.value(QStringLiteral("id")));
        const auto port = wholeNumber(e.value(QStringLiteral("port")));
        if (!id || !port || !e.value(QStringLiteral("address")).isString() || !e.value(QStringLiteral("flags")).isArray()
            || !e.value(QStringLiteral("interface")).isString())
            return R::bad(SavedConfiguration::tr("%1 needs \"id\", \"port\" (numbers), \"address\", \"interface\" (strings) and \"flags\" (array)").arg(where));
        spec.id = *id;
        spec.port = *port;
        spec.address = e.value(QStringLiteral("address")).toString();
        spec.interface = e.value(QStringLiteral("interface")).toString();
        const QJsonArray flags = e.value(QStringLiteral("flags")).toArray();
        if (flags.size() > MaxFlagWords)
            return R::bad(SavedConfiguration::tr("%1.flags: at most %2 words").arg(where).arg(MaxFlagWords));
        for (const QJsonValue &f : flags) {
            if (!f.isString())
                return R::bad(SavedConfiguration::tr("%1.flags must hold strings").arg(where));
            spec.flags << f.toString();
        }
        endpoints << spec;
    }
    return validateConfiguration(enabled.toBool(), *subflows, *accepted, endpoints);
}

QByteArray sysctlDropInText(bool enabled)
{
    return QByteArrayLiteral("# Written by mptcp-settings-helper; changed through MPTCP Settings.\n")
        + "net.mptcp.enabled = " + (enabled ? "1" : "0") + "\n";
}

QByteArray updatedSysctlOptions(const QByteArray &current, const QString &key, const std::optional<QString> &value)
{
    const QByteArray header = QByteArrayLiteral("# Written by mptcp-settings-helper; changed through MPTCP Settings.");
    const QByteArray keyText = key.toUtf8();
    const QByteArray wanted = value ? keyText + " = " + value->toUtf8() : QByteArray();
    QList<QByteArray> settings;
    bool replaced = false;
    for (const QByteArray &raw : current.split('\n')) {
        const QByteArray line = raw.trimmed();
        // sysctl.d(5): '#' and ';' start comments; ours are rewritten with the header.
        if (line.isEmpty() || line.startsWith('#') || line.startsWith(';'))
            continue;
        const qsizetype eq = line.indexOf('=');
        if (eq > 0 && line.left(eq).trimmed() == keyText) {
            // In place, so the order of the kept settings does not change.
            if (value && !replaced)
                settings << wanted;
            replaced = true;
            continue;
        }
        settings << line;
    }
    if (value && !replaced)
        settings << wanted;
    if (settings.isEmpty())
        return {};
    return header + '\n' + settings.join('\n') + '\n';
}

QByteArray nmDropInText(std::uint32_t nmFlags)
{
    // A [connection-*] section of its own, so other drop-ins' [connection] keys stay untouched.
    return QByteArrayLiteral("# Written by mptcp-settings-helper; changed through MPTCP Settings.\n"
                             "[connection-mptcp-settings]\n")
        + "connection.mptcp-flags=" + QByteArray::number(nmFlags) + "\n";
}

QString writeFileAtomically(const QString &path, const QByteArray &contents)
{
    const QString dir = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(dir))
        return SavedConfiguration::tr("cannot create directory %1").arg(dir);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return SavedConfiguration::tr("cannot write %1: %2").arg(path, file.errorString());
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    if (file.write(contents) != contents.size() || !file.commit())
        return SavedConfiguration::tr("cannot write %1: %2").arg(path, file.errorString());
    return {};
}

QString removeFile(const QString &path)
{
    QFile file(path);
    if (!file.exists() || file.remove())
        return {};
    return SavedConfiguration::tr("cannot remove %1: %2").arg(path, file.errorString());
}

} // namespace mptcp::helper
