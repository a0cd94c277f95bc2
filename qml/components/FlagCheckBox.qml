import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mptcp.Settings

// A check box for one endpoint flag with its one-line explanation under the name.
CheckBox {
    id: box
    property string flag
    text: flag
    Layout.fillWidth: true
    Accessible.name: flag
    Accessible.description: App.session.flagExplanation(flag)

    contentItem: ColumnLayout {
        spacing: 0
        Label {
            leftPadding: box.indicator.width + box.spacing
            text: box.flag
            opacity: box.enabled ? 1 : 0.5
        }
        Label {
            leftPadding: box.indicator.width + box.spacing
            text: App.session.flagExplanation(box.flag)
            color: Theme.secondaryText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            font.pointSize: Qt.application.font.pointSize * 0.92
            opacity: box.enabled ? 1 : 0.5
        }
    }
}
