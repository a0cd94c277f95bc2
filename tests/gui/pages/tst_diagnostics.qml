import QtQuick
import QtTest
import Mptcp.Settings

// Diagnostics: checks with their fixes (through the Session, helper refusals inline),
// example counters with trouble highlighted and "hide zero", and the debug report.
Item {
    id: root
    width: 900
    height: 1400

    TestCase {
        id: tc
        name: "Diagnostics"
        when: windowShown

        Component { id: pageComponent; DiagnosticsPage { width: root.width; height: root.height } }

        function load(scenario) {
            verify(App.session.backend.loadScenario(scenario), scenario)
            var page = createTemporaryObject(pageComponent, root)
            verify(page)
            tryVerify(function() { return page.controller.checkedAt !== "" && !page.controller.checking }, 5000,
                      "the checks ran")
            return page
        }
        function checkRow(page, id) {
            return findChild(page, "check_" + id)
        }
        function visibleCheckRows(page) {
            var rows = []
            function walk(i) {
                if (i.objectName !== undefined && i.objectName.indexOf("check_") === 0 && i.visible)
                    rows.push(i)
                for (var k = 0; k < i.children.length; ++k)
                    walk(i.children[k])
            }
            walk(page.contentItem)
            return rows
        }

        function test_failingCheckOffersItsFix() {
            var page = load("sysctl-off")
            var row = checkRow(page, "mptcp-enabled")
            verify(row)
            compare(row.verdict, "fail")
            var fix = findChild(row, "fixButton")
            verify(fix.visible)
            compare(fix.text, "Turn MPTCP on")
            var before = App.session.backend.actionCount
            mouseClick(fix)
            tryCompare(App.session.backend, "actionCount", before + 1)
            compare(App.session.backend.lastAction, "setMptcpEnabled 1")
            // The checks run again once the fix is done (the row may be a new one by then).
            tryVerify(function() { var r = checkRow(page, "mptcp-enabled"); return r !== null && r.verdict === "ok" },
                      5000)
        }

        function test_helperRefusalIsShownInline() {
            var page = load("sysctl-off")
            App.session.backend.denyActions = true
            var row = checkRow(page, "mptcp-enabled")
            mouseClick(findChild(row, "fixButton"))
            var status = findChild(row, "fixStatus")
            tryVerify(function() { return row.action !== null && row.action.failed }, 3000)
            verify(status.visible)
            verify(row.action.errorString.length > 0)
            tryVerify(function() { return row.verdict === "fail" && !page.controller.checking }, 5000)
            verify(status.visible, "the error stays after the checks ran again")
        }

        function test_meteredConnectionCanBecomeBackup() {
            var page = load("typical")
            compare(checkRow(page, "metered-backup").verdict, "ok")
            // Someone makes the LTE connection a normal path: the checks notice without a click.
            var lte = "9c2e7b4a-1f3d-4c6e-b8a0-3d5f7e9a1c03"
            App.session.setConnectionMptcp(lte, "on", ["subflow"])
            tryVerify(function() { var r = checkRow(page, "metered-backup"); return r !== null && r.verdict === "warning" },
                      5000)
            var fix = findChild(checkRow(page, "metered-backup"), "fixButton")
            compare(fix.text, "Use wwan0 as backup")
            mouseClick(fix)
            tryVerify(function() { return /^setConnectionMptcpFlags 9c2e7b4a/.test(App.session.backend.lastAction) },
                      3000, App.session.backend.lastAction)
            tryVerify(function() { var r = checkRow(page, "metered-backup"); return r !== null && r.verdict === "ok" },
                      5000)
        }

        function test_notApplicableChecksBehindToggle() {
            var page = load("nm-absent")
            var shown = visibleCheckRows(page)
            for (var i = 0; i < shown.length; ++i)
                verify(shown[i].verdict !== "not-applicable", shown[i].checkId)
            mouseClick(findChild(page, "showNotApplicable"))
            tryVerify(function() { return visibleCheckRows(page).length > shown.length })
            var withNa = visibleCheckRows(page).filter(function(r) { return r.verdict === "not-applicable" })
            verify(withNa.length > 0)
        }

        function test_troubleCountersAreHighlighted() {
            var page = load("typical")
            tryVerify(function() { return findChild(page, "counter_MPCapableFallbackSYNACK") !== null }, 3000)
            var trouble = findChild(page, "counter_MPCapableFallbackSYNACK")
            compare(trouble.highlight, true)
            compare(findChild(page, "counter_MPCapableSYNTX").highlight, false)
            verify(findChild(page, "troubleSummary").visible)
            // Example traffic grows between readings: a rate appears.
            tryVerify(function() { return findChild(page, "counter_MPCapableSYNTX").rate > 0 }, 4000)
        }

        function test_hideZeroCounters() {
            var page = load("typical")
            tryVerify(function() { return findChild(page, "counter_AddAddrTx") !== null }, 3000)
            mouseClick(findChild(page, "hideZero"))
            tryVerify(function() { return findChild(page, "counter_AddAddrTx") === null })
            verify(findChild(page, "counter_MPCapableSYNTX") !== null)
            mouseClick(findChild(page, "hideZero"))
            tryVerify(function() { return findChild(page, "counter_AddAddrTx") !== null })
        }

        function test_debugReportIsShownRedacted() {
            var page = load("typical")
            var preview = findChild(page, "reportPreview")
            compare(preview.text, "")
            // Below the fold of the test window: the buttons are triggered directly.
            findChild(page, "generateReport").clicked()
            tryVerify(function() { return preview.text.length > 0 }, 5000)
            verify(/net\.mptcp\.enabled = 1/.test(preview.text), "sysctls")
            verify(/MPCapableFallbackSYNACK/.test(preview.text), "counters")
            verify(preview.text.indexOf("192.168.1.23") < 0, "addresses hidden")
            verify(/<ipv4-\d+>/.test(preview.text))
            verify(preview.text.indexOf("demo-laptop") < 0, "host name hidden")

            findChild(page, "redactBox").toggle()
            findChild(page, "generateReport").clicked()
            tryVerify(function() { return preview.text.indexOf("192.168.1.23") >= 0 }, 5000)
            compare(page.controller.reportRedacted, false)
        }
    }
}
