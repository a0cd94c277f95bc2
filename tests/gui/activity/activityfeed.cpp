#include "activityfeed.h"

#include "synthetic.h"

#include "mptcp/activity/connectionsmodel.h"

using namespace mptcp;

bool ActivityFeed::apply(QObject *target, const QString &scenario, int second, int count) const
{
    auto *model = qobject_cast<activity::ConnectionsModel *>(target);
    if (!model)
        return false;
    // Wi-Fi carries 4 MB/s and LTE 1 MB/s on every two-path connection.
    const std::uint64_t s = second > 0 ? std::uint64_t(second) : 0;
    const auto twoPaths = [s](std::uint64_t cookie) {
        return test::connection(cookie, {test::subflow(cookie * 10 + 1, "wlan0", 4'000'000 * s + 1000, 200'000 * s + 500),
                                         test::subflow(cookie * 10 + 2, "wwan0", 1'000'000 * s + 1000, 50'000 * s + 500, true)});
    };
    sockdiag::Snapshot snapshot;
    if (scenario == QLatin1String("two-paths") || scenario == QLatin1String("fallback")) {
        snapshot.connections.push_back(twoPaths(1));
        snapshot.connections.push_back(twoPaths(2));
        snapshot.connections.push_back(test::connection(3, {test::subflow(31, "wlan0", 64'000, 3'000)}));
        snapshot.connections[0].owner = sockdiag::Owner{4242, "curl"};
        if (scenario == QLatin1String("fallback"))
            snapshot.connections.push_back(test::connection(4, {test::subflow(41, "wlan0", 9'000, 1'000)}, true));
    } else if (scenario == QLatin1String("many")) {
        for (int i = 1; i <= count; ++i)
            snapshot.connections.push_back(twoPaths(std::uint64_t(i)));
    } else if (scenario != QLatin1String("empty")) {
        return false;
    }
    model->applySnapshot(snapshot, second > 0 ? qint64(second) * 1000 : 0);
    return true;
}
