import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mptcp.Settings

// One TCP subflow of a connection: the path (interface with its icon), addresses,
// backup/active, RTT, congestion window and bytes.
Item {
    id: row
    required property int index
    // For the roles whose names clash with Item.state and a reserved word.
    required property var model
    required property string local
    required property string remote
    required property bool backup
    required property bool active
    required property real rttMs
    required property int cwnd
    required property var bytesSent
    required property var bytesReceived
    property var interfaceTypes: ({})
    property var bytesText: function(bytes) { return String(bytes) }

    readonly property string subflowState: model.state
    readonly property string ifname: model["interface"]
    readonly property string kind: interfaceTypes[ifname] || "other"
    readonly property string pathName: {
        var label = kind === "wifi" ? qsTr("Wi-Fi") : kind === "mobile" ? qsTr("LTE")
                  : kind === "ethernet" ? qsTr("Ethernet") : kind === "vpn" ? qsTr("VPN") : ""
        if (ifname.length === 0)
            return qsTr("unknown interface")
        //: A path: "Wi-Fi (wlan0)"
        return label.length > 0 ? qsTr("%1 (%2)").arg(label).arg(ifname) : ifname
    }
    readonly property string roleText: subflowState !== "established" ? subflowState
                                       : backup ? (active ? qsTr("backup, in use") : qsTr("backup"))
                                       : qsTr("active")

    objectName: "subflow_" + index
    implicitHeight: layout.implicitHeight + 2 * Theme.smallSpacing
    Accessible.role: Accessible.ListItem
    Accessible.name: qsTr("Subflow on %1").arg(pathName)
    Accessible.description: roleText

    RowLayout {
        id: layout
        anchors.fill: parent
        anchors.topMargin: Theme.smallSpacing
        anchors.bottomMargin: Theme.smallSpacing
        spacing: Theme.spacing

        DeviceIcon {
            kind: row.kind
            size: 22
            color: row.subflowState === "established" && (row.active || !row.backup) ? Theme.accent : Theme.secondaryText
        }
        ColumnLayout {
            spacing: 0
            Layout.fillWidth: true
            Label {
                objectName: "pathLabel"
                text: row.pathName
                font.bold: true
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Label {
                text: row.local + " \u2192 " + row.remote
                color: Theme.secondaryText
                font.family: Theme.monoFamily
                font.pointSize: Qt.application.font.pointSize * 0.85
                elide: Text.ElideMiddle
                Layout.fillWidth: true
            }
        }
        Label {
            objectName: "roleLabel"
            text: row.roleText
            color: row.backup ? Theme.secondaryText : Theme.good
            Layout.preferredWidth: 100
        }
        Label {
            //: Round-trip time of a subflow in milliseconds
            text: qsTr("RTT %1 ms").arg(Number(row.rttMs).toLocaleString(Qt.locale(), "f", 1))
            font.pointSize: Qt.application.font.pointSize * 0.9
            Layout.preferredWidth: 95
        }
        Label {
            //: TCP congestion window in segments
            text: qsTr("cwnd %1").arg(row.cwnd)
            font.pointSize: Qt.application.font.pointSize * 0.9
            Layout.preferredWidth: 70
        }
        Label {
            text: "\u2191 " + row.bytesText(row.bytesSent) + "  \u2193 " + row.bytesText(row.bytesReceived)
            font.family: Theme.monoFamily
            font.pointSize: Qt.application.font.pointSize * 0.85
            horizontalAlignment: Text.AlignRight
            Layout.minimumWidth: 160
            Accessible.name: qsTr("Sent %1, received %2").arg(row.bytesText(row.bytesSent)).arg(row.bytesText(row.bytesReceived))
        }
    }
}
