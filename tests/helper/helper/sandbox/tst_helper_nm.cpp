// SetNetworkManagerDefaultFlags against a real NetworkManager: the drop-in lands in
// NetworkManager's conf.d as a number, NetworkManager reloads it, and the next
// activation of a profile without its own flags creates endpoints accordingly.
#include "helpertestbed.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QThread>

using mptcp::test::Caller;

namespace {

QString requirements()
{
    if (QString why = mptcp::test::requireMptcp(); !why.isEmpty())
        return why;
    return mptcp::test::Sandbox::unavailableReason();
}

} // namespace

class TestHelperNetworkManager : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void defaultFlagsReachNetworkManager();

private:
    // Flags words of the endpoints NetworkManager made for veth0's IPv4 address.
    QStringList veth0Flags() const;
    bool waitForVeth0Flags(const QStringList &flags, QStringList *last) const;

    mptcp::test::HelperTestbed m_bed;
    QString m_dropIn;
};

void TestHelperNetworkManager::initTestCase()
{
    QString error;
    QVERIFY2(m_bed.up(true, &error), qPrintable(error));
    // The helper writes under its scratch root; point that root's NetworkManager
    // directory at the sandbox NetworkManager's real configuration.
    const QString etc = m_bed.scratchRoot() + QStringLiteral("/etc");
    QVERIFY(QDir().mkpath(etc));
    QVERIFY(QFile::link(m_bed.sandbox().stateDir() + QStringLiteral("/etc-nm"), etc + QStringLiteral("/NetworkManager")));
    m_dropIn = m_bed.sandbox().stateDir() + QStringLiteral("/etc-nm/conf.d/90-mptcp-settings.conf");
}

void TestHelperNetworkManager::cleanupTestCase()
{
    m_bed.down();
}

QStringList TestHelperNetworkManager::veth0Flags() const
{
    QStringList flags;
    for (const QJsonValue &v : QJsonDocument::fromJson(m_bed.endpointsJson()).array()) {
        const QJsonObject e = v.toObject();
        if (e.value(QStringLiteral("address")).toString() != QLatin1String("10.0.0.2"))
            continue;
        for (const char *word : {"signal", "subflow", "backup", "fullmesh"}) {
            if (e.value(QLatin1String(word)).toBool())
                flags << QLatin1String(word);
        }
        return flags;
    }
    return {QStringLiteral("(none)")};
}

bool TestHelperNetworkManager::waitForVeth0Flags(const QStringList &flags, QStringList *last) const
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 10000) {
        *last = veth0Flags();
        if (*last == flags)
            return true;
        QThread::msleep(50);
    }
    return false;
}

void TestHelperNetworkManager::defaultFlagsReachNetworkManager()
{
    QStringList flags;
    // NetworkManager's built-in default (enabled,subflow) for the profile without flags.
    QVERIFY2(waitForVeth0Flags({QStringLiteral("subflow")}, &flags), qPrintable(flags.join(QLatin1Char(','))));

    QVERIFY(m_bed.call(Caller::Denied, {QStringLiteral("nm-default"), QStringLiteral("signal")})
                .startsWith(QLatin1String("ERROR org.mptcp.Settings.Helper1.Error.NotAuthorized")));
    QVERIFY(!QFile::exists(m_dropIn));

    QCOMPARE(m_bed.call(Caller::Allowed, {QStringLiteral("nm-default"), QStringLiteral("signal")}), QStringLiteral("OK reloaded=1"));
    QFile dropIn(m_dropIn);
    QVERIFY(dropIn.open(QIODevice::ReadOnly));
    QVERIFY(dropIn.readAll().contains("\nconnection.mptcp-flags=18\n")); // enabled|signal, as a number
    // NetworkManager applies its defaults when a profile activates.
    QString out;
    QCOMPARE(m_bed.sandbox().nmcli({QStringLiteral("connection"), QStringLiteral("up"), QStringLiteral("sb-veth0")}, &out), 0);
    QVERIFY2(waitForVeth0Flags({QStringLiteral("signal")}, &flags), qPrintable(flags.join(QLatin1Char(',')) + out));

    // An empty list removes the drop-in: back to NetworkManager's own default.
    QCOMPARE(m_bed.call(Caller::Allowed, {QStringLiteral("nm-default"), QStringLiteral("-")}), QStringLiteral("OK reloaded=1"));
    QVERIFY(!QFile::exists(m_dropIn));
    QCOMPARE(m_bed.sandbox().nmcli({QStringLiteral("connection"), QStringLiteral("up"), QStringLiteral("sb-veth0")}, &out), 0);
    QVERIFY2(waitForVeth0Flags({QStringLiteral("subflow")}, &flags), qPrintable(flags.join(QLatin1Char(',')) + out));
}

MPTCP_TEST_MAIN_REQUIRING(TestHelperNetworkManager, requirements())
#include "tst_helper_nm.moc"
