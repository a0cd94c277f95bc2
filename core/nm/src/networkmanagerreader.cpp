#include "mptcp/nm/networkmanagerreader.h"

#include "libnmmodule.h"
#include "logging.h"

#include <QAbstractEventDispatcher>
#include <QTimer>

namespace mptcp::nm {

namespace {

explain::NmVersion parseVersion(const QString &text)
{
    const QStringList parts = text.split(u'.');
    explain::NmVersion v;
    v.major = parts.value(0).toInt();
    v.minor = parts.value(1).toInt();
    v.micro = parts.value(2).toInt();
    return v;
}

} // namespace

struct NetworkManagerReader::Impl final : libnm::Host {
    NetworkManagerReader *q;
    std::unique_ptr<libnm::Client> client; // once the libnm module is loaded
    QString error; // why there is no client (no GLib event loop, module missing)

    explicit Impl(NetworkManagerReader *owner)
        : q(owner)
    {
    }

    void changed() override { Q_EMIT q->changed(); }

    void moduleLoaded()
    {
        if (client || !error.isEmpty())
            return;
        if (const libnm::Api *api = LibnmModule::api()) {
            client.reset(api->createClient(this));
        } else {
            error = LibnmModule::unavailableText();
            Q_EMIT q->changed();
        }
    }

    void finishLater(const Done &done, const QString &message)
    {
        QTimer::singleShot(0, q, [done, message] {
            done(NmChangeResult { NmChangeResult::Outcome::Failed, message });
        });
    }
};

void NetworkManagerReader::holdBack()
{
    LibnmModule::holdBack();
}

void NetworkManagerReader::release()
{
    LibnmModule::release();
}

NetworkManagerReader::NetworkManagerReader(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Impl>(this))
{
    // libnm delivers its signals through the GLib main context; Qt only runs it when its
    // Linux event dispatcher is the GLib one (not with QT_NO_GLIB=1).
    QAbstractEventDispatcher *dispatcher = QAbstractEventDispatcher::instance(thread());
    if (!dispatcher || !dispatcher->inherits("QEventDispatcherGlib")) {
        d->error = tr("The Qt event loop does not run GLib (QT_NO_GLIB is set?): NetworkManager cannot be "
                      "followed");
        qCWarning(lcNm) << d->error;
        return;
    }
    // libnm and its libraries load on another thread; the client starts once they are in.
    connect(
        LibnmModule::notifier(), &LibnmModule::loaded, this, [this] { d->moduleLoaded(); }, Qt::QueuedConnection);
    LibnmModule::start();
    if (LibnmModule::finished())
        d->moduleLoaded();
}

NetworkManagerReader::~NetworkManagerReader() = default;

bool NetworkManagerReader::isRunning() const
{
    return d->client && d->client->isRunning();
}

bool NetworkManagerReader::isReady() const
{
    return !d->error.isEmpty() || (d->client && d->client->isReady());
}

QString NetworkManagerReader::versionText() const
{
    return d->client ? d->client->versionText() : QString();
}

explain::NmVersion NetworkManagerReader::version() const
{
    return parseVersion(versionText());
}

bool NetworkManagerReader::mptcpSupported() const
{
    return isRunning() && version().atLeast(1, 40);
}

QString NetworkManagerReader::statusText() const
{
    if (!d->error.isEmpty())
        return d->error;
    if (!isReady())
        return tr("Connecting to NetworkManager…");
    if (!d->client->error().isEmpty())
        return d->client->error();
    if (!isRunning())
        return tr("NetworkManager is not running");
    if (!mptcpSupported())
        return tr("MPTCP auto-configuration not supported by this version (NetworkManager %1, needs 1.40)")
            .arg(versionText());
    return {};
}

QList<NmDevice> NetworkManagerReader::devices() const
{
    return d->client ? d->client->devices() : QList<NmDevice> {};
}

void NetworkManagerReader::setConnectionMptcpFlags(const QString &uuid, quint32 flags, Done done)
{
    if (!isRunning())
        return d->finishLater(done, tr("NetworkManager is not running"));
    d->client->setConnectionMptcpFlags(uuid, flags, std::move(done));
}

void NetworkManagerReader::reactivate(const QString &uuid, Done done)
{
    if (!isRunning())
        return d->finishLater(done, tr("NetworkManager is not running"));
    d->client->reactivate(uuid, std::move(done));
}

} // namespace mptcp::nm
