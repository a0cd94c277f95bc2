import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Mptcp.Settings

// The debug report: what `mptcpctl debug-report` writes, built off the GUI thread,
// shown for review, then saved or copied for a bug report.
Card {
    id: section
    property DiagnosticsController controller
    property string status

    Label {
        text: qsTr("Everything developers ask for in an MPTCP bug report: kernel, sysctls, endpoints, limits, "
                 + "sockets, counters, routing, NetworkManager's decisions and the checks above. "
                 + "Read it before you share it.")
        wrapMode: Text.Wrap
        color: Theme.secondaryText
        Layout.fillWidth: true
    }
    RowLayout {
        spacing: Theme.spacing
        Layout.fillWidth: true
        CheckBox {
            id: redactBox
            objectName: "redactBox"
            text: qsTr("Hide addresses and host name")
            checked: true
        }
        Item { Layout.fillWidth: true }
        BusyIndicator {
            visible: section.controller.reportRunning
            running: visible
            Layout.preferredWidth: 24
            Layout.preferredHeight: 24
        }
        Button {
            objectName: "generateReport"
            text: section.controller.report.length > 0 ? qsTr("Create again") : qsTr("Create report")
            enabled: !section.controller.reportRunning
            onClicked: {
                section.status = ""
                section.controller.generateReport(redactBox.checked)
            }
        }
    }
    ScrollView {
        visible: section.controller.report.length > 0
        Layout.fillWidth: true
        Layout.preferredHeight: 320
        TextArea {
            objectName: "reportPreview"
            text: section.controller.report
            readOnly: true
            selectByMouse: true
            wrapMode: TextEdit.NoWrap
            font.family: Theme.monoFamily
            font.pointSize: Qt.application.font.pointSize * 0.9
            Accessible.name: qsTr("Debug report")
        }
    }
    RowLayout {
        visible: section.controller.report.length > 0
        spacing: Theme.spacing
        Layout.fillWidth: true
        Label {
            objectName: "reportStatus"
            text: section.status.length > 0 ? section.status
                : section.controller.reportRedacted ? qsTr("Addresses and the host name are replaced by placeholders.")
                : qsTr("This report contains your addresses and host name.")
            color: Theme.secondaryText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Layout.preferredWidth: 120
        }
        Button {
            objectName: "copyReport"
            text: qsTr("Copy")
            onClicked: {
                section.controller.copyReport()
                section.status = qsTr("Copied to the clipboard.")
            }
        }
        Button {
            objectName: "saveReport"
            text: qsTr("Save…")
            onClicked: saveDialog.open()
        }
    }

    FileDialog {
        id: saveDialog
        title: qsTr("Save debug report")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "md"
        nameFilters: [qsTr("Markdown files (*.md)"), qsTr("Text files (*.txt)")]
        onAccepted: {
            const error = section.controller.saveReport(selectedFile)
            section.status = error.length > 0 ? error : qsTr("Saved to %1.").arg(selectedFile.toString().replace(/^file:\/\//, ""))
        }
    }
}
