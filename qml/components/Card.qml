import QtQuick
import QtQuick.Layouts
import Mptcp.Settings

// A rounded panel grouping related settings, as in GNOME Settings / System Settings.
Rectangle {
    id: card
    default property alias content: column.data
    property alias spacing: column.spacing
    property int padding: Theme.spacing + 4

    Layout.fillWidth: true
    implicitHeight: column.implicitHeight + 2 * padding
    radius: Theme.radius
    color: Theme.card
    border.color: Theme.cardBorder
    border.width: 1

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: card.padding
        spacing: Theme.spacing
    }
}
