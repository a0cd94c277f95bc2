import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mptcp.Settings

// The traffic of each path (bytes/s, sent + received) over the last minutes: a Qt
// Quick Shapes plot while the page is shown, and a legend with the latest rate per path.
Card {
    id: card
    property TrafficHistory history
    // The page is shown: only then the chart exists (and redraws).
    property bool live: true
    property var rateText: function(rate) { return String(rate) }
    readonly property var colors: [Theme.accent, Theme.dark ? "#f0a04b" : "#d9730d", Theme.good, Theme.dark ? "#c39bd3" : "#8e44ad"]

    function colorFor(ifname) {
        var names = history ? history.interfaces() : []
        var i = names.indexOf(ifname)
        return colors[(i < 0 ? 0 : i) % colors.length]
    }

    Label {
        text: qsTr("Traffic per path")
        font.bold: true
        Layout.fillWidth: true
        Accessible.role: Accessible.Heading
    }

    Loader {
        objectName: "chartLoader"
        active: card.live && card.history !== null
        visible: active
        Layout.fillWidth: true
        Layout.preferredHeight: 210
        sourceComponent: TrafficChart {
            objectName: "trafficChart"
            history: card.history
            colorFor: card.colorFor
            rateText: card.rateText
        }
    }

    Label {
        objectName: "trafficWaiting"
        visible: card.history !== null && card.history.count === 0
        text: qsTr("Rates appear after two readings.")
        color: Theme.secondaryText
        Layout.fillWidth: true
        wrapMode: Text.Wrap
    }

    Flow {
        objectName: "trafficLegend"
        Layout.fillWidth: true
        spacing: Theme.spacing * 2
        Repeater {
            model: card.history
            RowLayout {
                required property int index
                required property string label
                required property real rate
                required property string interfaceName
                objectName: "legend_" + interfaceName
                spacing: Theme.smallSpacing
                Rectangle {
                    implicitWidth: 14
                    implicitHeight: 4
                    radius: 2
                    color: card.colorFor(parent.interfaceName)
                }
                Label {
                    text: parent.label
                }
                Label {
                    objectName: "rateLabel"
                    text: card.rateText(parent.rate)
                    font.family: Theme.monoFamily
                    color: Theme.secondaryText
                }
                Accessible.role: Accessible.StaticText
                Accessible.name: qsTr("%1: %2").arg(label).arg(card.rateText(rate))
            }
        }
    }
}
