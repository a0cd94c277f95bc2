// MPTCP MIB counters (the "MPTcpExt" lines of /proc/net/netstat, what `nstat` shows),
// their rates between two samples, and a plain-language table of the known ones.
#pragma once

#include "mptcp/netlink/types.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace mptcp::diagnostics {

struct Counter {
    QString name;     // as the kernel spells it, e.g. "MPCapableFallbackACK"
    quint64 value = 0;
    friend bool operator==(const Counter &, const Counter &) = default;
};

// One reading of every MPTcpExt counter, in the kernel's order; unknown names are kept.
struct CounterSample {
    QList<Counter> counters;
    qint64 monotonicMs = 0; // CLOCK_MONOTONIC when read; 0 = unknown (parsed text)

    [[nodiscard]] std::optional<quint64> value(const QString &name) const;
};

// Parses /proc/net/netstat text: "Prefix: name name ..." header lines, each followed by a
// "Prefix: value value ..." line. Only the MPTcpExt pair is kept. ENOENT when the text has
// no MPTcpExt lines (kernel without MPTCP), EBADMSG when the pair is malformed.
nl::Result<CounterSample> parseNetstat(const QByteArray &text);

// Reads the netstat file of the calling thread's network namespace and stamps the time.
// (/proc/net is the main thread's view; thread-self follows a thread that did setns().)
nl::Result<CounterSample> readCounters(const QString &path = QStringLiteral("/proc/thread-self/net/netstat"));

enum class CounterKind {
    Event, // only grows: events since the namespace was created
    Gauge, // a current value that also goes down (MPCurrEstab)
};

struct CounterInfo {
    const char *name;
    const char *explanation; // untranslated source text; use counterExplanation() for display
    bool trouble;            // a growing value signals a problem
    bool fallback;           // counts connections that fell back to plain TCP (or refused MPTCP)
    CounterKind kind;
};

// Every counter of net/mptcp/mib.c up to Linux 6.18, in the kernel's order.
const QList<CounterInfo> &knownCounters();
const CounterInfo *counterInfo(const QString &name);
// One translated sentence; "" for a counter this table does not know.
QString counterExplanation(const QString &name);

struct CounterChange {
    QString name;
    quint64 before = 0; // 0 when the counter was not in the first sample
    quint64 after = 0;
    qint64 delta = 0;   // after - before; for an event counter that went down (namespace
                        // re-created, counter reset) the whole `after` value
    double perSecond = 0; // delta / seconds; 0 when the interval is unknown
};

struct CounterDelta {
    double seconds = 0; // between the two samples; 0 = unknown
    QList<CounterChange> changes; // every counter of the second sample, in its order

    [[nodiscard]] qint64 delta(const QString &name) const;
    // Changed counters marked "fallback" in knownCounters(), with their increase.
    [[nodiscard]] QList<CounterChange> fallbacks() const;
};

CounterDelta compareSamples(const CounterSample &before, const CounterSample &after);

// JSON: [{"name", "value", "trouble", "explanation"}] and
// {"seconds", "counters": [{"name", "before", "after", "delta", "per_second", "trouble", "explanation"}]}.
QJsonArray toJson(const CounterSample &sample);
QJsonObject toJson(const CounterDelta &delta);

// Text tables like `nstat`: one counter per line, "!" marking trouble counters that are non-zero
// (or grew), with the explanation. Zero values (unchanged counters) only when `includeZero`.
QString renderCounters(const CounterSample &sample, bool includeZero = false);
QString renderDelta(const CounterDelta &delta, bool includeZero = false);

} // namespace mptcp::diagnostics
