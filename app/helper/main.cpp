// mptcp-settings-helper: the privileged D-Bus service (started by D-Bus activation
// through systemd), or `--apply-saved` once at boot.
#include "mptcp/helper/helperservice.h"
#include "mptcp/helper/kernelcontrol.h"
#include "mptcp/helper/savedconfig.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDBusConnection>
#include <QFile>

#include <cstdio>

namespace {

// Translation context for lupdate and at run time.
struct HelperMain {
    Q_DECLARE_TR_FUNCTIONS(MptcpSettingsHelper)
};

void printError(const QString &message)
{
    std::fprintf(stderr, "mptcp-settings-helper: %s\n", qPrintable(message));
}

// Re-applies the saved configuration all-or-nothing; a missing file is not an error.
int applySaved(const mptcp::helper::HelperPaths &paths)
{
    QFile file(paths.configurationFile);
    if (!file.exists()) {
        std::printf("%s\n", qPrintable(HelperMain::tr("no saved configuration (%1)").arg(paths.configurationFile)));
        return 0;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        printError(HelperMain::tr("cannot read %1: %2").arg(paths.configurationFile, file.errorString()));
        return 1;
    }
    const auto config = mptcp::helper::parseConfiguration(file.read(1024 * 1024));
    if (!config.ok()) {
        printError(HelperMain::tr("%1 is invalid, nothing was applied: %2").arg(paths.configurationFile, config.error));
        return 1;
    }
    mptcp::helper::KernelControl kernel;
    if (const auto failure = kernel.applyConfiguration(*config.value)) {
        printError(HelperMain::tr("applying %1 failed: %2").arg(paths.configurationFile, failure->message));
        return 1;
    }
    std::printf("%s\n", qPrintable(HelperMain::tr("applied %1").arg(paths.configurationFile)));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mptcp-settings-helper"));

    QCommandLineParser parser;
    parser.setApplicationDescription(HelperMain::tr("Privileged helper of MPTCP Settings (D-Bus service %1).")
                                         .arg(mptcp::helper::ServiceName));
    parser.addHelpOption();
    const QCommandLineOption applySavedOption(QStringLiteral("apply-saved"),
                                              HelperMain::tr("Apply the configuration saved under /etc/mptcp-settings, then exit."));
    const QCommandLineOption idleOption(QStringLiteral("idle-timeout"),
                                        HelperMain::tr("Exit after <seconds> without calls or subscribers (0 = never)."),
                                        HelperMain::tr("seconds"), QStringLiteral("60"));
    parser.addOption(applySavedOption);
    parser.addOption(idleOption);
#ifdef MPTCP_HELPER_TEST_HOOKS
    // Test builds only: write files under a scratch root instead of /etc. Only the
    // one starting the helper (root) chooses this; no D-Bus method takes a path.
    const QCommandLineOption rootOption(QStringLiteral("root"), HelperMain::tr("Use <dir> instead of / for written files (tests)."),
                                        HelperMain::tr("dir"));
    parser.addOption(rootOption);
#endif
    parser.process(app);

    QString root = QStringLiteral("/");
#ifdef MPTCP_HELPER_TEST_HOOKS
    if (parser.isSet(rootOption))
        root = parser.value(rootOption);
#endif
    const auto paths = mptcp::helper::HelperPaths::underRoot(root);

    if (parser.isSet(applySavedOption))
        return applySaved(paths);

    bool ok = false;
    const int idleSeconds = parser.value(idleOption).toInt(&ok);
    if (!ok || idleSeconds < 0 || idleSeconds > 24 * 3600) {
        printError(HelperMain::tr("--idle-timeout needs a number of seconds (0..86400)"));
        return 2;
    }

    mptcp::helper::HelperService service(QDBusConnection::systemBus(),
                                         {paths, idleSeconds * 1000});
    QObject::connect(&service, &mptcp::helper::HelperService::idle, &app, &QCoreApplication::quit);
    QString error;
    if (!service.start(&error)) {
        printError(error);
        return 1;
    }
    return app.exec();
}
