import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mptcp.Settings

// The window: a sidebar of pages (a drawer when narrow) and the current page.
ApplicationWindow {
    id: window
    width: 1040
    height: 720
    minimumWidth: 360
    minimumHeight: 420
    visible: true
    color: Theme.window
    // Controls take the system palette (also when main() set a light/dark one).
    palette.window: Theme.palette.window
    palette.windowText: Theme.palette.windowText
    palette.base: Theme.palette.base
    palette.alternateBase: Theme.palette.alternateBase
    palette.text: Theme.palette.text
    palette.button: Theme.palette.button
    palette.buttonText: Theme.palette.buttonText
    palette.highlight: Theme.palette.highlight
    palette.highlightedText: Theme.palette.highlightedText
    palette.light: Theme.palette.light
    palette.midlight: Theme.palette.midlight
    palette.mid: Theme.palette.mid
    palette.dark: Theme.palette.dark
    palette.shadow: Theme.palette.shadow
    palette.toolTipBase: Theme.card
    palette.toolTipText: Theme.text
    // Setting a role above sets it for every colour group; disabled controls must still look disabled.
    palette.disabled.windowText: Theme.disabledPalette.windowText
    palette.disabled.text: Theme.disabledPalette.text
    palette.disabled.buttonText: Theme.disabledPalette.buttonText
    palette.disabled.button: Theme.disabledPalette.button
    palette.disabled.base: Theme.disabledPalette.base
    //: Window title with --demo (the Wi-Fi + LTE lab) and --demo-fake (example data)
    title: App.demo ? qsTr("MPTCP Settings (demo)") : qsTr("MPTCP Settings")

    readonly property bool narrow: width < 720
    readonly property var pageNames: ["overview", "interfaces", "endpoints", "limits", "activity", "diagnostics"]
    property int currentPage: Math.max(0, pageNames.indexOf(App.initialPage))

    function openPage(name) {
        var i = pageNames.indexOf(name)
        if (i >= 0)
            currentPage = i
    }
    function pageTitle(i) {
        return [qsTr("Overview"), qsTr("Interfaces"), qsTr("Endpoints"), qsTr("Limits"), qsTr("Activity"), qsTr("Diagnostics")][i]
    }

    Shortcut { sequence: "Ctrl+1"; onActivated: window.currentPage = 0 }
    Shortcut { sequence: "Ctrl+2"; onActivated: window.currentPage = 1 }
    Shortcut { sequence: "Ctrl+3"; onActivated: window.currentPage = 2 }
    Shortcut { sequence: "Ctrl+4"; onActivated: window.currentPage = 3 }
    Shortcut { sequence: "Ctrl+5"; onActivated: window.currentPage = 4 }
    Shortcut { sequence: "Ctrl+6"; onActivated: window.currentPage = 5 }
    Shortcut { sequences: [StandardKey.Quit]; onActivated: Qt.quit() }

    // What only a narrow window shows (the page title bar, the drawer's page list)
    // and the demo bar are built when needed, not for every start.
    header: Loader {
        active: window.narrow
        visible: active
        sourceComponent: ToolBar {
            RowLayout {
                anchors.fill: parent
                ToolButton {
                    objectName: "menuButton"
                    text: "\u2630"
                    font.pixelSize: 20
                    Accessible.name: qsTr("Show pages")
                    onClicked: drawer.open()
                }
                Label {
                    text: window.pageTitle(window.currentPage)
                    font.bold: true
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
            }
        }
    }

    Drawer {
        id: drawer
        width: Math.min(280, window.width * 0.8)
        height: window.height
        interactive: window.narrow
        Loader {
            anchors.fill: parent
            active: window.narrow || drawer.visible
            sourceComponent: Sidebar {
                current: window.currentPage
                onActivated: function(index) { window.currentPage = index; drawer.close() }
            }
        }
    }

    footer: Loader {
        active: App.demoLab !== null
        visible: active
        sourceComponent: DemoBar {
            objectName: "demoBar"
            lab: App.demoLab
        }
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        Loader {
            id: sidebar
            objectName: "sidebar"
            active: !window.narrow
            visible: active
            Layout.preferredWidth: 230
            Layout.fillHeight: true
            sourceComponent: Sidebar {
                current: window.currentPage
                onActivated: function(index) { window.currentPage = index }
            }
        }
        Rectangle {
            visible: !window.narrow
            Layout.fillHeight: true
            implicitWidth: 1
            color: Theme.cardBorder
        }
        // Only the shown page exists at start; each other page is built the first time
        // it is opened and then kept (its scroll position, open dialogs, running
        // actions). Pages load by URL, so a page's imports (Qt Quick Shapes, Dialogs) and
        // its C++ singletons are not even read before it is opened.
        StackLayout {
            id: pages
            objectName: "pages"
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: window.currentPage

            PageLoader { pageObjectName: "overviewPage"; source: "pages/overview/OverviewPage.qml" }
            PageLoader { pageObjectName: "interfacesPage"; source: "pages/interfaces/InterfacesPage.qml" }
            PageLoader { pageObjectName: "endpointsPage"; source: "pages/endpoints/EndpointsPage.qml" }
            PageLoader { pageObjectName: "limitsPage"; source: "pages/limits/LimitsPage.qml" }
            PageLoader { pageObjectName: "activityPage"; source: "pages/activity/ActivityPage.qml" }
            PageLoader { pageObjectName: "diagnosticsPage"; source: "pages/diagnostics/DiagnosticsPage.qml" }
        }
    }

    // Notifications and the tray icon run from launch, not only once Activity is
    // opened; they start after the first frame so they never delay it. Event-driven:
    // no timer runs while the Activity page is hidden.
    property bool backgroundStarted: false
    onFrameSwapped: if (!backgroundStarted) { backgroundStarted = true; Qt.callLater(startBackground) }
    function startBackground() { trayConnection.target = Activity }
    Connections {
        id: trayConnection
        target: null
        // A click on the tray icon brings the window to the front on the Activity page.
        function onRaiseRequested() {
            window.openPage("activity")
            window.show()
            window.raise()
            window.requestActivate()
        }
    }

    component PageLoader: Loader {
        required property string pageObjectName
        // Once built, a page stays.
        active: false
        readonly property bool shown: StackLayout.isCurrentItem
        onShownChanged: if (shown) active = true
        Component.onCompleted: if (shown) active = true
        onLoaded: {
            item.objectName = pageObjectName
            // The Overview's warnings link to other pages.
            if (item.openPage !== undefined)
                item.openPage.connect(window.openPage)
        }
    }
}
