// The org.kde.StatusNotifierItem interface of a TrayIcon, and the D-Bus structures
// its ToolTip and pixmap properties use (KDE's StatusNotifierItem specification).
#pragma once

#include <QByteArray>
#include <QDBusAbstractAdaptor>
#include <QDBusArgument>
#include <QDBusObjectPath>
#include <QList>
#include <QMetaType>
#include <QString>

namespace mptcp::activity {

class TrayIcon;

// (iiay): ARGB32 in network byte order.
struct SniImage {
    int width = 0;
    int height = 0;
    QByteArray data;
};
using SniImageList = QList<SniImage>;

// (sa(iiay)ss): icon name, icon pixmaps, title, description.
struct SniToolTip {
    QString iconName;
    SniImageList images;
    QString title;
    QString description;
};

QDBusArgument &operator<<(QDBusArgument &arg, const SniImage &image);
const QDBusArgument &operator>>(const QDBusArgument &arg, SniImage &image);
QDBusArgument &operator<<(QDBusArgument &arg, const SniToolTip &tip);
const QDBusArgument &operator>>(const QDBusArgument &arg, SniToolTip &tip);
void registerSniTypes();

class StatusNotifierItemAdaptor : public QDBusAbstractAdaptor {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.kde.StatusNotifierItem")
    Q_PROPERTY(QString Category READ category)
    Q_PROPERTY(QString Id READ id)
    Q_PROPERTY(QString Title READ title)
    Q_PROPERTY(QString Status READ status)
    Q_PROPERTY(int WindowId READ windowId)
    Q_PROPERTY(QString IconName READ iconName)
    Q_PROPERTY(mptcp::activity::SniImageList IconPixmap READ iconPixmap)
    Q_PROPERTY(QString OverlayIconName READ overlayIconName)
    Q_PROPERTY(QString AttentionIconName READ attentionIconName)
    Q_PROPERTY(mptcp::activity::SniToolTip ToolTip READ toolTip)
    Q_PROPERTY(bool ItemIsMenu READ itemIsMenu)

public:
    explicit StatusNotifierItemAdaptor(TrayIcon *icon);

    QString category() const { return QStringLiteral("ApplicationStatus"); }
    QString id() const { return QStringLiteral("mptcp-settings"); }
    QString title() const;
    QString status() const;
    int windowId() const { return 0; }
    QString iconName() const;
    SniImageList iconPixmap() const { return {}; }
    QString overlayIconName() const { return {}; }
    QString attentionIconName() const;
    SniToolTip toolTip() const;
    bool itemIsMenu() const { return false; }

public Q_SLOTS:
    void Activate(int x, int y);
    void SecondaryActivate(int x, int y);
    // No menu is exported: a right click raises the window like a left click.
    void ContextMenu(int x, int y);

Q_SIGNALS:
    void NewTitle();
    void NewIcon();
    void NewAttentionIcon();
    void NewOverlayIcon();
    void NewToolTip();
    void NewStatus(const QString &status);

private:
    TrayIcon *m_icon;
};

} // namespace mptcp::activity

Q_DECLARE_METATYPE(mptcp::activity::SniImage)
Q_DECLARE_METATYPE(mptcp::activity::SniToolTip)
