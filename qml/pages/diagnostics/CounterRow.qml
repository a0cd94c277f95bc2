import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mptcp.Settings

// One MPTcpExt counter: name, value, rate and what it counts; counters that signal
// trouble are marked in the error colour once they are non-zero.
Rectangle {
    id: row
    required property string name
    required property var value
    required property var rate
    required property string explanation
    required property bool trouble
    required property bool highlight

    objectName: "counter_" + name
    Layout.fillWidth: true
    implicitHeight: content.implicitHeight + Theme.smallSpacing * 2
    radius: Theme.radius / 2
    color: highlight ? Theme.tint(Theme.error, Theme.dark ? 0.16 : 0.08) : "transparent"
    Accessible.role: Accessible.ListItem
    Accessible.name: highlight ? qsTr("%1: %2, signals a problem").arg(name).arg(value) : name + ": " + value

    RowLayout {
        id: content
        anchors.fill: parent
        anchors.margins: Theme.smallSpacing
        spacing: Theme.spacing

        Rectangle {
            visible: row.highlight
            color: Theme.error
            radius: 2
            Layout.preferredWidth: 4
            Layout.fillHeight: true
        }
        ColumnLayout {
            spacing: 2
            Layout.fillWidth: true
            Label {
                text: row.name
                font.family: Theme.monoFamily
                font.bold: row.highlight
                color: row.highlight ? Theme.error : Theme.text
                Layout.fillWidth: true
                elide: Text.ElideRight
            }
            Label {
                text: row.explanation
                visible: text.length > 0
                color: Theme.secondaryText
                wrapMode: Text.Wrap
                font.pointSize: Qt.application.font.pointSize * 0.9
                Layout.fillWidth: true
            }
        }
        Label {
            objectName: "value"
            text: Number(row.value).toLocaleString(Qt.locale(), "f", 0)
            font.family: Theme.monoFamily
            color: row.highlight ? Theme.error : Theme.text
            horizontalAlignment: Text.AlignRight
            Layout.preferredWidth: 90
            Layout.alignment: Qt.AlignTop
        }
        Label {
            text: row.rate > 0 ? qsTr("+%1/s").arg(Number(row.rate).toLocaleString(Qt.locale(), "f", row.rate < 10 ? 1 : 0)) : ""
            color: row.trouble ? Theme.error : Theme.secondaryText
            font.family: Theme.monoFamily
            horizontalAlignment: Text.AlignRight
            Layout.preferredWidth: 70
            Layout.alignment: Qt.AlignTop
        }
    }
}
