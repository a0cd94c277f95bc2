import QtQuick
import QtQuick.Shapes
import Mptcp.Settings

// The device type as a small line icon (drawn, so it scales and follows the palette).
Item {
    id: root
    property string kind: "other"
    property color color: Theme.text
    property int size: 28

    implicitWidth: size
    implicitHeight: size
    Accessible.ignored: true

    Shape {
        anchors.centerIn: parent
        width: 24
        height: 24
        scale: root.size / 24
        antialiasing: true
        layer.enabled: true
        layer.samples: 4
        layer.smooth: true

        ShapePath {
            strokeColor: root.color
            strokeWidth: 1.8
            fillColor: "transparent"
            capStyle: ShapePath.RoundCap
            joinStyle: ShapePath.RoundJoin
            PathSvg {
                path: {
                    switch (root.kind) {
                    case "ethernet":
                        // An RJ45 socket.
                        return "M4 6h16v11h-4v3h-8v-3h-4z M8 10v3 M11 10v3 M14 10v3 M17 10v3"
                    case "wifi":
                        return "M2.5 9.5a14 14 0 0 1 19 0 M5.5 12.8a9.5 9.5 0 0 1 13 0 M8.6 16a5 5 0 0 1 6.8 0 M12 19.2v0.1"
                    case "mobile":
                        return "M5 19v-3 M9.5 19v-6 M14 19v-9 M18.5 19v-12"
                    case "vpn":
                        // A padlock.
                        return "M6 11h12v9h-12z M8.5 11v-3a3.5 3.5 0 0 1 7 0v3 M12 14.5v2.5"
                    default:
                        return "M12 4a8 8 0 1 0 0.01 0 M4 12h16 M12 4c-3 3-3 13 0 16 M12 4c3 3 3 13 0 16"
                    }
                }
            }
        }
    }
}
