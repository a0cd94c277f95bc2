#include "logging.h"

namespace mptcp::nm {
Q_LOGGING_CATEGORY(lcNm, "mptcp.nm")
}
