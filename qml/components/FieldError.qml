import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mptcp.Settings

// A validation message under a field; empty text hides it.
Label {
    property bool shown: true
    visible: shown && text.length > 0
    color: Theme.error
    wrapMode: Text.Wrap
    Layout.fillWidth: true
    font.pointSize: Qt.application.font.pointSize * 0.92
    Accessible.role: Accessible.AlertMessage
    Accessible.name: text
}
