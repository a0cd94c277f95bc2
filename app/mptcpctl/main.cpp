// mptcpctl: `ip mptcp`-compatible command line for MPTCP endpoints, limits and events.
#include "mptcp/cli/cli.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mptcpctl"));
    return mptcp::cli::run(QCoreApplication::arguments().mid(1));
}
