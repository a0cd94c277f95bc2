#include "logging.h"

// Debug lines come once per refresh: off unless asked for (QT_LOGGING_RULES).
Q_LOGGING_CATEGORY(lcActivity, "mptcp.activity", QtInfoMsg)
