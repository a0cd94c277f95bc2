import QtQuick
import QtTest
import Mptcp.Settings
import ActivityTest

// Activity: the empty, list, fallback and error states on injected snapshots, a
// connection expanding to its subflows, the traffic plot following the history,
// the notification/tray switches, and the tray's summary.
Item {
    id: root
    width: 1000
    height: 900

    TestCase {
        id: tc
        name: "Activity"
        when: windowShown

        Component {
            id: modelComponent
            ConnectionsModel {
                interfaceTypes: ({ "wlan0": "wifi", "wwan0": "mobile" })
            }
        }
        Component {
            id: pageComponent
            // No kernel reads: the page shows only what a test applies.
            ActivityPage { width: root.width; height: root.height; sampling: false }
        }

        // The model belongs to the page, so it outlives the page's bindings.
        function makePage(scenario, count) {
            var page = createTemporaryObject(pageComponent, root)
            verify(page)
            var model = modelComponent.createObject(page)
            verify(model)
            if (scenario)
                verify(Feed.apply(model, scenario, 0, count || 0))
            page.model = model
            return page
        }
        function load(scenario) {
            var page = makePage(scenario)
            root.Window.window.requestActivate()
            tryCompare(root.Window.window, "active", true)
            waitForRendering(page)
            return page
        }
        function list(page) { return findChild(page, "connectionList") }
        function header(page) { return list(page).headerItem }
        function row(page, i) {
            var l = list(page)
            l.positionViewAtIndex(i, ListView.Contain)
            return l.itemAtIndex(i)
        }

        function test_emptyStateShowsHowToTry() {
            var page = load("empty")
            compare(list(page).count, 0)
            var empty = findChild(header(page), "emptyState")
            verify(empty.visible)
            verify(/mptcpize run curl/.test(findChild(empty, "tryCommand").text))
            compare(findChild(header(page), "summaryLabel").visible, false)
            compare(findChild(header(page), "errorState").visible, false)
        }

        function test_listShowsEveryConnectionAndTheSummary() {
            var page = load("two-paths")
            compare(list(page).count, 3)
            compare(findChild(header(page), "emptyState").visible, false)
            // Without the English translation loaded, plurals read "connection(s)".
            verify(/^3 MPTCP connection.* over Wi-Fi \+ LTE$/.test(findChild(header(page), "summaryLabel").text))
            compare(findChild(header(page), "fallbackSummary").visible, false)
            var first = row(page, 0)
            verify(first)
            verify(/^2 subflow/.test(findChild(first, "subflowCount").text))
            verify(/curl \(4242\)/.test(findChild(first, "connectionSummary").text))
            compare(findChild(first, "fallbackBadge").visible, false)
            verify(/^1 subflow/.test(findChild(row(page, 2), "subflowCount").text))
        }

        function test_fallbackIsFlagged() {
            var page = load("fallback")
            compare(list(page).count, 4)
            var summary = findChild(header(page), "fallbackSummary")
            verify(summary.visible)
            compare(summary.text, "1 fell back to TCP")
            verify(findChild(row(page, 3), "fallbackBadge").visible)
            compare(findChild(row(page, 0), "fallbackBadge").visible, false)
        }

        function test_errorStateShowsTheReason() {
            var page = load("")
            page.model.networkNamespace = "/nonexistent/netns/activity-test"
            var error = findChild(header(page), "errorState")
            tryCompare(error, "visible", true, 5000)
            verify(/\/nonexistent\/netns\/activity-test/.test(findChild(error, "errorText").text))
            compare(findChild(header(page), "emptyState").visible, false)
        }

        function test_expandingAConnectionShowsItsSubflows() {
            var page = load("two-paths")
            var first = row(page, 0)
            var loader = findChild(first, "subflowsLoader")
            compare(loader.active, false)
            mouseClick(findChild(first, "expandButton"))
            compare(loader.active, true)
            tryVerify(function() { return findChild(first, "subflow_1") !== null })
            var wifi = findChild(first, "subflow_0")
            var lte = findChild(first, "subflow_1")
            compare(findChild(wifi, "pathLabel").text, "Wi-Fi (wlan0)")
            compare(findChild(wifi, "roleLabel").text, "active")
            compare(findChild(lte, "pathLabel").text, "LTE (wwan0)")
            compare(findChild(lte, "roleLabel").text, "backup")
            // Collapsing and refreshing keep the choice per connection, not per delegate.
            verify(Feed.apply(page.model, "two-paths", 1))
            compare(findChild(row(page, 0), "subflowsLoader").active, true)
            compare(findChild(row(page, 1), "subflowsLoader").active, false)
            mouseClick(findChild(row(page, 0), "expandButton"))
            compare(findChild(row(page, 0), "subflowsLoader").active, false)
        }

        function test_aLoneConnectionShowsItsSubflows() {
            var page = load("")
            verify(Feed.apply(page.model, "many", 0, 1))
            var only = row(page, 0)
            compare(findChild(only, "subflowsLoader").active, true)
            mouseClick(findChild(only, "expandButton"))
            compare(findChild(only, "subflowsLoader").active, false)
        }

        function test_trafficPlotFollowsTheHistory() {
            var page = load("two-paths")
            var card = findChild(header(page), "trafficCard")
            verify(findChild(card, "trafficWaiting").visible)
            for (var s = 1; s <= 3; ++s)
                verify(Feed.apply(page.model, "two-paths", s))
            compare(page.model.history.count, 2)
            compare(findChild(card, "trafficWaiting").visible, false)
            var loader = findChild(card, "chartLoader")
            tryCompare(loader, "status", Loader.Ready)
            var chart = loader.item
            compare(chart.count, 2)
            // Two connections over each path: Wi-Fi 2 x 4.2 MB/s, LTE 2 x 1.05 MB/s.
            compare(chart.unitText, "MB/s")
            // The lines reach the latest rates at the right edge, on the y axis' scale.
            var w = 100, h = 100
            var wifi = page.model.history.polyline("wlan0", w, h, chart.spanSeconds, chart.maxValue * chart.unit)
            compare(wifi.length, 2)
            fuzzyCompare(wifi[1].x, w, 0.01)
            fuzzyCompare(h - wifi[1].y, h * 8.4 / chart.maxValue, 0.01)
            var lte = page.model.history.polyline("wwan0", w, h, chart.spanSeconds, chart.maxValue * chart.unit)
            fuzzyCompare(h - lte[1].y, h * 2.1 / chart.maxValue, 0.01)
            verify(chart.Accessible.description.indexOf("8.4 MB/s") >= 0)
            compare(findChild(findChild(card, "legend_wlan0"), "rateLabel").text, "8.4 MB/s")
        }

        function test_notificationAndTraySwitchesChangeTheSettings() {
            var page = load("empty")
            var settings = findChild(header(page), "notificationSettings")
            Activity.notifier.enabled = true
            Activity.tray.enabled = true
            mouseClick(findChild(settings, "notificationsSwitch"))
            compare(Activity.notifier.enabled, false)
            compare(findChild(settings, "notificationKindsButton").enabled, false)
            mouseClick(findChild(settings, "notificationsSwitch"))
            compare(Activity.notifier.enabled, true)
            mouseClick(findChild(settings, "notificationKindsButton"))
            var kinds = findChild(settings, "notificationKinds")
            verify(kinds.visible)
            waitForRendering(page)
            mouseClick(findChild(kinds, "fallbackBox"))
            compare(Activity.notifier.fallbackEnabled, false)
            mouseClick(findChild(kinds, "fallbackBox"))
            compare(Activity.notifier.fallbackEnabled, true)
            mouseClick(findChild(settings, "traySwitch"))
            compare(Activity.tray.enabled, false)
            mouseClick(findChild(settings, "traySwitch"))
            compare(Activity.tray.enabled, true)
        }

        function test_trayShowsTheAppModelsSummary() {
            verify(Feed.apply(Activity.connections, "fallback"))
            compare(Activity.tray.connectionCount, 4)
            compare(Activity.tray.fallbackCount, 1)
            compare(Activity.tray.status, "NeedsAttention")
            compare(Activity.tray.summary, Activity.connections.summary)
            verify(/^MPTCP: 4 connection/.test(Activity.tray.summary), Activity.tray.summary)
            verify(Feed.apply(Activity.connections, "empty"))
            compare(Activity.tray.status, "Passive")
        }

        function test_tenThousandConnectionsCreateOnlyVisibleRows() {
            var page = makePage("many", 10000)
            waitForRendering(page)
            var l = list(page)
            compare(l.count, 10000)
            verify(/^10000 MPTCP connection.* over Wi-Fi \+ LTE$/.test(findChild(header(page), "summaryLabel").text))
            var delegates = 0
            for (var i = 0; i < l.contentItem.children.length; ++i) {
                if (l.contentItem.children[i].visible && l.contentItem.children[i].objectName.indexOf("connection_") === 0)
                    ++delegates
            }
            verify(delegates > 0 && delegates < 60, delegates)
            l.positionViewAtEnd()
            waitForRendering(page)
            verify(row(page, 9999))
        }
    }
}
