#include "mptcp/diagnostics/redact.h"

#include "address.h"

#include <QRegularExpression>

#include <algorithm>

#include <arpa/inet.h>

namespace mptcp::diagnostics {

namespace {

// Replaces each match of `re` (group 1) by what `replace` returns for it.
template <class F>
QString substitute(const QString &text, const QRegularExpression &re, F replace)
{
    QString out;
    qsizetype last = 0;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(last, m.capturedStart(1) - last);
        out += replace(m.captured(1));
        last = m.capturedEnd(1);
    }
    out += QStringView(text).mid(last);
    return out;
}

bool keptV4(const QString &canonical)
{
    return canonical == QLatin1String("0.0.0.0") || canonical == QLatin1String("255.255.255.255")
        || canonical.startsWith(QLatin1String("127."));
}

} // namespace

void Redactor::addLiteral(const QString &literal, const QString &placeholder)
{
    if (!literal.isEmpty())
        m_literals.append({literal, placeholder});
}

QString Redactor::placeholderV4(const QString &canonical)
{
    auto it = m_v4.constFind(canonical);
    if (it == m_v4.constEnd())
        it = m_v4.insert(canonical, QStringLiteral("<ipv4-%1>").arg(m_v4.size() + 1));
    return *it;
}

QString Redactor::placeholderV6(const QString &canonical)
{
    auto it = m_v6.constFind(canonical);
    if (it == m_v6.constEnd())
        it = m_v6.insert(canonical, QStringLiteral("<ipv6-%1>").arg(m_v6.size() + 1));
    return *it;
}

QString Redactor::redactV6(const QString &text)
{
    // Hex groups and at least two colons, optionally ending in a dotted IPv4 part; not glued to
    // a word (so "std::vector" or "12:30:45" are no candidates, and inet_pton decides the rest).
    static const QRegularExpression re(QStringLiteral(
        "(?<![0-9A-Za-z:.])((?:[0-9A-Fa-f]{0,4}:){2,7}(?:\\d{1,3}(?:\\.\\d{1,3}){3}|[0-9A-Fa-f]{1,4})?)(?![0-9A-Za-z:])"));
    return substitute(text, re, [this](const QString &candidate) -> QString {
        QString token = candidate;
        std::optional<QString> canonical = canonicalAddress(token);
        // "2001:db8::1:" before a port in some outputs: retry without the trailing colon.
        if (!canonical && token.endsWith(QLatin1Char(':'))) {
            token.chop(1);
            canonical = canonicalAddress(token);
        }
        if (!canonical || addressFamily(*canonical) != AF_INET6)
            return candidate;
        const QString rest = candidate.mid(token.size());
        if (*canonical == QLatin1String("::") || *canonical == QLatin1String("::1"))
            return candidate;
        unsigned char bytes[16];
        ::inet_pton(AF_INET6, canonical->toLatin1().constData(), bytes);
        static const unsigned char mapped[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
        if (std::equal(mapped, mapped + 12, bytes)) {
            const QString v4 = QStringLiteral("%1.%2.%3.%4").arg(bytes[12]).arg(bytes[13]).arg(bytes[14]).arg(bytes[15]);
            return QStringLiteral("::ffff:") + (keptV4(v4) ? v4 : placeholderV4(v4)) + rest;
        }
        return placeholderV6(*canonical) + rest;
    });
}

QString Redactor::redactMac(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("(?<![0-9A-Za-z:])([0-9A-Fa-f]{2}(?::[0-9A-Fa-f]{2}){5})(?![0-9A-Za-z:])"));
    return substitute(text, re, [this](const QString &candidate) -> QString {
        const QString mac = candidate.toLower();
        if (mac == QLatin1String("00:00:00:00:00:00") || mac == QLatin1String("ff:ff:ff:ff:ff:ff"))
            return candidate;
        auto it = m_mac.constFind(mac);
        if (it == m_mac.constEnd())
            it = m_mac.insert(mac, QStringLiteral("<mac-%1>").arg(m_mac.size() + 1));
        return *it;
    });
}

QString Redactor::redactV4(const QString &text)
{
    // Four dotted numbers not continuing a longer dotted number on the left; on the right a
    // port or tcpdump-style ".port" may follow ("10.0.0.1.443").
    static const QRegularExpression re(QStringLiteral("(?<![0-9.])(\\d{1,3}(?:\\.\\d{1,3}){3})(?![0-9])"));
    return substitute(text, re, [this](const QString &candidate) -> QString {
        const std::optional<QString> canonical = canonicalAddress(candidate);
        if (!canonical || addressFamily(*canonical) != AF_INET || keptV4(*canonical))
            return candidate;
        return placeholderV4(*canonical);
    });
}

QString Redactor::redact(const QString &text)
{
    // IPv6 first: it may embed an IPv4 address; MACs next, so the IPv4 pass sees only
    // what is left.
    QString out = redactMac(redactV6(text));
    out = redactV4(out);
    for (const auto &[literal, placeholder] : std::as_const(m_literals)) {
        // Whole words only: a short host name like "vm" must not hit "nvme".
        const QRegularExpression word(QStringLiteral("(?<![\\w.-])%1(?![\\w-])").arg(QRegularExpression::escape(literal)));
        out.replace(word, placeholder);
    }
    return out;
}

} // namespace mptcp::diagnostics
