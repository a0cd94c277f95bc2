// CountersModel (MPTcpExt readings) and ChecksModel (pushed check results).
#include "mptcp/activity/checksmodel.h"
#include "mptcp/activity/countersmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace mptcp::activity;
using mptcp::diagnostics::CheckResult;
using mptcp::diagnostics::CheckVerdict;
using mptcp::diagnostics::CounterSample;

namespace {
CounterSample sample(qint64 ms, quint64 estab, quint64 fallbackAck, quint64 other = 0)
{
    CounterSample s;
    s.monotonicMs = ms;
    s.counters = {{QStringLiteral("MPCapableSYNRX"), other},
                  {QStringLiteral("MPCapableFallbackACK"), fallbackAck},
                  {QStringLiteral("MPCurrEstab"), estab}};
    return s;
}

int rowOf(const QAbstractItemModel &m, const QString &name)
{
    for (int r = 0; r < m.rowCount(); ++r) {
        if (m.index(r, 0).data(CountersModel::NameRole).toString() == name)
            return r;
    }
    return -1;
}

CheckResult check(const QString &id, CheckVerdict verdict, bool withFix = false)
{
    CheckResult r;
    r.id = id;
    r.verdict = verdict;
    r.title = id + QStringLiteral(" title");
    r.explanation = id + QStringLiteral(" explanation");
    if (withFix)
        r.fix = mptcp::diagnostics::FixAction{QStringLiteral("set-sysctl"),
                                              {{QStringLiteral("name"), QStringLiteral("net.mptcp.enabled")}, {QStringLiteral("value"), QStringLiteral("1")}}};
    return r;
}
} // namespace

class TestDiagnosticsModels : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void firstReadingIsTheBaseline()
    {
        CountersModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy fallbacks(&m, &CountersModel::fallbacksIncreased);
        m.applySample(sample(1000, 2, 5));
        QCOMPARE(m.rowCount(), 3);
        const int row = rowOf(m, QStringLiteral("MPCapableFallbackACK"));
        QCOMPARE(m.index(row).data(CountersModel::ValueRole).toULongLong(), 5ull);
        QCOMPARE(m.index(row).data(CountersModel::DeltaRole).toLongLong(), 0);
        QCOMPARE(m.index(row).data(CountersModel::TroubleRole).toBool(), true);
        QCOMPARE(m.index(row).data(CountersModel::HighlightRole).toBool(), true);
        QVERIFY(!m.index(row).data(CountersModel::ExplanationRole).toString().isEmpty());
        QCOMPARE(fallbacks.count(), 0);
    }

    void laterReadingsShowDeltaAndRateInPlace()
    {
        CountersModel m;
        m.applySample(sample(1000, 2, 5, 10));
        QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
        QSignalSpy fallbacks(&m, &CountersModel::fallbacksIncreased);
        m.applySample(sample(3000, 1, 8, 30));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        const QModelIndex syn = m.index(rowOf(m, QStringLiteral("MPCapableSYNRX")));
        QCOMPARE(syn.data(CountersModel::DeltaRole).toLongLong(), 20);
        QCOMPARE(syn.data(CountersModel::RateRole).toDouble(), 10.0);
        QCOMPARE(syn.data(CountersModel::ChangedRole).toBool(), true);
        QCOMPARE(syn.data(CountersModel::TroubleRole).toBool(), false);
        QCOMPARE(fallbacks.count(), 1);
        QCOMPARE(fallbacks[0][0].toLongLong(), 3);
    }

    void hideZeroHidesUnchangedZeros()
    {
        CountersModel m;
        m.setHideZero(true);
        m.applySample(sample(1000, 0, 0, 4));
        QCOMPARE(m.rowCount(), 1);
        QCOMPARE(m.index(0).data(CountersModel::NameRole).toString(), QStringLiteral("MPCapableSYNRX"));
    }

    void readsOnlyWhileActive()
    {
        CountersModel m;
        for (QTimer *t : m.findChildren<QTimer *>())
            QVERIFY(!t->isActive());
        m.setIntervalMs(100);
        m.setActive(true);
        // A real reading of this namespace (MPTcpExt needs a kernel with MPTCP).
        // The read runs on a pool thread: wait for its result.
        QTRY_VERIFY(m.rowCount() > 0 || !m.errorString().isEmpty());
        QCOMPARE(m.findChildren<QTimer *>().constFirst()->isActive(), true);
        m.setActive(false);
        QCOMPARE(m.findChildren<QTimer *>().constFirst()->isActive(), false);
    }

    void checksExposeVerdictAndFix()
    {
        ChecksModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setResults({check(QStringLiteral("mptcp-enabled"), CheckVerdict::Fail, true), check(QStringLiteral("rp-filter"), CheckVerdict::Warning),
                      check(QStringLiteral("nm-version"), CheckVerdict::NotApplicable)});
        QCOMPARE(m.count(), 3);
        QCOMPARE(m.failCount(), 1);
        QCOMPARE(m.warningCount(), 1);
        const QModelIndex first = m.index(0);
        QCOMPARE(first.data(ChecksModel::IdRole).toString(), QStringLiteral("mptcp-enabled"));
        QCOMPARE(first.data(ChecksModel::VerdictRole).toString(), QStringLiteral("fail"));
        QCOMPARE(first.data(ChecksModel::HasFixRole).toBool(), true);
        QCOMPARE(first.data(ChecksModel::FixIdRole).toString(), QStringLiteral("set-sysctl"));
        QCOMPARE(first.data(ChecksModel::FixParametersRole).toMap().value(QStringLiteral("name")).toString(), QStringLiteral("net.mptcp.enabled"));
        QCOMPARE(m.index(1).data(ChecksModel::FixIdRole).toString(), QString());
        QCOMPARE(m.fixFor(QStringLiteral("mptcp-enabled")).value(QStringLiteral("id")).toString(), QStringLiteral("set-sysctl"));
        m.setHideNotApplicable(true);
        QCOMPARE(m.count(), 2);
    }

    void rerunUpdatesInPlace()
    {
        ChecksModel m;
        m.setResults({check(QStringLiteral("a"), CheckVerdict::Fail), check(QStringLiteral("b"), CheckVerdict::Ok)});
        QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
        m.setResults({check(QStringLiteral("a"), CheckVerdict::Ok), check(QStringLiteral("b"), CheckVerdict::Ok)});
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m.index(0).data(ChecksModel::VerdictRole).toString(), QStringLiteral("ok"));
        QCOMPARE(m.failCount(), 0);
    }

    void checksComingAndGoingKeepTheOtherRows()
    {
        // A re-run in which one check stops applying (hidden) and another appears: the rows
        // of the checks that stay are not recreated, so a fix's error shown in one stays.
        ChecksModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setHideNotApplicable(true);
        m.setResults({ check(QStringLiteral("a"), CheckVerdict::Fail), check(QStringLiteral("b"), CheckVerdict::Ok),
            check(QStringLiteral("c"), CheckVerdict::Warning) });
        QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&m, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&m, &QAbstractItemModel::rowsInserted);
        m.setResults({ check(QStringLiteral("a"), CheckVerdict::Fail), check(QStringLiteral("b"), CheckVerdict::NotApplicable),
            check(QStringLiteral("c"), CheckVerdict::Ok), check(QStringLiteral("d"), CheckVerdict::Warning) });
        QCOMPARE(reset.count(), 0);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.first().at(1).toInt(), 1); // b
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 2); // d, after c
        QStringList ids;
        for (int i = 0; i < m.count(); ++i)
            ids << m.index(i).data(ChecksModel::IdRole).toString();
        QCOMPARE(ids, (QStringList { QStringLiteral("a"), QStringLiteral("c"), QStringLiteral("d") }));
        QCOMPARE(m.index(1).data(ChecksModel::VerdictRole).toString(), QStringLiteral("ok"));

        // Checks reordered (not something the checks do): a reset, still consistent.
        m.setResults({ check(QStringLiteral("c"), CheckVerdict::Ok), check(QStringLiteral("a"), CheckVerdict::Fail) });
        QCOMPARE(reset.count(), 1);
        QCOMPARE(m.index(0).data(ChecksModel::IdRole).toString(), QStringLiteral("c"));
    }
};

QTEST_GUILESS_MAIN(TestDiagnosticsModels)
#include "tst_diagnosticsmodels.moc"
