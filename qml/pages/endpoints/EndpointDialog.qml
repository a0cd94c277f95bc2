import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mptcp.Settings

// Add a kernel endpoint, or change the flags of one (the kernel can change only
// backup and fullmesh in place). Every field is checked as you type.
Dialog {
    id: dialog
    property bool editing: false
    property int editId: 0
    property PendingAction action: null

    title: editing ? qsTr("Edit endpoint %1").arg(editId) : qsTr("Add endpoint")
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(520, Overlay.overlay ? Overlay.overlay.width - 24 : 520)
    height: Math.min(implicitHeight, Overlay.overlay ? Overlay.overlay.height - 24 : implicitHeight)

    function openForAdd() {
        editing = false
        editId = 0
        form.clear()
        action = null
        open()
        addressField.forceActiveFocus()
    }
    function openForEdit(id, address, flags) {
        editing = true
        editId = id
        form.clear()
        form.address = address
        form.signalFlag = flags.indexOf("signal") >= 0
        form.subflowFlag = flags.indexOf("subflow") >= 0
        form.backupFlag = flags.indexOf("backup") >= 0
        form.fullmeshFlag = flags.indexOf("fullmesh") >= 0
        action = null
        open()
        backupBox.forceActiveFocus()
    }
    function submit() {
        if (editing) {
            var changeable = []
            if (form.backupFlag) changeable.push("backup")
            if (form.fullmeshFlag) changeable.push("fullmesh")
            action = App.session.setEndpointFlags(editId, changeable)
        } else {
            action = App.session.addEndpoint(form.address, form.idText, form.portText, form.flags, form.interfaceName)
        }
    }
    readonly property bool acceptable: editing ? form.flagsError.length === 0 : form.acceptable

    EndpointForm {
        id: form
        endpoints: dialog.editing ? null : App.session.endpoints
        interfaces: App.session.interfaceNames
    }
    Connections {
        target: dialog.action
        function onFinished() {
            if (dialog.action.succeeded)
                dialog.close()
        }
    }

    contentItem: ScrollView {
        id: scroller
        contentWidth: availableWidth
        clip: true
        implicitHeight: fields.implicitHeight

        ColumnLayout {
            id: fields
            width: scroller.availableWidth
            spacing: Theme.smallSpacing

            Label { text: qsTr("Address"); font.bold: true }
            TextField {
                id: addressField
                objectName: "addressField"
                Layout.fillWidth: true
                text: form.address
                enabled: !dialog.editing
                placeholderText: qsTr("e.g. 192.0.2.10 or 2001:db8::10")
                inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
                Accessible.name: qsTr("Address")
                onTextEdited: form.address = text
                onAccepted: if (dialog.acceptable) dialog.submit()
            }
            FieldError { objectName: "addressError"; text: dialog.editing ? "" : form.addressError; shown: addressField.text.length > 0 }

            GridLayout {
                Layout.fillWidth: true
                visible: !dialog.editing
                columns: dialog.width < 420 ? 1 : 3
                columnSpacing: Theme.spacing
                rowSpacing: Theme.smallSpacing
                ColumnLayout {
                    Layout.fillWidth: true
                    Label { text: qsTr("Interface") ; font.bold: true }
                    ComboBox {
                        id: interfaceBox
                        objectName: "interfaceBox"
                        Layout.fillWidth: true
                        model: [qsTr("Any")].concat(App.session.interfaceNames)
                        Accessible.name: qsTr("Interface")
                        onActivated: form.interfaceName = currentIndex > 0 ? currentText : ""
                        Connections {
                            target: form
                            function onChanged() {
                                if (form.interfaceName === "")
                                    interfaceBox.currentIndex = 0
                            }
                        }
                    }
                }
                ColumnLayout {
                    Label { text: qsTr("ID") ; font.bold: true }
                    TextField {
                        id: idField
                        objectName: "idField"
                        Layout.preferredWidth: 90
                        text: form.idText
                        placeholderText: qsTr("auto")
                        inputMethodHints: Qt.ImhDigitsOnly
                        Accessible.name: qsTr("Endpoint ID")
                        onTextEdited: form.idText = text
                    }
                }
                ColumnLayout {
                    Label { text: qsTr("Port") ; font.bold: true }
                    TextField {
                        id: portField
                        objectName: "portField"
                        Layout.preferredWidth: 90
                        text: form.portText
                        placeholderText: qsTr("none")
                        inputMethodHints: Qt.ImhDigitsOnly
                        Accessible.name: qsTr("Port")
                        onTextEdited: form.portText = text
                    }
                }
            }
            FieldError { objectName: "idError"; text: form.idError }
            FieldError { objectName: "portError"; text: form.portError }
            FieldError { text: form.interfaceError }

            Label { text: qsTr("Flags"); font.bold: true; Layout.topMargin: Theme.smallSpacing }
            FlagCheckBox {
                objectName: "signalBox"
                flag: "signal"
                enabled: !dialog.editing
                checked: form.signalFlag
                onToggled: form.signalFlag = checked
            }
            FlagCheckBox {
                objectName: "subflowBox"
                flag: "subflow"
                enabled: !dialog.editing
                checked: form.subflowFlag
                onToggled: form.subflowFlag = checked
            }
            FlagCheckBox {
                id: backupBox
                objectName: "backupBox"
                flag: "backup"
                checked: form.backupFlag
                onToggled: form.backupFlag = checked
            }
            FlagCheckBox {
                objectName: "fullmeshBox"
                flag: "fullmesh"
                checked: form.fullmeshFlag
                onToggled: form.fullmeshFlag = checked
            }
            FieldError { objectName: "flagsError"; text: form.flagsError }
            Label {
                visible: form.flagsHint.length > 0 && form.flagsError.length === 0 && !dialog.editing
                text: form.flagsHint
                color: Theme.secondaryText
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            InlineStatus { action: dialog.action; busyText: qsTr("Asking the kernel…") }
        }
    }

    footer: DialogButtonBox {
        Button {
            text: qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            Accessible.name: text
        }
        Button {
            objectName: "submitButton"
            text: dialog.editing ? qsTr("Save") : qsTr("Add")
            highlighted: true
            enabled: dialog.acceptable && !(dialog.action !== null && dialog.action.running)
            DialogButtonBox.buttonRole: DialogButtonBox.ApplyRole
            Accessible.name: text
            onClicked: dialog.submit()
        }
    }
}
