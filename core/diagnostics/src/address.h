// Address text helpers shared by the checks and the redactor.
#pragma once

#include <QString>

#include <optional>

namespace mptcp::diagnostics {

// inet_ntop's spelling of an IPv4/IPv6 address (so "2001:DB8:0::1" == "2001:db8::1");
// nullopt when the text is no address.
std::optional<QString> canonicalAddress(const QString &text);
// AF_INET / AF_INET6 of a textual address; 0 when it is none.
int addressFamily(const QString &text);

} // namespace mptcp::diagnostics
