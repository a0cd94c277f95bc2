// Commands of libraries this build was configured without (core/CMakeLists.txt builds
// each area only when present): they say so instead of failing to link.
#include "mptcp/kernel/kernelstate.h"
#include "runtime.h"
#include "text.h"

namespace mptcp::cli {

namespace {

[[maybe_unused]] int notBuilt(const char *library)
{
    return fail(Text::tr("this mptcpctl was built without %1").arg(QLatin1String(library)));
}

} // namespace

#ifndef MPTCP_CLI_WITH_NM
int runExplain(const Context &)
{
    return notBuilt("NetworkManager support (core/nm)");
}

int runConnectionShow(const ConnectionShowCommand &, const Context &)
{
    return notBuilt("NetworkManager support (core/nm)");
}

int runConnectionSet(const ConnectionSetCommand &, const Context &)
{
    return notBuilt("NetworkManager support (core/nm)");
}

StatusReport readStatus()
{
    kernel::KernelReading kernel = kernel::readKernel();
    return StatusReport { kernel.sysctls, kernel.limits, kernel.endpoints };
}
#endif

#ifndef MPTCP_CLI_WITH_HELPER
int runThroughHelper(const EndpointAddCommand &)
{
    return notBuilt("the helper client (core/helperclient)");
}

int runThroughHelper(const EndpointDeleteCommand &)
{
    return notBuilt("the helper client (core/helperclient)");
}

int runThroughHelper(const EndpointChangeCommand &)
{
    return notBuilt("the helper client (core/helperclient)");
}

int runThroughHelper(const EndpointFlushCommand &)
{
    return notBuilt("the helper client (core/helperclient)");
}

int runThroughHelper(const LimitsSetCommand &)
{
    return notBuilt("the helper client (core/helperclient)");
}

int monitorThroughHelper(const Context &)
{
    return notBuilt("the helper client (core/helperclient)");
}
#endif

#ifndef MPTCP_CLI_WITH_SOCKDIAG
int runConnections(const Context &)
{
    return notBuilt("the connection listing (core/sockdiag)");
}
#endif

#ifndef MPTCP_CLI_WITH_DIAGNOSTICS
int runCounters(const CountersCommand &, const Context &)
{
    return notBuilt("diagnostics (core/diagnostics)");
}

int runCheck(const Context &)
{
    return notBuilt("diagnostics (core/diagnostics)");
}

int runDebugReport(const DebugReportCommand &, const Context &)
{
    return notBuilt("diagnostics (core/diagnostics)");
}
#endif

#ifndef MPTCP_CLI_WITH_LAB
int runLab(const LabCommand &)
{
    return notBuilt("the lab (core/lab)");
}
#endif

} // namespace mptcp::cli
