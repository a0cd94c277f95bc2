import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mptcp.Settings

// The small bold title above a group of cards.
Label {
    Layout.fillWidth: true
    Layout.topMargin: Theme.spacing
    font.bold: true
    font.pointSize: Theme.headingSize * 0.8
    color: Theme.secondaryText
    wrapMode: Text.Wrap
    Accessible.role: Accessible.Heading
}
