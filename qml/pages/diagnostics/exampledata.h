// The Diagnostics page's facts when the app shows example data (the fake backend of
// `--demo-fake` and the Qt Quick tests): derived from the Session's state, so checks,
// fixes and the report agree with what the other pages show. Nothing here reads the
// system.
#pragma once

#include "mptcp/diagnostics/checks.h"
#include "mptcp/diagnostics/counters.h"
#include "mptcp/diagnostics/debugreport.h"
#include "mptcp/models/systemstate.h"

namespace mptcp::gui {

// The checks' input for the machine `state` describes: devices become NetworkManager
// devices (mobile broadband metered), connected ones have the default routes.
diagnostics::DiagnosticsInput exampleDiagnosticsInput(const models::SystemState &state);

// MPTcpExt counters of a laptop that has been using MPTCP for a while, with a few
// fallbacks; `reading` (0, 1, ...) makes the traffic counters grow between readings.
diagnostics::CounterSample exampleCounters(int reading);

// The debug report's input for that machine; no command runs.
diagnostics::DebugReportInput exampleDebugReport(const diagnostics::DiagnosticsInput &input,
                                                 const diagnostics::CounterSample &counters);

} // namespace mptcp::gui
