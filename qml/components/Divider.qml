import QtQuick
import QtQuick.Layouts
import Mptcp.Settings

// A thin line between rows of a card.
Rectangle {
    Layout.fillWidth: true
    implicitHeight: 1
    color: Theme.cardBorder
    Accessible.ignored: true
}
