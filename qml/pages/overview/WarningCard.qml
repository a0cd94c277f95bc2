import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mptcp.Settings

// One finding of the explain engine, with its one-click fix when there is one.
Card {
    id: card
    property string message
    property string tone: "warning"
    property bool fixAvailable: false
    property string fixText
    property PendingAction action: null
    signal fixRequested()

    padding: Theme.spacing
    Accessible.role: Accessible.AlertMessage
    Accessible.name: message

    GridLayout {
        Layout.fillWidth: true
        columns: card.width < 520 ? 2 : 3
        columnSpacing: Theme.spacing
        rowSpacing: Theme.smallSpacing
        StatusIcon {
            tone: card.tone
            Layout.alignment: Qt.AlignTop
        }
        Label {
            text: card.message
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Button {
            objectName: "fixButton"
            visible: card.fixAvailable
            text: card.fixText
            enabled: !(card.action !== null && card.action.running)
            highlighted: card.tone === "error"
            Layout.columnSpan: card.width < 520 ? 2 : 1
            Layout.alignment: card.width < 520 ? Qt.AlignRight : Qt.AlignVCenter
            Accessible.name: card.fixText
            onClicked: card.fixRequested()
        }
    }
    InlineStatus { action: card.action; successText: qsTr("Fixed") }
}
