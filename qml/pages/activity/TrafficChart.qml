import QtQuick
import QtQuick.Controls
import QtQuick.Shapes
import Mptcp.Settings

// Bytes per second per path over the last minutes, one line per interface, drawn
// with Qt Quick Shapes from the connections model's TrafficHistory (a plain Qt Quick
// plot: Qt Charts would tie the app to QApplication and QtWidgets).
Item {
    id: chart
    property TrafficHistory history
    // A colour per interface, the same the legend uses.
    property var colorFor: function(ifname) { return Theme.accent }
    property var rateText: function(rate) { return String(rate) }
    // Lines drawn (one per interface of the history).
    readonly property int count: lines.count
    // The x axis spans whole minutes of what the history holds, up to its window.
    property real spanSeconds: 60
    // Bumped on every sample so the lines fetch their points again.
    property int revision: 0

    // The y unit follows the peak, so labels stay short ("4.2" MB/s, not 4200000).
    readonly property real peak: history ? history.peakRate : 0
    readonly property real unit: peak >= 1e9 ? 1e9 : peak >= 1e6 ? 1e6 : peak >= 1e3 ? 1e3 : 1
    readonly property string unitText: unit === 1e9 ? qsTr("GB/s") : unit === 1e6 ? qsTr("MB/s") : unit === 1e3 ? qsTr("kB/s") : qsTr("B/s")
    // Headroom above the peak, and a floor so an idle plot is not all noise.
    readonly property real maxValue: Math.max(peak * 1.15 / unit, 1)
    readonly property int xTicks: 6
    readonly property int yTicks: 5

    readonly property real labelSize: Qt.application.font.pointSize * 0.85
    readonly property color axisText: Theme.secondaryText

    // The current rate of every path, for screen readers (the lines say nothing).
    function describe() {
        var parts = []
        for (var i = 0; i < lines.count; ++i) {
            var line = lines.itemAt(i)
            if (line)
                parts.push(qsTr("%1: %2").arg(line.label).arg(chart.rateText(line.rate)))
        }
        return parts.join(", ")
    }

    function update() {
        if (!history)
            return
        var oldest = 0
        var names = history.interfaces()
        for (var i = 0; i < names.length; ++i) {
            var points = history.points(names[i])
            if (points.length > 0)
                oldest = Math.max(oldest, -points[0].age)
        }
        spanSeconds = Math.min(history.windowSeconds, Math.max(60, Math.ceil(oldest / 60) * 60))
        ++revision
    }

    Accessible.role: Accessible.Chart
    Accessible.name: qsTr("Traffic per path over the last %n minute(s)", "", Math.round(spanSeconds / 60))
    Accessible.description: revision >= 0 ? describe() : ""

    Connections {
        target: chart.history
        function onUpdated() { chart.update() }
        function onCountChanged() { chart.update() }
    }
    Component.onCompleted: update()

    FontMetrics {
        id: metrics
        font.pointSize: chart.labelSize
    }

    // The plot area: room on the left for the y labels, below for the x labels and
    // the axis title, above for the unit.
    Item {
        id: plot
        anchors.fill: parent
        anchors.leftMargin: metrics.advanceWidth("000.0") + Theme.smallSpacing
        anchors.topMargin: metrics.height + Theme.smallSpacing
        anchors.bottomMargin: metrics.height * 2.5 + Theme.smallSpacing
        anchors.rightMargin: metrics.advanceWidth("0") + Theme.smallSpacing

        // Horizontal grid lines with the rate they stand for.
        Repeater {
            model: chart.yTicks
            Item {
                required property int index
                readonly property real value: chart.maxValue * index / (chart.yTicks - 1)
                y: plot.height * (1 - index / (chart.yTicks - 1))
                width: plot.width
                Rectangle {
                    width: parent.width
                    height: 1
                    color: Theme.cardBorder
                }
                Label {
                    text: parent.value.toFixed(1)
                    font.pointSize: chart.labelSize
                    color: chart.axisText
                    anchors.right: parent.left
                    anchors.rightMargin: Theme.smallSpacing
                    anchors.verticalCenter: parent.top
                }
            }
        }
        // Vertical grid lines, labelled in seconds before the latest sample.
        Repeater {
            model: chart.xTicks
            Item {
                required property int index
                x: plot.width * index / (chart.xTicks - 1)
                height: plot.height
                Rectangle {
                    width: 1
                    height: parent.height
                    color: Theme.cardBorder
                }
                Label {
                    text: Math.round(chart.spanSeconds * (1 - parent.index / (chart.xTicks - 1)))
                    font.pointSize: chart.labelSize
                    color: chart.axisText
                    // Clear of the y axis' lowest label, which is centred on the bottom line.
                    anchors.top: parent.bottom
                    anchors.topMargin: metrics.height / 2
                    anchors.horizontalCenter: parent.left
                }
            }
        }

        Repeater {
            id: lines
            model: chart.history
            Shape {
                id: line
                required property string interfaceName
                required property string label
                required property real rate
                anchors.fill: parent
                // Smooth lines without multisampling the whole window.
                layer.enabled: true
                layer.samples: 4
                ShapePath {
                    strokeColor: chart.colorFor(line.interfaceName)
                    strokeWidth: 2
                    fillColor: "transparent"
                    joinStyle: ShapePath.RoundJoin
                    PathPolyline {
                        path: chart.revision >= 0 && chart.history
                              ? chart.history.polyline(line.interfaceName, plot.width, plot.height, chart.spanSeconds, chart.maxValue * chart.unit)
                              : []
                    }
                }
            }
        }
    }

    Label {
        text: chart.unitText
        font.pointSize: chart.labelSize
        color: chart.axisText
        anchors.left: parent.left
        anchors.top: parent.top
    }
    Label {
        text: qsTr("seconds ago")
        font.pointSize: chart.labelSize
        color: chart.axisText
        anchors.horizontalCenter: plot.horizontalCenter
        anchors.bottom: parent.bottom
    }
}
