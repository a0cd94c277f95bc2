// NetworkManager's connection.mptcp-flags (NMMptcpFlags) as the app presents it: a
// mode (default / off / on) plus endpoint flags, with plain-language explanations.
#pragma once

#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <optional>

namespace mptcp::models {

enum class ConnectionMode { Default, Off, On };

// The endpoint flag words the app lets users choose, in `ip mptcp` order.
QStringList endpointFlagWords();

ConnectionMode connectionModeOf(quint32 nmFlags);
// The endpoint flag words set in a connection.mptcp-flags value.
QStringList endpointWordsOf(quint32 nmFlags);
// The value to store for `mode` with `words` ticked. Bits the page does not show
// (also-without-sysctl, also-without-default-route, laminar) are kept from `previous`.
quint32 composeConnectionFlags(ConnectionMode mode, const QStringList &words, quint32 previous);
// NetworkManager's verify() reasons (nm-setting-connection.c, NM 1.40+); nullopt = valid.
std::optional<QString> connectionFlagsProblem(quint32 nmFlags);

// One line saying what an endpoint flag does, e.g. for "backup".
QString flagExplanation(const QString &word);
// Words as users read them: "enabled, subflow"; "no flags" when empty.
QString flagsText(const QStringList &words);

} // namespace mptcp::models
