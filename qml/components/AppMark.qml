import QtQuick
import QtQuick.Shapes
import Mptcp.Settings

// The app's mark (same drawing as data/icons/org.mptcp.Settings.svg): two paths
// leaving one point and meeting again.
Item {
    id: mark
    property int size: 32
    implicitWidth: size
    implicitHeight: size
    Accessible.ignored: true

    Rectangle {
        anchors.fill: parent
        radius: width * 0.22
        color: Theme.accent
    }
    Shape {
        anchors.centerIn: parent
        width: 48
        height: 48
        scale: mark.size / 48
        antialiasing: true
        layer.enabled: true
        layer.samples: 4
        ShapePath {
            strokeColor: Theme.accentText
            strokeWidth: 4
            fillColor: "transparent"
            capStyle: ShapePath.RoundCap
            PathSvg { path: "M10 24 C18 24 18 12 26 12 L38 12 M10 24 C18 24 18 36 26 36 L38 36 M10 24 L38 24" }
        }
    }
}
