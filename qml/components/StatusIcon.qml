import QtQuick
import Mptcp.Settings

// A filled circle with a glyph: good (✓), warning (!), error (✕), info (i), off (–),
// pending (…).
Rectangle {
    id: icon
    property string tone: "good"
    property int size: 20

    implicitWidth: size
    implicitHeight: size
    radius: size / 2
    color: tone === "good" ? Theme.good
         : tone === "warning" || tone === "partial" ? Theme.warning
         : tone === "error" || tone === "off" ? Theme.error
         : Theme.info
    Accessible.ignored: true

    Text {
        anchors.centerIn: parent
        text: icon.tone === "good" ? "\u2713"
            : icon.tone === "warning" || icon.tone === "partial" ? "!"
            : icon.tone === "error" ? "\u2715"
            : icon.tone === "off" ? "\u2013"
            : icon.tone === "pending" ? "\u2026" : "i"
        color: Theme.dark ? "#1b1b1b" : "white"
        font.bold: true
        font.pixelSize: icon.size * 0.62
    }
}
