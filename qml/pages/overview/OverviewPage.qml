import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mptcp.Settings

// The verdict in one sentence, the system-wide switch, what is in charge, and every
// problem found with a one-click fix where one exists.
PageScaffold {
    id: page
    title: qsTr("Overview")
    readonly property Session session: App.session
    signal openPage(string name)

    VerdictCard {
        objectName: "verdictCard"
        tone: page.session.verdictTone
        verdict: page.session.verdict
        detail: page.session.verdictDetail
    }

    SectionHeader { text: qsTr("This computer") }
    Card {
        SettingRow {
            label: qsTr("Multipath TCP")
            description: page.session.mptcpAvailable
                ? qsTr("Lets applications spread one connection over several networks (net.mptcp.enabled).")
                : qsTr("This kernel was built without MPTCP.")
            Switch {
                id: enabledSwitch
                objectName: "enabledSwitch"
                enabled: page.session.mptcpAvailable && page.session.enabledKnown
                         && !(page.enabledAction !== null && page.enabledAction.running)
                checked: page.session.mptcpEnabled
                Accessible.name: qsTr("Multipath TCP enabled")
                onToggled: {
                    page.enabledAction = page.session.setMptcpEnabled(checked)
                    // Show the kernel's value, not the click, until the change is confirmed.
                    checked = Qt.binding(function() { return page.session.mptcpEnabled })
                }
            }
        }
        InlineStatus { action: page.enabledAction; objectName: "enabledStatus" }
        Divider {}
        SettingRow {
            label: qsTr("Path manager")
            description: qsTr("The part of the kernel that decides which extra paths to open.")
            Label { text: page.session.pathManager; objectName: "pathManagerValue" }
        }
        Divider {}
        SettingRow {
            label: qsTr("NetworkManager")
            description: qsTr("Creates endpoints for the addresses of connections it manages.")
            Label {
                objectName: "nmStatus"
                text: page.session.nmStatusText
                color: page.session.nmRunning || !page.session.nmKnown ? Theme.text : Theme.warning
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignRight
            }
        }
        Divider {}
        SettingRow {
            label: qsTr("Limits")
            description: page.session.limitsSummary
            Button {
                text: qsTr("Change…")
                flat: true
                Accessible.name: qsTr("Change limits")
                onClicked: page.openPage("limits")
            }
        }
        Divider {
            visible: !page.session.helperAvailable
        }
        Label {
            objectName: "helperMissing"
            visible: !page.session.helperAvailable
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.warning
            text: qsTr("The settings helper cannot be reached, so changes to the kernel are not possible right now.")
        }
    }

    SectionHeader {
        text: page.session.warnings.count > 0 ? qsTr("Things to look at") : qsTr("No problems found")
        objectName: "warningsHeader"
    }
    Repeater {
        model: page.session.warnings
        delegate: WarningCard {
            required property int index
            required property string text
            required property string severity
            required property bool hasFix
            required property string fixLabel
            message: text
            tone: severity
            fixAvailable: hasFix
            fixText: fixLabel
            onFixRequested: action = page.session.applyFix(index)
        }
    }

    property PendingAction enabledAction: null
}
