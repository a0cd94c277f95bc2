// DemoLab: `mptcp-settings --demo` on top of the Wi-Fi + LTE lab. Starts the lab
// without blocking the GUI thread, tells when the app can attach to it, offers the
// demo bar's actions to QML (`App.demoLab`) and takes the lab down again when the
// app quits.
#pragma once

#include "mptcp/lab/labcontroller.h"

#include <QObject>
#include <QString>
#include <QtQml/qqml.h>

namespace mptcp::gui {

class DemoLab : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use App.demoLab")
    // The app runs against the lab (false while starting and after a fallback).
    Q_PROPERTY(bool attached READ attached NOTIFY changed)
    // A lab operation is running (start, traffic, cut, restore).
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    // What the lab is doing or did last, in the user's words (translated).
    Q_PROPERTY(QString statusText READ statusText NOTIFY changed)
    // The lab script's latest progress line while it starts (English, for the curious).
    Q_PROPERTY(QString detailText READ detailText NOTIFY changed)
    // Why the demo shows example data instead of the lab; empty when it does not.
    Q_PROPERTY(QString problem READ problem NOTIFY changed)

public:
    explicit DemoLab(QObject *parent = nullptr);
    ~DemoLab() override;

    // Starts the lab (or reuses one that is up); ready() or failed() follows.
    void start();
    // Falls back to example data with `reason` shown in the window.
    void setFallback(const QString &reason);
    // Moves the calling (main) thread into the lab's network namespace, remembering
    // where it was; true once the app can create its backend on the lab.
    bool attach(const lab::LabEnvironment &environment, QString *error);
    // After the event loop ended and the backend is gone: back to the original
    // network namespace, then `lab.sh down`, waiting at most `timeoutMs`.
    bool stopAndWait(int timeoutMs);

    Q_INVOKABLE void startTraffic();
    Q_INVOKABLE void cutWifi();
    Q_INVOKABLE void restoreWifi();

    [[nodiscard]] bool attached() const { return m_attached; }
    [[nodiscard]] bool busy() const { return m_lab->isBusy(); }
    [[nodiscard]] QString statusText() const { return m_status; }
    [[nodiscard]] QString detailText() const { return m_detail; }
    [[nodiscard]] QString problem() const { return m_problem; }

Q_SIGNALS:
    void changed();
    void ready(const mptcp::lab::LabEnvironment &environment);
    void failed(const QString &reason);

private:
    void onStateChanged(lab::LabController::State state);
    void onFinished(lab::LabController::Operation operation, bool ok);
    void onProgress(const QString &line);
    void setStatus(const QString &text);

    lab::LabController *m_lab;
    bool m_started = false;   // this app asked for up(): it also takes the lab down
    bool m_attached = false;
    int m_originalNetns = -1; // fd of the namespace the app started in, while attached
    QString m_status;
    QString m_detail;
    QString m_problem;
};

} // namespace mptcp::gui
