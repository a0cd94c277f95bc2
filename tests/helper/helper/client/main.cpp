// helper-test-client: drives the helper through mptcp_helperclient, so the helper
// tests can run real calls as unprivileged users (under setpriv).
//
//   helper-test-client CMD ARGS...    one call; prints "OK ..." or "ERROR <name>: <message>"
//   helper-test-client batch          one command per stdin line, one result line each
//   helper-test-client monitor N SEC  subscribes; prints "EVENT <type> <key=value...>" and
//                                     "STOPPED"/"STARTED"; exits 0 after N events, 3 on timeout
//   helper-test-client burst N S A    N SetLimits(S, A) calls at once (async); one result line each
// Commands (words split on spaces; "-" is an empty string or empty list; lists are
// comma-separated; an endpoint is ADDRESS/ID/PORT/FLAGS/IFACE):
//   state | set-limits S A | add ADDRESS ID PORT FLAGS IFACE | delete ID | set-flags ID FLAGS
//   flush | set-enabled 0|1 PERSIST | set-sysctl NAME VALUE PERSIST | nm-default FLAGS
//   apply ENABLED S A PERSIST ENDPOINT...
#include "mptcp/helperclient/helperclient.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

using namespace mptcp::helperclient;

namespace {

QString text(const QString &word)
{
    return word == QLatin1String("-") ? QString() : word;
}

QStringList list(const QString &word)
{
    return word == QLatin1String("-") ? QStringList() : word.split(QLatin1Char(','));
}

uint number(const QString &word)
{
    return word.toUInt();
}

QString describe(const HelperState &s)
{
    QStringList parts;
    parts << QStringLiteral("enabled=%1").arg(s.sysctls.value(QStringLiteral("enabled")));
    parts << QStringLiteral("limits=%1,%2").arg(s.subflows).arg(s.addAddrAccepted);
    for (const EndpointSpec &e : s.endpoints)
        parts << QStringLiteral("endpoint=%1/%2/%3/%4/%5").arg(e.address).arg(e.id).arg(e.port)
                     .arg(e.flags.join(QLatin1Char(',')), e.interface.isEmpty() ? QStringLiteral("-") : e.interface);
    return parts.join(QLatin1Char(' '));
}

// Returns the result line.
QString runCommand(BlockingHelperClient &client, const QStringList &w)
{
    const QString cmd = w.value(0);
    HelperError error;
    QString extra;
    auto need = [&w](int n) { return w.size() >= n; };
    if (cmd == QLatin1String("state")) {
        HelperState state;
        error = client.getState(&state);
        extra = describe(state);
    } else if (cmd == QLatin1String("set-limits") && need(3)) {
        error = client.setLimits(number(w[1]), number(w[2]));
    } else if (cmd == QLatin1String("add") && need(6)) {
        error = client.addEndpoint(EndpointSpec{number(w[2]), text(w[1]), number(w[3]), list(w[4]), text(w[5])});
    } else if (cmd == QLatin1String("delete") && need(2)) {
        error = client.deleteEndpoint(number(w[1]));
    } else if (cmd == QLatin1String("set-flags") && need(3)) {
        error = client.setEndpointFlags(number(w[1]), list(w[2]));
    } else if (cmd == QLatin1String("flush")) {
        error = client.flushEndpoints();
    } else if (cmd == QLatin1String("set-enabled") && need(3)) {
        error = client.setEnabled(w[1] == QLatin1String("1"), w[2] == QLatin1String("1"));
    } else if (cmd == QLatin1String("set-sysctl") && need(4)) {
        error = client.setSysctl(text(w[1]), text(w[2]), w[3] == QLatin1String("1"));
    } else if (cmd == QLatin1String("nm-default") && need(2)) {
        bool reloaded = false;
        error = client.setNetworkManagerDefaultFlags(list(w[1]), &reloaded);
        extra = QStringLiteral("reloaded=%1").arg(reloaded ? 1 : 0);
    } else if (cmd == QLatin1String("apply") && need(5)) {
        ConfigurationRequest config;
        config.enabled = w[1] == QLatin1String("1");
        config.subflows = number(w[2]);
        config.addAddrAccepted = number(w[3]);
        config.persistent = w[4] == QLatin1String("1");
        for (qsizetype i = 5; i < w.size(); ++i) {
            const QStringList f = w[i].split(QLatin1Char('/'));
            if (f.size() != 5)
                return QStringLiteral("USAGE bad endpoint %1").arg(w[i]);
            config.endpoints << EndpointSpec{number(f[1]), text(f[0]), number(f[2]), list(f[3]), text(f[4])};
        }
        error = client.applyConfiguration(config);
    } else {
        return QStringLiteral("USAGE unknown command or missing arguments: %1").arg(w.join(QLatin1Char(' ')));
    }
    if (!error.ok())
        return QStringLiteral("ERROR %1: %2").arg(error.name, error.message);
    return extra.isEmpty() ? QStringLiteral("OK") : QStringLiteral("OK %1").arg(extra);
}

int monitor(int wanted, int seconds)
{
    auto *client = new HelperClient(QDBusConnection::systemBus(), qApp);
    int seen = 0;
    QTextStream out(stdout);
    QObject::connect(client, &HelperClient::pathManagerEvent, qApp, [&](const QString &type, const QVariantMap &details) {
        QStringList parts{QStringLiteral("EVENT"), type};
        for (auto it = details.begin(); it != details.end(); ++it)
            parts << QStringLiteral("%1=%2").arg(it.key(), it.value().toString());
        out << parts.join(QLatin1Char(' ')) << Qt::endl;
        if (++seen >= wanted)
            QCoreApplication::exit(0);
    });
    QObject::connect(client, &HelperClient::helperStopped, qApp, [&] { out << "STOPPED" << Qt::endl; });
    QObject::connect(client, &HelperClient::helperStarted, qApp, [&] { out << "STARTED" << Qt::endl; });
    QObject::connect(client, &HelperClient::subscribed, qApp, [&] { out << "SUBSCRIBED" << Qt::endl; });
    client->subscribe([&](const HelperError &error) {
        if (!error.ok())
            out << QStringLiteral("ERROR %1: %2").arg(error.name, error.message) << Qt::endl;
    });
    QTimer::singleShot(seconds * 1000, qApp, [] { QCoreApplication::exit(3); });
    return QCoreApplication::exec();
}

int burst(int count, uint subflows, uint accepted)
{
    auto *client = new HelperClient(QDBusConnection::systemBus(), qApp);
    int answered = 0;
    QTextStream out(stdout);
    for (int i = 0; i < count; ++i) {
        client->setLimits(subflows, accepted, [&, count](const HelperError &error) {
            out << (error.ok() ? QStringLiteral("OK") : QStringLiteral("ERROR %1: %2").arg(error.name, error.message)) << Qt::endl;
            if (++answered == count)
                QCoreApplication::exit(0);
        });
    }
    return QCoreApplication::exec();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.value(0) == QLatin1String("monitor") && args.size() == 3)
        return monitor(args[1].toInt(), args[2].toInt());
    if (args.value(0) == QLatin1String("burst") && args.size() == 4)
        return burst(args[1].toInt(), args[2].toUInt(), args[3].toUInt());
    BlockingHelperClient client;
    QTextStream out(stdout);
    if (args.value(0) == QLatin1String("batch")) {
        QTextStream in(stdin);
        QString line;
        while (in.readLineInto(&line))
            out << runCommand(client, line.split(QLatin1Char(' '), Qt::SkipEmptyParts)) << Qt::endl;
        return 0;
    }
    const QString result = runCommand(client, args);
    out << result << Qt::endl;
    return result.startsWith(QLatin1String("OK")) ? 0 : 1;
}
