#include "mptcp/cli/connectionsformat.h"
#include "runtime.h"

namespace mptcp::cli {

int runConnections(const Context &context)
{
    sockdiag::Result<sockdiag::Snapshot> snapshot = sockdiag::listConnections();
    if (!snapshot)
        return fail(snapshot.error());
    // Owners are what `ss -p` adds; a user only sees their own processes' sockets.
    (void)sockdiag::resolveOwners(*snapshot);
    write(stdout, context.json ? connectionsJson(*snapshot) : connectionsText(*snapshot));
    return ExitSuccess;
}

} // namespace mptcp::cli
