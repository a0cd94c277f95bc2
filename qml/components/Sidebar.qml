import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mptcp.Settings

// The page list: keyboard navigable (Tab, arrows), each entry with a short status.
Rectangle {
    id: sidebar
    property int current: 0
    signal activated(int index)

    color: Theme.sidebar
    Accessible.role: Accessible.PageTabList
    Accessible.name: qsTr("Pages")

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.smallSpacing
        spacing: 2

        RowLayout {
            Layout.margins: Theme.spacing
            spacing: Theme.smallSpacing
            AppMark { size: 30 }
            Label {
                text: qsTr("MPTCP Settings")
                font.bold: true
                font.pointSize: Theme.headingSize * 0.85
                Layout.fillWidth: true
                wrapMode: Text.Wrap
            }
        }

        Repeater {
            id: entries
            model: 6
            delegate: ItemDelegate {
                id: entry
                required property int index
                objectName: "sidebarEntry" + index
                Layout.fillWidth: true
                highlighted: sidebar.current === index
                focusPolicy: Qt.StrongFocus
                text: [qsTr("Overview"), qsTr("Interfaces"), qsTr("Endpoints"), qsTr("Limits"), qsTr("Activity"), qsTr("Diagnostics")][index]
                Accessible.role: Accessible.PageTab
                Accessible.name: text
                Accessible.description: badgeText
                readonly property string badgeText: {
                    switch (index) {
                    case 0: return App.session.warnings.count > 0 ? String(App.session.warnings.count) : ""
                    case 2: return String(App.session.endpoints.count)
                    default: return ""
                    }
                }
                contentItem: RowLayout {
                    spacing: Theme.smallSpacing
                    Label {
                        text: entry.text
                        color: entry.highlighted ? Theme.accentText : Theme.text
                        Layout.fillWidth: true
                        elide: Text.ElideRight
                    }
                    Label {
                        visible: entry.badgeText.length > 0
                        text: entry.badgeText
                        color: entry.highlighted ? Theme.accentText : Theme.secondaryText
                    }
                }
                background: Rectangle {
                    radius: 6
                    color: entry.highlighted ? Theme.accent
                         : entry.hovered || entry.visualFocus ? Theme.tint(Theme.text, 0.08) : "transparent"
                    border.color: entry.visualFocus ? Theme.accent : "transparent"
                    border.width: entry.visualFocus ? 2 : 0
                }
                onClicked: sidebar.activated(index)
                Keys.onDownPressed: if (index < entries.count - 1) { sidebar.activated(index + 1); entries.itemAt(index + 1).forceActiveFocus() }
                Keys.onUpPressed: if (index > 0) { sidebar.activated(index - 1); entries.itemAt(index - 1).forceActiveFocus() }
            }
        }
        Item { Layout.fillHeight: true }
        Label {
            objectName: "demoNote"
            Layout.margins: Theme.spacing
            Layout.fillWidth: true
            visible: App.demo
            // --demo on the running lab changes the lab's NetworkManager and kernel for
            // real; --demo-fake and a lab that could not start only show example data.
            text: App.demoLab !== null && App.demoLab.attached
                  ? qsTr("Demo lab: changes apply only to the lab's network namespace, not to this computer.")
                  : qsTr("Demo data — nothing on this computer is changed.")
            color: Theme.secondaryText
            wrapMode: Text.Wrap
            font.pointSize: Qt.application.font.pointSize * 0.9
        }
    }
}
