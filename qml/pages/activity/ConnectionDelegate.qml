import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mptcp.Settings

// One MPTCP connection: peer, owning process, the paths it uses, bytes, and a
// "fell back to TCP" badge; expanded, its subflows one per row.
Rectangle {
    id: row
    required property int index
    required property string cookie
    // For the "state" role, which Item.state would shadow.
    required property var model
    required property string local
    required property string remote
    required property string process
    required property bool fallback
    required property int subflowCount
    required property int activeSubflowCount
    required property var interfaces
    required property var bytesSent
    required property var bytesReceived

    property ConnectionsModel connections
    property bool expanded: false
    property var bytesText: function(bytes) { return String(bytes) }
    signal toggled()

    objectName: "connection_" + index
    implicitHeight: column.implicitHeight + 2 * Theme.smallSpacing
    radius: Theme.radius
    color: Theme.card
    border.color: fallback ? Theme.tint(Theme.warning, 0.7) : Theme.cardBorder
    border.width: 1

    Accessible.role: Accessible.ListItem
    Accessible.name: qsTr("Connection to %1").arg(remote)
    Accessible.description: summary.text

    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.smallSpacing
        anchors.leftMargin: Theme.spacing
        anchors.rightMargin: Theme.smallSpacing
        spacing: Theme.smallSpacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing

            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2
                RowLayout {
                    spacing: Theme.smallSpacing
                    Layout.fillWidth: true
                    Label {
                        text: row.remote
                        font.bold: true
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                        Layout.maximumWidth: implicitWidth
                    }
                    Rectangle {
                        objectName: "fallbackBadge"
                        visible: row.fallback
                        implicitWidth: badgeLabel.implicitWidth + 14
                        implicitHeight: badgeLabel.implicitHeight + 4
                        radius: height / 2
                        color: Theme.tint(Theme.warning, Theme.dark ? 0.3 : 0.16)
                        border.color: Theme.warning
                        Label {
                            id: badgeLabel
                            anchors.centerIn: parent
                            text: qsTr("fell back to TCP")
                            color: Theme.warning
                            font.bold: true
                            font.pointSize: Qt.application.font.pointSize * 0.85
                        }
                        ToolTip.visible: badgeHover.hovered
                        ToolTip.text: qsTr("The peer or something on the path did not accept MPTCP: this connection uses a single path.")
                        HoverHandler { id: badgeHover }
                    }
                    Item { Layout.fillWidth: true }
                }
                Label {
                    id: summary
                    objectName: "connectionSummary"
                    Layout.fillWidth: true
                    elide: Text.ElideRight
                    color: Theme.secondaryText
                    font.pointSize: Qt.application.font.pointSize * 0.92
                    text: {
                        var parts = []
                        if (row.process.length > 0)
                            parts.push(row.process)
                        parts.push(qsTr("from %1").arg(row.local))
                        if (row.model.state !== "established")
                            parts.push(row.model.state)
                        return parts.join(" \u00b7 ")
                    }
                }
            }

            // The paths: one icon per interface carrying a subflow.
            Row {
                spacing: 2
                Layout.alignment: Qt.AlignVCenter
                Repeater {
                    model: row.interfaces
                    DeviceIcon {
                        required property string modelData
                        size: 20
                        kind: row.connections ? (row.connections.interfaceTypes[modelData] || "other") : "other"
                        color: Theme.secondaryText
                    }
                }
            }
            Label {
                objectName: "subflowCount"
                text: qsTr("%n subflow(s)", "", row.subflowCount)
                color: row.activeSubflowCount > 0 || row.subflowCount === 0 ? Theme.text : Theme.warning
                Layout.alignment: Qt.AlignVCenter
            }
            Label {
                text: "\u2191 " + row.bytesText(row.bytesSent) + "  \u2193 " + row.bytesText(row.bytesReceived)
                font.family: Theme.monoFamily
                font.pointSize: Qt.application.font.pointSize * 0.9
                horizontalAlignment: Text.AlignRight
                Layout.minimumWidth: 170
                Layout.alignment: Qt.AlignVCenter
                Accessible.name: qsTr("Sent %1, received %2").arg(row.bytesText(row.bytesSent)).arg(row.bytesText(row.bytesReceived))
            }
            ToolButton {
                objectName: "expandButton"
                text: row.expanded ? "\u25b4" : "\u25be"
                enabled: row.subflowCount > 0
                Accessible.name: row.expanded ? qsTr("Hide subflows") : qsTr("Show subflows")
                onClicked: row.toggled()
            }
        }

        // Created only while expanded: a collapsed row holds no subflow model.
        Loader {
            objectName: "subflowsLoader"
            active: row.expanded
            visible: active
            Layout.fillWidth: true
            sourceComponent: ColumnLayout {
                spacing: 0
                Rectangle {
                    Layout.fillWidth: true
                    implicitHeight: 1
                    color: Theme.cardBorder
                }
                Repeater {
                    model: SubflowsModel {
                        objectName: "subflowsModel"
                        connections: row.connections
                        cookie: row.cookie
                    }
                    delegate: SubflowRow {
                        Layout.fillWidth: true
                        interfaceTypes: row.connections ? row.connections.interfaceTypes : ({})
                        bytesText: row.bytesText
                    }
                }
            }
        }
    }

    MouseArea {
        // The whole header row toggles, not only the small button.
        anchors.fill: parent
        z: -1
        enabled: row.subflowCount > 0
        onClicked: row.toggled()
    }
}
