// counters, check and debug-report: core/diagnostics collects and renders, NetworkManager's
// view comes from the same session explain uses.
#include "mptcp/diagnostics/checks.h"
#include "mptcp/diagnostics/collect.h"
#include "mptcp/diagnostics/counters.h"
#include "mptcp/diagnostics/debugreport.h"
#include "nmsession.h"
#include "runtime.h"
#include "text.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>
#include <algorithm>

namespace mptcp::cli {

namespace {

QString compact(const QJsonDocument &document)
{
    return QString::fromUtf8(document.toJson(QJsonDocument::Compact)) + u'\n';
}

} // namespace

int runCounters(const CountersCommand &command, const Context &context)
{
    nl::Result<diagnostics::CounterSample> first = diagnostics::readCounters();
    if (!first)
        return fail(first.error());
    if (!command.deltaSeconds) {
        // The table leaves zero counters out; all of them zero still needs an answer.
        const bool anyNonZero = std::any_of(first->counters.cbegin(), first->counters.cend(),
            [](const diagnostics::Counter &counter) { return counter.value != 0; });
        write(stdout,
            context.json     ? compact(QJsonDocument(diagnostics::toJson(*first)))
                : anyNonZero ? diagnostics::renderCounters(*first)
                             : Text::tr("All %1 MPTCP counters are zero.").arg(first->counters.size()) + u'\n');
        return ExitSuccess;
    }
    // Nothing else to do meanwhile: a plain sleep, the kernel counts on its own.
    QThread::sleep(unsigned(*command.deltaSeconds));
    nl::Result<diagnostics::CounterSample> second = diagnostics::readCounters();
    if (!second)
        return fail(second.error());
    const diagnostics::CounterDelta delta = diagnostics::compareSamples(*first, *second);
    const bool anyChanged = std::any_of(delta.changes.cbegin(), delta.changes.cend(),
        [](const diagnostics::CounterChange &change) { return change.delta != 0; });
    write(stdout,
        context.json     ? compact(QJsonDocument(diagnostics::toJson(delta)))
            : anyChanged ? diagnostics::renderDelta(delta)
                         : Text::tr("No MPTCP counter changed in %1 s.").arg(*command.deltaSeconds) + u'\n');
    return ExitSuccess;
}

int runCheck(const Context &context)
{
    NmSession &session = NmSession::forCommand();
    session.waitUntilReady();
    diagnostics::CollectOptions options;
    options.networkState = &session.reader();
    const diagnostics::Collected collected = diagnostics::collectDiagnostics(options);
    const QList<diagnostics::CheckResult> results = diagnostics::runChecks(collected.input);
    write(stdout,
        context.json ? compact(QJsonDocument(diagnostics::toJson(results))) : diagnostics::renderChecks(results));
    return diagnostics::exitStatus(results) == 0 ? int(ExitSuccess) : int(ExitFailure);
}

int runDebugReport(const DebugReportCommand &command, const Context &context)
{
    NmSession &session = NmSession::forCommand();
    session.waitUntilReady();
    diagnostics::CollectOptions options;
    options.networkState = &session.reader();
    const diagnostics::DebugReportInput input = diagnostics::collectDebugReport(options);
    diagnostics::DebugReportOptions render;
    render.redact = command.redact;
    const QString report = context.json ? compact(QJsonDocument(diagnostics::toJson(input, render)))
                                        : diagnostics::renderDebugReport(input, render);
    if (command.outputFile.isEmpty()) {
        write(stdout, report);
        return ExitSuccess;
    }
    QFile file(command.outputFile);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(report.toUtf8()) < 0 || !file.flush())
        return fail(Text::tr("cannot write %1: %2").arg(command.outputFile, file.errorString()));
    write(stderr, Text::tr("Debug report written to %1.").arg(command.outputFile) + u'\n');
    return ExitSuccess;
}

} // namespace mptcp::cli
