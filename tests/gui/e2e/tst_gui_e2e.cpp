// End to end: the real mptcp-settings process (`--demo`) under Xvfb, on the Wi-Fi +
// LTE lab (a real NetworkManager, polkitd and the D-Bus-activated helper on the
// lab's private system bus, the kernel in the lab's netns). The test drives the
// app through its `--automation` stdin hook, which calls the same Session methods
// the QML controls call, and checks the kernel's endpoint table and limits.
#include "sandbox.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <signal.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using mptcp::test::Sandbox;

namespace {

constexpr int kActionTimeoutMs = 20000;
constexpr int kStartTimeoutMs = 45000;

QString requirements()
{
    QString why = Sandbox::unavailableReason();
    if (why.isEmpty() && QStandardPaths::findExecutable(u"Xvfb"_s).isEmpty())
        why = u"Xvfb not found (package xvfb)"_s;
    if (why.isEmpty() && QStandardPaths::findExecutable(u"dbus-run-session"_s).isEmpty())
        why = u"dbus-run-session not found"_s;
    if (why.isEmpty() && !QFile::exists(QStringLiteral(MPTCP_E2E_HELPER)))
        why = QStringLiteral("the helper is not built: " MPTCP_E2E_HELPER);
    return why;
}

} // namespace

class TestGuiEndToEnd : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void demoTextsSayItIsTheLab();
    void limitsReachKernel();
    void connectionOffRemovesEndpoint();
    void connectionOnWithBackup();
    void screenshots();
    void cleanupTestCase();

private:
    // One command to the app; its reply line ("ok" or "error ...").
    QString command(const QString &line, int timeoutMs = kActionTimeoutMs);
    QString labScript(const QStringList &args, int *exitCode = nullptr);
    QString ipInLab(const QStringList &args);
    // Polls `ip -n NS mptcp ...` until `accept` holds or the timeout passes.
    bool waitForKernel(const QStringList &args, const std::function<bool(const QString &)> &accept, QString *last);
    void stopXvfb();

    QString m_labId = u"gui-e2e-%1"_s.arg(::getpid());
    QProcess m_xvfb;
    QProcess m_app;
    QByteArray m_out;
    QString m_display;
    QString m_netns;
    QString m_bus;
    QString m_wifiUuid;
};

QString TestGuiEndToEnd::labScript(const QStringList &args, int *exitCode)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"MPTCP_LAB_ID"_s, m_labId);
    p.setProcessEnvironment(env);
    p.start(u"bash"_s, QStringList{QStringLiteral(MPTCP_E2E_LAB_SCRIPT)} + args);
    p.waitForFinished(90000);
    if (exitCode)
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString TestGuiEndToEnd::ipInLab(const QStringList &args)
{
    QString out;
    mptcp::test::run(u"ip"_s, QStringList{u"-n"_s, m_netns} + args, &out);
    return out;
}

bool TestGuiEndToEnd::waitForKernel(const QStringList &args, const std::function<bool(const QString &)> &accept,
                                    QString *last)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < kActionTimeoutMs) {
        *last = ipInLab(args);
        if (accept(*last))
            return true;
        QTest::qWait(200);
    }
    return false;
}

QString TestGuiEndToEnd::command(const QString &line, int timeoutMs)
{
    m_app.write(line.toUtf8() + '\n');
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        // Output may already sit in QProcess's buffer (read while the test waited
        // in an event loop); waitForReadyRead() only reports new data.
        m_out += m_app.readAllStandardOutput();
        const qsizetype end = m_out.indexOf('\n');
        if (end >= 0) {
            const QString reply = QString::fromUtf8(m_out.left(end)).trimmed();
            m_out.remove(0, end + 1);
            return reply;
        }
        if (m_app.state() != QProcess::Running)
            return u"error the app exited (see "_s + QStringLiteral(MPTCP_E2E_ARTIFACTS "/app.log)");
        m_app.waitForReadyRead(200);
    }
    return u"error no reply to: "_s + line;
}

void TestGuiEndToEnd::initTestCase()
{
    // Xvfb on a display nobody uses (the lock file is Xvfb's own claim).
    for (int n = 100 + ::getpid() % 400; n < 1000 && m_display.isEmpty(); ++n) {
        if (QFile::exists(u"/tmp/.X%1-lock"_s.arg(n)))
            continue;
        m_xvfb.start(u"Xvfb"_s, {u":%1"_s.arg(n), u"-screen"_s, u"0"_s, u"1280x1024x24"_s, u"-nolisten"_s, u"tcp"_s});
        QVERIFY(m_xvfb.waitForStarted());
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 5000 && m_xvfb.state() == QProcess::Running
               && !QFile::exists(u"/tmp/.X11-unix/X%1"_s.arg(n)))
            QTest::qWait(50);
        if (m_xvfb.state() == QProcess::Running)
            m_display = u":%1"_s.arg(n);
    }
    QVERIFY2(!m_display.isEmpty(), "Xvfb did not start");

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"DISPLAY"_s, m_display);
    env.insert(u"QT_QPA_PLATFORM"_s, u"xcb"_s);
    env.insert(u"MPTCP_LAB_ID"_s, m_labId);
    env.insert(u"LC_ALL"_s, u"C"_s);
    env.insert(u"LANGUAGE"_s, u"en"_s);
    env.insert(u"QT_LOGGING_RULES"_s, u"mptcp.*.debug=true"_s);
    m_app.setProcessEnvironment(env);
    // The app's log (with the backend's and the lab's debug lines) is an artefact too.
    QVERIFY(QDir().mkpath(QStringLiteral(MPTCP_E2E_ARTIFACTS)));
    m_app.setStandardErrorFile(QStringLiteral(MPTCP_E2E_ARTIFACTS "/app.log"));
    m_app.start(u"dbus-run-session"_s, {u"--"_s, QStringLiteral(MPTCP_E2E_APP), u"--demo"_s, u"--automation"_s,
                                        u"--color-scheme"_s, u"light"_s, u"--size"_s, u"1040x720"_s});
    QVERIFY(m_app.waitForStarted());

    // The main window (and with it the automation hook) appears once the lab is up.
    const QString loaded = command(u"wait-loaded"_s, kStartTimeoutMs);
    QCOMPARE(loaded, u"ok"_s);

    const QString labEnv = labScript({u"env"_s});
    for (const QString &l : labEnv.split(u'\n')) {
        if (l.startsWith(u"MPTCP_LAB_NETNS="_s))
            m_netns = l.mid(l.indexOf(u'=') + 1);
        else if (l.startsWith(u"DBUS_SYSTEM_BUS_ADDRESS="_s))
            m_bus = l.mid(l.indexOf(u'=') + 1);
    }
    QVERIFY2(!m_netns.isEmpty() && !m_bus.isEmpty(), qPrintable(labEnv));

    QProcess nmcli;
    QProcessEnvironment nmEnv = QProcessEnvironment::systemEnvironment();
    nmEnv.insert(u"DBUS_SYSTEM_BUS_ADDRESS"_s, m_bus);
    nmcli.setProcessEnvironment(nmEnv);
    nmcli.start(u"nmcli"_s, {u"-t"_s, u"-f"_s, u"UUID,DEVICE"_s, u"connection"_s, u"show"_s, u"--active"_s});
    QVERIFY(nmcli.waitForFinished(10000));
    for (const QString &l : QString::fromUtf8(nmcli.readAllStandardOutput()).split(u'\n')) {
        if (l.endsWith(u":wlan0"_s))
            m_wifiUuid = l.section(u':', 0, 0);
    }
    QVERIFY2(!m_wifiUuid.isEmpty(), "no active connection on wlan0");

    // NetworkManager's default gives wlan0 a kernel endpoint: the starting point.
    QString last;
    QVERIFY2(waitForKernel({u"mptcp"_s, u"endpoint"_s, u"show"_s},
                           [](const QString &o) { return o.contains(u"dev wlan0"_s); }, &last),
             qPrintable(last));
}

void TestGuiEndToEnd::demoTextsSayItIsTheLab()
{
    // On the running lab changes are real (in the lab): not the example data's note.
    QCOMPARE(command(u"text demoNote"_s),
             u"ok Demo lab: changes apply only to the lab's network namespace, not to this computer."_s);
    QCOMPARE(command(u"text demoStatus"_s), u"ok Demo lab: Wi-Fi and LTE are connected."_s);
}

void TestGuiEndToEnd::connectionOffRemovesEndpoint()
{
    QCOMPARE(command(u"connection-flags %1 off"_s.arg(m_wifiUuid)), u"ok"_s);
    QString last;
    QVERIFY2(waitForKernel({u"mptcp"_s, u"endpoint"_s, u"show"_s},
                           [](const QString &o) { return !o.contains(u"dev wlan0"_s); }, &last),
             qPrintable(last));
}

void TestGuiEndToEnd::connectionOnWithBackup()
{
    QCOMPARE(command(u"connection-flags %1 on subflow,backup"_s.arg(m_wifiUuid)), u"ok"_s);
    QString last;
    QVERIFY2(waitForKernel({u"mptcp"_s, u"endpoint"_s, u"show"_s},
                           [](const QString &o) {
                               for (const QString &l : o.split(u'\n')) {
                                   if (l.contains(u"dev wlan0"_s) && l.contains(u"backup"_s))
                                       return true;
                               }
                               return false;
                           },
                           &last),
             qPrintable(last));
}

void TestGuiEndToEnd::limitsReachKernel()
{
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(command(u"limits 5 3"_s), u"ok"_s);
    qInfo("limits applied through the helper in %lld ms", static_cast<long long>(timer.elapsed()));
    QString last;
    QVERIFY2(waitForKernel({u"mptcp"_s, u"limits"_s, u"show"_s},
                           [](const QString &o) {
                               return o.contains(u"subflows 5"_s) && o.contains(u"add_addr_accepted 3"_s);
                           },
                           &last),
             qPrintable(last));
}

void TestGuiEndToEnd::screenshots()
{
    const QString dir = QStringLiteral(MPTCP_E2E_ARTIFACTS);
    QVERIFY(QDir().mkpath(dir));
    const QStringList pages{u"overview"_s, u"interfaces"_s, u"endpoints"_s, u"limits"_s, u"activity"_s, u"diagnostics"_s};
    const QList<QSize> sizes{QSize(1040, 720), QSize(480, 800)};
    for (const QString &scheme : {u"light"_s, u"dark"_s}) {
        QCOMPARE(command(u"color-scheme "_s + scheme), u"ok"_s);
        for (const QSize &size : sizes) {
            QCOMPARE(command(u"size %1 %2"_s.arg(size.width()).arg(size.height())), u"ok"_s);
            for (const QString &page : pages) {
                QCOMPARE(command(u"page "_s + page), u"ok"_s);
                const QString file = u"%1/%2-%3-%4.png"_s.arg(dir, page, scheme,
                                                               size.width() < 720 ? u"narrow"_s : u"wide"_s);
                QFile::remove(file);
                QCOMPARE(command(u"screenshot "_s + file), u"ok"_s);
                const QImage image(file);
                QVERIFY2(!image.isNull(), qPrintable(file));
                QCOMPARE(image.size(), size);
                // Dark screenshots are mostly dark (the palette change reached QML).
                const QColor corner = image.pixelColor(image.width() - 4, image.height() / 2);
                QVERIFY2((scheme == u"dark"_s) == (corner.lightnessF() < 0.5), qPrintable(file));
            }
        }
    }
}

// The app itself, child of the dbus-run-session that m_app started.
static pid_t appPid(qint64 sessionPid)
{
    QFile children(u"/proc/%1/task/%1/children"_s.arg(sessionPid));
    if (!children.open(QIODevice::ReadOnly))
        return 0;
    const QString app = QFileInfo(QStringLiteral(MPTCP_E2E_APP)).canonicalFilePath();
    for (const QByteArray &pid : children.readAll().split(' ')) {
        if (!pid.trimmed().isEmpty() && QFileInfo(u"/proc/%1/exe"_s.arg(QString::fromLatin1(pid.trimmed()))).canonicalFilePath() == app)
            return static_cast<pid_t>(pid.trimmed().toInt());
    }
    return 0;
}

void TestGuiEndToEnd::cleanupTestCase()
{
    bool quitBySignal = false;
    if (m_app.state() == QProcess::Running) {
        // As a user's Ctrl+C or logout ends it: the app must still take the lab it
        // started down before exiting.
        if (const pid_t pid = appPid(m_app.processId()); pid > 0 && ::kill(pid, SIGTERM) == 0)
            quitBySignal = true;
        else
            command(u"quit"_s, 5000);
        if (!m_app.waitForFinished(90000)) {
            ::kill(static_cast<pid_t>(m_app.processId()), SIGTERM);
            m_app.waitForFinished(5000);
        }
    }
    int code = 0;
    labScript({u"status"_s}, &code);
    const bool stillUp = code == 0;
    if (stillUp)
        labScript({u"down"_s});
    stopXvfb();
    QVERIFY2(!stillUp, "the app left its demo lab up");
    QVERIFY2(quitBySignal, "the app's process was not found to send it SIGTERM");
}

void TestGuiEndToEnd::stopXvfb()
{
    if (m_xvfb.state() != QProcess::Running)
        return;
    ::kill(static_cast<pid_t>(m_xvfb.processId()), SIGTERM);
    m_xvfb.waitForFinished(5000);
}

MPTCP_TEST_MAIN_REQUIRING(TestGuiEndToEnd, requirements())

#include "tst_gui_e2e.moc"
