import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mptcp.Settings

// NetworkManager's connection.mptcp-flags default (a conf.d drop-in the helper writes).
ColumnLayout {
    id: control
    property string mode: "default"
    property var flags: []
    property string sourceText
    property PendingAction action: null
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
        chosenFlags = App.session.endpointFlagWords().filter(function(w) { return list.indexOf(w) >= 0 })
    }
    function reset() {
        chosenMode = Qt.binding(function() { return control.mode })
        chosenFlags = Qt.binding(function() { return control.flags })
    }

    Label {
        objectName: "globalDefaultSource"
        text: control.sourceText
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    ButtonGroup { id: group }
    RadioButton {
        objectName: "globalNotSet"
        ButtonGroup.group: group
        text: qsTr("Not set (NetworkManager's built-in default)")
        checked: control.chosenMode === "default"
        Accessible.name: text
        onClicked: control.chosenMode = "default"
    }
    RadioButton {
        objectName: "globalOff"
        ButtonGroup.group: group
        text: qsTr("Off for new connections")
        checked: control.chosenMode === "off"
        Accessible.name: text
        onClicked: control.chosenMode = "off"
    }
    RadioButton {
        objectName: "globalOn"
        ButtonGroup.group: group
        text: qsTr("On, with these flags:")
        checked: control.chosenMode === "on"
        Accessible.name: qsTr("On for new connections, with chosen flags")
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
                objectName: "globalFlag_" + modelData
                flag: modelData
                checked: control.chosenFlags.indexOf(modelData) >= 0
                onToggled: control.setFlag(modelData, checked)
            }
        }
    }
    FieldError { text: control.problem }
    RowLayout {
        Layout.fillWidth: true
        visible: control.edited || control.action !== null
        InlineStatus {
            action: control.action
            successText: qsTr("Saved; NetworkManager reloaded its configuration.")
        }
        Item { Layout.fillWidth: true; visible: control.action === null }
        Button {
            text: qsTr("Revert")
            visible: control.edited
            Accessible.name: qsTr("Revert default for new connections")
            onClicked: control.reset()
        }
        Button {
            objectName: "applyGlobalDefault"
            text: qsTr("Apply")
            visible: control.edited
            highlighted: true
            enabled: control.problem.length === 0 && !(control.action !== null && control.action.running)
            Accessible.name: qsTr("Apply default for new connections")
            onClicked: {
                control.action = App.session.setGlobalDefault(control.chosenMode, control.chosenFlags)
                control.action.finished.connect(function() {
                    if (control.action && control.action.succeeded)
                        control.reset()
                })
            }
        }
    }
}
