import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mptcp.Settings

// Live MPTCP connections and their subflows per path.
PageScaffold {
    id: page
    title: qsTr("Activity")
}
