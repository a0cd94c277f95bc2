<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActivityPage</name>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
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
            <numerusform>%n connexion MPTCP via %1</numerusform>
            <numerusform>%n connexions MPTCP via %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n MPTCP connection(s)</source>
        <translation>
            <numerusform>%n connexion MPTCP</numerusform>
            <numerusform>%n connexions MPTCP</numerusform>
        </translation>
    </message>
    <message>
        <source>MPTCP connections</source>
        <translation>Connexions MPTCP</translation>
    </message>
    <message numerus="yes">
        <source>%n fell back to TCP</source>
        <translation>
            <numerusform>%n revenue à TCP</numerusform>
            <numerusform>%n revenues à TCP</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the MPTCP connections: %1</source>
        <translation>Impossible de lire les connexions MPTCP : %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Reading connections</source>
        <translation>Lecture des connexions</translation>
    </message>
    <message>
        <source>No MPTCP connections right now</source>
        <translation>Aucune connexion MPTCP pour le moment</translation>
    </message>
    <message>
        <source>Programs use MPTCP when they ask for it or are started through mptcpize. To try it, run:</source>
        <translation>Les programmes utilisent MPTCP lorsqu’ils le demandent ou sont lancés via mptcpize. Pour l’essayer, exécutez :</translation>
    </message>
    <message>
        <source>Command to try MPTCP</source>
        <translation>Commande pour essayer MPTCP</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
</context>
<context>
    <name>AddressRow</name>
    <message>
        <source>endpoint without flags</source>
        <translation>point de terminaison sans drapeaux</translation>
    </message>
</context>
<context>
    <name>AddressVerdict</name>
    <message>
        <source>The kernel has this endpoint, as expected.</source>
        <translation>Le noyau a ce point de terminaison, comme prévu.</translation>
    </message>
    <message>
        <source>The kernel has no endpoint for it, although NetworkManager should have added one.</source>
        <translation>Le noyau n’a pas de point de terminaison pour elle, alors que NetworkManager aurait dû en ajouter un.</translation>
    </message>
    <message>
        <source>The kernel has endpoint %1 for it, which NetworkManager did not create.</source>
        <translation>Le noyau a pour elle le point de terminaison %1, que NetworkManager n’a pas créé.</translation>
    </message>
    <message>
        <source>The kernel&apos;s endpoint %1 has other flags: %2.</source>
        <translation>Le point de terminaison %1 du noyau a d’autres drapeaux : %2.</translation>
    </message>
    <message>
        <source>No endpoint, as expected.</source>
        <translation>Pas de point de terminaison, comme prévu.</translation>
    </message>
    <message>
        <source>Takes effect when the connection is reactivated.</source>
        <translation>Prend effet à la réactivation de la connexion.</translation>
    </message>
</context>
<context>
    <name>CheckRow</name>
    <message>
        <source>Passed</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>Does not apply</source>
        <translation>Sans objet</translation>
    </message>
    <message>
        <source>Fixing…</source>
        <translation>Correction…</translation>
    </message>
    <message>
        <source>Fixed; checking again…</source>
        <translation>Corrigé ; nouvelle vérification…</translation>
    </message>
    <message>
        <source>To fix it, run as root: %1</source>
        <translation>Pour corriger, exécutez en tant que root : %1</translation>
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
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ConnectionDelegate</name>
    <message>
        <source>Connection to %1</source>
        <translation>Connexion vers %1</translation>
    </message>
    <message>
        <source>fell back to TCP</source>
        <translation>revenue à TCP</translation>
    </message>
    <message>
        <source>The peer or something on the path did not accept MPTCP: this connection uses a single path.</source>
        <translation>Le pair ou un élément sur le chemin n’a pas accepté MPTCP : cette connexion utilise un seul chemin.</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>depuis %1</translation>
    </message>
    <message numerus="yes">
        <source>%n subflow(s)</source>
        <translation>
            <numerusform>%n sous-flux</numerusform>
            <numerusform>%n sous-flux</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent %1, received %2</source>
        <translation>Envoyé %1, reçu %2</translation>
    </message>
    <message>
        <source>Hide subflows</source>
        <translation>Masquer les sous-flux</translation>
    </message>
    <message>
        <source>Show subflows</source>
        <translation>Afficher les sous-flux</translation>
    </message>
</context>
<context>
    <name>ConnectionMptcpControl</name>
    <message>
        <source>MPTCP for “%1”</source>
        <extracomment>%1 = NetworkManager connection name</extracomment>
        <translation>MPTCP pour « %1 »</translation>
    </message>
    <message>
        <source>Default (currently: %1)</source>
        <translation>Par défaut (actuellement : %1)</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>MPTCP off for this connection</source>
        <translation>MPTCP désactivé pour cette connexion</translation>
    </message>
    <message>
        <source>On, with these flags:</source>
        <translation>Activé, avec ces drapeaux :</translation>
    </message>
    <message>
        <source>MPTCP on with chosen flags</source>
        <translation>MPTCP activé avec les drapeaux choisis</translation>
    </message>
    <message>
        <source>Saving and reapplying…</source>
        <translation>Enregistrement et réapplication…</translation>
    </message>
    <message>
        <source>Saved; NetworkManager reapplied the connection.</source>
        <translation>Enregistré ; NetworkManager a réappliqué la connexion.</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Revert MPTCP choice for %1</source>
        <translation>Rétablir le choix MPTCP pour %1</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Apply MPTCP choice for %1</source>
        <translation>Appliquer le choix MPTCP pour %1</translation>
    </message>
</context>
<context>
    <name>CounterRow</name>
    <message>
        <source>%1: %2, signals a problem</source>
        <translation>%1 : %2, signale un problème</translation>
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
        <translation>Labo de démo : %1</translation>
    </message>
    <message>
        <source>Start traffic</source>
        <translation>Lancer du trafic</translation>
    </message>
    <message>
        <source>Cut Wi-Fi</source>
        <translation>Couper le Wi-Fi</translation>
    </message>
    <message>
        <source>Restore Wi-Fi</source>
        <translation>Rétablir le Wi-Fi</translation>
    </message>
</context>
<context>
    <name>DemoStartupWindow</name>
    <message>
        <source>MPTCP Settings (demo)</source>
        <translation>Paramètres MPTCP (démo)</translation>
    </message>
    <message>
        <source>Preparing the Wi-Fi + LTE demo lab</source>
        <translation>Préparation du labo de démo Wi-Fi + LTE</translation>
    </message>
</context>
<context>
    <name>DeviceCard</name>
    <message>
        <source>Interface %1</source>
        <translation>Interface %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>%1 = device type (Wi-Fi, Ethernet...), %2 = its state</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>MPTCP on</source>
        <translation>MPTCP activé</translation>
    </message>
    <message>
        <source>MPTCP off</source>
        <translation>MPTCP désactivé</translation>
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
        <translation>Wi-Fi</translation>
    </message>
    <message>
        <source>Mobile broadband</source>
        <translation>Haut débit mobile</translation>
    </message>
    <message>
        <source>VPN</source>
        <translation>VPN</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
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
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>Example data: nothing on this computer is read or changed.</source>
        <translation>Données d’exemple : rien n’est lu ni modifié sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Why MPTCP may not work here, what the kernel counted, and a report for bug trackers.</source>
        <translation>Pourquoi MPTCP pourrait ne pas fonctionner ici, ce que le noyau a compté, et un rapport pour les gestionnaires de bogues.</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problème</numerusform>
            <numerusform>%n problèmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found</source>
        <translation>Aucun problème trouvé</translation>
    </message>
    <message>
        <source>Checked at %1</source>
        <translation>Vérifié à %1</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Every check passed or does not apply here.</source>
        <translation>Toutes les vérifications ont réussi ou sont sans objet ici.</translation>
    </message>
    <message>
        <source>Show checks that do not apply here</source>
        <translation>Afficher les vérifications sans objet ici</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>Compteurs</translation>
    </message>
    <message numerus="yes">
        <source>%n counter(s) signal problems</source>
        <translation>
            <numerusform>%n compteur signale des problèmes</numerusform>
            <numerusform>%n compteurs signalent des problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide zero counters</source>
        <translation>Masquer les compteurs à zéro</translation>
    </message>
    <message>
        <source>What the kernel&apos;s MPTCP stack counted in this network namespace (MPTcpExt in /proc/net/netstat), with the change per second while this page is open.</source>
        <translation>Ce que la pile MPTCP du noyau a compté dans cet espace de noms réseau (MPTcpExt dans /proc/net/netstat), avec la variation par seconde tant que cette page est ouverte.</translation>
    </message>
    <message>
        <source>Cannot read the counters: %1</source>
        <translation>Impossible de lire les compteurs : %1</translation>
    </message>
    <message>
        <source>Debug report</source>
        <translation>Rapport de débogage</translation>
    </message>
    <message>
        <source>Example data: no sockets are listed.</source>
        <translation>Données d’exemple : aucun socket n’est listé.</translation>
    </message>
</context>
<context>
    <name>EndpointDialog</name>
    <message>
        <source>Edit endpoint %1</source>
        <translation>Modifier le point de terminaison %1</translation>
    </message>
    <message>
        <source>Add endpoint</source>
        <translation>Ajouter un point de terminaison</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>e.g. 192.0.2.10 or 2001:db8::10</source>
        <translation>p. ex. 192.0.2.10 ou 2001:db8::10</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Quelconque</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <source>Endpoint ID</source>
        <translation>ID du point de terminaison</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Drapeaux</translation>
    </message>
    <message>
        <source>Asking the kernel…</source>
        <translation>Interrogation du noyau…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
</context>
<context>
    <name>EndpointForm</name>
    <message>
        <source>Without &quot;signal&quot; or &quot;subflow&quot; the kernel does not use this address.</source>
        <translation>Sans « signal » ni « subflow », le noyau n’utilise pas cette adresse.</translation>
    </message>
    <message>
        <source>Subflows from this address work best with an interface set.</source>
        <translation>Les sous-flux depuis cette adresse fonctionnent mieux avec une interface définie.</translation>
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
        <translation>Manuel</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
</context>
<context>
    <name>EndpointRow</name>
    <message>
        <source>Endpoint %1, %2, flags %3</source>
        <translation>Point de terminaison %1, %2, drapeaux %3</translation>
    </message>
    <message>
        <source>port %1</source>
        <translation>port %1</translation>
    </message>
    <message>
        <source>no flags</source>
        <translation>aucun drapeau</translation>
    </message>
    <message>
        <source>any interface</source>
        <translation>toute interface</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Edit endpoint %1</source>
        <translation>Modifier le point de terminaison %1</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Remove endpoint %1</source>
        <translation>Supprimer le point de terminaison %1</translation>
    </message>
</context>
<context>
    <name>EndpointRules</name>
    <message>
        <source>Enter an IPv4 or IPv6 address.</source>
        <translation>Saisissez une adresse IPv4 ou IPv6.</translation>
    </message>
    <message>
        <source>Enter the address without a prefix length.</source>
        <translation>Saisissez l’adresse sans longueur de préfixe.</translation>
    </message>
    <message>
        <source>Enter the address without a zone (%interface).</source>
        <translation>Saisissez l’adresse sans zone (%interface).</translation>
    </message>
    <message>
        <source>This is not a valid IPv4 or IPv6 address.</source>
        <translation>Ce n’est pas une adresse IPv4 ou IPv6 valide.</translation>
    </message>
    <message>
        <source>Endpoint %1 already uses this address.</source>
        <translation>Le point de terminaison %1 utilise déjà cette adresse.</translation>
    </message>
    <message>
        <source>The ID must be a number from 1 to 255, or empty to let the kernel choose.</source>
        <translation>L’ID doit être un nombre de 1 à 255, ou vide pour laisser le noyau choisir.</translation>
    </message>
    <message>
        <source>ID %1 is already used by %2.</source>
        <translation>L’ID %1 est déjà utilisé par %2.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535, or empty for none.</source>
        <translation>Le port doit être un nombre de 1 à 65535, ou vide pour aucun.</translation>
    </message>
    <message>
        <source>A port can only be set on an endpoint with &quot;signal&quot; and without &quot;subflow&quot;.</source>
        <translation>Un port n’est possible que sur un point de terminaison avec « signal » et sans « subflow ».</translation>
    </message>
    <message>
        <source>&quot;signal&quot; and &quot;fullmesh&quot; cannot be used together.</source>
        <translation>« signal » et « fullmesh » ne peuvent pas être utilisés ensemble.</translation>
    </message>
    <message>
        <source>Interface names have at most 15 characters.</source>
        <translation>Les noms d’interface ont au plus 15 caractères.</translation>
    </message>
    <message>
        <source>There is no interface named %1.</source>
        <translation>Il n’y a pas d’interface nommée %1.</translation>
    </message>
    <message>
        <source>The kernel accepts values from 0 to %1.</source>
        <translation>Le noyau accepte des valeurs de 0 à %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n subflow endpoints but only 1 extra subflow allowed.</source>
        <translation>
            <numerusform>%n point de terminaison subflow mais un seul sous-flux supplémentaire autorisé.</numerusform>
            <numerusform>%n points de terminaison subflow mais un seul sous-flux supplémentaire autorisé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n subflow endpoints but only %1 extra subflows allowed.</source>
        <translation>
            <numerusform>%n point de terminaison subflow mais seulement %1 sous-flux supplémentaires autorisés.</numerusform>
            <numerusform>%n points de terminaison subflow mais seulement %1 sous-flux supplémentaires autorisés.</numerusform>
        </translation>
    </message>
    <message>
        <source>No extra subflows: every connection keeps a single path.</source>
        <translation>Aucun sous-flux supplémentaire : chaque connexion garde un seul chemin.</translation>
    </message>
    <message>
        <source>Addresses announced by servers are ignored (0 accepted).</source>
        <translation>Les adresses annoncées par les serveurs sont ignorées (0 acceptée).</translation>
    </message>
    <message>
        <source>More announced addresses are accepted than extra subflows allowed; each accepted address needs a subflow.</source>
        <translation>Plus d’adresses annoncées sont acceptées que de sous-flux supplémentaires autorisés ; chaque adresse acceptée nécessite un sous-flux.</translation>
    </message>
</context>
<context>
    <name>EndpointsPage</name>
    <message>
        <source>Endpoints</source>
        <translation>Points de terminaison</translation>
    </message>
    <message>
        <source>The addresses the kernel may use for extra paths. NetworkManager manages the ones on its connections; changes to those last until it reapplies the connection.</source>
        <translation>Les adresses que le noyau peut utiliser pour des chemins supplémentaires. NetworkManager gère celles de ses connexions ; les modifier ne dure que jusqu’à ce qu’il réapplique la connexion.</translation>
    </message>
    <message>
        <source>Add endpoint…</source>
        <translation>Ajouter un point de terminaison…</translation>
    </message>
    <message>
        <source>Add endpoint</source>
        <translation>Ajouter un point de terminaison</translation>
    </message>
    <message>
        <source>Remove all…</source>
        <translation>Tout supprimer…</translation>
    </message>
    <message>
        <source>Remove all endpoints</source>
        <translation>Supprimer tous les points de terminaison</translation>
    </message>
    <message>
        <source>All endpoints removed</source>
        <translation>Tous les points de terminaison ont été supprimés</translation>
    </message>
    <message>
        <source>The kernel has no endpoints: every MPTCP connection stays on a single path.</source>
        <translation>Le noyau n’a aucun point de terminaison : chaque connexion MPTCP reste sur un seul chemin.</translation>
    </message>
    <message>
        <source>Remove endpoint %1?</source>
        <translation>Supprimer le point de terminaison %1 ?</translation>
    </message>
    <message>
        <source>%1 will no longer be used for new paths. Connections keep their current paths.</source>
        <translation>%1 ne sera plus utilisée pour de nouveaux chemins. Les connexions gardent leurs chemins actuels.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove all endpoints?</source>
        <translation>Supprimer tous les points de terminaison ?</translation>
    </message>
    <message numerus="yes">
        <source>All %n endpoint(s) are removed from the kernel. NetworkManager adds its own again when it next activates or reapplies a connection.</source>
        <translation>
            <numerusform>Le %n point de terminaison est supprimé du noyau. NetworkManager ajoute à nouveau les siens lorsqu’il active ou réapplique une connexion.</numerusform>
            <numerusform>Les %n points de terminaison sont supprimés du noyau. NetworkManager ajoute à nouveau les siens lorsqu’il active ou réapplique une connexion.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove all</source>
        <translation>Tout supprimer</translation>
    </message>
</context>
<context>
    <name>GlobalDefaultControl</name>
    <message>
        <source>Not set (NetworkManager&apos;s built-in default)</source>
        <translation>Non défini (valeur par défaut intégrée de NetworkManager)</translation>
    </message>
    <message>
        <source>Off for new connections</source>
        <translation>Désactivé pour les nouvelles connexions</translation>
    </message>
    <message>
        <source>On, with these flags:</source>
        <translation>Activé, avec ces drapeaux :</translation>
    </message>
    <message>
        <source>On for new connections, with chosen flags</source>
        <translation>Activé pour les nouvelles connexions, avec les drapeaux choisis</translation>
    </message>
    <message>
        <source>Saved; NetworkManager reloaded its configuration.</source>
        <translation>Enregistré ; NetworkManager a rechargé sa configuration.</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Revert default for new connections</source>
        <translation>Rétablir la valeur par défaut des nouvelles connexions</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Apply default for new connections</source>
        <translation>Appliquer la valeur par défaut des nouvelles connexions</translation>
    </message>
</context>
<context>
    <name>InlineStatus</name>
    <message>
        <source>Applied</source>
        <translation>Appliqué</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Application…</translation>
    </message>
    <message>
        <source>Not allowed: %1</source>
        <translation>Non autorisé : %1</translation>
    </message>
</context>
<context>
    <name>InterfacesPage</name>
    <message>
        <source>Interfaces</source>
        <translation>Interfaces</translation>
    </message>
    <message>
        <source>Which addresses MPTCP can use, and why the others are left out.</source>
        <translation>Les adresses que MPTCP peut utiliser, et pourquoi les autres sont écartées.</translation>
    </message>
    <message>
        <source>No network interfaces found.</source>
        <translation>Aucune interface réseau trouvée.</translation>
    </message>
</context>
<context>
    <name>LabEnvironment</name>
    <message>
        <source>The lab is not up.</source>
        <translation>Le labo n’est pas démarré.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d’ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>Cannot enter the lab&apos;s network namespace: %1</source>
        <translation>Impossible d’entrer dans l’espace de noms réseau du labo : %1</translation>
    </message>
</context>
<context>
    <name>LimitsPage</name>
    <message>
        <source>Limits</source>
        <translation>Limites</translation>
    </message>
    <message>
        <source>How many extra paths one MPTCP connection may open, and what new connections get by default.</source>
        <translation>Combien de chemins supplémentaires une connexion MPTCP peut ouvrir, et ce que les nouvelles connexions reçoivent par défaut.</translation>
    </message>
    <message>
        <source>Kernel limits</source>
        <translation>Limites du noyau</translation>
    </message>
    <message>
        <source>Extra subflows per connection</source>
        <translation>Sous-flux supplémentaires par connexion</translation>
    </message>
    <message>
        <source>Paths opened in addition to the first one (kernel maximum: %1).</source>
        <translation>Chemins ouverts en plus du premier (maximum du noyau : %1).</translation>
    </message>
    <message>
        <source>Accepted announced addresses</source>
        <translation>Adresses annoncées acceptées</translation>
    </message>
    <message>
        <source>How many addresses announced by the server (ADD_ADDR) are used (kernel maximum: %1).</source>
        <translation>Combien d’adresses annoncées par le serveur (ADD_ADDR) sont utilisées (maximum du noyau : %1).</translation>
    </message>
    <message>
        <source>Keep after reboot</source>
        <translation>Conserver après redémarrage</translation>
    </message>
    <message>
        <source>Saves the limits so the helper restores them when the computer starts.</source>
        <translation>Enregistre les limites pour que l’assistant les rétablisse au démarrage de l’ordinateur.</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Revert limits</source>
        <translation>Rétablir les limites</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Apply limits</source>
        <translation>Appliquer les limites</translation>
    </message>
    <message>
        <source>Default for new connections</source>
        <translation>Valeur par défaut des nouvelles connexions</translation>
    </message>
    <message>
        <source>Used by every NetworkManager connection whose MPTCP setting is “Default”. Saved as a NetworkManager.conf drop-in.</source>
        <translation>Utilisée par chaque connexion NetworkManager dont le réglage MPTCP est « Par défaut ». Enregistrée dans un fichier complémentaire de NetworkManager.conf.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>MPTCP Settings (demo)</source>
        <extracomment>Window title with --demo (the Wi-Fi + LTE lab) and --demo-fake (example data)</extracomment>
        <translation>Paramètres MPTCP (démo)</translation>
    </message>
    <message>
        <source>MPTCP Settings</source>
        <translation>Paramètres MPTCP</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>Interfaces</source>
        <translation>Interfaces</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Points de terminaison</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Limites</translation>
    </message>
    <message>
        <source>Show pages</source>
        <translation>Afficher les pages</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnostic</translation>
    </message>
</context>
<context>
    <name>MptcpDebugReport</name>
    <message>
        <source>(could not be run: %1)</source>
        <translation>(n’a pas pu être exécuté : %1)</translation>
    </message>
    <message>
        <source>(no output)</source>
        <translation>(aucune sortie)</translation>
    </message>
    <message>
        <source>the connection profile</source>
        <translation>le profil de connexion</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>NetworkManager&apos;s built-in default</source>
        <translation>valeur par défaut intégrée de NetworkManager</translation>
    </message>
    <message>
        <source>NetworkManager is not running.
</source>
        <translation>NetworkManager ne fonctionne pas.
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
        <translation>Connexions actives (périphérique, type, limitée, connexion, connection.mptcp-flags, drapeaux utilisés, origine) :
</translation>
    </message>
    <message>
        <source>NetworkManager.conf defaults for connection.mptcp-flags:
</source>
        <translation>Valeurs par défaut de NetworkManager.conf pour connection.mptcp-flags :
</translation>
    </message>
    <message>
        <source>  (NetworkManager.conf could not be read)
</source>
        <translation>  (NetworkManager.conf n’a pas pu être lu)
</translation>
    </message>
    <message>
        <source> (ignored by NetworkManager: not a number)</source>
        <translation> (ignoré par NetworkManager : ce n’est pas un nombre)</translation>
    </message>
    <message>
        <source>  (none: the built-in default applies)
</source>
        <translation>  (aucune : la valeur par défaut intégrée s’applique)
</translation>
    </message>
    <message>
        <source>(no flags)</source>
        <translation>(aucun drapeau)</translation>
    </message>
    <message>
        <source>DEVICE  ADDRESS  EXPECTED  KERNEL  VERDICT  REASON
</source>
        <translation>PÉRIPHÉRIQUE  ADRESSE  ATTENDU  NOYAU  VERDICT  RAISON
</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <source>&lt;!-- MPTCP debug report by mptcp-settings %1, %2. For https://github.com/multipath-tcp/mptcp_net-next/issues (bug report template). --&gt;

</source>
        <translation>&lt;!-- Rapport de débogage MPTCP par mptcp-settings %1, %2. Pour https://github.com/multipath-tcp/mptcp_net-next/issues (modèle de rapport de bogue). --&gt;

</translation>
    </message>
    <message>
        <source>System info</source>
        <translation>Informations système</translation>
    </message>
    <message>
        <source>_(to be filled in by the reporter)_</source>
        <translation>_(à remplir par l’auteur du rapport)_</translation>
    </message>
    <message>
        <source>What did you do?</source>
        <translation>Qu’avez-vous fait ?</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>Que s’est-il passé ?</translation>
    </message>
    <message>
        <source>What did you expect to have?</source>
        <translation>À quoi vous attendiez-vous ?</translation>
    </message>
    <message>
        <source>Additional context</source>
        <translation>Contexte supplémentaire</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <source>Reproduction</source>
        <translation>Reproduction</translation>
    </message>
    <message>
        <source>Path-manager events while reproducing (`ip mptcp monitor`):</source>
        <translation>Événements du gestionnaire de chemins pendant la reproduction (`ip mptcp monitor`) :</translation>
    </message>
    <message>
        <source>(no events)</source>
        <translation>(aucun événement)</translation>
    </message>
    <message>
        <source>After reproducing:</source>
        <translation>Après la reproduction :</translation>
    </message>
    <message>
        <source>MPTcpExt counter changes (`nstat` after `nstat -n`):</source>
        <translation>Variations des compteurs MPTcpExt (`nstat` après `nstat -n`) :</translation>
    </message>
    <message>
        <source>MPTCP sockets</source>
        <translation>Sockets MPTCP</translation>
    </message>
    <message>
        <source>MPTcpExt counters</source>
        <translation>Compteurs MPTcpExt</translation>
    </message>
    <message>
        <source>(every counter is 0)</source>
        <translation>(tous les compteurs sont à 0)</translation>
    </message>
    <message>
        <source>MPTCP connections and subflows</source>
        <translation>Connexions MPTCP et sous-flux</translation>
    </message>
    <message>
        <source>NetworkManager</source>
        <translation>NetworkManager</translation>
    </message>
    <message>
        <source>Endpoints NetworkManager is expected to create</source>
        <translation>Points de terminaison que NetworkManager devrait créer</translation>
    </message>
    <message>
        <source>mptcpd</source>
        <translation>mptcpd</translation>
    </message>
    <message>
        <source>mptcpd is running.</source>
        <translation>mptcpd fonctionne.</translation>
    </message>
    <message>
        <source>mptcpd is not running.</source>
        <translation>mptcpd ne fonctionne pas.</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Routage</translation>
    </message>
    <message>
        <source>Reverse-path filtering</source>
        <translation>Filtrage par chemin inverse</translation>
    </message>
</context>
<context>
    <name>MptcpDiagnostics</name>
    <message>
        <source>MPTCP enabled in the kernel</source>
        <translation>MPTCP activé dans le noyau</translation>
    </message>
    <message>
        <source>This kernel has no MPTCP support (/proc/sys/net/mptcp is missing): every connection is plain TCP. A kernel built with CONFIG_MPTCP is needed.</source>
        <translation>Ce noyau ne prend pas en charge MPTCP (/proc/sys/net/mptcp est absent) : toutes les connexions sont en TCP simple. Un noyau compilé avec CONFIG_MPTCP est nécessaire.</translation>
    </message>
    <message>
        <source>net.mptcp.enabled could not be read.</source>
        <translation>net.mptcp.enabled n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>net.mptcp.enabled is 0: programs cannot create MPTCP sockets, so every connection is plain TCP, and NetworkManager configures no endpoints. Nothing turns it on by itself.</source>
        <translation>net.mptcp.enabled vaut 0 : les programmes ne peuvent pas créer de sockets MPTCP, toutes les connexions sont donc en TCP simple, et NetworkManager ne configure aucun point de terminaison. Rien ne l’active automatiquement.</translation>
    </message>
    <message>
        <source>net.mptcp.enabled is 1.</source>
        <translation>net.mptcp.enabled vaut 1.</translation>
    </message>
    <message>
        <source>Path manager</source>
        <translation>Gestionnaire de chemins</translation>
    </message>
    <message>
        <source>This kernel has no MPTCP support.</source>
        <translation>Ce noyau ne prend pas en charge MPTCP.</translation>
    </message>
    <message>
        <source>The kernel&apos;s own path manager is in use: it follows the endpoint table.</source>
        <translation>Le gestionnaire de chemins propre au noyau est utilisé : il suit la table des points de terminaison.</translation>
    </message>
    <message>
        <source>The userspace path manager is selected and mptcpd is running to drive it.</source>
        <translation>Le gestionnaire de chemins en espace utilisateur est sélectionné et mptcpd fonctionne pour le piloter.</translation>
    </message>
    <message>
        <source>The userspace path manager is selected, but no program (such as mptcpd) is running to manage it: no extra subflows are created and no addresses are announced, and the endpoint table is ignored. Select the kernel path manager or start mptcpd.</source>
        <translation>Le gestionnaire de chemins en espace utilisateur est sélectionné, mais aucun programme (comme mptcpd) ne fonctionne pour le piloter : aucun sous-flux supplémentaire n’est créé, aucune adresse n’est annoncée et la table des points de terminaison est ignorée. Sélectionnez le gestionnaire de chemins du noyau ou démarrez mptcpd.</translation>
    </message>
    <message>
        <source>mptcpd and NetworkManager</source>
        <translation>mptcpd et NetworkManager</translation>
    </message>
    <message>
        <source>NetworkManager is not running.</source>
        <translation>NetworkManager ne fonctionne pas.</translation>
    </message>
    <message>
        <source>Only NetworkManager configures MPTCP endpoints.</source>
        <translation>Seul NetworkManager configure les points de terminaison MPTCP.</translation>
    </message>
    <message>
        <source>Both add and remove endpoints, so they undo each other&apos;s work. Use one of them: stop mptcpd, or set the NetworkManager connections&apos; MPTCP to disabled.</source>
        <translation>Les deux ajoutent et suppriment des points de terminaison et défont donc le travail de l’autre. Utilisez-en un seul : arrêtez mptcpd, ou réglez MPTCP des connexions NetworkManager sur « disabled ».</translation>
    </message>
    <message>
        <source>Endpoints added by hand on NetworkManager&apos;s interfaces</source>
        <translation>Points de terminaison ajoutés à la main sur les interfaces de NetworkManager</translation>
    </message>
    <message>
        <source>The endpoint table could not be read.</source>
        <translation>La table des points de terminaison n’a pas pu être lue.</translation>
    </message>
    <message>
        <source>No endpoint on a NetworkManager interface is at risk of being removed.</source>
        <translation>Aucun point de terminaison sur une interface de NetworkManager ne risque d’être supprimé.</translation>
    </message>
    <message>
        <source>To keep such an endpoint, add it without a device, or change the connection&apos;s MPTCP flags so NetworkManager creates it.</source>
        <translation>Pour conserver un tel point de terminaison, ajoutez-le sans périphérique, ou modifiez les drapeaux MPTCP de la connexion pour que NetworkManager le crée.</translation>
    </message>
    <message>
        <source>Subflows limit</source>
        <translation>Limite de sous-flux</translation>
    </message>
    <message>
        <source>The MPTCP limits could not be read.</source>
        <translation>Les limites MPTCP n’ont pas pu être lues.</translation>
    </message>
    <message>
        <source>The subflows limit (%1) covers every endpoint with the subflow flag.</source>
        <translation>La limite de sous-flux (%1) couvre tous les points de terminaison avec le drapeau « subflow ».</translation>
    </message>
    <message>
        <source>Accepting addresses announced by servers</source>
        <translation>Acceptation des adresses annoncées par les serveurs</translation>
    </message>
    <message>
        <source>Servers with several addresses cannot get extra subflows from this host.</source>
        <translation>Les serveurs ayant plusieurs adresses ne peuvent pas obtenir de sous-flux supplémentaires depuis cet hôte.</translation>
    </message>
    <message>
        <source>add_addr_accepted is 0, which matters only once MPTCP endpoints are in use.</source>
        <translation>add_addr_accepted vaut 0, ce qui ne compte qu’une fois des points de terminaison MPTCP utilisés.</translation>
    </message>
    <message>
        <source>Reverse-path filtering on MPTCP interfaces</source>
        <translation>Filtrage par chemin inverse sur les interfaces MPTCP</translation>
    </message>
    <message>
        <source>No IPv4 endpoint is configured.</source>
        <translation>Aucun point de terminaison IPv4 n’est configuré.</translation>
    </message>
    <message>
        <source>No interface with an IPv4 endpoint filters strictly.</source>
        <translation>Aucune interface avec un point de terminaison IPv4 ne filtre strictement.</translation>
    </message>
    <message>
        <source>Strict reverse-path filtering (rp_filter 1, the larger of net.ipv4.conf.all and the interface&apos;s own value) is active on %1: packets of extra subflows that arrive on an interface other than the one the route back uses are dropped. Loose filtering (2) keeps the protection and lets MPTCP work.</source>
        <translation>Le filtrage strict par chemin inverse (rp_filter 1, la plus grande valeur entre net.ipv4.conf.all et celle propre à l’interface) est actif sur %1 : les paquets des sous-flux supplémentaires qui arrivent sur une autre interface que celle de la route de retour sont rejetés. Le filtrage souple (2) conserve la protection et laisse MPTCP fonctionner.</translation>
    </message>
    <message>
        <source>Endpoints for addresses that are gone</source>
        <translation>Points de terminaison pour des adresses disparues</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (id %2)</translation>
    </message>
    <message>
        <source>Every endpoint&apos;s address exists on an interface.</source>
        <translation>L’adresse de chaque point de terminaison existe sur une interface.</translation>
    </message>
    <message>
        <source>No interface has these endpoint addresses any more: %1. The kernel cannot open subflows from them, and they take up room in the endpoint table (at most 8). Often left over after a network change or sleep.</source>
        <translation>Plus aucune interface n’a ces adresses de points de terminaison : %1. Le noyau ne peut pas ouvrir de sous-flux depuis elles, et elles occupent de la place dans la table des points de terminaison (au plus 8). Souvent des restes après un changement de réseau ou une mise en veille.</translation>
    </message>
    <message>
        <source>Default route per address family</source>
        <translation>Route par défaut par famille d’adresses</translation>
    </message>
    <message>
        <source>No interface has a global address.</source>
        <translation>Aucune interface n’a d’adresse globale.</translation>
    </message>
    <message>
        <source>Every address family with global addresses has a default route.</source>
        <translation>Chaque famille d’adresses ayant des adresses globales a une route par défaut.</translation>
    </message>
    <message>
        <source>%1 has global addresses but no default route: connections and extra subflows over %1 reach only directly connected networks, and NetworkManager creates no %1 endpoints unless the connection sets also-without-default-route.</source>
        <translation>%1 a des adresses globales mais pas de route par défaut : les connexions et sous-flux supplémentaires en %1 n’atteignent que les réseaux directement connectés, et NetworkManager ne crée aucun point de terminaison %1 sauf si la connexion définit also-without-default-route.</translation>
    </message>
    <message>
        <source>MPTCP endpoints</source>
        <translation>Points de terminaison MPTCP</translation>
    </message>
    <message>
        <source>MPTCP is not enabled.</source>
        <translation>MPTCP n’est pas activé.</translation>
    </message>
    <message>
        <source>The userspace path manager does not use the endpoint table.</source>
        <translation>Le gestionnaire de chemins en espace utilisateur n’utilise pas la table des points de terminaison.</translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s) configured.</source>
        <translation>
            <numerusform>%n point de terminaison configuré.</numerusform>
            <numerusform>%n points de terminaison configurés.</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no MPTCP endpoints: this host opens no extra subflows and announces no addresses, so connections use one path unless the server announces more addresses.</source>
        <translation>Il n’y a aucun point de terminaison MPTCP : cet hôte n’ouvre aucun sous-flux supplémentaire et n’annonce aucune adresse, les connexions utilisent donc un seul chemin, sauf si le serveur annonce d’autres adresses.</translation>
    </message>
    <message>
        <source>NetworkManager version</source>
        <translation>Version de NetworkManager</translation>
    </message>
    <message>
        <source>NetworkManager %1 does not configure MPTCP endpoints (version 1.40 or newer does). Endpoints must be added by hand or by mptcpd.</source>
        <translation>NetworkManager %1 ne configure pas les points de terminaison MPTCP (la version 1.40 ou plus récente le fait). Les points de terminaison doivent être ajoutés à la main ou par mptcpd.</translation>
    </message>
    <message>
        <source>NetworkManager %1 configures MPTCP endpoints.</source>
        <translation>NetworkManager %1 configure les points de terminaison MPTCP.</translation>
    </message>
    <message>
        <source>Recent fallbacks to plain TCP</source>
        <translation>Retours récents au TCP simple</translation>
    </message>
    <message>
        <source>Needs two readings of the MPTCP counters.</source>
        <translation>Nécessite deux relevés des compteurs MPTCP.</translation>
    </message>
    <message>
        <source>No connection fell back to plain TCP since the first reading.</source>
        <translation>Aucune connexion n’est revenue au TCP simple depuis le premier relevé.</translation>
    </message>
    <message>
        <source>Connections fell back to plain TCP: the server does not support MPTCP, or something on the path (firewall, NAT, proxy) removes MPTCP options. %1</source>
        <translation>Des connexions sont revenues au TCP simple : le serveur ne prend pas en charge MPTCP, ou un élément sur le chemin (pare-feu, NAT, proxy) supprime les options MPTCP. %1</translation>
    </message>
    <message>
        <source>Metered and mobile connections as backup</source>
        <translation>Connexions limitées et mobiles en secours</translation>
    </message>
    <message>
        <source>No metered or mobile-broadband connection is active.</source>
        <translation>Aucune connexion limitée ou haut débit mobile n’est active.</translation>
    </message>
    <message>
        <source>Metered and mobile connections are backup paths or do not use MPTCP.</source>
        <translation>Les connexions limitées et mobiles sont des chemins de secours ou n’utilisent pas MPTCP.</translation>
    </message>
    <message>
        <source>%1 is metered or mobile broadband but is used as a normal MPTCP path, so traffic is spread over it all the time. As a backup path it carries data only when the other paths fail.</source>
        <translation>%1 est limitée ou haut débit mobile mais sert de chemin MPTCP normal, le trafic y est donc réparti en permanence. En chemin de secours, elle ne transporte des données que si les autres chemins échouent.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>WARN</source>
        <translation>AVERT.</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>S. O.</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>Correction :</translation>
    </message>
    <message numerus="yes">
        <source>Up to %n address(es) announced by a server are used.</source>
        <translation>
            <numerusform>Jusqu’à %n adresse annoncée par un serveur est utilisée.</numerusform>
            <numerusform>Jusqu’à %n adresses annoncées par un serveur sont utilisées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MptcpDiagnosticsCollector</name>
    <message>
        <source>(no MPTCP sockets)</source>
        <translation>(aucun socket MPTCP)</translation>
    </message>
    <message>
        <source>sock_diag listing failed: %1</source>
        <translation>échec de l’énumération sock_diag : %1</translation>
    </message>
    <message>
        <source>This build has no sock_diag support (core/sockdiag); see `ss -ManiH` above.</source>
        <translation>Cette version n’a pas la prise en charge de sock_diag (core/sockdiag) ; voir `ss -ManiH` ci-dessus.</translation>
    </message>
    <message>
        <source>This kernel has no MPTCP support.</source>
        <translation>Ce noyau ne prend pas en charge MPTCP.</translation>
    </message>
    <message>
        <source>timed out after %1 ms</source>
        <translation>délai dépassé après %1 ms</translation>
    </message>
</context>
<context>
    <name>MptcpExplain</name>
    <message>
        <source>This matches net.mptcp.enabled = %1 at activation: NetworkManager reads it only when a connection is activated, so the current value takes effect on reconnect.</source>
        <translation>Cela correspond à net.mptcp.enabled = %1 lors de l’activation : NetworkManager ne lit cette valeur qu’à l’activation d’une connexion, la valeur actuelle prend donc effet à la reconnexion.</translation>
    </message>
    <message>
        <source>The NetworkManager.conf default changed after this connection was activated; it takes effect when the connection is activated again.</source>
        <translation>La valeur par défaut de NetworkManager.conf a changé après l’activation de cette connexion ; elle prend effet à la prochaine activation de la connexion.</translation>
    </message>
    <message>
        <source>The kernel&apos;s path manager created this endpoint itself (implicit).</source>
        <translation>Le gestionnaire de chemins du noyau a créé lui-même ce point de terminaison (implicit).</translation>
    </message>
    <message>
        <source>Not created by NetworkManager (manual or mptcpd); NetworkManager never touches endpoints with a port or without a device.</source>
        <translation>Non créé par NetworkManager (manuellement ou par mptcpd) ; NetworkManager ne touche jamais aux points de terminaison avec un port ou sans périphérique.</translation>
    </message>
    <message>
        <source>NetworkManager would not create this endpoint; it deletes it at the next reapply or disconnect of %1.</source>
        <translation>NetworkManager ne créerait pas ce point de terminaison ; il le supprime à la prochaine réapplication ou déconnexion de %1.</translation>
    </message>
    <message>
        <source>NetworkManager would not create this endpoint and, as it does not handle MPTCP on this interface, leaves it alone (manual, mptcpd or left over).</source>
        <translation>NetworkManager ne créerait pas ce point de terminaison et, comme il ne gère pas MPTCP sur cette interface, n’y touche pas (manuel, mptcpd ou reste d’une configuration précédente).</translation>
    </message>
    <message>
        <source>No extra subflows will be used: the subflows limit is 0.</source>
        <translation>Aucun sous-flux supplémentaire ne sera utilisé : la limite de sous-flux est 0.</translation>
    </message>
    <message numerus="yes">
        <source>Only %n extra subflow(s) will be used: the subflows limit is %n.</source>
        <translation>
            <numerusform>Seul %n sous-flux supplémentaire sera utilisé : la limite de sous-flux est %n.</numerusform>
            <numerusform>Seuls %n sous-flux supplémentaires seront utilisés : la limite de sous-flux est %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s) have the subflow flag.</source>
        <translation>
            <numerusform>%n point de terminaison a le drapeau « subflow ».</numerusform>
            <numerusform>%n points de terminaison ont le drapeau « subflow ».</numerusform>
        </translation>
    </message>
    <message>
        <source>NetworkManager never changes the MPTCP limits.</source>
        <translation>NetworkManager ne modifie jamais les limites MPTCP.</translation>
    </message>
    <message>
        <source>Addresses announced by servers are ignored: add_addr_accepted is 0. NetworkManager never changes the MPTCP limits.</source>
        <translation>Les adresses annoncées par les serveurs sont ignorées : add_addr_accepted vaut 0. NetworkManager ne modifie jamais les limites MPTCP.</translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s) differ from what NetworkManager configures.</source>
        <translation>
            <numerusform>%n point de terminaison diffère de ce que configure NetworkManager.</numerusform>
            <numerusform>%n points de terminaison diffèrent de ce que configure NetworkManager.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The kernel still shows an earlier decision for %n address(es); it changes when NetworkManager re-evaluates (reconnect or finished address setup).</source>
        <translation>
            <numerusform>Le noyau affiche encore une décision antérieure pour %n adresse ; cela change quand NetworkManager réévalue (reconnexion ou configuration d’adresse terminée).</numerusform>
            <numerusform>Le noyau affiche encore une décision antérieure pour %n adresses ; cela change quand NetworkManager réévalue (reconnexion ou configuration d’adresse terminée).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>MPTCP is active with %n endpoint(s) as NetworkManager configures them.</source>
        <translation>
            <numerusform>MPTCP est actif avec %n point de terminaison tel que NetworkManager le configure.</numerusform>
            <numerusform>MPTCP est actif avec %n points de terminaison tels que NetworkManager les configure.</numerusform>
        </translation>
    </message>
    <message>
        <source>NetworkManager configured no default route on this device, and the connection does not set also-without-default-route.</source>
        <translation>NetworkManager n’a configuré aucune route par défaut sur ce périphérique, et la connexion ne définit pas also-without-default-route.</translation>
    </message>
    <message>
        <source>NetworkManager handles MPTCP here, but no address qualifies for an endpoint.</source>
        <translation>NetworkManager gère MPTCP ici, mais aucune adresse ne se prête à un point de terminaison.</translation>
    </message>
    <message>
        <source>%1 [%2] sets connection.mptcp-flags=%3, but NetworkManager accepts only a number there (for example 0x22 for enabled,subflow) and ignores it.</source>
        <translation>%1 [%2] définit connection.mptcp-flags=%3, mais NetworkManager n’y accepte qu’un nombre (par exemple 0x22 pour enabled,subflow) et ignore cette valeur.</translation>
    </message>
    <message>
        <source>MPTCP on %1 is set to &quot;enabled&quot; alone: NetworkManager creates endpoints without flags, which the kernel neither announces nor uses for extra subflows. Use enabled,subflow or enabled,signal.</source>
        <translation>MPTCP sur %1 est réglé sur « enabled » seul : NetworkManager crée des points de terminaison sans drapeaux, que le noyau n’annonce pas et n’utilise pas pour des sous-flux supplémentaires. Utilisez enabled,subflow ou enabled,signal.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: %2</source>
        <translation>Profil « %1 » : %2</translation>
    </message>
    <message>
        <source>The saved profile &quot;%1&quot; has MPTCP flags %2, but %3 still uses %4; reapply the device to use the saved value.</source>
        <translation>Le profil enregistré « %1 » a les drapeaux MPTCP %2, mais %3 utilise encore %4 ; réappliquez le périphérique pour utiliser la valeur enregistrée.</translation>
    </message>
    <message>
        <source>Reverse-path filtering on %1 is strict (1). NetworkManager loosens it to 2 only when the connection is activated or reapplied.</source>
        <translation>Le filtrage par chemin inverse sur %1 est strict (1). NetworkManager ne l’assouplit à 2 qu’à l’activation ou à la réapplication de la connexion.</translation>
    </message>
    <message>
        <source>Reverse-path filtering on %1 is strict because net.ipv4.conf.all.rp_filter is 1. NetworkManager loosens only the interface&apos;s own setting, so extra subflows arriving on %1 may be dropped.</source>
        <translation>Le filtrage par chemin inverse sur %1 est strict car net.ipv4.conf.all.rp_filter vaut 1. NetworkManager n’assouplit que le réglage propre à l’interface, les sous-flux supplémentaires arrivant sur %1 peuvent donc être rejetés.</translation>
    </message>
    <message>
        <source>NetworkManager creates an endpoint for this address.</source>
        <translation>NetworkManager crée un point de terminaison pour cette adresse.</translation>
    </message>
    <message>
        <source>NetworkManager is not running.</source>
        <translation>NetworkManager ne fonctionne pas.</translation>
    </message>
    <message>
        <source>This NetworkManager is older than 1.40 and does not manage MPTCP endpoints.</source>
        <translation>Ce NetworkManager est antérieur à 1.40 et ne gère pas les points de terminaison MPTCP.</translation>
    </message>
    <message>
        <source>NetworkManager does not manage this device.</source>
        <translation>NetworkManager ne gère pas ce périphérique.</translation>
    </message>
    <message>
        <source>No connection is active on this device.</source>
        <translation>Aucune connexion n’est active sur ce périphérique.</translation>
    </message>
    <message>
        <source>NetworkManager only mirrors a configuration made by another tool on this device (external connection) and creates no endpoints.</source>
        <translation>NetworkManager ne fait que refléter sur ce périphérique une configuration faite par un autre outil (connexion externe) et ne crée aucun point de terminaison.</translation>
    </message>
    <message>
        <source>The connection is still being activated.</source>
        <translation>La connexion est encore en cours d’activation.</translation>
    </message>
    <message>
        <source>The connection is being deactivated; NetworkManager removes its endpoints.</source>
        <translation>La connexion est en cours de désactivation ; NetworkManager supprime ses points de terminaison.</translation>
    </message>
    <message>
        <source>NetworkManager before 1.56 does not apply MPTCP settings to VPN connections.</source>
        <translation>NetworkManager avant 1.56 n’applique pas les réglages MPTCP aux connexions VPN.</translation>
    </message>
    <message>
        <source>MPTCP is disabled for this connection.</source>
        <translation>MPTCP est désactivé pour cette connexion.</translation>
    </message>
    <message>
        <source>Unknown: a NetworkManager.conf section uses a match-device spec that cannot be evaluated here, so the MPTCP flags NetworkManager uses for this device are not known.</source>
        <translation>Inconnu : une section de NetworkManager.conf utilise une spécification match-device qui ne peut pas être évaluée ici ; les drapeaux MPTCP que NetworkManager utilise pour ce périphérique ne sont donc pas connus.</translation>
    </message>
    <message>
        <source>MPTCP is disabled system-wide (net.mptcp.enabled is 0) and the connection does not set also-without-sysctl.</source>
        <translation>MPTCP est désactivé pour tout le système (net.mptcp.enabled vaut 0) et la connexion ne définit pas also-without-sysctl.</translation>
    </message>
    <message>
        <source>This kernel has no MPTCP support.</source>
        <translation>Ce noyau ne prend pas en charge MPTCP.</translation>
    </message>
    <message>
        <source>NetworkManager configured no %1 default route on this device, and the connection does not set also-without-default-route.</source>
        <translation>NetworkManager n’a configuré aucune route %1 par défaut sur ce périphérique, et la connexion ne définit pas also-without-default-route.</translation>
    </message>
    <message>
        <source>Loopback addresses get no endpoint.</source>
        <translation>Les adresses de bouclage n’obtiennent pas de point de terminaison.</translation>
    </message>
    <message>
        <source>Link-local addresses get no endpoint.</source>
        <translation>Les adresses lien-local n’obtiennent pas de point de terminaison.</translation>
    </message>
    <message>
        <source>IPv6 unique local addresses (fc00::/7) get no endpoint.</source>
        <translation>Les adresses IPv6 locales uniques (fc00::/7) n’obtiennent pas de point de terminaison.</translation>
    </message>
    <message>
        <source>IPv6 temporary (privacy) addresses get no endpoint.</source>
        <translation>Les adresses IPv6 temporaires (confidentialité) n’obtiennent pas de point de terminaison.</translation>
    </message>
    <message>
        <source>NetworkManager did not configure this address, so it creates no endpoint for it.</source>
        <translation>NetworkManager n’a pas configuré cette adresse et ne crée donc pas de point de terminaison pour elle.</translation>
    </message>
    <message>
        <source>Duplicate address detection is still running; NetworkManager adds the endpoint when it finishes.</source>
        <translation>La détection d’adresse dupliquée (DAD) est encore en cours ; NetworkManager ajoute le point de terminaison lorsqu’elle est terminée.</translation>
    </message>
    <message>
        <source>The same address is on another device, whose endpoint NetworkManager prefers.</source>
        <translation>La même adresse se trouve sur un autre périphérique, dont NetworkManager préfère le point de terminaison.</translation>
    </message>
    <message>
        <source>NetworkManager configures at most 8 endpoints; addresses of other devices come first.</source>
        <translation>NetworkManager configure au plus 8 points de terminaison ; les adresses d’autres périphériques passent en premier.</translation>
    </message>
    <message>
        <source>Beyond NetworkManager&apos;s 8-endpoint cap now, but NetworkManager created this endpoint earlier and keeps it until the next reapply or disconnect.</source>
        <translation>Désormais au-delà de la limite de 8 points de terminaison de NetworkManager, mais NetworkManager a créé ce point de terminaison plus tôt et le conserve jusqu’à la prochaine réapplication ou déconnexion.</translation>
    </message>
    <message>
        <source>The kernel&apos;s endpoint table is full: other tools&apos; endpoints, or ones NetworkManager keeps until a reapply, take up every slot.</source>
        <translation>La table des points de terminaison du noyau est pleine : des points de terminaison d’autres outils, ou ceux que NetworkManager garde jusqu’à une réapplication, occupent toutes les places.</translation>
    </message>
    <message>
        <source>Another endpoint not made by NetworkManager already uses this address; the kernel refuses a second one.</source>
        <translation>Un autre point de terminaison, non créé par NetworkManager, utilise déjà cette adresse ; le noyau en refuse un second.</translation>
    </message>
    <message>
        <source>The same address is on %1, whose endpoint NetworkManager prefers.</source>
        <translation>La même adresse se trouve sur %1, dont NetworkManager préfère le point de terminaison.</translation>
    </message>
    <message>
        <source>Unknown (unsupported match-device spec &quot;%1&quot; in %2 [%3]): whether its connection.mptcp-flags=%4 applies to %5 cannot be told.</source>
        <translation>Inconnu (spécification match-device « %1 » non prise en charge dans %2 [%3]) : impossible de dire si son connection.mptcp-flags=%4 s’applique à %5.</translation>
    </message>
    <message>
        <source>The kernel&apos;s endpoint table could not be read.</source>
        <translation>La table des points de terminaison du noyau n’a pas pu être lue.</translation>
    </message>
    <message>
        <source>The kernel has this address on another device; NetworkManager deletes and re-adds it at its next sync.</source>
        <translation>Le noyau a cette adresse sur un autre périphérique ; NetworkManager la supprime et la rajoute lors de sa prochaine synchronisation.</translation>
    </message>
    <message>
        <source>The kernel has other flags; NetworkManager deletes and re-adds the endpoint with its flags at its next sync (reapply, address or route change).</source>
        <translation>Le noyau a d’autres drapeaux ; NetworkManager supprime le point de terminaison et le rajoute avec ses drapeaux lors de sa prochaine synchronisation (réapplication, changement d’adresse ou de route).</translation>
    </message>
    <message>
        <source>NetworkManager should have created this endpoint; it adds it at its next sync (reapply, address or route change).</source>
        <translation>NetworkManager aurait dû créer ce point de terminaison ; il l’ajoute lors de sa prochaine synchronisation (réapplication, changement d’adresse ou de route).</translation>
    </message>
    <message>
        <source>Profile changed, not yet applied: the profile&apos;s MPTCP flags may differ from those of the running connection; they take effect on reapply or reconnect.</source>
        <translation>Profil modifié, pas encore appliqué : les drapeaux MPTCP du profil peuvent différer de ceux de la connexion en cours ; ils prennent effet à la réapplication ou à la reconnexion.</translation>
    </message>
    <message>
        <source>An endpoint with a port: never created or touched by NetworkManager.</source>
        <translation>Un point de terminaison avec un port : jamais créé ni modifié par NetworkManager.</translation>
    </message>
    <message>
        <source>An endpoint without a device: never created or touched by NetworkManager.</source>
        <translation>Un point de terminaison sans périphérique : jamais créé ni modifié par NetworkManager.</translation>
    </message>
    <message>
        <source>Its address is on an interface NetworkManager does not manage.</source>
        <translation>Son adresse se trouve sur une interface que NetworkManager ne gère pas.</translation>
    </message>
    <message>
        <source>Stale: no interface has this address any more. NetworkManager removes it at the next reapply or disconnect of %1.</source>
        <translation>Obsolète : plus aucune interface n’a cette adresse. NetworkManager le supprime à la prochaine réapplication ou déconnexion de %1.</translation>
    </message>
    <message>
        <source>Stale: no interface has this address any more.</source>
        <translation>Obsolète : plus aucune interface n’a cette adresse.</translation>
    </message>
    <message>
        <source>MPTCP is disabled system-wide (net.mptcp.enabled is 0).</source>
        <translation>MPTCP est désactivé pour tout le système (net.mptcp.enabled vaut 0).</translation>
    </message>
    <message>
        <source>NetworkManager is not running and no MPTCP endpoints are configured.</source>
        <translation>NetworkManager ne fonctionne pas et aucun point de terminaison MPTCP n’est configuré.</translation>
    </message>
    <message numerus="yes">
        <source>NetworkManager is not running; %n endpoint(s) were configured by other tools.</source>
        <translation>
            <numerusform>NetworkManager ne fonctionne pas ; %n point de terminaison a été configuré par d’autres outils.</numerusform>
            <numerusform>NetworkManager ne fonctionne pas ; %n points de terminaison ont été configurés par d’autres outils.</numerusform>
        </translation>
    </message>
    <message>
        <source>No NetworkManager connection is active.</source>
        <translation>Aucune connexion NetworkManager n’est active.</translation>
    </message>
    <message numerus="yes">
        <source>MPTCP is active on %1 of %n interface(s).</source>
        <extracomment>%1 = interfaces using MPTCP, %n = interfaces with an active NetworkManager connection</extracomment>
        <translation>
            <numerusform>MPTCP est actif sur %1 interface sur %n.</numerusform>
            <numerusform>MPTCP est actif sur %1 des %n interfaces.</numerusform>
        </translation>
    </message>
    <message>
        <source>MPTCP is disabled in this network namespace (net.mptcp.enabled is 0). NetworkManager never changes this setting.</source>
        <translation>MPTCP est désactivé dans cet espace de noms réseau (net.mptcp.enabled vaut 0). NetworkManager ne modifie jamais ce réglage.</translation>
    </message>
    <message>
        <source>NetworkManager %1.%2.%3 takes the missing net.mptcp.enabled for &quot;enabled&quot;: it tries to add endpoints and loosens rp_filter although this kernel has no MPTCP.</source>
        <translation>NetworkManager %1.%2.%3 considère l’absence de net.mptcp.enabled comme « activé » : il tente d’ajouter des points de terminaison et assouplit rp_filter alors que ce noyau n’a pas MPTCP.</translation>
    </message>
    <message>
        <source>The userspace path manager is selected: the kernel does not use the endpoints NetworkManager (or anyone) configures.</source>
        <translation>Le gestionnaire de chemins en espace utilisateur est sélectionné : le noyau n’utilise pas les points de terminaison que NetworkManager (ou quiconque) configure.</translation>
    </message>
    <message>
        <source>mptcpd is running as well: it adds and removes endpoints itself, so the table may differ from what NetworkManager configures.</source>
        <translation>mptcpd fonctionne aussi : il ajoute et supprime lui-même des points de terminaison, la table peut donc différer de ce que configure NetworkManager.</translation>
    </message>
    <message>
        <source>Endpoint %1 (id %2) on %3 was not created by NetworkManager; NetworkManager deletes it at the next reapply or disconnect of %3.</source>
        <translation>Le point de terminaison %1 (id %2) sur %3 n’a pas été créé par NetworkManager ; NetworkManager le supprime à la prochaine réapplication ou déconnexion de %3.</translation>
    </message>
    <message numerus="yes">
        <source>NetworkManager configures at most 8 endpoints: %n address(es) get none.</source>
        <translation>
            <numerusform>NetworkManager configure au plus 8 points de terminaison : %n adresse n’en obtient aucun.</numerusform>
            <numerusform>NetworkManager configure au plus 8 points de terminaison : %n adresses n’en obtiennent aucun.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The kernel&apos;s endpoint table (%1 entries) is taken up by endpoints from other tools: %n address(es) get no endpoint.</source>
        <translation>
            <numerusform>La table des points de terminaison du noyau (%1 entrées) est occupée par des points de terminaison d’autres outils : %n adresse n’obtient pas de point de terminaison.</numerusform>
            <numerusform>La table des points de terminaison du noyau (%1 entrées) est occupée par des points de terminaison d’autres outils : %n adresses n’obtiennent pas de point de terminaison.</numerusform>
        </translation>
    </message>
    <message>
        <source>NetworkManager already configured an endpoint for %1 (id %2); the kernel refuses a second one. Change the connection&apos;s MPTCP flags instead.</source>
        <translation>NetworkManager a déjà configuré un point de terminaison pour %1 (id %2) ; le noyau en refuse un second. Modifiez plutôt les drapeaux MPTCP de la connexion.</translation>
    </message>
    <message>
        <source>An endpoint for %1 already exists (id %2); the kernel refuses a second one.</source>
        <translation>Un point de terminaison pour %1 existe déjà (id %2) ; le noyau en refuse un second.</translation>
    </message>
    <message>
        <source>The kernel&apos;s endpoint table is full (%1 entries); the kernel refuses the endpoint.</source>
        <translation>La table des points de terminaison du noyau est pleine (%1 entrées) ; le noyau refuse le point de terminaison.</translation>
    </message>
    <message>
        <source>NetworkManager never touches endpoints with a port or without a device; it stays.</source>
        <translation>NetworkManager ne touche jamais aux points de terminaison avec un port ou sans périphérique ; il reste en place.</translation>
    </message>
    <message>
        <source>NetworkManager does not handle MPTCP on %1 now, so it leaves the endpoint alone; if it starts to, it deletes the endpoint at that connection&apos;s next reapply or disconnect.</source>
        <translation>NetworkManager ne gère pas MPTCP sur %1 pour l’instant et n’y touche donc pas ; s’il se met à le gérer, il supprime le point de terminaison à la prochaine réapplication ou déconnexion de cette connexion.</translation>
    </message>
    <message>
        <source>NetworkManager creates exactly this endpoint itself.</source>
        <translation>NetworkManager crée lui-même exactement ce point de terminaison.</translation>
    </message>
    <message>
        <source>NetworkManager wants %1 with the flags &quot;%2&quot;: at its next sync (reapply, address or route change) it deletes this endpoint and adds its own.</source>
        <translation>NetworkManager veut %1 avec les drapeaux « %2 » : lors de sa prochaine synchronisation (réapplication, changement d’adresse ou de route), il supprime ce point de terminaison et ajoute le sien.</translation>
    </message>
    <message>
        <source>NetworkManager handles MPTCP on %1: it leaves this endpoint alone for now, but deletes it at the next reapply or disconnect of that connection. Add it without &quot;dev&quot; to keep it.</source>
        <translation>NetworkManager gère MPTCP sur %1 : il laisse ce point de terminaison en place pour l’instant, mais le supprime à la prochaine réapplication ou déconnexion de cette connexion. Ajoutez-le sans « dev » pour le conserver.</translation>
    </message>
</context>
<context>
    <name>MptcpExplainRules</name>
    <message>
        <source>&quot;disabled&quot; cannot be combined with other MPTCP flags.</source>
        <translation>« disabled » ne peut pas être combiné avec d’autres drapeaux MPTCP.</translation>
    </message>
    <message>
        <source>&quot;signal&quot; and &quot;fullmesh&quot; cannot both be set.</source>
        <translation>« signal » et « fullmesh » ne peuvent pas être définis ensemble.</translation>
    </message>
    <message>
        <source>0x%1 is not a valid combination of MPTCP flags for NetworkManager %2.%3.</source>
        <translation>0x%1 n’est pas une combinaison valide de drapeaux MPTCP pour NetworkManager %2.%3.</translation>
    </message>
</context>
<context>
    <name>MptcpFlags</name>
    <message>
        <source>&quot;disabled&quot; cannot be combined with other MPTCP flags.</source>
        <translation>« disabled » ne peut pas être combiné avec d’autres drapeaux MPTCP.</translation>
    </message>
    <message>
        <source>&quot;signal&quot; and &quot;fullmesh&quot; cannot be used together.</source>
        <translation>« signal » et « fullmesh » ne peuvent pas être utilisés ensemble.</translation>
    </message>
    <message>
        <source>open extra paths from this address to the server</source>
        <translation>ouvrir des chemins supplémentaires depuis cette adresse vers le serveur</translation>
    </message>
    <message>
        <source>announce this address to the other side so it can connect to it</source>
        <translation>annoncer cette adresse à l’autre côté pour qu’il puisse s’y connecter</translation>
    </message>
    <message>
        <source>use this path only when the others fail — typical for metered LTE</source>
        <translation>n’utiliser ce chemin que si les autres échouent — typique pour la 4G facturée au volume</translation>
    </message>
    <message>
        <source>open a path from this address to every address of the server</source>
        <translation>ouvrir un chemin depuis cette adresse vers chaque adresse du serveur</translation>
    </message>
    <message>
        <source>answer each address the server announces with one new path from this address</source>
        <translation>répondre à chaque adresse annoncée par le serveur par un nouveau chemin depuis cette adresse</translation>
    </message>
    <message>
        <source>created by the kernel itself for an address in use</source>
        <translation>créé par le noyau lui-même pour une adresse utilisée</translation>
    </message>
    <message>
        <source>flag unknown to this version</source>
        <translation>drapeau inconnu de cette version</translation>
    </message>
    <message>
        <source>no flags</source>
        <translation>aucun drapeau</translation>
    </message>
</context>
<context>
    <name>MptcpHelperClient</name>
    <message>
        <source>The MPTCP Settings helper is not available (is it installed, and is the system bus running?): %1</source>
        <translation>L’assistant de Paramètres MPTCP n’est pas disponible (est-il installé et le bus système fonctionne-t-il ?) : %1</translation>
    </message>
    <message>
        <source>The system bus refused to pass the call to the MPTCP Settings helper (is its D-Bus policy installed?): %1</source>
        <translation>Le bus système a refusé de transmettre l’appel à l’assistant de Paramètres MPTCP (sa politique D-Bus est-elle installée ?) : %1</translation>
    </message>
    <message>
        <source>The MPTCP Settings helper stopped or did not answer: %1</source>
        <translation>L’assistant de Paramètres MPTCP s’est arrêté ou n’a pas répondu : %1</translation>
    </message>
</context>
<context>
    <name>NotificationSettings</name>
    <message>
        <source>Notify about paths, fallbacks and endpoints</source>
        <translation>Notifier les chemins, retours au TCP et points de terminaison</translation>
    </message>
    <message>
        <source>Fewer options</source>
        <translation>Moins d’options</translation>
    </message>
    <message>
        <source>Choose events…</source>
        <translation>Choisir les événements…</translation>
    </message>
    <message>
        <source>A path&apos;s subflow closed</source>
        <translation>Un sous-flux d’un chemin s’est fermé</translation>
    </message>
    <message>
        <source>Failover to a backup path</source>
        <translation>Basculement sur un chemin de secours</translation>
    </message>
    <message>
        <source>Connections falling back to TCP</source>
        <translation>Connexions revenant à TCP</translation>
    </message>
    <message>
        <source>Endpoint removed</source>
        <translation>Point de terminaison supprimé</translation>
    </message>
    <message>
        <source>MPTCP switched off</source>
        <translation>MPTCP désactivé</translation>
    </message>
    <message>
        <source>Show a tray icon with the connection summary</source>
        <translation>Afficher une icône dans la zone de notification avec le résumé des connexions</translation>
    </message>
    <message>
        <source>No tray on this desktop</source>
        <translation>Pas de zone de notification sur ce bureau</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>Multipath TCP</source>
        <translation>TCP multichemin</translation>
    </message>
    <message>
        <source>Lets applications spread one connection over several networks (net.mptcp.enabled).</source>
        <translation>Permet aux applications de répartir une connexion sur plusieurs réseaux (net.mptcp.enabled).</translation>
    </message>
    <message>
        <source>This kernel was built without MPTCP.</source>
        <translation>Ce noyau a été compilé sans MPTCP.</translation>
    </message>
    <message>
        <source>Multipath TCP enabled</source>
        <translation>TCP multichemin activé</translation>
    </message>
    <message>
        <source>Path manager</source>
        <translation>Gestionnaire de chemins</translation>
    </message>
    <message>
        <source>The part of the kernel that decides which extra paths to open.</source>
        <translation>La partie du noyau qui décide quels chemins supplémentaires ouvrir.</translation>
    </message>
    <message>
        <source>NetworkManager</source>
        <translation>NetworkManager</translation>
    </message>
    <message>
        <source>Creates endpoints for the addresses of connections it manages.</source>
        <translation>Crée des points de terminaison pour les adresses des connexions qu’il gère.</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Limites</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Change limits</source>
        <translation>Modifier les limites</translation>
    </message>
    <message>
        <source>The settings helper cannot be reached, so changes to the kernel are not possible right now.</source>
        <translation>L’assistant des paramètres est injoignable : modifier le noyau n’est pas possible pour le moment.</translation>
    </message>
    <message>
        <source>Things to look at</source>
        <translation>Points à examiner</translation>
    </message>
    <message>
        <source>No problems found</source>
        <translation>Aucun problème trouvé</translation>
    </message>
</context>
<context>
    <name>PendingAction</name>
    <message>
        <source>You are not allowed to make this change.</source>
        <translation>Vous n’êtes pas autorisé à faire cette modification.</translation>
    </message>
    <message>
        <source>The change failed for an unknown reason.</source>
        <translation>La modification a échoué pour une raison inconnue.</translation>
    </message>
</context>
<context>
    <name>ReportSection</name>
    <message>
        <source>Everything developers ask for in an MPTCP bug report: kernel, sysctls, endpoints, limits, sockets, counters, routing, NetworkManager&apos;s decisions and the checks above. Read it before you share it.</source>
        <translation>Tout ce que les développeurs demandent dans un rapport de bogue MPTCP : noyau, sysctls, points de terminaison, limites, sockets, compteurs, routage, décisions de NetworkManager et vérifications ci-dessus. Relisez-le avant de le partager.</translation>
    </message>
    <message>
        <source>Hide addresses and host name</source>
        <translation>Masquer les adresses et le nom d’hôte</translation>
    </message>
    <message>
        <source>Create again</source>
        <translation>Recréer</translation>
    </message>
    <message>
        <source>Create report</source>
        <translation>Créer le rapport</translation>
    </message>
    <message>
        <source>Debug report</source>
        <translation>Rapport de débogage</translation>
    </message>
    <message>
        <source>Addresses and the host name are replaced by placeholders.</source>
        <translation>Les adresses et le nom d’hôte sont remplacés par des substituts.</translation>
    </message>
    <message>
        <source>This report contains your addresses and host name.</source>
        <translation>Ce rapport contient vos adresses et votre nom d’hôte.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Copié dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <source>Save debug report</source>
        <translation>Enregistrer le rapport de débogage</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Fichiers Markdown (*.md)</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Fichiers texte (*.txt)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>MPTCP Settings</source>
        <translation>Paramètres MPTCP</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>Interfaces</source>
        <translation>Interfaces</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Points de terminaison</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Limites</translation>
    </message>
    <message>
        <source>Demo data — nothing on this computer is changed.</source>
        <translation>Données de démonstration — rien n’est modifié sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>Demo lab: changes apply only to the lab&apos;s network namespace, not to this computer.</source>
        <translation>Labo de démo : les modifications ne s’appliquent qu’à l’espace de noms réseau du labo, pas à cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>SubflowRow</name>
    <message>
        <source>Wi-Fi</source>
        <translation>Wi-Fi</translation>
    </message>
    <message>
        <source>LTE</source>
        <translation>4G</translation>
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
        <translation>interface inconnue</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A path: &quot;Wi-Fi (wlan0)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>backup, in use</source>
        <translation>secours, utilisé</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>secours</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>Subflow on %1</source>
        <translation>Sous-flux via %1</translation>
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
        <translation>Envoyé %1, reçu %2</translation>
    </message>
</context>
<context>
    <name>TrafficCard</name>
    <message>
        <source>Traffic per path</source>
        <translation>Trafic par chemin</translation>
    </message>
    <message>
        <source>Rates appear after two readings.</source>
        <translation>Les débits apparaissent après deux relevés.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>TrafficChart</name>
    <message numerus="yes">
        <source>Traffic per path over the last %n minute(s)</source>
        <translation>
            <numerusform>Trafic par chemin sur la dernière minute</numerusform>
            <numerusform>Trafic par chemin sur les %n dernières minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>GB/s</source>
        <translation>Go/s</translation>
    </message>
    <message>
        <source>MB/s</source>
        <translation>Mo/s</translation>
    </message>
    <message>
        <source>kB/s</source>
        <translation>ko/s</translation>
    </message>
    <message>
        <source>B/s</source>
        <translation>o/s</translation>
    </message>
    <message>
        <source>seconds ago</source>
        <translation>secondes écoulées</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>WarningCard</name>
    <message>
        <source>Fixed</source>
        <translation>Corrigé</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>MPTCP Settings</source>
        <translation>Paramètres MPTCP</translation>
    </message>
    <message>
        <source>See and control Multipath TCP on Linux.</source>
        <translation>Voir et contrôler TCP multichemin sous Linux.</translation>
    </message>
    <message>
        <source>Show built-in example data; change nothing.</source>
        <translation>Afficher les données d’exemple intégrées ; ne rien modifier.</translation>
    </message>
    <message>
        <source>Example data set for --demo-fake: %1.</source>
        <translation>Jeu de données d’exemple pour --demo-fake : %1.</translation>
    </message>
    <message>
        <source>Use a light or dark palette instead of the system&apos;s.</source>
        <translation>Utiliser une palette claire ou sombre au lieu de celle du système.</translation>
    </message>
    <message>
        <source>Initial window size, e.g. 1040x720.</source>
        <translation>Taille initiale de la fenêtre, p. ex. 1040x720.</translation>
    </message>
    <message>
        <source>Save the first complete frame as an image and quit.</source>
        <translation>Enregistrer la première image complète dans un fichier et quitter.</translation>
    </message>
    <message>
        <source>Quit once the first frame is shown (benchmarks).</source>
        <translation>Quitter dès que la première image est affichée (mesures de performance).</translation>
    </message>
    <message>
        <source>--color-scheme takes light or dark.</source>
        <translation>--color-scheme attend light ou dark.</translation>
    </message>
    <message>
        <source>Unknown scenario %1.</source>
        <translation>Scénario inconnu %1.</translation>
    </message>
    <message>
        <source>Cannot save %1.</source>
        <translation>Impossible d’enregistrer %1.</translation>
    </message>
    <message>
        <source>The demo lab needs root: it creates network namespaces and starts its own NetworkManager. Showing example data instead (run &quot;sudo mptcp-settings --demo&quot; for the real thing).</source>
        <translation>Le labo de démo nécessite root : il crée des espaces de noms réseau et lance son propre NetworkManager. Affichage de données d’exemple à la place (lancez « sudo mptcp-settings --demo » pour le vrai labo).</translation>
    </message>
    <message>
        <source>%1 Showing example data instead.</source>
        <translation>%1 Affichage de données d’exemple à la place.</translation>
    </message>
    <message>
        <source>Cannot enter the demo lab&apos;s network namespace: %1.</source>
        <translation>Impossible d’entrer dans l’espace de noms réseau du labo de démo : %1.</translation>
    </message>
    <message>
        <source>This build has no demo lab. Showing example data instead.</source>
        <translation>Cette version n’a pas de labo de démo. Affichage de données d’exemple à la place.</translation>
    </message>
    <message>
        <source>Page to open: overview, interfaces, endpoints, limits, activity, diagnostics.</source>
        <translation>Page à ouvrir : overview, interfaces, endpoints, limits, activity, diagnostics.</translation>
    </message>
    <message>
        <source>Run against the Wi-Fi + LTE demo lab (needs root; changes only the lab).</source>
        <translation>Exécuter sur le labo de démo Wi-Fi + 4G (nécessite root ; ne modifie que le labo).</translation>
    </message>
</context>
<context>
    <name>mptcp::activity</name>
    <message>
        <source>Wi-Fi</source>
        <translation>Wi-Fi</translation>
    </message>
    <message>
        <source>LTE</source>
        <translation>4G</translation>
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
        <translation>impossible d’ouvrir l’espace de noms réseau %1 : %2</translation>
    </message>
    <message>
        <source>cannot enter network namespace %1: %2</source>
        <translation>impossible d’entrer dans l’espace de noms réseau %1 : %2</translation>
    </message>
</context>
<context>
    <name>mptcp::activity::ConnectionsModel</name>
    <message>
        <source>MPTCP: no connections</source>
        <translation>MPTCP : aucune connexion</translation>
    </message>
    <message numerus="yes">
        <source>MPTCP: %n connection(s)</source>
        <translation>
            <numerusform>MPTCP : %n connexion</numerusform>
            <numerusform>MPTCP : %n connexions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>MPTCP: %n connection(s) over %1</source>
        <translation>
            <numerusform>MPTCP : %n connexion via %1</numerusform>
            <numerusform>MPTCP : %n connexions via %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n fell back to TCP)</source>
        <translation>
            <numerusform>(%n revenue à TCP)</numerusform>
            <numerusform>(%n revenues à TCP)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mptcp::activity::Notifier</name>
    <message numerus="yes">
        <source>%n subflow(s) closed</source>
        <translation>
            <numerusform>%n sous-flux fermé</numerusform>
            <numerusform>%n sous-flux fermés</numerusform>
        </translation>
    </message>
    <message>
        <source>MPTCP stopped using a path on: %1. Connections continue over the remaining paths.</source>
        <translation>MPTCP n’utilise plus de chemin via : %1. Les connexions continuent sur les chemins restants.</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) switched to a backup path</source>
        <translation>
            <numerusform>%n connexion basculée sur un chemin de secours</numerusform>
            <numerusform>%n connexions basculées sur un chemin de secours</numerusform>
        </translation>
    </message>
    <message>
        <source>Only backup subflows carry data now.</source>
        <translation>Seuls les sous-flux de secours transportent désormais des données.</translation>
    </message>
    <message>
        <source>Only backup subflows carry data now, on: %1.</source>
        <translation>Seuls les sous-flux de secours transportent désormais des données, via : %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) fell back to TCP</source>
        <translation>
            <numerusform>%n connexion revenue à TCP</numerusform>
            <numerusform>%n connexions revenues à TCP</numerusform>
        </translation>
    </message>
    <message>
        <source>The peer or something on the path did not accept MPTCP: these connections use a single path.</source>
        <translation>Le pair ou un élément sur le chemin n’a pas accepté MPTCP : ces connexions utilisent un seul chemin.</translation>
    </message>
    <message>
        <source>Peers: %1.</source>
        <translation>Pairs : %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n MPTCP endpoint(s) removed</source>
        <translation>
            <numerusform>%n point de terminaison MPTCP supprimé</numerusform>
            <numerusform>%n points de terminaison MPTCP supprimés</numerusform>
        </translation>
    </message>
    <message>
        <source>No new subflows will use: %1.</source>
        <translation>Aucun nouveau sous-flux n’utilisera : %1.</translation>
    </message>
    <message>
        <source>MPTCP switched off</source>
        <translation>MPTCP désactivé</translation>
    </message>
    <message>
        <source>net.mptcp.enabled is 0: new connections use plain TCP.</source>
        <translation>net.mptcp.enabled vaut 0 : les nouvelles connexions utilisent le TCP simple.</translation>
    </message>
    <message>
        <source>MPTCP Settings</source>
        <translation>Paramètres MPTCP</translation>
    </message>
</context>
<context>
    <name>mptcp::activity::TrafficHistory</name>
    <message>
        <source>Unknown interface</source>
        <translation>Interface inconnue</translation>
    </message>
</context>
<context>
    <name>mptcp::activity::TrayIcon</name>
    <message>
        <source>MPTCP Settings</source>
        <translation>Paramètres MPTCP</translation>
    </message>
</context>
<context>
    <name>mptcp::diagnostics::Counters</name>
    <message>
        <source>Incoming connection requests (SYN) that asked for MPTCP.</source>
        <translation>Demandes de connexion entrantes (SYN) ayant demandé MPTCP.</translation>
    </message>
    <message>
        <source>Outgoing connection requests (SYN) that asked for MPTCP.</source>
        <translation>Demandes de connexion sortantes (SYN) ayant demandé MPTCP.</translation>
    </message>
    <message>
        <source>Outgoing connections the server accepted with MPTCP (SYN/ACK with MP_CAPABLE).</source>
        <translation>Connexions sortantes acceptées par le serveur avec MPTCP (SYN/ACK avec MP_CAPABLE).</translation>
    </message>
    <message>
        <source>Incoming connections completed with MPTCP (third ACK with MP_CAPABLE).</source>
        <translation>Connexions entrantes établies avec MPTCP (troisième ACK avec MP_CAPABLE).</translation>
    </message>
    <message>
        <source>Incoming connections that fell back to plain TCP during the handshake: the client&apos;s final ACK had no MPTCP option.</source>
        <translation>Connexions entrantes revenues au TCP simple pendant la négociation : l’ACK final du client n’avait pas d’option MPTCP.</translation>
    </message>
    <message>
        <source>Outgoing connections that fell back to plain TCP: the server (or a middlebox) answered without MPTCP.</source>
        <translation>Connexions sortantes revenues au TCP simple : le serveur (ou un équipement intermédiaire) a répondu sans MPTCP.</translation>
    </message>
    <message>
        <source>Outgoing connections that retried without MPTCP because their MPTCP SYN got no answer (a middlebox may drop it).</source>
        <translation>Connexions sortantes réessayées sans MPTCP car leur SYN MPTCP n’a pas reçu de réponse (un équipement intermédiaire le rejette peut-être).</translation>
    </message>
    <message>
        <source>Outgoing connections made as plain TCP because MPTCP was recently blocked on this network (blackhole protection).</source>
        <translation>Connexions sortantes établies en TCP simple car MPTCP a récemment été bloqué sur ce réseau (protection contre les trous noirs).</translation>
    </message>
    <message>
        <source>Connection requests refused because they went to a port only meant for extra subflows (endpoint with a port).</source>
        <translation>Demandes de connexion refusées car envoyées à un port réservé aux sous-flux supplémentaires (point de terminaison avec un port).</translation>
    </message>
    <message>
        <source>Connections that fell back to plain TCP because the kernel could not create an MPTCP token.</source>
        <translation>Connexions revenues au TCP simple car le noyau n’a pas pu créer de jeton MPTCP.</translation>
    </message>
    <message>
        <source>Data retransmitted at the MPTCP level, usually on another subflow after a path stalled.</source>
        <translation>Données retransmises au niveau MPTCP, généralement sur un autre sous-flux après le blocage d’un chemin.</translation>
    </message>
    <message>
        <source>Requests to add a subflow (MP_JOIN) for a connection this host does not know.</source>
        <translation>Demandes d’ajout de sous-flux (MP_JOIN) pour une connexion que cet hôte ne connaît pas.</translation>
    </message>
    <message>
        <source>Requests from peers to add a subflow (SYN with MP_JOIN).</source>
        <translation>Demandes des pairs pour ajouter un sous-flux (SYN avec MP_JOIN).</translation>
    </message>
    <message>
        <source>Requests from peers to add a backup subflow.</source>
        <translation>Demandes des pairs pour ajouter un sous-flux de secours.</translation>
    </message>
    <message>
        <source>Extra subflows the peer accepted (SYN/ACK with MP_JOIN).</source>
        <translation>Sous-flux supplémentaires acceptés par le pair (SYN/ACK avec MP_JOIN).</translation>
    </message>
    <message>
        <source>Extra subflows the peer accepted as backup.</source>
        <translation>Sous-flux supplémentaires acceptés par le pair comme secours.</translation>
    </message>
    <message>
        <source>Extra subflows rejected because the peer&apos;s authentication (HMAC) was wrong.</source>
        <translation>Sous-flux supplémentaires rejetés car l’authentification (HMAC) du pair était incorrecte.</translation>
    </message>
    <message>
        <source>Extra subflows from peers completed (ACK with MP_JOIN).</source>
        <translation>Sous-flux supplémentaires des pairs établis (ACK avec MP_JOIN).</translation>
    </message>
    <message>
        <source>Extra subflows from peers rejected because their authentication (HMAC) was wrong.</source>
        <translation>Sous-flux supplémentaires des pairs rejetés car leur authentification (HMAC) était incorrecte.</translation>
    </message>
    <message>
        <source>Requests to add a subflow rejected by the path manager (for example the subflows limit was reached).</source>
        <translation>Demandes d’ajout de sous-flux rejetées par le gestionnaire de chemins (par exemple, limite de sous-flux atteinte).</translation>
    </message>
    <message>
        <source>Extra subflows this host tried to open (SYN with MP_JOIN).</source>
        <translation>Sous-flux supplémentaires que cet hôte a tenté d’ouvrir (SYN avec MP_JOIN).</translation>
    </message>
    <message>
        <source>Extra subflows that could not be opened: no socket could be created.</source>
        <translation>Sous-flux supplémentaires qui n’ont pas pu être ouverts : aucun socket n’a pu être créé.</translation>
    </message>
    <message>
        <source>Extra subflows that could not be opened: binding to the endpoint&apos;s address or device failed.</source>
        <translation>Sous-flux supplémentaires qui n’ont pas pu être ouverts : la liaison à l’adresse ou au périphérique du point de terminaison a échoué.</translation>
    </message>
    <message>
        <source>Extra subflows that could not be opened: connecting failed (often no route for that address).</source>
        <translation>Sous-flux supplémentaires qui n’ont pas pu être ouverts : la connexion a échoué (souvent aucune route pour cette adresse).</translation>
    </message>
    <message>
        <source>Received data mappings that contradicted the previous one.</source>
        <translation>Correspondances de données (mappings) reçues qui contredisaient la précédente.</translation>
    </message>
    <message>
        <source>Connections that fell back to plain TCP because MPTCP data mappings were corrupted (a middlebox may alter the stream).</source>
        <translation>Connexions revenues au TCP simple car des correspondances de données MPTCP étaient corrompues (un équipement intermédiaire modifie peut-être le flux).</translation>
    </message>
    <message>
        <source>Extra subflows reset because their MPTCP data mappings were corrupted.</source>
        <translation>Sous-flux supplémentaires réinitialisés car leurs correspondances de données MPTCP étaient corrompues.</translation>
    </message>
    <message>
        <source>Connections this host switched to a single path (infinite mapping sent).</source>
        <translation>Connexions que cet hôte a basculées sur un seul chemin (infinite mapping envoyé).</translation>
    </message>
    <message>
        <source>Connections the peer switched to a single path (infinite mapping received).</source>
        <translation>Connexions que le pair a basculées sur un seul chemin (infinite mapping reçu).</translation>
    </message>
    <message>
        <source>Data mappings that did not match the TCP sequence numbers (a middlebox may rewrite them).</source>
        <translation>Correspondances de données qui ne concordaient pas avec les numéros de séquence TCP (un équipement intermédiaire les réécrit peut-être).</translation>
    </message>
    <message>
        <source>Data checksum failures: something on the path modified the data.</source>
        <translation>Erreurs de somme de contrôle des données : un élément sur le chemin a modifié les données.</translation>
    </message>
    <message>
        <source>Out-of-order segments added at the end of the reordering queue (normal with several paths).</source>
        <translation>Segments hors ordre ajoutés en fin de file de réordonnancement (normal avec plusieurs chemins).</translation>
    </message>
    <message>
        <source>Out-of-order segments queued for reordering (normal with several paths).</source>
        <translation>Segments hors ordre mis en file pour réordonnancement (normal avec plusieurs chemins).</translation>
    </message>
    <message>
        <source>Out-of-order segments merged in the reordering queue.</source>
        <translation>Segments hors ordre fusionnés dans la file de réordonnancement.</translation>
    </message>
    <message>
        <source>Segments dropped because they were outside the MPTCP receive window.</source>
        <translation>Segments rejetés car ils étaient hors de la fenêtre de réception MPTCP.</translation>
    </message>
    <message>
        <source>Segments dropped because their data had already arrived on another subflow.</source>
        <translation>Segments rejetés car leurs données étaient déjà arrivées par un autre sous-flux.</translation>
    </message>
    <message>
        <source>Address announcements (ADD_ADDR) received from peers.</source>
        <translation>Annonces d’adresse (ADD_ADDR) reçues des pairs.</translation>
    </message>
    <message>
        <source>Address announcements (ADD_ADDR) sent to peers.</source>
        <translation>Annonces d’adresse (ADD_ADDR) envoyées aux pairs.</translation>
    </message>
    <message>
        <source>Address announcements that could not be sent (out of resources).</source>
        <translation>Annonces d’adresse qui n’ont pas pu être envoyées (ressources épuisées).</translation>
    </message>
    <message>
        <source>Peers&apos; echoes of this host&apos;s address announcements.</source>
        <translation>Échos des pairs aux annonces d’adresse de cet hôte.</translation>
    </message>
    <message>
        <source>Echoes sent for peers&apos; address announcements.</source>
        <translation>Échos envoyés pour les annonces d’adresse des pairs.</translation>
    </message>
    <message>
        <source>Echoes of address announcements that could not be sent (out of resources).</source>
        <translation>Échos d’annonces d’adresse qui n’ont pas pu être envoyés (ressources épuisées).</translation>
    </message>
    <message>
        <source>Address announcements received that carry a port.</source>
        <translation>Annonces d’adresse reçues comportant un port.</translation>
    </message>
    <message>
        <source>Address announcements from peers ignored, usually because add_addr_accepted is 0 or reached.</source>
        <translation>Annonces d’adresse des pairs ignorées, généralement parce que add_addr_accepted vaut 0 ou est atteint.</translation>
    </message>
    <message>
        <source>Subflow requests received on an announced port.</source>
        <translation>Demandes de sous-flux reçues sur un port annoncé.</translation>
    </message>
    <message>
        <source>Subflows accepted by the peer on an announced port.</source>
        <translation>Sous-flux acceptés par le pair sur un port annoncé.</translation>
    </message>
    <message>
        <source>Subflows completed on an announced port.</source>
        <translation>Sous-flux établis sur un port annoncé.</translation>
    </message>
    <message>
        <source>Subflow requests on a port that does not match the announced one.</source>
        <translation>Demandes de sous-flux sur un port qui ne correspond pas au port annoncé.</translation>
    </message>
    <message>
        <source>Subflow completions on a port that does not match the announced one.</source>
        <translation>Établissements de sous-flux sur un port qui ne correspond pas au port annoncé.</translation>
    </message>
    <message>
        <source>Address removals (RM_ADDR) received from peers.</source>
        <translation>Retraits d’adresse (RM_ADDR) reçus des pairs.</translation>
    </message>
    <message>
        <source>Address removals from peers that could not be handled.</source>
        <translation>Retraits d’adresse des pairs qui n’ont pas pu être traités.</translation>
    </message>
    <message>
        <source>Address removals (RM_ADDR) sent to peers.</source>
        <translation>Retraits d’adresse (RM_ADDR) envoyés aux pairs.</translation>
    </message>
    <message>
        <source>Address removals that could not be sent (out of resources).</source>
        <translation>Retraits d’adresse qui n’ont pas pu être envoyés (ressources épuisées).</translation>
    </message>
    <message>
        <source>Subflows closed because an address was removed.</source>
        <translation>Sous-flux fermés car une adresse a été retirée.</translation>
    </message>
    <message>
        <source>Backup/normal priority changes (MP_PRIO) sent.</source>
        <translation>Changements de priorité secours/normal (MP_PRIO) envoyés.</translation>
    </message>
    <message>
        <source>Backup/normal priority changes (MP_PRIO) received.</source>
        <translation>Changements de priorité secours/normal (MP_PRIO) reçus.</translation>
    </message>
    <message>
        <source>MP_FAIL sent: a checksum failure forced a subflow reset or fallback.</source>
        <translation>MP_FAIL envoyé : une erreur de somme de contrôle a forcé la réinitialisation d’un sous-flux ou un retour au TCP.</translation>
    </message>
    <message>
        <source>MP_FAIL received: the peer saw a checksum failure.</source>
        <translation>MP_FAIL reçu : le pair a constaté une erreur de somme de contrôle.</translation>
    </message>
    <message>
        <source>Connections aborted by this host (MP_FASTCLOSE sent).</source>
        <translation>Connexions interrompues par cet hôte (MP_FASTCLOSE envoyé).</translation>
    </message>
    <message>
        <source>Connections aborted by the peer (MP_FASTCLOSE received).</source>
        <translation>Connexions interrompues par le pair (MP_FASTCLOSE reçu).</translation>
    </message>
    <message>
        <source>Subflow resets with an MPTCP reason sent (MP_TCPRST).</source>
        <translation>Réinitialisations de sous-flux avec motif MPTCP envoyées (MP_TCPRST).</translation>
    </message>
    <message>
        <source>Subflow resets with an MPTCP reason received (MP_TCPRST).</source>
        <translation>Réinitialisations de sous-flux avec motif MPTCP reçues (MP_TCPRST).</translation>
    </message>
    <message>
        <source>Subflows marked stale: the path stopped delivering data (see net.mptcp.stale_loss_cnt).</source>
        <translation>Sous-flux marqués comme bloqués : le chemin a cessé de transmettre des données (voir net.mptcp.stale_loss_cnt).</translation>
    </message>
    <message>
        <source>Stale subflows that started working again.</source>
        <translation>Sous-flux bloqués qui fonctionnent de nouveau.</translation>
    </message>
    <message>
        <source>Times a subflow&apos;s send window was taken from the connection&apos;s.</source>
        <translation>Nombre de fois où la fenêtre d’émission d’un sous-flux a été reprise de celle de la connexion.</translation>
    </message>
    <message>
        <source>Times a subflow&apos;s receive window was taken from the connection&apos;s.</source>
        <translation>Nombre de fois où la fenêtre de réception d’un sous-flux a été reprise de celle de la connexion.</translation>
    </message>
    <message>
        <source>Receive window updates that conflicted with another subflow while updating.</source>
        <translation>Mises à jour de la fenêtre de réception en conflit avec un autre sous-flux pendant la mise à jour.</translation>
    </message>
    <message>
        <source>Receive window updates that conflicted with another subflow.</source>
        <translation>Mises à jour de la fenêtre de réception en conflit avec un autre sous-flux.</translation>
    </message>
    <message>
        <source>MPTCP connections established right now.</source>
        <translation>Connexions MPTCP établies en ce moment.</translation>
    </message>
    <message>
        <source>Paths detected as dropping MPTCP packets (blackhole); MPTCP is paused for new connections for a while.</source>
        <translation>Chemins détectés comme rejetant les paquets MPTCP (trou noir) ; MPTCP est suspendu un moment pour les nouvelles connexions.</translation>
    </message>
    <message>
        <source>Connections that fell back to plain TCP because the first data carried no MPTCP mapping.</source>
        <translation>Connexions revenues au TCP simple car les premières données ne portaient pas de correspondance MPTCP.</translation>
    </message>
    <message>
        <source>Connections made as plain TCP because a conflicting TCP option (MD5 signature) is in use.</source>
        <translation>Connexions établies en TCP simple car une option TCP incompatible (signature MD5) est utilisée.</translation>
    </message>
    <message>
        <source>Connections that fell back to plain TCP because of a bad or missing data mapping.</source>
        <translation>Connexions revenues au TCP simple à cause d’une correspondance de données erronée ou absente.</translation>
    </message>
    <message>
        <source>Connections that fell back to plain TCP because both ends connected at the same time.</source>
        <translation>Connexions revenues au TCP simple car les deux extrémités se sont connectées en même temps.</translation>
    </message>
    <message>
        <source>Connections reset because they could no longer fall back to plain TCP.</source>
        <translation>Connexions réinitialisées car elles ne pouvaient plus revenir au TCP simple.</translation>
    </message>
    <message>
        <source>MPTCP-level zero-window probes sent (the receiver&apos;s buffer was full).</source>
        <translation>Sondes de fenêtre nulle envoyées au niveau MPTCP (le tampon du destinataire était plein).</translation>
    </message>
    <message>
        <source>Changes over %1 s (counter, change, per second):
</source>
        <translation>Variations sur %1 s (compteur, variation, par seconde) :
</translation>
    </message>
</context>
<context>
    <name>mptcp::gui::DemoLab</name>
    <message>
        <source>Looking for a running demo lab…</source>
        <translation>Recherche d’un labo de démo en cours d’exécution…</translation>
    </message>
    <message>
        <source>Starting the demo lab (NetworkManager, Wi-Fi and LTE links)…</source>
        <translation>Démarrage du labo de démo (NetworkManager, liens Wi-Fi et 4G)…</translation>
    </message>
    <message>
        <source>The demo lab did not report its bus and network namespace.</source>
        <translation>Le labo de démo n’a pas indiqué son bus ni son espace de noms réseau.</translation>
    </message>
    <message>
        <source>Wi-Fi and LTE are connected.</source>
        <extracomment>Demo bar status once the lab runs; the bar shows it as &quot;Demo lab: &lt;this&gt;&quot;</extracomment>
        <translation>Le Wi-Fi et la 4G sont connectés.</translation>
    </message>
    <message>
        <source>The demo lab could not start: %1.</source>
        <translation>Le labo de démo n’a pas pu démarrer : %1.</translation>
    </message>
    <message>
        <source>Sending traffic to the server for 30 s.</source>
        <translation>Envoi de trafic au serveur pendant 30 s.</translation>
    </message>
    <message>
        <source>Traffic failed: %1.</source>
        <translation>Échec du trafic : %1.</translation>
    </message>
    <message>
        <source>Wi-Fi is cut; the LTE path carries the traffic.</source>
        <translation>Le Wi-Fi est coupé ; le chemin 4G transporte le trafic.</translation>
    </message>
    <message>
        <source>Cut failed: %1.</source>
        <translation>Échec de la coupure : %1.</translation>
    </message>
    <message>
        <source>Wi-Fi restored.</source>
        <translation>Wi-Fi rétabli.</translation>
    </message>
    <message>
        <source>Restore failed: %1.</source>
        <translation>Échec du rétablissement : %1.</translation>
    </message>
    <message>
        <source>Starting traffic…</source>
        <translation>Démarrage du trafic…</translation>
    </message>
    <message>
        <source>Cutting Wi-Fi…</source>
        <translation>Coupure du Wi-Fi…</translation>
    </message>
    <message>
        <source>Restoring Wi-Fi…</source>
        <translation>Rétablissement du Wi-Fi…</translation>
    </message>
</context>
<context>
    <name>mptcp::gui::DiagnosticsController</name>
    <message>
        <source>Choose a file on this computer.</source>
        <translation>Choisissez un fichier sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Cannot save the report: %1</source>
        <translation>Impossible d’enregistrer le rapport : %1</translation>
    </message>
</context>
<context>
    <name>mptcp::lab::LabController</name>
    <message>
        <source>Cannot run %1: %2</source>
        <translation>Impossible d’exécuter %1 : %2</translation>
    </message>
    <message>
        <source>The lab did not answer within %1 s (%2).</source>
        <translation>Le labo n’a pas répondu dans les %1 s (%2).</translation>
    </message>
    <message>
        <source>lab.sh crashed (%1).</source>
        <translation>lab.sh a planté (%1).</translation>
    </message>
    <message>
        <source>The lab is not up.</source>
        <translation>Le labo n’est pas démarré.</translation>
    </message>
    <message>
        <source>lab.sh exited with code %1.</source>
        <translation>lab.sh s’est terminé avec le code %1.</translation>
    </message>
    <message>
        <source>lab.sh printed no bus address or network namespace.</source>
        <translation>lab.sh n’a indiqué ni adresse de bus ni espace de noms réseau.</translation>
    </message>
</context>
<context>
    <name>mptcp::models::FakeBackend</name>
    <message>
        <source>Link-local addresses are never used for MPTCP.</source>
        <translation>Les adresses lien-local ne sont jamais utilisées pour MPTCP.</translation>
    </message>
    <message>
        <source>Unique local IPv6 addresses (fc00::/7) are left out by NetworkManager.</source>
        <translation>Les adresses IPv6 locales uniques (fc00::/7) sont écartées par NetworkManager.</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>démo</translation>
    </message>
    <message>
        <source>NetworkManager is not running, so nothing adds endpoints automatically.</source>
        <translation>NetworkManager ne fonctionne pas : rien n’ajoute de points de terminaison automatiquement.</translation>
    </message>
    <message>
        <source>%1 is not managed by NetworkManager.</source>
        <translation>%1 n’est pas géré par NetworkManager.</translation>
    </message>
    <message>
        <source>%1 has no active connection.</source>
        <translation>%1 n’a pas de connexion active.</translation>
    </message>
    <message>
        <source>MPTCP is turned off for the connection &quot;%1&quot;.</source>
        <translation>MPTCP est désactivé pour la connexion « %1 ».</translation>
    </message>
    <message>
        <source>MPTCP is disabled system-wide (net.mptcp.enabled = 0).</source>
        <translation>MPTCP est désactivé pour tout le système (net.mptcp.enabled = 0).</translation>
    </message>
    <message>
        <source>No IPv6 default route on %1: NetworkManager only adds endpoints where it configured a default route.</source>
        <translation>Pas de route IPv6 par défaut sur %1 : NetworkManager n’ajoute des points de terminaison que là où il a configuré une route par défaut.</translation>
    </message>
    <message>
        <source>No IPv4 default route on %1: NetworkManager only adds endpoints where it configured a default route.</source>
        <translation>Pas de route IPv4 par défaut sur %1 : NetworkManager n’ajoute des points de terminaison que là où il a configuré une route par défaut.</translation>
    </message>
    <message>
        <source>Userspace</source>
        <translation>Espace utilisateur</translation>
    </message>
    <message>
        <source>In-kernel</source>
        <translation>Dans le noyau</translation>
    </message>
    <message>
        <source>Set in /etc/NetworkManager/conf.d/90-mptcp-settings.conf</source>
        <translation>Défini dans /etc/NetworkManager/conf.d/90-mptcp-settings.conf</translation>
    </message>
    <message>
        <source>Not set: NetworkManager %1 uses enabled, subflow</source>
        <translation>Non défini : NetworkManager %1 utilise enabled, subflow</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Not managed by NetworkManager</source>
        <translation>Non géré par NetworkManager</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <source>from NetworkManager.conf</source>
        <translation>depuis NetworkManager.conf</translation>
    </message>
    <message>
        <source>NetworkManager&apos;s built-in default</source>
        <translation>valeur par défaut intégrée de NetworkManager</translation>
    </message>
    <message numerus="yes">
        <source>MPTCP in use: %n endpoint(s)</source>
        <translation>
            <numerusform>MPTCP utilisé : %n point de terminaison</numerusform>
            <numerusform>MPTCP utilisé : %n points de terminaison</numerusform>
        </translation>
    </message>
    <message>
        <source>No addresses.</source>
        <translation>Aucune adresse.</translation>
    </message>
    <message>
        <source>MPTCP is not available: this kernel was built without it</source>
        <translation>MPTCP n’est pas disponible : ce noyau a été compilé sans</translation>
    </message>
    <message>
        <source>MPTCP is disabled system-wide</source>
        <translation>MPTCP est désactivé pour tout le système</translation>
    </message>
    <message>
        <source>net.mptcp.enabled is 0, so applications cannot open MPTCP connections.</source>
        <translation>net.mptcp.enabled vaut 0 : les applications ne peuvent pas ouvrir de connexions MPTCP.</translation>
    </message>
    <message>
        <source>No interface is connected</source>
        <translation>Aucune interface n’est connectée</translation>
    </message>
    <message numerus="yes">
        <source>MPTCP is active on %1 of %n interface(s)</source>
        <extracomment>%1 = interfaces using MPTCP, %n = connected interfaces</extracomment>
        <translation>
            <numerusform>MPTCP est actif sur %1 interface sur %n</numerusform>
            <numerusform>MPTCP est actif sur %1 des %n interfaces</numerusform>
        </translation>
    </message>
    <message>
        <source>This kernel has no MPTCP support (no /proc/sys/net/mptcp).</source>
        <translation>Ce noyau ne prend pas en charge MPTCP (pas de /proc/sys/net/mptcp).</translation>
    </message>
    <message>
        <source>MPTCP is disabled system-wide (net.mptcp.enabled = 0). NetworkManager never changes this setting.</source>
        <translation>MPTCP est désactivé pour tout le système (net.mptcp.enabled = 0). NetworkManager ne modifie jamais ce réglage.</translation>
    </message>
    <message>
        <source>Enable MPTCP</source>
        <translation>Activer MPTCP</translation>
    </message>
    <message numerus="yes">
        <source>%n subflow endpoint(s), but the limit allows only %1 extra subflows: some paths stay unused.</source>
        <translation>
            <numerusform>%n point de terminaison subflow, mais la limite n’autorise que %1 sous-flux supplémentaires : certains chemins restent inutilisés.</numerusform>
            <numerusform>%n points de terminaison subflow, mais la limite n’autorise que %1 sous-flux supplémentaires : certains chemins restent inutilisés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Allow %1 subflows</source>
        <translation>Autoriser %1 sous-flux</translation>
    </message>
    <message>
        <source>Endpoint %1 (%2) is for an address no interface has.</source>
        <translation>Le point de terminaison %1 (%2) concerne une adresse qu’aucune interface ne possède.</translation>
    </message>
    <message>
        <source>Remove endpoint %1</source>
        <translation>Supprimer le point de terminaison %1</translation>
    </message>
    <message>
        <source>Endpoint %1 (%2) on %3 was added by hand: NetworkManager replaces it the next time it reapplies %3.</source>
        <translation>Le point de terminaison %1 (%2) sur %3 a été ajouté à la main : NetworkManager le remplace la prochaine fois qu’il réapplique %3.</translation>
    </message>
    <message>
        <source>mptcpd is running as well and manages endpoints too; the two can undo each other&apos;s changes.</source>
        <translation>mptcpd fonctionne aussi et gère également des points de terminaison ; les deux peuvent annuler les modifications de l’autre.</translation>
    </message>
    <message>
        <source>Addresses announced by servers are ignored (add_addr_accepted is 0).</source>
        <translation>Les adresses annoncées par les serveurs sont ignorées (add_addr_accepted vaut 0).</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n address(es)</source>
        <translation>
            <numerusform>Accepter %n adresse</numerusform>
            <numerusform>Accepter %n adresses</numerusform>
        </translation>
    </message>
    <message>
        <source>NetworkManager is not running: only endpoints added by hand or by other tools exist.</source>
        <translation>NetworkManager ne fonctionne pas : seuls existent les points de terminaison ajoutés à la main ou par d’autres outils.</translation>
    </message>
    <message>
        <source>Some changes take effect when the connections are reactivated.</source>
        <translation>Certaines modifications prennent effet à la réactivation des connexions.</translation>
    </message>
    <message>
        <source>Not authorized: the system policy does not allow %1 for this user.</source>
        <translation>Non autorisé : la politique du système n’autorise pas %1 pour cet utilisateur.</translation>
    </message>
    <message>
        <source>The kernel refused: limit greater than maximum (%1).</source>
        <translation>Le noyau a refusé : limite supérieure au maximum (%1).</translation>
    </message>
    <message>
        <source>The kernel refused: the endpoint table is full (%1).</source>
        <translation>Le noyau a refusé : la table des points de terminaison est pleine (%1).</translation>
    </message>
    <message>
        <source>The kernel refused: endpoint %1 already exists.</source>
        <translation>Le noyau a refusé : le point de terminaison %1 existe déjà.</translation>
    </message>
    <message>
        <source>The kernel refused: endpoint %1 does not exist.</source>
        <translation>Le noyau a refusé : le point de terminaison %1 n’existe pas.</translation>
    </message>
    <message>
        <source>NetworkManager has no connection %1.</source>
        <translation>NetworkManager n’a pas de connexion %1.</translation>
    </message>
    <message>
        <source>Insufficient privileges: not authorized to modify connection settings.</source>
        <translation>Privilèges insuffisants : non autorisé à modifier les paramètres de connexion.</translation>
    </message>
    <message>
        <source>No interface named &quot;%1&quot; exists.</source>
        <translation>Aucune interface nommée « %1 » n’existe.</translation>
    </message>
    <message>
        <source>%1 = %2 cannot be set through the helper.</source>
        <translation>%1 = %2 ne peut pas être défini par l’assistant.</translation>
    </message>
</context>
<context>
    <name>mptcp::models::Session</name>
    <message>
        <source>Not running — showing the kernel&apos;s settings only</source>
        <translation>Ne fonctionne pas — seuls les réglages du noyau sont affichés</translation>
    </message>
    <message>
        <source>Version %1 — too old to configure MPTCP (needs 1.40)</source>
        <translation>Version %1 — trop ancienne pour configurer MPTCP (1.40 requise)</translation>
    </message>
    <message>
        <source>Running, version %1</source>
        <translation>En fonctionnement, version %1</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>%1 extra subflows, %2 accepted addresses</source>
        <extracomment>%1 and %2 are numbers of the kernel limits</extracomment>
        <translation>%1 sous-flux supplémentaires, %2 adresses acceptées</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>On: %1</source>
        <translation>Activé : %1</translation>
    </message>
    <message>
        <source>Limits must be between 0 and %1.</source>
        <translation>Les limites doivent être comprises entre 0 et %1.</translation>
    </message>
    <message>
        <source>Only &quot;backup&quot; and &quot;fullmesh&quot; can be changed on an existing endpoint.</source>
        <translation>Seuls « backup » et « fullmesh » peuvent être modifiés sur un point de terminaison existant.</translation>
    </message>
    <message>
        <source>Endpoint %1 no longer exists.</source>
        <translation>Le point de terminaison %1 n’existe plus.</translation>
    </message>
    <message>
        <source>This connection is no longer active.</source>
        <translation>Cette connexion n’est plus active.</translation>
    </message>
    <message>
        <source>This problem has no automatic fix.</source>
        <translation>Ce problème n’a pas de correction automatique.</translation>
    </message>
    <message>
        <source>This fix cannot be applied from here. Run: %1</source>
        <translation>Cette correction ne peut pas être appliquée d’ici. Exécutez : %1</translation>
    </message>
    <message>
        <source>Turn MPTCP on</source>
        <translation>Activer MPTCP</translation>
    </message>
    <message>
        <source>Turn MPTCP off</source>
        <translation>Désactiver MPTCP</translation>
    </message>
    <message numerus="yes">
        <source>Allow %n subflow(s)</source>
        <translation>
            <numerusform>Autoriser %n sous-flux</numerusform>
            <numerusform>Autoriser %n sous-flux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept %n announced address(es)</source>
        <translation>
            <numerusform>Accepter %n adresse annoncée</numerusform>
            <numerusform>Accepter %n adresses annoncées</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete endpoint %1</source>
        <translation>Supprimer le point de terminaison %1</translation>
    </message>
    <message>
        <source>Use %1 as backup</source>
        <translation>Utiliser %1 en secours</translation>
    </message>
    <message>
        <source>Select the kernel path manager</source>
        <translation>Sélectionner le gestionnaire de chemins du noyau</translation>
    </message>
    <message>
        <source>Use loose reverse-path filtering for all interfaces</source>
        <translation>Utiliser le filtrage souple par chemin inverse pour toutes les interfaces</translation>
    </message>
    <message>
        <source>Use loose reverse-path filtering on %1</source>
        <translation>Utiliser le filtrage souple par chemin inverse sur %1</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
</context>
<context>
    <name>mptcp::models::SystemBackend</name>
    <message>
        <source>No addresses</source>
        <translation>Aucune adresse</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Not managed by NetworkManager</source>
        <translation>Non géré par NetworkManager</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Indisponible</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <source>Disconnecting</source>
        <translation>Déconnexion</translation>
    </message>
    <message>
        <source>Connection failed</source>
        <translation>Échec de la connexion</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>from the connection</source>
        <translation>depuis la connexion</translation>
    </message>
    <message>
        <source>from NetworkManager.conf</source>
        <translation>depuis NetworkManager.conf</translation>
    </message>
    <message>
        <source>NetworkManager&apos;s built-in default</source>
        <translation>valeur par défaut intégrée de NetworkManager</translation>
    </message>
    <message>
        <source>Userspace</source>
        <translation>Espace utilisateur</translation>
    </message>
    <message>
        <source>In-kernel</source>
        <translation>Dans le noyau</translation>
    </message>
    <message>
        <source>Set in NetworkManager.conf: %1</source>
        <translation>Défini dans NetworkManager.conf : %1</translation>
    </message>
    <message>
        <source>Not set: NetworkManager %1 uses %2</source>
        <translation>Non défini : NetworkManager %1 utilise %2</translation>
    </message>
    <message>
        <source>Enable MPTCP</source>
        <translation>Activer MPTCP</translation>
    </message>
    <message>
        <source>Allow %1 subflows</source>
        <translation>Autoriser %1 sous-flux</translation>
    </message>
    <message>
        <source>Accept %1 announced addresses</source>
        <translation>Accepter %1 adresses annoncées</translation>
    </message>
    <message>
        <source>Remove endpoint %1</source>
        <translation>Supprimer le point de terminaison %1</translation>
    </message>
    <message>
        <source>Reading NetworkManager…</source>
        <translation>Lecture de NetworkManager…</translation>
    </message>
</context>
<context>
    <name>mptcp::nm::KernelNetworkReader</name>
    <message>
        <source>cannot open rtnetlink: %1</source>
        <translation>impossible d’ouvrir rtnetlink : %1</translation>
    </message>
    <message>
        <source>cannot watch rtnetlink: %1</source>
        <translation>impossible de surveiller rtnetlink : %1</translation>
    </message>
</context>
<context>
    <name>mptcp::nm::MptcpFlags</name>
    <message>
        <source>&apos;%1&apos; is not an MPTCP flag; use numbers or: %2</source>
        <translation>« %1 » n’est pas un drapeau MPTCP ; utilisez des nombres ou : %2</translation>
    </message>
</context>
<context>
    <name>mptcp::nm::NetworkManagerReader</name>
    <message>
        <source>Cannot reach the system D-Bus: %1</source>
        <translation>Impossible de joindre le D-Bus système : %1</translation>
    </message>
    <message>
        <source>The Qt event loop does not run GLib (QT_NO_GLIB is set?): NetworkManager cannot be followed</source>
        <translation>La boucle d’événements Qt n’exécute pas GLib (QT_NO_GLIB est-il défini ?) : impossible de suivre NetworkManager</translation>
    </message>
    <message>
        <source>Connecting to NetworkManager…</source>
        <translation>Connexion à NetworkManager…</translation>
    </message>
    <message>
        <source>NetworkManager is not running</source>
        <translation>NetworkManager ne fonctionne pas</translation>
    </message>
    <message>
        <source>MPTCP auto-configuration not supported by this version (NetworkManager %1, needs 1.40)</source>
        <translation>Configuration automatique de MPTCP non prise en charge par cette version (NetworkManager %1, 1.40 requis)</translation>
    </message>
    <message>
        <source>NetworkManager has no profile with UUID %1</source>
        <translation>NetworkManager n’a pas de profil avec l’UUID %1</translation>
    </message>
    <message>
        <source>NetworkManager support is not installed: %1</source>
        <translation>La prise en charge de NetworkManager n’est pas installée : %1</translation>
    </message>
</context>
<context>
    <name>mptcp::nm::NmConf</name>
    <message>
        <source>line %1 is not a key=value pair, a [group] or a comment</source>
        <translation>la ligne %1 n’est ni une paire clé=valeur, ni un [groupe], ni un commentaire</translation>
    </message>
    <message>
        <source>line %1: the file does not start with a [group]</source>
        <translation>ligne %1 : le fichier ne commence pas par un [groupe]</translation>
    </message>
    <message>
        <source>line %1: empty key name</source>
        <translation>ligne %1 : nom de clé vide</translation>
    </message>
    <message>
        <source>%1: %2 (NetworkManager rejects this configuration)</source>
        <translation>%1 : %2 (NetworkManager rejette cette configuration)</translation>
    </message>
    <message>
        <source>%1: cannot tell whether NetworkManager reads it ([.config] enable=%2); it was read</source>
        <translation>%1 : impossible de dire si NetworkManager le lit ([.config] enable=%2) ; il a été lu</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1 : illisible (%2)</translation>
    </message>
</context>
</TS>
