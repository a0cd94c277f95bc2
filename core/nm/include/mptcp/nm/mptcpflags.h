// The `connection.mptcp-flags` value of a NetworkManager profile (NMMptcpFlags):
// nmcli's words <-> the raw number, validated by libnm itself.
#pragma once

#include <QString>
#include <QStringList>
#include <QtGlobal>
#include <optional>

namespace mptcp::nm {

struct MptcpFlagsParse {
    std::optional<quint32> value; // set when the text was understood and libnm accepts the value
    QString error; // why not, in plain words (NM's own text for invalid combinations)

    [[nodiscard]] bool ok() const { return value.has_value(); }
};

// Parses what `nmcli connection modify X connection.mptcp-flags TEXT` accepts: the words
// default, none, disabled, enabled, also-without-sysctl, also-without-default-route,
// signal, subflow, backup, fullmesh, laminar, decimal numbers and 0x-hex numbers,
// separated by spaces, tabs or commas; "" means default (0). The result is then checked
// with libnm's nm_setting_verify(), so e.g. "signal,fullmesh" is refused with NM's reason.
MptcpFlagsParse parseMptcpFlags(const QString &text);

// libnm's verdict on a raw value: empty when NM accepts it, else NM's message.
QString mptcpFlagsProblem(quint32 flags);

// The value as nmcli prints it: "default" for 0, else the words in bit order, unknown
// bits as one 0x.. word (e.g. {"enabled", "subflow"}).
QStringList mptcpFlagWords(quint32 flags);

} // namespace mptcp::nm
