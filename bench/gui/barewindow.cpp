// The benchmark reference for mptcp-settings: an empty Qt Quick window, the least
// any Qt Quick app pays for start-up, memory and idle wake-ups. With
// --quit-after-first-frame it exits once the first frame is on screen, as the app does.
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    const bool quitAfterFirstFrame = app.arguments().contains(QStringLiteral("--quit-after-first-frame"));
    QQmlApplicationEngine engine;
    engine.loadData("import QtQuick\nWindow { width: 1040; height: 720; visible: true }\n");
    if (engine.rootObjects().isEmpty())
        return 1;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window)
        return 1;
    if (quitAfterFirstFrame)
        QObject::connect(window, &QQuickWindow::frameSwapped, &app, &QCoreApplication::quit, Qt::QueuedConnection);
    return app.exec();
}
