// The compiled catalogues reach the core libraries' texts at run time: lupdate and
// tr() must agree on each translation context (a tr() helper class lupdate cannot
// resolve files its texts under another name, and they silently stay English), and
// English plural forms replace "(s)". Each library is called the way the app calls it.
#include "mptcp/diagnostics/checks.h"
#include "mptcp/diagnostics/counters.h"
#include "mptcp/explain/explanation.h"
#include "mptcp/helperclient/helperclient.h"
#include "mptcp/nm/mptcpflags.h"

#include <QCoreApplication>
#include <QDBusError>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;
using namespace mptcp;

namespace {

// Two endpoints from other tools and no NetworkManager: the Overview's verdict names a count.
explain::Snapshot twoForeignEndpoints()
{
    explain::Snapshot s;
    s.kernel.enabled = 1;
    s.kernel.subflowsLimit = 2;
    s.kernel.addAddrAcceptedLimit = 2;
    s.kernel.endpoints = {explain::KernelEndpoint{1, u"192.0.2.1"_s, 0, explain::kernelflag::Subflow, 0},
                          explain::KernelEndpoint{2, u"198.51.100.1"_s, 0, explain::kernelflag::Signal, 0}};
    s.networkManager.running = false;
    return s;
}

diagnostics::DiagnosticsInput diagnosticsInput()
{
    diagnostics::DiagnosticsInput input;
    input.snapshot = twoForeignEndpoints();
    input.explanation = explain::explain(input.snapshot);
    return input;
}

} // namespace

class TestRuntimeTranslations : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void englishPluralFormsReplaceTheParenthesis();
    void explainVerdictsFollowTheLanguage_data();
    void explainVerdictsFollowTheLanguage();
    void explainRuleProblemsFollowTheLanguage();
    void diagnosticsChecksFollowTheLanguage();
    void counterExplanationsFollowTheLanguage();
    void helperErrorsFollowTheLanguage();
    void networkManagerFlagErrorsFollowTheLanguage();

private:
    void install(const QString &language);
    std::unique_ptr<QTranslator> m_translator;
};

void TestRuntimeTranslations::initTestCase()
{
    QVERIFY2(!qEnvironmentVariable("MPTCP_QM_DIR").isEmpty(), "MPTCP_QM_DIR is not set");
}

void TestRuntimeTranslations::cleanup()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    m_translator.reset();
}

void TestRuntimeTranslations::install(const QString &language)
{
    cleanup();
    m_translator = std::make_unique<QTranslator>();
    const QString file = qEnvironmentVariable("MPTCP_QM_DIR") + u"/mptcp-settings_"_s + language + u".qm"_s;
    QVERIFY2(m_translator->load(file), qPrintable(u"cannot load "_s + file));
    QVERIFY(QCoreApplication::installTranslator(m_translator.get()));
}

void TestRuntimeTranslations::englishPluralFormsReplaceTheParenthesis()
{
    install(u"en"_s);
    QCOMPARE(explain::explain(twoForeignEndpoints()).verdict,
             u"NetworkManager is not running; 2 endpoints were configured by other tools."_s);
    explain::Snapshot one = twoForeignEndpoints();
    one.kernel.endpoints.removeLast();
    QCOMPARE(explain::explain(one).verdict,
             u"NetworkManager is not running; 1 endpoint was configured by other tools."_s);
}

void TestRuntimeTranslations::explainVerdictsFollowTheLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("verdict");
    QTest::newRow("de") << u"de"_s << u"NetworkManager läuft nicht; 2 Endpunkte wurden von anderen Werkzeugen eingerichtet."_s;
    QTest::newRow("fr") << u"fr"_s
                        << u"NetworkManager ne fonctionne pas ; 2 points de terminaison ont été configurés par d’autres outils."_s;
}

void TestRuntimeTranslations::explainVerdictsFollowTheLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, verdict);
    const explain::Explanation english = explain::explain(twoForeignEndpoints());
    install(language);
    const explain::Explanation e = explain::explain(twoForeignEndpoints());
    QCOMPARE(e.verdict, verdict);
    // The per-endpoint reasons (Endpoints page) are translated as well.
    QCOMPARE(e.extras.size(), english.extras.size());
    QVERIFY(!e.extras.isEmpty());
    for (qsizetype i = 0; i < e.extras.size(); ++i)
        QVERIFY2(!e.extras.at(i).text.isEmpty() && e.extras.at(i).text != english.extras.at(i).text,
                 qPrintable(e.extras.at(i).text));
}

void TestRuntimeTranslations::explainRuleProblemsFollowTheLanguage()
{
    install(u"de"_s);
    // Profile flags "disabled" plus another flag: refused by NetworkManager's rules (MptcpExplainRules).
    const auto problem = explain::profileFlagsProblem(explain::nmflag::Disabled | explain::nmflag::AlsoWithoutSysctl, explain::NmVersion{1, 46, 0});
    QVERIFY(problem.has_value());
    QCOMPARE(*problem, u"„disabled“ kann nicht mit anderen MPTCP-Flags kombiniert werden."_s);
}

void TestRuntimeTranslations::diagnosticsChecksFollowTheLanguage()
{
    install(u"de"_s);
    const diagnostics::CheckResult r = diagnostics::checkEndpointsPresent(diagnosticsInput());
    QCOMPARE(r.title, u"MPTCP-Endpunkte"_s);
    QCOMPARE(r.explanation, u"2 Endpunkte eingerichtet."_s);
}

void TestRuntimeTranslations::counterExplanationsFollowTheLanguage()
{
    install(u"fr"_s);
    QCOMPARE(diagnostics::counterExplanation(u"MPCapableSYNTX"_s),
             u"Demandes de connexion sortantes (SYN) ayant demandé MPTCP."_s);
}

void TestRuntimeTranslations::helperErrorsFollowTheLanguage()
{
    install(u"de"_s);
    const auto e = helperclient::HelperError::fromDBus(
        QDBusError(QDBusError::ServiceUnknown, u"The name is not activatable"_s));
    QVERIFY2(e.message.startsWith(u"Der Hilfsdienst von MPTCP-Einstellungen ist nicht verfügbar"_s), qPrintable(e.message));
    QVERIFY(e.message.endsWith(u"The name is not activatable"_s));
}

void TestRuntimeTranslations::networkManagerFlagErrorsFollowTheLanguage()
{
    install(u"fr"_s);
    const nm::MptcpFlagsParse parsed = nm::parseMptcpFlags(u"sometimes"_s);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error.startsWith(u"« sometimes » n’est pas un drapeau MPTCP"_s), qPrintable(parsed.error));
}

QTEST_GUILESS_MAIN(TestRuntimeTranslations)
#include "tst_runtime_translations.moc"
