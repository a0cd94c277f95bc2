// mptcp-settings: wires a backend, the Session and the QML module together.
#include "appcontext.h"

#include "mptcp/models/fakebackend.h"
#include "mptcp/models/session.h"
#ifdef MPTCP_HAVE_SYSTEM_BACKEND
#include "mptcp/models/systembackend.h"
#endif

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QPalette>
#include <QQmlApplicationEngine>
#include <QQmlEngineExtensionPlugin>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <memory>

Q_IMPORT_QML_PLUGIN(Mptcp_SettingsPlugin)

Q_LOGGING_CATEGORY(lcApp, "mptcp.settings.app", QtInfoMsg)

namespace {

QPalette schemePalette(bool dark)
{
    QPalette p;
    const QColor accent = dark ? QColor(0x5b, 0x9b, 0xf0) : QColor(0x2a, 0x6f, 0xdb);
    const QColor window = dark ? QColor(0x24, 0x25, 0x28) : QColor(0xf4, 0xf5, 0xf7);
    const QColor base = dark ? QColor(0x1c, 0x1d, 0x20) : QColor(0xff, 0xff, 0xff);
    const QColor text = dark ? QColor(0xe8, 0xe8, 0xea) : QColor(0x1f, 0x20, 0x23);
    const QColor button = dark ? QColor(0x34, 0x36, 0x3a) : QColor(0xf7, 0xf8, 0xfa);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, dark ? QColor(0x2a, 0x2b, 0x2f) : QColor(0xf0, 0xf1, 0xf4));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Highlight, accent);
    p.setColor(QPalette::HighlightedText, QColor(Qt::white));
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, dark ? QColor(0x8a, 0x8c, 0x91) : QColor(0x80, 0x82, 0x88));
    p.setColor(QPalette::Light, dark ? QColor(0x44, 0x46, 0x4b) : QColor(Qt::white));
    p.setColor(QPalette::Midlight, dark ? QColor(0x3a, 0x3c, 0x40) : QColor(0xe3, 0xe4, 0xe8));
    p.setColor(QPalette::Mid, dark ? QColor(0x2e, 0x2f, 0x33) : QColor(0xc4, 0xc6, 0xcc));
    p.setColor(QPalette::Dark, dark ? QColor(0x17, 0x18, 0x1a) : QColor(0x9a, 0x9c, 0xa3));
    p.setColor(QPalette::Shadow, QColor(0, 0, 0));
    p.setColor(QPalette::Link, accent);
    const QColor disabledText = dark ? QColor(0x78, 0x7a, 0x80) : QColor(0xa0, 0xa2, 0xa8);
    p.setColor(QPalette::Disabled, QPalette::WindowText, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Text, disabledText);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, disabledText);
    return p;
}

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
                                  QCoreApplication::translate("main", "Run against the demo lab (marked \"(demo)\")."));
    const QCommandLineOption demoFake(QStringLiteral("demo-fake"),
                                      QCoreApplication::translate("main", "Show built-in example data; change nothing."));
    const QCommandLineOption scenario(QStringLiteral("scenario"),
                                      QCoreApplication::translate("main", "Example data set for --demo-fake: %1.")
                                          .arg(mptcp::models::FakeBackend::scenarioNames().join(QLatin1String(", "))),
                                      QStringLiteral("name"), QStringLiteral("typical"));
    const QCommandLineOption page(QStringLiteral("page"),
                                  QCoreApplication::translate("main", "Page to open: overview, interfaces, endpoints, limits."),
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
    parser.addOptions({demo, demoFake, scenario, page, scheme, size, screenshot, quitAfterFirstFrame});
    parser.process(app);

    if (parser.isSet(scheme)) {
        const QString value = parser.value(scheme);
        if (value != QLatin1String("light") && value != QLatin1String("dark")) {
            std::fprintf(stderr, "%s\n", qPrintable(QCoreApplication::translate("main", "--color-scheme takes light or dark.")));
            return 2;
        }
        QGuiApplication::setPalette(schemePalette(value == QLatin1String("dark")));
    }
    if (qEnvironmentVariableIsEmpty("QT_QUICK_CONTROLS_STYLE"))
        QQuickStyle::setStyle(QStringLiteral("Fusion"));

    std::unique_ptr<mptcp::models::Backend> backend;
    bool demoMode = parser.isSet(demo) || parser.isSet(demoFake);
#ifdef MPTCP_HAVE_SYSTEM_BACKEND
    if (!parser.isSet(demoFake))
        backend = std::make_unique<mptcp::models::SystemBackend>();
#endif
    if (!backend) {
        auto fake = std::make_unique<mptcp::models::FakeBackend>();
        if (!fake->loadScenario(parser.value(scenario))) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate("main", "Unknown scenario %1.").arg(parser.value(scenario))));
            return 2;
        }
        if (!parser.isSet(demoFake))
            qCWarning(lcApp) << "built without the system backend: showing example data";
        demoMode = true;
        backend = std::move(fake);
    }
    mptcp::models::Session session(backend.get());
    mptcp::gui::AppContext::setup(&session, {demoMode, parser.value(page)});

    QQmlApplicationEngine engine;
    // Qt 6.4 does not search the resource prefix of qt_add_qml_module by default (6.5 does).
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    QObject::connect(&engine, &QQmlApplicationEngine::objectCreationFailed, &app,
                     [] { QCoreApplication::exit(1); }, Qt::QueuedConnection);
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Mptcp/Settings/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window)
        return 1;
    if (parser.isSet(size)) {
        const QStringList wh = parser.value(size).split(QLatin1Char('x'));
        if (wh.size() == 2 && wh[0].toInt() > 0 && wh[1].toInt() > 0)
            window->resize(wh[0].toInt(), wh[1].toInt());
    }

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
    return app.exec();
}
