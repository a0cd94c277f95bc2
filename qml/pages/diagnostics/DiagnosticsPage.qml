import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mptcp.Settings

// Checks ("why doesn't it work?") with their fixes, the kernel's MPTcpExt counters and
// the debug report. Checks run again when the system changes, counters are read only
// while the page is shown.
PageScaffold {
    id: page
    title: qsTr("Diagnostics")
    subtitle: diagnostics.exampleData ? qsTr("Example data: nothing on this computer is read or changed.")
                                      : qsTr("Why MPTCP may not work here, what the kernel counted, and a report for bug trackers.")
    readonly property DiagnosticsController controller: diagnostics

    DiagnosticsController {
        id: diagnostics
        session: App.session
        active: page.visible
    }

    RowLayout {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing
        spacing: Theme.spacing
        SectionHeader {
            text: qsTr("Checks")
            Layout.topMargin: 0
            Layout.fillWidth: false
        }
        Label {
            objectName: "checksSummary"
            color: diagnostics.checks.failCount > 0 ? Theme.error
                 : diagnostics.checks.warningCount > 0 ? Theme.warning : Theme.good
            visible: diagnostics.checkedAt.length > 0
            text: diagnostics.checks.failCount > 0
                  ? qsTr("%n problem(s)", "", diagnostics.checks.failCount)
                    + (diagnostics.checks.warningCount > 0 ? " · " + qsTr("%n warning(s)", "", diagnostics.checks.warningCount) : "")
                  : diagnostics.checks.warningCount > 0 ? qsTr("%n warning(s)", "", diagnostics.checks.warningCount)
                  : qsTr("No problems found")
        }
        Item { Layout.fillWidth: true }
        BusyIndicator {
            visible: diagnostics.checking
            running: visible
            Layout.preferredWidth: 22
            Layout.preferredHeight: 22
        }
        Label {
            visible: diagnostics.checkedAt.length > 0 && !diagnostics.checking
            text: qsTr("Checked at %1").arg(diagnostics.checkedAt)
            color: Theme.secondaryText
        }
        Button {
            objectName: "recheck"
            text: qsTr("Check again")
            enabled: !diagnostics.checking
            onClicked: diagnostics.runChecks()
        }
    }
    Card {
        spacing: Theme.spacing
        Label {
            visible: diagnostics.checks.count === 0
            text: diagnostics.checking ? qsTr("Checking…") : qsTr("Every check passed or does not apply here.")
            color: Theme.secondaryText
            Layout.fillWidth: true
        }
        Repeater {
            model: diagnostics.checks
            delegate: CheckRow { controller: diagnostics }
        }
        CheckBox {
            objectName: "showNotApplicable"
            text: qsTr("Show checks that do not apply here")
            checked: !diagnostics.checks.hideNotApplicable
            onToggled: diagnostics.checks.hideNotApplicable = !checked
        }
    }

    RowLayout {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing
        spacing: Theme.spacing
        SectionHeader {
            text: qsTr("Counters")
            Layout.topMargin: 0
            Layout.fillWidth: false
        }
        Label {
            objectName: "troubleSummary"
            visible: diagnostics.counters.troubleCount > 0
            color: Theme.error
            text: qsTr("%n counter(s) signal problems", "", diagnostics.counters.troubleCount)
        }
        Item { Layout.fillWidth: true }
        CheckBox {
            objectName: "hideZero"
            text: qsTr("Hide zero counters")
            checked: diagnostics.counters.hideZero
            onToggled: diagnostics.counters.hideZero = checked
        }
    }
    Card {
        spacing: 0
        Label {
            text: qsTr("What the kernel's MPTCP stack counted in this network namespace (MPTcpExt in /proc/net/netstat), "
                     + "with the change per second while this page is open.")
            color: Theme.secondaryText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Layout.bottomMargin: Theme.smallSpacing
        }
        Label {
            objectName: "countersError"
            visible: diagnostics.counters.errorString.length > 0
            text: qsTr("Cannot read the counters: %1").arg(diagnostics.counters.errorString)
            color: Theme.error
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Repeater {
            model: diagnostics.counters
            delegate: CounterRow {}
        }
    }

    SectionHeader { text: qsTr("Debug report") }
    ReportSection {
        controller: diagnostics
    }
}
