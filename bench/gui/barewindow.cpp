// The benchmark reference for mptcp-settings: an empty Qt Quick Controls window with
// the app's style (Fusion) and default size, the least any Qt Quick Controls app pays
// for start-up, memory and idle wake-ups. With --quit-after-first-frame it exits once
// the first frame is on screen, as the app does. With --label the window shows one
// line of text: under a software OpenGL renderer (llvmpipe) the first shader any
// content needs costs more memory than the rest of a typical page, and this
// reference shows that fixed cost.
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    const bool quitAfterFirstFrame = app.arguments().contains(QStringLiteral("--quit-after-first-frame"));
    // Like the app: Fusion unless the environment asks for another style.
    if (qEnvironmentVariableIsEmpty("QT_QUICK_CONTROLS_STYLE"))
        QQuickStyle::setStyle(QStringLiteral("Fusion"));
    QQmlApplicationEngine engine;
    if (app.arguments().contains(QStringLiteral("--label")))
        engine.loadData("import QtQuick.Controls\nApplicationWindow { width: 1040; height: 720; visible: true\n"
                        "  Label { x: 24; y: 24; text: \"MPTCP Settings\" } }\n");
    else
        engine.loadData("import QtQuick.Controls\nApplicationWindow { width: 1040; height: 720; visible: true }\n");
    if (engine.rootObjects().isEmpty())
        return 1;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window)
        return 1;
    if (quitAfterFirstFrame)
        QObject::connect(window, &QQuickWindow::frameSwapped, &app, &QCoreApplication::quit, Qt::QueuedConnection);
    return app.exec();
}
