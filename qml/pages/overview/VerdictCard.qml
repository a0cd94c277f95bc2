import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mptcp.Settings

// The one-sentence answer to "is MPTCP working?", with its main reason.
Card {
    id: card
    property string tone: "good"
    property string verdict
    property string detail

    color: Theme.tint(tone === "good" ? Theme.good : tone === "partial" ? Theme.warning
                      : tone === "pending" ? Theme.info : Theme.error,
                      Theme.dark ? 0.16 : 0.08)
    Accessible.role: Accessible.StaticText
    Accessible.name: verdict
    Accessible.description: detail

    RowLayout {
        spacing: Theme.spacing + 4
        Layout.fillWidth: true
        StatusIcon {
            tone: card.tone
            size: 40
            Layout.alignment: Qt.AlignTop
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 4
            Label {
                objectName: "verdictText"
                text: card.verdict
                font.pointSize: Theme.headingSize
                font.bold: true
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                objectName: "verdictDetail"
                text: card.detail
                visible: text.length > 0
                color: Theme.secondaryText
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
    }
}
