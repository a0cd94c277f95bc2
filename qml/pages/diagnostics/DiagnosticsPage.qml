import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mptcp.Settings

// Checks ("why doesn't it work?"), counters and the debug report.
PageScaffold {
    id: page
    title: qsTr("Diagnostics")
}
