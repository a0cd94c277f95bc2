import QtQuick
import QtTest
import Mptcp.Settings

// Limits: editors bounded by the kernel maximum, live hints, keep after reboot, and
// NetworkManager's default for new connections.
// TestCase itself is invisible, so pages live in this item.
Item {
    id: root
    width: 900
    height: 1100

    TestCase {
        id: tc
        name: "Limits"
        when: windowShown

        Component { id: pageComponent; LimitsPage { width: root.width; height: root.height } }

        function load(scenario) {
            verify(App.session.backend.loadScenario(scenario), scenario)
            var page = createTemporaryObject(pageComponent, root)
            verify(page)
            waitForRendering(page)
            return page
        }
        function hintTexts(page) {
            var texts = []
            function walk(i) {
                if (i.objectName === "limitsHint" && i.visible)
                    texts.push(i.text)
                for (var k = 0; k < i.children.length; ++k)
                    walk(i.children[k])
            }
            walk(page.contentItem)
            return texts.join("|")
        }

        function test_editorsStartAtTheKernelValues() {
            var page = load("typical")
            compare(findChild(page, "subflowsBox").value, 3)
            compare(findChild(page, "subflowsBox").to, 8)
            compare(findChild(page, "addAddrBox").value, 2)
            compare(findChild(page, "applyLimits").enabled, false)
        }

        function test_hintsFollowTheEditorsLive() {
            var page = load("typical")
            verify(/4 subflow endpoints but only 3 extra subflows allowed/.test(hintTexts(page)))
            var box = findChild(page, "subflowsBox")
            box.forceActiveFocus()
            keyClick(Qt.Key_Up)
            tryVerify(function() { return hintTexts(page) === "" }, 2000, hintTexts(page))
            keyClick(Qt.Key_Down)
            keyClick(Qt.Key_Down)
            tryVerify(function() { return /only 2 extra subflows/.test(hintTexts(page)) })
        }

        function test_applyWithKeepAfterReboot() {
            var page = load("typical")
            var box = findChild(page, "subflowsBox")
            box.forceActiveFocus()
            keyClick(Qt.Key_Up)
            mouseClick(findChild(page, "keepBox"))
            var apply = findChild(page, "applyLimits")
            tryCompare(apply, "enabled", true)
            mouseClick(apply)
            tryCompare(App.session, "subflowsLimit", 4)
            compare(App.session.backend.lastAction, "setLimits 4 2 keep")
            compare(App.session.limitsPersistent, true)
            tryCompare(apply, "enabled", false)
        }

        function test_helperRefusalIsShown() {
            var page = load("helper-denied")
            findChild(page, "addAddrBox").forceActiveFocus()
            keyClick(Qt.Key_Up)
            mouseClick(findChild(page, "applyLimits"))
            var status = findChild(page, "limitsStatus")
            tryVerify(function() { return status.action !== null && status.action.failed })
            verify(/set-limits/.test(status.action.errorString))
            compare(App.session.addAddrAcceptedLimit, 2)
        }

        function test_globalDefaultThroughTheHelper() {
            var page = load("typical")
            verify(/^Not set/.test(findChild(page, "globalDefaultSource").text))
            mouseClick(findChild(page, "globalOn"))
            mouseClick(findChild(page, "globalFlag_backup"))
            var apply = findChild(page, "applyGlobalDefault")
            tryCompare(apply, "visible", true)
            mouseClick(apply)
            tryCompare(App.session, "globalDefaultMode", "on")
            compare(App.session.backend.lastAction, "setGlobalDefaultFlags 0x62")
            compare(App.session.globalDefaultFlags, ["subflow", "backup"])
            verify(/conf\.d/.test(findChild(page, "globalDefaultSource").text))
        }
    }
}
