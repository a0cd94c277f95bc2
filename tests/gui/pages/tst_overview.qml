import QtQuick
import QtTest
import Mptcp.Settings

// Overview: the verdict and state of every scenario, the system-wide switch and fixes.
// TestCase itself is invisible, so pages live in this item.
Item {
    id: root
    width: 900
    height: 1000

    TestCase {
        id: tc
        name: "Overview"
        when: windowShown

        Component { id: pageComponent; OverviewPage { width: root.width; height: root.height } }

        function load(scenario) {
            verify(App.session.backend.loadScenario(scenario), scenario)
            var page = createTemporaryObject(pageComponent, root)
            verify(page)
            waitForRendering(page)
            return page
        }
        function fixButtons(page) {
            var found = []
            function walk(item) {
                if (item.objectName === "fixButton" && item.visible)
                    found.push(item)
                for (var i = 0; i < item.children.length; ++i)
                    walk(item.children[i])
            }
            walk(page.contentItem)
            return found
        }

        function test_typicalMachineVerdict() {
            var page = load("typical")
            verify(/^MPTCP is active on 3 of 4 interface/.test(findChild(page, "verdictText").text))
            verify(findChild(page, "verdictDetail").text.indexOf("tun0") >= 0)
            compare(findChild(page, "enabledSwitch").checked, true)
            compare(findChild(page, "nmStatus").text, "Running, version 1.42.4")
            compare(findChild(page, "pathManagerValue").text, "In-kernel")
            compare(fixButtons(page).length, 1)
            compare(findChild(page, "helperMissing").visible, false)
        }

        function test_networkManagerAbsent() {
            var page = load("nm-absent")
            verify(findChild(page, "nmStatus").text.indexOf("Not running") === 0)
            compare(findChild(page, "warningsHeader").text, "Things to look at")
        }

        function test_sysctlOffOffersTheFix() {
            var page = load("sysctl-off")
            compare(findChild(page, "verdictText").text, "MPTCP is disabled system-wide")
            compare(findChild(page, "enabledSwitch").checked, false)
            var fixes = fixButtons(page)
            verify(fixes.length >= 1)
            compare(fixes[0].text, "Enable MPTCP")
            mouseClick(fixes[0])
            tryCompare(App.session, "mptcpEnabled", true)
            tryCompare(findChild(page, "enabledSwitch"), "checked", true)
            verify(!/disabled system-wide/.test(findChild(page, "verdictText").text))
        }

        function test_noMptcpKernelDisablesTheSwitch() {
            var page = load("no-mptcp")
            compare(findChild(page, "enabledSwitch").enabled, false)
            verify(/not available/.test(findChild(page, "verdictText").text))
        }

        function test_switchingOffShowsProgressThenTheResult() {
            var page = load("typical")
            var sw = findChild(page, "enabledSwitch")
            mouseClick(sw)
            // While the helper works the switch shows the kernel's value and is locked.
            compare(sw.enabled, false)
            compare(findChild(page, "enabledStatus").visible, true)
            tryCompare(App.session, "mptcpEnabled", false)
            tryCompare(sw, "checked", false)
            tryCompare(sw, "enabled", true)
            compare(App.session.backend.lastAction, "setMptcpEnabled 0")
            compare(findChild(page, "verdictText").text, "MPTCP is disabled system-wide")
        }

        function test_helperDeniedKeepsTheStateAndSaysWhy() {
            var page = load("helper-denied")
            var sw = findChild(page, "enabledSwitch")
            mouseClick(sw)
            var status = findChild(page, "enabledStatus")
            tryVerify(function() { return status.action !== null && status.action.failed })
            verify(status.action.notAuthorized)
            compare(sw.checked, true)
            compare(App.session.mptcpEnabled, true)
            verify(/Not allowed: .*set-enabled/.test(status.children[2].text))
        }

        function test_conflictsListEveryWarning() {
            var page = load("conflicts")
            verify(App.session.warnings.count >= 4)
            verify(fixButtons(page).length >= 3)
        }
    }
}
