// The thin QML-facing layer: registers the core types under the module URI and
// hands QML the Session that main() (or a Qt Quick test) prepared.
#pragma once

#include "demo/demolab.h"

#include "mptcp/models/endpointform.h"
#include "mptcp/models/fakebackend.h"
#include "mptcp/models/session.h"

#include <QObject>
#include <QtQml/qqml.h>

class QQmlEngine;
class QJSEngine;

namespace mptcp::gui {

// `App` in QML: the session plus how the app was started.
class AppContext : public QObject {
    Q_OBJECT
    QML_NAMED_ELEMENT(App)
    QML_SINGLETON
    Q_PROPERTY(mptcp::models::Session *session READ session CONSTANT)
    Q_PROPERTY(bool demo READ demo CONSTANT)
    Q_PROPERTY(QString initialPage READ initialPage CONSTANT)
    // `--demo`: the lab's status and the demo bar's actions; null otherwise.
    Q_PROPERTY(mptcp::gui::DemoLab *demoLab READ demoLab CONSTANT)
public:
    struct Options {
        bool demo = false;          // show "(demo)" in the title
        QString initialPage;        // "overview" (default) or another page's name (Main.qml)
        DemoLab *demoLab = nullptr; // the demo bar's object; outlives the QML engine
    };

    // Must be called before the first QML engine loads the module; `session` outlives it.
    static void setup(models::Session *session, const Options &options);
    static AppContext *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);

    [[nodiscard]] models::Session *session() const { return m_session; }
    [[nodiscard]] bool demo() const { return m_options.demo; }
    [[nodiscard]] QString initialPage() const { return m_options.initialPage; }
    [[nodiscard]] DemoLab *demoLab() const { return m_options.demoLab; }

private:
    AppContext(models::Session *session, Options options);

    models::Session *m_session;
    Options m_options;
};

// The core types, known to QML by name (property types, enums, forms).
struct SessionForeign {
    Q_GADGET
    QML_FOREIGN(mptcp::models::Session)
    QML_NAMED_ELEMENT(Session)
    QML_UNCREATABLE("Use App.session")
};

struct PendingActionForeign {
    Q_GADGET
    QML_FOREIGN(mptcp::models::PendingAction)
    QML_NAMED_ELEMENT(PendingAction)
    QML_UNCREATABLE("Returned by Session actions")
};

struct EndpointFormForeign {
    Q_GADGET
    QML_FOREIGN(mptcp::models::EndpointForm)
    QML_NAMED_ELEMENT(EndpointForm)
};

struct DeviceModelForeign {
    Q_GADGET
    QML_FOREIGN(mptcp::models::DeviceModel)
    QML_NAMED_ELEMENT(DeviceModel)
    QML_UNCREATABLE("Use App.session.devices")
};

struct AddressModelForeign {
    Q_GADGET
    QML_FOREIGN(mptcp::models::AddressModel)
    QML_NAMED_ELEMENT(AddressModel)
    QML_UNCREATABLE("A role of DeviceModel")
};

struct EndpointModelForeign {
    Q_GADGET
    QML_FOREIGN(mptcp::models::EndpointModel)
    QML_NAMED_ELEMENT(EndpointModel)
    QML_UNCREATABLE("Use App.session.endpoints")
};

struct WarningModelForeign {
    Q_GADGET
    QML_FOREIGN(mptcp::models::WarningModel)
    QML_NAMED_ELEMENT(WarningModel)
    QML_UNCREATABLE("Use App.session.warnings")
};

struct BackendForeign {
    Q_GADGET
    QML_FOREIGN(mptcp::models::Backend)
    QML_NAMED_ELEMENT(Backend)
    QML_UNCREATABLE("Use App.session.backend")
};

struct FakeBackendForeign {
    Q_GADGET
    QML_FOREIGN(mptcp::models::FakeBackend)
    QML_NAMED_ELEMENT(FakeBackend)
    QML_UNCREATABLE("Set up by tests and --demo-fake")
};

} // namespace mptcp::gui
