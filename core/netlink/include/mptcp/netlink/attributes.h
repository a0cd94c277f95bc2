// Reading netlink replies by hand: unaligned loads, a bounds-checked attribute walker
// and libnl's error codes turned back into errno values. Shared by the mptcp_pm layer
// here and core/sockdiag, which both parse their replies without libnl's attribute
// policies (they cannot describe mptcp_info's growth or a reply of an older kernel).
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <span>

namespace mptcp::nl {

// Native-endian load from unaligned bytes (netlink integers are host order).
template<class T> T load(const std::uint8_t *p)
{
    T v;
    std::memcpy(&v, p, sizeof v);
    return v;
}

struct Attr {
    std::uint16_t type = 0; // without NLA_F_NESTED / NLA_F_NET_BYTEORDER
    std::span<const std::uint8_t> payload;
};

// Walks a run of attributes. Every attribute must fit the buffer; the last one's
// padding may be missing.
class AttrWalker {
public:
    explicit AttrWalker(std::span<const std::uint8_t> buf)
        : m_buf(buf)
    {
    }
    // False at the end or on malformed input; check failed() afterwards.
    bool next(Attr &out);
    [[nodiscard]] bool failed() const { return m_failed; }

private:
    std::span<const std::uint8_t> m_buf;
    std::size_t m_pos = 0;
    bool m_failed = false;
};

// libnl reports its own codes (NLE_*, either sign); the errno value behind the common
// ones, EIO for the rest.
int errnoFromLibnl(int nle);

} // namespace mptcp::nl
