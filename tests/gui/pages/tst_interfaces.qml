import QtQuick
import QtTest
import Mptcp.Settings

// Interfaces: a card per device, addresses with flags or reasons, the kernel's
// agreement, and the per-connection MPTCP control going through NetworkManager.
// TestCase itself is invisible, so pages live in this item.
Item {
    id: root
    width: 900
    height: 1400

    TestCase {
        id: tc
        name: "Interfaces"
        when: windowShown

        Component { id: pageComponent; InterfacesPage { width: root.width; height: root.height } }

        function load(scenario) {
            verify(App.session.backend.loadScenario(scenario), scenario)
            var page = createTemporaryObject(pageComponent, root)
            verify(page)
            waitForRendering(page)
            return page
        }
        function card(page, ifname) {
            var c = findChild(page, "device_" + ifname)
            verify(c, ifname)
            return c
        }
        function verdicts(item) {
            var texts = []
            function walk(i) {
                if (i.objectName === "verdict")
                    texts.push(i.text)
                for (var k = 0; k < i.children.length; ++k)
                    walk(i.children[k])
            }
            walk(item)
            return texts
        }

        function test_everyDeviceHasACard() {
            var page = load("typical")
            compare(card(page, "enp3s0").kind, "ethernet")
            compare(card(page, "wlp2s0").kind, "wifi")
            compare(card(page, "wwan0").kind, "mobile")
            compare(card(page, "tun0").kind, "vpn")
            compare(card(page, "wwan0").connectionFlags, ["subflow", "backup"])
            compare(card(page, "enp3s0").mptcpMode, "default")
            verify(card(page, "enp3s0").defaultText.indexOf("enabled, subflow") === 0)
        }

        function test_reasonWhenThereIsNoDefaultRoute() {
            var page = load("no-default-route")
            verify(/No IPv4 default route on enp3s0/.test(findChild(card(page, "enp3s0"), "summary").text))
            compare(card(page, "enp3s0").mptcpActive, false)
            compare(card(page, "wwan0").mptcpActive, true)
        }

        function test_networkManagerAbsentExplainsEveryAddress() {
            var page = load("nm-absent")
            compare(card(page, "enp3s0").connectionUuid, "")
            verify(/NetworkManager is not running/.test(findChild(card(page, "wlp2s0"), "summary").text))
        }

        function test_sysctlOffIsPendingUntilReconnect() {
            var page = load("sysctl-off")
            var texts = verdicts(card(page, "enp3s0"))
            verify(texts.indexOf("Takes effect when the connection is reactivated.") >= 0, texts.join("|"))
        }

        function test_conflictShowsTheKernelDisagreeing() {
            var page = load("conflicts")
            var texts = verdicts(card(page, "wwan0"))
            verify(/has other flags: subflow, fullmesh/.test(texts.join("|")), texts.join("|"))
        }

        function test_turningMptcpOffForAConnection() {
            var page = load("typical")
            var c = card(page, "enp3s0")
            mouseClick(findChild(c, "modeOff"))
            var apply = findChild(c, "applyConnection")
            tryCompare(apply, "visible", true)
            mouseClick(apply)
            tryCompare(c, "mptcpMode", "off")
            compare(App.session.backend.lastAction.indexOf("setConnectionMptcpFlags 5f0c6a3e"), 0)
            tryCompare(c, "mptcpActive", false)
            verify(/turned off/.test(findChild(c, "summary").text))
        }

        function test_onWithFlagsAndInvalidCombination() {
            var page = load("typical")
            var c = card(page, "enp3s0")
            mouseClick(findChild(c, "modeOn"))
            var apply = findChild(c, "applyConnection")
            tryCompare(apply, "visible", true)
            mouseClick(findChild(c, "flag_signal"))
            mouseClick(findChild(c, "flag_fullmesh"))
            tryCompare(findChild(c, "choiceProblem"), "visible", true)
            compare(apply.enabled, false)
            mouseClick(findChild(c, "flag_fullmesh"))
            tryCompare(apply, "enabled", true)
            mouseClick(apply)
            tryCompare(c, "connectionFlags", ["signal", "subflow"])
            compare(c.mptcpMode, "on")
        }

        function test_networkManagerRefusalIsShownInline() {
            var page = load("helper-denied")
            var c = card(page, "wlp2s0")
            mouseClick(findChild(c, "modeOff"))
            var apply = findChild(c, "applyConnection")
            tryCompare(apply, "visible", true)
            mouseClick(apply)
            var control = apply.parent.parent
            tryVerify(function() { return control.action !== null && control.action.failed })
            verify(/Insufficient privileges/.test(control.action.errorString))
            compare(c.mptcpMode, "default")
        }
    }
}
