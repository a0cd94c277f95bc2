import QtQuick
import QtQuick.Controls
import Mptcp.Settings

// One endpoint flag ("subflow", "backup"...) as a rounded chip; the explanation is
// the tooltip and the accessible description.
Rectangle {
    id: chip
    property string flag
    property string explanation: App.session ? App.session.flagExplanation(flag) : ""
    property bool muted: false

    implicitWidth: label.implicitWidth + 16
    implicitHeight: label.implicitHeight + 6
    radius: height / 2
    color: muted ? "transparent" : Theme.tint(Theme.accent, Theme.dark ? 0.32 : 0.14)
    border.color: muted ? Theme.cardBorder : Theme.tint(Theme.accent, 0.55)
    border.width: 1

    Accessible.role: Accessible.StaticText
    Accessible.name: flag
    Accessible.description: explanation

    Label {
        id: label
        anchors.centerIn: parent
        text: chip.flag
        font.pointSize: Qt.application.font.pointSize * 0.9
        color: chip.muted ? Theme.secondaryText : Theme.text
    }

    HoverHandler { id: hover }
    ToolTip.visible: hover.hovered && chip.explanation.length > 0
    ToolTip.text: chip.explanation
    ToolTip.delay: 500
}
