import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mptcp.Settings

// Shown while `--demo` starts the lab (4–8 s): the lab's own progress lines. It
// does not use App: the session only exists once the lab is up.
ApplicationWindow {
    id: window
    required property DemoLab lab
    width: 520
    height: 220
    visible: true
    color: Theme.window
    title: qsTr("MPTCP Settings (demo)")

    ColumnLayout {
        anchors.centerIn: parent
        width: parent.width - 4 * Theme.spacing
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            text: qsTr("Preparing the Wi-Fi + LTE demo lab")
            font.pointSize: Theme.headingSize
            font.bold: true
            color: Theme.text
            horizontalAlignment: Text.AlignHCenter
        }
        BusyIndicator {
            Layout.alignment: Qt.AlignHCenter
            running: true
        }
        Label {
            objectName: "startupStatus"
            Layout.fillWidth: true
            text: window.lab.statusText
            color: Theme.text
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
        }
        // The lab script's own progress line (English), for those who want to know more.
        Label {
            objectName: "startupDetail"
            Layout.fillWidth: true
            visible: text.length > 0
            text: window.lab.detailText
            color: Theme.secondaryText
            font.pointSize: Qt.application.font.pointSize * 0.9
            horizontalAlignment: Text.AlignHCenter
            elide: Text.ElideMiddle
        }
    }
}
