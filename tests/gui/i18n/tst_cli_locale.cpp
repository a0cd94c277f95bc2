// mptcpctl's output does not depend on the locale: its --json is read by programs (keys
// and values alike), and its text output stays English like ip(8)'s, so scripts and bug
// reports read the same everywhere. The app, not the CLI, follows the language.
#include "testsupport.h"

#include <QJsonDocument>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using mptcp::test::Netns;

namespace {

const QStringList German{u"LANG=de_DE.UTF-8"_s, u"LC_ALL=de_DE.UTF-8"_s, u"LANGUAGE=de"_s};
const QStringList French{u"LANG=fr_FR.UTF-8"_s, u"LC_ALL=fr_FR.UTF-8"_s, u"LANGUAGE=fr"_s};
const QStringList Plain{u"LANG=C"_s, u"LC_ALL=C"_s, u"LANGUAGE="_s};

} // namespace

class TestCliLocale : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void outputIsTheSameInEveryLocale_data();
    void outputIsTheSameInEveryLocale();

private:
    // mptcpctl ARGS inside the namespace, with the environment's locale variables replaced.
    QString mptcpctl(const QStringList &locale, const QStringList &args, int *exitCode);
    std::unique_ptr<Netns> m_ns;
};

QString TestCliLocale::mptcpctl(const QStringList &locale, const QStringList &args, int *exitCode)
{
    QString out;
    // env(1) sets the variables for mptcpctl only; `ip netns exec` keeps the environment.
    *exitCode = m_ns->exec(u"env"_s, locale + QStringList{QStringLiteral(MPTCPCTL_PATH)} + args, &out);
    return out;
}

void TestCliLocale::initTestCase()
{
    m_ns = std::make_unique<Netns>(u"i18ncli"_s);
    QVERIFY(m_ns->valid());
    // Two links with addresses and endpoints, so explain and check have something to say
    // (NetworkManager does not run in the namespace: its "not running" texts are translated too).
    QCOMPARE(m_ns->ip({u"link"_s, u"add"_s, u"la"_s, u"type"_s, u"veth"_s, u"peer"_s, u"name"_s, u"lb"_s}), 0);
    for (const QString &link : {u"la"_s, u"lb"_s})
        QCOMPARE(m_ns->ip({u"link"_s, u"set"_s, link, u"up"_s}), 0);
    QCOMPARE(m_ns->ip({u"addr"_s, u"add"_s, u"10.77.0.1/24"_s, u"dev"_s, u"la"_s}), 0);
    QCOMPARE(m_ns->ip({u"addr"_s, u"add"_s, u"10.77.1.1/24"_s, u"dev"_s, u"lb"_s}), 0);
    int rc = -1;
    const QString added = mptcpctl(Plain, {u"endpoint"_s, u"add"_s, u"10.77.0.1"_s, u"dev"_s, u"la"_s, u"subflow"_s}, &rc);
    QVERIFY2(rc == 0, qPrintable(added));
    mptcpctl(Plain, {u"endpoint"_s, u"add"_s, u"10.77.1.1"_s, u"signal"_s}, &rc);
    QCOMPARE(rc, 0);
    mptcpctl(Plain, {u"limits"_s, u"set"_s, u"subflows"_s, u"0"_s}, &rc);
    QCOMPARE(rc, 0);
}

void TestCliLocale::outputIsTheSameInEveryLocale_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("json");
    for (const QString &command : {u"explain"_s, u"check"_s, u"status"_s, u"endpoint show"_s, u"limits show"_s}) {
        const QStringList words = command.split(u' ');
        QTest::addRow("--json %s", qPrintable(command)) << (QStringList{u"--json"_s} + words) << true;
        QTest::addRow("%s", qPrintable(command)) << words << false;
    }
}

void TestCliLocale::outputIsTheSameInEveryLocale()
{
    QFETCH(QStringList, args);
    QFETCH(bool, json);
    int plainRc = -1, germanRc = -1, frenchRc = -1;
    const QString plain = mptcpctl(Plain, args, &plainRc);
    const QString german = mptcpctl(German, args, &germanRc);
    const QString french = mptcpctl(French, args, &frenchRc);
    // `check` exits 1 when a check fails (the subflows limit 0 makes sure one has something to say).
    QVERIFY2(plainRc == 0 || plainRc == 1, qPrintable(plain));
    QVERIFY(!plain.trimmed().isEmpty());
    if (json) {
        QJsonParseError error;
        QJsonDocument::fromJson(plain.toUtf8(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString() + u'\n' + plain));
    }
    QCOMPARE(germanRc, plainRc);
    QCOMPARE(frenchRc, plainRc);
    QCOMPARE(german, plain);
    QCOMPARE(french, plain);
}

MPTCP_TEST_MAIN_REQUIRING(TestCliLocale, mptcp::test::requireMptcp())
#include "tst_cli_locale.moc"
