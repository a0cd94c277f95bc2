// The files shipped with the helper: well-formed XML, the polkit actions and bus
// policy the security model relies on, hardened units, and `cmake --install`
// placing everything where distributions look.
#include "mptcp/helper/protocol.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

QString sourceFile(const QString &name)
{
    return qEnvironmentVariable("MPTCP_SOURCE_DIR") + QStringLiteral("/dbus/") + name;
}

QString builtFile(const QString &name)
{
    return qEnvironmentVariable("MPTCP_BINARY_DIR") + QStringLiteral("/dbus/service/") + name;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// element path ("policyconfig/action/defaults/allow_any") -> texts / attributes, in order
struct XmlFacts {
    QString error;
    QList<QPair<QString, QXmlStreamAttributes>> elements; // "a/b/c" with attributes
    QMultiHash<QString, QString> texts;
};

XmlFacts readXml(const QByteArray &data)
{
    XmlFacts facts;
    QXmlStreamReader xml(data);
    QStringList stack;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            stack << xml.name().toString();
            facts.elements.append({stack.join(QLatin1Char('/')), xml.attributes()});
        } else if (xml.isEndElement()) {
            stack.removeLast();
        } else if (xml.isCharacters() && !xml.isWhitespace()) {
            facts.texts.insert(stack.join(QLatin1Char('/')), xml.text().toString().trimmed());
        }
    }
    if (xml.hasError())
        facts.error = QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
    return facts;
}

} // namespace

class TestHelperFiles : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void xmlFilesAreWellFormed_data();
    void xmlFilesAreWellFormed();
    void polkitPolicyHasOneActionPerChangeWithAdminDefaults();
    void busPolicyLetsOnlyRootOwnTheName();
    void activationFileStartsTheSystemdUnit();
    void unitsAreHardened();
    void installPutsFilesWhereDistributionsLook();
};

void TestHelperFiles::xmlFilesAreWellFormed_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("interface") << sourceFile(QStringLiteral("org.mptcp.Settings.Helper1.xml"));
    QTest::newRow("bus policy") << sourceFile(QStringLiteral("org.mptcp.Settings.Helper1.conf"));
    QTest::newRow("polkit policy") << sourceFile(QStringLiteral("org.mptcp.settings.policy"));
}

void TestHelperFiles::xmlFilesAreWellFormed()
{
    QFETCH(QString, path);
    const QByteArray data = readAll(path);
    QVERIFY2(!data.isEmpty(), qPrintable(path));
    const XmlFacts facts = readXml(data);
    QVERIFY2(facts.error.isEmpty(), qPrintable(path + QStringLiteral(": ") + facts.error));
    const QString xmllint = QStandardPaths::findExecutable(QStringLiteral("xmllint"));
    if (!xmllint.isEmpty()) {
        QString out;
        QCOMPARE(mptcp::test::run(xmllint, {QStringLiteral("--noout"), QStringLiteral("--nonet"), path}, &out), 0);
    }
}

void TestHelperFiles::polkitPolicyHasOneActionPerChangeWithAdminDefaults()
{
    const XmlFacts facts = readXml(readAll(sourceFile(QStringLiteral("org.mptcp.settings.policy"))));
    QStringList ids;
    for (const auto &[path, attrs] : facts.elements) {
        if (path == QLatin1String("policyconfig/action"))
            ids << attrs.value(QLatin1String("id")).toString();
    }
    using namespace mptcp::helper;
    const QStringList expected{Action::SetLimits, Action::ManageEndpoints, Action::SetEnabled, Action::SetNmDefault,
                               Action::ApplyConfiguration, Action::SetKernelOptions};
    QCOMPARE(ids, expected);
    const qsizetype n = expected.size();
    QCOMPARE(facts.texts.values(QStringLiteral("policyconfig/action/defaults/allow_any")), QStringList(n, QStringLiteral("no")));
    QCOMPARE(facts.texts.values(QStringLiteral("policyconfig/action/defaults/allow_inactive")), QStringList(n, QStringLiteral("no")));
    QCOMPARE(facts.texts.values(QStringLiteral("policyconfig/action/defaults/allow_active")),
             QStringList(n, QStringLiteral("auth_admin_keep")));
    QCOMPARE(facts.texts.values(QStringLiteral("policyconfig/action/message")).size(), n);
    QCOMPARE(facts.texts.values(QStringLiteral("policyconfig/action/description")).size(), n);
}

void TestHelperFiles::busPolicyLetsOnlyRootOwnTheName()
{
    const XmlFacts facts = readXml(readAll(sourceFile(QStringLiteral("org.mptcp.Settings.Helper1.conf"))));
    QString context;
    int ownRules = 0;
    int callRules = 0;
    for (const auto &[path, attrs] : facts.elements) {
        if (path == QLatin1String("busconfig/policy")) {
            context = attrs.hasAttribute(QLatin1String("user")) ? QStringLiteral("user=") + attrs.value(QLatin1String("user")).toString()
                                                                 : QStringLiteral("context=") + attrs.value(QLatin1String("context")).toString();
        } else if (path == QLatin1String("busconfig/policy/allow")) {
            if (attrs.hasAttribute(QLatin1String("own"))) {
                ++ownRules;
                QCOMPARE(context, QStringLiteral("user=root"));
                QCOMPARE(attrs.value(QLatin1String("own")).toString(), mptcp::helper::ServiceName);
            }
            if (attrs.value(QLatin1String("send_destination")) == mptcp::helper::ServiceName) {
                ++callRules;
                QCOMPARE(context, QStringLiteral("context=default"));
            }
        }
    }
    QCOMPARE(ownRules, 1);
    QVERIFY(callRules >= 1);
}

void TestHelperFiles::activationFileStartsTheSystemdUnit()
{
    const QString text = QString::fromUtf8(readAll(builtFile(QStringLiteral("org.mptcp.Settings.Helper1.service"))));
    QVERIFY(text.contains(QLatin1String("[D-BUS Service]")));
    QVERIFY(text.contains(QLatin1String("\nName=org.mptcp.Settings.Helper1\n")));
    QVERIFY(text.contains(QLatin1String("\nUser=root\n")));
    QVERIFY(text.contains(QLatin1String("\nSystemdService=mptcp-settings-helper.service\n")));
    QVERIFY(text.contains(QLatin1String("\nExec=/")));
    QVERIFY(text.contains(QLatin1String("/mptcp-settings-helper\n")));
}

void TestHelperFiles::unitsAreHardened()
{
    const QString helper = QString::fromUtf8(readAll(builtFile(QStringLiteral("mptcp-settings-helper.service"))));
    for (const char *line : {"Type=dbus", "BusName=org.mptcp.Settings.Helper1", "CapabilityBoundingSet=CAP_NET_ADMIN",
                             "NoNewPrivileges=yes", "ProtectSystem=strict",
                             "ReadWritePaths=-/etc/mptcp-settings -/etc/NetworkManager/conf.d -/etc/sysctl.d",
                             "RestrictAddressFamilies=AF_UNIX AF_NETLINK", "PrivateTmp=yes"})
        QVERIFY2(helper.contains(QLatin1String(line) + QLatin1Char('\n')), line);
    QVERIFY(!helper.contains(QLatin1String("@MPTCP")));
    const QString apply = QString::fromUtf8(readAll(builtFile(QStringLiteral("mptcp-settings-apply.service"))));
    for (const char *line : {"Type=oneshot", "CapabilityBoundingSet=CAP_NET_ADMIN", "NoNewPrivileges=yes", "WantedBy=multi-user.target"})
        QVERIFY2(apply.contains(QLatin1String(line) + QLatin1Char('\n')), line);
    QVERIFY(apply.contains(QLatin1String("mptcp-settings-helper --apply-saved\n")));
}

void TestHelperFiles::installPutsFilesWhereDistributionsLook()
{
    // DESTDIR keeps even absolute destinations (the systemd unit dir) inside the scratch dir.
    QTemporaryDir dest;
    QProcess install;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DESTDIR"), dest.path());
    install.setProcessEnvironment(env);
    install.setProcessChannelMode(QProcess::MergedChannels);
    install.start(QStringLiteral(MPTCP_CMAKE_COMMAND),
                  {QStringLiteral("--install"), qEnvironmentVariable("MPTCP_BINARY_DIR"), QStringLiteral("--component"),
                   QStringLiteral("helper")});
    QVERIFY(install.waitForFinished(60000));
    const QString log = QString::fromLocal8Bit(install.readAll());
    QVERIFY2(install.exitCode() == 0, qPrintable(log));
    const QString prefix = dest.path() + QStringLiteral(MPTCP_INSTALL_PREFIX);
    const QStringList expected{
        prefix + QStringLiteral("/" MPTCP_INSTALL_LIBEXECDIR "/mptcp-settings-helper"),
        prefix + QStringLiteral("/share/dbus-1/system.d/org.mptcp.Settings.Helper1.conf"),
        prefix + QStringLiteral("/share/dbus-1/system-services/org.mptcp.Settings.Helper1.service"),
        prefix + QStringLiteral("/share/polkit-1/actions/org.mptcp.settings.policy"),
        dest.path() + QStringLiteral(MPTCP_SYSTEMD_UNIT_DIR "/mptcp-settings-helper.service"),
        dest.path() + QStringLiteral(MPTCP_SYSTEMD_UNIT_DIR "/mptcp-settings-apply.service"),
    };
    for (const QString &path : expected)
        QVERIFY2(QFile::exists(path), qPrintable(path + QStringLiteral(" missing; install log:\n") + log));
    // The activation file points at the installed binary.
    const QString activation = QString::fromUtf8(readAll(expected.at(2)));
    QVERIFY(activation.contains(QStringLiteral("Exec=" MPTCP_INSTALL_PREFIX "/" MPTCP_INSTALL_LIBEXECDIR "/mptcp-settings-helper\n")));
}

QTEST_GUILESS_MAIN(TestHelperFiles)
#include "tst_helper_files.moc"
