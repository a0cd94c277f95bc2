#include "mptcp/models/mptcpflags.h"

#include "mptcp/explain/snapshot.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace mptcp::models {

namespace nmflag = mptcp::explain::nmflag;

namespace {

// Word <-> NMMptcpFlags bit for the endpoint flags (nm-dbus-interface.h, NM 1.40+).
constexpr std::array<std::pair<const char *, quint32>, 4> EndpointBits{{
    {"signal", nmflag::Signal},
    {"subflow", nmflag::Subflow},
    {"backup", nmflag::Backup},
    {"fullmesh", nmflag::Fullmesh},
}};

constexpr quint32 EndpointMask = nmflag::Signal | nmflag::Subflow | nmflag::Backup | nmflag::Fullmesh;

} // namespace

QStringList endpointFlagWords()
{
    QStringList words;
    for (const auto &[word, bit] : EndpointBits)
        words.append(QLatin1String(word));
    return words;
}

ConnectionMode connectionModeOf(quint32 nmFlags)
{
    if (nmFlags == nmflag::None)
        return ConnectionMode::Default;
    // "disabled" wins over everything (nm_mptcp_flags_normalize, NM 1.40+).
    if (nmFlags & nmflag::Disabled)
        return ConnectionMode::Off;
    return ConnectionMode::On;
}

QStringList endpointWordsOf(quint32 nmFlags)
{
    QStringList words;
    for (const auto &[word, bit] : EndpointBits) {
        if (nmFlags & bit)
            words.append(QLatin1String(word));
    }
    return words;
}

quint32 composeConnectionFlags(ConnectionMode mode, const QStringList &words, quint32 previous)
{
    switch (mode) {
    case ConnectionMode::Default:
        return nmflag::None;
    case ConnectionMode::Off:
        return nmflag::Disabled;
    case ConnectionMode::On:
        break;
    }
    quint32 value = nmflag::Enabled;
    if (!(previous & nmflag::Disabled))
        value |= previous & ~(EndpointMask | nmflag::Disabled);
    for (const auto &[word, bit] : EndpointBits) {
        if (words.contains(QLatin1String(word)))
            value |= bit;
    }
    return value;
}

std::optional<QString> connectionFlagsProblem(quint32 nmFlags)
{
    // Both texts are NetworkManager's own verify() messages (nm-setting-connection.c).
    if ((nmFlags & nmflag::Disabled) && nmFlags != nmflag::Disabled)
        return QCoreApplication::translate("MptcpFlags", "\"disabled\" cannot be combined with other MPTCP flags.");
    if ((nmFlags & nmflag::Signal) && (nmFlags & nmflag::Fullmesh))
        return QCoreApplication::translate("MptcpFlags", "\"signal\" and \"fullmesh\" cannot be used together.");
    return std::nullopt;
}

QString flagExplanation(const QString &word)
{
    if (word == QLatin1String("subflow"))
        return QCoreApplication::translate("MptcpFlags", "open extra paths from this address to the server");
    if (word == QLatin1String("signal"))
        return QCoreApplication::translate("MptcpFlags", "announce this address to the other side so it can connect to it");
    if (word == QLatin1String("backup"))
        return QCoreApplication::translate("MptcpFlags",
                                           "use this path only when the others fail — typical for metered LTE");
    if (word == QLatin1String("fullmesh"))
        return QCoreApplication::translate("MptcpFlags", "open a path from this address to every address of the server");
    if (word == QLatin1String("laminar"))
        return QCoreApplication::translate("MptcpFlags", "answer each address the server announces with one new path from this address");
    if (word == QLatin1String("implicit"))
        return QCoreApplication::translate("MptcpFlags", "created by the kernel itself for an address in use");
    return QCoreApplication::translate("MptcpFlags", "flag unknown to this version");
}

QString flagsText(const QStringList &words)
{
    if (words.isEmpty())
        return QCoreApplication::translate("MptcpFlags", "no flags");
    return words.join(QLatin1String(", "));
}

} // namespace mptcp::models
