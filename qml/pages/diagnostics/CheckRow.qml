import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mptcp.Settings

// One check: verdict icon, title, plain-language explanation and, where there is one,
// the fix — a button when the app can apply it, else the command to run.
RowLayout {
    id: row
    required property string checkId
    required property string verdict
    required property string title
    required property string explanation
    required property bool hasFix
    required property string fixId
    required property var fixParameters
    property DiagnosticsController controller
    // The last fix started from this row; kept while the row exists (re-runs update rows in place).
    property PendingAction action: null

    readonly property string fixLabel: hasFix ? App.session.checkFixLabel(fixId, fixParameters) : ""
    readonly property string verdictText: verdict === "ok" ? qsTr("Passed")
                                        : verdict === "warning" ? qsTr("Warning")
                                        : verdict === "fail" ? qsTr("Failed")
                                        : qsTr("Does not apply")

    objectName: "check_" + checkId
    spacing: Theme.spacing
    Layout.fillWidth: true
    Accessible.role: Accessible.ListItem
    Accessible.name: verdictText + ": " + title

    StatusIcon {
        tone: row.verdict === "ok" ? "good" : row.verdict === "warning" ? "warning"
            : row.verdict === "fail" ? "error" : "off"
        size: 20
        Layout.alignment: Qt.AlignTop
        Layout.topMargin: 1
    }
    ColumnLayout {
        spacing: Theme.smallSpacing / 2
        Layout.fillWidth: true

        RowLayout {
            Layout.fillWidth: true
            Label {
                text: row.title
                font.bold: true
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                text: row.verdictText
                color: row.verdict === "fail" ? Theme.error
                     : row.verdict === "warning" ? Theme.warning : Theme.secondaryText
                font.pointSize: Qt.application.font.pointSize * 0.9
                Layout.alignment: Qt.AlignTop
            }
        }
        Label {
            objectName: "explanation"
            text: row.explanation
            color: Theme.secondaryText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        RowLayout {
            visible: row.hasFix && row.fixLabel.length > 0
            spacing: Theme.spacing
            Layout.fillWidth: true
            Button {
                objectName: "fixButton"
                text: row.fixLabel
                enabled: row.action === null || !row.action.running
                onClicked: row.action = row.controller.applyFix(row.checkId)
            }
            InlineStatus {
                objectName: "fixStatus"
                action: row.action
                busyText: qsTr("Fixing…")
                successText: qsTr("Fixed; checking again…")
            }
        }
        Label {
            objectName: "fixCommand"
            visible: row.hasFix && row.fixLabel.length === 0
            text: qsTr("To fix it, run as root: %1").arg(App.session.checkFixCommand(row.fixId, row.fixParameters))
            textFormat: Text.PlainText
            font.family: Theme.monoFamily
            wrapMode: Text.WrapAnywhere
            Layout.fillWidth: true
        }
    }
}
