// Consistent redaction of addresses in free-form text (debug reports): the same address
// always becomes the same placeholder, different ones different placeholders, so a report
// stays readable ("<ipv4-2> is on veth1 and has endpoint id 3") without revealing them.
#pragma once

#include <QHash>
#include <QString>

namespace mptcp::diagnostics {

class Redactor {
public:
    // Replaces IPv4 addresses with <ipv4-N>, IPv6 with <ipv6-N> (an IPv4-mapped IPv6
    // address keeps its form: ::ffff:<ipv4-N>, N as for the IPv4 address) and MAC
    // addresses with <mac-N>, also inside longer tokens (10.0.0.1:443, [2001:db8::1]:80,
    // fe80::1%eth0, 10.0.0.0/24, src=10.0.0.1). Left as they are, because they identify
    // nobody and help reading: 0.0.0.0, ::, loopback, 255.255.255.255 and the all-zero
    // and broadcast MACs.
    QString redact(const QString &text);
    // Replaces every occurrence of `literal` (e.g. the host name) with `placeholder` too.
    void addLiteral(const QString &literal, const QString &placeholder);

    [[nodiscard]] int addressCount() const { return int(m_v4.size() + m_v6.size() + m_mac.size()); }

private:
    QString placeholderV4(const QString &canonical);
    QString placeholderV6(const QString &canonical);
    QString redactV6(const QString &text);
    QString redactMac(const QString &text);
    QString redactV4(const QString &text);

    QHash<QString, QString> m_v4;
    QHash<QString, QString> m_v6;
    QHash<QString, QString> m_mac;
    QList<std::pair<QString, QString>> m_literals;
};

} // namespace mptcp::diagnostics
