// A tray icon as a StatusNotifierItem (the org.kde.StatusNotifierItem D-Bus
// interface that KDE, GNOME's AppIndicator extension, waybar and others host):
// the one-line summary as title and tooltip, Passive/Active/NeedsAttention status,
// and a click on it raises the app's window (activateRequested).
//
// Without a StatusNotifierWatcher on the session bus `available` stays false; the
// icon registers itself when a watcher appears later (no polling).
#pragma once

#include <QDBusConnection>
#include <QObject>
#include <QString>

class QDBusServiceWatcher;

namespace mptcp::activity {

class StatusNotifierItemAdaptor;

class TrayIcon : public QObject {
    Q_OBJECT
    // Persisted (QSettings "mptcp-settings", key tray/enabled).
    Q_PROPERTY(bool enabled READ enabled WRITE setEnabled NOTIFY enabledChanged)
    // Registered with a StatusNotifierWatcher: the icon is shown somewhere.
    Q_PROPERTY(bool available READ available NOTIFY availableChanged)
    Q_PROPERTY(QString summary READ summary WRITE setSummary NOTIFY summaryChanged)
    Q_PROPERTY(int connectionCount READ connectionCount WRITE setConnectionCount NOTIFY statusChanged)
    Q_PROPERTY(int fallbackCount READ fallbackCount WRITE setFallbackCount NOTIFY statusChanged)
    // "Passive" (no connection), "Active", "NeedsAttention" (fallbacks to TCP).
    Q_PROPERTY(QString status READ status NOTIFY statusChanged)
    Q_PROPERTY(QString iconName READ iconName WRITE setIconName NOTIFY iconNameChanged)

public:
    explicit TrayIcon(const QDBusConnection &bus = QDBusConnection::sessionBus(), QObject *parent = nullptr);
    ~TrayIcon() override;

    bool enabled() const { return m_enabled; }
    void setEnabled(bool on);
    bool available() const { return m_available; }
    QString summary() const { return m_summary; }
    void setSummary(const QString &summary);
    int connectionCount() const { return m_connectionCount; }
    void setConnectionCount(int count);
    int fallbackCount() const { return m_fallbackCount; }
    void setFallbackCount(int count);
    QString status() const;
    QString iconName() const { return m_iconName; }
    void setIconName(const QString &name);
    // The bus name this item is registered under ("org.kde.StatusNotifierItem-PID-N").
    QString serviceName() const { return m_serviceName; }

    static constexpr const char *ObjectPath = "/StatusNotifierItem";

Q_SIGNALS:
    void enabledChanged();
    void availableChanged();
    void summaryChanged();
    void statusChanged();
    void iconNameChanged();
    // The user clicked the icon: raise the main window.
    void activateRequested(int x, int y);
    // Middle click.
    void secondaryActivateRequested(int x, int y);

private:
    friend class StatusNotifierItemAdaptor;
    void start();
    void stop();
    void registerWithWatcher();
    void setAvailable(bool available);

    QDBusConnection m_bus;
    QDBusServiceWatcher *m_watcher = nullptr;
    StatusNotifierItemAdaptor *m_adaptor = nullptr;
    QString m_serviceName;
    bool m_enabled = true;
    bool m_exported = false;
    bool m_nameOwned = false;
    bool m_available = false;
    QString m_summary;
    int m_connectionCount = 0;
    int m_fallbackCount = 0;
    QString m_iconName = QStringLiteral("org.mptcp.Settings");
};

} // namespace mptcp::activity
