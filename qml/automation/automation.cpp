#include "automation.h"

#include "components/colorscheme.h"

#include "mptcp/models/pendingaction.h"
#include "mptcp/models/session.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QImage>
#include <QLoggingCategory>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSocketNotifier>
#include <QTimer>

#include <cstdio>
#include <unistd.h>

namespace mptcp::gui {

Q_LOGGING_CATEGORY(lcAutomation, "mptcp.settings.automation", QtInfoMsg)

namespace {
// Long enough for layouts, delegates and palette changes to reach the scene graph.
constexpr int kSettleMs = 600;
} // namespace

Automation::Automation(models::Session *session, QQuickWindow *window, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_window(window)
    , m_notifier(new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this))
{
    connect(m_notifier, &QSocketNotifier::activated, this, &Automation::readCommands);
}

void Automation::readCommands()
{
    char buffer[4096];
    const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
    if (n <= 0) {
        // The driver went away: nobody is left to close the app.
        m_notifier->setEnabled(false);
        QCoreApplication::quit();
        return;
    }
    m_pending.append(buffer, n);
    qsizetype end;
    while ((end = m_pending.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(m_pending.left(end)).trimmed();
        m_pending.remove(0, end + 1);
        if (!line.isEmpty())
            run(line);
    }
}

void Automation::run(const QString &line)
{
    qCDebug(lcAutomation) << "command:" << line;
    const QStringList args = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QString &cmd = args.constFirst();
    if (cmd == QLatin1String("wait-loaded") && args.size() == 1) {
        replyWhenLoaded();
    } else if (cmd == QLatin1String("connection-flags") && (args.size() == 3 || args.size() == 4)) {
        const QStringList flags = args.size() == 4 ? args[3].split(QLatin1Char(','), Qt::SkipEmptyParts) : QStringList();
        replyWhenDone(m_session->setConnectionMptcp(args[1], args[2], flags));
    } else if (cmd == QLatin1String("limits") && args.size() == 3) {
        replyWhenDone(m_session->setLimits(args[1].toInt(), args[2].toInt(), false));
    } else if (cmd == QLatin1String("page") && args.size() == 2) {
        QMetaObject::invokeMethod(m_window, "openPage", Q_ARG(QVariant, QVariant(args[1])));
        reply(QStringLiteral("ok"));
    } else if (cmd == QLatin1String("text") && args.size() == 2) {
        replyText(args[1]);
    } else if (cmd == QLatin1String("size") && args.size() == 3) {
        m_window->resize(args[1].toInt(), args[2].toInt());
        reply(QStringLiteral("ok"));
    } else if (cmd == QLatin1String("color-scheme") && args.size() == 2) {
        QGuiApplication::setPalette(colorSchemePalette(args[1] == QLatin1String("dark")));
        reply(QStringLiteral("ok"));
    } else if (cmd == QLatin1String("screenshot") && args.size() == 2) {
        const QString file = args[1];
        QTimer::singleShot(kSettleMs, this, [this, file] {
            const QImage image = m_window->grabWindow();
            reply(!image.isNull() && image.save(file) ? QStringLiteral("ok") : QStringLiteral("error cannot save ") + file);
        });
    } else if (cmd == QLatin1String("quit")) {
        reply(QStringLiteral("ok"));
        QCoreApplication::quit();
    } else {
        reply(QStringLiteral("error unknown command: ") + line);
    }
}

void Automation::replyText(const QString &objectName)
{
    // The visual item tree, not the QObject one: delegates, loaded pages, the
    // footer and popups all hang below the window's root item. Hidden copies (the
    // drawer's sidebar in a wide window) do not count: the one the user sees does.
    QList<QQuickItem *> todo{m_window->contentItem()};
    while (!todo.isEmpty()) {
        QQuickItem *item = todo.takeFirst();
        if (!item->isVisible())
            continue;
        if (item->objectName() == objectName) {
            const QVariant text = item->property("text");
            if (text.isValid()) {
                reply(QStringLiteral("ok ") + text.toString().replace(QLatin1Char('\n'), QLatin1Char(' ')));
                return;
            }
        }
        todo.append(item->childItems());
    }
    reply(QStringLiteral("error no visible item with a text named ") + objectName);
}

void Automation::replyWhenDone(models::PendingAction *action)
{
    // Session actions hand their result object to the caller (QML owns it there).
    action->setParent(this);
    auto done = [this, action] {
        reply(action->succeeded() ? QStringLiteral("ok") : QStringLiteral("error ") + action->errorString());
        action->deleteLater();
    };
    if (!action->running())
        done();
    else
        connect(action, &models::PendingAction::finished, this, done);
}

void Automation::replyWhenLoaded()
{
    if (m_session->loaded()) {
        reply(QStringLiteral("ok"));
        return;
    }
    auto *guard = new QObject(this);
    connect(m_session, &models::Session::stateChanged, guard, [this, guard] {
        if (!m_session->loaded())
            return;
        reply(QStringLiteral("ok"));
        guard->deleteLater();
    });
}

void Automation::reply(const QString &text)
{
    qCDebug(lcAutomation) << "reply:" << text;
    std::fprintf(stdout, "%s\n", qPrintable(text));
    std::fflush(stdout);
}

} // namespace mptcp::gui
