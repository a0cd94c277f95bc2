<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActivityPage</name>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
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
    <name>DemoBar</name>
    <message>
        <source>Demo lab: %1</source>
        <extracomment>The demo bar; %1 is what the lab did last, or why example data is shown</extracomment>
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
        <extracomment>Window title; %1 is &quot; (demo)&quot; when running against the demo backend</extracomment>
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
        <source>Run against the demo lab (marked &quot;(demo)&quot;).</source>
        <translation>Utiliser le laboratoire de démonstration (marqué « (démo) »).</translation>
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
</context>
<context>
    <name>mptcp::app::DemoLab</name>
    <message>
        <source>Looking for a running demo lab…</source>
        <translation>Recherche d’un labo de démo en marche…</translation>
    </message>
    <message>
        <source>Starting the demo lab (NetworkManager, Wi-Fi and LTE links)…</source>
        <translation>Démarrage du labo de démo (NetworkManager, liens Wi-Fi et LTE)…</translation>
    </message>
    <message>
        <source>The demo lab did not report its bus and network namespace.</source>
        <translation>Le labo de démo n’a pas indiqué son bus ni son espace de noms réseau.</translation>
    </message>
    <message>
        <source>Demo lab is up.</source>
        <translation>Le labo de démo est prêt.</translation>
    </message>
    <message>
        <source>The demo lab could not start: %1</source>
        <translation>Le labo de démo n’a pas pu démarrer : %1</translation>
    </message>
    <message>
        <source>Sending traffic to the server for 30 s.</source>
        <translation>Envoi de trafic au serveur pendant 30 s.</translation>
    </message>
    <message>
        <source>Traffic failed: %1</source>
        <translation>Échec du trafic : %1</translation>
    </message>
    <message>
        <source>Wi-Fi cut: the LTE path carries the traffic.</source>
        <translation>Wi-Fi coupé : le chemin LTE porte le trafic.</translation>
    </message>
    <message>
        <source>Cut failed: %1</source>
        <translation>Échec de la coupure : %1</translation>
    </message>
    <message>
        <source>Wi-Fi restored.</source>
        <translation>Wi-Fi rétabli.</translation>
    </message>
    <message>
        <source>Restore failed: %1</source>
        <translation>Échec du rétablissement : %1</translation>
    </message>
    <message>
        <source>Starting traffic…</source>
        <translation>Lancement du trafic…</translation>
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
</context>
</TS>
