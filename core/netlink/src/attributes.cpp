#include "mptcp/netlink/attributes.h"

#include <algorithm>
#include <cerrno>
#include <linux/netlink.h>
#include <netlink/errno.h>

namespace mptcp::nl {

bool AttrWalker::next(Attr &out)
{
    if (m_failed)
        return false;
    const std::size_t rem = m_buf.size() - m_pos;
    if (rem == 0)
        return false;
    if (rem < NLA_HDRLEN) {
        m_failed = true; // stray bytes that cannot even hold a header
        return false;
    }
    const auto len = load<std::uint16_t>(m_buf.data() + m_pos);
    const auto rawType = load<std::uint16_t>(m_buf.data() + m_pos + 2);
    if (len < NLA_HDRLEN || len > rem) {
        m_failed = true;
        return false;
    }
    out.type = rawType & NLA_TYPE_MASK;
    out.payload = m_buf.subspan(m_pos + NLA_HDRLEN, len - NLA_HDRLEN);
    // The padding of the last attribute may be omitted by a sender.
    m_pos += std::min<std::size_t>(NLA_ALIGN(len), rem);
    return true;
}

int errnoFromLibnl(int nle)
{
    switch (nle < 0 ? -nle : nle) {
    case NLE_PERM:
        return EPERM;
    case NLE_NOACCESS:
        return EACCES;
    case NLE_NOMEM:
        return ENOMEM;
    case NLE_OBJ_NOTFOUND:
        return ENOENT;
    case NLE_AF_NOSUPPORT:
        return EAFNOSUPPORT;
    case NLE_PROTO_MISMATCH:
        return EPROTONOSUPPORT;
    case NLE_MSG_TRUNC:
        return EMSGSIZE;
    case NLE_AGAIN:
        return EAGAIN;
    case NLE_INTR:
        return EINTR;
    case NLE_INVAL:
        return EINVAL;
    case NLE_BUSY:
        return EBUSY;
    case NLE_EXIST:
        return EEXIST;
    case NLE_NODEV:
        return ENODEV;
    case NLE_RANGE:
        return ERANGE;
    case NLE_OPNOTSUPP:
        return EOPNOTSUPP;
    default:
        return EIO;
    }
}

} // namespace mptcp::nl
