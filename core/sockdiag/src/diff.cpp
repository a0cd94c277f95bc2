// Snapshot differences for notifications ("subflow on a path closed", "failover to
// backup"). Identity is the kernel's socket cookie, which stays fixed for a socket's
// life and is never reused while the kernel runs.
#include "mptcp/sockdiag/connections.h"

#include <unordered_map>

namespace mptcp::sockdiag {

namespace {

using Kind = ConnectionEvent::Kind;

bool hasActive(const MptcpConnection &c)
{
    for (const auto &s : c.subflows) {
        if (s.active())
            return true;
    }
    return false;
}

bool hasEstablishedBackup(const MptcpConnection &c)
{
    for (const auto &s : c.subflows) {
        if (s.backup() && s.state == TcpState::Established)
            return true;
    }
    return false;
}

const Subflow *findSubflow(const MptcpConnection &c, std::uint64_t cookie)
{
    for (const auto &s : c.subflows) {
        if (s.cookie == cookie)
            return &s;
    }
    return nullptr;
}

void compare(const MptcpConnection &was, const MptcpConnection &now, std::vector<ConnectionEvent> &out)
{
    for (const auto &s : now.subflows) {
        const Subflow *old = findSubflow(was, s.cookie);
        if (!old)
            out.push_back({Kind::SubflowAdded, now, s});
        else if (old->backup() != s.backup())
            out.push_back({Kind::SubflowBackupChanged, now, s});
    }
    for (const auto &s : was.subflows) {
        if (!findSubflow(now, s.cookie))
            out.push_back({Kind::SubflowClosed, now, s});
    }
    if (!was.fallback && now.fallback)
        out.push_back({Kind::FellBack, now, std::nullopt});
    if (hasActive(was) && !hasActive(now) && hasEstablishedBackup(now))
        out.push_back({Kind::FailoverToBackup, now, std::nullopt});
}

} // namespace

std::vector<ConnectionEvent> diffSnapshots(const Snapshot &before, const Snapshot &after)
{
    std::unordered_map<std::uint64_t, const MptcpConnection *> old;
    old.reserve(before.connections.size());
    for (const auto &c : before.connections)
        old.emplace(c.cookie, &c);

    std::vector<ConnectionEvent> events;
    for (const auto &c : after.connections) {
        const auto it = old.find(c.cookie);
        if (it == old.end()) {
            events.push_back({Kind::Opened, c, std::nullopt});
            continue;
        }
        compare(*it->second, c, events);
        old.erase(it);
    }
    // What is left disappeared; report it in the earlier snapshot's order.
    for (const auto &c : before.connections) {
        if (old.count(c.cookie))
            events.push_back({Kind::Closed, c, std::nullopt});
    }
    return events;
}

} // namespace mptcp::sockdiag
