#include "libnmmodule.h"

#include "logging.h"
#include "mptcp/plugin/plugin.h"

#include <QCoreApplication>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <utility>

// Defined only in programs that link the libnm side in (MPTCP_LIBNM_BUILTIN).
extern "C" const mptcp::nm::libnm::Api *mptcp_settings_libnm_builtin_api() __attribute__((weak));

namespace mptcp::nm {

namespace {

struct State {
    std::mutex mutex;
    std::condition_variable done;
    bool started = false;
    bool held = false; // holdBack(): start() only notes that the module is wanted
    bool wanted = false;
    bool finished = false;
    const libnm::Api *api = nullptr;
    QString error;
};

State &state()
{
    static State *const s = new State; // outlives static destruction: the thread may still run
    return *s;
}

void load()
{
    std::string why;
    const libnm::Api *api
        = plugin::openApi<libnm::Api>("mptcp-settings-libnm.so", "mptcp_settings_libnm_api", libnm::kAbi, &why);
    const QString error = QString::fromStdString(why);
    if (api)
        api->prepare();
    State &s = state();
    {
        std::lock_guard lock(s.mutex);
        s.api = api;
        s.error = error;
        s.finished = true;
    }
    s.done.notify_all();
    Q_EMIT LibnmModule::notifier()->loaded();
}

} // namespace

LibnmModule *LibnmModule::notifier()
{
    static LibnmModule *const n = new LibnmModule; // never deleted, like state()
    return n;
}

void LibnmModule::start()
{
    startLoading(false);
}

void LibnmModule::holdBack()
{
    State &s = state();
    std::lock_guard lock(s.mutex);
    if (!s.started)
        s.held = true;
}

void LibnmModule::release()
{
    bool wanted = false;
    {
        State &s = state();
        std::lock_guard lock(s.mutex);
        s.held = false;
        wanted = std::exchange(s.wanted, false);
    }
    if (wanted)
        startLoading(false);
}

void LibnmModule::startLoading(bool evenIfHeld)
{
    notifier(); // created on the calling (main) thread: loaded() is queued to it
    State &s = state();
    std::lock_guard lock(s.mutex);
    if (s.started)
        return;
    if (s.held && !evenIfHeld) {
        s.wanted = true;
        return;
    }
    s.started = true;
    if (mptcp_settings_libnm_builtin_api) {
        // Linked in: nothing to load, and the client is created right away.
        s.api = mptcp_settings_libnm_builtin_api();
        s.finished = true;
        return;
    }
    std::thread(load).detach();
}

const libnm::Api *LibnmModule::api()
{
    startLoading(true); // someone needs libnm now
    State &s = state();
    std::unique_lock lock(s.mutex);
    s.done.wait(lock, [&s] { return s.finished; });
    static bool told = false;
    if (!s.api && !std::exchange(told, true))
        qCWarning(lcNm) << "NetworkManager support unavailable:" << s.error;
    return s.api;
}

bool LibnmModule::finished()
{
    State &s = state();
    std::lock_guard lock(s.mutex);
    return s.finished;
}

QString LibnmModule::error()
{
    State &s = state();
    std::lock_guard lock(s.mutex);
    return s.error;
}

QString LibnmModule::unavailableText()
{
    return QCoreApplication::translate("mptcp::nm::NetworkManagerReader", "NetworkManager support is not installed: %1")
        .arg(error());
}

} // namespace mptcp::nm
