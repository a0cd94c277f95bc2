import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mptcp.Settings

Card {
    id: card
    required property string interfaceName
    required property string kind
    required property string kindText
    required property string stateText
    required property bool connected
    required property string connectionName
    required property string connectionUuid
    required property string mptcpMode
    required property var connectionFlags
    required property string defaultText
    required property bool mptcpActive
    required property string summary
    required property AddressModel addresses

    objectName: "device_" + interfaceName
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Interface %1").arg(interfaceName)

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        Rectangle {
            implicitWidth: 44
            implicitHeight: 44
            radius: 22
            color: Theme.tint(card.mptcpActive ? Theme.good : Theme.text, card.mptcpActive ? 0.15 : 0.07)
            Layout.alignment: Qt.AlignTop
            DeviceIcon {
                anchors.centerIn: parent
                kind: card.kind
                color: card.mptcpActive ? Theme.good : Theme.secondaryText
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Flow {
                Layout.fillWidth: true
                spacing: Theme.smallSpacing
                Label {
                    text: card.interfaceName
                    font.bold: true
                    font.pointSize: Theme.headingSize * 0.85
                }
                Label {
                    text: card.connectionName.length > 0 ? "· " + card.connectionName : ""
                    visible: text.length > 0
                    font.pointSize: Theme.headingSize * 0.85
                }
            }
            Label {
                //: %1 = device type (Wi-Fi, Ethernet...), %2 = its state
                text: qsTr("%1 · %2").arg(card.kindText).arg(card.stateText)
                color: Theme.secondaryText
                Layout.fillWidth: true
                wrapMode: Text.Wrap
            }
        }
        Rectangle {
            Layout.alignment: Qt.AlignTop
            implicitWidth: badge.implicitWidth + 16
            implicitHeight: badge.implicitHeight + 6
            radius: height / 2
            visible: card.connected
            color: Theme.tint(card.mptcpActive ? Theme.good : Theme.secondaryText, 0.15)
            Label {
                id: badge
                anchors.centerIn: parent
                text: card.mptcpActive ? qsTr("MPTCP on") : qsTr("MPTCP off")
                color: card.mptcpActive ? Theme.good : Theme.secondaryText
                font.bold: true
                font.pointSize: Qt.application.font.pointSize * 0.9
            }
        }
    }

    Label {
        objectName: "summary"
        text: card.summary
        Layout.fillWidth: true
        wrapMode: Text.Wrap
    }

    Repeater {
        model: card.addresses
        delegate: AddressRow {}
    }

    ConnectionMptcpControl {
        visible: card.connectionUuid.length > 0
        connectionName: card.connectionName
        connectionUuid: card.connectionUuid
        mode: card.mptcpMode
        flags: card.connectionFlags
        defaultText: card.defaultText
    }
}
