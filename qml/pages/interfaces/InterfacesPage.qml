import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mptcp.Settings

// One card per network device: its addresses with the endpoint each got (or why
// not), and MPTCP for the connection active on it.
PageScaffold {
    id: page
    title: qsTr("Interfaces")
    subtitle: qsTr("Which addresses MPTCP can use, and why the others are left out.")

    Label {
        visible: App.session.devices.rowCount() === 0 && deviceRepeater.count === 0
        text: qsTr("No network interfaces found.")
        color: Theme.secondaryText
        Layout.fillWidth: true
    }

    Repeater {
        id: deviceRepeater
        model: App.session.devices
        delegate: DeviceCard {}
    }
}
