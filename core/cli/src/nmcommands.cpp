// The NetworkManager commands: explain, connection show/set and status's NM section.
#include "mptcp/explain/explanation.h"
#include "mptcp/kernel/kernelstate.h"
#include "mptcp/nm/mptcpflags.h"
#include "mptcp/nm/nmconf.h"
#include "nmsession.h"
#include "runtime.h"
#include "text.h"

#include <QEventLoop>
#include <QLoggingCategory>
#include <QSet>
#include <QTimer>
#include <QUuid>

Q_DECLARE_LOGGING_CATEGORY(lcCli)

namespace mptcp::cli {

namespace {

// Saving the profile and reapplying it on each device; NM may first ask polkit.
constexpr int ChangeTimeoutMs = 60 * 1000;

struct Prepared {
    explain::Snapshot snapshot;
    explain::Explanation explanation;
};

Prepared prepare(NmSession &session)
{
    const kernel::KernelReading kernel = session.readLocalState();
    if (!session.waitUntilReady())
        qCInfo(lcCli) << "NetworkManager did not answer in time:" << session.problem();
    Prepared p;
    p.snapshot = session.snapshot(kernel);
    p.explanation = explain::explain(p.snapshot);
    return p;
}

// The UUIDs of active connections called `name` (ID or UUID, as nmcli matches them).
QSet<QString> matchingUuids(const explain::Snapshot &snapshot, const QString &name)
{
    QSet<QString> uuids;
    for (const explain::Device &device : snapshot.devices) {
        if (device.connection && (device.connection->uuid == name || device.connection->id == name))
            uuids.insert(device.connection->uuid);
    }
    return uuids;
}

QString outcomeText(const nm::NmChangeResult &result, const QString &name, const QString &flags)
{
    using Outcome = nm::NmChangeResult::Outcome;
    switch (result.outcome) {
    case Outcome::Applied:
        return Text::tr("Connection \"%1\": mptcp-flags set to %2 and applied.").arg(name, flags);
    case Outcome::Saved:
        return Text::tr("Connection \"%1\": mptcp-flags set to %2; the connection is not active, it takes effect "
                        "when it is activated.")
            .arg(name, flags);
    case Outcome::NeedsReactivation:
        return Text::tr("Connection \"%1\": mptcp-flags set to %2, but NetworkManager refused to apply it now (%3): "
                        "needs reconnect.")
            .arg(name, flags, result.message);
    case Outcome::Failed:
        break;
    }
    return result.message;
}

} // namespace

int runExplain(const Context &context)
{
    NmSession &session = NmSession::forCommand();
    const Prepared p = prepare(session);
    write(stdout,
        context.json ? explainJson(p.snapshot, p.explanation)
                     : explainText(p.snapshot, p.explanation, session.problem()));
    return p.snapshot.kernel.endpointsKnown ? ExitSuccess : ExitFailure;
}

int runConnectionShow(const ConnectionShowCommand &command, const Context &context)
{
    NmSession &session = NmSession::forCommand();
    const Prepared p = prepare(session);
    if (!session.networkManager().isRunning())
        return fail(session.problem());
    QList<ProfileRow> rows = profileRows(p.snapshot, p.explanation);
    if (!command.connection.isEmpty()) {
        rows.removeIf(
            [&](const ProfileRow &row) { return row.id != command.connection && row.uuid != command.connection; });
        if (rows.isEmpty())
            return fail(Text::tr("no active connection \"%1\"").arg(command.connection));
    }
    write(stdout, context.json ? profilesJson(rows) : profilesText(rows));
    return ExitSuccess;
}

int runConnectionSet(const ConnectionSetCommand &command, const Context &)
{
    // libnm's own verdict first, so a refused combination never reaches NM.
    const nm::MptcpFlagsParse flags = nm::parseMptcpFlags(command.flags);
    if (!flags.ok())
        return usageFailure(Text::tr("invalid mptcp-flags \"%1\": %2").arg(command.flags, flags.error));

    NmSession &session = NmSession::forCommand();
    const Prepared p = prepare(session);
    if (!session.networkManager().isRunning())
        return fail(session.problem());

    const QSet<QString> uuids = matchingUuids(p.snapshot, command.connection);
    QString uuid;
    if (uuids.size() > 1)
        return fail(
            Text::tr("\"%1\" names %2 active connections; use the UUID").arg(command.connection).arg(uuids.size()));
    if (uuids.size() == 1)
        uuid = *uuids.cbegin();
    else if (!QUuid::fromString(command.connection).isNull())
        uuid = command.connection; // an inactive profile: NM finds it by UUID
    else
        return fail(
            Text::tr("no active connection \"%1\" (inactive profiles can be named by UUID)").arg(command.connection));

    const QString words = nm::mptcpFlagWords(*flags.value).join(u',');
    std::optional<nm::NmChangeResult> result;
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    session.networkManager().setConnectionMptcpFlags(uuid, *flags.value, [&](const nm::NmChangeResult &r) {
        result = r;
        loop.quit();
    });
    if (!result) {
        timeout.start(ChangeTimeoutMs);
        loop.exec();
    }
    if (!result)
        return fail(Text::tr("NetworkManager did not answer within %1 s").arg(ChangeTimeoutMs / 1000));
    if (result->outcome == nm::NmChangeResult::Outcome::Failed)
        return fail(result->message);
    write(stdout, outcomeText(*result, command.connection, words) + u'\n');
    return ExitSuccess;
}

StatusReport readStatus()
{
    NmSession &session = NmSession::forCommand();
    const kernel::KernelReading kernel = session.readLocalState();
    if (!session.waitUntilReady())
        qCInfo(lcCli) << "NetworkManager did not answer in time:" << session.problem();
    const explain::Snapshot snapshot = session.snapshot(kernel);
    const explain::Explanation explanation = explain::explain(snapshot);
    // A section without match-device (or with one matching anything) is the default
    // every device gets; sections for some devices show up per interface in explain.
    const nm::ConnectionDefault conf
        = nm::lookupConnectionDefault(session.reader().conf(), nm::kMptcpFlagsKey, nm::DeviceMatchData {});
    const bool set = conf.status == nm::ConnectionDefault::Status::Set && !conf.value.isEmpty();
    return StatusReport { kernel.sysctls, kernel.limits, kernel.endpoints,
        cli::networkManagerStatus(
            snapshot, explanation, session.problem(), set ? conf.value : QString(), set ? conf.file : QString()) };
}

} // namespace mptcp::cli
