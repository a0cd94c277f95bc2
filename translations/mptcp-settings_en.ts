<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActivityPage</name>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/s</source>
        <extracomment>A transfer rate; %1 is an amount of data such as &quot;1.2 MB&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n MPTCP connection(s) over %1</source>
        <extracomment>%1 lists the paths in use, e.g. &quot;Wi-Fi + LTE&quot;</extracomment>
        <translation>
            <numerusform>%n MPTCP connection over %1</numerusform>
            <numerusform>%n MPTCP connections over %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n MPTCP connection(s)</source>
        <translation>
            <numerusform>%n MPTCP connection</numerusform>
            <numerusform>%n MPTCP connections</numerusform>
        </translation>
    </message>
    <message>
        <source>MPTCP connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n fell back to TCP</source>
        <translation>
            <numerusform>%n fell back to TCP</numerusform>
            <numerusform>%n fell back to TCP</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the MPTCP connections: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No MPTCP connections right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programs use MPTCP when they ask for it or are started through mptcpize. To try it, run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command to try MPTCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections</source>
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
    <name>CheckRow</name>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed; checking again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To fix it, run as root: %1</source>
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
    <name>ConnectionDelegate</name>
    <message>
        <source>Connection to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fell back to TCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The peer or something on the path did not accept MPTCP: this connection uses a single path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n subflow(s)</source>
        <translation>
            <numerusform>%n subflow</numerusform>
            <numerusform>%n subflows</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent %1, received %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide subflows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show subflows</source>
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
    <name>CounterRow</name>
    <message>
        <source>%1: %2, signals a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1/s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoBar</name>
    <message>
        <source>Demo lab: %1</source>
        <extracomment>The demo bar; %1 is what the lab is doing or did last (a sentence)</extracomment>
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
    <message>
        <source>Example data: nothing on this computer is read or changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why MPTCP may not work here, what the kernel counted, and a report for bug trackers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every check passed or does not apply here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show checks that do not apply here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counters</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n counter(s) signal problems</source>
        <translation>
            <numerusform>%n counter signals problems</numerusform>
            <numerusform>%n counters signal problems</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide zero counters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the kernel&apos;s MPTCP stack counted in this network namespace (MPTcpExt in /proc/net/netstat), with the change per second while this page is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the counters: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debug report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example data: no sockets are listed.</source>
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
    <name>LabEnvironment</name>
    <message>
        <source>The lab is not up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot enter the lab&apos;s network namespace: %1</source>
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
        <extracomment>Window title with --demo (the Wi-Fi + LTE lab) and --demo-fake (example data)</extracomment>
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
    <name>MptcpDebugReport</name>
    <message>
        <source>(could not be run: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no output)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetworkManager&apos;s built-in default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetworkManager is not running.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetworkManager %1.%2.%3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active connections (device, type, metered, connection, connection.mptcp-flags, flags in use, from):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetworkManager.conf defaults for connection.mptcp-flags:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (NetworkManager.conf could not be read)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (ignored by NetworkManager: not a number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (none: the built-in default applies)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no flags)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEVICE  ADDRESS  EXPECTED  KERNEL  VERDICT  REASON
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;!-- MPTCP debug report by mptcp-settings %1, %2. For https://github.com/multipath-tcp/mptcp_net-next/issues (bug report template). --&gt;

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>_(to be filled in by the reporter)_</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did you do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did you expect to have?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reproduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path-manager events while reproducing (`ip mptcp monitor`):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no events)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After reproducing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MPTcpExt counter changes (`nstat` after `nstat -n`):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MPTCP sockets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MPTcpExt counters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(every counter is 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MPTCP connections and subflows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetworkManager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints NetworkManager is expected to create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mptcpd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mptcpd is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mptcpd is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse-path filtering</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MptcpDiagnostics</name>
    <message>
        <source>MPTCP enabled in the kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kernel has no MPTCP support (/proc/sys/net/mptcp is missing): every connection is plain TCP. A kernel built with CONFIG_MPTCP is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>net.mptcp.enabled could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>net.mptcp.enabled is 0: programs cannot create MPTCP sockets, so every connection is plain TCP, and NetworkManager configures no endpoints. Nothing turns it on by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>net.mptcp.enabled is 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kernel has no MPTCP support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel&apos;s own path manager is in use: it follows the endpoint table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The userspace path manager is selected and mptcpd is running to drive it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The userspace path manager is selected, but no program (such as mptcpd) is running to manage it: no extra subflows are created and no addresses are announced, and the endpoint table is ignored. Select the kernel path manager or start mptcpd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mptcpd and NetworkManager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetworkManager is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only NetworkManager configures MPTCP endpoints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both add and remove endpoints, so they undo each other&apos;s work. Use one of them: stop mptcpd, or set the NetworkManager connections&apos; MPTCP to disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints added by hand on NetworkManager&apos;s interfaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint table could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No endpoint on a NetworkManager interface is at risk of being removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To keep such an endpoint, add it without a device, or change the connection&apos;s MPTCP flags so NetworkManager creates it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subflows limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MPTCP limits could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subflows limit (%1) covers every endpoint with the subflow flag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepting addresses announced by servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers with several addresses cannot get extra subflows from this host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add_addr_accepted is 0, which matters only once MPTCP endpoints are in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse-path filtering on MPTCP interfaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No IPv4 endpoint is configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No interface with an IPv4 endpoint filters strictly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strict reverse-path filtering (rp_filter 1, the larger of net.ipv4.conf.all and the interface&apos;s own value) is active on %1: packets of extra subflows that arrive on an interface other than the one the route back uses are dropped. Loose filtering (2) keeps the protection and lets MPTCP work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints for addresses that are gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every endpoint&apos;s address exists on an interface.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No interface has these endpoint addresses any more: %1. The kernel cannot open subflows from them, and they take up room in the endpoint table (at most 8). Often left over after a network change or sleep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default route per address family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No interface has a global address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every address family with global addresses has a default route.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has global addresses but no default route: connections and extra subflows over %1 reach only directly connected networks, and NetworkManager creates no %1 endpoints unless the connection sets also-without-default-route.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MPTCP endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MPTCP is not enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The userspace path manager does not use the endpoint table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s) configured.</source>
        <translation>
            <numerusform>%n endpoint configured.</numerusform>
            <numerusform>%n endpoints configured.</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no MPTCP endpoints: this host opens no extra subflows and announces no addresses, so connections use one path unless the server announces more addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetworkManager version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetworkManager %1 does not configure MPTCP endpoints (version 1.40 or newer does). Endpoints must be added by hand or by mptcpd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetworkManager %1 configures MPTCP endpoints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent fallbacks to plain TCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs two readings of the MPTCP counters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection fell back to plain TCP since the first reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections fell back to plain TCP: the server does not support MPTCP, or something on the path (firewall, NAT, proxy) removes MPTCP options. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metered and mobile connections as backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No metered or mobile-broadband connection is active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metered and mobile connections are backup paths or do not use MPTCP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is metered or mobile broadband but is used as a normal MPTCP path, so traffic is spread over it all the time. As a backup path it carries data only when the other paths fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Up to %n address(es) announced by a server are used.</source>
        <translation>
            <numerusform>Up to %n address announced by a server is used.</numerusform>
            <numerusform>Up to %n addresses announced by a server are used.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MptcpDiagnosticsCollector</name>
    <message>
        <source>(no MPTCP sockets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sock_diag listing failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build has no sock_diag support (core/sockdiag); see `ss -ManiH` above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kernel has no MPTCP support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out after %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MptcpExplain</name>
    <message>
        <source>This matches net.mptcp.enabled = %1 at activation: NetworkManager reads it only when a connection is activated, so the current value takes effect on reconnect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NetworkManager.conf default changed after this connection was activated; it takes effect when the connection is activated again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel&apos;s path manager created this endpoint itself (implicit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not created by NetworkManager (manual or mptcpd); NetworkManager never touches endpoints with a port or without a device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetworkManager would not create this endpoint; it deletes it at the next reapply or disconnect of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetworkManager would not create this endpoint and, as it does not handle MPTCP on this interface, leaves it alone (manual, mptcpd or left over).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No extra subflows will be used: the subflows limit is 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Only %n extra subflow(s) will be used: the subflows limit is %n.</source>
        <translation>
            <numerusform>Only %n extra subflow will be used: the subflows limit is %n.</numerusform>
            <numerusform>Only %n extra subflows will be used: the subflows limit is %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s) have the subflow flag.</source>
        <translation>
            <numerusform>%n endpoint has the subflow flag.</numerusform>
            <numerusform>%n endpoints have the subflow flag.</numerusform>
        </translation>
    </message>
    <message>
        <source>NetworkManager never changes the MPTCP limits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses announced by servers are ignored: add_addr_accepted is 0. NetworkManager never changes the MPTCP limits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s) differ from what NetworkManager configures.</source>
        <translation>
            <numerusform>%n endpoint differs from what NetworkManager configures.</numerusform>
            <numerusform>%n endpoints differ from what NetworkManager configures.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The kernel still shows an earlier decision for %n address(es); it changes when NetworkManager re-evaluates (reconnect or finished address setup).</source>
        <translation>
            <numerusform>The kernel still shows an earlier decision for %n address; it changes when NetworkManager re-evaluates (reconnect or finished address setup).</numerusform>
            <numerusform>The kernel still shows an earlier decision for %n addresses; it changes when NetworkManager re-evaluates (reconnect or finished address setup).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>MPTCP is active with %n endpoint(s) as NetworkManager configures them.</source>
        <translation>
            <numerusform>MPTCP is active with %n endpoint as NetworkManager configures it.</numerusform>
            <numerusform>MPTCP is active with %n endpoints as NetworkManager configures them.</numerusform>
        </translation>
    </message>
    <message>
        <source>NetworkManager configured no default route on this device, and the connection does not set also-without-default-route.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetworkManager handles MPTCP here, but no address qualifies for an endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 [%2] sets connection.mptcp-flags=%3, but NetworkManager accepts only a number there (for example 0x22 for enabled,subflow) and ignores it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MPTCP on %1 is set to &quot;enabled&quot; alone: NetworkManager creates endpoints without flags, which the kernel neither announces nor uses for extra subflows. Use enabled,subflow or enabled,signal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved profile &quot;%1&quot; has MPTCP flags %2, but %3 still uses %4; reapply the device to use the saved value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse-path filtering on %1 is strict (1). NetworkManager loosens it to 2 only when the connection is activated or reapplied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse-path filtering on %1 is strict because net.ipv4.conf.all.rp_filter is 1. NetworkManager loosens only the interface&apos;s own setting, so extra subflows arriving on %1 may be dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetworkManager creates an endpoint for this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetworkManager is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This NetworkManager is older than 1.40 and does not manage MPTCP endpoints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetworkManager does not manage this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection is active on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetworkManager only mirrors a configuration made by another tool on this device (external connection) and creates no endpoints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection is still being activated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection is being deactivated; NetworkManager removes its endpoints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetworkManager before 1.56 does not apply MPTCP settings to VPN connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MPTCP is disabled for this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown: a NetworkManager.conf section uses a match-device spec that cannot be evaluated here, so the MPTCP flags NetworkManager uses for this device are not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MPTCP is disabled system-wide (net.mptcp.enabled is 0) and the connection does not set also-without-sysctl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kernel has no MPTCP support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetworkManager configured no %1 default route on this device, and the connection does not set also-without-default-route.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loopback addresses get no endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link-local addresses get no endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6 unique local addresses (fc00::/7) get no endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6 temporary (privacy) addresses get no endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetworkManager did not configure this address, so it creates no endpoint for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate address detection is still running; NetworkManager adds the endpoint when it finishes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same address is on another device, whose endpoint NetworkManager prefers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetworkManager configures at most 8 endpoints; addresses of other devices come first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beyond NetworkManager&apos;s 8-endpoint cap now, but NetworkManager created this endpoint earlier and keeps it until the next reapply or disconnect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel&apos;s endpoint table is full: other tools&apos; endpoints, or ones NetworkManager keeps until a reapply, take up every slot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another endpoint not made by NetworkManager already uses this address; the kernel refuses a second one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same address is on %1, whose endpoint NetworkManager prefers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown (unsupported match-device spec &quot;%1&quot; in %2 [%3]): whether its connection.mptcp-flags=%4 applies to %5 cannot be told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel&apos;s endpoint table could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel has this address on another device; NetworkManager deletes and re-adds it at its next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel has other flags; NetworkManager deletes and re-adds the endpoint with its flags at its next sync (reapply, address or route change).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetworkManager should have created this endpoint; it adds it at its next sync (reapply, address or route change).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile changed, not yet applied: the profile&apos;s MPTCP flags may differ from those of the running connection; they take effect on reapply or reconnect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An endpoint with a port: never created or touched by NetworkManager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An endpoint without a device: never created or touched by NetworkManager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its address is on an interface NetworkManager does not manage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale: no interface has this address any more. NetworkManager removes it at the next reapply or disconnect of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale: no interface has this address any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MPTCP is disabled system-wide (net.mptcp.enabled is 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetworkManager is not running and no MPTCP endpoints are configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>NetworkManager is not running; %n endpoint(s) were configured by other tools.</source>
        <translation>
            <numerusform>NetworkManager is not running; %n endpoint was configured by other tools.</numerusform>
            <numerusform>NetworkManager is not running; %n endpoints were configured by other tools.</numerusform>
        </translation>
    </message>
    <message>
        <source>No NetworkManager connection is active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>MPTCP is active on %1 of %n interface(s).</source>
        <extracomment>%1 = interfaces using MPTCP, %n = interfaces with an active NetworkManager connection</extracomment>
        <translation>
            <numerusform>MPTCP is active on %1 of %n interface.</numerusform>
            <numerusform>MPTCP is active on %1 of %n interfaces.</numerusform>
        </translation>
    </message>
    <message>
        <source>MPTCP is disabled in this network namespace (net.mptcp.enabled is 0). NetworkManager never changes this setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetworkManager %1.%2.%3 takes the missing net.mptcp.enabled for &quot;enabled&quot;: it tries to add endpoints and loosens rp_filter although this kernel has no MPTCP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The userspace path manager is selected: the kernel does not use the endpoints NetworkManager (or anyone) configures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mptcpd is running as well: it adds and removes endpoints itself, so the table may differ from what NetworkManager configures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint %1 (id %2) on %3 was not created by NetworkManager; NetworkManager deletes it at the next reapply or disconnect of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>NetworkManager configures at most 8 endpoints: %n address(es) get none.</source>
        <translation>
            <numerusform>NetworkManager configures at most 8 endpoints: %n address gets none.</numerusform>
            <numerusform>NetworkManager configures at most 8 endpoints: %n addresses get none.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The kernel&apos;s endpoint table (%1 entries) is taken up by endpoints from other tools: %n address(es) get no endpoint.</source>
        <translation>
            <numerusform>The kernel&apos;s endpoint table (%1 entries) is taken up by endpoints from other tools: %n address gets no endpoint.</numerusform>
            <numerusform>The kernel&apos;s endpoint table (%1 entries) is taken up by endpoints from other tools: %n addresses get no endpoint.</numerusform>
        </translation>
    </message>
    <message>
        <source>NetworkManager already configured an endpoint for %1 (id %2); the kernel refuses a second one. Change the connection&apos;s MPTCP flags instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An endpoint for %1 already exists (id %2); the kernel refuses a second one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel&apos;s endpoint table is full (%1 entries); the kernel refuses the endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetworkManager never touches endpoints with a port or without a device; it stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetworkManager does not handle MPTCP on %1 now, so it leaves the endpoint alone; if it starts to, it deletes the endpoint at that connection&apos;s next reapply or disconnect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetworkManager creates exactly this endpoint itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetworkManager wants %1 with the flags &quot;%2&quot;: at its next sync (reapply, address or route change) it deletes this endpoint and adds its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetworkManager handles MPTCP on %1: it leaves this endpoint alone for now, but deletes it at the next reapply or disconnect of that connection. Add it without &quot;dev&quot; to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MptcpExplainRules</name>
    <message>
        <source>&quot;disabled&quot; cannot be combined with other MPTCP flags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;signal&quot; and &quot;fullmesh&quot; cannot both be set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0x%1 is not a valid combination of MPTCP flags for NetworkManager %2.%3.</source>
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
    <name>MptcpHelperClient</name>
    <message>
        <source>The MPTCP Settings helper is not available (is it installed, and is the system bus running?): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system bus refused to pass the call to the MPTCP Settings helper (is its D-Bus policy installed?): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MPTCP Settings helper stopped or did not answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotificationSettings</name>
    <message>
        <source>Notify about paths, fallbacks and endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewer options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose events…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A path&apos;s subflow closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failover to a backup path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections falling back to TCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MPTCP switched off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a tray icon with the connection summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tray on this desktop</source>
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
    <name>ReportSection</name>
    <message>
        <source>Everything developers ask for in an MPTCP bug report: kernel, sysctls, endpoints, limits, sockets, counters, routing, NetworkManager&apos;s decisions and the checks above. Read it before you share it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide addresses and host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debug report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses and the host name are replaced by placeholders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report contains your addresses and host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save debug report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
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
    <message>
        <source>Demo lab: changes apply only to the lab&apos;s network namespace, not to this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubflowRow</name>
    <message>
        <source>Wi-Fi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LTE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethernet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A path: &quot;Wi-Fi (wlan0)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup, in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subflow on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RTT %1 ms</source>
        <extracomment>Round-trip time of a subflow in milliseconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cwnd %1</source>
        <extracomment>TCP congestion window in segments</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1, received %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrafficCard</name>
    <message>
        <source>Traffic per path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rates appear after two readings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrafficChart</name>
    <message numerus="yes">
        <source>Traffic per path over the last %n minute(s)</source>
        <translation>
            <numerusform>Traffic per path over the last minute</numerusform>
            <numerusform>Traffic per path over the last %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>GB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
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
    <message>
        <source>Run against the Wi-Fi + LTE demo lab (needs root; changes only the lab).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mptcp::activity</name>
    <message>
        <source>Wi-Fi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LTE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethernet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bluetooth</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mptcp::activity::ConnectionReader</name>
    <message>
        <source>cannot open network namespace %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot enter network namespace %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mptcp::activity::ConnectionsModel</name>
    <message>
        <source>MPTCP: no connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>MPTCP: %n connection(s)</source>
        <translation>
            <numerusform>MPTCP: %n connection</numerusform>
            <numerusform>MPTCP: %n connections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>MPTCP: %n connection(s) over %1</source>
        <translation>
            <numerusform>MPTCP: %n connection over %1</numerusform>
            <numerusform>MPTCP: %n connections over %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n fell back to TCP)</source>
        <translation>
            <numerusform>(%n fell back to TCP)</numerusform>
            <numerusform>(%n fell back to TCP)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mptcp::activity::Notifier</name>
    <message numerus="yes">
        <source>%n subflow(s) closed</source>
        <translation>
            <numerusform>%n subflow closed</numerusform>
            <numerusform>%n subflows closed</numerusform>
        </translation>
    </message>
    <message>
        <source>MPTCP stopped using a path on: %1. Connections continue over the remaining paths.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) switched to a backup path</source>
        <translation>
            <numerusform>%n connection switched to a backup path</numerusform>
            <numerusform>%n connections switched to a backup path</numerusform>
        </translation>
    </message>
    <message>
        <source>Only backup subflows carry data now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only backup subflows carry data now, on: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) fell back to TCP</source>
        <translation>
            <numerusform>%n connection fell back to TCP</numerusform>
            <numerusform>%n connections fell back to TCP</numerusform>
        </translation>
    </message>
    <message>
        <source>The peer or something on the path did not accept MPTCP: these connections use a single path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peers: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n MPTCP endpoint(s) removed</source>
        <translation>
            <numerusform>%n MPTCP endpoint removed</numerusform>
            <numerusform>%n MPTCP endpoints removed</numerusform>
        </translation>
    </message>
    <message>
        <source>No new subflows will use: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MPTCP switched off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>net.mptcp.enabled is 0: new connections use plain TCP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MPTCP Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mptcp::activity::TrafficHistory</name>
    <message>
        <source>Unknown interface</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mptcp::activity::TrayIcon</name>
    <message>
        <source>MPTCP Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mptcp::diagnostics::Counters</name>
    <message>
        <source>Incoming connection requests (SYN) that asked for MPTCP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing connection requests (SYN) that asked for MPTCP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing connections the server accepted with MPTCP (SYN/ACK with MP_CAPABLE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming connections completed with MPTCP (third ACK with MP_CAPABLE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming connections that fell back to plain TCP during the handshake: the client&apos;s final ACK had no MPTCP option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing connections that fell back to plain TCP: the server (or a middlebox) answered without MPTCP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing connections that retried without MPTCP because their MPTCP SYN got no answer (a middlebox may drop it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing connections made as plain TCP because MPTCP was recently blocked on this network (blackhole protection).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection requests refused because they went to a port only meant for extra subflows (endpoint with a port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections that fell back to plain TCP because the kernel could not create an MPTCP token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data retransmitted at the MPTCP level, usually on another subflow after a path stalled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests to add a subflow (MP_JOIN) for a connection this host does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests from peers to add a subflow (SYN with MP_JOIN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests from peers to add a backup subflow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra subflows the peer accepted (SYN/ACK with MP_JOIN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra subflows the peer accepted as backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra subflows rejected because the peer&apos;s authentication (HMAC) was wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra subflows from peers completed (ACK with MP_JOIN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra subflows from peers rejected because their authentication (HMAC) was wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests to add a subflow rejected by the path manager (for example the subflows limit was reached).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra subflows this host tried to open (SYN with MP_JOIN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra subflows that could not be opened: no socket could be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra subflows that could not be opened: binding to the endpoint&apos;s address or device failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra subflows that could not be opened: connecting failed (often no route for that address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received data mappings that contradicted the previous one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections that fell back to plain TCP because MPTCP data mappings were corrupted (a middlebox may alter the stream).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra subflows reset because their MPTCP data mappings were corrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections this host switched to a single path (infinite mapping sent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections the peer switched to a single path (infinite mapping received).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data mappings that did not match the TCP sequence numbers (a middlebox may rewrite them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data checksum failures: something on the path modified the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out-of-order segments added at the end of the reordering queue (normal with several paths).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out-of-order segments queued for reordering (normal with several paths).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out-of-order segments merged in the reordering queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments dropped because they were outside the MPTCP receive window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments dropped because their data had already arrived on another subflow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address announcements (ADD_ADDR) received from peers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address announcements (ADD_ADDR) sent to peers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address announcements that could not be sent (out of resources).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peers&apos; echoes of this host&apos;s address announcements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Echoes sent for peers&apos; address announcements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Echoes of address announcements that could not be sent (out of resources).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address announcements received that carry a port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address announcements from peers ignored, usually because add_addr_accepted is 0 or reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subflow requests received on an announced port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subflows accepted by the peer on an announced port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subflows completed on an announced port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subflow requests on a port that does not match the announced one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subflow completions on a port that does not match the announced one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address removals (RM_ADDR) received from peers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address removals from peers that could not be handled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address removals (RM_ADDR) sent to peers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address removals that could not be sent (out of resources).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subflows closed because an address was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup/normal priority changes (MP_PRIO) sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup/normal priority changes (MP_PRIO) received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MP_FAIL sent: a checksum failure forced a subflow reset or fallback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MP_FAIL received: the peer saw a checksum failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections aborted by this host (MP_FASTCLOSE sent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections aborted by the peer (MP_FASTCLOSE received).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subflow resets with an MPTCP reason sent (MP_TCPRST).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subflow resets with an MPTCP reason received (MP_TCPRST).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subflows marked stale: the path stopped delivering data (see net.mptcp.stale_loss_cnt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale subflows that started working again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times a subflow&apos;s send window was taken from the connection&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times a subflow&apos;s receive window was taken from the connection&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive window updates that conflicted with another subflow while updating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive window updates that conflicted with another subflow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MPTCP connections established right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paths detected as dropping MPTCP packets (blackhole); MPTCP is paused for new connections for a while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections that fell back to plain TCP because the first data carried no MPTCP mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections made as plain TCP because a conflicting TCP option (MD5 signature) is in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections that fell back to plain TCP because of a bad or missing data mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections that fell back to plain TCP because both ends connected at the same time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections reset because they could no longer fall back to plain TCP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MPTCP-level zero-window probes sent (the receiver&apos;s buffer was full).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes over %1 s (counter, change, per second):
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mptcp::gui::DemoLab</name>
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
        <source>Wi-Fi and LTE are connected.</source>
        <extracomment>Demo bar status once the lab runs; the bar shows it as &quot;Demo lab: &lt;this&gt;&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo lab could not start: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending traffic to the server for 30 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic failed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wi-Fi is cut; the LTE path carries the traffic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut failed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wi-Fi restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore failed: %1.</source>
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
    <name>mptcp::gui::DiagnosticsController</name>
    <message>
        <source>Choose a file on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the report: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mptcp::lab::LabController</name>
    <message>
        <source>Cannot run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lab did not answer within %1 s (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lab.sh crashed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lab is not up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lab.sh exited with code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lab.sh printed no bus address or network namespace.</source>
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
    <message>
        <source>No interface named &quot;%1&quot; exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = %2 cannot be set through the helper.</source>
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
    <message>
        <source>This fix cannot be applied from here. Run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn MPTCP on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn MPTCP off</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Allow %n subflow(s)</source>
        <translation>
            <numerusform>Allow %n subflow</numerusform>
            <numerusform>Allow %n subflows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept %n announced address(es)</source>
        <translation>
            <numerusform>Accept %n announced address</numerusform>
            <numerusform>Accept %n announced addresses</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete endpoint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use %1 as backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the kernel path manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use loose reverse-path filtering for all interfaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use loose reverse-path filtering on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
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
    <message>
        <source>Reading NetworkManager…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mptcp::nm::KernelNetworkReader</name>
    <message>
        <source>cannot open rtnetlink: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot watch rtnetlink: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mptcp::nm::MptcpFlags</name>
    <message>
        <source>&apos;%1&apos; is not an MPTCP flag; use numbers or: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mptcp::nm::NetworkManagerReader</name>
    <message>
        <source>Cannot reach the system D-Bus: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Qt event loop does not run GLib (QT_NO_GLIB is set?): NetworkManager cannot be followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to NetworkManager…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetworkManager is not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MPTCP auto-configuration not supported by this version (NetworkManager %1, needs 1.40)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetworkManager has no profile with UUID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetworkManager support is not installed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mptcp::nm::NmConf</name>
    <message>
        <source>line %1 is not a key=value pair, a [group] or a comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the file does not start with a [group]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: empty key name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (NetworkManager rejects this configuration)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot tell whether NetworkManager reads it ([.config] enable=%2); it was read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
