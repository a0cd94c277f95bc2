import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mptcp.Settings

// Live MPTCP connections and their subflows per path. One ListView over the
// connections model (delegates are created only for visible rows, so 10 000
// connections cost what a screenful does); the summary, traffic plot and
// notification settings scroll with it as its header.
Item {
    id: page
    objectName: "activityPage"
    property string title: qsTr("Activity")
    // The connections shown; the app's live model unless a test or benchmark sets one.
    property ConnectionsModel model: Activity.connections
    // Read the kernel while shown. Off: show only what was applied to the model.
    property bool sampling: true
    // Cookie -> expanded, as the user chose (kept here: delegates are recycled).
    // Unchosen, a lone connection shows its subflows.
    property var expanded: ({})

    // On screen: this page is the current one and its window is neither hidden nor
    // minimized. Not "the window has focus": people watch the page while they start
    // traffic in a terminal next to it.
    readonly property bool shown: visible && Window.visibility !== Window.Hidden && Window.visibility !== Window.Minimized
    readonly property int margin: width < 500 ? Theme.spacing : 2 * Theme.spacing
    readonly property real contentWidth: Math.min(width - 2 * margin, Theme.maxContentWidth)

    function isExpanded(cookie) {
        var chosen = expanded[cookie]
        return chosen === undefined ? model.connectionCount === 1 : chosen
    }
    function setExpanded(cookie, on) {
        var copy = Object.assign({}, expanded)
        copy[cookie] = on
        expanded = copy
    }
    // Locale-aware "1.2 MB"; bytes may exceed 2^31.
    function bytesText(bytes) { return Qt.locale().formattedDataSize(Number(bytes), 1, Locale.DataSizeSIFormat) }
    function rateText(bytesPerSecond) {
        //: A transfer rate; %1 is an amount of data such as "1.2 MB"
        return qsTr("%1/s").arg(bytesText(Math.round(bytesPerSecond)))
    }
    function summaryText() {
        var n = model.connectionCount
        var text = model.paths.length > 0
            //: %1 lists the paths in use, e.g. "Wi-Fi + LTE"
            ? qsTr("%n MPTCP connection(s) over %1", "", n).arg(model.paths.join(" + "))
            : qsTr("%n MPTCP connection(s)", "", n)
        return text
    }

    Binding {
        target: page.model
        property: "active"
        value: page.sampling && page.shown
        when: page.model !== null
        restoreMode: Binding.RestoreValue
    }
    Connections {
        target: Activity
        function onRaiseRequested() {
            var w = page.Window.window
            if (w) {
                w.show()
                w.raise()
                w.requestActivate()
            }
        }
    }

    Accessible.role: Accessible.Pane
    Accessible.name: title

    ListView {
        id: list
        objectName: "connectionList"
        anchors.fill: parent
        model: page.model
        clip: true
        reuseItems: true
        boundsBehavior: Flickable.StopAtBounds
        spacing: Theme.smallSpacing
        ScrollBar.vertical: ScrollBar {}
        Accessible.role: Accessible.List
        Accessible.name: qsTr("MPTCP connections")

        header: Item {
            width: list.width
            implicitHeight: headerColumn.implicitHeight + page.margin + Theme.smallSpacing

            ColumnLayout {
                id: headerColumn
                width: page.contentWidth
                x: (parent.width - width) / 2
                y: page.margin
                spacing: Theme.spacing

                Label {
                    text: page.title
                    font.pointSize: Theme.titleSize * 0.75
                    font.bold: true
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    Accessible.role: Accessible.Heading
                }

                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.smallSpacing
                    visible: page.model.connectionCount > 0
                    StatusIcon {
                        tone: page.model.fallbackCount > 0 ? "warning" : "good"
                        size: 18
                    }
                    Label {
                        objectName: "summaryLabel"
                        text: page.summaryText()
                        font.pointSize: Theme.headingSize * 0.8
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Label {
                        objectName: "fallbackSummary"
                        visible: page.model.fallbackCount > 0
                        text: qsTr("%n fell back to TCP", "", page.model.fallbackCount)
                        color: Theme.warning
                        font.bold: true
                    }
                }

                Rectangle {
                    objectName: "errorState"
                    visible: page.model.errorString.length > 0
                    Layout.fillWidth: true
                    implicitHeight: errorRow.implicitHeight + 2 * Theme.spacing
                    radius: Theme.radius
                    color: Theme.tint(Theme.error, Theme.dark ? 0.22 : 0.1)
                    border.color: Theme.tint(Theme.error, 0.5)
                    RowLayout {
                        id: errorRow
                        anchors.fill: parent
                        anchors.margins: Theme.spacing
                        spacing: Theme.spacing
                        StatusIcon { tone: "error" }
                        Label {
                            objectName: "errorText"
                            text: qsTr("Cannot read the MPTCP connections: %1").arg(page.model.errorString)
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                            Accessible.role: Accessible.AlertMessage
                            Accessible.name: text
                        }
                        Button {
                            text: qsTr("Try again")
                            onClicked: page.model.refresh()
                        }
                    }
                }

                TrafficCard {
                    objectName: "trafficCard"
                    history: page.model.history
                    live: page.shown
                    rateText: page.rateText
                    visible: page.model.connectionCount > 0 || history.count > 0
                }

                NotificationSettings {
                    objectName: "notificationSettings"
                    notifier: Activity.notifier
                    tray: Activity.tray
                }

                BusyIndicator {
                    objectName: "busyIndicator"
                    // Only before the first rows: later reads refresh in place.
                    running: page.model.busy && page.model.connectionCount === 0 && page.model.errorString.length === 0
                    visible: running
                    Layout.alignment: Qt.AlignHCenter
                    Accessible.name: qsTr("Reading connections")
                }

                ColumnLayout {
                    objectName: "emptyState"
                    visible: page.model.connectionCount === 0 && !page.model.busy && page.model.errorString.length === 0
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacing
                    spacing: Theme.smallSpacing
                    Label {
                        text: qsTr("No MPTCP connections right now")
                        font.pointSize: Theme.headingSize * 0.8
                        font.bold: true
                        horizontalAlignment: Text.AlignHCenter
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Label {
                        text: qsTr("Programs use MPTCP when they ask for it or are started through mptcpize. To try it, run:")
                        color: Theme.secondaryText
                        horizontalAlignment: Text.AlignHCenter
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    TextField {
                        objectName: "tryCommand"
                        text: "mptcpize run curl https://check.mptcp.dev"
                        readOnly: true
                        selectByMouse: true
                        font.family: Theme.monoFamily
                        horizontalAlignment: Text.AlignHCenter
                        Layout.alignment: Qt.AlignHCenter
                        Layout.preferredWidth: Math.min(implicitWidth + 24, headerColumn.width)
                        Accessible.name: qsTr("Command to try MPTCP")
                    }
                }

                SectionHeader {
                    visible: page.model.connectionCount > 0
                    text: qsTr("Connections")
                }
            }
        }

        delegate: ConnectionDelegate {
            width: page.contentWidth
            x: (list.width - width) / 2
            connections: page.model
            expanded: page.isExpanded(cookie)
            bytesText: page.bytesText
            onToggled: page.setExpanded(cookie, !expanded)
        }

        footer: Item { width: list.width; height: page.margin }
    }
}
