import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mptcp.Settings

// "Are you sure?" with the action's progress and error shown inside the dialog.
Dialog {
    id: dialog
    property string message
    property string confirmText: qsTr("OK")
    property PendingAction action: null
    // Close at once and report on the page instead (for actions with page-level status).
    property bool closeOnConfirm: false
    signal confirmed()

    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(460, Overlay.overlay ? Overlay.overlay.width - 32 : 460)
    onAboutToShow: action = null

    Connections {
        target: dialog.action
        function onFinished() {
            if (dialog.action.succeeded)
                dialog.close()
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing
        Label {
            text: dialog.message
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        InlineStatus { action: dialog.action }
    }

    footer: DialogButtonBox {
        Button {
            text: qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            Accessible.name: text
        }
        Button {
            objectName: "confirmButton"
            text: dialog.confirmText
            enabled: !(dialog.action !== null && dialog.action.running)
            DialogButtonBox.buttonRole: DialogButtonBox.ApplyRole
            Accessible.name: text
            onClicked: {
                dialog.confirmed()
                if (dialog.closeOnConfirm)
                    dialog.close()
            }
        }
    }
}
