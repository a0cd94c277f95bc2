#include "mptcp/nm/nmconf.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <algorithm>
#include <cerrno>
#include <cstdlib>

namespace mptcp::nm {

namespace {

// Group and key names NM gives a meaning to (nm-config.h).
constexpr QLatin1String kConnectionPrefix { "connection" };
constexpr QLatin1String kConfigGroup { ".config" };
constexpr QLatin1String kInternPrefix { ".intern" };
constexpr QLatin1String kMatchDevice { "match-device" };
constexpr QLatin1String kStopMatch { "stop-match" };

bool isConnectionGroup(const QString &group)
{
    // g_str_has_prefix(group, "connection") in nm-config-data.c: also [connectionfoo].
    return group.startsWith(kConnectionPrefix);
}

// ---------------------------------------------------------------------------------------
// A GKeyFile-compatible reader for one file (g_key_file_load_from_file semantics).

struct RawGroup {
    QString name;
    QList<QPair<QString, QString>> keys; // raw values; a repeated key keeps its place, last value wins
};

struct RawFile {
    QList<RawGroup> groups; // in order of first appearance; a repeated [group] continues it
    QString error;
};

RawFile parseKeyFile(const QByteArray &bytes)
{
    RawFile file;
    const QString text = QString::fromUtf8(bytes);
    const QStringList lines = text.split(u'\n');
    RawGroup *current = nullptr;
    int lineNo = 0;
    for (QString line : lines) {
        ++lineNo;
        if (line.endsWith(u'\r'))
            line.chop(1);
        qsizetype start = 0;
        while (start < line.size() && line.at(start).isSpace())
            ++start;
        const QString body = line.mid(start);
        if (body.isEmpty() || body.startsWith(u'#'))
            continue;
        if (body.startsWith(u'[')) {
            const qsizetype close = body.indexOf(u']');
            if (close > 0 && body.mid(close + 1).trimmed().isEmpty()) {
                const QString name = body.mid(1, close - 1);
                auto it = std::find_if(
                    file.groups.begin(), file.groups.end(), [&](const RawGroup &g) { return g.name == name; });
                if (it == file.groups.end()) {
                    file.groups.append(RawGroup { name, {} });
                    current = &file.groups.last();
                } else {
                    current = &*it;
                }
                continue;
            }
        }
        const qsizetype eq = body.indexOf(u'=');
        if (eq < 0) {
            file.error = QCoreApplication::translate(
                "mptcp::nm::NmConf", "line %1 is not a key=value pair, a [group] or a comment")
                             .arg(lineNo);
            return file;
        }
        if (!current) {
            file.error
                = QCoreApplication::translate("mptcp::nm::NmConf", "line %1: the file does not start with a [group]")
                      .arg(lineNo);
            return file;
        }
        const QString key = body.left(eq).trimmed();
        if (key.isEmpty()) {
            file.error = QCoreApplication::translate("mptcp::nm::NmConf", "line %1: empty key name").arg(lineNo);
            return file;
        }
        qsizetype vstart = eq + 1;
        while (vstart < body.size() && body.at(vstart).isSpace())
            ++vstart;
        const QString value = body.mid(vstart);
        auto kit = std::find_if(current->keys.begin(), current->keys.end(),
            [&](const QPair<QString, QString> &kv) { return kv.first == key; });
        if (kit == current->keys.end())
            current->keys.append({ key, value });
        else
            kit->second = value;
    }
    return file;
}

// g_key_file_get_string(): \s \n \t \r \\ escapes; any other escape makes the value unreadable.
std::optional<QString> unescapeValue(const QString &raw)
{
    QString out;
    out.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const QChar c = raw.at(i);
        if (c != u'\\') {
            out += c;
            continue;
        }
        if (++i >= raw.size())
            return std::nullopt;
        switch (raw.at(i).unicode()) {
        case 's':
            out += u' ';
            break;
        case 'n':
            out += u'\n';
            break;
        case 't':
            out += u'\t';
            break;
        case 'r':
            out += u'\r';
            break;
        case '\\':
            out += u'\\';
            break;
        default:
            return std::nullopt;
        }
    }
    return out;
}

// _nm_utils_ascii_str_to_bool() as used by nm_config_keyfile_get_boolean().
std::optional<bool> parseConfBool(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("true") || t == QLatin1String("yes") || t == QLatin1String("on") || t == QLatin1String("1"))
        return true;
    if (t == QLatin1String("false") || t == QLatin1String("no") || t == QLatin1String("off") || t == QLatin1String("0"))
        return false;
    return std::nullopt;
}

// g_pattern_match_simple(): '*' and '?' only.
bool globMatch(QStringView pattern, QStringView text)
{
    qsizetype p = 0, t = 0, starP = -1, starT = 0;
    while (t < text.size()) {
        if (p < pattern.size() && (pattern[p] == u'?' || (pattern[p] != u'*' && pattern[p] == text[t]))) {
            ++p;
            ++t;
        } else if (p < pattern.size() && pattern[p] == u'*') {
            starP = p++;
            starT = t;
        } else if (starP >= 0) {
            p = starP + 1;
            t = ++starT;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == u'*')
        ++p;
    return p == pattern.size();
}

// Hex bytes separated by ':' or '-' (_nm_utils_hwaddr_aton); nullopt when not a MAC.
std::optional<QByteArray> parseHwAddress(const QString &text)
{
    if (text.isEmpty())
        return std::nullopt;
    QByteArray bytes;
    const QStringList parts = text.split(QRegularExpression(QStringLiteral("[:-]")));
    for (const QString &part : parts) {
        if (part.isEmpty() || part.size() > 2)
            return std::nullopt;
        bool ok = false;
        const uint v = part.toUInt(&ok, 16);
        if (!ok)
            return std::nullopt;
        bytes.append(char(v));
    }
    if (bytes.size() < 2)
        return std::nullopt;
    return bytes;
}

bool hasTag(QStringView &spec, QLatin1String tag)
{
    if (spec.size() >= tag.size() && spec.left(tag.size()).compare(tag, Qt::CaseInsensitive) == 0) {
        spec = spec.mid(tag.size());
        return true;
    }
    return false;
}

// match_device_eval() in nm-core-utils.c; nullopt = cannot be evaluated here.
std::optional<bool> evalDeviceSpec(QStringView spec, bool allowFuzzy, const DeviceMatchData &d)
{
    if (spec == u"*")
        return true;
    if (hasTag(spec, QLatin1String("type:")))
        return !d.typeDescription.isEmpty() && spec == d.typeDescription;
    if (hasTag(spec, QLatin1String("mac:"))) {
        const auto mine = parseHwAddress(d.hwAddress);
        const auto theirs = parseHwAddress(spec.toString());
        return mine && theirs && *mine == *theirs;
    }
    if (hasTag(spec, QLatin1String("interface-name:"))) {
        bool usePattern = true;
        if (spec.startsWith(u'=')) {
            spec = spec.mid(1);
            usePattern = false;
        } else if (spec.startsWith(u'~')) {
            spec = spec.mid(1);
        }
        if (d.interfaceName.isEmpty())
            return false;
        return spec == d.interfaceName || (usePattern && globMatch(spec, d.interfaceName));
    }
    if (hasTag(spec, QLatin1String("driver:"))) {
        if (d.driver.isEmpty())
            return false;
        // "DRIVER" matches literally; "DRIVER/VERSION-GLOB" also checks the version.
        const qsizetype slash = spec.lastIndexOf(u'/');
        if (slash < 0)
            return spec == d.driver;
        return spec.left(slash) == d.driver && globMatch(spec.mid(slash + 1), d.driverVersion);
    }
    if (hasTag(spec, QLatin1String("s390-subchannels:")) || hasTag(spec, QLatin1String("dhcp-plugin:")))
        return std::nullopt;
    if (allowFuzzy) {
        const auto mine = parseHwAddress(d.hwAddress);
        const auto theirs = parseHwAddress(spec.toString());
        if (mine && theirs && *mine == *theirs)
            return true;
        if (!d.interfaceName.isEmpty() && spec == d.interfaceName)
            return true;
    }
    return false;
}

// nm_match_spec_join(): the inverse of splitMatchSpecs().
QString joinMatchSpecs(const QStringList &specs)
{
    QStringList escaped;
    for (const QString &spec : specs) {
        QString e;
        for (qsizetype i = 0; i < spec.size(); ++i) {
            const QChar c = spec.at(i);
            if (c == u'\\' || c == u',' || c == u';')
                e += u'\\', e += c;
            else if (c == u' ' && (i == 0 || i == spec.size() - 1))
                e += QLatin1String("\\s");
            else
                e += c;
        }
        escaped << e;
    }
    return escaped.join(u',');
}

// nm_match_spec_config(): decides "[.config] enable=" conditions.
std::optional<bool> evalConfigEnable(const QStringList &specs, std::optional<explain::NmVersion> version)
{
    const auto versionCheck = [&](QStringView text, int kind) -> std::optional<bool> {
        // kind: 0 nm-version, 1 nm-version-min, 2 nm-version-max (match_config_eval()).
        if (!version)
            return std::nullopt;
        const QStringList tokens = text.trimmed().toString().split(u'.');
        if (tokens.isEmpty() || tokens.size() > 3)
            return false;
        int v[3] = { -1, -1, -1 };
        for (qsizetype i = 0; i < tokens.size(); ++i) {
            bool ok = false;
            v[i] = tokens[i].toInt(&ok);
            if (!ok || v[i] < 0)
                return false;
        }
        const int cur[3] = { version->major, version->minor, version->micro };
        const int n = int(tokens.size());
        // The last given component is compared with the operator, the others must be equal.
        for (int i = 0; i < n; ++i) {
            const bool last = i == n - 1;
            if (!last || kind == 0) {
                if (cur[i] != v[i])
                    return false;
            } else if (kind == 1 ? cur[i] < v[i] : cur[i] > v[i]) {
                return false;
            }
        }
        return true;
    };
    bool hasExcept = false, hasNotExcept = false, hasMatch = false, hasMatchExcept = false, unknown = false;
    for (const QString &s : specs) {
        QStringView spec(s);
        if (spec.isEmpty())
            continue;
        const bool except = hasTag(spec, QLatin1String("except:"));
        (except ? hasExcept : hasNotExcept) = true;
        std::optional<bool> m;
        if (hasTag(spec, QLatin1String("nm-version:")))
            m = versionCheck(spec, 0);
        else if (hasTag(spec, QLatin1String("nm-version-min:")))
            m = versionCheck(spec, 1);
        else if (hasTag(spec, QLatin1String("nm-version-max:")))
            m = versionCheck(spec, 2);
        else if (hasTag(spec, QLatin1String("env:")))
            m = std::nullopt; // NM_CONFIG_ENABLE_TAG of the daemon's environment is not visible
        else
            m = false;
        if (!m)
            unknown = true;
        else if (*m)
            (except ? hasMatchExcept : hasMatch) = true;
    }
    if (unknown)
        return std::nullopt;
    if (hasExcept && !hasNotExcept)
        return !hasMatchExcept;
    return !hasMatchExcept && hasMatch;
}

// _match_result() of nm-core-utils.c, true only for NM_MATCH_SPEC_MATCH.
bool matchResult(bool hasExcept, bool hasNotExcept, bool hasMatch, bool hasMatchExcept)
{
    if (hasExcept && !hasNotExcept)
        return !hasMatchExcept;
    return !hasMatchExcept && hasMatch;
}

struct MergedKey {
    QString key;
    NmConfValue raw; // raw (still escaped) text
};

struct MergedGroup {
    QString name;
    QList<MergedKey> keys;

    MergedKey *find(const QString &key)
    {
        auto it = std::find_if(keys.begin(), keys.end(), [&](const MergedKey &k) { return k.key == key; });
        return it == keys.end() ? nullptr : &*it;
    }
    void set(const QString &key, const QString &raw, const QString &file)
    {
        if (MergedKey *k = find(key))
            k->raw = NmConfValue { raw, file };
        else
            keys.append(MergedKey { key, NmConfValue { raw, file } });
    }
};

} // namespace

const NmConfValue *NmConfSection::value(const QString &key) const
{
    for (const auto &kv : values) {
        if (kv.first == key)
            return &kv.second;
    }
    return nullptr;
}

NmConfPaths NmConfPaths::underRoot(const QString &root)
{
    NmConfPaths p;
    for (QString *path : { &p.systemDir, &p.runDir, &p.oldMainFile, &p.mainFile, &p.etcDir })
        *path = QDir::cleanPath(root + u'/' + *path);
    return p;
}

QStringList confReadOrder(const NmConfPaths &paths, QStringList systemNames, QStringList runNames, QStringList etcNames,
    const QString &mainFile)
{
    // g_ptr_array_sort(confs, nm_strcmp_p): byte order of the names.
    const auto byteOrder = [](const QString &a, const QString &b) { return a.toUtf8() < b.toUtf8(); };
    std::sort(systemNames.begin(), systemNames.end(), byteOrder);
    std::sort(runNames.begin(), runNames.end(), byteOrder);
    std::sort(etcNames.begin(), etcNames.end(), byteOrder);
    QStringList order;
    for (const QString &n : std::as_const(systemNames)) {
        if (!etcNames.contains(n) && !runNames.contains(n))
            order << paths.systemDir + u'/' + n;
    }
    for (const QString &n : std::as_const(runNames)) {
        if (!etcNames.contains(n))
            order << paths.runDir + u'/' + n;
    }
    if (!mainFile.isEmpty())
        order << mainFile;
    for (const QString &n : std::as_const(etcNames))
        order << paths.etcDir + u'/' + n;
    return order;
}

QStringList splitMatchSpecs(const QString &text)
{
    QStringList pieces;
    QString current;
    int trailingWs = 0;
    qsizetype i = 0;
    while (i < text.size() && text.at(i).isSpace())
        ++i;
    const auto flush = [&] {
        const QString piece = current.left(current.size() - trailingWs);
        if (!piece.isEmpty())
            pieces << piece;
        current.clear();
        trailingWs = 0;
    };
    for (; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\') {
            if (++i >= text.size())
                break;
            const QChar e = text.at(i);
            switch (e.unicode()) {
            case 's':
                current += u' ';
                break;
            case 'n':
                current += u'\n';
                break;
            case 't':
                current += u'\t';
                break;
            case 'r':
                current += u'\r';
                break;
            case '\\':
                current += u'\\';
                break;
            case ',':
            case ';':
                current += e;
                break;
            default:
                current += u'\\';
                current += e;
                break;
            }
            trailingWs = 0; // an escaped character is never trimmed
        } else if (c == u',' || c == u';') {
            flush();
            while (i + 1 < text.size() && text.at(i + 1).isSpace())
                ++i;
        } else {
            current += c;
            trailingWs = c.isSpace() ? trailingWs + 1 : 0;
        }
    }
    flush();
    return pieces;
}

DeviceMatch matchDevice(const QStringList &specs, const DeviceMatchData &device)
{
    // Each spec's result may be unknown; the outcome is known when every assignment of
    // the unknown ones gives the same answer (has_match/has_match_except are ORs).
    bool hasExcept = false, hasNotExcept = false;
    bool matchTrue = false, matchUnknown = false, exceptTrue = false, exceptUnknown = false;
    QString unsupported;
    for (const QString &s : specs) {
        QStringView spec(s);
        if (spec.isEmpty())
            continue;
        const bool except = hasTag(spec, QLatin1String("except:"));
        (except ? hasExcept : hasNotExcept) = true;
        const std::optional<bool> r = evalDeviceSpec(spec, !except, device);
        if (!r) {
            (except ? exceptUnknown : matchUnknown) = true;
            if (unsupported.isEmpty())
                unsupported = s;
        } else if (*r) {
            (except ? exceptTrue : matchTrue) = true;
        }
    }
    bool seenTrue = false, seenFalse = false;
    for (const bool m : { false, true }) {
        for (const bool e : { false, true }) {
            if ((m && !matchUnknown) || (e && !exceptUnknown))
                continue;
            const bool r = matchResult(hasExcept, hasNotExcept, matchTrue || m, exceptTrue || e);
            (r ? seenTrue : seenFalse) = true;
        }
    }
    if (seenTrue && seenFalse)
        return DeviceMatch { MatchOutcome::Unknown, unsupported };
    return DeviceMatch { seenTrue ? MatchOutcome::Match : MatchOutcome::NoMatch, {} };
}

std::optional<qint64> parseConfNumber(const QString &text)
{
    const QByteArray bytes = text.toLatin1();
    if (QString::fromLatin1(bytes) != text)
        return std::nullopt;
    const char *s = bytes.constData();
    while (*s == ' ' || (*s >= '\t' && *s <= '\r'))
        ++s;
    if (!*s)
        return std::nullopt;
    char *end = nullptr;
    errno = 0;
    const long long v = std::strtoll(s, &end, 0);
    if (errno != 0 || end == s)
        return std::nullopt;
    while (*end == ' ' || (*end >= '\t' && *end <= '\r'))
        ++end;
    if (*end != '\0' || v < 0)
        return std::nullopt;
    return qint64(v);
}

NmConfMerged mergeNmConf(const QList<NmConfFile> &files, std::optional<explain::NmVersion> nmVersion)
{
    NmConfMerged merged;
    QList<MergedGroup> groups; // connection groups of the merged key file, in creation order

    for (const NmConfFile &file : files) {
        RawFile raw = parseKeyFile(file.text);
        if (!raw.error.isEmpty()) {
            // read_config() fails and NetworkManager refuses the whole configuration.
            merged.problems << QCoreApplication::translate(
                "mptcp::nm::NmConf", "%1: %2 (NetworkManager rejects this configuration)")
                                   .arg(file.path, raw.error);
            merged.complete = false;
            continue;
        }
        auto configGroup = std::find_if(
            raw.groups.begin(), raw.groups.end(), [](const RawGroup &g) { return g.name == kConfigGroup; });
        if (!file.isMain && configGroup != raw.groups.end()) {
            // ignore_config_snippet(): "[.config] enable=" as a boolean, else as match specs.
            auto enable = std::find_if(configGroup->keys.begin(), configGroup->keys.end(),
                [](const auto &kv) { return kv.first == QLatin1String("enable"); });
            if (enable != configGroup->keys.end()) {
                const std::optional<QString> text = unescapeValue(enable->second);
                std::optional<bool> on = text ? parseConfBool(*text) : std::nullopt;
                if (!on)
                    on = evalConfigEnable(splitMatchSpecs(enable->second), nmVersion);
                if (!on) {
                    merged.problems << QCoreApplication::translate("mptcp::nm::NmConf",
                        "%1: cannot tell whether NetworkManager reads it ([.config] enable=%2); "
                        "it was read")
                                           .arg(file.path, enable->second);
                    merged.complete = false;
                } else if (!*on) {
                    continue;
                }
            }
        }
        merged.files << file.path;

        // _nm_config_sort_groups(): within one file the [connection*] groups are merged in
        // reverse order; the final reversal (_match_section_infos_construct) restores
        // top-to-bottom priority inside a file while later files come first.
        QList<const RawGroup *> connectionGroups;
        for (const RawGroup &g : std::as_const(raw.groups)) {
            if (isConnectionGroup(g.name))
                connectionGroups.prepend(&g);
        }
        for (const RawGroup *g : std::as_const(connectionGroups)) {
            for (const auto &[key, value] : g->keys) {
                if (key == QLatin1String(".was") || (key.startsWith(QLatin1String(".was.")) && key.size() > 5)
                    || (key.startsWith(QLatin1String(".set.")) && key.size() > 5))
                    continue; // protected keys, ignored by read_config()
                auto target = std::find_if(
                    groups.begin(), groups.end(), [&](const MergedGroup &m) { return m.name == g->name; });
                const QChar last = key.back();
                if (key.size() > 1 && (last == u'+' || last == u'-')) {
                    // Only match-device (a device spec) can be extended with +=/-=; other
                    // keys with these suffixes are dropped.
                    const QString base = key.chopped(1);
                    if (base != kMatchDevice)
                        continue;
                    if (target == groups.end()) {
                        groups.append(MergedGroup { g->name, {} });
                        target = groups.end() - 1;
                    }
                    const MergedKey *old = target->find(base);
                    const QStringList oldSpecs = old ? splitMatchSpecs(old->raw.text) : QStringList {};
                    const QStringList newSpecs = splitMatchSpecs(value);
                    QStringList result;
                    for (const QString &s : oldSpecs) {
                        if (last != u'-' || !newSpecs.contains(s))
                            result << s;
                    }
                    if (last == u'+') {
                        for (const QString &s : newSpecs) {
                            if (!oldSpecs.contains(s))
                                result << s;
                        }
                    }
                    target->set(base, joinMatchSpecs(result), file.path);
                    continue;
                }
                if (target == groups.end()) {
                    groups.append(MergedGroup { g->name, {} });
                    target = groups.end() - 1;
                }
                target->set(key, value, file.path);
            }
        }
    }

    // Lookup order: reverse of the merged order, the literal [connection] always last.
    std::optional<NmConfSection> plain;
    for (auto it = groups.crbegin(); it != groups.crend(); ++it) {
        NmConfSection section;
        section.name = it->name;
        for (const MergedKey &k : it->keys) {
            if (k.key == kMatchDevice) {
                section.matchDevice = k.raw;
                continue;
            }
            const std::optional<QString> text = unescapeValue(k.raw.text);
            if (k.key == kStopMatch) {
                section.stopMatch = text && parseConfBool(*text).value_or(false);
                section.stopMatchFile = k.raw.file;
                continue;
            }
            if (text)
                section.values.append({ k.key, NmConfValue { *text, k.raw.file } });
        }
        if (section.name == kConnectionPrefix)
            plain = section;
        else
            merged.connectionSections << section;
    }
    if (plain)
        merged.connectionSections << *plain;
    return merged;
}

NmConfMerged readNmConf(const NmConfPaths &paths, std::optional<explain::NmVersion> nmVersion)
{
    const auto confNames = [](const QString &dir) {
        QStringList names;
        const QStringList entries
            = QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
        for (const QString &n : entries) {
            if (n.endsWith(QLatin1String(".conf")))
                names << n;
        }
        return names;
    };
    // read_base_config(): the old nm-system-settings.conf wins when it exists.
    QString mainFile;
    if (QFileInfo::exists(paths.oldMainFile))
        mainFile = paths.oldMainFile;
    else if (QFileInfo::exists(paths.mainFile))
        mainFile = paths.mainFile;

    const QStringList order
        = confReadOrder(paths, confNames(paths.systemDir), confNames(paths.runDir), confNames(paths.etcDir), mainFile);
    QList<NmConfFile> files;
    QStringList unreadable;
    for (const QString &path : order) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            unreadable << QCoreApplication::translate("mptcp::nm::NmConf", "%1: cannot be read (%2)")
                              .arg(path, f.errorString());
            continue;
        }
        files.append(NmConfFile { path, f.readAll(), path == mainFile });
    }
    NmConfMerged merged = mergeNmConf(files, nmVersion);
    if (!unreadable.isEmpty()) {
        merged.problems = unreadable + merged.problems;
        merged.complete = false;
    }
    return merged;
}

ConnectionDefault lookupConnectionDefault(
    const NmConfMerged &conf, const QString &property, const DeviceMatchData &device)
{
    for (const NmConfSection &section : conf.connectionSections) {
        const NmConfValue *value = section.value(property);
        if (!value && !section.stopMatch)
            continue;
        if (section.matchDevice) {
            const DeviceMatch m = matchDevice(splitMatchSpecs(section.matchDevice->text), device);
            if (m.outcome == MatchOutcome::NoMatch)
                continue;
            if (m.outcome == MatchOutcome::Unknown) {
                ConnectionDefault r;
                r.status = ConnectionDefault::Status::Unknown;
                r.section = section.name;
                r.file = value ? value->file : section.stopMatchFile;
                r.value = value ? value->text : QString();
                r.unsupportedSpec = m.unsupportedSpec;
                return r;
            }
        }
        ConnectionDefault r;
        r.section = section.name;
        if (value) {
            r.status = ConnectionDefault::Status::Set;
            r.value = value->text;
            r.file = value->file;
            r.number = parseConfNumber(value->text);
        } else {
            r.file = section.stopMatchFile; // stop-match=yes without a value: the lookup ends here
        }
        return r;
    }
    return {};
}

QList<explain::ConfDefault> mptcpConfDefaults(const NmConfMerged &conf, const DeviceMatchData &device)
{
    QList<explain::ConfDefault> out;
    for (const NmConfSection &section : conf.connectionSections) {
        const NmConfValue *value = section.value(kMptcpFlagsKey);
        if (!value && !section.stopMatch)
            continue;
        explain::ConfDefault d;
        d.value = value ? value->text : QString();
        d.file = value ? value->file : section.stopMatchFile;
        d.section = section.name;
        d.stopMatch = section.stopMatch;
        if (section.matchDevice) {
            d.matchDevice = section.matchDevice->text;
            const DeviceMatch m = matchDevice(splitMatchSpecs(section.matchDevice->text), device);
            d.matchesDevice = m.outcome == MatchOutcome::Match;
            d.matchUnknown = m.outcome == MatchOutcome::Unknown;
            d.unsupportedSpec = m.unsupportedSpec;
        }
        out << d;
    }
    return out;
}

} // namespace mptcp::nm
