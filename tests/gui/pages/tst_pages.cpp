// Qt Quick tests of every page against the fake backend (tst_*.qml in this folder).
// Each QML test file gets its own engine and a fresh fake machine.
#include "appcontext.h"

#include "mptcp/models/fakebackend.h"
#include "mptcp/models/session.h"

#include <QQmlEngine>
#include <QQmlEngineExtensionPlugin>
#include <QQuickStyle>
#include <QtQuickTest>

#include <memory>
#include <vector>

Q_IMPORT_QML_PLUGIN(Mptcp_SettingsPlugin)

class Setup : public QObject {
    Q_OBJECT
public Q_SLOTS:
    void applicationAvailable() { QQuickStyle::setStyle(QStringLiteral("Fusion")); }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        // Qt 6.4 does not search qt_add_qml_module's resource prefix by default.
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        auto backend = std::make_unique<mptcp::models::FakeBackend>();
        backend->setActionDelay(60); // long enough to see the progress state
        auto session = std::make_unique<mptcp::models::Session>(backend.get());
        mptcp::gui::AppContext::setup(session.get(), {true, {}});
        // Kept until exit: an engine may still reference the previous ones while it winds down.
        m_backends.push_back(std::move(backend));
        m_sessions.push_back(std::move(session));
    }

private:
    std::vector<std::unique_ptr<mptcp::models::FakeBackend>> m_backends;
    std::vector<std::unique_ptr<mptcp::models::Session>> m_sessions;
};

QUICK_TEST_MAIN_WITH_SETUP(pages, Setup)

#include "tst_pages.moc"
