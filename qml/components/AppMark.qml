import QtQuick
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
    // Painted into an image with QPainter's antialiasing. A Shape needs a multisampled
    // layer for that, whose extra shaders cost ≈ 3.5 MiB before the first frame under a
    // software OpenGL renderer (llvmpipe); this mark is on every first frame.
    Canvas {
        anchors.fill: parent
        property color stroke: Theme.accentText
        onStrokeChanged: requestPaint()
        onWidthChanged: requestPaint()
        onPaint: {
            const ctx = getContext("2d")
            ctx.reset()
            ctx.scale(width / 48, height / 48)
            ctx.lineWidth = 4
            ctx.lineCap = "round"
            ctx.lineJoin = "round"
            ctx.strokeStyle = stroke
            ctx.path = "M10 24 C18 24 18 12 26 12 L38 12 M10 24 C18 24 18 36 26 36 L38 36 M10 24 L38 24"
            ctx.stroke()
        }
    }
}
