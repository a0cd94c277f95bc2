#include "appcontext.h"

#include <QJSEngine>
#include <QQmlEngine>

namespace mptcp::gui {

namespace {
models::Session *g_session = nullptr;
AppContext::Options g_options;
} // namespace

void AppContext::setup(models::Session *session, const Options &options)
{
    g_session = session;
    g_options = options;
}

AppContext *AppContext::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT_X(g_session, "AppContext::create", "AppContext::setup() must run before QML loads");
    // One per engine, owned by it; the Session stays with whoever called setup().
    return new AppContext(g_session, g_options);
}

AppContext::AppContext(models::Session *session, Options options)
    : m_session(session)
    , m_options(std::move(options))
{
    QJSEngine::setObjectOwnership(m_session, QJSEngine::CppOwnership);
    if (m_options.demoLab)
        QJSEngine::setObjectOwnership(m_options.demoLab, QJSEngine::CppOwnership);
}

} // namespace mptcp::gui
