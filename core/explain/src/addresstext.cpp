#include "addresstext.h"

#include <arpa/inet.h>
#include <sys/socket.h>

namespace mptcp::explain {

std::optional<AddressBytes> parseAddress(AddressFamily family, const QString &text)
{
    AddressBytes a;
    a.family = family;
    const QByteArray bytes = text.trimmed().toLatin1();
    const int af = family == AddressFamily::IPv4 ? AF_INET : AF_INET6;
    if (inet_pton(af, bytes.constData(), a.bytes.data()) != 1)
        return std::nullopt;
    return a;
}

std::optional<AddressBytes> parseAnyAddress(const QString &text)
{
    const AddressFamily family = text.contains(QLatin1Char(':')) ? AddressFamily::IPv6 : AddressFamily::IPv4;
    return parseAddress(family, text);
}

QString canonicalAddress(const QString &text)
{
    const std::optional<AddressBytes> a = parseAnyAddress(text);
    if (!a)
        return text;
    char buf[INET6_ADDRSTRLEN] = {};
    const int af = a->family == AddressFamily::IPv4 ? AF_INET : AF_INET6;
    if (!inet_ntop(af, a->bytes.data(), buf, sizeof buf))
        return text;
    return QString::fromLatin1(buf);
}

} // namespace mptcp::explain
