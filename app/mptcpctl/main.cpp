// mptcpctl: `ip mptcp`-compatible command line for MPTCP endpoints, limits and events,
// plus NetworkManager's view (explain, connection), diagnostics and the lab.
#include "mptcp/cli/cli.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTranslator>

int main(int argc, char **argv)
{
    // NetworkManager and helper commands wait for D-Bus answers on this event loop.
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mptcpctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MPTCP_VERSION));
    // The libraries' progress notes are for the GUI's log; here stdout/stderr are the
    // product. QT_LOGGING_RULES still turns them on.
    QLoggingCategory::setFilterRules(QStringLiteral("mptcp.*.info=false"));
    // Only the English plural forms: "2 endpoints configured", not "endpoint(s)".
    QTranslator plurals;
    if (plurals.load(QStringLiteral(":/i18n/mptcp-settings_en.qm")))
        QCoreApplication::installTranslator(&plurals);
    return mptcp::cli::run(QCoreApplication::arguments().mid(1));
}
