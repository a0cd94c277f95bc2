// libnm lives in a module (plugins/mptcp-settings-libnm.so) that programs load when they
// first need NetworkManager. Where it is looked for, and what a reader says when the
// module is there but cannot be loaded: a plain error, ready at once, and nothing that
// pretends to have checked flags with NetworkManager's rules.
#include "mptcp/nm/mptcpflags.h"
#include "mptcp/nm/networkmanagerreader.h"
#include "mptcp/plugin/plugin.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using mptcp::nm::NetworkManagerReader;
using mptcp::nm::NmChangeResult;

class TestNmModule : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void looksInTheOverrideThenTheBuildTreeThenBesideTheProgram()
    {
        qputenv("MPTCP_SETTINGS_PLUGIN_DIR", "/nonexistent/override");
        const std::vector<std::string> c = mptcp::plugin::candidates("x.so");
        qunsetenv("MPTCP_SETTINGS_PLUGIN_DIR");
        QVERIFY(c.size() >= 3);
        QCOMPARE(QString::fromStdString(c[0]), QStringLiteral("/nonexistent/override/x.so"));
        // This test runs from the build tree: its plugins directory comes next.
        QCOMPARE(
            QString::fromStdString(c[1]), qEnvironmentVariable("MPTCP_BINARY_DIR") + QStringLiteral("/plugins/x.so"));
        QVERIFY2(QString::fromStdString(c.back()).endsWith(QLatin1String("/mptcp-settings/x.so")), c.back().c_str());

        const mptcp::plugin::Module none = mptcp::plugin::open("no-such-module.so");
        QVERIFY(!none.handle);
        QVERIFY2(
            QString::fromStdString(none.error).startsWith(QLatin1String("no-such-module.so not found (looked in /")),
            none.error.c_str());
    }

    void anEntryPointAndItsAbiAreChecked()
    {
        // The real module from the build tree: found, but asked for an entry point it
        // lacks, or for another ABI than it reports.
        struct AnyApi {
            int abi;
        };
        std::string error;
        QVERIFY(!mptcp::plugin::openApi<AnyApi>("mptcp-settings-libnm.so", "no_such_entry", 1, &error));
        QVERIFY2(QString::fromStdString(error).endsWith(QLatin1String("/mptcp-settings-libnm.so: no no_such_entry")),
            error.c_str());
        QVERIFY(!mptcp::plugin::openApi<AnyApi>("mptcp-settings-libnm.so", "mptcp_settings_libnm_api", -1, &error));
        QVERIFY2(QString::fromStdString(error).endsWith(
                     QLatin1String("/mptcp-settings-libnm.so: built for another version of this program")),
            error.c_str());
        const mptcp::plugin::Entry entry
            = mptcp::plugin::callEntry("mptcp-settings-libnm.so", "mptcp_settings_libnm_api");
        QVERIFY2(entry.table, entry.error.c_str());
        const int abi = static_cast<const AnyApi *>(entry.table)->abi;
        QCOMPARE(mptcp::plugin::openApi<AnyApi>("mptcp-settings-libnm.so", "mptcp_settings_libnm_api", abi, &error),
            entry.table);
    }

    void aBrokenModuleIsReportedNotGuessedAround()
    {
        // Found first through the override, and broken: the reader must not fall back
        // to another copy silently, nor hang in "Connecting".
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("mptcp-settings-libnm.so"));
        QFile fake(path);
        QVERIFY(fake.open(QIODevice::WriteOnly));
        fake.write("not an ELF file\n");
        fake.close();
        qputenv("MPTCP_SETTINGS_PLUGIN_DIR", dir.path().toUtf8());

        NetworkManagerReader reader;
        QTRY_VERIFY(reader.isReady());
        QVERIFY(!reader.isRunning());
        QVERIFY(reader.devices().isEmpty());
        const QString status = reader.statusText();
        QVERIFY2(status.startsWith(QLatin1String("NetworkManager support is not installed: ")), qPrintable(status));
        QVERIFY2(status.contains(path), qPrintable(status));

        // Flags cannot be checked with libnm's rules: refused, with the reason.
        const QString problem = mptcp::nm::mptcpFlagsProblem(0x22);
        QVERIFY2(problem.startsWith(QLatin1String("NetworkManager support is not installed")), qPrintable(problem));

        std::optional<NmChangeResult> result;
        reader.setConnectionMptcpFlags(
            QStringLiteral("00000000-0000-4000-8000-000000000000"), 0x22, [&](const NmChangeResult &r) { result = r; });
        QTRY_VERIFY(result.has_value());
        QCOMPARE(result->outcome, NmChangeResult::Outcome::Failed);
    }
};

QTEST_GUILESS_MAIN(TestNmModule)
#include "tst_nmmodule.moc"
