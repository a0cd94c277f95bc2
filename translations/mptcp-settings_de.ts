<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActivityPage</name>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
</context>
<context>
    <name>AddressRow</name>
    <message>
        <source>endpoint without flags</source>
        <translation>Endpunkt ohne Flags</translation>
    </message>
</context>
<context>
    <name>AddressVerdict</name>
    <message>
        <source>The kernel has this endpoint, as expected.</source>
        <translation>Der Kernel hat diesen Endpunkt, wie erwartet.</translation>
    </message>
    <message>
        <source>The kernel has no endpoint for it, although NetworkManager should have added one.</source>
        <translation>Der Kernel hat keinen Endpunkt dafür, obwohl NetworkManager einen hätte anlegen sollen.</translation>
    </message>
    <message>
        <source>The kernel has endpoint %1 for it, which NetworkManager did not create.</source>
        <translation>Der Kernel hat dafür Endpunkt %1, den NetworkManager nicht angelegt hat.</translation>
    </message>
    <message>
        <source>The kernel&apos;s endpoint %1 has other flags: %2.</source>
        <translation>Der Endpunkt %1 des Kernels hat andere Flags: %2.</translation>
    </message>
    <message>
        <source>No endpoint, as expected.</source>
        <translation>Kein Endpunkt, wie erwartet.</translation>
    </message>
    <message>
        <source>Takes effect when the connection is reactivated.</source>
        <translation>Wirkt, wenn die Verbindung neu aktiviert wird.</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ConnectionMptcpControl</name>
    <message>
        <source>MPTCP for “%1”</source>
        <extracomment>%1 = NetworkManager connection name</extracomment>
        <translation>MPTCP für „%1“</translation>
    </message>
    <message>
        <source>Default (currently: %1)</source>
        <translation>Standard (derzeit: %1)</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>MPTCP off for this connection</source>
        <translation>MPTCP für diese Verbindung aus</translation>
    </message>
    <message>
        <source>On, with these flags:</source>
        <translation>An, mit diesen Flags:</translation>
    </message>
    <message>
        <source>MPTCP on with chosen flags</source>
        <translation>MPTCP an mit den gewählten Flags</translation>
    </message>
    <message>
        <source>Saving and reapplying…</source>
        <translation>Wird gespeichert und neu angewendet …</translation>
    </message>
    <message>
        <source>Saved; NetworkManager reapplied the connection.</source>
        <translation>Gespeichert; NetworkManager hat die Verbindung neu angewendet.</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Revert MPTCP choice for %1</source>
        <translation>MPTCP-Auswahl für %1 zurücksetzen</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Apply MPTCP choice for %1</source>
        <translation>MPTCP-Auswahl für %1 anwenden</translation>
    </message>
</context>
<context>
    <name>DemoBar</name>
    <message>
        <source>Demo lab: %1</source>
        <extracomment>The demo bar; %1 is what the lab did last, or why example data is shown</extracomment>
        <translation>Demo-Labor: %1</translation>
    </message>
    <message>
        <source>Start traffic</source>
        <translation>Datenverkehr starten</translation>
    </message>
    <message>
        <source>Cut Wi-Fi</source>
        <translation>WLAN trennen</translation>
    </message>
    <message>
        <source>Restore Wi-Fi</source>
        <translation>WLAN wiederherstellen</translation>
    </message>
</context>
<context>
    <name>DemoStartupWindow</name>
    <message>
        <source>MPTCP Settings (demo)</source>
        <translation>MPTCP-Einstellungen (Demo)</translation>
    </message>
    <message>
        <source>Preparing the Wi-Fi + LTE demo lab</source>
        <translation>WLAN- und LTE-Demo-Labor wird vorbereitet</translation>
    </message>
</context>
<context>
    <name>DeviceCard</name>
    <message>
        <source>Interface %1</source>
        <translation>Schnittstelle %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>%1 = device type (Wi-Fi, Ethernet...), %2 = its state</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>MPTCP on</source>
        <translation>MPTCP an</translation>
    </message>
    <message>
        <source>MPTCP off</source>
        <translation>MPTCP aus</translation>
    </message>
</context>
<context>
    <name>DeviceModel</name>
    <message>
        <source>Ethernet</source>
        <translation>Ethernet</translation>
    </message>
    <message>
        <source>Wi-Fi</source>
        <translation>WLAN</translation>
    </message>
    <message>
        <source>Mobile broadband</source>
        <translation>Mobiles Breitband</translation>
    </message>
    <message>
        <source>VPN</source>
        <translation>VPN</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>%1 = flag words such as &quot;enabled, subflow&quot;; %2 = where they come from</extracomment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>DiagnosticsPage</name>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnose</translation>
    </message>
</context>
<context>
    <name>EndpointDialog</name>
    <message>
        <source>Edit endpoint %1</source>
        <translation>Endpunkt %1 bearbeiten</translation>
    </message>
    <message>
        <source>Add endpoint</source>
        <translation>Endpunkt hinzufügen</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>e.g. 192.0.2.10 or 2001:db8::10</source>
        <translation>z. B. 192.0.2.10 oder 2001:db8::10</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Schnittstelle</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>Endpoint ID</source>
        <translation>Endpunkt-ID</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>Asking the kernel…</source>
        <translation>Kernel wird gefragt …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
</context>
<context>
    <name>EndpointForm</name>
    <message>
        <source>Without &quot;signal&quot; or &quot;subflow&quot; the kernel does not use this address.</source>
        <translation>Ohne „signal“ oder „subflow“ verwendet der Kernel diese Adresse nicht.</translation>
    </message>
    <message>
        <source>Subflows from this address work best with an interface set.</source>
        <translation>Subflows von dieser Adresse funktionieren am besten mit festgelegter Schnittstelle.</translation>
    </message>
</context>
<context>
    <name>EndpointModel</name>
    <message>
        <source>NetworkManager</source>
        <translation>NetworkManager</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>EndpointRow</name>
    <message>
        <source>Endpoint %1, %2, flags %3</source>
        <translation>Endpunkt %1, %2, Flags %3</translation>
    </message>
    <message>
        <source>port %1</source>
        <translation>Port %1</translation>
    </message>
    <message>
        <source>no flags</source>
        <translation>keine Flags</translation>
    </message>
    <message>
        <source>any interface</source>
        <translation>beliebige Schnittstelle</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten …</translation>
    </message>
    <message>
        <source>Edit endpoint %1</source>
        <translation>Endpunkt %1 bearbeiten</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen …</translation>
    </message>
    <message>
        <source>Remove endpoint %1</source>
        <translation>Endpunkt %1 entfernen</translation>
    </message>
</context>
<context>
    <name>EndpointRules</name>
    <message>
        <source>Enter an IPv4 or IPv6 address.</source>
        <translation>Geben Sie eine IPv4- oder IPv6-Adresse ein.</translation>
    </message>
    <message>
        <source>Enter the address without a prefix length.</source>
        <translation>Geben Sie die Adresse ohne Präfixlänge ein.</translation>
    </message>
    <message>
        <source>Enter the address without a zone (%interface).</source>
        <translation>Geben Sie die Adresse ohne Zone (%interface) ein.</translation>
    </message>
    <message>
        <source>This is not a valid IPv4 or IPv6 address.</source>
        <translation>Das ist keine gültige IPv4- oder IPv6-Adresse.</translation>
    </message>
    <message>
        <source>Endpoint %1 already uses this address.</source>
        <translation>Endpunkt %1 verwendet diese Adresse bereits.</translation>
    </message>
    <message>
        <source>The ID must be a number from 1 to 255, or empty to let the kernel choose.</source>
        <translation>Die ID muss eine Zahl von 1 bis 255 sein, oder leer, damit der Kernel sie wählt.</translation>
    </message>
    <message>
        <source>ID %1 is already used by %2.</source>
        <translation>ID %1 wird bereits von %2 verwendet.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535, or empty for none.</source>
        <translation>Der Port muss eine Zahl von 1 bis 65535 sein, oder leer für keinen.</translation>
    </message>
    <message>
        <source>A port can only be set on an endpoint with &quot;signal&quot; and without &quot;subflow&quot;.</source>
        <translation>Ein Port ist nur bei einem Endpunkt mit „signal“ und ohne „subflow“ möglich.</translation>
    </message>
    <message>
        <source>&quot;signal&quot; and &quot;fullmesh&quot; cannot be used together.</source>
        <translation>„signal“ und „fullmesh“ können nicht zusammen verwendet werden.</translation>
    </message>
    <message>
        <source>Interface names have at most 15 characters.</source>
        <translation>Schnittstellennamen haben höchstens 15 Zeichen.</translation>
    </message>
    <message>
        <source>There is no interface named %1.</source>
        <translation>Es gibt keine Schnittstelle namens %1.</translation>
    </message>
    <message>
        <source>The kernel accepts values from 0 to %1.</source>
        <translation>Der Kernel akzeptiert Werte von 0 bis %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n subflow endpoints but only 1 extra subflow allowed.</source>
        <translation>
            <numerusform>%n Subflow-Endpunkt, aber nur 1 zusätzlicher Subflow erlaubt.</numerusform>
            <numerusform>%n Subflow-Endpunkte, aber nur 1 zusätzlicher Subflow erlaubt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n subflow endpoints but only %1 extra subflows allowed.</source>
        <translation>
            <numerusform>%n Subflow-Endpunkt, aber nur %1 zusätzliche Subflows erlaubt.</numerusform>
            <numerusform>%n Subflow-Endpunkte, aber nur %1 zusätzliche Subflows erlaubt.</numerusform>
        </translation>
    </message>
    <message>
        <source>No extra subflows: every connection keeps a single path.</source>
        <translation>Keine zusätzlichen Subflows: Jede Verbindung behält einen einzigen Pfad.</translation>
    </message>
    <message>
        <source>Addresses announced by servers are ignored (0 accepted).</source>
        <translation>Von Servern angekündigte Adressen werden ignoriert (0 akzeptiert).</translation>
    </message>
    <message>
        <source>More announced addresses are accepted than extra subflows allowed; each accepted address needs a subflow.</source>
        <translation>Es werden mehr angekündigte Adressen akzeptiert als zusätzliche Subflows erlaubt sind; jede akzeptierte Adresse braucht einen Subflow.</translation>
    </message>
</context>
<context>
    <name>EndpointsPage</name>
    <message>
        <source>Endpoints</source>
        <translation>Endpunkte</translation>
    </message>
    <message>
        <source>The addresses the kernel may use for extra paths. NetworkManager manages the ones on its connections; changes to those last until it reapplies the connection.</source>
        <translation>Die Adressen, die der Kernel für zusätzliche Pfade nutzen darf. NetworkManager verwaltet die seiner Verbindungen; Änderungen daran halten, bis er die Verbindung neu anwendet.</translation>
    </message>
    <message>
        <source>Add endpoint…</source>
        <translation>Endpunkt hinzufügen …</translation>
    </message>
    <message>
        <source>Add endpoint</source>
        <translation>Endpunkt hinzufügen</translation>
    </message>
    <message>
        <source>Remove all…</source>
        <translation>Alle entfernen …</translation>
    </message>
    <message>
        <source>Remove all endpoints</source>
        <translation>Alle Endpunkte entfernen</translation>
    </message>
    <message>
        <source>All endpoints removed</source>
        <translation>Alle Endpunkte entfernt</translation>
    </message>
    <message>
        <source>The kernel has no endpoints: every MPTCP connection stays on a single path.</source>
        <translation>Der Kernel hat keine Endpunkte: Jede MPTCP-Verbindung bleibt auf einem einzigen Pfad.</translation>
    </message>
    <message>
        <source>Remove endpoint %1?</source>
        <translation>Endpunkt %1 entfernen?</translation>
    </message>
    <message>
        <source>%1 will no longer be used for new paths. Connections keep their current paths.</source>
        <translation>%1 wird nicht mehr für neue Pfade verwendet. Verbindungen behalten ihre aktuellen Pfade.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove all endpoints?</source>
        <translation>Alle Endpunkte entfernen?</translation>
    </message>
    <message numerus="yes">
        <source>All %n endpoint(s) are removed from the kernel. NetworkManager adds its own again when it next activates or reapplies a connection.</source>
        <translation>
            <numerusform>Der %n Endpunkt wird aus dem Kernel entfernt. NetworkManager fügt seine eigenen wieder hinzu, wenn er das nächste Mal eine Verbindung aktiviert oder neu anwendet.</numerusform>
            <numerusform>Alle %n Endpunkte werden aus dem Kernel entfernt. NetworkManager fügt seine eigenen wieder hinzu, wenn er das nächste Mal eine Verbindung aktiviert oder neu anwendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove all</source>
        <translation>Alle entfernen</translation>
    </message>
</context>
<context>
    <name>GlobalDefaultControl</name>
    <message>
        <source>Not set (NetworkManager&apos;s built-in default)</source>
        <translation>Nicht festgelegt (eingebauter Standard von NetworkManager)</translation>
    </message>
    <message>
        <source>Off for new connections</source>
        <translation>Aus für neue Verbindungen</translation>
    </message>
    <message>
        <source>On, with these flags:</source>
        <translation>An, mit diesen Flags:</translation>
    </message>
    <message>
        <source>On for new connections, with chosen flags</source>
        <translation>An für neue Verbindungen, mit den gewählten Flags</translation>
    </message>
    <message>
        <source>Saved; NetworkManager reloaded its configuration.</source>
        <translation>Gespeichert; NetworkManager hat seine Konfiguration neu geladen.</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Revert default for new connections</source>
        <translation>Standard für neue Verbindungen zurücksetzen</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Apply default for new connections</source>
        <translation>Standard für neue Verbindungen anwenden</translation>
    </message>
</context>
<context>
    <name>InlineStatus</name>
    <message>
        <source>Applied</source>
        <translation>Angewendet</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Wird angewendet …</translation>
    </message>
    <message>
        <source>Not allowed: %1</source>
        <translation>Nicht erlaubt: %1</translation>
    </message>
</context>
<context>
    <name>InterfacesPage</name>
    <message>
        <source>Interfaces</source>
        <translation>Schnittstellen</translation>
    </message>
    <message>
        <source>Which addresses MPTCP can use, and why the others are left out.</source>
        <translation>Welche Adressen MPTCP nutzen kann und warum die anderen ausgelassen werden.</translation>
    </message>
    <message>
        <source>No network interfaces found.</source>
        <translation>Keine Netzwerkschnittstellen gefunden.</translation>
    </message>
</context>
<context>
    <name>LimitsPage</name>
    <message>
        <source>Limits</source>
        <translation>Grenzwerte</translation>
    </message>
    <message>
        <source>How many extra paths one MPTCP connection may open, and what new connections get by default.</source>
        <translation>Wie viele zusätzliche Pfade eine MPTCP-Verbindung öffnen darf und was neue Verbindungen standardmäßig erhalten.</translation>
    </message>
    <message>
        <source>Kernel limits</source>
        <translation>Kernel-Grenzwerte</translation>
    </message>
    <message>
        <source>Extra subflows per connection</source>
        <translation>Zusätzliche Subflows pro Verbindung</translation>
    </message>
    <message>
        <source>Paths opened in addition to the first one (kernel maximum: %1).</source>
        <translation>Pfade, die zusätzlich zum ersten geöffnet werden (Kernel-Maximum: %1).</translation>
    </message>
    <message>
        <source>Accepted announced addresses</source>
        <translation>Akzeptierte angekündigte Adressen</translation>
    </message>
    <message>
        <source>How many addresses announced by the server (ADD_ADDR) are used (kernel maximum: %1).</source>
        <translation>Wie viele vom Server angekündigte Adressen (ADD_ADDR) genutzt werden (Kernel-Maximum: %1).</translation>
    </message>
    <message>
        <source>Keep after reboot</source>
        <translation>Nach Neustart beibehalten</translation>
    </message>
    <message>
        <source>Saves the limits so the helper restores them when the computer starts.</source>
        <translation>Speichert die Grenzwerte, damit der Helfer sie beim Start des Computers wiederherstellt.</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Revert limits</source>
        <translation>Grenzwerte zurücksetzen</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Apply limits</source>
        <translation>Grenzwerte anwenden</translation>
    </message>
    <message>
        <source>Default for new connections</source>
        <translation>Standard für neue Verbindungen</translation>
    </message>
    <message>
        <source>Used by every NetworkManager connection whose MPTCP setting is “Default”. Saved as a NetworkManager.conf drop-in.</source>
        <translation>Gilt für jede NetworkManager-Verbindung, deren MPTCP-Einstellung „Standard“ ist. Wird als NetworkManager.conf-Ergänzungsdatei gespeichert.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>MPTCP Settings (demo)</source>
        <extracomment>Window title; %1 is &quot; (demo)&quot; when running against the demo backend</extracomment>
        <translation>MPTCP-Einstellungen (Demo)</translation>
    </message>
    <message>
        <source>MPTCP Settings</source>
        <translation>MPTCP-Einstellungen</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Interfaces</source>
        <translation>Schnittstellen</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Endpunkte</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Grenzwerte</translation>
    </message>
    <message>
        <source>Show pages</source>
        <translation>Seiten anzeigen</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnose</translation>
    </message>
</context>
<context>
    <name>MptcpFlags</name>
    <message>
        <source>&quot;disabled&quot; cannot be combined with other MPTCP flags.</source>
        <translation>„disabled“ kann nicht mit anderen MPTCP-Flags kombiniert werden.</translation>
    </message>
    <message>
        <source>&quot;signal&quot; and &quot;fullmesh&quot; cannot be used together.</source>
        <translation>„signal“ und „fullmesh“ können nicht zusammen verwendet werden.</translation>
    </message>
    <message>
        <source>open extra paths from this address to the server</source>
        <translation>zusätzliche Pfade von dieser Adresse zum Server öffnen</translation>
    </message>
    <message>
        <source>announce this address to the other side so it can connect to it</source>
        <translation>diese Adresse der Gegenseite ankündigen, damit sie sich damit verbinden kann</translation>
    </message>
    <message>
        <source>use this path only when the others fail — typical for metered LTE</source>
        <translation>diesen Pfad nur nutzen, wenn die anderen ausfallen — typisch für getaktetes LTE</translation>
    </message>
    <message>
        <source>open a path from this address to every address of the server</source>
        <translation>einen Pfad von dieser Adresse zu jeder Adresse des Servers öffnen</translation>
    </message>
    <message>
        <source>answer each address the server announces with one new path from this address</source>
        <translation>jede vom Server angekündigte Adresse mit einem neuen Pfad von dieser Adresse beantworten</translation>
    </message>
    <message>
        <source>created by the kernel itself for an address in use</source>
        <translation>vom Kernel selbst für eine verwendete Adresse angelegt</translation>
    </message>
    <message>
        <source>flag unknown to this version</source>
        <translation>dieser Version unbekanntes Flag</translation>
    </message>
    <message>
        <source>no flags</source>
        <translation>keine Flags</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>Multipath TCP</source>
        <translation>Multipath TCP</translation>
    </message>
    <message>
        <source>Lets applications spread one connection over several networks (net.mptcp.enabled).</source>
        <translation>Lässt Anwendungen eine Verbindung auf mehrere Netzwerke verteilen (net.mptcp.enabled).</translation>
    </message>
    <message>
        <source>This kernel was built without MPTCP.</source>
        <translation>Dieser Kernel wurde ohne MPTCP gebaut.</translation>
    </message>
    <message>
        <source>Multipath TCP enabled</source>
        <translation>Multipath TCP aktiviert</translation>
    </message>
    <message>
        <source>Path manager</source>
        <translation>Pfadmanager</translation>
    </message>
    <message>
        <source>The part of the kernel that decides which extra paths to open.</source>
        <translation>Der Teil des Kernels, der entscheidet, welche zusätzlichen Pfade geöffnet werden.</translation>
    </message>
    <message>
        <source>NetworkManager</source>
        <translation>NetworkManager</translation>
    </message>
    <message>
        <source>Creates endpoints for the addresses of connections it manages.</source>
        <translation>Legt Endpunkte für die Adressen der Verbindungen an, die er verwaltet.</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Grenzwerte</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ändern …</translation>
    </message>
    <message>
        <source>Change limits</source>
        <translation>Grenzwerte ändern</translation>
    </message>
    <message>
        <source>The settings helper cannot be reached, so changes to the kernel are not possible right now.</source>
        <translation>Der Einstellungshelfer ist nicht erreichbar, daher sind Änderungen am Kernel gerade nicht möglich.</translation>
    </message>
    <message>
        <source>Things to look at</source>
        <translation>Zu beachten</translation>
    </message>
    <message>
        <source>No problems found</source>
        <translation>Keine Probleme gefunden</translation>
    </message>
</context>
<context>
    <name>PendingAction</name>
    <message>
        <source>You are not allowed to make this change.</source>
        <translation>Sie dürfen diese Änderung nicht vornehmen.</translation>
    </message>
    <message>
        <source>The change failed for an unknown reason.</source>
        <translation>Die Änderung ist aus unbekanntem Grund fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>MPTCP Settings</source>
        <translation>MPTCP-Einstellungen</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Interfaces</source>
        <translation>Schnittstellen</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Endpunkte</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Grenzwerte</translation>
    </message>
    <message>
        <source>Demo data — nothing on this computer is changed.</source>
        <translation>Demodaten — auf diesem Computer wird nichts geändert.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnose</translation>
    </message>
</context>
<context>
    <name>WarningCard</name>
    <message>
        <source>Fixed</source>
        <translation>Behoben</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>MPTCP Settings</source>
        <translation>MPTCP-Einstellungen</translation>
    </message>
    <message>
        <source>See and control Multipath TCP on Linux.</source>
        <translation>Multipath TCP unter Linux einsehen und steuern.</translation>
    </message>
    <message>
        <source>Run against the demo lab (marked &quot;(demo)&quot;).</source>
        <translation>Mit dem Demo-Labor arbeiten (als „(Demo)“ markiert).</translation>
    </message>
    <message>
        <source>Show built-in example data; change nothing.</source>
        <translation>Eingebaute Beispieldaten zeigen; nichts ändern.</translation>
    </message>
    <message>
        <source>Example data set for --demo-fake: %1.</source>
        <translation>Beispieldatensatz für --demo-fake: %1.</translation>
    </message>
    <message>
        <source>Use a light or dark palette instead of the system&apos;s.</source>
        <translation>Helle oder dunkle Farbpalette statt der des Systems verwenden.</translation>
    </message>
    <message>
        <source>Initial window size, e.g. 1040x720.</source>
        <translation>Anfängliche Fenstergröße, z. B. 1040x720.</translation>
    </message>
    <message>
        <source>Save the first complete frame as an image and quit.</source>
        <translation>Das erste vollständige Bild als Bilddatei speichern und beenden.</translation>
    </message>
    <message>
        <source>Quit once the first frame is shown (benchmarks).</source>
        <translation>Beenden, sobald das erste Bild angezeigt wird (Benchmarks).</translation>
    </message>
    <message>
        <source>--color-scheme takes light or dark.</source>
        <translation>--color-scheme erwartet light oder dark.</translation>
    </message>
    <message>
        <source>Unknown scenario %1.</source>
        <translation>Unbekanntes Szenario %1.</translation>
    </message>
    <message>
        <source>Cannot save %1.</source>
        <translation>%1 kann nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The demo lab needs root: it creates network namespaces and starts its own NetworkManager. Showing example data instead (run &quot;sudo mptcp-settings --demo&quot; for the real thing).</source>
        <translation>Das Demo-Labor braucht Root-Rechte: Es legt Netzwerk-Namensräume an und startet einen eigenen NetworkManager. Stattdessen werden Beispieldaten gezeigt (für das echte Labor „sudo mptcp-settings --demo“ ausführen).</translation>
    </message>
    <message>
        <source>%1 Showing example data instead.</source>
        <translation>%1 Stattdessen werden Beispieldaten gezeigt.</translation>
    </message>
    <message>
        <source>Cannot enter the demo lab&apos;s network namespace: %1.</source>
        <translation>Der Netzwerk-Namensraum des Demo-Labors ist nicht betretbar: %1.</translation>
    </message>
    <message>
        <source>This build has no demo lab. Showing example data instead.</source>
        <translation>Dieser Build hat kein Demo-Labor. Stattdessen werden Beispieldaten gezeigt.</translation>
    </message>
    <message>
        <source>Page to open: overview, interfaces, endpoints, limits, activity, diagnostics.</source>
        <translation>Zu öffnende Seite: overview, interfaces, endpoints, limits, activity, diagnostics.</translation>
    </message>
</context>
<context>
    <name>mptcp::app::DemoLab</name>
    <message>
        <source>Looking for a running demo lab…</source>
        <translation>Suche nach einem laufenden Demo-Labor …</translation>
    </message>
    <message>
        <source>Starting the demo lab (NetworkManager, Wi-Fi and LTE links)…</source>
        <translation>Demo-Labor wird gestartet (NetworkManager, WLAN- und LTE-Verbindung) …</translation>
    </message>
    <message>
        <source>The demo lab did not report its bus and network namespace.</source>
        <translation>Das Demo-Labor hat seinen Bus und Netzwerk-Namensraum nicht gemeldet.</translation>
    </message>
    <message>
        <source>Demo lab is up.</source>
        <translation>Das Demo-Labor läuft.</translation>
    </message>
    <message>
        <source>The demo lab could not start: %1</source>
        <translation>Das Demo-Labor konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Sending traffic to the server for 30 s.</source>
        <translation>Sende 30 s lang Daten an den Server.</translation>
    </message>
    <message>
        <source>Traffic failed: %1</source>
        <translation>Datenverkehr fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Wi-Fi cut: the LTE path carries the traffic.</source>
        <translation>WLAN getrennt: Der LTE-Pfad trägt den Verkehr.</translation>
    </message>
    <message>
        <source>Cut failed: %1</source>
        <translation>Trennen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Wi-Fi restored.</source>
        <translation>WLAN wiederhergestellt.</translation>
    </message>
    <message>
        <source>Restore failed: %1</source>
        <translation>Wiederherstellen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Starting traffic…</source>
        <translation>Datenverkehr wird gestartet …</translation>
    </message>
    <message>
        <source>Cutting Wi-Fi…</source>
        <translation>WLAN wird getrennt …</translation>
    </message>
    <message>
        <source>Restoring Wi-Fi…</source>
        <translation>WLAN wird wiederhergestellt …</translation>
    </message>
</context>
<context>
    <name>mptcp::models::FakeBackend</name>
    <message>
        <source>Link-local addresses are never used for MPTCP.</source>
        <translation>Link-lokale Adressen werden nie für MPTCP verwendet.</translation>
    </message>
    <message>
        <source>Unique local IPv6 addresses (fc00::/7) are left out by NetworkManager.</source>
        <translation>Eindeutige lokale IPv6-Adressen (fc00::/7) lässt NetworkManager aus.</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>NetworkManager is not running, so nothing adds endpoints automatically.</source>
        <translation>NetworkManager läuft nicht, daher legt niemand automatisch Endpunkte an.</translation>
    </message>
    <message>
        <source>%1 is not managed by NetworkManager.</source>
        <translation>%1 wird nicht von NetworkManager verwaltet.</translation>
    </message>
    <message>
        <source>%1 has no active connection.</source>
        <translation>%1 hat keine aktive Verbindung.</translation>
    </message>
    <message>
        <source>MPTCP is turned off for the connection &quot;%1&quot;.</source>
        <translation>MPTCP ist für die Verbindung „%1“ ausgeschaltet.</translation>
    </message>
    <message>
        <source>MPTCP is disabled system-wide (net.mptcp.enabled = 0).</source>
        <translation>MPTCP ist systemweit deaktiviert (net.mptcp.enabled = 0).</translation>
    </message>
    <message>
        <source>No IPv6 default route on %1: NetworkManager only adds endpoints where it configured a default route.</source>
        <translation>Keine IPv6-Standardroute auf %1: NetworkManager legt Endpunkte nur dort an, wo er eine Standardroute eingerichtet hat.</translation>
    </message>
    <message>
        <source>No IPv4 default route on %1: NetworkManager only adds endpoints where it configured a default route.</source>
        <translation>Keine IPv4-Standardroute auf %1: NetworkManager legt Endpunkte nur dort an, wo er eine Standardroute eingerichtet hat.</translation>
    </message>
    <message>
        <source>Userspace</source>
        <translation>Im Userspace</translation>
    </message>
    <message>
        <source>In-kernel</source>
        <translation>Im Kernel</translation>
    </message>
    <message>
        <source>Set in /etc/NetworkManager/conf.d/90-mptcp-settings.conf</source>
        <translation>Festgelegt in /etc/NetworkManager/conf.d/90-mptcp-settings.conf</translation>
    </message>
    <message>
        <source>Not set: NetworkManager %1 uses enabled, subflow</source>
        <translation>Nicht festgelegt: NetworkManager %1 verwendet enabled, subflow</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Not managed by NetworkManager</source>
        <translation>Nicht von NetworkManager verwaltet</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <source>from NetworkManager.conf</source>
        <translation>aus NetworkManager.conf</translation>
    </message>
    <message>
        <source>NetworkManager&apos;s built-in default</source>
        <translation>eingebauter Standard von NetworkManager</translation>
    </message>
    <message numerus="yes">
        <source>MPTCP in use: %n endpoint(s)</source>
        <translation>
            <numerusform>MPTCP in Gebrauch: %n Endpunkt</numerusform>
            <numerusform>MPTCP in Gebrauch: %n Endpunkte</numerusform>
        </translation>
    </message>
    <message>
        <source>No addresses.</source>
        <translation>Keine Adressen.</translation>
    </message>
    <message>
        <source>MPTCP is not available: this kernel was built without it</source>
        <translation>MPTCP ist nicht verfügbar: Dieser Kernel wurde ohne gebaut</translation>
    </message>
    <message>
        <source>MPTCP is disabled system-wide</source>
        <translation>MPTCP ist systemweit deaktiviert</translation>
    </message>
    <message>
        <source>net.mptcp.enabled is 0, so applications cannot open MPTCP connections.</source>
        <translation>net.mptcp.enabled ist 0, daher können Anwendungen keine MPTCP-Verbindungen öffnen.</translation>
    </message>
    <message>
        <source>No interface is connected</source>
        <translation>Keine Schnittstelle ist verbunden</translation>
    </message>
    <message numerus="yes">
        <source>MPTCP is active on %1 of %n interface(s)</source>
        <extracomment>%1 = interfaces using MPTCP, %n = connected interfaces</extracomment>
        <translation>
            <numerusform>MPTCP ist auf %1 von %n Schnittstelle aktiv</numerusform>
            <numerusform>MPTCP ist auf %1 von %n Schnittstellen aktiv</numerusform>
        </translation>
    </message>
    <message>
        <source>This kernel has no MPTCP support (no /proc/sys/net/mptcp).</source>
        <translation>Dieser Kernel unterstützt MPTCP nicht (kein /proc/sys/net/mptcp).</translation>
    </message>
    <message>
        <source>MPTCP is disabled system-wide (net.mptcp.enabled = 0). NetworkManager never changes this setting.</source>
        <translation>MPTCP ist systemweit deaktiviert (net.mptcp.enabled = 0). NetworkManager ändert diese Einstellung nie.</translation>
    </message>
    <message>
        <source>Enable MPTCP</source>
        <translation>MPTCP aktivieren</translation>
    </message>
    <message numerus="yes">
        <source>%n subflow endpoint(s), but the limit allows only %1 extra subflows: some paths stay unused.</source>
        <translation>
            <numerusform>%n Subflow-Endpunkt, aber der Grenzwert erlaubt nur %1 zusätzliche Subflows: Manche Pfade bleiben ungenutzt.</numerusform>
            <numerusform>%n Subflow-Endpunkte, aber der Grenzwert erlaubt nur %1 zusätzliche Subflows: Manche Pfade bleiben ungenutzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Allow %1 subflows</source>
        <translation>%1 Subflows erlauben</translation>
    </message>
    <message>
        <source>Endpoint %1 (%2) is for an address no interface has.</source>
        <translation>Endpunkt %1 (%2) gilt einer Adresse, die keine Schnittstelle hat.</translation>
    </message>
    <message>
        <source>Remove endpoint %1</source>
        <translation>Endpunkt %1 entfernen</translation>
    </message>
    <message>
        <source>Endpoint %1 (%2) on %3 was added by hand: NetworkManager replaces it the next time it reapplies %3.</source>
        <translation>Endpunkt %1 (%2) auf %3 wurde von Hand angelegt: NetworkManager ersetzt ihn, wenn er %3 das nächste Mal neu anwendet.</translation>
    </message>
    <message>
        <source>mptcpd is running as well and manages endpoints too; the two can undo each other&apos;s changes.</source>
        <translation>mptcpd läuft ebenfalls und verwaltet auch Endpunkte; beide können die Änderungen des anderen rückgängig machen.</translation>
    </message>
    <message>
        <source>Addresses announced by servers are ignored (add_addr_accepted is 0).</source>
        <translation>Von Servern angekündigte Adressen werden ignoriert (add_addr_accepted ist 0).</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n address(es)</source>
        <translation>
            <numerusform>%n Adresse akzeptieren</numerusform>
            <numerusform>%n Adressen akzeptieren</numerusform>
        </translation>
    </message>
    <message>
        <source>NetworkManager is not running: only endpoints added by hand or by other tools exist.</source>
        <translation>NetworkManager läuft nicht: Es gibt nur Endpunkte, die von Hand oder von anderen Werkzeugen angelegt wurden.</translation>
    </message>
    <message>
        <source>Some changes take effect when the connections are reactivated.</source>
        <translation>Manche Änderungen wirken erst, wenn die Verbindungen neu aktiviert werden.</translation>
    </message>
    <message>
        <source>Not authorized: the system policy does not allow %1 for this user.</source>
        <translation>Nicht berechtigt: Die Systemrichtlinie erlaubt %1 für diesen Benutzer nicht.</translation>
    </message>
    <message>
        <source>The kernel refused: limit greater than maximum (%1).</source>
        <translation>Der Kernel hat abgelehnt: Grenzwert größer als das Maximum (%1).</translation>
    </message>
    <message>
        <source>The kernel refused: the endpoint table is full (%1).</source>
        <translation>Der Kernel hat abgelehnt: Die Endpunkttabelle ist voll (%1).</translation>
    </message>
    <message>
        <source>The kernel refused: endpoint %1 already exists.</source>
        <translation>Der Kernel hat abgelehnt: Endpunkt %1 existiert bereits.</translation>
    </message>
    <message>
        <source>The kernel refused: endpoint %1 does not exist.</source>
        <translation>Der Kernel hat abgelehnt: Endpunkt %1 existiert nicht.</translation>
    </message>
    <message>
        <source>NetworkManager has no connection %1.</source>
        <translation>NetworkManager hat keine Verbindung %1.</translation>
    </message>
    <message>
        <source>Insufficient privileges: not authorized to modify connection settings.</source>
        <translation>Unzureichende Berechtigungen: nicht berechtigt, Verbindungseinstellungen zu ändern.</translation>
    </message>
</context>
<context>
    <name>mptcp::models::Session</name>
    <message>
        <source>Not running — showing the kernel&apos;s settings only</source>
        <translation>Läuft nicht — es werden nur die Einstellungen des Kernels gezeigt</translation>
    </message>
    <message>
        <source>Version %1 — too old to configure MPTCP (needs 1.40)</source>
        <translation>Version %1 — zu alt, um MPTCP einzurichten (benötigt 1.40)</translation>
    </message>
    <message>
        <source>Running, version %1</source>
        <translation>Läuft, Version %1</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>%1 extra subflows, %2 accepted addresses</source>
        <extracomment>%1 and %2 are numbers of the kernel limits</extracomment>
        <translation>%1 zusätzliche Subflows, %2 akzeptierte Adressen</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>On: %1</source>
        <translation>An: %1</translation>
    </message>
    <message>
        <source>Limits must be between 0 and %1.</source>
        <translation>Grenzwerte müssen zwischen 0 und %1 liegen.</translation>
    </message>
    <message>
        <source>Only &quot;backup&quot; and &quot;fullmesh&quot; can be changed on an existing endpoint.</source>
        <translation>Bei einem bestehenden Endpunkt lassen sich nur „backup“ und „fullmesh“ ändern.</translation>
    </message>
    <message>
        <source>Endpoint %1 no longer exists.</source>
        <translation>Endpunkt %1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>This connection is no longer active.</source>
        <translation>Diese Verbindung ist nicht mehr aktiv.</translation>
    </message>
    <message>
        <source>This problem has no automatic fix.</source>
        <translation>Für dieses Problem gibt es keine automatische Korrektur.</translation>
    </message>
</context>
<context>
    <name>mptcp::models::SystemBackend</name>
    <message>
        <source>No addresses</source>
        <translation>Keine Adressen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Not managed by NetworkManager</source>
        <translation>Nicht von NetworkManager verwaltet</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Nicht verfügbar</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <source>Disconnecting</source>
        <translation>Wird getrennt</translation>
    </message>
    <message>
        <source>Connection failed</source>
        <translation>Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Wird verbunden</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>from the connection</source>
        <translation>aus der Verbindung</translation>
    </message>
    <message>
        <source>from NetworkManager.conf</source>
        <translation>aus NetworkManager.conf</translation>
    </message>
    <message>
        <source>NetworkManager&apos;s built-in default</source>
        <translation>eingebauter Standard von NetworkManager</translation>
    </message>
    <message>
        <source>Userspace</source>
        <translation>Im Userspace</translation>
    </message>
    <message>
        <source>In-kernel</source>
        <translation>Im Kernel</translation>
    </message>
    <message>
        <source>Set in NetworkManager.conf: %1</source>
        <translation>Festgelegt in NetworkManager.conf: %1</translation>
    </message>
    <message>
        <source>Not set: NetworkManager %1 uses %2</source>
        <translation>Nicht festgelegt: NetworkManager %1 verwendet %2</translation>
    </message>
    <message>
        <source>Enable MPTCP</source>
        <translation>MPTCP aktivieren</translation>
    </message>
    <message>
        <source>Allow %1 subflows</source>
        <translation>%1 Subflows erlauben</translation>
    </message>
    <message>
        <source>Accept %1 announced addresses</source>
        <translation>%1 angekündigte Adressen akzeptieren</translation>
    </message>
    <message>
        <source>Remove endpoint %1</source>
        <translation>Endpunkt %1 entfernen</translation>
    </message>
</context>
</TS>
