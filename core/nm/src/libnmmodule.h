// Loads plugins/mptcp-settings-libnm.so (libnm/api.h) once per process, on a background
// thread, and prepares it there (GObject types, the system bus connection).
#pragma once

#include "libnm/api.h"

#include <QObject>

namespace mptcp::nm {

class LibnmModule : public QObject {
    Q_OBJECT
public:
    // Starts loading (once); cheap when already started or done. While held back, only
    // notes that the module is wanted.
    static void start();
    // See NetworkManagerReader::holdBack() and release().
    static void holdBack();
    static void release();
    // The module, waiting for the load to finish; nullptr if it could not be loaded.
    static const libnm::Api *api();
    // Non-blocking: the load has finished (successfully or not).
    static bool finished();
    // Why the module could not be loaded (after finished()).
    static QString error();
    // The same as a sentence for users: "NetworkManager support is not installed: …".
    static QString unavailableText();
    // Emits loaded() once the load has finished; connect before checking finished().
    static LibnmModule *notifier();

Q_SIGNALS:
    void loaded();

private:
    LibnmModule() = default;
    static void startLoading(bool evenIfHeld);
};

} // namespace mptcp::nm
