#include "mptcp/cli/connectionsformat.h"
#include "runtime.h"

#include <thread>

namespace mptcp::cli {

int runConnections(const Context &context)
{
    // Owners are what `ss -p` adds (a user only sees their own processes' sockets).
    // The /proc scan costs about as much as the two socket dumps, so it runs on a
    // second thread meanwhile; a socket opened in between just has no owner shown.
    std::optional<sockdiag::Result<sockdiag::SocketOwners>> owners;
    std::thread scan([&owners] { owners.emplace(sockdiag::scanSocketOwners()); });
    sockdiag::Result<sockdiag::Snapshot> snapshot = sockdiag::listConnections();
    scan.join();
    if (!snapshot)
        return fail(snapshot.error());
    if (owners && *owners)
        sockdiag::assignOwners(*snapshot, **owners);
    if (context.json)
        printConnectionsJson(stdout, *snapshot);
    else
        printConnectionsText(stdout, *snapshot);
    return ExitSuccess;
}

} // namespace mptcp::cli
