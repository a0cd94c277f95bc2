#include "logging.h"

Q_LOGGING_CATEGORY(lcDiagnostics, "mptcp.diagnostics")
