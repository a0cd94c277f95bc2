<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActivityPage</name>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>%1/s</source>
        <extracomment>A transfer rate; %1 is an amount of data such as &quot;1.2 MB&quot;</extracomment>
        <translation>%1/s</translation>
    </message>
    <message numerus="yes">
        <source>%n MPTCP connection(s) over %1</source>
        <extracomment>%1 lists the paths in use, e.g. &quot;Wi-Fi + LTE&quot;</extracomment>
        <translation>
            <numerusform>%n MPTCP-Verbindung über %1</numerusform>
            <numerusform>%n MPTCP-Verbindungen über %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n MPTCP connection(s)</source>
        <translation>
            <numerusform>%n MPTCP-Verbindung</numerusform>
            <numerusform>%n MPTCP-Verbindungen</numerusform>
        </translation>
    </message>
    <message>
        <source>MPTCP connections</source>
        <translation>MPTCP-Verbindungen</translation>
    </message>
    <message numerus="yes">
        <source>%n fell back to TCP</source>
        <translation>
            <numerusform>%n auf TCP zurückgefallen</numerusform>
            <numerusform>%n auf TCP zurückgefallen</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the MPTCP connections: %1</source>
        <translation>Die MPTCP-Verbindungen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Reading connections</source>
        <translation>Verbindungen werden gelesen</translation>
    </message>
    <message>
        <source>No MPTCP connections right now</source>
        <translation>Derzeit keine MPTCP-Verbindungen</translation>
    </message>
    <message>
        <source>Programs use MPTCP when they ask for it or are started through mptcpize. To try it, run:</source>
        <translation>Programme nutzen MPTCP, wenn sie es anfordern oder über mptcpize gestartet werden. Zum Ausprobieren führen Sie aus:</translation>
    </message>
    <message>
        <source>Command to try MPTCP</source>
        <translation>Befehl zum Ausprobieren von MPTCP</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
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
    <name>CheckRow</name>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Does not apply</source>
        <translation>Trifft nicht zu</translation>
    </message>
    <message>
        <source>Fixing…</source>
        <translation>Wird behoben …</translation>
    </message>
    <message>
        <source>Fixed; checking again…</source>
        <translation>Behoben; wird erneut geprüft …</translation>
    </message>
    <message>
        <source>To fix it, run as root: %1</source>
        <translation>Zum Beheben als root ausführen: %1</translation>
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
    <name>ConnectionDelegate</name>
    <message>
        <source>Connection to %1</source>
        <translation>Verbindung zu %1</translation>
    </message>
    <message>
        <source>fell back to TCP</source>
        <translation>auf TCP zurückgefallen</translation>
    </message>
    <message>
        <source>The peer or something on the path did not accept MPTCP: this connection uses a single path.</source>
        <translation>Die Gegenstelle oder etwas auf dem Pfad hat MPTCP nicht akzeptiert: Diese Verbindung nutzt einen einzigen Pfad.</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>von %1</translation>
    </message>
    <message numerus="yes">
        <source>%n subflow(s)</source>
        <translation>
            <numerusform>%n Subflow</numerusform>
            <numerusform>%n Subflows</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent %1, received %2</source>
        <translation>Gesendet %1, empfangen %2</translation>
    </message>
    <message>
        <source>Hide subflows</source>
        <translation>Subflows ausblenden</translation>
    </message>
    <message>
        <source>Show subflows</source>
        <translation>Subflows anzeigen</translation>
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
    <name>CounterRow</name>
    <message>
        <source>%1: %2, signals a problem</source>
        <translation>%1: %2, weist auf ein Problem hin</translation>
    </message>
    <message>
        <source>+%1/s</source>
        <translation>+%1/s</translation>
    </message>
</context>
<context>
    <name>DemoBar</name>
    <message>
        <source>Demo lab: %1</source>
        <extracomment>The demo bar; %1 is what the lab is doing or did last (a sentence)</extracomment>
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
    <message>
        <source>Example data: nothing on this computer is read or changed.</source>
        <translation>Beispieldaten: Auf diesem Computer wird nichts gelesen oder geändert.</translation>
    </message>
    <message>
        <source>Why MPTCP may not work here, what the kernel counted, and a report for bug trackers.</source>
        <translation>Warum MPTCP hier womöglich nicht funktioniert, was der Kernel gezählt hat, und ein Bericht für Fehlerdatenbanken.</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found</source>
        <translation>Keine Probleme gefunden</translation>
    </message>
    <message>
        <source>Checked at %1</source>
        <translation>Geprüft um %1</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <source>Every check passed or does not apply here.</source>
        <translation>Jede Prüfung wurde bestanden oder trifft hier nicht zu.</translation>
    </message>
    <message>
        <source>Show checks that do not apply here</source>
        <translation>Prüfungen anzeigen, die hier nicht zutreffen</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>Zähler</translation>
    </message>
    <message numerus="yes">
        <source>%n counter(s) signal problems</source>
        <translation>
            <numerusform>%n Zähler weist auf Probleme hin</numerusform>
            <numerusform>%n Zähler weisen auf Probleme hin</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide zero counters</source>
        <translation>Zähler mit 0 ausblenden</translation>
    </message>
    <message>
        <source>What the kernel&apos;s MPTCP stack counted in this network namespace (MPTcpExt in /proc/net/netstat), with the change per second while this page is open.</source>
        <translation>Was der MPTCP-Stack des Kernels in diesem Netzwerk-Namensraum gezählt hat (MPTcpExt in /proc/net/netstat), mit der Änderung pro Sekunde, solange diese Seite geöffnet ist.</translation>
    </message>
    <message>
        <source>Cannot read the counters: %1</source>
        <translation>Die Zähler können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Debug report</source>
        <translation>Fehlerbericht</translation>
    </message>
    <message>
        <source>Example data: no sockets are listed.</source>
        <translation>Beispieldaten: Es werden keine Sockets aufgeführt.</translation>
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
    <name>LabEnvironment</name>
    <message>
        <source>The lab is not up.</source>
        <translation>Das Labor läuft nicht.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot enter the lab&apos;s network namespace: %1</source>
        <translation>Der Netzwerk-Namensraum des Labors kann nicht betreten werden: %1</translation>
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
        <extracomment>Window title with --demo (the Wi-Fi + LTE lab) and --demo-fake (example data)</extracomment>
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
    <name>MptcpDebugReport</name>
    <message>
        <source>(could not be run: %1)</source>
        <translation>(konnte nicht ausgeführt werden: %1)</translation>
    </message>
    <message>
        <source>(no output)</source>
        <translation>(keine Ausgabe)</translation>
    </message>
    <message>
        <source>the connection profile</source>
        <translation>das Verbindungsprofil</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>NetworkManager&apos;s built-in default</source>
        <translation>eingebauter Standard von NetworkManager</translation>
    </message>
    <message>
        <source>NetworkManager is not running.
</source>
        <translation>NetworkManager läuft nicht.
</translation>
    </message>
    <message>
        <source>NetworkManager %1.%2.%3
</source>
        <translation>NetworkManager %1.%2.%3
</translation>
    </message>
    <message>
        <source>Active connections (device, type, metered, connection, connection.mptcp-flags, flags in use, from):
</source>
        <translation>Aktive Verbindungen (Gerät, Typ, getaktet, Verbindung, connection.mptcp-flags, verwendete Flags, Quelle):
</translation>
    </message>
    <message>
        <source>NetworkManager.conf defaults for connection.mptcp-flags:
</source>
        <translation>Standardwerte in NetworkManager.conf für connection.mptcp-flags:
</translation>
    </message>
    <message>
        <source>  (NetworkManager.conf could not be read)
</source>
        <translation>  (NetworkManager.conf konnte nicht gelesen werden)
</translation>
    </message>
    <message>
        <source> (ignored by NetworkManager: not a number)</source>
        <translation> (von NetworkManager ignoriert: keine Zahl)</translation>
    </message>
    <message>
        <source>  (none: the built-in default applies)
</source>
        <translation>  (keine: Der eingebaute Standard gilt)
</translation>
    </message>
    <message>
        <source>(no flags)</source>
        <translation>(keine Flags)</translation>
    </message>
    <message>
        <source>DEVICE  ADDRESS  EXPECTED  KERNEL  VERDICT  REASON
</source>
        <translation>GERÄT  ADRESSE  ERWARTET  KERNEL  BEFUND  GRUND
</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>&lt;!-- MPTCP debug report by mptcp-settings %1, %2. For https://github.com/multipath-tcp/mptcp_net-next/issues (bug report template). --&gt;

</source>
        <translation>&lt;!-- MPTCP-Fehlerbericht von mptcp-settings %1, %2. Für https://github.com/multipath-tcp/mptcp_net-next/issues (Vorlage für Fehlerberichte). --&gt;

</translation>
    </message>
    <message>
        <source>System info</source>
        <translation>Systeminformationen</translation>
    </message>
    <message>
        <source>_(to be filled in by the reporter)_</source>
        <translation>_(vom Meldenden auszufüllen)_</translation>
    </message>
    <message>
        <source>What did you do?</source>
        <translation>Was haben Sie getan?</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>Was ist passiert?</translation>
    </message>
    <message>
        <source>What did you expect to have?</source>
        <translation>Was haben Sie erwartet?</translation>
    </message>
    <message>
        <source>Additional context</source>
        <translation>Weiterer Kontext</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Reproduction</source>
        <translation>Reproduktion</translation>
    </message>
    <message>
        <source>Path-manager events while reproducing (`ip mptcp monitor`):</source>
        <translation>Ereignisse des Pfadmanagers während der Reproduktion (`ip mptcp monitor`):</translation>
    </message>
    <message>
        <source>(no events)</source>
        <translation>(keine Ereignisse)</translation>
    </message>
    <message>
        <source>After reproducing:</source>
        <translation>Nach der Reproduktion:</translation>
    </message>
    <message>
        <source>MPTcpExt counter changes (`nstat` after `nstat -n`):</source>
        <translation>Änderungen der MPTcpExt-Zähler (`nstat` nach `nstat -n`):</translation>
    </message>
    <message>
        <source>MPTCP sockets</source>
        <translation>MPTCP-Sockets</translation>
    </message>
    <message>
        <source>MPTcpExt counters</source>
        <translation>MPTcpExt-Zähler</translation>
    </message>
    <message>
        <source>(every counter is 0)</source>
        <translation>(alle Zähler sind 0)</translation>
    </message>
    <message>
        <source>MPTCP connections and subflows</source>
        <translation>MPTCP-Verbindungen und Subflows</translation>
    </message>
    <message>
        <source>NetworkManager</source>
        <translation>NetworkManager</translation>
    </message>
    <message>
        <source>Endpoints NetworkManager is expected to create</source>
        <translation>Endpunkte, die NetworkManager anlegen sollte</translation>
    </message>
    <message>
        <source>mptcpd</source>
        <translation>mptcpd</translation>
    </message>
    <message>
        <source>mptcpd is running.</source>
        <translation>mptcpd läuft.</translation>
    </message>
    <message>
        <source>mptcpd is not running.</source>
        <translation>mptcpd läuft nicht.</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Routing</translation>
    </message>
    <message>
        <source>Reverse-path filtering</source>
        <translation>Reverse-Path-Filterung</translation>
    </message>
</context>
<context>
    <name>MptcpDiagnostics</name>
    <message>
        <source>MPTCP enabled in the kernel</source>
        <translation>MPTCP im Kernel aktiviert</translation>
    </message>
    <message>
        <source>This kernel has no MPTCP support (/proc/sys/net/mptcp is missing): every connection is plain TCP. A kernel built with CONFIG_MPTCP is needed.</source>
        <translation>Dieser Kernel unterstützt MPTCP nicht (/proc/sys/net/mptcp fehlt): Jede Verbindung ist reines TCP. Ein mit CONFIG_MPTCP gebauter Kernel wird benötigt.</translation>
    </message>
    <message>
        <source>net.mptcp.enabled could not be read.</source>
        <translation>net.mptcp.enabled konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>net.mptcp.enabled is 0: programs cannot create MPTCP sockets, so every connection is plain TCP, and NetworkManager configures no endpoints. Nothing turns it on by itself.</source>
        <translation>net.mptcp.enabled ist 0: Programme können keine MPTCP-Sockets anlegen, daher ist jede Verbindung reines TCP, und NetworkManager richtet keine Endpunkte ein. Nichts schaltet es von selbst ein.</translation>
    </message>
    <message>
        <source>net.mptcp.enabled is 1.</source>
        <translation>net.mptcp.enabled ist 1.</translation>
    </message>
    <message>
        <source>Path manager</source>
        <translation>Pfadmanager</translation>
    </message>
    <message>
        <source>This kernel has no MPTCP support.</source>
        <translation>Dieser Kernel unterstützt MPTCP nicht.</translation>
    </message>
    <message>
        <source>The kernel&apos;s own path manager is in use: it follows the endpoint table.</source>
        <translation>Der eigene Pfadmanager des Kernels ist in Gebrauch: Er folgt der Endpunkttabelle.</translation>
    </message>
    <message>
        <source>The userspace path manager is selected and mptcpd is running to drive it.</source>
        <translation>Der Userspace-Pfadmanager ist ausgewählt, und mptcpd läuft, um ihn zu steuern.</translation>
    </message>
    <message>
        <source>The userspace path manager is selected, but no program (such as mptcpd) is running to manage it: no extra subflows are created and no addresses are announced, and the endpoint table is ignored. Select the kernel path manager or start mptcpd.</source>
        <translation>Der Userspace-Pfadmanager ist ausgewählt, aber kein Programm (etwa mptcpd) läuft, um ihn zu steuern: Es werden keine zusätzlichen Subflows angelegt, keine Adressen angekündigt, und die Endpunkttabelle wird ignoriert. Wählen Sie den Pfadmanager des Kernels oder starten Sie mptcpd.</translation>
    </message>
    <message>
        <source>mptcpd and NetworkManager</source>
        <translation>mptcpd und NetworkManager</translation>
    </message>
    <message>
        <source>NetworkManager is not running.</source>
        <translation>NetworkManager läuft nicht.</translation>
    </message>
    <message>
        <source>Only NetworkManager configures MPTCP endpoints.</source>
        <translation>Nur NetworkManager richtet MPTCP-Endpunkte ein.</translation>
    </message>
    <message>
        <source>Both add and remove endpoints, so they undo each other&apos;s work. Use one of them: stop mptcpd, or set the NetworkManager connections&apos; MPTCP to disabled.</source>
        <translation>Beide fügen Endpunkte hinzu und entfernen sie, sodass sie die Arbeit des anderen rückgängig machen. Verwenden Sie nur einen: Beenden Sie mptcpd oder setzen Sie MPTCP der NetworkManager-Verbindungen auf „disabled“.</translation>
    </message>
    <message>
        <source>Endpoints added by hand on NetworkManager&apos;s interfaces</source>
        <translation>Von Hand hinzugefügte Endpunkte auf Schnittstellen von NetworkManager</translation>
    </message>
    <message>
        <source>The endpoint table could not be read.</source>
        <translation>Die Endpunkttabelle konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>No endpoint on a NetworkManager interface is at risk of being removed.</source>
        <translation>Kein Endpunkt auf einer Schnittstelle von NetworkManager droht entfernt zu werden.</translation>
    </message>
    <message>
        <source>To keep such an endpoint, add it without a device, or change the connection&apos;s MPTCP flags so NetworkManager creates it.</source>
        <translation>Um einen solchen Endpunkt zu behalten, fügen Sie ihn ohne Gerät hinzu oder ändern Sie die MPTCP-Flags der Verbindung, damit NetworkManager ihn anlegt.</translation>
    </message>
    <message>
        <source>Subflows limit</source>
        <translation>Subflow-Grenze</translation>
    </message>
    <message>
        <source>The MPTCP limits could not be read.</source>
        <translation>Die MPTCP-Grenzwerte konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The subflows limit (%1) covers every endpoint with the subflow flag.</source>
        <translation>Die Subflow-Grenze (%1) deckt jeden Endpunkt mit dem Flag „subflow“ ab.</translation>
    </message>
    <message>
        <source>Accepting addresses announced by servers</source>
        <translation>Von Servern angekündigte Adressen annehmen</translation>
    </message>
    <message>
        <source>Servers with several addresses cannot get extra subflows from this host.</source>
        <translation>Server mit mehreren Adressen erhalten von diesem Rechner keine zusätzlichen Subflows.</translation>
    </message>
    <message>
        <source>add_addr_accepted is 0, which matters only once MPTCP endpoints are in use.</source>
        <translation>add_addr_accepted ist 0, was erst eine Rolle spielt, sobald MPTCP-Endpunkte in Gebrauch sind.</translation>
    </message>
    <message>
        <source>Reverse-path filtering on MPTCP interfaces</source>
        <translation>Reverse-Path-Filterung auf MPTCP-Schnittstellen</translation>
    </message>
    <message>
        <source>No IPv4 endpoint is configured.</source>
        <translation>Es ist kein IPv4-Endpunkt eingerichtet.</translation>
    </message>
    <message>
        <source>No interface with an IPv4 endpoint filters strictly.</source>
        <translation>Keine Schnittstelle mit IPv4-Endpunkt filtert strikt.</translation>
    </message>
    <message>
        <source>Strict reverse-path filtering (rp_filter 1, the larger of net.ipv4.conf.all and the interface&apos;s own value) is active on %1: packets of extra subflows that arrive on an interface other than the one the route back uses are dropped. Loose filtering (2) keeps the protection and lets MPTCP work.</source>
        <translation>Strikte Reverse-Path-Filterung (rp_filter 1, der größere Wert aus net.ipv4.conf.all und dem eigenen Wert der Schnittstelle) ist auf %1 aktiv: Pakete zusätzlicher Subflows, die auf einer anderen Schnittstelle ankommen als der, die die Rückroute nutzt, werden verworfen. Lockere Filterung (2) behält den Schutz bei und lässt MPTCP funktionieren.</translation>
    </message>
    <message>
        <source>Endpoints for addresses that are gone</source>
        <translation>Endpunkte für nicht mehr vorhandene Adressen</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <source>Every endpoint&apos;s address exists on an interface.</source>
        <translation>Die Adresse jedes Endpunkts existiert auf einer Schnittstelle.</translation>
    </message>
    <message>
        <source>No interface has these endpoint addresses any more: %1. The kernel cannot open subflows from them, and they take up room in the endpoint table (at most 8). Often left over after a network change or sleep.</source>
        <translation>Keine Schnittstelle hat diese Endpunktadressen mehr: %1. Der Kernel kann von ihnen keine Subflows öffnen, und sie belegen Platz in der Endpunkttabelle (höchstens 8). Oft Überbleibsel nach einem Netzwechsel oder Ruhezustand.</translation>
    </message>
    <message>
        <source>Default route per address family</source>
        <translation>Standardroute je Adressfamilie</translation>
    </message>
    <message>
        <source>No interface has a global address.</source>
        <translation>Keine Schnittstelle hat eine globale Adresse.</translation>
    </message>
    <message>
        <source>Every address family with global addresses has a default route.</source>
        <translation>Jede Adressfamilie mit globalen Adressen hat eine Standardroute.</translation>
    </message>
    <message>
        <source>%1 has global addresses but no default route: connections and extra subflows over %1 reach only directly connected networks, and NetworkManager creates no %1 endpoints unless the connection sets also-without-default-route.</source>
        <translation>%1 hat globale Adressen, aber keine Standardroute: Verbindungen und zusätzliche Subflows über %1 erreichen nur direkt angeschlossene Netze, und NetworkManager legt keine %1-Endpunkte an, es sei denn, die Verbindung setzt also-without-default-route.</translation>
    </message>
    <message>
        <source>MPTCP endpoints</source>
        <translation>MPTCP-Endpunkte</translation>
    </message>
    <message>
        <source>MPTCP is not enabled.</source>
        <translation>MPTCP ist nicht aktiviert.</translation>
    </message>
    <message>
        <source>The userspace path manager does not use the endpoint table.</source>
        <translation>Der Userspace-Pfadmanager nutzt die Endpunkttabelle nicht.</translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s) configured.</source>
        <translation>
            <numerusform>%n Endpunkt eingerichtet.</numerusform>
            <numerusform>%n Endpunkte eingerichtet.</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no MPTCP endpoints: this host opens no extra subflows and announces no addresses, so connections use one path unless the server announces more addresses.</source>
        <translation>Es gibt keine MPTCP-Endpunkte: Dieser Rechner öffnet keine zusätzlichen Subflows und kündigt keine Adressen an, daher nutzen Verbindungen nur einen Pfad, sofern der Server nicht weitere Adressen ankündigt.</translation>
    </message>
    <message>
        <source>NetworkManager version</source>
        <translation>NetworkManager-Version</translation>
    </message>
    <message>
        <source>NetworkManager %1 does not configure MPTCP endpoints (version 1.40 or newer does). Endpoints must be added by hand or by mptcpd.</source>
        <translation>NetworkManager %1 richtet keine MPTCP-Endpunkte ein (ab Version 1.40 schon). Endpunkte müssen von Hand oder von mptcpd hinzugefügt werden.</translation>
    </message>
    <message>
        <source>NetworkManager %1 configures MPTCP endpoints.</source>
        <translation>NetworkManager %1 richtet MPTCP-Endpunkte ein.</translation>
    </message>
    <message>
        <source>Recent fallbacks to plain TCP</source>
        <translation>Kürzliche Rückfälle auf reines TCP</translation>
    </message>
    <message>
        <source>Needs two readings of the MPTCP counters.</source>
        <translation>Benötigt zwei Messungen der MPTCP-Zähler.</translation>
    </message>
    <message>
        <source>No connection fell back to plain TCP since the first reading.</source>
        <translation>Seit der ersten Messung ist keine Verbindung auf reines TCP zurückgefallen.</translation>
    </message>
    <message>
        <source>Connections fell back to plain TCP: the server does not support MPTCP, or something on the path (firewall, NAT, proxy) removes MPTCP options. %1</source>
        <translation>Verbindungen sind auf reines TCP zurückgefallen: Der Server unterstützt MPTCP nicht, oder etwas auf dem Pfad (Firewall, NAT, Proxy) entfernt MPTCP-Optionen. %1</translation>
    </message>
    <message>
        <source>Metered and mobile connections as backup</source>
        <translation>Getaktete und mobile Verbindungen als Backup</translation>
    </message>
    <message>
        <source>No metered or mobile-broadband connection is active.</source>
        <translation>Keine getaktete oder Mobilfunk-Verbindung ist aktiv.</translation>
    </message>
    <message>
        <source>Metered and mobile connections are backup paths or do not use MPTCP.</source>
        <translation>Getaktete und mobile Verbindungen sind Backup-Pfade oder nutzen MPTCP nicht.</translation>
    </message>
    <message>
        <source>%1 is metered or mobile broadband but is used as a normal MPTCP path, so traffic is spread over it all the time. As a backup path it carries data only when the other paths fail.</source>
        <translation>%1 ist getaktet oder Mobilfunk, wird aber als normaler MPTCP-Pfad genutzt, sodass ständig Datenverkehr darüber verteilt wird. Als Backup-Pfad überträgt er nur Daten, wenn die anderen Pfade ausfallen.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>WARN</source>
        <translation>WARNUNG</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N. Z.</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>Korrektur:</translation>
    </message>
    <message numerus="yes">
        <source>Up to %n address(es) announced by a server are used.</source>
        <translation>
            <numerusform>Bis zu %n von einem Server angekündigte Adresse wird genutzt.</numerusform>
            <numerusform>Bis zu %n von einem Server angekündigte Adressen werden genutzt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MptcpDiagnosticsCollector</name>
    <message>
        <source>(no MPTCP sockets)</source>
        <translation>(keine MPTCP-Sockets)</translation>
    </message>
    <message>
        <source>sock_diag listing failed: %1</source>
        <translation>Auflisten über sock_diag fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>This build has no sock_diag support (core/sockdiag); see `ss -ManiH` above.</source>
        <translation>Dieser Build hat keine sock_diag-Unterstützung (core/sockdiag); siehe `ss -ManiH` oben.</translation>
    </message>
    <message>
        <source>This kernel has no MPTCP support.</source>
        <translation>Dieser Kernel unterstützt MPTCP nicht.</translation>
    </message>
    <message>
        <source>timed out after %1 ms</source>
        <translation>Zeitüberschreitung nach %1 ms</translation>
    </message>
</context>
<context>
    <name>MptcpExplain</name>
    <message>
        <source>This matches net.mptcp.enabled = %1 at activation: NetworkManager reads it only when a connection is activated, so the current value takes effect on reconnect.</source>
        <translation>Das entspricht net.mptcp.enabled = %1 bei der Aktivierung: NetworkManager liest den Wert nur beim Aktivieren einer Verbindung, der aktuelle Wert wirkt also nach dem erneuten Verbinden.</translation>
    </message>
    <message>
        <source>The NetworkManager.conf default changed after this connection was activated; it takes effect when the connection is activated again.</source>
        <translation>Der Standard in NetworkManager.conf wurde nach dem Aktivieren dieser Verbindung geändert; er wirkt, sobald die Verbindung erneut aktiviert wird.</translation>
    </message>
    <message>
        <source>The kernel&apos;s path manager created this endpoint itself (implicit).</source>
        <translation>Der Pfadmanager des Kernels hat diesen Endpunkt selbst angelegt (implicit).</translation>
    </message>
    <message>
        <source>Not created by NetworkManager (manual or mptcpd); NetworkManager never touches endpoints with a port or without a device.</source>
        <translation>Nicht von NetworkManager angelegt (manuell oder mptcpd); NetworkManager rührt Endpunkte mit Port oder ohne Gerät nie an.</translation>
    </message>
    <message>
        <source>NetworkManager would not create this endpoint; it deletes it at the next reapply or disconnect of %1.</source>
        <translation>NetworkManager würde diesen Endpunkt nicht anlegen; er löscht ihn beim nächsten erneuten Anwenden oder Trennen von %1.</translation>
    </message>
    <message>
        <source>NetworkManager would not create this endpoint and, as it does not handle MPTCP on this interface, leaves it alone (manual, mptcpd or left over).</source>
        <translation>NetworkManager würde diesen Endpunkt nicht anlegen und lässt ihn in Ruhe, da er MPTCP auf dieser Schnittstelle nicht verwaltet (manuell, mptcpd oder übrig geblieben).</translation>
    </message>
    <message>
        <source>No extra subflows will be used: the subflows limit is 0.</source>
        <translation>Es werden keine zusätzlichen Subflows genutzt: Die Subflow-Grenze ist 0.</translation>
    </message>
    <message numerus="yes">
        <source>Only %n extra subflow(s) will be used: the subflows limit is %n.</source>
        <translation>
            <numerusform>Es wird nur %n zusätzlicher Subflow genutzt: Die Subflow-Grenze ist %n.</numerusform>
            <numerusform>Es werden nur %n zusätzliche Subflows genutzt: Die Subflow-Grenze ist %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s) have the subflow flag.</source>
        <translation>
            <numerusform>%n Endpunkt hat das Flag „subflow“.</numerusform>
            <numerusform>%n Endpunkte haben das Flag „subflow“.</numerusform>
        </translation>
    </message>
    <message>
        <source>NetworkManager never changes the MPTCP limits.</source>
        <translation>NetworkManager ändert die MPTCP-Grenzwerte nie.</translation>
    </message>
    <message>
        <source>Addresses announced by servers are ignored: add_addr_accepted is 0. NetworkManager never changes the MPTCP limits.</source>
        <translation>Von Servern angekündigte Adressen werden ignoriert: add_addr_accepted ist 0. NetworkManager ändert die MPTCP-Grenzwerte nie.</translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s) differ from what NetworkManager configures.</source>
        <translation>
            <numerusform>%n Endpunkt weicht von dem ab, was NetworkManager einrichtet.</numerusform>
            <numerusform>%n Endpunkte weichen von dem ab, was NetworkManager einrichtet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The kernel still shows an earlier decision for %n address(es); it changes when NetworkManager re-evaluates (reconnect or finished address setup).</source>
        <translation>
            <numerusform>Der Kernel zeigt für %n Adresse noch eine frühere Entscheidung; das ändert sich, wenn NetworkManager neu bewertet (erneutes Verbinden oder abgeschlossene Adresseinrichtung).</numerusform>
            <numerusform>Der Kernel zeigt für %n Adressen noch eine frühere Entscheidung; das ändert sich, wenn NetworkManager neu bewertet (erneutes Verbinden oder abgeschlossene Adresseinrichtung).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>MPTCP is active with %n endpoint(s) as NetworkManager configures them.</source>
        <translation>
            <numerusform>MPTCP ist aktiv, mit %n Endpunkt wie von NetworkManager eingerichtet.</numerusform>
            <numerusform>MPTCP ist aktiv, mit %n Endpunkten wie von NetworkManager eingerichtet.</numerusform>
        </translation>
    </message>
    <message>
        <source>NetworkManager configured no default route on this device, and the connection does not set also-without-default-route.</source>
        <translation>NetworkManager hat auf diesem Gerät keine Standardroute eingerichtet, und die Verbindung setzt also-without-default-route nicht.</translation>
    </message>
    <message>
        <source>NetworkManager handles MPTCP here, but no address qualifies for an endpoint.</source>
        <translation>NetworkManager verwaltet hier MPTCP, aber keine Adresse kommt für einen Endpunkt infrage.</translation>
    </message>
    <message>
        <source>%1 [%2] sets connection.mptcp-flags=%3, but NetworkManager accepts only a number there (for example 0x22 for enabled,subflow) and ignores it.</source>
        <translation>%1 [%2] setzt connection.mptcp-flags=%3, aber NetworkManager akzeptiert dort nur eine Zahl (zum Beispiel 0x22 für enabled,subflow) und ignoriert den Eintrag.</translation>
    </message>
    <message>
        <source>MPTCP on %1 is set to &quot;enabled&quot; alone: NetworkManager creates endpoints without flags, which the kernel neither announces nor uses for extra subflows. Use enabled,subflow or enabled,signal.</source>
        <translation>MPTCP auf %1 ist nur auf „enabled“ gesetzt: NetworkManager legt Endpunkte ohne Flags an, die der Kernel weder ankündigt noch für zusätzliche Subflows nutzt. Verwenden Sie enabled,subflow oder enabled,signal.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: %2</source>
        <translation>Profil „%1“: %2</translation>
    </message>
    <message>
        <source>The saved profile &quot;%1&quot; has MPTCP flags %2, but %3 still uses %4; reapply the device to use the saved value.</source>
        <translation>Das gespeicherte Profil „%1“ hat die MPTCP-Flags %2, aber %3 verwendet noch %4; wenden Sie das Gerät erneut an, um den gespeicherten Wert zu nutzen.</translation>
    </message>
    <message>
        <source>Reverse-path filtering on %1 is strict (1). NetworkManager loosens it to 2 only when the connection is activated or reapplied.</source>
        <translation>Die Reverse-Path-Filterung auf %1 ist strikt (1). NetworkManager lockert sie erst auf 2, wenn die Verbindung aktiviert oder erneut angewendet wird.</translation>
    </message>
    <message>
        <source>Reverse-path filtering on %1 is strict because net.ipv4.conf.all.rp_filter is 1. NetworkManager loosens only the interface&apos;s own setting, so extra subflows arriving on %1 may be dropped.</source>
        <translation>Die Reverse-Path-Filterung auf %1 ist strikt, weil net.ipv4.conf.all.rp_filter 1 ist. NetworkManager lockert nur die eigene Einstellung der Schnittstelle, daher können zusätzliche Subflows, die auf %1 ankommen, verworfen werden.</translation>
    </message>
    <message>
        <source>NetworkManager creates an endpoint for this address.</source>
        <translation>NetworkManager legt für diese Adresse einen Endpunkt an.</translation>
    </message>
    <message>
        <source>NetworkManager is not running.</source>
        <translation>NetworkManager läuft nicht.</translation>
    </message>
    <message>
        <source>This NetworkManager is older than 1.40 and does not manage MPTCP endpoints.</source>
        <translation>Dieser NetworkManager ist älter als 1.40 und verwaltet keine MPTCP-Endpunkte.</translation>
    </message>
    <message>
        <source>NetworkManager does not manage this device.</source>
        <translation>NetworkManager verwaltet dieses Gerät nicht.</translation>
    </message>
    <message>
        <source>No connection is active on this device.</source>
        <translation>Auf diesem Gerät ist keine Verbindung aktiv.</translation>
    </message>
    <message>
        <source>NetworkManager only mirrors a configuration made by another tool on this device (external connection) and creates no endpoints.</source>
        <translation>NetworkManager bildet auf diesem Gerät nur eine Konfiguration eines anderen Werkzeugs ab (externe Verbindung) und legt keine Endpunkte an.</translation>
    </message>
    <message>
        <source>The connection is still being activated.</source>
        <translation>Die Verbindung wird noch aktiviert.</translation>
    </message>
    <message>
        <source>The connection is being deactivated; NetworkManager removes its endpoints.</source>
        <translation>Die Verbindung wird deaktiviert; NetworkManager entfernt ihre Endpunkte.</translation>
    </message>
    <message>
        <source>NetworkManager before 1.56 does not apply MPTCP settings to VPN connections.</source>
        <translation>NetworkManager vor 1.56 wendet MPTCP-Einstellungen nicht auf VPN-Verbindungen an.</translation>
    </message>
    <message>
        <source>MPTCP is disabled for this connection.</source>
        <translation>MPTCP ist für diese Verbindung deaktiviert.</translation>
    </message>
    <message>
        <source>Unknown: a NetworkManager.conf section uses a match-device spec that cannot be evaluated here, so the MPTCP flags NetworkManager uses for this device are not known.</source>
        <translation>Unbekannt: Ein Abschnitt in NetworkManager.conf verwendet eine match-device-Angabe, die hier nicht ausgewertet werden kann; daher sind die MPTCP-Flags, die NetworkManager für dieses Gerät verwendet, nicht bekannt.</translation>
    </message>
    <message>
        <source>MPTCP is disabled system-wide (net.mptcp.enabled is 0) and the connection does not set also-without-sysctl.</source>
        <translation>MPTCP ist systemweit deaktiviert (net.mptcp.enabled ist 0), und die Verbindung setzt also-without-sysctl nicht.</translation>
    </message>
    <message>
        <source>This kernel has no MPTCP support.</source>
        <translation>Dieser Kernel unterstützt MPTCP nicht.</translation>
    </message>
    <message>
        <source>NetworkManager configured no %1 default route on this device, and the connection does not set also-without-default-route.</source>
        <translation>NetworkManager hat auf diesem Gerät keine %1-Standardroute eingerichtet, und die Verbindung setzt also-without-default-route nicht.</translation>
    </message>
    <message>
        <source>Loopback addresses get no endpoint.</source>
        <translation>Loopback-Adressen erhalten keinen Endpunkt.</translation>
    </message>
    <message>
        <source>Link-local addresses get no endpoint.</source>
        <translation>Link-lokale Adressen erhalten keinen Endpunkt.</translation>
    </message>
    <message>
        <source>IPv6 unique local addresses (fc00::/7) get no endpoint.</source>
        <translation>Eindeutige lokale IPv6-Adressen (fc00::/7) erhalten keinen Endpunkt.</translation>
    </message>
    <message>
        <source>IPv6 temporary (privacy) addresses get no endpoint.</source>
        <translation>Temporäre IPv6-Adressen (Privacy Extensions) erhalten keinen Endpunkt.</translation>
    </message>
    <message>
        <source>NetworkManager did not configure this address, so it creates no endpoint for it.</source>
        <translation>NetworkManager hat diese Adresse nicht eingerichtet und legt daher keinen Endpunkt für sie an.</translation>
    </message>
    <message>
        <source>Duplicate address detection is still running; NetworkManager adds the endpoint when it finishes.</source>
        <translation>Die Erkennung doppelter Adressen (DAD) läuft noch; NetworkManager fügt den Endpunkt hinzu, sobald sie abgeschlossen ist.</translation>
    </message>
    <message>
        <source>The same address is on another device, whose endpoint NetworkManager prefers.</source>
        <translation>Dieselbe Adresse liegt auf einem anderen Gerät, dessen Endpunkt NetworkManager bevorzugt.</translation>
    </message>
    <message>
        <source>NetworkManager configures at most 8 endpoints; addresses of other devices come first.</source>
        <translation>NetworkManager richtet höchstens 8 Endpunkte ein; Adressen anderer Geräte haben Vorrang.</translation>
    </message>
    <message>
        <source>Beyond NetworkManager&apos;s 8-endpoint cap now, but NetworkManager created this endpoint earlier and keeps it until the next reapply or disconnect.</source>
        <translation>Jetzt jenseits der Grenze von 8 Endpunkten in NetworkManager, aber NetworkManager hat diesen Endpunkt früher angelegt und behält ihn bis zum nächsten erneuten Anwenden oder Trennen.</translation>
    </message>
    <message>
        <source>The kernel&apos;s endpoint table is full: other tools&apos; endpoints, or ones NetworkManager keeps until a reapply, take up every slot.</source>
        <translation>Die Endpunkttabelle des Kernels ist voll: Endpunkte anderer Werkzeuge oder solche, die NetworkManager bis zum erneuten Anwenden behält, belegen alle Plätze.</translation>
    </message>
    <message>
        <source>Another endpoint not made by NetworkManager already uses this address; the kernel refuses a second one.</source>
        <translation>Ein anderer, nicht von NetworkManager angelegter Endpunkt verwendet diese Adresse bereits; der Kernel lehnt einen zweiten ab.</translation>
    </message>
    <message>
        <source>The same address is on %1, whose endpoint NetworkManager prefers.</source>
        <translation>Dieselbe Adresse liegt auf %1, dessen Endpunkt NetworkManager bevorzugt.</translation>
    </message>
    <message>
        <source>Unknown (unsupported match-device spec &quot;%1&quot; in %2 [%3]): whether its connection.mptcp-flags=%4 applies to %5 cannot be told.</source>
        <translation>Unbekannt (nicht unterstützte match-device-Angabe „%1“ in %2 [%3]): Ob dessen connection.mptcp-flags=%4 für %5 gilt, lässt sich nicht sagen.</translation>
    </message>
    <message>
        <source>The kernel&apos;s endpoint table could not be read.</source>
        <translation>Die Endpunkttabelle des Kernels konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The kernel has this address on another device; NetworkManager deletes and re-adds it at its next sync.</source>
        <translation>Der Kernel hat diese Adresse auf einem anderen Gerät; NetworkManager löscht sie bei seinem nächsten Abgleich und fügt sie neu hinzu.</translation>
    </message>
    <message>
        <source>The kernel has other flags; NetworkManager deletes and re-adds the endpoint with its flags at its next sync (reapply, address or route change).</source>
        <translation>Der Kernel hat andere Flags; NetworkManager löscht den Endpunkt bei seinem nächsten Abgleich (erneutes Anwenden, Adress- oder Routenänderung) und fügt ihn mit seinen Flags neu hinzu.</translation>
    </message>
    <message>
        <source>NetworkManager should have created this endpoint; it adds it at its next sync (reapply, address or route change).</source>
        <translation>NetworkManager hätte diesen Endpunkt anlegen sollen; er fügt ihn bei seinem nächsten Abgleich hinzu (erneutes Anwenden, Adress- oder Routenänderung).</translation>
    </message>
    <message>
        <source>Profile changed, not yet applied: the profile&apos;s MPTCP flags may differ from those of the running connection; they take effect on reapply or reconnect.</source>
        <translation>Profil geändert, noch nicht angewendet: Die MPTCP-Flags des Profils können von denen der laufenden Verbindung abweichen; sie wirken nach erneutem Anwenden oder Verbinden.</translation>
    </message>
    <message>
        <source>An endpoint with a port: never created or touched by NetworkManager.</source>
        <translation>Ein Endpunkt mit Port: wird von NetworkManager nie angelegt oder angerührt.</translation>
    </message>
    <message>
        <source>An endpoint without a device: never created or touched by NetworkManager.</source>
        <translation>Ein Endpunkt ohne Gerät: wird von NetworkManager nie angelegt oder angerührt.</translation>
    </message>
    <message>
        <source>Its address is on an interface NetworkManager does not manage.</source>
        <translation>Seine Adresse liegt auf einer Schnittstelle, die NetworkManager nicht verwaltet.</translation>
    </message>
    <message>
        <source>Stale: no interface has this address any more. NetworkManager removes it at the next reapply or disconnect of %1.</source>
        <translation>Veraltet: Keine Schnittstelle hat diese Adresse mehr. NetworkManager entfernt den Endpunkt beim nächsten erneuten Anwenden oder Trennen von %1.</translation>
    </message>
    <message>
        <source>Stale: no interface has this address any more.</source>
        <translation>Veraltet: Keine Schnittstelle hat diese Adresse mehr.</translation>
    </message>
    <message>
        <source>MPTCP is disabled system-wide (net.mptcp.enabled is 0).</source>
        <translation>MPTCP ist systemweit deaktiviert (net.mptcp.enabled ist 0).</translation>
    </message>
    <message>
        <source>NetworkManager is not running and no MPTCP endpoints are configured.</source>
        <translation>NetworkManager läuft nicht, und es sind keine MPTCP-Endpunkte eingerichtet.</translation>
    </message>
    <message numerus="yes">
        <source>NetworkManager is not running; %n endpoint(s) were configured by other tools.</source>
        <translation>
            <numerusform>NetworkManager läuft nicht; %n Endpunkt wurde von anderen Werkzeugen eingerichtet.</numerusform>
            <numerusform>NetworkManager läuft nicht; %n Endpunkte wurden von anderen Werkzeugen eingerichtet.</numerusform>
        </translation>
    </message>
    <message>
        <source>No NetworkManager connection is active.</source>
        <translation>Keine NetworkManager-Verbindung ist aktiv.</translation>
    </message>
    <message numerus="yes">
        <source>MPTCP is active on %1 of %n interface(s).</source>
        <extracomment>%1 = interfaces using MPTCP, %n = interfaces with an active NetworkManager connection</extracomment>
        <translation>
            <numerusform>MPTCP ist auf %1 von %n Schnittstelle aktiv.</numerusform>
            <numerusform>MPTCP ist auf %1 von %n Schnittstellen aktiv.</numerusform>
        </translation>
    </message>
    <message>
        <source>MPTCP is disabled in this network namespace (net.mptcp.enabled is 0). NetworkManager never changes this setting.</source>
        <translation>MPTCP ist in diesem Netzwerk-Namensraum deaktiviert (net.mptcp.enabled ist 0). NetworkManager ändert diese Einstellung nie.</translation>
    </message>
    <message>
        <source>NetworkManager %1.%2.%3 takes the missing net.mptcp.enabled for &quot;enabled&quot;: it tries to add endpoints and loosens rp_filter although this kernel has no MPTCP.</source>
        <translation>NetworkManager %1.%2.%3 hält das fehlende net.mptcp.enabled für „aktiviert“: Er versucht, Endpunkte hinzuzufügen, und lockert rp_filter, obwohl dieser Kernel kein MPTCP hat.</translation>
    </message>
    <message>
        <source>The userspace path manager is selected: the kernel does not use the endpoints NetworkManager (or anyone) configures.</source>
        <translation>Der Userspace-Pfadmanager ist ausgewählt: Der Kernel nutzt die Endpunkte nicht, die NetworkManager (oder sonst jemand) einrichtet.</translation>
    </message>
    <message>
        <source>mptcpd is running as well: it adds and removes endpoints itself, so the table may differ from what NetworkManager configures.</source>
        <translation>mptcpd läuft ebenfalls: Er fügt selbst Endpunkte hinzu und entfernt sie, daher kann die Tabelle von dem abweichen, was NetworkManager einrichtet.</translation>
    </message>
    <message>
        <source>Endpoint %1 (id %2) on %3 was not created by NetworkManager; NetworkManager deletes it at the next reapply or disconnect of %3.</source>
        <translation>Endpunkt %1 (ID %2) auf %3 wurde nicht von NetworkManager angelegt; NetworkManager löscht ihn beim nächsten erneuten Anwenden oder Trennen von %3.</translation>
    </message>
    <message numerus="yes">
        <source>NetworkManager configures at most 8 endpoints: %n address(es) get none.</source>
        <translation>
            <numerusform>NetworkManager richtet höchstens 8 Endpunkte ein: %n Adresse erhält keinen.</numerusform>
            <numerusform>NetworkManager richtet höchstens 8 Endpunkte ein: %n Adressen erhalten keinen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The kernel&apos;s endpoint table (%1 entries) is taken up by endpoints from other tools: %n address(es) get no endpoint.</source>
        <translation>
            <numerusform>Die Endpunkttabelle des Kernels (%1 Einträge) ist von Endpunkten anderer Werkzeuge belegt: %n Adresse erhält keinen Endpunkt.</numerusform>
            <numerusform>Die Endpunkttabelle des Kernels (%1 Einträge) ist von Endpunkten anderer Werkzeuge belegt: %n Adressen erhalten keinen Endpunkt.</numerusform>
        </translation>
    </message>
    <message>
        <source>NetworkManager already configured an endpoint for %1 (id %2); the kernel refuses a second one. Change the connection&apos;s MPTCP flags instead.</source>
        <translation>NetworkManager hat für %1 bereits einen Endpunkt eingerichtet (ID %2); der Kernel lehnt einen zweiten ab. Ändern Sie stattdessen die MPTCP-Flags der Verbindung.</translation>
    </message>
    <message>
        <source>An endpoint for %1 already exists (id %2); the kernel refuses a second one.</source>
        <translation>Für %1 gibt es bereits einen Endpunkt (ID %2); der Kernel lehnt einen zweiten ab.</translation>
    </message>
    <message>
        <source>The kernel&apos;s endpoint table is full (%1 entries); the kernel refuses the endpoint.</source>
        <translation>Die Endpunkttabelle des Kernels ist voll (%1 Einträge); der Kernel lehnt den Endpunkt ab.</translation>
    </message>
    <message>
        <source>NetworkManager never touches endpoints with a port or without a device; it stays.</source>
        <translation>NetworkManager rührt Endpunkte mit Port oder ohne Gerät nie an; er bleibt bestehen.</translation>
    </message>
    <message>
        <source>NetworkManager does not handle MPTCP on %1 now, so it leaves the endpoint alone; if it starts to, it deletes the endpoint at that connection&apos;s next reapply or disconnect.</source>
        <translation>NetworkManager verwaltet MPTCP auf %1 derzeit nicht und lässt den Endpunkt daher in Ruhe; tut er es später doch, löscht er den Endpunkt beim nächsten erneuten Anwenden oder Trennen dieser Verbindung.</translation>
    </message>
    <message>
        <source>NetworkManager creates exactly this endpoint itself.</source>
        <translation>NetworkManager legt genau diesen Endpunkt selbst an.</translation>
    </message>
    <message>
        <source>NetworkManager wants %1 with the flags &quot;%2&quot;: at its next sync (reapply, address or route change) it deletes this endpoint and adds its own.</source>
        <translation>NetworkManager möchte %1 mit den Flags „%2“: Bei seinem nächsten Abgleich (erneutes Anwenden, Adress- oder Routenänderung) löscht er diesen Endpunkt und fügt seinen eigenen hinzu.</translation>
    </message>
    <message>
        <source>NetworkManager handles MPTCP on %1: it leaves this endpoint alone for now, but deletes it at the next reapply or disconnect of that connection. Add it without &quot;dev&quot; to keep it.</source>
        <translation>NetworkManager verwaltet MPTCP auf %1: Er lässt diesen Endpunkt vorerst in Ruhe, löscht ihn aber beim nächsten erneuten Anwenden oder Trennen dieser Verbindung. Fügen Sie ihn ohne „dev“ hinzu, um ihn zu behalten.</translation>
    </message>
</context>
<context>
    <name>MptcpExplainRules</name>
    <message>
        <source>&quot;disabled&quot; cannot be combined with other MPTCP flags.</source>
        <translation>„disabled“ kann nicht mit anderen MPTCP-Flags kombiniert werden.</translation>
    </message>
    <message>
        <source>&quot;signal&quot; and &quot;fullmesh&quot; cannot both be set.</source>
        <translation>„signal“ und „fullmesh“ können nicht beide gesetzt sein.</translation>
    </message>
    <message>
        <source>0x%1 is not a valid combination of MPTCP flags for NetworkManager %2.%3.</source>
        <translation>0x%1 ist keine gültige Kombination von MPTCP-Flags für NetworkManager %2.%3.</translation>
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
    <name>MptcpHelperClient</name>
    <message>
        <source>The MPTCP Settings helper is not available (is it installed, and is the system bus running?): %1</source>
        <translation>Der Hilfsdienst von MPTCP-Einstellungen ist nicht verfügbar (ist er installiert und läuft der Systembus?): %1</translation>
    </message>
    <message>
        <source>The system bus refused to pass the call to the MPTCP Settings helper (is its D-Bus policy installed?): %1</source>
        <translation>Der Systembus hat den Aufruf an den Hilfsdienst von MPTCP-Einstellungen nicht weitergeleitet (ist seine D-Bus-Richtlinie installiert?): %1</translation>
    </message>
    <message>
        <source>The MPTCP Settings helper stopped or did not answer: %1</source>
        <translation>Der Hilfsdienst von MPTCP-Einstellungen wurde beendet oder hat nicht geantwortet: %1</translation>
    </message>
</context>
<context>
    <name>NotificationSettings</name>
    <message>
        <source>Notify about paths, fallbacks and endpoints</source>
        <translation>Über Pfade, Rückfälle und Endpunkte benachrichtigen</translation>
    </message>
    <message>
        <source>Fewer options</source>
        <translation>Weniger Optionen</translation>
    </message>
    <message>
        <source>Choose events…</source>
        <translation>Ereignisse auswählen …</translation>
    </message>
    <message>
        <source>A path&apos;s subflow closed</source>
        <translation>Ein Subflow eines Pfads wurde geschlossen</translation>
    </message>
    <message>
        <source>Failover to a backup path</source>
        <translation>Umschalten auf einen Backup-Pfad</translation>
    </message>
    <message>
        <source>Connections falling back to TCP</source>
        <translation>Verbindungen, die auf TCP zurückfallen</translation>
    </message>
    <message>
        <source>Endpoint removed</source>
        <translation>Endpunkt entfernt</translation>
    </message>
    <message>
        <source>MPTCP switched off</source>
        <translation>MPTCP ausgeschaltet</translation>
    </message>
    <message>
        <source>Show a tray icon with the connection summary</source>
        <translation>Ein Symbol im Systembereich mit der Verbindungsübersicht anzeigen</translation>
    </message>
    <message>
        <source>No tray on this desktop</source>
        <translation>Kein Systembereich auf dieser Arbeitsfläche</translation>
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
    <name>ReportSection</name>
    <message>
        <source>Everything developers ask for in an MPTCP bug report: kernel, sysctls, endpoints, limits, sockets, counters, routing, NetworkManager&apos;s decisions and the checks above. Read it before you share it.</source>
        <translation>Alles, was Entwickler in einem MPTCP-Fehlerbericht erfragen: Kernel, Sysctls, Endpunkte, Grenzwerte, Sockets, Zähler, Routing, die Entscheidungen von NetworkManager und die Prüfungen oben. Lesen Sie ihn, bevor Sie ihn weitergeben.</translation>
    </message>
    <message>
        <source>Hide addresses and host name</source>
        <translation>Adressen und Rechnernamen verbergen</translation>
    </message>
    <message>
        <source>Create again</source>
        <translation>Erneut erstellen</translation>
    </message>
    <message>
        <source>Create report</source>
        <translation>Bericht erstellen</translation>
    </message>
    <message>
        <source>Debug report</source>
        <translation>Fehlerbericht</translation>
    </message>
    <message>
        <source>Addresses and the host name are replaced by placeholders.</source>
        <translation>Adressen und der Rechnername werden durch Platzhalter ersetzt.</translation>
    </message>
    <message>
        <source>This report contains your addresses and host name.</source>
        <translation>Dieser Bericht enthält Ihre Adressen und Ihren Rechnernamen.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>In die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern …</translation>
    </message>
    <message>
        <source>Save debug report</source>
        <translation>Fehlerbericht speichern</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Markdown-Dateien (*.md)</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Gespeichert unter %1.</translation>
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
    <message>
        <source>Demo lab: changes apply only to the lab&apos;s network namespace, not to this computer.</source>
        <translation>Demo-Labor: Änderungen wirken nur im Netzwerk-Namensraum des Labors, nicht auf diesem Computer.</translation>
    </message>
</context>
<context>
    <name>SubflowRow</name>
    <message>
        <source>Wi-Fi</source>
        <translation>WLAN</translation>
    </message>
    <message>
        <source>LTE</source>
        <translation>LTE</translation>
    </message>
    <message>
        <source>Ethernet</source>
        <translation>Ethernet</translation>
    </message>
    <message>
        <source>VPN</source>
        <translation>VPN</translation>
    </message>
    <message>
        <source>unknown interface</source>
        <translation>unbekannte Schnittstelle</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A path: &quot;Wi-Fi (wlan0)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>backup, in use</source>
        <translation>Backup, in Gebrauch</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>Subflow on %1</source>
        <translation>Subflow über %1</translation>
    </message>
    <message>
        <source>RTT %1 ms</source>
        <extracomment>Round-trip time of a subflow in milliseconds</extracomment>
        <translation>RTT %1 ms</translation>
    </message>
    <message>
        <source>cwnd %1</source>
        <extracomment>TCP congestion window in segments</extracomment>
        <translation>cwnd %1</translation>
    </message>
    <message>
        <source>Sent %1, received %2</source>
        <translation>Gesendet %1, empfangen %2</translation>
    </message>
</context>
<context>
    <name>TrafficCard</name>
    <message>
        <source>Traffic per path</source>
        <translation>Datenverkehr je Pfad</translation>
    </message>
    <message>
        <source>Rates appear after two readings.</source>
        <translation>Raten erscheinen nach zwei Messungen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>TrafficChart</name>
    <message numerus="yes">
        <source>Traffic per path over the last %n minute(s)</source>
        <translation>
            <numerusform>Datenverkehr je Pfad in der letzten Minute</numerusform>
            <numerusform>Datenverkehr je Pfad in den letzten %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>GB/s</source>
        <translation>GB/s</translation>
    </message>
    <message>
        <source>MB/s</source>
        <translation>MB/s</translation>
    </message>
    <message>
        <source>kB/s</source>
        <translation>kB/s</translation>
    </message>
    <message>
        <source>B/s</source>
        <translation>B/s</translation>
    </message>
    <message>
        <source>seconds ago</source>
        <translation>Sekunden zuvor</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
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
    <message>
        <source>Run against the Wi-Fi + LTE demo lab (needs root; changes only the lab).</source>
        <translation>Mit dem WLAN-+-LTE-Demo-Labor ausführen (benötigt root; ändert nur das Labor).</translation>
    </message>
</context>
<context>
    <name>mptcp::activity</name>
    <message>
        <source>Wi-Fi</source>
        <translation>WLAN</translation>
    </message>
    <message>
        <source>LTE</source>
        <translation>LTE</translation>
    </message>
    <message>
        <source>Ethernet</source>
        <translation>Ethernet</translation>
    </message>
    <message>
        <source>VPN</source>
        <translation>VPN</translation>
    </message>
    <message>
        <source>Bluetooth</source>
        <translation>Bluetooth</translation>
    </message>
</context>
<context>
    <name>mptcp::activity::ConnectionReader</name>
    <message>
        <source>cannot open network namespace %1: %2</source>
        <translation>Netzwerk-Namensraum %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot enter network namespace %1: %2</source>
        <translation>Netzwerk-Namensraum %1 kann nicht betreten werden: %2</translation>
    </message>
</context>
<context>
    <name>mptcp::activity::ConnectionsModel</name>
    <message>
        <source>MPTCP: no connections</source>
        <translation>MPTCP: keine Verbindungen</translation>
    </message>
    <message numerus="yes">
        <source>MPTCP: %n connection(s)</source>
        <translation>
            <numerusform>MPTCP: %n Verbindung</numerusform>
            <numerusform>MPTCP: %n Verbindungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>MPTCP: %n connection(s) over %1</source>
        <translation>
            <numerusform>MPTCP: %n Verbindung über %1</numerusform>
            <numerusform>MPTCP: %n Verbindungen über %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n fell back to TCP)</source>
        <translation>
            <numerusform>(%n auf TCP zurückgefallen)</numerusform>
            <numerusform>(%n auf TCP zurückgefallen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mptcp::activity::Notifier</name>
    <message numerus="yes">
        <source>%n subflow(s) closed</source>
        <translation>
            <numerusform>%n Subflow geschlossen</numerusform>
            <numerusform>%n Subflows geschlossen</numerusform>
        </translation>
    </message>
    <message>
        <source>MPTCP stopped using a path on: %1. Connections continue over the remaining paths.</source>
        <translation>MPTCP nutzt keinen Pfad mehr über: %1. Die Verbindungen laufen über die übrigen Pfade weiter.</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) switched to a backup path</source>
        <translation>
            <numerusform>%n Verbindung auf einen Backup-Pfad umgeschaltet</numerusform>
            <numerusform>%n Verbindungen auf einen Backup-Pfad umgeschaltet</numerusform>
        </translation>
    </message>
    <message>
        <source>Only backup subflows carry data now.</source>
        <translation>Nur noch Backup-Subflows übertragen Daten.</translation>
    </message>
    <message>
        <source>Only backup subflows carry data now, on: %1.</source>
        <translation>Nur noch Backup-Subflows übertragen Daten, über: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) fell back to TCP</source>
        <translation>
            <numerusform>%n Verbindung auf TCP zurückgefallen</numerusform>
            <numerusform>%n Verbindungen auf TCP zurückgefallen</numerusform>
        </translation>
    </message>
    <message>
        <source>The peer or something on the path did not accept MPTCP: these connections use a single path.</source>
        <translation>Die Gegenstelle oder etwas auf dem Pfad hat MPTCP nicht akzeptiert: Diese Verbindungen nutzen einen einzigen Pfad.</translation>
    </message>
    <message>
        <source>Peers: %1.</source>
        <translation>Gegenstellen: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n MPTCP endpoint(s) removed</source>
        <translation>
            <numerusform>%n MPTCP-Endpunkt entfernt</numerusform>
            <numerusform>%n MPTCP-Endpunkte entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>No new subflows will use: %1.</source>
        <translation>Keine neuen Subflows werden nutzen: %1.</translation>
    </message>
    <message>
        <source>MPTCP switched off</source>
        <translation>MPTCP ausgeschaltet</translation>
    </message>
    <message>
        <source>net.mptcp.enabled is 0: new connections use plain TCP.</source>
        <translation>net.mptcp.enabled ist 0: Neue Verbindungen nutzen reines TCP.</translation>
    </message>
    <message>
        <source>MPTCP Settings</source>
        <translation>MPTCP-Einstellungen</translation>
    </message>
</context>
<context>
    <name>mptcp::activity::TrafficHistory</name>
    <message>
        <source>Unknown interface</source>
        <translation>Unbekannte Schnittstelle</translation>
    </message>
</context>
<context>
    <name>mptcp::activity::TrayIcon</name>
    <message>
        <source>MPTCP Settings</source>
        <translation>MPTCP-Einstellungen</translation>
    </message>
</context>
<context>
    <name>mptcp::diagnostics::Counters</name>
    <message>
        <source>Incoming connection requests (SYN) that asked for MPTCP.</source>
        <translation>Eingehende Verbindungsanfragen (SYN), die MPTCP angefragt haben.</translation>
    </message>
    <message>
        <source>Outgoing connection requests (SYN) that asked for MPTCP.</source>
        <translation>Ausgehende Verbindungsanfragen (SYN), die MPTCP angefragt haben.</translation>
    </message>
    <message>
        <source>Outgoing connections the server accepted with MPTCP (SYN/ACK with MP_CAPABLE).</source>
        <translation>Ausgehende Verbindungen, die der Server mit MPTCP angenommen hat (SYN/ACK mit MP_CAPABLE).</translation>
    </message>
    <message>
        <source>Incoming connections completed with MPTCP (third ACK with MP_CAPABLE).</source>
        <translation>Eingehende Verbindungen, die mit MPTCP zustande kamen (drittes ACK mit MP_CAPABLE).</translation>
    </message>
    <message>
        <source>Incoming connections that fell back to plain TCP during the handshake: the client&apos;s final ACK had no MPTCP option.</source>
        <translation>Eingehende Verbindungen, die beim Handshake auf reines TCP zurückgefallen sind: Das abschließende ACK des Clients hatte keine MPTCP-Option.</translation>
    </message>
    <message>
        <source>Outgoing connections that fell back to plain TCP: the server (or a middlebox) answered without MPTCP.</source>
        <translation>Ausgehende Verbindungen, die auf reines TCP zurückgefallen sind: Der Server (oder eine Middlebox) hat ohne MPTCP geantwortet.</translation>
    </message>
    <message>
        <source>Outgoing connections that retried without MPTCP because their MPTCP SYN got no answer (a middlebox may drop it).</source>
        <translation>Ausgehende Verbindungen, die es ohne MPTCP erneut versucht haben, weil ihr MPTCP-SYN unbeantwortet blieb (eine Middlebox verwirft es womöglich).</translation>
    </message>
    <message>
        <source>Outgoing connections made as plain TCP because MPTCP was recently blocked on this network (blackhole protection).</source>
        <translation>Ausgehende Verbindungen, die als reines TCP aufgebaut wurden, weil MPTCP in diesem Netz kürzlich blockiert wurde (Blackhole-Schutz).</translation>
    </message>
    <message>
        <source>Connection requests refused because they went to a port only meant for extra subflows (endpoint with a port).</source>
        <translation>Abgelehnte Verbindungsanfragen, weil sie an einen Port gingen, der nur für zusätzliche Subflows gedacht ist (Endpunkt mit Port).</translation>
    </message>
    <message>
        <source>Connections that fell back to plain TCP because the kernel could not create an MPTCP token.</source>
        <translation>Verbindungen, die auf reines TCP zurückgefallen sind, weil der Kernel kein MPTCP-Token erzeugen konnte.</translation>
    </message>
    <message>
        <source>Data retransmitted at the MPTCP level, usually on another subflow after a path stalled.</source>
        <translation>Auf MPTCP-Ebene erneut übertragene Daten, meist auf einem anderen Subflow, nachdem ein Pfad stockte.</translation>
    </message>
    <message>
        <source>Requests to add a subflow (MP_JOIN) for a connection this host does not know.</source>
        <translation>Anfragen, einen Subflow hinzuzufügen (MP_JOIN), für eine Verbindung, die dieser Rechner nicht kennt.</translation>
    </message>
    <message>
        <source>Requests from peers to add a subflow (SYN with MP_JOIN).</source>
        <translation>Anfragen von Gegenstellen, einen Subflow hinzuzufügen (SYN mit MP_JOIN).</translation>
    </message>
    <message>
        <source>Requests from peers to add a backup subflow.</source>
        <translation>Anfragen von Gegenstellen, einen Backup-Subflow hinzuzufügen.</translation>
    </message>
    <message>
        <source>Extra subflows the peer accepted (SYN/ACK with MP_JOIN).</source>
        <translation>Zusätzliche Subflows, die die Gegenstelle angenommen hat (SYN/ACK mit MP_JOIN).</translation>
    </message>
    <message>
        <source>Extra subflows the peer accepted as backup.</source>
        <translation>Zusätzliche Subflows, die die Gegenstelle als Backup angenommen hat.</translation>
    </message>
    <message>
        <source>Extra subflows rejected because the peer&apos;s authentication (HMAC) was wrong.</source>
        <translation>Zusätzliche Subflows, die abgelehnt wurden, weil die Authentifizierung (HMAC) der Gegenstelle falsch war.</translation>
    </message>
    <message>
        <source>Extra subflows from peers completed (ACK with MP_JOIN).</source>
        <translation>Zustande gekommene zusätzliche Subflows von Gegenstellen (ACK mit MP_JOIN).</translation>
    </message>
    <message>
        <source>Extra subflows from peers rejected because their authentication (HMAC) was wrong.</source>
        <translation>Zusätzliche Subflows von Gegenstellen, die abgelehnt wurden, weil ihre Authentifizierung (HMAC) falsch war.</translation>
    </message>
    <message>
        <source>Requests to add a subflow rejected by the path manager (for example the subflows limit was reached).</source>
        <translation>Anfragen, einen Subflow hinzuzufügen, die der Pfadmanager abgelehnt hat (zum Beispiel, weil die Subflow-Grenze erreicht war).</translation>
    </message>
    <message>
        <source>Extra subflows this host tried to open (SYN with MP_JOIN).</source>
        <translation>Zusätzliche Subflows, die dieser Rechner zu öffnen versucht hat (SYN mit MP_JOIN).</translation>
    </message>
    <message>
        <source>Extra subflows that could not be opened: no socket could be created.</source>
        <translation>Zusätzliche Subflows, die nicht geöffnet werden konnten: Es ließ sich kein Socket anlegen.</translation>
    </message>
    <message>
        <source>Extra subflows that could not be opened: binding to the endpoint&apos;s address or device failed.</source>
        <translation>Zusätzliche Subflows, die nicht geöffnet werden konnten: Das Binden an Adresse oder Gerät des Endpunkts ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Extra subflows that could not be opened: connecting failed (often no route for that address).</source>
        <translation>Zusätzliche Subflows, die nicht geöffnet werden konnten: Der Verbindungsaufbau ist fehlgeschlagen (oft keine Route für diese Adresse).</translation>
    </message>
    <message>
        <source>Received data mappings that contradicted the previous one.</source>
        <translation>Empfangene Datenzuordnungen (Mappings), die der vorherigen widersprachen.</translation>
    </message>
    <message>
        <source>Connections that fell back to plain TCP because MPTCP data mappings were corrupted (a middlebox may alter the stream).</source>
        <translation>Verbindungen, die auf reines TCP zurückgefallen sind, weil MPTCP-Datenzuordnungen beschädigt waren (eine Middlebox verändert womöglich den Datenstrom).</translation>
    </message>
    <message>
        <source>Extra subflows reset because their MPTCP data mappings were corrupted.</source>
        <translation>Zusätzliche Subflows, die zurückgesetzt wurden, weil ihre MPTCP-Datenzuordnungen beschädigt waren.</translation>
    </message>
    <message>
        <source>Connections this host switched to a single path (infinite mapping sent).</source>
        <translation>Verbindungen, die dieser Rechner auf einen einzigen Pfad umgestellt hat (Infinite Mapping gesendet).</translation>
    </message>
    <message>
        <source>Connections the peer switched to a single path (infinite mapping received).</source>
        <translation>Verbindungen, die die Gegenstelle auf einen einzigen Pfad umgestellt hat (Infinite Mapping empfangen).</translation>
    </message>
    <message>
        <source>Data mappings that did not match the TCP sequence numbers (a middlebox may rewrite them).</source>
        <translation>Datenzuordnungen, die nicht zu den TCP-Sequenznummern passten (eine Middlebox schreibt sie womöglich um).</translation>
    </message>
    <message>
        <source>Data checksum failures: something on the path modified the data.</source>
        <translation>Prüfsummenfehler der Daten: Etwas auf dem Pfad hat die Daten verändert.</translation>
    </message>
    <message>
        <source>Out-of-order segments added at the end of the reordering queue (normal with several paths).</source>
        <translation>Segmente außer der Reihe, die am Ende der Umordnungswarteschlange angefügt wurden (normal bei mehreren Pfaden).</translation>
    </message>
    <message>
        <source>Out-of-order segments queued for reordering (normal with several paths).</source>
        <translation>Segmente außer der Reihe, die zum Umordnen eingereiht wurden (normal bei mehreren Pfaden).</translation>
    </message>
    <message>
        <source>Out-of-order segments merged in the reordering queue.</source>
        <translation>Segmente außer der Reihe, die in der Umordnungswarteschlange zusammengeführt wurden.</translation>
    </message>
    <message>
        <source>Segments dropped because they were outside the MPTCP receive window.</source>
        <translation>Verworfene Segmente, weil sie außerhalb des MPTCP-Empfangsfensters lagen.</translation>
    </message>
    <message>
        <source>Segments dropped because their data had already arrived on another subflow.</source>
        <translation>Verworfene Segmente, weil ihre Daten bereits über einen anderen Subflow angekommen waren.</translation>
    </message>
    <message>
        <source>Address announcements (ADD_ADDR) received from peers.</source>
        <translation>Von Gegenstellen empfangene Adressankündigungen (ADD_ADDR).</translation>
    </message>
    <message>
        <source>Address announcements (ADD_ADDR) sent to peers.</source>
        <translation>An Gegenstellen gesendete Adressankündigungen (ADD_ADDR).</translation>
    </message>
    <message>
        <source>Address announcements that could not be sent (out of resources).</source>
        <translation>Adressankündigungen, die nicht gesendet werden konnten (keine Ressourcen mehr).</translation>
    </message>
    <message>
        <source>Peers&apos; echoes of this host&apos;s address announcements.</source>
        <translation>Echos der Gegenstellen auf die Adressankündigungen dieses Rechners.</translation>
    </message>
    <message>
        <source>Echoes sent for peers&apos; address announcements.</source>
        <translation>Gesendete Echos auf Adressankündigungen von Gegenstellen.</translation>
    </message>
    <message>
        <source>Echoes of address announcements that could not be sent (out of resources).</source>
        <translation>Echos auf Adressankündigungen, die nicht gesendet werden konnten (keine Ressourcen mehr).</translation>
    </message>
    <message>
        <source>Address announcements received that carry a port.</source>
        <translation>Empfangene Adressankündigungen mit Port.</translation>
    </message>
    <message>
        <source>Address announcements from peers ignored, usually because add_addr_accepted is 0 or reached.</source>
        <translation>Ignorierte Adressankündigungen von Gegenstellen, meist weil add_addr_accepted 0 ist oder erreicht wurde.</translation>
    </message>
    <message>
        <source>Subflow requests received on an announced port.</source>
        <translation>Auf einem angekündigten Port empfangene Subflow-Anfragen.</translation>
    </message>
    <message>
        <source>Subflows accepted by the peer on an announced port.</source>
        <translation>Von der Gegenstelle auf einem angekündigten Port angenommene Subflows.</translation>
    </message>
    <message>
        <source>Subflows completed on an announced port.</source>
        <translation>Auf einem angekündigten Port zustande gekommene Subflows.</translation>
    </message>
    <message>
        <source>Subflow requests on a port that does not match the announced one.</source>
        <translation>Subflow-Anfragen auf einem Port, der nicht zum angekündigten passt.</translation>
    </message>
    <message>
        <source>Subflow completions on a port that does not match the announced one.</source>
        <translation>Subflow-Abschlüsse auf einem Port, der nicht zum angekündigten passt.</translation>
    </message>
    <message>
        <source>Address removals (RM_ADDR) received from peers.</source>
        <translation>Von Gegenstellen empfangene Adressentfernungen (RM_ADDR).</translation>
    </message>
    <message>
        <source>Address removals from peers that could not be handled.</source>
        <translation>Adressentfernungen von Gegenstellen, die nicht verarbeitet werden konnten.</translation>
    </message>
    <message>
        <source>Address removals (RM_ADDR) sent to peers.</source>
        <translation>An Gegenstellen gesendete Adressentfernungen (RM_ADDR).</translation>
    </message>
    <message>
        <source>Address removals that could not be sent (out of resources).</source>
        <translation>Adressentfernungen, die nicht gesendet werden konnten (keine Ressourcen mehr).</translation>
    </message>
    <message>
        <source>Subflows closed because an address was removed.</source>
        <translation>Subflows, die geschlossen wurden, weil eine Adresse entfernt wurde.</translation>
    </message>
    <message>
        <source>Backup/normal priority changes (MP_PRIO) sent.</source>
        <translation>Gesendete Prioritätswechsel Backup/normal (MP_PRIO).</translation>
    </message>
    <message>
        <source>Backup/normal priority changes (MP_PRIO) received.</source>
        <translation>Empfangene Prioritätswechsel Backup/normal (MP_PRIO).</translation>
    </message>
    <message>
        <source>MP_FAIL sent: a checksum failure forced a subflow reset or fallback.</source>
        <translation>MP_FAIL gesendet: Ein Prüfsummenfehler erzwang das Zurücksetzen eines Subflows oder einen Rückfall.</translation>
    </message>
    <message>
        <source>MP_FAIL received: the peer saw a checksum failure.</source>
        <translation>MP_FAIL empfangen: Die Gegenstelle hat einen Prüfsummenfehler festgestellt.</translation>
    </message>
    <message>
        <source>Connections aborted by this host (MP_FASTCLOSE sent).</source>
        <translation>Von diesem Rechner abgebrochene Verbindungen (MP_FASTCLOSE gesendet).</translation>
    </message>
    <message>
        <source>Connections aborted by the peer (MP_FASTCLOSE received).</source>
        <translation>Von der Gegenstelle abgebrochene Verbindungen (MP_FASTCLOSE empfangen).</translation>
    </message>
    <message>
        <source>Subflow resets with an MPTCP reason sent (MP_TCPRST).</source>
        <translation>Gesendete Subflow-Resets mit MPTCP-Grund (MP_TCPRST).</translation>
    </message>
    <message>
        <source>Subflow resets with an MPTCP reason received (MP_TCPRST).</source>
        <translation>Empfangene Subflow-Resets mit MPTCP-Grund (MP_TCPRST).</translation>
    </message>
    <message>
        <source>Subflows marked stale: the path stopped delivering data (see net.mptcp.stale_loss_cnt).</source>
        <translation>Als stockend markierte Subflows: Der Pfad hat keine Daten mehr zugestellt (siehe net.mptcp.stale_loss_cnt).</translation>
    </message>
    <message>
        <source>Stale subflows that started working again.</source>
        <translation>Stockende Subflows, die wieder funktionieren.</translation>
    </message>
    <message>
        <source>Times a subflow&apos;s send window was taken from the connection&apos;s.</source>
        <translation>Wie oft das Sendefenster eines Subflows von dem der Verbindung übernommen wurde.</translation>
    </message>
    <message>
        <source>Times a subflow&apos;s receive window was taken from the connection&apos;s.</source>
        <translation>Wie oft das Empfangsfenster eines Subflows von dem der Verbindung übernommen wurde.</translation>
    </message>
    <message>
        <source>Receive window updates that conflicted with another subflow while updating.</source>
        <translation>Aktualisierungen des Empfangsfensters, die während der Aktualisierung mit einem anderen Subflow kollidierten.</translation>
    </message>
    <message>
        <source>Receive window updates that conflicted with another subflow.</source>
        <translation>Aktualisierungen des Empfangsfensters, die mit einem anderen Subflow kollidierten.</translation>
    </message>
    <message>
        <source>MPTCP connections established right now.</source>
        <translation>Derzeit aufgebaute MPTCP-Verbindungen.</translation>
    </message>
    <message>
        <source>Paths detected as dropping MPTCP packets (blackhole); MPTCP is paused for new connections for a while.</source>
        <translation>Pfade, die als MPTCP-Pakete verwerfend erkannt wurden (Blackhole); MPTCP wird für neue Verbindungen eine Weile ausgesetzt.</translation>
    </message>
    <message>
        <source>Connections that fell back to plain TCP because the first data carried no MPTCP mapping.</source>
        <translation>Verbindungen, die auf reines TCP zurückgefallen sind, weil die ersten Daten keine MPTCP-Zuordnung trugen.</translation>
    </message>
    <message>
        <source>Connections made as plain TCP because a conflicting TCP option (MD5 signature) is in use.</source>
        <translation>Als reines TCP aufgebaute Verbindungen, weil eine widersprechende TCP-Option (MD5-Signatur) verwendet wird.</translation>
    </message>
    <message>
        <source>Connections that fell back to plain TCP because of a bad or missing data mapping.</source>
        <translation>Verbindungen, die wegen einer fehlerhaften oder fehlenden Datenzuordnung auf reines TCP zurückgefallen sind.</translation>
    </message>
    <message>
        <source>Connections that fell back to plain TCP because both ends connected at the same time.</source>
        <translation>Verbindungen, die auf reines TCP zurückgefallen sind, weil beide Seiten gleichzeitig verbunden haben.</translation>
    </message>
    <message>
        <source>Connections reset because they could no longer fall back to plain TCP.</source>
        <translation>Zurückgesetzte Verbindungen, weil sie nicht mehr auf reines TCP zurückfallen konnten.</translation>
    </message>
    <message>
        <source>MPTCP-level zero-window probes sent (the receiver&apos;s buffer was full).</source>
        <translation>Gesendete Nullfenster-Proben auf MPTCP-Ebene (der Puffer des Empfängers war voll).</translation>
    </message>
    <message>
        <source>Changes over %1 s (counter, change, per second):
</source>
        <translation>Änderungen in %1 s (Zähler, Änderung, pro Sekunde):
</translation>
    </message>
</context>
<context>
    <name>mptcp::gui::DemoLab</name>
    <message>
        <source>Looking for a running demo lab…</source>
        <translation>Laufendes Demo-Labor wird gesucht …</translation>
    </message>
    <message>
        <source>Starting the demo lab (NetworkManager, Wi-Fi and LTE links)…</source>
        <translation>Demo-Labor wird gestartet (NetworkManager, WLAN- und LTE-Verbindungen) …</translation>
    </message>
    <message>
        <source>The demo lab did not report its bus and network namespace.</source>
        <translation>Das Demo-Labor hat seinen Bus und Netzwerk-Namensraum nicht gemeldet.</translation>
    </message>
    <message>
        <source>Wi-Fi and LTE are connected.</source>
        <extracomment>Demo bar status once the lab runs; the bar shows it as &quot;Demo lab: &lt;this&gt;&quot;</extracomment>
        <translation>WLAN und LTE sind verbunden.</translation>
    </message>
    <message>
        <source>The demo lab could not start: %1.</source>
        <translation>Das Demo-Labor konnte nicht starten: %1.</translation>
    </message>
    <message>
        <source>Sending traffic to the server for 30 s.</source>
        <translation>Datenverkehr wird 30 s lang an den Server gesendet.</translation>
    </message>
    <message>
        <source>Traffic failed: %1.</source>
        <translation>Datenverkehr fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <source>Wi-Fi is cut; the LTE path carries the traffic.</source>
        <translation>WLAN ist getrennt; der LTE-Pfad überträgt den Datenverkehr.</translation>
    </message>
    <message>
        <source>Cut failed: %1.</source>
        <translation>Trennen fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <source>Wi-Fi restored.</source>
        <translation>WLAN wiederhergestellt.</translation>
    </message>
    <message>
        <source>Restore failed: %1.</source>
        <translation>Wiederherstellen fehlgeschlagen: %1.</translation>
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
    <name>mptcp::gui::DiagnosticsController</name>
    <message>
        <source>Choose a file on this computer.</source>
        <translation>Wählen Sie eine Datei auf diesem Computer.</translation>
    </message>
    <message>
        <source>Cannot save the report: %1</source>
        <translation>Der Bericht kann nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>mptcp::lab::LabController</name>
    <message>
        <source>Cannot run %1: %2</source>
        <translation>%1 kann nicht ausgeführt werden: %2</translation>
    </message>
    <message>
        <source>The lab did not answer within %1 s (%2).</source>
        <translation>Das Labor hat nicht innerhalb von %1 s geantwortet (%2).</translation>
    </message>
    <message>
        <source>lab.sh crashed (%1).</source>
        <translation>lab.sh ist abgestürzt (%1).</translation>
    </message>
    <message>
        <source>The lab is not up.</source>
        <translation>Das Labor läuft nicht.</translation>
    </message>
    <message>
        <source>lab.sh exited with code %1.</source>
        <translation>lab.sh wurde mit Code %1 beendet.</translation>
    </message>
    <message>
        <source>lab.sh printed no bus address or network namespace.</source>
        <translation>lab.sh hat keine Busadresse und keinen Netzwerk-Namensraum ausgegeben.</translation>
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
    <message>
        <source>No interface named &quot;%1&quot; exists.</source>
        <translation>Es gibt keine Schnittstelle namens „%1“.</translation>
    </message>
    <message>
        <source>%1 = %2 cannot be set through the helper.</source>
        <translation>%1 = %2 kann nicht über den Helfer gesetzt werden.</translation>
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
    <message>
        <source>This fix cannot be applied from here. Run: %1</source>
        <translation>Diese Korrektur kann nicht von hier aus angewendet werden. Führen Sie aus: %1</translation>
    </message>
    <message>
        <source>Turn MPTCP on</source>
        <translation>MPTCP einschalten</translation>
    </message>
    <message>
        <source>Turn MPTCP off</source>
        <translation>MPTCP ausschalten</translation>
    </message>
    <message numerus="yes">
        <source>Allow %n subflow(s)</source>
        <translation>
            <numerusform>%n Subflow erlauben</numerusform>
            <numerusform>%n Subflows erlauben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept %n announced address(es)</source>
        <translation>
            <numerusform>%n angekündigte Adresse akzeptieren</numerusform>
            <numerusform>%n angekündigte Adressen akzeptieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete endpoint %1</source>
        <translation>Endpunkt %1 löschen</translation>
    </message>
    <message>
        <source>Use %1 as backup</source>
        <translation>%1 als Backup verwenden</translation>
    </message>
    <message>
        <source>Select the kernel path manager</source>
        <translation>Pfadmanager des Kernels auswählen</translation>
    </message>
    <message>
        <source>Use loose reverse-path filtering for all interfaces</source>
        <translation>Lockere Reverse-Path-Filterung für alle Schnittstellen verwenden</translation>
    </message>
    <message>
        <source>Use loose reverse-path filtering on %1</source>
        <translation>Lockere Reverse-Path-Filterung auf %1 verwenden</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt …</translation>
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
    <message>
        <source>Reading NetworkManager…</source>
        <translation>NetworkManager wird gelesen …</translation>
    </message>
</context>
<context>
    <name>mptcp::nm::KernelNetworkReader</name>
    <message>
        <source>cannot open rtnetlink: %1</source>
        <translation>rtnetlink kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>cannot watch rtnetlink: %1</source>
        <translation>rtnetlink kann nicht beobachtet werden: %1</translation>
    </message>
</context>
<context>
    <name>mptcp::nm::MptcpFlags</name>
    <message>
        <source>&apos;%1&apos; is not an MPTCP flag; use numbers or: %2</source>
        <translation>„%1“ ist kein MPTCP-Flag; verwenden Sie Zahlen oder: %2</translation>
    </message>
</context>
<context>
    <name>mptcp::nm::NetworkManagerReader</name>
    <message>
        <source>Cannot reach the system D-Bus: %1</source>
        <translation>Der System-D-Bus ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>The Qt event loop does not run GLib (QT_NO_GLIB is set?): NetworkManager cannot be followed</source>
        <translation>Die Qt-Ereignisschleife führt GLib nicht aus (ist QT_NO_GLIB gesetzt?): NetworkManager kann nicht verfolgt werden</translation>
    </message>
    <message>
        <source>Connecting to NetworkManager…</source>
        <translation>Verbindung zu NetworkManager wird hergestellt …</translation>
    </message>
    <message>
        <source>NetworkManager is not running</source>
        <translation>NetworkManager läuft nicht</translation>
    </message>
    <message>
        <source>MPTCP auto-configuration not supported by this version (NetworkManager %1, needs 1.40)</source>
        <translation>Automatische MPTCP-Konfiguration wird von dieser Version nicht unterstützt (NetworkManager %1, benötigt 1.40)</translation>
    </message>
    <message>
        <source>NetworkManager has no profile with UUID %1</source>
        <translation>NetworkManager hat kein Profil mit der UUID %1</translation>
    </message>
    <message>
        <source>NetworkManager support is not installed: %1</source>
        <translation>Die NetworkManager-Unterstützung ist nicht installiert: %1</translation>
    </message>
</context>
<context>
    <name>mptcp::nm::NmConf</name>
    <message>
        <source>line %1 is not a key=value pair, a [group] or a comment</source>
        <translation>Zeile %1 ist weder ein Schlüssel=Wert-Paar noch eine [Gruppe] oder ein Kommentar</translation>
    </message>
    <message>
        <source>line %1: the file does not start with a [group]</source>
        <translation>Zeile %1: Die Datei beginnt nicht mit einer [Gruppe]</translation>
    </message>
    <message>
        <source>line %1: empty key name</source>
        <translation>Zeile %1: leerer Schlüsselname</translation>
    </message>
    <message>
        <source>%1: %2 (NetworkManager rejects this configuration)</source>
        <translation>%1: %2 (NetworkManager lehnt diese Konfiguration ab)</translation>
    </message>
    <message>
        <source>%1: cannot tell whether NetworkManager reads it ([.config] enable=%2); it was read</source>
        <translation>%1: Es lässt sich nicht sagen, ob NetworkManager die Datei liest ([.config] enable=%2); sie wurde gelesen</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: kann nicht gelesen werden (%2)</translation>
    </message>
</context>
</TS>
