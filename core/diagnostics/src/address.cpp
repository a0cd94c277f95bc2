#include "address.h"

#include <arpa/inet.h>

namespace mptcp::diagnostics {

std::optional<QString> canonicalAddress(const QString &text)
{
    const QByteArray raw = text.toLatin1();
    unsigned char buf[16];
    char out[INET6_ADDRSTRLEN];
    if (::inet_pton(AF_INET, raw.constData(), buf) == 1 && ::inet_ntop(AF_INET, buf, out, sizeof out))
        return QString::fromLatin1(out);
    if (::inet_pton(AF_INET6, raw.constData(), buf) == 1 && ::inet_ntop(AF_INET6, buf, out, sizeof out))
        return QString::fromLatin1(out);
    return std::nullopt;
}

int addressFamily(const QString &text)
{
    const QByteArray raw = text.toLatin1();
    unsigned char buf[16];
    if (::inet_pton(AF_INET, raw.constData(), buf) == 1)
        return AF_INET;
    if (::inet_pton(AF_INET6, raw.constData(), buf) == 1)
        return AF_INET6;
    return 0;
}

} // namespace mptcp::diagnostics
