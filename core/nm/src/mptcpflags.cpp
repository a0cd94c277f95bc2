#include "mptcp/nm/mptcpflags.h"

#include "libnmmodule.h"

#include <QCoreApplication>
#include <array>

namespace mptcp::nm {

namespace {

struct FlagWord {
    const char *word;
    quint32 bit;
};

// nmcli's nicks for NMMptcpFlags (nm-dbus-interface.h; "default" is nmcli's alias for 0,
// nm-meta-setting-desc.c). laminar exists since NM 1.56: older libnm refuses it in verify.
constexpr std::array<FlagWord, 9> kFlagWords { {
    { "disabled", 0x1 },
    { "enabled", 0x2 },
    { "also-without-sysctl", 0x4 },
    { "also-without-default-route", 0x8 },
    { "signal", 0x10 },
    { "subflow", 0x20 },
    { "backup", 0x40 },
    { "fullmesh", 0x80 },
    { "laminar", 0x100 },
} };

bool isFlagSeparator(QChar c)
{
    // IS_FLAGS_SEPARATOR in NM's nm-enum-utils.c.
    return c == u' ' || c == u'\t' || c == u',' || c == u'\n' || c == u'\r';
}

// One token as _nm_utils_enum_from_str_full() reads it: 0x-hex, decimal, or a nick.
std::optional<quint32> tokenValue(const QString &token)
{
    bool ok = false;
    if (token.size() > 2 && token.startsWith(QLatin1String("0x"))) {
        const qulonglong v = token.mid(2).toULongLong(&ok, 16);
        return ok && v <= 0xffffffffULL ? std::optional<quint32>(quint32(v)) : std::nullopt;
    }
    if (!token.isEmpty() && token.front().isDigit()) {
        const qulonglong v = token.toULongLong(&ok, 10);
        return ok && v <= 0xffffffffULL ? std::optional<quint32>(quint32(v)) : std::nullopt;
    }
    if (token == QLatin1String("default") || token == QLatin1String("none"))
        return 0u;
    for (const FlagWord &fw : kFlagWords) {
        if (token == QLatin1String(fw.word))
            return fw.bit;
    }
    return std::nullopt;
}

QString knownWordList()
{
    QStringList words { QStringLiteral("default") };
    for (const FlagWord &fw : kFlagWords)
        words << QString::fromLatin1(fw.word);
    return words.join(QStringLiteral(", "));
}

} // namespace

MptcpFlagsParse parseMptcpFlags(const QString &text)
{
    MptcpFlagsParse result;
    quint32 value = 0;
    QString token;
    const QString input = text + u' ';
    for (const QChar c : input) {
        if (!isFlagSeparator(c)) {
            token += c;
            continue;
        }
        if (token.isEmpty())
            continue;
        const std::optional<quint32> v = tokenValue(token);
        if (!v) {
            result.error
                = QCoreApplication::translate("mptcp::nm::MptcpFlags", "'%1' is not an MPTCP flag; use numbers or: %2")
                      .arg(token, knownWordList());
            return result;
        }
        value |= *v;
        token.clear();
    }
    if (QString problem = mptcpFlagsProblem(value); !problem.isEmpty()) {
        result.error = problem;
        return result;
    }
    result.value = value;
    return result;
}

QString mptcpFlagsProblem(quint32 flags)
{
    if (const libnm::Api *api = LibnmModule::api())
        return api->mptcpFlagsProblem(flags);
    return LibnmModule::unavailableText();
}

QStringList mptcpFlagWords(quint32 flags)
{
    if (flags == 0)
        return { QStringLiteral("default") };
    QStringList words;
    quint32 rest = flags;
    for (const FlagWord &fw : kFlagWords) {
        if (flags & fw.bit) {
            words << QString::fromLatin1(fw.word);
            rest &= ~fw.bit;
        }
    }
    if (rest != 0)
        words << QStringLiteral("0x%1").arg(rest, 0, 16);
    return words;
}

} // namespace mptcp::nm
