import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mptcp.Settings

// Progress, then the result of one action (a PendingAction), shown next to the
// control that started it. The error is the helper's / NetworkManager's own text.
RowLayout {
    id: root
    property PendingAction action: null
    property string successText: qsTr("Applied")
    property string busyText: qsTr("Applying…")
    // Success fades out; errors stay until the next attempt.
    property bool showSuccess: false

    spacing: Theme.smallSpacing
    visible: action !== null && (action.running || action.failed || showSuccess)
    Layout.fillWidth: true

    Connections {
        target: root.action
        function onFinished() {
            root.showSuccess = root.action.succeeded
            if (root.showSuccess)
                hideTimer.restart()
        }
    }
    onActionChanged: showSuccess = false
    Timer { id: hideTimer; interval: 4000; onTriggered: root.showSuccess = false }

    BusyIndicator {
        visible: root.action !== null && root.action.running
        running: visible
        Layout.preferredWidth: 22
        Layout.preferredHeight: 22
        Accessible.name: root.busyText
    }
    StatusIcon {
        visible: root.action !== null && !root.action.running
        tone: root.action !== null && root.action.failed ? "error" : "good"
        size: 16
        Layout.alignment: Qt.AlignTop
    }
    Label {
        id: message
        // fillWidth + a small preferred width: wrapping text cannot feed back into the layout.
        Layout.fillWidth: true
        Layout.preferredWidth: 120
        wrapMode: Text.Wrap
        color: root.action !== null && root.action.failed ? Theme.error : Theme.secondaryText
        text: {
            if (root.action === null)
                return ""
            if (root.action.running)
                return root.busyText
            if (root.action.failed)
                return root.action.notAuthorized
                    ? qsTr("Not allowed: %1").arg(root.action.errorString)
                    : root.action.errorString
            return root.successText
        }
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }
}
