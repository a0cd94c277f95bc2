#pragma once

#include <QLoggingCategory>

namespace mptcp::nm {
Q_DECLARE_LOGGING_CATEGORY(lcNm)
}
