import QtQuick
import QtQuick.Controls
import QtTest
import Mptcp.Settings

// The whole window: page switching by mouse and keyboard, pages built when first
// opened, the narrow layout, the demo note, and an accessible name on every control
// that takes keyboard focus (on every page).
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
    function pageLoader(win, i) { return pages(win).children[i] }

    function test_onlyTheShownPageIsBuiltAtStart() {
        var win = make(1000, 700)
        verify(pageLoader(win, 0).item !== null)
        compare(pageLoader(win, 0).item.objectName, "overviewPage")
        for (var i = 1; i < win.pageNames.length; ++i)
            compare(pageLoader(win, i).item, null, win.pageNames[i])
    }

    function test_aPageIsBuiltWhenOpenedAndKept() {
        var win = make(1000, 700)
        win.openPage("endpoints")
        var endpoints = pageLoader(win, 2).item
        verify(endpoints !== null)
        compare(endpoints.objectName, "endpointsPage")
        verify(endpoints.visible)
        win.openPage("overview")
        compare(pageLoader(win, 2).item, endpoints)
        verify(!endpoints.visible)
    }

    function test_overviewLinksOpenOtherPages() {
        var win = make(1000, 700)
        pageLoader(win, 0).item.openPage("limits")
        compare(pages(win).currentIndex, 3)
        compare(pageLoader(win, 3).item.objectName, "limitsPage")
    }

    function test_demoNoteSaysNothingChangesWithExampleData() {
        var win = make(1000, 700)
        compare(findChild(win.contentItem, "demoNote").text, "Demo data — nothing on this computer is changed.")
    }

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

    function test_drawerSwitchesPagesInANarrowWindow() {
        var win = make(380, 700)
        mouseClick(findChild(win.header, "menuButton"))
        var entry = null
        // Until the drawer has slid in completely. It lives in the window's overlay,
        // next to the content item; a narrow window has no other page list.
        tryVerify(function() {
            entry = findChild(win.contentItem.parent, "sidebarEntry3")
            return entry !== null && entry.visible && entry.mapToItem(null, 0, 0).x >= 0
        })
        wait(400)
        mouseClick(entry)
        compare(pages(win).currentIndex, 3)
        compare(pageLoader(win, 3).item.objectName, "limitsPage")
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
        for (var p = 0; p < win.pageNames.length; ++p) {
            win.currentPage = p
            verify(pageLoader(win, p).item !== null, win.pageNames[p])
            waitForRendering(win.contentItem)
            walk(win.contentItem, win.pageNames[p])
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
