// LabController: drives the Wi-Fi + LTE lab (core/lab/lab.sh) for the GUI's
// `--demo` and the CLI. Every operation runs lab.sh in a QProcess: nothing here
// blocks the calling thread. Operations are queued and run one after another.
#pragma once

#include <QMap>
#include <QObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QQueue>
#include <QString>
#include <QStringList>

class QTimer;

namespace mptcp::lab {

// What a client needs to talk to the lab: the private system bus (NetworkManager,
// the helper) and the laptop's network namespace (kernel state, sockets).
struct LabEnvironment {
    QString busAddress;   // DBUS_SYSTEM_BUS_ADDRESS of the lab
    QString netns;        // name, as in `ip -n NAME`
    QString netnsPath;    // /run/netns/NAME, for setns()/nsenter --net=
    QString routerNetns;  // the "server" side
    QString server4;      // 198.51.100.1
    QString server6;      // 2001:db8:ffff::1
    quint16 port = 0;     // the MPTCP server's port
    QStringList links;    // wlan0, wwan0
    bool helper = false;  // org.mptcp.Settings.Helper1 is on the lab's bus
    QMap<QString, QString> variables; // every KEY=value line of `lab.sh env`

    [[nodiscard]] bool isValid() const { return !busAddress.isEmpty() && !netns.isEmpty(); }
    // `base` plus DBUS_SYSTEM_BUS_ADDRESS and the MPTCP_LAB_* variables, for a
    // QProcess that should act on the lab (run it in the netns: `lab.sh run`).
    [[nodiscard]] QProcessEnvironment processEnvironment(
        const QProcessEnvironment &base = QProcessEnvironment::systemEnvironment()) const;
    // Moves the CALLING THREAD into the laptop's network namespace (setns), so its
    // netlink and sock_diag sockets see the lab's kernel state; threads it starts
    // afterwards inherit it. Needs root. For `--demo`: call on the main thread
    // before the backend creates its sockets and worker threads.
    bool enterNetworkNamespace(QString *error = nullptr) const;
    // Parses `lab.sh env` / `lab.sh up` output; invalid() when the keys are missing.
    static LabEnvironment parse(const QByteArray &text);
};

// `lab.sh up` options; the defaults are the lab's (50 / 10 Mbit/s, port 5201).
struct LabUpOptions {
    bool wwanBackup = false; // LTE endpoint flagged "backup" (default: NM's default, a normal path)
    QString wifiRate;        // tc rate, e.g. "50mbit"; empty = lab default
    QString lteRate;         // e.g. "10mbit"
    int port = 0;            // 0 = lab default
};

class LabController : public QObject {
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)

public:
    enum class State {
        Unknown,  // not asked yet: call refresh()
        Down,
        Starting,
        Up,
        Stopping,
    };
    Q_ENUM(State)

    enum class Operation { Refresh, Up, Down, Traffic, StopTraffic, Cut, Restore, Status };
    Q_ENUM(Operation)

    explicit LabController(QObject *parent = nullptr);
    ~LabController() override;

    // MPTCP_LAB_SCRIPT, else the installed lab.sh, else this build's.
    static QString defaultScriptPath();
    void setScriptPath(const QString &path) { m_script = path; }
    [[nodiscard]] QString scriptPath() const { return m_script; }
    // Lab instance id (MPTCP_LAB_ID for the script); empty = the fixed default "mptcp-lab".
    void setLabId(const QString &id) { m_labId = id; }
    // Extra environment for lab.sh (e.g. MPTCP_SANDBOX_SCRIPT); added to the caller's.
    void setScriptEnvironment(const QProcessEnvironment &env) { m_extraEnv = env; }

    // `lab.sh env`: learns whether a lab is already up (e.g. from `mptcpctl lab up`).
    void refresh();
    void up(const LabUpOptions &options = LabUpOptions());
    void down();
    // Sends for `seconds` (0 = until stopTraffic()/down()); rate like "20mbit", empty = unlimited.
    void traffic(int seconds, const QString &rate = {});
    void stopTraffic();
    // wlan0 / wwan0: takes the link's far end down (failover) / brings it back.
    void cut(const QString &iface);
    void restore(const QString &iface);
    // `lab.sh status`: the text arrives with statusReady().
    void status();

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] bool isBusy() const { return m_process != nullptr || !m_queue.isEmpty(); }
    [[nodiscard]] LabEnvironment environment() const { return m_environment; }
    [[nodiscard]] QString errorString() const { return m_error; }

Q_SIGNALS:
    void stateChanged(mptcp::lab::LabController::State state);
    void busyChanged(bool busy);
    void environmentChanged();
    // Each operation ends with exactly one finished(); a failure also emits errorOccurred first.
    void finished(mptcp::lab::LabController::Operation operation, bool ok);
    void errorOccurred(mptcp::lab::LabController::Operation operation, const QString &message);
    // Progress lines of lab.sh ("lab: starting NetworkManager ..."), for a log view.
    void errorStringChanged();
    void progress(const QString &line);
    void statusReady(const QString &text);

private:
    struct Request {
        Operation operation;
        QStringList arguments;
        int timeoutMs;
    };
    void enqueue(Operation operation, const QStringList &arguments, int timeoutMs);
    void startNext();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onTimeout();
    void readProgress();
    void complete(bool ok, const QString &error);
    void setState(State state);

    QString m_script;
    QString m_labId;
    QProcessEnvironment m_extraEnv;
    QQueue<Request> m_queue;
    QProcess *m_process = nullptr;
    QTimer *m_watchdog = nullptr;
    Request m_current{Operation::Refresh, {}, 0};
    QByteArray m_stderrPending;
    QString m_stderrTail;
    State m_state = State::Unknown;
    LabEnvironment m_environment;
    QString m_error;
};

} // namespace mptcp::lab
