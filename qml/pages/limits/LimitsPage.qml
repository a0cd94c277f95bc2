import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mptcp.Settings

// The kernel's path-manager limits with live hints, and NetworkManager's default
// for connections left at "Default". Both go through the privileged helper.
PageScaffold {
    id: page
    title: qsTr("Limits")
    subtitle: qsTr("How many extra paths one MPTCP connection may open, and what new connections get by default.")
    readonly property Session session: App.session
    property PendingAction limitsAction: null
    property PendingAction defaultAction: null

    // Edits start from the kernel's values and follow them until changed.
    property int chosenSubflows: session.subflowsLimit
    property int chosenAddAddr: session.addAddrAcceptedLimit
    property bool chosenKeep: session.limitsPersistent
    readonly property bool limitsEdited: chosenSubflows !== session.subflowsLimit
                                         || chosenAddAddr !== session.addAddrAcceptedLimit
                                         || chosenKeep !== session.limitsPersistent
    readonly property var hints: session.limitsHints(chosenSubflows, chosenAddAddr)

    function resetLimits() {
        chosenSubflows = Qt.binding(function() { return page.session.subflowsLimit })
        chosenAddAddr = Qt.binding(function() { return page.session.addAddrAcceptedLimit })
        chosenKeep = Qt.binding(function() { return page.session.limitsPersistent })
    }

    SectionHeader { text: qsTr("Kernel limits") }
    Card {
        enabled: page.session.mptcpAvailable
        SettingRow {
            label: qsTr("Extra subflows per connection")
            description: qsTr("Paths opened in addition to the first one (kernel maximum: %1).").arg(page.session.limitsMaximum)
            SpinBox {
                id: subflowsBox
                objectName: "subflowsBox"
                from: 0
                to: page.session.limitsMaximum
                value: page.chosenSubflows
                editable: true
                Accessible.name: qsTr("Extra subflows per connection")
                onValueModified: page.chosenSubflows = value
            }
        }
        Divider {}
        SettingRow {
            label: qsTr("Accepted announced addresses")
            description: qsTr("How many addresses announced by the server (ADD_ADDR) are used (kernel maximum: %1).").arg(page.session.limitsMaximum)
            SpinBox {
                id: addAddrBox
                objectName: "addAddrBox"
                from: 0
                to: page.session.limitsMaximum
                value: page.chosenAddAddr
                editable: true
                Accessible.name: qsTr("Accepted announced addresses")
                onValueModified: page.chosenAddAddr = value
            }
        }
        Repeater {
            model: page.hints
            delegate: RowLayout {
                required property string modelData
                Layout.fillWidth: true
                spacing: Theme.smallSpacing
                StatusIcon { tone: "info"; size: 16; Layout.alignment: Qt.AlignTop }
                Label {
                    objectName: "limitsHint"
                    text: modelData
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                    color: Theme.secondaryText
                }
            }
        }
        Divider {}
        CheckBox {
            id: keepBox
            objectName: "keepBox"
            text: qsTr("Keep after reboot")
            checked: page.chosenKeep
            Accessible.name: text
            Accessible.description: qsTr("Saves the limits so the helper restores them when the computer starts.")
            onToggled: page.chosenKeep = checked
        }
        RowLayout {
            Layout.fillWidth: true
            InlineStatus { action: page.limitsAction; objectName: "limitsStatus" }
            Item { Layout.fillWidth: true; visible: page.limitsAction === null }
            Button {
                text: qsTr("Revert")
                visible: page.limitsEdited
                Accessible.name: qsTr("Revert limits")
                onClicked: page.resetLimits()
            }
            Button {
                objectName: "applyLimits"
                text: qsTr("Apply")
                highlighted: true
                enabled: page.limitsEdited && !(page.limitsAction !== null && page.limitsAction.running)
                Accessible.name: qsTr("Apply limits")
                onClicked: {
                    page.limitsAction = page.session.setLimits(page.chosenSubflows, page.chosenAddAddr, page.chosenKeep)
                    page.limitsAction.finished.connect(function() {
                        if (page.limitsAction && page.limitsAction.succeeded)
                            page.resetLimits()
                    })
                }
            }
        }
    }

    SectionHeader { text: qsTr("Default for new connections") }
    Card {
        Label {
            text: qsTr("Used by every NetworkManager connection whose MPTCP setting is “Default”. Saved as a NetworkManager.conf drop-in.")
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            color: Theme.secondaryText
        }
        GlobalDefaultControl {
            mode: page.session.globalDefaultMode
            flags: page.session.globalDefaultFlags
            sourceText: page.session.globalDefaultSource
        }
    }
}
