import QtQuick
import QtQuick.Controls
import QtTest
import Mptcp.Settings

// The whole window: page switching by mouse and keyboard, the narrow layout, and an
// accessible name on every control that takes keyboard focus.
TestCase {
    id: tc
    name: "Window"
    when: windowShown

    Component { id: windowComponent; Main {} }

    function make(w, h) {
        App.session.backend.loadScenario("conflicts")
        var win = createTemporaryObject(windowComponent, tc)
        verify(win)
        win.width = w
        win.height = h
        win.requestActivate()
        tryCompare(win, "active", true)
        waitForRendering(win.contentItem)
        return win
    }
    function pages(win) { return findChild(win.contentItem, "pages") }

    function test_titleSaysDemo() {
        var win = make(1000, 700)
        compare(win.title, "MPTCP Settings (demo)")
    }

    function test_sidebarAndShortcutsSwitchPages() {
        var win = make(1000, 700)
        compare(pages(win).currentIndex, 0)
        mouseClick(findChild(win.contentItem, "sidebarEntry2"))
        compare(pages(win).currentIndex, 2)
        keySequence("Ctrl+4")
        compare(pages(win).currentIndex, 3)
        var entry = findChild(win.contentItem, "sidebarEntry3")
        entry.forceActiveFocus()
        keyClick(Qt.Key_Up)
        compare(pages(win).currentIndex, 2)
    }

    function test_narrowWindowUsesADrawer() {
        var win = make(380, 700)
        compare(findChild(win.contentItem, "sidebar").visible, false)
        verify(win.header.visible)
        var pageWidth = pages(win).width
        verify(pageWidth <= 380 && pageWidth > 300, pageWidth)
    }

    function test_everyFocusableControlHasAnAccessibleName() {
        var win = make(1000, 800)
        var missing = []
        function walk(item, page) {
            if (!item.visible)
                return
            if (item.activeFocusOnTab && item instanceof Control && item.enabled) {
                var name = item.Accessible.name
                if (!name || name.length === 0)
                    missing.push(page + ":" + (item.objectName || item.toString()))
            }
            for (var k = 0; k < item.children.length; ++k)
                walk(item.children[k], page)
        }
        for (var p = 0; p < 4; ++p) {
            win.currentPage = p
            waitForRendering(win.contentItem)
            walk(win.contentItem, p)
        }
        compare(missing, [])
    }

    function test_tabReachesThePageControls() {
        var win = make(1000, 800)
        findChild(win.contentItem, "sidebarEntry0").forceActiveFocus()
        var reached = {}
        for (var i = 0; i < 40; ++i) {
            keyClick(Qt.Key_Tab)
            if (win.activeFocusItem)
                reached[win.activeFocusItem.objectName] = true
        }
        verify(reached["enabledSwitch"], Object.keys(reached).join(","))
        verify(reached["fixButton"], Object.keys(reached).join(","))
    }
}
