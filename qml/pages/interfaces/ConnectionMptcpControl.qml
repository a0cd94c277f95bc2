import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mptcp.Settings

// MPTCP for one NetworkManager connection: default / off / on with endpoint flags.
// Saved through libnm and reapplied to the device; errors (including NetworkManager
// refusing the user) appear right here.
ColumnLayout {
    id: control
    property string connectionName
    property string connectionUuid
    property string mode: "default"
    property var flags: []
    property string defaultText
    property PendingAction action: null

    // The choice on screen; starts from the profile and follows it until edited.
    property string chosenMode: mode
    property var chosenFlags: flags
    readonly property bool edited: chosenMode !== mode || (chosenMode === "on" && chosenFlags.join() !== flags.join())
    readonly property string problem: App.session.connectionChoiceProblem(chosenMode, chosenFlags)

    Layout.fillWidth: true
    spacing: Theme.smallSpacing

    function setFlag(word, on) {
        var list = chosenFlags.filter(function(w) { return w !== word })
        if (on)
            list.push(word)
        // Keep ip-mptcp order so the comparison with the profile is stable.
        chosenFlags = App.session.endpointFlagWords().filter(function(w) { return list.indexOf(w) >= 0 })
    }
    function reset() {
        chosenMode = Qt.binding(function() { return control.mode })
        chosenFlags = Qt.binding(function() { return control.flags })
    }

    Divider {}
    Label {
        //: %1 = NetworkManager connection name
        text: qsTr("MPTCP for “%1”").arg(control.connectionName)
        font.bold: true
        Layout.fillWidth: true
        wrapMode: Text.Wrap
    }
    ButtonGroup { id: modeGroup }
    RadioButton {
        objectName: "modeDefault"
        ButtonGroup.group: modeGroup
        checked: control.chosenMode === "default"
        text: qsTr("Default (currently: %1)").arg(control.defaultText)
        Accessible.name: text
        Layout.fillWidth: true
        id: defaultRadio
        contentItem: Label {
            leftPadding: defaultRadio.indicator.width + defaultRadio.spacing
            text: defaultRadio.text
            wrapMode: Text.Wrap
            verticalAlignment: Text.AlignVCenter
        }
        onClicked: control.chosenMode = "default"
    }
    RadioButton {
        objectName: "modeOff"
        ButtonGroup.group: modeGroup
        checked: control.chosenMode === "off"
        text: qsTr("Off")
        Accessible.name: qsTr("MPTCP off for this connection")
        onClicked: control.chosenMode = "off"
    }
    RadioButton {
        objectName: "modeOn"
        ButtonGroup.group: modeGroup
        checked: control.chosenMode === "on"
        text: qsTr("On, with these flags:")
        Accessible.name: qsTr("MPTCP on with chosen flags")
        onClicked: {
            if (control.chosenMode !== "on" && control.chosenFlags.length === 0)
                control.chosenFlags = ["subflow"]
            control.chosenMode = "on"
        }
    }
    ColumnLayout {
        visible: control.chosenMode === "on"
        Layout.leftMargin: 28
        Layout.fillWidth: true
        spacing: 0
        Repeater {
            model: App.session.endpointFlagWords()
            delegate: FlagCheckBox {
                required property string modelData
                objectName: "flag_" + modelData
                flag: modelData
                checked: control.chosenFlags.indexOf(modelData) >= 0
                onToggled: control.setFlag(modelData, checked)
            }
        }
    }
    Label {
        objectName: "choiceProblem"
        visible: control.problem.length > 0
        text: control.problem
        color: Theme.error
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    RowLayout {
        Layout.fillWidth: true
        visible: control.edited || (control.action !== null)
        InlineStatus {
            action: control.action
            busyText: qsTr("Saving and reapplying…")
            successText: qsTr("Saved; NetworkManager reapplied the connection.")
        }
        Item { Layout.fillWidth: true; visible: control.action === null }
        Button {
            text: qsTr("Revert")
            visible: control.edited
            Accessible.name: qsTr("Revert MPTCP choice for %1").arg(control.connectionName)
            onClicked: control.reset()
        }
        Button {
            objectName: "applyConnection"
            text: qsTr("Apply")
            visible: control.edited
            highlighted: true
            enabled: control.problem.length === 0 && !(control.action !== null && control.action.running)
            Accessible.name: qsTr("Apply MPTCP choice for %1").arg(control.connectionName)
            onClicked: {
                control.action = App.session.setConnectionMptcp(control.connectionUuid, control.chosenMode,
                                                                control.chosenFlags)
                control.action.finished.connect(function() {
                    if (control.action && control.action.succeeded)
                        control.reset()
                })
            }
        }
    }
}
