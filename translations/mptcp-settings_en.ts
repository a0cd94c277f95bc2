<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActivityPage</name>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddressRow</name>
    <message>
        <source>endpoint without flags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddressVerdict</name>
    <message>
        <source>The kernel has this endpoint, as expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel has no endpoint for it, although NetworkManager should have added one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel has endpoint %1 for it, which NetworkManager did not create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel&apos;s endpoint %1 has other flags: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No endpoint, as expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect when the connection is reactivated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionMptcpControl</name>
    <message>
        <source>MPTCP for “%1”</source>
        <extracomment>%1 = NetworkManager connection name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default (currently: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MPTCP off for this connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On, with these flags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MPTCP on with chosen flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving and reapplying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved; NetworkManager reapplied the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert MPTCP choice for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply MPTCP choice for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoBar</name>
    <message>
        <source>Demo lab: %1</source>
        <extracomment>The demo bar; %1 is what the lab did last, or why example data is shown</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut Wi-Fi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Wi-Fi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoStartupWindow</name>
    <message>
        <source>MPTCP Settings (demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the Wi-Fi + LTE demo lab</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceCard</name>
    <message>
        <source>Interface %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>%1 = device type (Wi-Fi, Ethernet...), %2 = its state</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MPTCP on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MPTCP off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceModel</name>
    <message>
        <source>Ethernet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wi-Fi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile broadband</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>%1 = flag words such as &quot;enabled, subflow&quot;; %2 = where they come from</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagnosticsPage</name>
    <message>
        <source>Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndpointDialog</name>
    <message>
        <source>Edit endpoint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 192.0.2.10 or 2001:db8::10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the kernel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndpointForm</name>
    <message>
        <source>Without &quot;signal&quot; or &quot;subflow&quot; the kernel does not use this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subflows from this address work best with an interface set.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndpointModel</name>
    <message>
        <source>NetworkManager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndpointRow</name>
    <message>
        <source>Endpoint %1, %2, flags %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit endpoint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove endpoint %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndpointRules</name>
    <message>
        <source>Enter an IPv4 or IPv6 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address without a prefix length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address without a zone (%interface).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid IPv4 or IPv6 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint %1 already uses this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID must be a number from 1 to 255, or empty to let the kernel choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID %1 is already used by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535, or empty for none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A port can only be set on an endpoint with &quot;signal&quot; and without &quot;subflow&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;signal&quot; and &quot;fullmesh&quot; cannot be used together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface names have at most 15 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no interface named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel accepts values from 0 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n subflow endpoints but only 1 extra subflow allowed.</source>
        <translation>
            <numerusform>%n subflow endpoint but only 1 extra subflow allowed.</numerusform>
            <numerusform>%n subflow endpoints but only 1 extra subflow allowed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n subflow endpoints but only %1 extra subflows allowed.</source>
        <translation>
            <numerusform>%n subflow endpoint but only %1 extra subflows allowed.</numerusform>
            <numerusform>%n subflow endpoints but only %1 extra subflows allowed.</numerusform>
        </translation>
    </message>
    <message>
        <source>No extra subflows: every connection keeps a single path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses announced by servers are ignored (0 accepted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More announced addresses are accepted than extra subflows allowed; each accepted address needs a subflow.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndpointsPage</name>
    <message>
        <source>Endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The addresses the kernel may use for extra paths. NetworkManager manages the ones on its connections; changes to those last until it reapplies the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add endpoint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove all…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove all endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All endpoints removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel has no endpoints: every MPTCP connection stays on a single path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove endpoint %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will no longer be used for new paths. Connections keep their current paths.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove all endpoints?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n endpoint(s) are removed from the kernel. NetworkManager adds its own again when it next activates or reapplies a connection.</source>
        <translation>
            <numerusform>The %n endpoint is removed from the kernel. NetworkManager adds its own again when it next activates or reapplies a connection.</numerusform>
            <numerusform>All %n endpoints are removed from the kernel. NetworkManager adds its own again when it next activates or reapplies a connection.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GlobalDefaultControl</name>
    <message>
        <source>Not set (NetworkManager&apos;s built-in default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off for new connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On, with these flags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On for new connections, with chosen flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved; NetworkManager reloaded its configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert default for new connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply default for new connections</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InlineStatus</name>
    <message>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterfacesPage</name>
    <message>
        <source>Interfaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which addresses MPTCP can use, and why the others are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network interfaces found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LimitsPage</name>
    <message>
        <source>Limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many extra paths one MPTCP connection may open, and what new connections get by default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra subflows per connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paths opened in addition to the first one (kernel maximum: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted announced addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many addresses announced by the server (ADD_ADDR) are used (kernel maximum: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep after reboot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the limits so the helper restores them when the computer starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default for new connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by every NetworkManager connection whose MPTCP setting is “Default”. Saved as a NetworkManager.conf drop-in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>MPTCP Settings (demo)</source>
        <extracomment>Window title; %1 is &quot; (demo)&quot; when running against the demo backend</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MPTCP Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interfaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MptcpFlags</name>
    <message>
        <source>&quot;disabled&quot; cannot be combined with other MPTCP flags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;signal&quot; and &quot;fullmesh&quot; cannot be used together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open extra paths from this address to the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>announce this address to the other side so it can connect to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use this path only when the others fail — typical for metered LTE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open a path from this address to every address of the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer each address the server announces with one new path from this address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created by the kernel itself for an address in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flag unknown to this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no flags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multipath TCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lets applications spread one connection over several networks (net.mptcp.enabled).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kernel was built without MPTCP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multipath TCP enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part of the kernel that decides which extra paths to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetworkManager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates endpoints for the addresses of connections it manages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings helper cannot be reached, so changes to the kernel are not possible right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Things to look at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PendingAction</name>
    <message>
        <source>You are not allowed to make this change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change failed for an unknown reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MPTCP Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interfaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data — nothing on this computer is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WarningCard</name>
    <message>
        <source>Fixed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>MPTCP Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See and control Multipath TCP on Linux.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run against the demo lab (marked &quot;(demo)&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show built-in example data; change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example data set for --demo-fake: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a light or dark palette instead of the system&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial window size, e.g. 1040x720.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the first complete frame as an image and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit once the first frame is shown (benchmarks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--color-scheme takes light or dark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown scenario %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo lab needs root: it creates network namespaces and starts its own NetworkManager. Showing example data instead (run &quot;sudo mptcp-settings --demo&quot; for the real thing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Showing example data instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot enter the demo lab&apos;s network namespace: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build has no demo lab. Showing example data instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page to open: overview, interfaces, endpoints, limits, activity, diagnostics.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mptcp::app::DemoLab</name>
    <message>
        <source>Looking for a running demo lab…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the demo lab (NetworkManager, Wi-Fi and LTE links)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo lab did not report its bus and network namespace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo lab is up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo lab could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending traffic to the server for 30 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wi-Fi cut: the LTE path carries the traffic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wi-Fi restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting traffic…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cutting Wi-Fi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring Wi-Fi…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mptcp::models::FakeBackend</name>
    <message>
        <source>Link-local addresses are never used for MPTCP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique local IPv6 addresses (fc00::/7) are left out by NetworkManager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetworkManager is not running, so nothing adds endpoints automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not managed by NetworkManager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no active connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MPTCP is turned off for the connection &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MPTCP is disabled system-wide (net.mptcp.enabled = 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No IPv6 default route on %1: NetworkManager only adds endpoints where it configured a default route.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No IPv4 default route on %1: NetworkManager only adds endpoints where it configured a default route.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Userspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In-kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set in /etc/NetworkManager/conf.d/90-mptcp-settings.conf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set: NetworkManager %1 uses enabled, subflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not managed by NetworkManager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from NetworkManager.conf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetworkManager&apos;s built-in default</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>MPTCP in use: %n endpoint(s)</source>
        <translation>
            <numerusform>MPTCP in use: %n endpoint</numerusform>
            <numerusform>MPTCP in use: %n endpoints</numerusform>
        </translation>
    </message>
    <message>
        <source>No addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MPTCP is not available: this kernel was built without it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MPTCP is disabled system-wide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>net.mptcp.enabled is 0, so applications cannot open MPTCP connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No interface is connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>MPTCP is active on %1 of %n interface(s)</source>
        <extracomment>%1 = interfaces using MPTCP, %n = connected interfaces</extracomment>
        <translation>
            <numerusform>MPTCP is active on %1 of %n interface</numerusform>
            <numerusform>MPTCP is active on %1 of %n interfaces</numerusform>
        </translation>
    </message>
    <message>
        <source>This kernel has no MPTCP support (no /proc/sys/net/mptcp).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MPTCP is disabled system-wide (net.mptcp.enabled = 0). NetworkManager never changes this setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable MPTCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n subflow endpoint(s), but the limit allows only %1 extra subflows: some paths stay unused.</source>
        <translation>
            <numerusform>%n subflow endpoint, but the limit allows only %1 extra subflows: some paths stay unused.</numerusform>
            <numerusform>%n subflow endpoints, but the limit allows only %1 extra subflows: some paths stay unused.</numerusform>
        </translation>
    </message>
    <message>
        <source>Allow %1 subflows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint %1 (%2) is for an address no interface has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove endpoint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint %1 (%2) on %3 was added by hand: NetworkManager replaces it the next time it reapplies %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mptcpd is running as well and manages endpoints too; the two can undo each other&apos;s changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses announced by servers are ignored (add_addr_accepted is 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Accept %n address(es)</source>
        <translation>
            <numerusform>Accept %n address</numerusform>
            <numerusform>Accept %n addresses</numerusform>
        </translation>
    </message>
    <message>
        <source>NetworkManager is not running: only endpoints added by hand or by other tools exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some changes take effect when the connections are reactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not authorized: the system policy does not allow %1 for this user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel refused: limit greater than maximum (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel refused: the endpoint table is full (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel refused: endpoint %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel refused: endpoint %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetworkManager has no connection %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insufficient privileges: not authorized to modify connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mptcp::models::Session</name>
    <message>
        <source>Not running — showing the kernel&apos;s settings only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 — too old to configure MPTCP (needs 1.40)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running, version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 extra subflows, %2 accepted addresses</source>
        <extracomment>%1 and %2 are numbers of the kernel limits</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits must be between 0 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only &quot;backup&quot; and &quot;fullmesh&quot; can be changed on an existing endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection is no longer active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This problem has no automatic fix.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mptcp::models::SystemBackend</name>
    <message>
        <source>No addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not managed by NetworkManager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from NetworkManager.conf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetworkManager&apos;s built-in default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Userspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In-kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set in NetworkManager.conf: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set: NetworkManager %1 uses %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable MPTCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow %1 subflows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept %1 announced addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove endpoint %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
