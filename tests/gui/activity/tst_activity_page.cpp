// Qt Quick tests of the Activity page (tst_activity.qml) on synthetic snapshots fed
// through `Feed`. Its own main() so the feed singleton is registered before the
// tests' engine loads.
#include "activityfeed.h"
#include "appcontext.h"

#include "mptcp/models/fakebackend.h"
#include "mptcp/models/session.h"

#include <QGuiApplication>
#include <QQmlEngine>
#include <QQmlEngineExtensionPlugin>
#include <QQuickStyle>
#include <QSettings>
#include <QTemporaryDir>
#include <QtQuickTest>

#include <memory>
#include <vector>

Q_IMPORT_QML_PLUGIN(Mptcp_SettingsPlugin)

class Setup : public QObject {
    Q_OBJECT
public Q_SLOTS:
    void applicationAvailable()
    {
        QQuickStyle::setStyle(QStringLiteral("Fusion"));
        // The notifier and the tray icon save their switches: never into the user's files.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_config.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_config.path());
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        auto backend = std::make_unique<mptcp::models::FakeBackend>();
        auto session = std::make_unique<mptcp::models::Session>(backend.get());
        mptcp::gui::AppContext::setup(session.get(), {true, {}});
        m_backends.push_back(std::move(backend));
        m_sessions.push_back(std::move(session));
    }

private:
    QTemporaryDir m_config;
    std::vector<std::unique_ptr<mptcp::models::FakeBackend>> m_backends;
    std::vector<std::unique_ptr<mptcp::models::Session>> m_sessions;
};

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    qmlRegisterSingletonType<ActivityFeed>("ActivityTest", 1, 0, "Feed", [](QQmlEngine *, QJSEngine *) -> QObject * {
        return new ActivityFeed;
    });
    Setup setup;
    QTEST_SET_MAIN_SOURCE_PATH
    return quick_test_main_with_setup(argc, argv, "activity_page", QUICK_TEST_SOURCE_DIR, &setup);
}

#include "tst_activity_page.moc"
