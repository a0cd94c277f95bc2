import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mptcp.Settings

// A scrolling page with a title and a centred column of limited width.
ScrollView {
    id: page
    property string title
    property string subtitle
    default property alias content: column.data
    readonly property int margin: availableWidth < 500 ? Theme.spacing : 2 * Theme.spacing

    contentWidth: availableWidth
    contentHeight: column.implicitHeight + 2 * margin
    clip: true
    Accessible.role: Accessible.Pane
    Accessible.name: title

    Item {
        width: page.availableWidth
        implicitHeight: column.implicitHeight + 2 * page.margin

        ColumnLayout {
            id: column
            width: Math.min(page.availableWidth - 2 * page.margin, Theme.maxContentWidth)
            x: (page.availableWidth - width) / 2
            y: page.margin
            spacing: Theme.spacing

            Label {
                text: page.title
                font.pointSize: Theme.titleSize * 0.75
                font.bold: true
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
            }
            Label {
                text: page.subtitle
                visible: text.length > 0
                color: Theme.secondaryText
                Layout.fillWidth: true
                wrapMode: Text.Wrap
            }
        }
    }
}
