import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mptcp.Settings

// The kernel's endpoint table with who made each entry, and ways to change it.
PageScaffold {
    id: page
    title: qsTr("Endpoints")
    subtitle: qsTr("The addresses the kernel may use for extra paths. NetworkManager manages the ones on its connections; changes to those last until it reapplies the connection.")
    property PendingAction flushAction: null

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.smallSpacing
        Button {
            objectName: "addEndpointButton"
            text: qsTr("Add endpoint…")
            highlighted: true
            enabled: App.session.mptcpAvailable
            Accessible.name: qsTr("Add endpoint")
            onClicked: addDialog.openForAdd()
        }
        Item { Layout.fillWidth: true }
        Button {
            objectName: "flushButton"
            text: qsTr("Remove all…")
            enabled: App.session.endpoints.count > 0 && !(page.flushAction !== null && page.flushAction.running)
            Accessible.name: qsTr("Remove all endpoints")
            onClicked: flushDialog.open()
        }
    }
    InlineStatus { action: page.flushAction; successText: qsTr("All endpoints removed") }

    Card {
        padding: 0
        spacing: 0
        Label {
            visible: App.session.endpoints.count === 0
            text: qsTr("The kernel has no endpoints: every MPTCP connection stays on a single path.")
            color: Theme.secondaryText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Layout.margins: Theme.spacing + 4
            objectName: "emptyLabel"
        }
        Repeater {
            model: App.session.endpoints
            delegate: EndpointRow {
                onEditRequested: editDialog.openForEdit(endpointId, address, flags)
                onDeleteRequested: {
                    deleteDialog.endpointId = endpointId
                    deleteDialog.address = address
                    deleteDialog.open()
                }
            }
        }
    }

    EndpointDialog { id: addDialog; objectName: "addDialog" }
    EndpointDialog { id: editDialog; objectName: "editDialog" }

    ConfirmDialog {
        id: deleteDialog
        objectName: "deleteDialog"
        property int endpointId
        property string address
        title: qsTr("Remove endpoint %1?").arg(endpointId)
        message: qsTr("%1 will no longer be used for new paths. Connections keep their current paths.").arg(address)
        confirmText: qsTr("Remove")
        onConfirmed: action = App.session.deleteEndpoint(endpointId)
    }
    ConfirmDialog {
        id: flushDialog
        objectName: "flushDialog"
        title: qsTr("Remove all endpoints?")
        message: qsTr("All %n endpoint(s) are removed from the kernel. NetworkManager adds its own again when it next activates or reapplies a connection.", "", App.session.endpoints.count)
        confirmText: qsTr("Remove all")
        closeOnConfirm: true
        onConfirmed: page.flushAction = App.session.flushEndpoints()
    }
}
