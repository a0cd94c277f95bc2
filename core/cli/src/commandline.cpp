#include "mptcp/cli/command.h"
#include "text.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <limits>
#include <span>

namespace mptcp::cli {

namespace {

// The arguments still to read.
class Words {
public:
    explicit Words(const QStringList &words)
        : m_words(words)
    {
    }
    [[nodiscard]] bool atEnd() const { return m_next >= m_words.size(); }
    [[nodiscard]] const QString &peek() const { return m_words.at(m_next); }
    QString take() { return m_words.at(m_next++); }

private:
    QStringList m_words;
    qsizetype m_next = 0;
};

UsageError usage(const QString &message)
{
    return UsageError { message };
}

// iproute2's matches(): a non-empty prefix of the full word selects it, so
// `endp`, `del`, `i` work as they do with `ip mptcp`.
bool abbreviates(const QString &word, const char *full)
{
    return !word.isEmpty() && QLatin1String(full).startsWith(word);
}

// strtoul(word, …, 0) as iproute2's get_u8/get_u16/get_u32 read numbers: leading
// blanks, an optional sign, 0x for hex, a leading 0 for octal. nullopt when the word
// is not a number; numbers that do not fit (or are negative) come back as the
// largest value so every range check rejects them.
std::optional<quint64> parseNumber(const QString &word)
{
    constexpr quint64 tooBig = std::numeric_limits<quint64>::max();
    qsizetype i = 0;
    const qsizetype n = word.size();
    while (i < n && (word[i] == u' ' || (word[i] >= u'\t' && word[i] <= u'\r')))
        ++i;
    bool negative = false;
    if (i < n && (word[i] == u'+' || word[i] == u'-'))
        negative = word[i++] == u'-';
    int base = 10;
    if (i + 1 < n && word[i] == u'0' && (word[i + 1] == u'x' || word[i + 1] == u'X')) {
        base = 16;
        i += 2;
    } else if (i < n && word[i] == u'0') {
        base = 8;
    }
    if (i == n)
        return std::nullopt;
    quint64 value = 0;
    bool overflow = false;
    for (; i < n; ++i) {
        const char16_t c = word[i].unicode();
        int digit = -1;
        if (c >= u'0' && c <= u'9')
            digit = c - u'0';
        else if (c >= u'a' && c <= u'f')
            digit = c - u'a' + 10;
        else if (c >= u'A' && c <= u'F')
            digit = c - u'A' + 10;
        if (digit < 0 || digit >= base)
            return std::nullopt;
        if (value > (tooBig - quint64(digit)) / quint64(base))
            overflow = true;
        else
            value = value * quint64(base) + quint64(digit);
    }
    if (overflow || (negative && value != 0))
        return tooBig;
    return value;
}

// A number in [min, max] named `what` in messages ("id 300 out of range 1..255").
std::variant<quint64, UsageError> parseRanged(const QString &what, const QString &word, quint64 min, quint64 max)
{
    const std::optional<quint64> value = parseNumber(word);
    if (!value)
        return usage(Text::tr("\"%1\" is not a number").arg(word));
    if (*value < min || *value > max)
        return usage(Text::tr("%1 %2 out of range %3..%4").arg(what, word).arg(min).arg(max));
    return *value;
}

// Words that are neither keywords nor addresses: a typo of a flag name reads better
// as "unknown flag" than as a broken address.
bool looksLikeAddress(const QString &word)
{
    return word.contains(u'.') || word.contains(u':') || (!word.isEmpty() && word.front().isDigit());
}

// check_ifname() in iproute2, itself mirroring the kernel's dev_valid_name().
bool validInterfaceName(const QString &name)
{
    constexpr qsizetype ifnamsiz = 16;
    if (name.isEmpty() || name.toUtf8().size() >= ifnamsiz)
        return false;
    for (const QChar c : name) {
        if (c == u'/' || c.isSpace())
            return false;
    }
    return true;
}

// ---------------------------------------------------------------- endpoint words

enum class EndpointVerb { Show, Add, Delete, Change };

// Flags `endpoint add` may send; "implicit" is the kernel's own marker.
constexpr std::uint32_t AddableFlags
    = nl::FlagSignal | nl::FlagSubflow | nl::FlagBackup | nl::FlagFullmesh | nl::FlagLaminar;
// The only bits MPTCP_PM_CMD_SET_FLAGS changes (mptcp_pm_nl_set_flags in the kernel).
constexpr std::uint32_t ChangeableFlags = nl::FlagBackup | nl::FlagFullmesh;

// Everything the endpoint sub-commands can say, as iproute2's mptcp_parse_opt()
// collects it: a repeated option overrides the earlier one.
struct EndpointWords {
    std::optional<std::uint8_t> id;
    std::optional<nl::IpAddress> address;
    int ifindex = 0;
    std::uint16_t port = 0;
    std::uint32_t flags = 0;
};

// A flag word: the kernel's flags, plus "nobackup"/"nofullmesh" which iproute2 reads
// as "no bit" (they only matter for `change`, where unnamed bits are cleared).
std::optional<std::uint32_t> flagBits(const QString &word)
{
    if (word == QLatin1String("nobackup") || word == QLatin1String("nofullmesh"))
        return 0u;
    // Only named flags: flagFromWord() also reads "0xNN", which here would shadow
    // hex-looking words.
    if (word.isEmpty() || !word.front().isLetter())
        return std::nullopt;
    return nl::flagFromWord(word.toStdString());
}

std::optional<UsageError> takeValue(Words &words, const QString &keyword, QString *value)
{
    if (words.atEnd())
        return usage(Text::tr("missing value after \"%1\"").arg(keyword));
    *value = words.take();
    return std::nullopt;
}

std::variant<EndpointWords, UsageError> parseEndpointWords(
    Words &words, EndpointVerb verb, const InterfaceIndexLookup &interfaceIndex)
{
    const bool takesFlags = verb == EndpointVerb::Add || verb == EndpointVerb::Change;
    const bool takesDev = verb == EndpointVerb::Add;
    const bool takesPort = verb == EndpointVerb::Add || verb == EndpointVerb::Change;
    const bool takesAddress = verb != EndpointVerb::Show;
    // Id 0 names the address of connections' initial subflow: only `delete` may use it
    // (as iproute2 ≥6.11 has it: "ip: mptcp: 'id 0' is only for 'del'").
    const quint64 minId = verb == EndpointVerb::Delete ? 0 : 1;

    EndpointWords result;
    while (!words.atEnd()) {
        const QString word = words.take();
        QString value;
        if (const std::optional<std::uint32_t> bits = takesFlags ? flagBits(word) : std::nullopt) {
            if (verb == EndpointVerb::Add && (*bits & ~AddableFlags))
                return usage(Text::tr("flag \"%1\" is set by the kernel only").arg(word));
            if (verb == EndpointVerb::Change && (*bits & ~ChangeableFlags))
                return usage(
                    Text::tr("flag \"%1\" cannot be changed; use backup, nobackup, fullmesh or nofullmesh").arg(word));
            result.flags |= *bits;
        } else if (abbreviates(word, "id")) {
            if (auto error = takeValue(words, word, &value))
                return *error;
            auto id = parseRanged(QStringLiteral("id"), value, minId, 255);
            if (auto *error = std::get_if<UsageError>(&id))
                return *error;
            result.id = std::uint8_t(std::get<quint64>(id));
        } else if (takesDev && abbreviates(word, "dev")) {
            if (auto error = takeValue(words, word, &value))
                return *error;
            if (!validInterfaceName(value))
                return usage(Text::tr("invalid interface name \"%1\"").arg(value));
            result.ifindex = interfaceIndex(value);
            if (result.ifindex <= 0)
                return usage(Text::tr("unknown interface \"%1\"").arg(value));
        } else if (takesPort && abbreviates(word, "port")) {
            if (auto error = takeValue(words, word, &value))
                return *error;
            auto port = parseRanged(QStringLiteral("port"), value, 1, 65535);
            if (auto *error = std::get_if<UsageError>(&port))
                return *error;
            result.port = std::uint16_t(std::get<quint64>(port));
        } else if (const auto address = takesAddress ? nl::IpAddress::parse(word.toStdString()) : std::nullopt) {
            result.address = address;
        } else if (takesAddress && looksLikeAddress(word)) {
            return usage(Text::tr("invalid address \"%1\"").arg(word));
        } else if (takesFlags) {
            return usage(Text::tr("unknown flag \"%1\"").arg(word));
        } else {
            return usage(Text::tr("unknown argument \"%1\"").arg(word));
        }
    }
    return result;
}

// Checks shared by every leaf that takes no arguments at all.
std::optional<UsageError> expectEnd(Words &words)
{
    if (!words.atEnd())
        return usage(Text::tr("unknown argument \"%1\"").arg(words.peek()));
    return std::nullopt;
}

// ---------------------------------------------------------------- leaf parsers

using LeafResult = std::variant<Command, UsageError>;

template<class Cmd> LeafResult parseBare(Words &words, const InterfaceIndexLookup &)
{
    if (auto error = expectEnd(words))
        return *error;
    return Cmd {};
}

LeafResult parseEndpointShow(Words &words, const InterfaceIndexLookup &interfaceIndex)
{
    auto parsed = parseEndpointWords(words, EndpointVerb::Show, interfaceIndex);
    if (auto *error = std::get_if<UsageError>(&parsed))
        return *error;
    return EndpointShowCommand { std::get<EndpointWords>(parsed).id };
}

LeafResult parseEndpointAdd(Words &words, const InterfaceIndexLookup &interfaceIndex)
{
    auto parsed = parseEndpointWords(words, EndpointVerb::Add, interfaceIndex);
    if (auto *error = std::get_if<UsageError>(&parsed))
        return *error;
    const EndpointWords &w = std::get<EndpointWords>(parsed);
    if (!w.address)
        return usage(Text::tr("endpoint add needs an ADDRESS"));
    // Both refused by iproute2 before sending (ipmptcp.c, mptcp_parse_opt).
    if ((w.flags & nl::FlagSignal) && (w.flags & nl::FlagFullmesh))
        return usage(Text::tr("flags signal and fullmesh cannot be combined"));
    if (w.port && !(w.flags & nl::FlagSignal))
        return usage(Text::tr("port needs the signal flag"));
    nl::Endpoint endpoint;
    endpoint.id = w.id.value_or(0);
    endpoint.address = *w.address;
    endpoint.port = w.port;
    endpoint.flags = w.flags;
    endpoint.ifindex = w.ifindex;
    return EndpointAddCommand { endpoint };
}

LeafResult parseEndpointDelete(Words &words, const InterfaceIndexLookup &interfaceIndex)
{
    auto parsed = parseEndpointWords(words, EndpointVerb::Delete, interfaceIndex);
    if (auto *error = std::get_if<UsageError>(&parsed))
        return *error;
    const EndpointWords &w = std::get<EndpointWords>(parsed);
    if (!w.id)
        return usage(Text::tr("endpoint delete needs \"id ID\""));
    if (*w.id != 0 && w.address)
        return usage(Text::tr("an ADDRESS can only be given with id 0"));
    if (*w.id == 0 && !w.address)
        return usage(Text::tr("id 0 needs an ADDRESS"));
    return EndpointDeleteCommand { *w.id, w.address };
}

LeafResult parseEndpointChange(Words &words, const InterfaceIndexLookup &interfaceIndex)
{
    auto parsed = parseEndpointWords(words, EndpointVerb::Change, interfaceIndex);
    if (auto *error = std::get_if<UsageError>(&parsed))
        return *error;
    const EndpointWords &w = std::get<EndpointWords>(parsed);
    if (!w.id && !w.address)
        return usage(Text::tr("endpoint change needs \"id ID\" or an ADDRESS"));
    if (w.id && w.port)
        return usage(Text::tr("port cannot be used with id"));
    return EndpointChangeCommand { w.id.value_or(0), w.address, w.port, w.flags };
}

LeafResult parseLimitsSet(Words &words, const InterfaceIndexLookup &)
{
    LimitsSetCommand command;
    while (!words.atEnd()) {
        const QString word = words.take();
        std::optional<std::uint32_t> *target = nullptr;
        QString name;
        if (abbreviates(word, "subflows")) {
            target = &command.subflows;
            name = QStringLiteral("subflows");
        } else if (abbreviates(word, "add_addr_accepted")) {
            target = &command.addAddrAccepted;
            name = QStringLiteral("add_addr_accepted");
        } else {
            return usage(Text::tr("unknown limit \"%1\"").arg(word));
        }
        QString value;
        if (auto error = takeValue(words, word, &value))
            return *error;
        // The kernel enforces its own maximum (8) and says so; only the u32 range is ours.
        auto number = parseRanged(name, value, 0, std::numeric_limits<std::uint32_t>::max());
        if (auto *error = std::get_if<UsageError>(&number))
            return *error;
        *target = std::uint32_t(std::get<quint64>(number));
    }
    return command;
}

LeafResult parseConnectionShow(Words &words, const InterfaceIndexLookup &)
{
    ConnectionShowCommand command;
    if (!words.atEnd())
        command.connection = words.take();
    if (auto error = expectEnd(words))
        return *error;
    return command;
}

// nmcli takes the flags as one argument ("enabled,subflow"); separate words are
// joined the same way so `set X enabled subflow` means the same.
LeafResult parseConnectionSet(Words &words, const InterfaceIndexLookup &)
{
    ConnectionSetCommand command;
    if (words.atEnd())
        return usage(Text::tr("connection set needs a connection (ID or UUID) and FLAGS"));
    command.connection = words.take();
    if (command.connection.isEmpty())
        return usage(Text::tr("the connection ID must not be empty"));
    QStringList flags;
    while (!words.atEnd())
        flags << words.take();
    if (flags.isEmpty())
        return usage(Text::tr("connection set needs FLAGS, e.g. \"default\", \"disabled\" or \"enabled,subflow\""));
    command.flags = flags.join(u',');
    return command;
}

// Options after a command's name are spelled "--name" (or "-name"); `value` is set
// when the option takes one.
bool isOption(const QString &word, const char *name)
{
    return word == QLatin1String("--") + QLatin1String(name) || word == u'-' + QLatin1String(name);
}

LeafResult parseCounters(Words &words, const InterfaceIndexLookup &)
{
    CountersCommand command;
    while (!words.atEnd()) {
        const QString word = words.take();
        if (!isOption(word, "delta") && word != QLatin1String("delta"))
            return usage(Text::tr("unknown argument \"%1\"").arg(word));
        QString value;
        if (auto error = takeValue(words, word, &value))
            return *error;
        // An hour is plenty to catch a problem; longer is more likely a typo.
        auto seconds = parseRanged(QStringLiteral("--delta"), value, 1, 3600);
        if (auto *error = std::get_if<UsageError>(&seconds))
            return *error;
        command.deltaSeconds = int(std::get<quint64>(seconds));
    }
    return command;
}

LeafResult parseDebugReport(Words &words, const InterfaceIndexLookup &)
{
    DebugReportCommand command;
    while (!words.atEnd()) {
        const QString word = words.take();
        if (word == QLatin1String("-o") || isOption(word, "output")) {
            if (auto error = takeValue(words, word, &command.outputFile))
                return *error;
            if (command.outputFile.isEmpty())
                return usage(Text::tr("the output file name must not be empty"));
        } else if (isOption(word, "redact")) {
            command.redact = true;
        } else {
            return usage(Text::tr("unknown argument \"%1\"").arg(word));
        }
    }
    return command;
}

// The options lab.sh takes after each verb (core/lab/lab.sh.in usage), checked here so
// a typo is a usage error before any namespace is touched.
struct LabOption {
    const char *name;
    enum Kind { Flag, Number, Rate } kind;
    quint64 min = 0;
    quint64 max = 0;
};

struct LabVerb {
    const char *verb;
    bool takesInterface;
    std::span<const LabOption> options;
};

constexpr LabOption LabUpOptions[] = {
    { "wwan-backup", LabOption::Flag },
    { "wifi-rate", LabOption::Rate },
    { "lte-rate", LabOption::Rate },
    { "port", LabOption::Number, 1, 65535 },
    { "timeout", LabOption::Number, 1, 3600 },
};
constexpr LabOption LabTrafficOptions[] = {
    { "seconds", LabOption::Number, 1, 86400 },
    { "rate", LabOption::Rate },
    { "stop", LabOption::Flag },
};
constexpr LabOption LabLinkOptions[] = {
    { "wait", LabOption::Flag },
};

constexpr LabVerb LabUp { "up", false, LabUpOptions };
constexpr LabVerb LabTraffic { "traffic", false, LabTrafficOptions };
constexpr LabVerb LabCut { "cut", true, LabLinkOptions };
constexpr LabVerb LabRestore { "restore", true, LabLinkOptions };
constexpr LabVerb LabDown { "down", false, {} };
constexpr LabVerb LabStatus { "status", false, {} };
constexpr LabVerb LabEnv { "env", false, {} };

// lab.sh's valid_rate(): a number with an optional k/m/g and "bit", as tc(8) reads it.
bool validRate(const QString &rate)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9]+(\\.[0-9]+)?([kKmMgG]?(bit)?)$"));
    return pattern.match(rate).hasMatch();
}

template<const LabVerb &Verb> LeafResult parseLab(Words &words, const InterfaceIndexLookup &)
{
    LabCommand command { { QLatin1String(Verb.verb) } };
    if (Verb.takesInterface) {
        if (words.atEnd() || words.peek().startsWith(u'-'))
            return usage(Text::tr("lab %1 needs an interface, e.g. wlan0").arg(QLatin1String(Verb.verb)));
        const QString iface = words.take();
        if (!validInterfaceName(iface))
            return usage(Text::tr("invalid interface name \"%1\"").arg(iface));
        command.arguments << iface;
    }
    while (!words.atEnd()) {
        const QString word = words.take();
        const LabOption *option = nullptr;
        for (const LabOption &candidate : Verb.options) {
            if (isOption(word, candidate.name))
                option = &candidate;
        }
        if (!option)
            return usage(Text::tr("unknown argument \"%1\"").arg(word));
        const QString spelled = QStringLiteral("--") + QLatin1String(option->name);
        command.arguments << spelled;
        if (option->kind == LabOption::Flag)
            continue;
        QString value;
        if (auto error = takeValue(words, word, &value))
            return *error;
        if (option->kind == LabOption::Rate) {
            if (!validRate(value))
                return usage(Text::tr("invalid rate \"%1\" (e.g. 20mbit)").arg(value));
            command.arguments << value;
        } else {
            auto number = parseRanged(spelled, value, option->min, option->max);
            if (auto *error = std::get_if<UsageError>(&number))
                return *error;
            command.arguments << QString::number(std::get<quint64>(number));
        }
    }
    return command;
}

// ---------------------------------------------------------------- the command table

// One word of the command tree. A node either parses the rest of the line (`parse`)
// or chooses among `children`; a non-empty prefix of `word` selects it, the first
// match in table order winning, as in iproute2. New commands are new rows.
struct CommandNode {
    const char *word;
    const char *synopsis; // nullptr: an alias kept out of the help text
    LeafResult (*parse)(Words &, const InterfaceIndexLookup &) = nullptr;
    std::span<const CommandNode> children = {};
    const char *implicitChild = nullptr; // taken when the line ends at this node
};

constexpr CommandNode EndpointCommands[] = {
    { "add",
        QT_TRANSLATE_NOOP("mptcpctl",
            "endpoint add ADDRESS [port PORT] [dev IFNAME] [id ID] [signal] [subflow] [backup] "
            "[fullmesh] [laminar]"),
        parseEndpointAdd },
    { "change",
        QT_TRANSLATE_NOOP(
            "mptcpctl", "endpoint change (id ID | ADDRESS [port PORT]) [backup|nobackup] [fullmesh|nofullmesh]"),
        parseEndpointChange },
    { "delete", QT_TRANSLATE_NOOP("mptcpctl", "endpoint delete id ID [ADDRESS]"), parseEndpointDelete },
    { "show", QT_TRANSLATE_NOOP("mptcpctl", "[--json] endpoint show [id ID]"), parseEndpointShow },
    { "flush", QT_TRANSLATE_NOOP("mptcpctl", "endpoint flush"), parseBare<EndpointFlushCommand> },
    { "list", nullptr, parseEndpointShow },
};

constexpr CommandNode LimitsCommands[] = {
    { "set", QT_TRANSLATE_NOOP("mptcpctl", "limits set [subflows N] [add_addr_accepted N]"), parseLimitsSet },
    { "show", QT_TRANSLATE_NOOP("mptcpctl", "[--json] limits show"), parseBare<LimitsShowCommand> },
    { "list", nullptr, parseBare<LimitsShowCommand> },
};

constexpr CommandNode ConnectionCommands[] = {
    { "show", QT_TRANSLATE_NOOP("mptcpctl", "[--json] connection show [ID|UUID]"), parseConnectionShow },
    { "set",
        QT_TRANSLATE_NOOP("mptcpctl",
            "connection set (ID|UUID) FLAGS   (nmcli words: default, disabled, "
            "enabled,subflow,backup, ...)"),
        parseConnectionSet },
    { "modify", nullptr, parseConnectionSet },
    { "list", nullptr, parseConnectionShow },
};

constexpr CommandNode LabCommands[] = {
    { "up",
        QT_TRANSLATE_NOOP(
            "mptcpctl", "lab up [--wwan-backup] [--wifi-rate RATE] [--lte-rate RATE] [--port P] [--timeout S]"),
        parseLab<LabUp> },
    { "traffic", QT_TRANSLATE_NOOP("mptcpctl", "lab traffic [--seconds N] [--rate RATE] [--stop]"),
        parseLab<LabTraffic> },
    { "cut", QT_TRANSLATE_NOOP("mptcpctl", "lab cut IFACE [--wait]"), parseLab<LabCut> },
    { "restore", QT_TRANSLATE_NOOP("mptcpctl", "lab restore IFACE [--wait]"), parseLab<LabRestore> },
    { "down", QT_TRANSLATE_NOOP("mptcpctl", "lab down"), parseLab<LabDown> },
    { "status", QT_TRANSLATE_NOOP("mptcpctl", "lab status"), parseLab<LabStatus> },
    { "env", QT_TRANSLATE_NOOP("mptcpctl", "lab env"), parseLab<LabEnv> },
};

constexpr CommandNode TopCommands[] = {
    { "endpoint", nullptr, nullptr, EndpointCommands, "show" },
    { "limits", nullptr, nullptr, LimitsCommands, "show" },
    { "monitor", QT_TRANSLATE_NOOP("mptcpctl", "[--json] monitor"), parseBare<MonitorCommand> },
    { "status", QT_TRANSLATE_NOOP("mptcpctl", "[--json] status"), parseBare<StatusCommand> },
    { "explain", QT_TRANSLATE_NOOP("mptcpctl", "[--json] explain"), parseBare<ExplainCommand> },
    // Before "connections": "conn" is the NetworkManager command, as in nmcli.
    { "connection", nullptr, nullptr, ConnectionCommands, "show" },
    { "connections", QT_TRANSLATE_NOOP("mptcpctl", "[--json] connections"), parseBare<ConnectionsCommand> },
    { "counters", QT_TRANSLATE_NOOP("mptcpctl", "[--json] counters [--delta SECONDS]"), parseCounters },
    { "check", QT_TRANSLATE_NOOP("mptcpctl", "[--json] check"), parseBare<CheckCommand> },
    { "debug-report", QT_TRANSLATE_NOOP("mptcpctl", "[--json] debug-report [-o FILE] [--redact]"), parseDebugReport },
    { "lab", nullptr, nullptr, LabCommands, nullptr },
    { "help", QT_TRANSLATE_NOOP("mptcpctl", "help"), parseBare<HelpCommand> },
};

const CommandNode *findNode(std::span<const CommandNode> nodes, const QString &word)
{
    for (const CommandNode &node : nodes) {
        if (abbreviates(word, node.word))
            return &node;
    }
    return nullptr;
}

// Options before the command, in ip(8)'s single-dash spelling; ip(8) also takes
// "--opt", and any abbreviation down to two characters ("-j" for "-json").
struct GlobalOptions {
    bool json = false;
    bool help = false;
    bool viaHelper = false;
};

struct GlobalOption {
    const char *word;
    bool GlobalOptions::*flag;
};

constexpr GlobalOption GlobalOptionTable[] = {
    { "-json", &GlobalOptions::json },
    { "-help", &GlobalOptions::help },
    { "-via-helper", &GlobalOptions::viaHelper },
};

} // namespace

ParseResult parseCommandLine(const QStringList &arguments, const InterfaceIndexLookup &interfaceIndex)
{
    Words words(arguments);
    GlobalOptions options;
    while (!words.atEnd() && words.peek().startsWith(u'-')) {
        const QString option = words.take();
        if (option == QLatin1String("--"))
            break;
        const QString spelled = option.startsWith(QLatin1String("--")) ? option.mid(1) : option;
        const GlobalOption *match = nullptr;
        for (const GlobalOption &candidate : GlobalOptionTable) {
            if (spelled.size() >= 2 && abbreviates(spelled, candidate.word)) {
                match = &candidate;
                break;
            }
        }
        if (!match)
            return usage(Text::tr("unknown option \"%1\"").arg(option));
        options.*(match->flag) = true;
    }
    Invocation invocation;
    invocation.json = options.json;
    invocation.viaHelper = options.viaHelper;
    if (options.help) {
        invocation.command = HelpCommand {};
        return invocation;
    }
    if (words.atEnd())
        return usage(Text::tr("no command given"));

    std::span<const CommandNode> level = TopCommands;
    const CommandNode *parent = nullptr;
    for (;;) {
        const CommandNode *node = nullptr;
        if (words.atEnd()) {
            if (!parent->implicitChild)
                return usage(Text::tr("missing %1 command").arg(QLatin1String(parent->word)));
            node = findNode(level, QLatin1String(parent->implicitChild));
        } else {
            const QString word = words.take();
            node = findNode(level, word);
            if (!node && parent)
                return usage(Text::tr("unknown %1 command \"%2\"").arg(QLatin1String(parent->word), word));
            if (!node)
                return usage(Text::tr("unknown command \"%1\"").arg(word));
        }
        if (node->parse) {
            LeafResult leaf = node->parse(words, interfaceIndex);
            if (auto *error = std::get_if<UsageError>(&leaf))
                return *error;
            invocation.command = std::move(std::get<Command>(leaf));
            return invocation;
        }
        parent = node;
        level = node->children;
    }
}

QString usageText()
{
    QString text = Text::tr("Usage:") + u'\n';
    const auto addLines = [&text](std::span<const CommandNode> nodes, const auto &self) -> void {
        for (const CommandNode &node : nodes) {
            if (node.synopsis)
                text += QLatin1String("  mptcpctl ") + QCoreApplication::translate("mptcpctl", node.synopsis) + u'\n';
            self(node.children, self);
        }
    };
    addLines(TopCommands, addLines);
    text += Text::tr("Words may be abbreviated as with ip(8): \"endp del id 3\". "
                     "Numbers may be decimal, 0x-hex or 0-octal. "
                     "-j is short for --json. --via-helper sends changes through the privileged helper "
                     "(the default when not root).")
        + u'\n' + Text::tr("Exit status: 0 done, 1 refused by the kernel or the system, 2 wrong command line.") + u'\n';
    return text;
}

} // namespace mptcp::cli
