import QtQuick
import QtTest
import Mptcp.Settings

// Endpoints: the table, the add/edit dialog validating as you type, removal and
// flush with confirmation, and the helper's refusal shown in the dialog.
// TestCase itself is invisible, so pages live in this item.
Item {
    id: root
    width: 900
    height: 900

    TestCase {
        id: tc
        name: "Endpoints"
        when: windowShown

        Component { id: pageComponent; EndpointsPage { width: root.width; height: root.height } }

        function load(scenario) {
            verify(App.session.backend.loadScenario(scenario), scenario)
            var page = createTemporaryObject(pageComponent, root)
            verify(page)
            waitForRendering(page)
            return page
        }
        function typeInto(field, text) {
            field.forceActiveFocus()
            for (var i = 0; i < text.length; ++i)
                keyClick(text[i])
        }
        function openAdd(page) {
            mouseClick(findChild(page, "addEndpointButton"))
            var dialog = findChild(page, "addDialog")
            tryCompare(dialog, "opened", true)
            return dialog
        }

        function test_tableShowsOriginAndFlags() {
            var page = load("conflicts")
            var row = findChild(page, "endpoint_20")
            verify(row)
            compare(row.origin, "manual")
            compare(row.flags, ["signal"])
            compare(findChild(page, "endpoint_1").origin, "networkmanager")
        }

        function test_addDialogValidatesAsYouType() {
            var page = load("typical")
            var dialog = openAdd(page)
            var field = findChild(dialog.contentItem, "addressField")
            var error = findChild(dialog.contentItem, "addressError")
            var submit = findChild(dialog.footer, "submitButton")
            compare(submit.enabled, false)
            typeInto(field, "10.0.0.")
            tryCompare(error, "visible", true)
            verify(/not a valid/.test(error.text))
            compare(submit.enabled, false)
            typeInto(field, "9")
            tryCompare(error, "visible", false)
            compare(submit.enabled, true)
            // A port needs "signal" without "subflow".
            typeInto(findChild(dialog.contentItem, "portField"), "8080")
            tryCompare(findChild(dialog.contentItem, "portError"), "visible", true)
            compare(submit.enabled, false)
            mouseClick(findChild(dialog.contentItem, "signalBox"))
            mouseClick(findChild(dialog.contentItem, "subflowBox"))
            tryCompare(findChild(dialog.contentItem, "portError"), "visible", false)
            // signal + fullmesh is refused.
            mouseClick(findChild(dialog.contentItem, "fullmeshBox"))
            tryCompare(findChild(dialog.contentItem, "flagsError"), "visible", true)
            compare(submit.enabled, false)
            mouseClick(findChild(dialog.contentItem, "fullmeshBox"))
            tryCompare(submit, "enabled", true)
            var before = App.session.endpoints.count
            mouseClick(submit)
            tryCompare(dialog, "opened", false)
            compare(App.session.endpoints.count, before + 1)
            compare(App.session.backend.lastAction, "addEndpoint 10.0.0.9 id 0 port 8080 signal dev ")
        }

        function test_duplicateAddressAndIdAreRefused() {
            var page = load("typical")
            var dialog = openAdd(page)
            typeInto(findChild(dialog.contentItem, "addressField"), "192.168.1.23")
            tryCompare(findChild(dialog.contentItem, "addressError"), "visible", true)
            verify(/already uses/.test(findChild(dialog.contentItem, "addressError").text))
            typeInto(findChild(dialog.contentItem, "idField"), "1")
            tryCompare(findChild(dialog.contentItem, "idError"), "visible", true)
            compare(findChild(dialog.footer, "submitButton").enabled, false)
            dialog.close()
        }

        function test_editChangesBackupOnly() {
            var page = load("typical")
            mouseClick(findChild(findChild(page, "endpoint_3"), "editButton"))
            var dialog = findChild(page, "editDialog")
            tryCompare(dialog, "opened", true)
            compare(findChild(dialog.contentItem, "addressField").enabled, false)
            compare(findChild(dialog.contentItem, "signalBox").enabled, false)
            mouseClick(findChild(dialog.contentItem, "backupBox"))
            mouseClick(findChild(dialog.footer, "submitButton"))
            tryCompare(dialog, "opened", false)
            compare(App.session.backend.lastAction, "setEndpointFlags 3 backup")
            compare(findChild(page, "endpoint_3").flags, ["subflow", "backup"])
        }

        function test_removeAsksFirst() {
            var page = load("typical")
            mouseClick(findChild(findChild(page, "endpoint_2"), "deleteButton"))
            var dialog = findChild(page, "deleteDialog")
            tryCompare(dialog, "opened", true)
            compare(App.session.endpoints.count, 4)
            mouseClick(findChild(dialog.footer, "confirmButton"))
            tryCompare(dialog, "opened", false)
            compare(App.session.endpoints.count, 3)
            compare(findChild(page, "endpoint_2"), null)
        }

        function test_flushWithConfirmation() {
            var page = load("typical")
            mouseClick(findChild(page, "flushButton"))
            var dialog = findChild(page, "flushDialog")
            tryCompare(dialog, "opened", true)
            mouseClick(findChild(dialog.footer, "confirmButton"))
            tryCompare(App.session.endpoints, "count", 0)
            tryCompare(findChild(page, "emptyLabel"), "visible", true)
            compare(findChild(page, "flushButton").enabled, false)
        }

        function test_helperRefusalStaysInTheDialog() {
            var page = load("helper-denied")
            var dialog = openAdd(page)
            typeInto(findChild(dialog.contentItem, "addressField"), "10.9.9.9")
            var submit = findChild(dialog.footer, "submitButton")
            tryCompare(submit, "enabled", true)
            mouseClick(submit)
            tryVerify(function() { return dialog.action !== null && dialog.action.failed })
            verify(dialog.action.notAuthorized)
            compare(dialog.opened, true)
            compare(App.session.endpoints.count, 4)
            dialog.close()
        }
    }
}
