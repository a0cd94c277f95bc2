// The translation context of everything mptcpctl says to people (lupdate reads Text::tr).
#pragma once

#include <QCoreApplication>

namespace mptcp::cli {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(mptcpctl)
};

} // namespace mptcp::cli
