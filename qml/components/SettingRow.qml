import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mptcp.Settings

// Label + description on the left, a control (or value) on the right; the control
// moves below the text when the row is narrow. Positioned by hand: a GridLayout that
// changes its column count at run time does not re-flow reliably in Qt 6.4.
Item {
    id: row
    property string label
    property string description
    default property alias control: holder.data
    // width is 0 before the first layout pass; start wide.
    readonly property bool narrow: width > 0 && width < 460
    readonly property real holderWidth: narrow ? Math.min(holder.implicitWidth, width)
                                               : Math.min(holder.implicitWidth, width * 0.5)

    Layout.fillWidth: true
    implicitHeight: narrow ? texts.implicitHeight + Theme.smallSpacing + holder.implicitHeight
                           : Math.max(texts.implicitHeight, holder.implicitHeight)

    ColumnLayout {
        id: texts
        width: row.narrow ? row.width : row.width - row.holderWidth - Theme.spacing
        y: row.narrow ? 0 : (row.height - implicitHeight) / 2
        spacing: 2
        Label {
            text: row.label
            Layout.fillWidth: true
            wrapMode: Text.Wrap
        }
        Label {
            text: row.description
            visible: text.length > 0
            color: Theme.secondaryText
            font.pointSize: Qt.application.font.pointSize * 0.92
            Layout.fillWidth: true
            wrapMode: Text.Wrap
        }
    }
    RowLayout {
        id: holder
        width: row.holderWidth
        x: row.narrow ? 0 : row.width - width
        y: row.narrow ? texts.implicitHeight + Theme.smallSpacing : (row.height - height) / 2
    }
}
