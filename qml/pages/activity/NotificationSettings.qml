import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mptcp.Settings

// Desktop notifications and the tray icon: on/off, and which events notify.
// The notifier and the tray icon save every change themselves (QSettings).
Card {
    id: card
    property Notifier notifier
    property TrayIcon tray
    property bool showKinds: false

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        Switch {
            objectName: "notificationsSwitch"
            text: qsTr("Notify about paths, fallbacks and endpoints")
            checked: card.notifier ? card.notifier.enabled : false
            enabled: card.notifier !== null
            onToggled: card.notifier.enabled = checked
            Accessible.name: text
            Layout.fillWidth: true
        }
        ToolButton {
            objectName: "notificationKindsButton"
            text: card.showKinds ? qsTr("Fewer options") : qsTr("Choose events…")
            enabled: card.notifier !== null && card.notifier.enabled
            onClicked: card.showKinds = !card.showKinds
            Accessible.name: text
        }
    }

    GridLayout {
        objectName: "notificationKinds"
        visible: card.showKinds && card.notifier !== null && card.notifier.enabled
        columns: width > 520 ? 2 : 1
        Layout.fillWidth: true
        Layout.leftMargin: Theme.spacing * 2
        columnSpacing: Theme.spacing
        rowSpacing: 0
        CheckBox {
            objectName: "subflowClosedBox"
            text: qsTr("A path's subflow closed")
            checked: card.notifier ? card.notifier.subflowClosedEnabled : false
            onToggled: card.notifier.subflowClosedEnabled = checked
            Accessible.name: text
        }
        CheckBox {
            objectName: "failoverBox"
            text: qsTr("Failover to a backup path")
            checked: card.notifier ? card.notifier.failoverEnabled : false
            onToggled: card.notifier.failoverEnabled = checked
            Accessible.name: text
        }
        CheckBox {
            objectName: "fallbackBox"
            text: qsTr("Connections falling back to TCP")
            checked: card.notifier ? card.notifier.fallbackEnabled : false
            onToggled: card.notifier.fallbackEnabled = checked
            Accessible.name: text
        }
        CheckBox {
            objectName: "endpointRemovedBox"
            text: qsTr("Endpoint removed")
            checked: card.notifier ? card.notifier.endpointRemovedEnabled : false
            onToggled: card.notifier.endpointRemovedEnabled = checked
            Accessible.name: text
        }
        CheckBox {
            objectName: "mptcpDisabledBox"
            text: qsTr("MPTCP switched off")
            checked: card.notifier ? card.notifier.mptcpDisabledEnabled : false
            onToggled: card.notifier.mptcpDisabledEnabled = checked
            Accessible.name: text
        }
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        Switch {
            objectName: "traySwitch"
            text: qsTr("Show a tray icon with the connection summary")
            checked: card.tray ? card.tray.enabled : false
            enabled: card.tray !== null
            onToggled: card.tray.enabled = checked
            Accessible.name: text
            Layout.fillWidth: true
        }
        Label {
            objectName: "trayStatus"
            visible: card.tray !== null && card.tray.enabled && !card.tray.available
            text: qsTr("No tray on this desktop")
            color: Theme.secondaryText
            font.pointSize: Qt.application.font.pointSize * 0.9
        }
    }
}
