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
    //: Window title; %1 is " (demo)" when running against the demo backend
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

    header: ToolBar {
        visible: window.narrow
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

    Drawer {
        id: drawer
        width: Math.min(280, window.width * 0.8)
        height: window.height
        interactive: window.narrow
        Sidebar {
            anchors.fill: parent
            current: window.currentPage
            onActivated: function(index) { window.currentPage = index; drawer.close() }
        }
    }

    footer: DemoBar {
        objectName: "demoBar"
        lab: App.demoLab
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        Sidebar {
            id: sidebar
            objectName: "sidebar"
            visible: !window.narrow
            Layout.preferredWidth: 230
            Layout.fillHeight: true
            current: window.currentPage
            onActivated: function(index) { window.currentPage = index }
        }
        Rectangle {
            visible: !window.narrow
            Layout.fillHeight: true
            implicitWidth: 1
            color: Theme.cardBorder
        }
        StackLayout {
            id: pages
            objectName: "pages"
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: window.currentPage

            OverviewPage { objectName: "overviewPage"; onOpenPage: function(name) { window.openPage(name) } }
            InterfacesPage { objectName: "interfacesPage" }
            EndpointsPage { objectName: "endpointsPage" }
            LimitsPage { objectName: "limitsPage" }
            ActivityPage { objectName: "activityPage" }
            DiagnosticsPage { objectName: "diagnosticsPage" }
        }
    }
}
