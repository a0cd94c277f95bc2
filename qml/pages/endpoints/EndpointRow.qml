import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mptcp.Settings

// One kernel endpoint: id, address, flags as chips, interface, origin, actions.
Rectangle {
    id: row
    required property int index
    required property int endpointId
    required property string address
    required property int port
    required property var flags
    required property string interfaceName
    required property string origin
    required property string originText
    signal editRequested()
    signal deleteRequested()
    readonly property bool narrow: width < 560

    Layout.fillWidth: true
    implicitHeight: grid.implicitHeight + 2 * Theme.spacing
    color: "transparent"
    objectName: "endpoint_" + endpointId
    Accessible.role: Accessible.Row
    Accessible.name: qsTr("Endpoint %1, %2, flags %3").arg(endpointId).arg(address).arg(flags.join(", "))

    Divider { anchors.top: parent.top; width: parent.width; visible: row.index > 0 }

    GridLayout {
        id: grid
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.margins: Theme.spacing + 4
        columns: row.narrow ? 2 : 4
        columnSpacing: Theme.spacing
        rowSpacing: Theme.smallSpacing

        Label {
            text: "#" + row.endpointId
            color: Theme.secondaryText
            font.family: Theme.monoFamily
            Layout.preferredWidth: 36
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 4
            Label {
                text: row.port > 0 ? row.address + " " + qsTr("port %1").arg(row.port) : row.address
                font.family: Theme.monoFamily
                Layout.fillWidth: true
                elide: Text.ElideRight
            }
            Flow {
                Layout.fillWidth: true
                spacing: 4
                Repeater {
                    model: row.flags
                    delegate: FlagChip { required property string modelData; flag: modelData }
                }
                Label {
                    visible: row.flags.length === 0
                    text: qsTr("no flags")
                    color: Theme.secondaryText
                }
            }
        }
        ColumnLayout {
            spacing: 2
            Layout.columnSpan: row.narrow ? 2 : 1
            Layout.leftMargin: row.narrow ? 36 + Theme.spacing : 0
            Label {
                text: row.interfaceName.length > 0 ? row.interfaceName : qsTr("any interface")
                color: row.interfaceName.length > 0 ? Theme.text : Theme.secondaryText
            }
            Label {
                text: row.originText
                color: row.origin === "networkmanager" ? Theme.secondaryText
                     : row.origin === "manual" ? Theme.info : Theme.warning
                font.pointSize: Qt.application.font.pointSize * 0.9
            }
        }
        RowLayout {
            Layout.columnSpan: row.narrow ? 2 : 1
            Layout.alignment: Qt.AlignRight
            spacing: 2
            Button {
                objectName: "editButton"
                text: qsTr("Edit…")
                flat: true
                Accessible.name: qsTr("Edit endpoint %1").arg(row.endpointId)
                onClicked: row.editRequested()
            }
            Button {
                objectName: "deleteButton"
                text: qsTr("Remove…")
                flat: true
                Accessible.name: qsTr("Remove endpoint %1").arg(row.endpointId)
                onClicked: row.deleteRequested()
            }
        }
    }
}
