// Address text helpers shared by the engine's sources (not installed).
#pragma once

#include "mptcp/explain/snapshot.h"

#include <QString>

#include <array>
#include <optional>

namespace mptcp::explain {

struct AddressBytes {
    AddressFamily family = AddressFamily::IPv4;
    std::array<unsigned char, 16> bytes{};
};

// inet_pton for the given family; nullopt when the text is not such an address.
std::optional<AddressBytes> parseAddress(AddressFamily family, const QString &text);
// Either family, guessed from the text.
std::optional<AddressBytes> parseAnyAddress(const QString &text);
// The inet_ntop form, so texts from different readers compare equal; the input when unparsable.
QString canonicalAddress(const QString &text);

} // namespace mptcp::explain
