// mptcp-settings: wires a backend, the Session and the QML module together.
#include "appcontext.h"
#include "automation/automation.h"
#include "components/colorscheme.h"
#include "demo/demolab.h"
#include "termination.h"

#include "mptcp/models/fakebackend.h"
#include "mptcp/models/session.h"
#ifdef MPTCP_HAVE_SYSTEM_BACKEND
#include "mptcp/models/systembackend.h"
#include "mptcp/nm/networkmanagerreader.h"
#endif

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QQmlApplicationEngine>
#include <QQmlEngineExtensionPlugin>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <memory>
#include <unistd.h>

Q_IMPORT_QML_PLUGIN(Mptcp_SettingsPlugin)

Q_LOGGING_CATEGORY(lcApp, "mptcp.settings.app", QtInfoMsg)

namespace {

void loadTranslations(QCoreApplication &app)
{
    // English plural forms live in their own file; other languages replace it.
    auto *english = new QTranslator(&app);
    if (english->load(QStringLiteral(":/i18n/mptcp-settings_en.qm")))
        QCoreApplication::installTranslator(english);
    auto *local = new QTranslator(&app);
    if (local->load(QLocale(), QStringLiteral("mptcp-settings"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(local);
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    // From here on, Ctrl+C or `kill` quits like closing the window (the demo lab goes down).
    mptcp::gui::quitOnTerminationSignals(&app);
    QGuiApplication::setApplicationName(QStringLiteral("mptcp-settings"));
    QGuiApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.mptcp.Settings"));
    QGuiApplication::setOrganizationDomain(QStringLiteral("mptcp.org"));
    loadTranslations(app);
    QGuiApplication::setApplicationDisplayName(QCoreApplication::translate("main", "MPTCP Settings"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "See and control Multipath TCP on Linux."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QCoreApplication::translate("main", "Run against the Wi-Fi + LTE demo lab (needs root; changes only the lab)."));
    const QCommandLineOption demoFake(QStringLiteral("demo-fake"),
                                      QCoreApplication::translate("main", "Show built-in example data; change nothing."));
    const QCommandLineOption scenario(QStringLiteral("scenario"),
                                      QCoreApplication::translate("main", "Example data set for --demo-fake: %1.")
                                          .arg(mptcp::models::FakeBackend::scenarioNames().join(QLatin1String(", "))),
                                      QStringLiteral("name"), QStringLiteral("typical"));
    const QCommandLineOption page(QStringLiteral("page"),
                                  QCoreApplication::translate("main", "Page to open: overview, interfaces, endpoints, limits, activity, diagnostics."),
                                  QStringLiteral("name"));
    const QCommandLineOption scheme(QStringLiteral("color-scheme"),
                                    QCoreApplication::translate("main", "Use a light or dark palette instead of the system's."),
                                    QStringLiteral("light|dark"));
    const QCommandLineOption size(QStringLiteral("size"),
                                  QCoreApplication::translate("main", "Initial window size, e.g. 1040x720."),
                                  QStringLiteral("WxH"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                       QCoreApplication::translate("main", "Save the first complete frame as an image and quit."),
                                       QStringLiteral("file"));
    const QCommandLineOption quitAfterFirstFrame(QStringLiteral("quit-after-first-frame"),
                                                 QCoreApplication::translate("main", "Quit once the first frame is shown (benchmarks)."));
    // Test-only (end-to-end tests drive the running app); not translated, hidden from --help.
    QCommandLineOption automation(QStringLiteral("automation"), QStringLiteral("Read test commands on stdin."));
    automation.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({demo, demoFake, scenario, page, scheme, size, screenshot, quitAfterFirstFrame, automation});
    parser.process(app);

    if (parser.isSet(scheme)) {
        const QString value = parser.value(scheme);
        if (value != QLatin1String("light") && value != QLatin1String("dark")) {
            std::fprintf(stderr, "%s\n", qPrintable(QCoreApplication::translate("main", "--color-scheme takes light or dark.")));
            return 2;
        }
        QGuiApplication::setPalette(mptcp::gui::colorSchemePalette(value == QLatin1String("dark")));
    }
    if (qEnvironmentVariableIsEmpty("QT_QUICK_CONTROLS_STYLE"))
        QQuickStyle::setStyle(QStringLiteral("Fusion"));

#ifdef MPTCP_HAVE_SYSTEM_BACKEND
    // The first frame does not wait for libnm, GnuTLS and GIO: the NetworkManager reader
    // says "Connecting to NetworkManager…" until they are loaded, right after it.
    mptcp::nm::NetworkManagerReader::holdBack();
#endif
    // Everything the main window needs; torn down before the demo lab goes down so
    // nothing still talks to its bus or namespace.
    std::unique_ptr<mptcp::models::Backend> backend;
    std::unique_ptr<mptcp::models::Session> session;
    std::unique_ptr<QQmlApplicationEngine> engine;
    mptcp::gui::DemoLab *demoLab = nullptr;

    auto makeFake = [&parser, &scenario]() -> std::unique_ptr<mptcp::models::Backend> {
        auto fake = std::make_unique<mptcp::models::FakeBackend>();
        if (!fake->loadScenario(parser.value(scenario)))
            return nullptr;
        return fake;
    };

    // Creates the session on `chosen` and shows the main window; false if QML failed.
    auto showMain = [&](std::unique_ptr<mptcp::models::Backend> chosen, bool demoTitle) -> bool {
        backend = std::move(chosen);
        session = std::make_unique<mptcp::models::Session>(backend.get());
        mptcp::gui::AppContext::setup(session.get(), {demoTitle, parser.value(page), demoLab});
        engine = std::make_unique<QQmlApplicationEngine>();
        // Qt 6.4 does not search the resource prefix of qt_add_qml_module by default (6.5 does).
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        engine->load(QUrl(QStringLiteral("qrc:/qt/qml/Mptcp/Settings/Main.qml")));
        if (engine->rootObjects().isEmpty())
            return false;
        auto *window = qobject_cast<QQuickWindow *>(engine->rootObjects().constFirst());
        if (!window)
            return false;
        if (parser.isSet(size)) {
            const QStringList wh = parser.value(size).split(QLatin1Char('x'));
            if (wh.size() == 2 && wh[0].toInt() > 0 && wh[1].toInt() > 0)
                window->resize(wh[0].toInt(), wh[1].toInt());
        }
        if (parser.isSet(automation))
            new mptcp::gui::Automation(session.get(), window, window);
#ifdef MPTCP_HAVE_SYSTEM_BACKEND
        // libnm loads once the window is on screen (or after 2 s if it never gets a frame).
        const auto releaseLibnm = [] { mptcp::nm::NetworkManagerReader::release(); };
        QObject::connect(window, &QQuickWindow::frameSwapped, &app, releaseLibnm,
                         Qt::ConnectionType(Qt::QueuedConnection | Qt::SingleShotConnection));
        QTimer::singleShot(2000, &app, releaseLibnm);
#endif

        if (parser.isSet(quitAfterFirstFrame)) {
            QObject::connect(window, &QQuickWindow::frameSwapped, &app, &QCoreApplication::quit, Qt::QueuedConnection);
        } else if (parser.isSet(screenshot)) {
            const QString file = parser.value(screenshot);
            // Give layouts and delegates a moment to settle after the first frame.
            QObject::connect(window, &QQuickWindow::frameSwapped, &app, [window, file] {
                static bool scheduled = false;
                if (scheduled)
                    return;
                scheduled = true;
                QTimer::singleShot(600, window, [window, file] {
                    const QImage image = window->grabWindow();
                    const bool saved = !image.isNull() && image.save(file);
                    if (!saved)
                        std::fprintf(stderr, "%s\n", qPrintable(QCoreApplication::translate("main", "Cannot save %1.").arg(file)));
                    QCoreApplication::exit(saved ? 0 : 1);
                });
            });
        }
        return true;
    };

    if (!mptcp::models::FakeBackend::scenarioNames().contains(parser.value(scenario))) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("main", "Unknown scenario %1.").arg(parser.value(scenario))));
        return 2;
    }

    std::unique_ptr<QQmlApplicationEngine> startupEngine;
    if (parser.isSet(demo) && !parser.isSet(demoFake)) {
        demoLab = new mptcp::gui::DemoLab(&app);
#ifdef MPTCP_HAVE_SYSTEM_BACKEND
        if (::geteuid() != 0) {
            demoLab->setFallback(QCoreApplication::translate(
                "main", "The demo lab needs root: it creates network namespaces and starts its own NetworkManager. "
                        "Showing example data instead (run \"sudo mptcp-settings --demo\" for the real thing)."));
        } else {
            // A small window with the lab's progress; the main window replaces it once the lab is up.
            startupEngine = std::make_unique<QQmlApplicationEngine>();
            startupEngine->addImportPath(QStringLiteral("qrc:/qt/qml"));
            startupEngine->setInitialProperties({{QStringLiteral("lab"), QVariant::fromValue<QObject *>(demoLab)}});
            startupEngine->load(QUrl(QStringLiteral("qrc:/qt/qml/Mptcp/Settings/demo/DemoStartupWindow.qml")));
            if (startupEngine->rootObjects().isEmpty())
                return 1;
            auto closeStartup = [&startupEngine] { startupEngine.release()->deleteLater(); };
            auto fallBack = [&, closeStartup](const QString &reason) {
                qCWarning(lcApp) << "demo lab unavailable:" << reason;
                demoLab->setFallback(QCoreApplication::translate("main", "%1 Showing example data instead.").arg(reason));
                if (!showMain(makeFake(), true))
                    QCoreApplication::exit(1);
                closeStartup();
            };
            QObject::connect(demoLab, &mptcp::gui::DemoLab::failed, &app, fallBack);
            QObject::connect(demoLab, &mptcp::gui::DemoLab::ready, &app,
                             [&, fallBack, closeStartup](const mptcp::lab::LabEnvironment &env) {
                // libnm and QDBusConnection::systemBus() read this when first used: the backend is created after it.
                qputenv("DBUS_SYSTEM_BUS_ADDRESS", env.busAddress.toUtf8());
                // The backend's netlink sockets and worker threads must see the lab's kernel state.
                QString error;
                if (!demoLab->attach(env, &error)) {
                    fallBack(QCoreApplication::translate("main", "Cannot enter the demo lab's network namespace: %1.").arg(error));
                    return;
                }
                if (!showMain(std::make_unique<mptcp::models::SystemBackend>(), true))
                    QCoreApplication::exit(1);
                closeStartup();
            });
            demoLab->start();
        }
#else
        demoLab->setFallback(QCoreApplication::translate("main", "This build has no demo lab. Showing example data instead."));
#endif
    }

    if (!startupEngine) {
        std::unique_ptr<mptcp::models::Backend> chosen;
        bool demoTitle = parser.isSet(demo) || parser.isSet(demoFake);
#ifdef MPTCP_HAVE_SYSTEM_BACKEND
        if (!demoTitle)
            chosen = std::make_unique<mptcp::models::SystemBackend>();
#endif
        if (!chosen) {
            if (!demoTitle)
                qCWarning(lcApp) << "built without the system backend: showing example data";
            chosen = makeFake();
            demoTitle = true;
        }
        if (!showMain(std::move(chosen), demoTitle))
            return 1;
    }

    const int status = app.exec();
    startupEngine.reset();
    engine.reset();
    session.reset();
    backend.reset();
    // Only a lab this app started goes down; one from `mptcpctl lab up` stays.
    if (demoLab)
        demoLab->stopAndWait(90000);
    return status;
}
