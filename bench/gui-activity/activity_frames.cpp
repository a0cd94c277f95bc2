// Frame times of the Activity page while its list updates. Loads ActivityPage (the
// app's QML module) into a window, renders continuously while scrolling the list
// slowly, and every 500 ms applies a snapshot to its ConnectionsModel: first
// `--seconds` with an empty model, then as long with N connections (two subflows
// each) whose byte counters change on every snapshot, so every row is updated.
// As in the app, a worker thread prepares each reading (rows diffed against the
// previous reading, traffic summed per interface); what is measured is what the GUI
// thread pays: applying the prepared rows, the model signals, the delegates and the
// rendering. The basic render loop keeps everything on the GUI
// thread, so a slow update shows as a long frame.
// Prints one JSON object: {"empty": {...}, "full": {...}} with frames, p50, p99, max (ms),
// and "apply": the time of ConnectionsModel::applyReading alone in the full phase.
#include "appcontext.h"

#include "mptcp/activity/connectionsmodel.h"
#include "mptcp/models/fakebackend.h"
#include "mptcp/models/session.h"
#include "synthetic.h"

#include <QGuiApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QQmlEngine>
#include <QQmlEngineExtensionPlugin>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickView>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

Q_IMPORT_QML_PLUGIN(Mptcp_SettingsPlugin)

using namespace mptcp;

namespace {

// The activity tests' synthetic connections (tests/unit/activity/synthetic.h), with
// RTT and cwnd set so the subflow rows show every column.
sockdiag::Subflow benchSubflow(std::uint64_t cookie, const std::string &ifname, std::uint64_t bytes, bool backup)
{
    sockdiag::Subflow s = test::subflow(cookie, ifname, bytes, bytes / 4, backup);
    s.tcp.rttUs = 12000;
    s.tcp.cwnd = 10;
    return s;
}

sockdiag::Snapshot makeSnapshot(int connections, int generation)
{
    sockdiag::Snapshot snapshot;
    snapshot.connections.reserve(static_cast<std::size_t>(connections));
    for (int i = 1; i <= connections; ++i) {
        const auto cookie = static_cast<std::uint64_t>(i);
        const std::uint64_t bytes = 1000 * cookie + 65536 * static_cast<std::uint64_t>(generation);
        snapshot.connections.push_back(test::connection(cookie, {benchSubflow(cookie * 10 + 1, "wlan0", bytes, false),
                                                                 benchSubflow(cookie * 10 + 2, "wwan0", bytes / 2, true)}));
    }
    return snapshot;
}

struct Stats {
    std::size_t frames = 0;
    double p50 = 0, p99 = 0, max = 0;
};

Stats stats(std::vector<double> intervals)
{
    Stats s;
    s.frames = intervals.size();
    if (intervals.empty())
        return s;
    std::sort(intervals.begin(), intervals.end());
    const auto at = [&](double q) { return intervals[std::min(intervals.size() - 1, static_cast<std::size_t>(q * double(intervals.size())))]; };
    s.p50 = at(0.50);
    s.p99 = at(0.99);
    s.max = intervals.back();
    return s;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QSG_RENDER_LOOP", "basic");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption count(QStringLiteral("connections"), QStringLiteral("Connections in the full phase."), QStringLiteral("n"), QStringLiteral("10000"));
    const QCommandLineOption seconds(QStringLiteral("seconds"), QStringLiteral("Length of each phase."), QStringLiteral("s"), QStringLiteral("10"));
    parser.addOptions({count, seconds});
    parser.addHelpOption();
    parser.process(app);
    const int connections = parser.value(count).toInt();
    const int phaseMs = parser.value(seconds).toInt() * 1000;

    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    models::FakeBackend backend;
    models::Session session(&backend);
    gui::AppContext::setup(&session, {});

    activity::ConnectionsModel model;
    model.setInterfaceTypes({{QStringLiteral("wlan0"), QStringLiteral("wifi")}, {QStringLiteral("wwan0"), QStringLiteral("mobile")}});
    const std::vector<sockdiag::Snapshot> full{makeSnapshot(connections, 1), makeSnapshot(connections, 2)};

    QQuickView view;
    view.engine()->addImportPath(QStringLiteral("qrc:/qt/qml"));
    view.setInitialProperties({{QStringLiteral("model"), QVariant::fromValue(&model)}, {QStringLiteral("sampling"), false}});
    view.setResizeMode(QQuickView::SizeRootObjectToView);
    view.resize(1040, 720);
    view.setSource(QUrl(QStringLiteral("qrc:/qt/qml/Mptcp/Settings/pages/activity/ActivityPage.qml")));
    if (view.status() != QQuickView::Ready) {
        for (const auto &e : view.errors())
            std::fprintf(stderr, "%s\n", qPrintable(e.toString()));
        return 1;
    }
    auto *list = view.rootObject()->findChild<QQuickItem *>(QStringLiteral("connectionList"));
    if (!list)
        return 1;
    view.show();

    // The worker: prepares the next reading while the GUI thread renders.
    QThread worker;
    QObject preparer;
    preparer.moveToThread(&worker);
    worker.start();
    activity::PreparedRows previous; // worker thread only
    activity::TrafficSampler sampler; // worker thread only
    std::shared_ptr<activity::ConnectionsReading> next; // GUI thread only
    const QVariantMap types = model.interfaceTypes();
    const auto prepare = [&](const sockdiag::Snapshot *snapshot, qint64 atMs) {
        QMetaObject::invokeMethod(&preparer, [&, snapshot, atMs] {
            auto reading = std::make_shared<activity::ConnectionsReading>();
            reading->monotonicMs = atMs;
            reading->traffic = sampler.sample(*snapshot, atMs);
            previous = activity::prepareRows(*snapshot, previous, types);
            reading->prepared = previous;
            QMetaObject::invokeMethod(&app, [&next, reading] { next = reading; }, Qt::QueuedConnection);
        }, Qt::QueuedConnection);
    };

    bool fullPhase = false;
    int generation = 0;
    qint64 monotonicMs = 1;
    const sockdiag::Snapshot empty;
    std::vector<double> intervals[2];
    std::vector<double> applyMs[2]; // ConnectionsModel::applyReading alone
    QElapsedTimer clock;
    clock.start();
    qint64 lastFrameNs = -1;

    QTimer updates;
    updates.setInterval(500);
    QObject::connect(&updates, &QTimer::timeout, &app, [&] {
        if (next) {
            QElapsedTimer apply;
            apply.start();
            model.applyReading(std::move(*next));
            applyMs[fullPhase ? 1 : 0].push_back(double(apply.nsecsElapsed()) / 1e6);
            next.reset();
        }
        monotonicMs += 500;
        prepare(fullPhase ? &full[static_cast<std::size_t>(generation++ % 2)] : &empty, monotonicMs);
    });

    // Continuous rendering with a slow scroll, as while a user reads the list.
    QObject::connect(&view, &QQuickWindow::frameSwapped, &app, [&] {
        const qint64 now = clock.nsecsElapsed();
        if (lastFrameNs >= 0)
            intervals[fullPhase ? 1 : 0].push_back(double(now - lastFrameNs) / 1e6);
        lastFrameNs = now;
        const qreal y = list->property("contentY").toReal();
        const qreal max = list->property("contentHeight").toReal() - list->height();
        list->setProperty("contentY", y + 3 > max ? 0.0 : y + 3);
        view.update();
    });

    QTimer::singleShot(1000, &app, [&] { updates.start(); intervals[0].clear(); lastFrameNs = -1; });
    QTimer::singleShot(1000 + phaseMs, &app, [&] {
        fullPhase = true;
        lastFrameNs = -1;
        list->setProperty("contentY", 0.0);
    });
    // The first full snapshot inserts every row: measured from the next one on.
    QTimer::singleShot(1000 + phaseMs + 1200, &app, [&] { intervals[1].clear(); applyMs[1].clear(); lastFrameNs = -1; });
    QTimer::singleShot(1000 + 2 * phaseMs + 1200, &app, &QCoreApplication::quit);
    app.exec();
    worker.quit();
    worker.wait();

    const Stats e = stats(intervals[0]);
    const Stats f = stats(intervals[1]);
    const Stats a = stats(applyMs[1]);
    std::printf("{\"connections\": %d, \"rows\": %d, \"apply\": {\"p50\": %.2f, \"max\": %.2f},"
                " \"empty\": {\"frames\": %zu, \"p50\": %.2f, \"p99\": %.2f, \"max\": %.2f},"
                " \"full\": {\"frames\": %zu, \"p50\": %.2f, \"p99\": %.2f, \"max\": %.2f}}\n",
                connections, model.rowCount(), a.p50, a.max, e.frames, e.p50, e.p99, e.max, f.frames, f.p50, f.p99, f.max);
    return model.rowCount() == connections ? 0 : 1;
}
