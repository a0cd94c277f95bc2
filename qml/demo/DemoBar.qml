import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mptcp.Settings

// `--demo`: what the lab is doing and the buttons that make the network change
// (traffic over both paths, Wi-Fi lost, Wi-Fi back), so the pages have something to show.
Rectangle {
    id: bar
    // The app's demo lab (App.demoLab).
    property DemoLab lab: null
    readonly property bool fallback: lab !== null && lab.problem !== ""

    visible: lab !== null
    implicitHeight: row.implicitHeight + 2 * Theme.smallSpacing
    color: fallback ? Theme.tint(Theme.warning, 0.16) : Theme.tint(Theme.accent, 0.12)

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: Theme.spacing
        anchors.rightMargin: Theme.spacing
        spacing: Theme.smallSpacing

        Label {
            objectName: "demoStatus"
            Layout.fillWidth: true
            //: The demo bar; %1 is what the lab is doing or did last (a sentence)
            text: bar.lab === null ? "" : bar.fallback ? bar.lab.problem : qsTr("Demo lab: %1").arg(bar.lab.statusText)
            color: bar.fallback ? Theme.warning : Theme.text
            elide: Text.ElideRight
            wrapMode: bar.fallback ? Text.Wrap : Text.NoWrap
            maximumLineCount: 2
        }
        BusyIndicator {
            visible: bar.lab !== null && bar.lab.busy
            running: visible
            Layout.preferredWidth: 24
            Layout.preferredHeight: 24
        }
        Button {
            objectName: "demoTraffic"
            visible: bar.lab !== null && bar.lab.attached
            enabled: bar.lab !== null && !bar.lab.busy
            text: qsTr("Start traffic")
            onClicked: bar.lab.startTraffic()
        }
        Button {
            objectName: "demoCut"
            visible: bar.lab !== null && bar.lab.attached
            enabled: bar.lab !== null && !bar.lab.busy
            text: qsTr("Cut Wi-Fi")
            onClicked: bar.lab.cutWifi()
        }
        Button {
            objectName: "demoRestore"
            visible: bar.lab !== null && bar.lab.attached
            enabled: bar.lab !== null && !bar.lab.busy
            text: qsTr("Restore Wi-Fi")
            onClicked: bar.lab.restoreWifi()
        }
    }
}
