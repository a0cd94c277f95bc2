import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mptcp.Settings

// One address: the endpoint flags NetworkManager gives it (chips) or why it gets
// none, and whether the kernel's endpoint table agrees.
ColumnLayout {
    id: row
    required property string address
    required property int prefixLength
    required property string family
    required property bool expectsEndpoint
    required property var expectedFlags
    required property string reason
    required property bool hasKernelEndpoint
    required property var kernelFlags
    required property string verdict
    required property string verdictText
    required property bool agrees

    Layout.fillWidth: true
    spacing: 4
    Accessible.role: Accessible.StaticText
    Accessible.name: address + " — " + (expectsEndpoint ? expectedFlags.join(", ") : reason) + " — " + verdictText

    Divider {}
    Flow {
        Layout.fillWidth: true
        spacing: Theme.smallSpacing
        Label {
            text: row.address + "/" + row.prefixLength
            font.family: Theme.monoFamily
            topPadding: 3
        }
        Label {
            text: row.family
            color: Theme.secondaryText
            font.pointSize: Qt.application.font.pointSize * 0.85
            topPadding: 4
        }
        Repeater {
            model: row.expectsEndpoint ? row.expectedFlags : []
            delegate: FlagChip { required property string modelData; flag: modelData }
        }
        Label {
            visible: row.expectsEndpoint && row.expectedFlags.length === 0
            text: qsTr("endpoint without flags")
            color: Theme.secondaryText
            topPadding: 3
        }
    }
    Label {
        visible: !row.expectsEndpoint
        text: row.reason
        color: Theme.secondaryText
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.smallSpacing
        StatusIcon {
            size: 14
            tone: row.agrees ? "good" : row.verdict === "pending" ? "info" : "warning"
            Layout.alignment: Qt.AlignTop
            Layout.topMargin: 2
        }
        Label {
            objectName: "verdict"
            text: row.verdictText
            color: row.agrees ? Theme.secondaryText : (row.verdict === "pending" ? Theme.info : Theme.warning)
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            font.pointSize: Qt.application.font.pointSize * 0.92
        }
    }
}
