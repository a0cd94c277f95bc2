// Runs one NetworkManagerReader change in its own process, so a test can run it as an
// unprivileged user: `nmreader-client set UUID FLAGS` or `nmreader-client reactivate UUID`.
// Prints "outcome=N" and "message=TEXT"; exit 0 when it got an answer from NetworkManager.
#include "mptcp/nm/networkmanagerreader.h"

#include <QCoreApplication>
#include <QTimer>
#include <cstdio>

using mptcp::nm::NetworkManagerReader;
using mptcp::nm::NmChangeResult;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() < 2 || (args[0] == QLatin1String("set") && args.size() != 3)) {
        std::fprintf(stderr, "usage: nmreader-client set UUID FLAGS | reactivate UUID\n");
        return 2;
    }
    NetworkManagerReader reader;
    const auto report = [](const NmChangeResult &r) {
        std::printf("outcome=%d\nmessage=%s\n", int(r.outcome), qPrintable(r.message));
        QCoreApplication::exit(0);
    };
    const auto start = [&] {
        if (args[0] == QLatin1String("set"))
            reader.setConnectionMptcpFlags(args[1], args[2].toUInt(nullptr, 0), report);
        else
            reader.reactivate(args[1], report);
    };
    bool started = false;
    QObject::connect(&reader, &NetworkManagerReader::changed, &app, [&] {
        if (!started && reader.isRunning()) {
            started = true;
            start();
        }
    });
    QTimer::singleShot(20000, &app, [] {
        std::fprintf(stderr, "no answer from NetworkManager\n");
        QCoreApplication::exit(1);
    });
    return app.exec();
}
