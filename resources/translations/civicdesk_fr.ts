<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../civicdesk/gui/dialogs/about.py" line="29"/>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/about.py" line="35"/>
        <source>&amp;Data folder…</source>
        <translation>Dossier de &amp;données…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/about.py" line="37"/>
        <source>Where CivicDesk keeps the database on this PC, from the next start</source>
        <translation>Où CivicDesk garde la base de données sur ce PC, à partir du prochain démarrage</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/about.py" line="42"/>
        <source>This run&apos;s data folder is given by --data-dir, CIVICDESK_DATA_DIR or the portable mode</source>
        <translation>Le dossier de données de cette session est fixé par --data-dir, CIVICDESK_DATA_DIR ou le mode portable</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/about.py" line="51"/>
        <source>Data folder: {folder}</source>
        <translation>Dossier de données : {folder}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/about.py" line="53"/>
        <source>(one for this PC: every account on it uses it)</source>
        <translation>(un seul pour ce PC : tous ses comptes l&apos;utilisent)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/about.py" line="55"/>
        <source>From the next start: {folder}</source>
        <translation>À partir du prochain démarrage : {folder}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/about.py" line="58"/>
        <source>Database: {db}
{folder}

Python {python}, Qt {qt} (PySide6 {pyside}), peewee {peewee}, reportlab {reportlab}</source>
        <translation>Base de données : {db}
{folder}

Python {python}, Qt {qt} (PySide6 {pyside}), peewee {peewee}, reportlab {reportlab}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/about.py" line="67"/>
        <source>The data folder, from the next start</source>
        <translation>Le dossier de données, à partir du prochain démarrage</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/about.py" line="74"/>
        <source>Data folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/about.py" line="75"/>
        <source>From the next start, CivicDesk will open the database in {folder}, or create a new, empty one there. Nothing is moved or copied: to take the data along, make a backup now and restore it there after the next start.</source>
        <translation>À partir du prochain démarrage, CivicDesk ouvrira la base de données dans {folder}, ou y en créera une nouvelle, vide. Rien n&apos;est déplacé ni copié : pour emporter les données, faites une sauvegarde maintenant et restaurez-la là-bas après le prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/about.py" line="78"/>
        <source>Use this folder</source>
        <translation>Utiliser ce dossier</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.ui" line="6"/>
        <source>About CivicDesk</source>
        <translation>À propos de CivicDesk</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.ui" line="29"/>
        <source>Members, volunteer shifts, support requests and printed reports for a neighborhood association. Everything stays on this computer.</source>
        <translation>Membres, créneaux de bénévolat, demandes d&apos;aide et rapports imprimés pour une association de quartier. Tout reste sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../civicdesk/gui/dialogs/accounts_dialog.py" line="62"/>
        <source>Add an account</source>
        <translation>Ajouter un compte</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/accounts_dialog.py" line="63"/>
        <source>Change {name}’s account</source>
        <translation>Modifier le compte de {name}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/accounts_dialog.py" line="70"/>
        <source>As the login list shows it (optional)</source>
        <translation>Tel qu&apos;il apparaît dans la liste de connexion (facultatif)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/accounts_dialog.py" line="76"/>
        <source>Log-in &amp;name</source>
        <translation>&amp;Identifiant de connexion</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/accounts_dialog.py" line="77"/>
        <source>&amp;Display name</source>
        <translation>Nom &amp;affiché</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/accounts_dialog.py" line="78"/>
        <source>&amp;Role</source>
        <translation>&amp;Rôle</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/accounts_dialog.py" line="79"/>
        <source>Linked &amp;person</source>
        <translation>&amp;Personne liée</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/accounts_dialog.py" line="134"/>
        <source>Saving the account…</source>
        <translation>Enregistrement du compte…</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../../civicdesk/gui/dialogs/accounts_dialog.py" line="36"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/accounts_dialog.py" line="44"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/accounts_dialog.py" line="46"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/accounts_dialog.py" line="47"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/accounts_dialog.py" line="47"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/accounts_dialog.py" line="47"/>
        <source>no (deactivated)</source>
        <translation>non (désactivé)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/accounts_dialog.py" line="48"/>
        <source>Linked person</source>
        <translation>Personne liée</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/accounts_dialog.py" line="49"/>
        <source>Last login</source>
        <translation>Dernière connexion</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/accounts_dialog.py" line="145"/>
        <source>User accounts</source>
        <translation>Comptes utilisateur</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/accounts_dialog.py" line="147"/>
        <source>Everyone who uses CivicDesk here has an account of their own. What they may do depends on the role: volunteers do not see sensitive notes; coordinators also plan shifts and archive; admins also manage the accounts and the backups.</source>
        <translation>Chaque personne qui utilise CivicDesk ici a son propre compte. Ce qu&apos;elle peut faire dépend du rôle : les bénévoles ne voient pas les notes confidentielles ; les coordinateurs planifient aussi les créneaux et archivent ; les administrateurs gèrent aussi les comptes et les sauvegardes.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/accounts_dialog.py" line="156"/>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/accounts_dialog.py" line="171"/>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/accounts_dialog.py" line="172"/>
        <source>&amp;Change name, role or person…</source>
        <translation>&amp;Modifier le nom, le rôle ou la personne…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/accounts_dialog.py" line="173"/>
        <source>&amp;Reset PIN or password…</source>
        <translation>&amp;Réinitialiser le code PIN ou le mot de passe…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/accounts_dialog.py" line="174"/>
        <location filename="../../civicdesk/gui/dialogs/accounts_dialog.py" line="212"/>
        <source>&amp;Deactivate</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/accounts_dialog.py" line="211"/>
        <source>Re&amp;activate</source>
        <translation>Réac&amp;tiver</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="55"/>
        <source>The first day ({since}) is after the last day ({until}); nothing can be between them.</source>
        <translation>Le premier jour ({since}) est après le dernier jour ({until}) ; rien ne peut se trouver entre les deux.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="60"/>
        <source>created</source>
        <translation>création</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="61"/>
        <source>changed</source>
        <translation>modification</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="62"/>
        <source>archived</source>
        <translation>archivage</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="63"/>
        <source>brought back</source>
        <translation>sortie des archives</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="64"/>
        <source>deleted</source>
        <translation>suppression</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="65"/>
        <source>refused</source>
        <translation>refus</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="66"/>
        <source>logged in</source>
        <translation>connexion</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="67"/>
        <source>PIN or password reset</source>
        <translation>réinitialisation du code PIN ou du mot de passe</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="68"/>
        <source>assigned</source>
        <translation>attribution</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="69"/>
        <source>status changed</source>
        <translation>changement de statut</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="70"/>
        <source>reopened</source>
        <translation>réouverture</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="71"/>
        <source>follow-up set</source>
        <translation>suivi programmé</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="72"/>
        <source>note added</source>
        <translation>note ajoutée</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="73"/>
        <source>cancelled</source>
        <translation>annulation</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="74"/>
        <source>attendance recorded</source>
        <translation>présence enregistrée</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="75"/>
        <source>reminder call</source>
        <translation>appel de rappel</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="76"/>
        <source>shifts generated</source>
        <translation>créneaux générés</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="77"/>
        <source>backup restored</source>
        <translation>sauvegarde restaurée</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="78"/>
        <source>demo data added</source>
        <translation>données de démonstration ajoutées</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="79"/>
        <source>voided</source>
        <translation>annulation de paiement</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="80"/>
        <source>recorded as a correction</source>
        <translation>correction enregistrée</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="85"/>
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="86"/>
        <source>household</source>
        <translation>foyer</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="87"/>
        <source>payment</source>
        <translation>paiement</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="88"/>
        <source>sign-up</source>
        <translation>inscription</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="89"/>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="90"/>
        <source>request</source>
        <translation>demande</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="91"/>
        <source>event</source>
        <translation>événement</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="92"/>
        <source>shift</source>
        <translation>créneau</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="93"/>
        <source>repeating shifts</source>
        <translation>créneaux récurrents</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="94"/>
        <source>user account</source>
        <translation>compte utilisateur</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="95"/>
        <source>setting</source>
        <translation>paramètre</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="96"/>
        <source>database</source>
        <translation>base de données</translation>
    </message>
</context>
<context>
    <name>AuditPane</name>
    <message>
        <location filename="../../civicdesk/gui/panes/audit.py" line="69"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/audit.py" line="69"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/audit.py" line="69"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/audit.py" line="70"/>
        <source>What the entry changed</source>
        <translation>Ce que l’entrée a modifié</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/audit.py" line="80"/>
        <location filename="../../civicdesk/gui/panes/audit.py" line="168"/>
        <source>Audit log</source>
        <translation>Journal d&apos;activité</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/audit.py" line="86"/>
        <source>Entries about this person: their record, payments, sign-ups, hours, requests and user account (Ctrl+F)</source>
        <translation>Entrées concernant cette personne : sa fiche, ses paiements, inscriptions, heures, demandes et son compte utilisateur (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/audit.py" line="92"/>
        <source>Anyone</source>
        <translation>Tous les utilisateurs</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/audit.py" line="96"/>
        <source>Any action</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/audit.py" line="103"/>
        <source>&amp;Clear filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/audit.py" line="107"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/audit.py" line="114"/>
        <source>any day</source>
        <translation>n&apos;importe quel jour</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/audit.py" line="124"/>
        <source>Audit entries</source>
        <translation>Entrées du journal d’activité</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/audit.py" line="133"/>
        <source>&amp;Person:</source>
        <translation>&amp;Personne :</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/audit.py" line="135"/>
        <source>&amp;User:</source>
        <translation>U&amp;tilisateur :</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/audit.py" line="136"/>
        <source>&amp;Action:</source>
        <translation>A&amp;ction :</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/audit.py" line="137"/>
        <source>Fro&amp;m:</source>
        <translation>Dep&amp;uis :</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/audit.py" line="138"/>
        <source>T&amp;o:</source>
        <translation>&amp;Jusqu&apos;au :</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/audit.py" line="217"/>
        <source>The newest {count} entries are listed; choose dates to see older ones.</source>
        <translation>Les {count} entrées les plus récentes sont affichées ; choisissez des dates pour voir les plus anciennes.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../civicdesk/gui/panes/audit.py" line="220"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/audit.py" line="233"/>
        <source>Pick an entry to see what it changed.</source>
        <translation>Choisissez une entrée pour voir ce qu&apos;elle a modifié.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/audit.py" line="235"/>
        <source>{when}: {who} — {action} — {what}</source>
        <translation>{when} : {who} — {action} — {what}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/audit.py" line="245"/>
        <source>Not kept in the log: only that it changed.</source>
        <translation>Non conservé dans le journal d&apos;activité : on sait seulement que la valeur a changé.</translation>
    </message>
</context>
<context>
    <name>AuditTable</name>
    <message>
        <location filename="../../civicdesk/gui/models/audit_table.py" line="24"/>
        <source>When</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/audit_table.py" line="25"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/audit_table.py" line="26"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/audit_table.py" line="27"/>
        <source>What</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/audit_table.py" line="28"/>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
</context>
<context>
    <name>BackupKeeper</name>
    <message>
        <location filename="../../civicdesk/gui/backup_keeper.py" line="60"/>
        <source>Making a backup…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/backup_keeper.py" line="84"/>
        <source>The backup was not made</source>
        <translation>La sauvegarde n&apos;a pas été faite</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/backup_keeper.py" line="93"/>
        <source>No backup yet: make one with File &gt; Back up now.</source>
        <translation>Pas encore de sauvegarde : faites-en une avec Fichier &gt; Sauvegarder maintenant.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/backup_keeper.py" line="95"/>
        <source>The newest backup is from {when}, over a week ago.</source>
        <translation>La sauvegarde la plus récente date du {when}, il y a plus d&apos;une semaine.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/backup_keeper.py" line="98"/>
        <source>The second backup folder is missing ({folder}).</source>
        <translation>Le deuxième dossier de sauvegarde est introuvable ({folder}).</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/backup_keeper.py" line="106"/>
        <source>Backed up {when}</source>
        <translation>Dernière sauvegarde : {when}</translation>
    </message>
</context>
<context>
    <name>BoardColumnModel</name>
    <message>
        <location filename="../../civicdesk/gui/models/request_board_model.py" line="160"/>
        <source>no helper yet</source>
        <translation>pas encore de bénévole</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../../civicdesk/exchange/ics.py" line="32"/>
        <source>{filled} of {capacity} places taken</source>
        <translation>{filled} places prises sur {capacity}</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <location filename="../../civicdesk/gui/calendar_export.py" line="22"/>
        <source>Save calendar file</source>
        <translation>Enregistrer le fichier calendrier</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/calendar_export.py" line="24"/>
        <source>Calendar files (*.ics)</source>
        <translation>Fichiers calendrier (*.ics)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/calendar_export.py" line="49"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/calendar_export.py" line="50"/>
        <source>The file could not be written: {why}</source>
        <translation>Impossible d&apos;écrire le fichier : {why}</translation>
    </message>
</context>
<context>
    <name>CallsPage</name>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts_calls.py" line="39"/>
        <source>◀  Day before</source>
        <translation>◀  Jour précédent</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts_calls.py" line="40"/>
        <source>Day after  ▶</source>
        <translation>Jour suivant  ▶</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts_calls.py" line="41"/>
        <source>C&amp;onfirmed</source>
        <translation>Confir&amp;mé</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts_calls.py" line="42"/>
        <source>Not &amp;reached</source>
        <translation>Non &amp;joint</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts_calls.py" line="45"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts_calls.py" line="58"/>
        <source>Reminder calls for &amp;day:</source>
        <translation>Appels de &amp;rappel du jour :</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts_calls.py" line="67"/>
        <source>People to call</source>
        <translation>Personnes à appeler</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts_calls.py" line="69"/>
        <source>Call result for the selected people:</source>
        <translation>Résultat de l&apos;appel pour les personnes sélectionnées :</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts_calls.py" line="86"/>
        <source>Reminder calls</source>
        <translation>Appels de rappel</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts_calls.py" line="113"/>
        <source>{count} to call · {confirmed} confirmed · {missed} not reached</source>
        <translation>{count} à appeler · {confirmed} confirmés · {missed} non joints</translation>
    </message>
</context>
<context>
    <name>CancelShiftDialog</name>
    <message>
        <location filename="../../civicdesk/gui/dialogs/cancel_shift_dialog.py" line="33"/>
        <source>Cancel the shift</source>
        <translation>Annuler le créneau</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/cancel_shift_dialog.py" line="35"/>
        <source>Keep it</source>
        <translation>Le conserver</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/cancel_shift_dialog.py" line="45"/>
        <source>Cancel &lt;b&gt;{shift}&lt;/b&gt;, {when}?</source>
        <translation>Annuler &lt;b&gt;{shift}&lt;/b&gt;, {when} ?</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/cancel_shift_dialog.py" line="50"/>
        <source>People signed up: {count}. Please call them to let them know:</source>
        <translation>Personnes inscrites : {count}. Appelez-les pour les prévenir :</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/cancel_shift_dialog.py" line="53"/>
        <source>Nobody is signed up yet.</source>
        <translation>Personne n&apos;est encore inscrit.</translation>
    </message>
    <message>
        <location filename="../../ui/cancel_shift_dialog.ui" line="6"/>
        <source>Cancel a shift</source>
        <translation>Annuler un créneau</translation>
    </message>
    <message>
        <location filename="../../ui/cancel_shift_dialog.ui" line="19"/>
        <source>People signed up</source>
        <translation>Personnes inscrites</translation>
    </message>
    <message>
        <location filename="../../ui/cancel_shift_dialog.ui" line="21"/>
        <source>People to call</source>
        <translation>Personnes à appeler</translation>
    </message>
    <message>
        <location filename="../../ui/cancel_shift_dialog.ui" line="30"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <location filename="../../ui/cancel_shift_dialog.ui" line="36"/>
        <source>e.g. the hall is closed for repairs</source>
        <translation>p. ex. la salle est fermée pour travaux</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../civicdesk/app.py" line="18"/>
        <source>folder for the database, backups and logs (default: ${variable} or the system&apos;s app data folder)</source>
        <translation>dossier de la base de données, des sauvegardes et des journaux (par défaut : ${variable} ou le dossier de données d&apos;application du système)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/app.py" line="22"/>
        <source>database file to open, or a database on a server: postgresql://USER@HOST[:PORT]/DATABASE (default: civicdesk.db in the data folder)</source>
        <translation>fichier de base de données à ouvrir, ou base de données sur un serveur : postgresql://USER@HOST[:PORT]/DATABASE (par défaut : civicdesk.db dans le dossier de données)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/app.py" line="26"/>
        <source>the language of the window and the commands (default: the one chosen on this computer, else the system&apos;s)</source>
        <translation>la langue de la fenêtre et des commandes (par défaut : celle choisie sur cet ordinateur, sinon celle du système)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/app.py" line="30"/>
        <source>{app}: members, volunteer shifts, support requests and reports. Without a command, opens the window.</source>
        <translation>{app} : membres, créneaux de bénévolat, demandes d&apos;aide et rapports. Sans commande, ouvre la fenêtre.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/app.py" line="35"/>
        <source>check that this copy of CivicDesk works (offscreen, on throw-away demo data; your data is not touched): prints OK, or what failed and exits with 1</source>
        <translation>vérifier que cette copie de CivicDesk fonctionne (sans afficher de fenêtre, sur des données de démonstration jetables ; vos données ne sont pas touchées) : affiche OK, ou ce qui a échoué, et se termine avec le code 1</translation>
    </message>
    <message>
        <location filename="../../civicdesk/app.py" line="40"/>
        <source>run the command as this CivicDesk user (needed on a database with user accounts by every command that changes or exports data); the PIN or password is asked without echo</source>
        <translation>exécuter la commande en tant que cet utilisateur de CivicDesk (nécessaire, sur une base de données avec des comptes utilisateur, pour toute commande qui modifie ou exporte des données) ; le code PIN ou le mot de passe est demandé sans s&apos;afficher à l&apos;écran</translation>
    </message>
    <message>
        <location filename="../../civicdesk/app.py" line="45"/>
        <source>read the --as user&apos;s PIN or password from the first line of standard input instead (a new user&apos;s, if the command also needs one, from the next line; before both, the database server&apos;s password, if it asks for one CivicDesk does not have)</source>
        <translation>lire plutôt le code PIN ou le mot de passe de l&apos;utilisateur de --as sur la première ligne de l&apos;entrée standard (ceux d&apos;un nouvel utilisateur, si la commande en a aussi besoin, sur la ligne suivante ; avant les deux, le mot de passe du serveur de base de données, s&apos;il en demande un que CivicDesk n&apos;a pas)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/app.py" line="50"/>
        <source>commands</source>
        <translation>commandes</translation>
    </message>
    <message>
        <location filename="../../civicdesk/cli.py" line="59"/>
        <source>interrupted; nothing was saved by the unfinished command.</source>
        <translation>interrompu ; la commande inachevée n&apos;a rien enregistré.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/audit.py" line="24"/>
        <source>print the audit log (who changed what), newest first</source>
        <translation>afficher le journal d&apos;activité (qui a modifié quoi), le plus récent en premier</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/audit.py" line="25"/>
        <source>Print the audit log, newest first, one line per entry; masked values (sensitive and health notes) stay masked. Dates are local days, both included.</source>
        <translation>Afficher le journal d&apos;activité, le plus récent en premier, une ligne par entrée ; les valeurs masquées (notes confidentielles et notes de santé) restent masquées. Les dates sont des jours en heure locale, bornes incluses.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/audit.py" line="29"/>
        <source>what was done to this person and their payments, sign-ups, hours, requests and user account</source>
        <translation>ce qui a été fait sur cette personne et sur ses paiements, inscriptions, heures, demandes et compte utilisateur</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/audit.py" line="32"/>
        <source>one record, e.g. payment:12</source>
        <translation>un seul élément, par exemple payment:12</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/audit.py" line="33"/>
        <source>what this user did</source>
        <translation>ce qu&apos;a fait cet utilisateur</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/audit.py" line="35"/>
        <source>one kind of entry: {actions}</source>
        <translation>un seul type d&apos;entrée : {actions}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/audit.py" line="36"/>
        <source>from this day</source>
        <translation>à partir de ce jour</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/audit.py" line="37"/>
        <source>up to this day</source>
        <translation>jusqu&apos;à ce jour</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/audit.py" line="39"/>
        <source>at most N entries (default {count})</source>
        <translation>N entrées au plus (par défaut {count})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../civicdesk/commands/audit.py" line="52"/>
        <source>(the newest %n entries; narrow with --since/--until for older)</source>
        <translation>
            <numerusform>(%n entrée, la plus récente ; réduisez la période avec --since/--until pour voir les plus anciennes)</numerusform>
            <numerusform>(les %n entrées les plus récentes ; réduisez la période avec --since/--until pour voir les plus anciennes)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/audit.py" line="55"/>
        <source>no entries</source>
        <translation>aucune entrée</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/audit.py" line="69"/>
        <source>give TABLE:ID, TABLE one of {tables}</source>
        <translation>indiquez TABLE:ID, TABLE étant l&apos;un de {tables}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/audit.py" line="76"/>
        <source>there is no such user</source>
        <translation>cet utilisateur n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/audit.py" line="81"/>
        <source>use one of {actions}</source>
        <translation>utilisez l&apos;un de ceux-ci : {actions}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/audit.py" line="89"/>
        <source>not a number (1, 2, 3 ...)</source>
        <translation>n&apos;est pas un nombre (1, 2, 3 ...)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/audit.py" line="99"/>
        <source>not a date; write it as YYYY-MM-DD</source>
        <translation>n&apos;est pas une date ; écrivez-la sous la forme YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/audit.py" line="101"/>
        <source>years 1900 to 2999 only</source>
        <translation>années 1900 à 2999 uniquement</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/audit.py" line="124"/>
        <location filename="../../civicdesk/commands/imports.py" line="183"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/backup.py" line="18"/>
        <source>make a verified backup now (into the backups folder, or -o FILE)</source>
        <translation>faire maintenant une sauvegarde vérifiée (dans le dossier des sauvegardes, ou dans -o FILE)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/backup.py" line="20"/>
        <source>write the backup to this file instead (it is not rotated)</source>
        <translation>enregistrer plutôt la sauvegarde dans ce fichier (elle n&apos;est jamais supprimée automatiquement)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/backup.py" line="23"/>
        <source>list the backups: date, size, counts, verified</source>
        <translation>afficher la liste des sauvegardes : date, taille, nombres et si elle est vérifiée</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/backup.py" line="36"/>
        <location filename="../../civicdesk/commands/backup.py" line="40"/>
        <source>backup written to {path}: {what}</source>
        <translation>sauvegarde enregistrée dans {path} : {what}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/backup.py" line="43"/>
        <source>copied to {path}, verified there too</source>
        <translation>copiée dans {path} et vérifiée là aussi</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/backup.py" line="58"/>
        <source>no backups in {folder} yet (make one with: civicdesk backup)</source>
        <translation>pas encore de sauvegarde dans {folder} (faites-en une avec : civicdesk backup)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/backup.py" line="61"/>
        <source>verified</source>
        <translation>vérifiée</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/backup.py" line="61"/>
        <source>not verified</source>
        <translation>non vérifiée</translation>
    </message>
    <message numerus="yes">
        <location filename="../../civicdesk/commands/backup.py" line="66"/>
        <location filename="../../civicdesk/commands/backup.py" line="84"/>
        <location filename="../../civicdesk/commands/export.py" line="161"/>
        <location filename="../../civicdesk/commands/imports.py" line="105"/>
        <location filename="../../civicdesk/commands/imports.py" line="107"/>
        <location filename="../../civicdesk/commands/imports.py" line="212"/>
        <location filename="../../civicdesk/commands/imports.py" line="246"/>
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln personne</numerusform>
            <numerusform>%Ln personnes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/backup.py" line="74"/>
        <source>{people}, {households}, {requests}, {size}, verified</source>
        <translation>{people}, {households}, {requests}, {size}, vérifiée</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/backup.py" line="80"/>
        <source>{people}, {households}, {requests}</source>
        <translation>{people}, {households}, {requests}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../civicdesk/commands/backup.py" line="85"/>
        <location filename="../../civicdesk/commands/export.py" line="163"/>
        <location filename="../../civicdesk/commands/imports.py" line="106"/>
        <source>%Ln household(s)</source>
        <translation>
            <numerusform>%Ln foyer</numerusform>
            <numerusform>%Ln foyers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../civicdesk/commands/backup.py" line="86"/>
        <location filename="../../civicdesk/commands/export.py" line="168"/>
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln demande</numerusform>
            <numerusform>%Ln demandes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/calendar.py" line="16"/>
        <source>save the shifts of an event or of a volunteer as an iCalendar (.ics) file</source>
        <translation>enregistrer les créneaux d&apos;un événement ou d&apos;un bénévole dans un fichier iCalendar (.ics)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/calendar.py" line="19"/>
        <source>every shift of this event</source>
        <translation>tous les créneaux de cet événement</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/calendar.py" line="20"/>
        <source>this person&apos;s sign-ups</source>
        <translation>les inscriptions de cette personne</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/calendar.py" line="22"/>
        <source>the file to write (replaced if it exists)</source>
        <translation>le fichier à écrire (remplacé s&apos;il existe déjà)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../civicdesk/commands/calendar.py" line="41"/>
        <source>%n shift(s) written to {path} (times in {zone})</source>
        <translation>
            <numerusform>%n créneau enregistré dans {path} (heures du fuseau {zone})</numerusform>
            <numerusform>%n créneaux enregistrés dans {path} (heures du fuseau {zone})</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/check.py" line="14"/>
        <source>check the database and print row counts</source>
        <translation>vérifier la base de données et afficher le nombre de lignes</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/check.py" line="23"/>
        <location filename="../../civicdesk/commands/check.py" line="29"/>
        <source>database: {path}</source>
        <translation>base de données : {path}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../civicdesk/commands/check.py" line="24"/>
        <location filename="../../civicdesk/commands/check.py" line="36"/>
        <source>%n problem(s):</source>
        <translation>
            <numerusform>%n problème :</numerusform>
            <numerusform>%n problèmes :</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/check.py" line="25"/>
        <source>the file is empty: it holds no data</source>
        <translation>le fichier est vide : il ne contient aucune donnée</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/check.py" line="34"/>
        <source>ok</source>
        <translation>aucun problème</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/common.py" line="254"/>
        <source>PIN or password for {name}: </source>
        <translation>Code PIN ou mot de passe de {name} : </translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/common.py" line="259"/>
        <source>The same again, to be sure: </source>
        <translation>Encore une fois, pour confirmer : </translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/common.py" line="282"/>
        <source>Password of {user} on the database server {server}: </source>
        <translation>Mot de passe de {user} sur le serveur de base de données {server} : </translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/demo.py" line="24"/>
        <source>fill a new database with demo data</source>
        <translation>remplir une nouvelle base de données avec des données de démonstration</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/demo.py" line="26"/>
        <source>how many people to create (default 500, at most {max})</source>
        <translation>nombre de personnes à créer (par défaut 500, {max} au plus)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/demo.py" line="28"/>
        <source>random seed: the same seed gives the same data (default 1)</source>
        <translation>graine aléatoire : la même graine donne les mêmes données (par défaut 1)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/demo.py" line="30"/>
        <source>also make one login per role (admin, coordinator, volunteer) with a random PIN, and print them</source>
        <translation>créer aussi un compte par rôle (administrateur, coordinateur, bénévole) avec un code PIN aléatoire, et les afficher</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/demo.py" line="52"/>
        <source>{path} already has people. Demo data only goes into a new database, for example: civicdesk --db demo.db demo</source>
        <translation>{path} contient déjà des personnes. Les données de démonstration ne vont que dans une nouvelle base de données, par exemple : civicdesk --db demo.db demo</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/demo.py" line="57"/>
        <source>demo data in {path}: {counts} ({seconds} s)</source>
        <translation>données de démonstration dans {path} : {counts} ({seconds} s)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/demo.py" line="60"/>
        <source>demo logins (civicdesk --as NAME ..., or choose the name in the window):</source>
        <translation>comptes de démonstration (civicdesk --as NAME ..., ou choisissez le nom dans la fenêtre) :</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/demo.py" line="63"/>
        <source>PIN {pin}</source>
        <translation>code PIN {pin}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/export.py" line="20"/>
        <source>write a list to CSV or XLSX, or everything to a zip</source>
        <translation>enregistrer une liste en CSV ou XLSX, ou tout dans une archive zip</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/export.py" line="21"/>
        <source>Write a list as the window shows it (its columns, in its order) to a .csv (UTF-8, for any spreadsheet) or .xlsx file, or everything to a zip of CSV files with a README. Needs a coordinator or an admin (--as NAME on a database with accounts).</source>
        <translation>Enregistrer une liste telle que la fenêtre l&apos;affiche (ses colonnes, dans son ordre) dans un fichier .csv (UTF-8, pour tout tableur) ou .xlsx, ou tout dans une archive zip de fichiers CSV avec un README. Réservé aux coordinateurs et aux administrateurs (--as NAME sur une base de données avec des comptes).</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/export.py" line="26"/>
        <source>the people list</source>
        <translation>la liste des personnes</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/export.py" line="27"/>
        <source>the households</source>
        <translation>les foyers</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/export.py" line="28"/>
        <source>shifts between two days</source>
        <translation>les créneaux entre deux dates</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/export.py" line="29"/>
        <source>who signed up for shifts between two days</source>
        <translation>les personnes inscrites à des créneaux entre deux dates</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/export.py" line="30"/>
        <source>the requests queue</source>
        <translation>la file d&apos;attente des demandes</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/export.py" line="32"/>
        <source>Export {what}.</source>
        <translation>Exporter {what}.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/export.py" line="37"/>
        <source>every table as CSV files in a zip, with a README of the columns</source>
        <translation>toutes les tables en fichiers CSV dans une archive zip, avec un README des colonnes</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/export.py" line="38"/>
        <source>Every table as a CSV file in a zip, with a README describing every column; read it back with `civicdesk import all FILE.zip`.</source>
        <translation>Chaque table dans un fichier CSV à l&apos;intérieur d&apos;une archive zip, avec un README qui décrit chaque colonne ; rechargez-la avec `civicdesk import all FILE.zip`.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/export.py" line="42"/>
        <source>include the sensitive notes (admins only)</source>
        <translation>inclure les notes confidentielles (administrateurs uniquement)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/export.py" line="49"/>
        <source>read an `export all` zip into an empty database</source>
        <translation>charger une archive zip de `export all` dans une base de données vide</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/export.py" line="50"/>
        <source>Read a zip written by `civicdesk export all` into an empty database (a new --db file): same numbers, same values. PINs and passwords never leave a database: --admin NAME gives that admin a new one (asked, or read from standard input with --password-stdin).</source>
        <translation>Charger une archive zip créée par `civicdesk export all` dans une base de données vide (un nouveau fichier --db) : mêmes numéros, mêmes valeurs. Les codes PIN et les mots de passe ne quittent jamais une base de données : --admin NAME en donne un nouveau à cet administrateur (demandé, ou lu sur l&apos;entrée standard avec --password-stdin).</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/export.py" line="56"/>
        <source>an admin account of the file to give a new PIN or password</source>
        <translation>un compte administrateur du fichier auquel donner un nouveau code PIN ou mot de passe</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/export.py" line="64"/>
        <source>not a date (YYYY-MM-DD): {text}</source>
        <translation>n&apos;est pas une date (YYYY-MM-DD) : {text}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/export.py" line="70"/>
        <source>names, phone or email, as typed in the list</source>
        <translation>noms, téléphone ou courriel, comme dans la recherche de la liste</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/export.py" line="71"/>
        <source>membership status</source>
        <translation>statut de membre</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/export.py" line="74"/>
        <source>volunteers only</source>
        <translation>bénévoles uniquement</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/export.py" line="76"/>
        <source>people who are not volunteers</source>
        <translation>personnes qui ne sont pas bénévoles</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/export.py" line="77"/>
        <source>dues overdue</source>
        <translation>cotisation en retard</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/export.py" line="78"/>
        <source>who has this skill</source>
        <translation>qui a cette compétence</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/export.py" line="79"/>
        <source>who speaks this language</source>
        <translation>qui parle cette langue</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/export.py" line="87"/>
        <source>name, street or a member&apos;s name</source>
        <translation>nom, rue ou nom d&apos;un habitant</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/export.py" line="93"/>
        <source>first day (default today)</source>
        <translation>premier jour (par défaut, aujourd&apos;hui)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/export.py" line="95"/>
        <source>last day, included (default four weeks on)</source>
        <translation>dernier jour, inclus (par défaut, quatre semaines plus tard)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/export.py" line="96"/>
        <source>one event&apos;s shifts only</source>
        <translation>uniquement les créneaux d&apos;un événement</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/export.py" line="102"/>
        <source>only shifts that need people</source>
        <translation>uniquement les créneaux à pourvoir</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/export.py" line="107"/>
        <source>one shift only</source>
        <translation>un seul créneau</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/export.py" line="113"/>
        <source>a status (repeat for several; default the open ones; &apos;any&apos;)</source>
        <translation>un statut (à répéter pour plusieurs ; par défaut, les ouvertes ; &apos;any&apos; pour toutes)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/export.py" line="115"/>
        <source>one urgency</source>
        <translation>une seule urgence</translation>
    </message>
    <message numerus="yes">
        <location filename="../../civicdesk/commands/export.py" line="165"/>
        <location filename="../../civicdesk/commands/imports.py" line="210"/>
        <location filename="../../civicdesk/commands/imports.py" line="282"/>
        <source>%Ln shift(s)</source>
        <translation>
            <numerusform>%Ln créneau</numerusform>
            <numerusform>%Ln créneaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../civicdesk/commands/export.py" line="167"/>
        <location filename="../../civicdesk/commands/imports.py" line="211"/>
        <location filename="../../civicdesk/commands/imports.py" line="244"/>
        <location filename="../../civicdesk/commands/imports.py" line="280"/>
        <source>%Ln sign-up(s)</source>
        <translation>
            <numerusform>%Ln inscription</numerusform>
            <numerusform>%Ln inscriptions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/export.py" line="178"/>
        <source>{path}: {tables}, {rows}</source>
        <translation>{path} : {tables}, {rows}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/export.py" line="180"/>
        <source>{path}: {tables}, {rows} (without the sensitive notes)</source>
        <translation>{path} : {tables}, {rows} (sans les notes confidentielles)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../civicdesk/commands/export.py" line="182"/>
        <location filename="../../civicdesk/commands/export.py" line="200"/>
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n table</numerusform>
            <numerusform>%n tables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../civicdesk/commands/export.py" line="183"/>
        <location filename="../../civicdesk/commands/export.py" line="199"/>
        <location filename="../../civicdesk/commands/move.py" line="233"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln ligne</numerusform>
            <numerusform>%Ln lignes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/export.py" line="198"/>
        <source>{path}: {rows} in {tables} read in</source>
        <translation>{path} : données chargées, {rows} dans {tables}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/find.py" line="15"/>
        <source>print the people a search finds</source>
        <translation>afficher les personnes trouvées par une recherche</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/find.py" line="16"/>
        <source>Print the people the window&apos;s search finds for TEXT (name, email, phone in any format, street), sorted by name, one per line: number, name, phone, street, separated by tabs. At most {count}, as in the window.</source>
        <translation>Afficher les personnes que la recherche de la fenêtre trouve pour TEXT (nom, courriel, téléphone dans n&apos;importe quel format, rue), triées par nom, une par ligne : numéro, nom, téléphone, rue, séparés par des tabulations. {count} au plus, comme dans la fenêtre.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/find.py" line="21"/>
        <source>what to search for</source>
        <translation>le texte à rechercher</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/find.py" line="22"/>
        <source>archived people too</source>
        <translation>les personnes archivées aussi</translation>
    </message>
    <message numerus="yes">
        <location filename="../../civicdesk/commands/find.py" line="36"/>
        <source>(the first %n; type more to narrow the search)</source>
        <translation>
            <numerusform>(seulement %n, la première ; saisissez plus de texte pour affiner la recherche)</numerusform>
            <numerusform>(seulement les %n premières ; saisissez plus de texte pour affiner la recherche)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/find.py" line="38"/>
        <source>nobody found</source>
        <translation>personne n&apos;a été trouvé</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="30"/>
        <source>import people from a CSV, XLSX or ODS file, undo an import, or read an `export all` zip</source>
        <translation>importer des personnes depuis un fichier CSV, XLSX ou ODS, annuler une importation, ou charger une archive zip de `export all`</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="32"/>
        <source>Import people from a file in one go (all or nothing), or undo an import (--dry-run shows what it will do, and stops there); or read an `export all` zip into an empty database.</source>
        <translation>Importer des personnes depuis un fichier en une seule fois (tout ou rien), ou annuler une importation (--dry-run montre ce qui sera fait, sans le faire) ; ou charger une archive zip de `export all` dans une base de données vide.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="37"/>
        <source>a workbook&apos;s sheet (name or number; default first)</source>
        <translation>la feuille du classeur (nom ou numéro ; par défaut, la première)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="38"/>
        <source>show what would be imported; write nothing</source>
        <translation>montrer ce qui serait importé, sans rien écrire</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="40"/>
        <source>import people from FILE</source>
        <translation>importer des personnes depuis FILE</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="43"/>
        <source>generic (guess from the headers), civicrm, wildapricot, or a saved preset&apos;s name</source>
        <translation>generic (deviner d&apos;après les en-têtes), civicrm, wildapricot, ou le nom d&apos;un modèle enregistré</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="45"/>
        <source>put COLUMN into FIELD (COLUMN= leaves it out); repeat it</source>
        <translation>mettre COLUMN dans FIELD (COLUMN= l&apos;ignore) ; peut être répété</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="48"/>
        <source>how the file writes dates, when they could be read two ways</source>
        <translation>comment le fichier écrit les dates, quand elles peuvent se lire de deux façons</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="50"/>
        <source>how the file writes amounts (12,50 or 12.50), when they could be read two ways</source>
        <translation>comment le fichier écrit les montants (12,50 ou 12.50), quand ils peuvent se lire de deux façons</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="53"/>
        <source>save this mapping as a preset called NAME</source>
        <translation>enregistrer cette association des colonnes comme modèle nommé NAME</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="57"/>
        <source>import a SignUpGenius sign-up report from FILE</source>
        <translation>importer un rapport d&apos;inscriptions SignUpGenius depuis FILE</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="60"/>
        <source>signupgenius (the only sign-up report read so far)</source>
        <translation>signupgenius (pour l&apos;instant, le seul rapport d&apos;inscriptions pris en charge)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="64"/>
        <source>undo import ID as a unit</source>
        <translation>annuler l&apos;importation ID en entier</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="69"/>
        <source>list past imports with their counts</source>
        <translation>afficher les importations passées avec leurs chiffres</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="89"/>
        <source>saved the mapping as the preset {name}</source>
        <translation>association des colonnes enregistrée comme modèle {name}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="92"/>
        <location filename="../../civicdesk/commands/imports.py" line="201"/>
        <source>dry run: nothing was written</source>
        <translation>simulation : rien n&apos;a été écrit</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="95"/>
        <location filename="../../civicdesk/commands/imports.py" line="204"/>
        <source>nothing to import</source>
        <translation>rien à importer</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="99"/>
        <source>import {number}: created {people} and {households}, changed {changed}, recorded {payments} (undo it with: civicdesk import undo {number})</source>
        <translation>l&apos;importation {number} a créé {people} et {households}, modifié {changed} et enregistré {payments} (pour l&apos;annuler : civicdesk import undo {number})</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="103"/>
        <source>import {number}: created {people} and {households}, changed {changed} (undo it with: civicdesk import undo {number})</source>
        <translation>l&apos;importation {number} a créé {people} et {households} et modifié {changed} (pour l&apos;annuler : civicdesk import undo {number})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../civicdesk/commands/imports.py" line="108"/>
        <location filename="../../civicdesk/commands/imports.py" line="245"/>
        <source>%Ln dues payment(s)</source>
        <translation>
            <numerusform>%Ln paiement de cotisation</numerusform>
            <numerusform>%Ln paiements de cotisation</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="115"/>
        <source>CSV, {encoding}, delimiter {delimiter}</source>
        <translation>CSV, {encoding}, séparateur {delimiter}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="118"/>
        <source>{kind}, sheet {sheet}</source>
        <translation>{kind}, feuille {sheet}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="119"/>
        <source>{file} ({how}; header on row {row}), preset {preset}</source>
        <translation>{file} ({how} ; en-tête à la ligne {row}), modèle {preset}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="122"/>
        <location filename="../../civicdesk/commands/imports.py" line="221"/>
        <source>note: {note}</source>
        <translation>remarque : {note}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="125"/>
        <source>columns: {columns}</source>
        <translation>colonnes : {columns}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="127"/>
        <source>not imported: {columns}</source>
        <translation>non importées : {columns}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="129"/>
        <source>dates read as {order}</source>
        <translation>dates lues au format {order}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="131"/>
        <source>amounts read with a decimal comma</source>
        <translation>montants lus avec une virgule décimale</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="132"/>
        <source>amounts read with a decimal point</source>
        <translation>montants lus avec un point décimal</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="134"/>
        <source>dues payments to record: {count}</source>
        <translation>paiements de cotisation à enregistrer : {count}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="137"/>
        <source>to create: {count}</source>
        <translation>à créer : {count}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="138"/>
        <source>to update: {count}</source>
        <translation>à mettre à jour : {count}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="142"/>
        <source>joins a household</source>
        <translation>rejoint un foyer</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="143"/>
        <source>row {row}: {name} (person {person}, matched by {how}): {changes}</source>
        <translation>ligne {row} : {name} (personne {person}, correspondance par {how}) : {changes}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="147"/>
        <source>unchanged: {count}</source>
        <translation>sans changement : {count}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="154"/>
        <source>with problems (left out): {count}</source>
        <translation>avec un problème (laissées de côté) : {count}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="156"/>
        <source>row {row}, {column}, “{value}”: {reason}</source>
        <translation>ligne {row}, {column}, « {value} » : {reason}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="164"/>
        <source>day/month/year</source>
        <translation>jour/mois/année</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="166"/>
        <source>month/day/year</source>
        <translation>mois/jour/année</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="167"/>
        <source>year-month-day</source>
        <translation>année-mois-jour</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="172"/>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="174"/>
        <source>comma</source>
        <translation>virgule</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="176"/>
        <source>semicolon</source>
        <translation>point-virgule</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="182"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="207"/>
        <source>import {number}: created {events}, {shifts}, {signups} and {people} (undo it with: civicdesk import undo {number})</source>
        <translation>importation {number} : création de {events}, {shifts}, {signups} et {people} (pour l&apos;annuler : civicdesk import undo {number})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../civicdesk/commands/imports.py" line="209"/>
        <location filename="../../civicdesk/commands/imports.py" line="281"/>
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln événement</numerusform>
            <numerusform>%Ln événements</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="219"/>
        <source>{file} (SignUpGenius sign-up report; header on row {row})</source>
        <translation>{file} (rapport d&apos;inscriptions SignUpGenius ; en-tête à la ligne {row})</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="222"/>
        <source>sign-ups to create: {count}</source>
        <translation>inscriptions à créer : {count}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="223"/>
        <source>new events: {count}</source>
        <translation>nouveaux événements : {count}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="224"/>
        <source>new shifts: {count}</source>
        <translation>nouveaux créneaux : {count}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="225"/>
        <source>new people: {count}</source>
        <translation>nouvelles personnes : {count}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="226"/>
        <source>people on file: {count}</source>
        <translation>personnes enregistrées : {count}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="229"/>
        <source>row {row}: {name} (person {person}, matched by {how})</source>
        <translation>ligne {row} : {name} (personne {person}, correspondance par {how})</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="232"/>
        <source>already signed up: {count}</source>
        <translation>déjà inscrites : {count}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="247"/>
        <source>import {number} undone: removed {removed}, restored {restored}</source>
        <translation>importation {number} annulée : retrait de {removed} ; personnes restaurées : {restored}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="250"/>
        <source>kept as they are ({count}):</source>
        <translation>laissés tels quels ({count}) :</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="261"/>
        <source>no imports yet</source>
        <translation>aucune importation pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="265"/>
        <source>undone {day} by {name}</source>
        <translation>annulée le {day} par {name}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="268"/>
        <source>in place</source>
        <translation>en vigueur</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="269"/>
        <source>created {created}, changed {changed}, unchanged {unchanged}, problems {problems}</source>
        <translation>{created} créées, {changed} modifiées, {unchanged} inchangées, {problems} avec un problème</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/report.py" line="16"/>
        <source>print a report to a PDF file (--list shows them)</source>
        <translation>imprimer un rapport dans un fichier PDF (--list les affiche)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/report.py" line="17"/>
        <source>civicdesk report NAME -o FILE.pdf [--option VALUE ...]; civicdesk report NAME --help shows the options of one report.</source>
        <translation>civicdesk report NAME -o FILE.pdf [--option VALUE ...] ; civicdesk report NAME --help affiche les options d&apos;un rapport.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/report.py" line="19"/>
        <source>which report (see --list)</source>
        <translation>quel rapport (voir --list)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/report.py" line="21"/>
        <source>list the reports and their options</source>
        <translation>lister les rapports et leurs options</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/report.py" line="32"/>
        <source>where to write the PDF</source>
        <translation>où enregistrer le PDF</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/report.py" line="57"/>
        <source>; default {value}</source>
        <translation>; par défaut : {value}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/report.py" line="58"/>
        <source>; required</source>
        <translation>; obligatoire</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/report.py" line="64"/>
        <source>(the event&apos;s number)</source>
        <translation>(le numéro de l&apos;événement)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/report.py" line="66"/>
        <source>(the person&apos;s number)</source>
        <translation>(le numéro de la personne)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/report.py" line="68"/>
        <source>(the shift&apos;s number)</source>
        <translation>(le numéro du créneau)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/report.py" line="69"/>
        <source>(the request&apos;s number)</source>
        <translation>(le numéro de la demande)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../civicdesk/commands/report.py" line="85"/>
        <source>{path}: {report}, %Ln byte(s)</source>
        <translation>
            <numerusform>{path} : {report}, %Ln octet</numerusform>
            <numerusform>{path} : {report}, %Ln octets</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/report.py" line="91"/>
        <source>Reports (civicdesk report NAME -o FILE.pdf [options]):</source>
        <translation>Rapports (civicdesk report NAME -o FILE.pdf [options]) :</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/restore.py" line="17"/>
        <source>put a backup in place of the database (the current one is backed up first)</source>
        <translation>remplacer la base de données par une sauvegarde (l&apos;actuelle est d&apos;abord sauvegardée)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/restore.py" line="20"/>
        <source>the backup file (see: civicdesk backups)</source>
        <translation>le fichier de sauvegarde (voir : civicdesk backups)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/restore.py" line="30"/>
        <source>To put a backup&apos;s data on a server, copy it into a new, empty database there: civicdesk --db BACKUP move --to postgresql://USER@HOST/DATABASE</source>
        <translation>Pour mettre les données d&apos;une sauvegarde sur un serveur, copiez-les dans une nouvelle base de données vide sur ce serveur : civicdesk --db BACKUP move --to postgresql://USER@HOST/DATABASE</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/restore.py" line="36"/>
        <source>restored {backup} into {path}: {what}</source>
        <translation>sauvegarde {backup} restaurée dans {path} : {what}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/restore.py" line="40"/>
        <source>the replaced data is in the backup {path}</source>
        <translation>les données remplacées sont dans la sauvegarde {path}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/restore.py" line="43"/>
        <source>the replaced file could not be backed up (damaged); its copy is {path}</source>
        <translation>impossible de sauvegarder le fichier remplacé (endommagé) ; une copie en est conservée : {path}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/settings_cmd.py" line="27"/>
        <source>list, show or change the association&apos;s settings</source>
        <translation>lister, afficher ou modifier les paramètres de l&apos;association</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/settings_cmd.py" line="28"/>
        <source>The association&apos;s settings: its name, address, phone, email, website and logo on every report; paper, country, currency and time zone; dues; idle lock and the second backup folder.</source>
        <translation>Les paramètres de l&apos;association : son nom, son adresse, son téléphone, son courriel, son site web et son logo sur chaque rapport ; le format de papier, le pays, la devise et le fuseau horaire ; la cotisation ; le verrouillage après inactivité et le deuxième dossier de sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/settings_cmd.py" line="31"/>
        <source>settings commands</source>
        <translation>commandes des paramètres</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/settings_cmd.py" line="34"/>
        <source>every setting, its value and what it is</source>
        <translation>chaque paramètre, sa valeur et à quoi il sert</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/settings_cmd.py" line="36"/>
        <source>print one setting&apos;s value</source>
        <translation>afficher la valeur d&apos;un paramètre</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/settings_cmd.py" line="40"/>
        <source>change one setting (admins; audited)</source>
        <translation>modifier un paramètre (administrateurs ; inscrit au journal d&apos;activité)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/settings_cmd.py" line="41"/>
        <source>Change one setting. The logo is the path of a PNG or JPEG picture, checked and kept, scaled, in the database; an empty VALUE clears a setting back to its default.</source>
        <translation>Modifier un paramètre. Le logo est le chemin d&apos;une image PNG ou JPEG, vérifiée puis conservée, redimensionnée, dans la base de données ; une VALUE vide remet le paramètre à sa valeur par défaut.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/settings_cmd.py" line="61"/>
        <source>(a picture, {size} KB)</source>
        <translation>(une image, {size} Ko)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/settings_cmd.py" line="71"/>
        <source>(default)</source>
        <translation>(par défaut)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/user.py" line="34"/>
        <source>add, list, reset or deactivate user accounts</source>
        <translation>ajouter, lister, réinitialiser ou désactiver des comptes utilisateur</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/user.py" line="35"/>
        <source>User accounts: everyone logs in to a database that has them. The first `user add` makes the first admin; the others need `civicdesk --as ADMIN user ...`.</source>
        <translation>Comptes utilisateur : dans une base de données qui en a, tout le monde se connecte. Le premier `user add` crée le premier administrateur ; les suivants nécessitent `civicdesk --as ADMIN user ...`.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/user.py" line="38"/>
        <source>user commands</source>
        <translation>commandes des comptes utilisateur</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/user.py" line="41"/>
        <source>add a user (asks for the PIN or password twice)</source>
        <translation>ajouter un utilisateur (demande deux fois le code PIN ou le mot de passe)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/user.py" line="42"/>
        <source>the name to log in with</source>
        <translation>l&apos;identifiant de connexion</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/user.py" line="44"/>
        <source>what the user may do (the first user must be an admin)</source>
        <translation>ce que l&apos;utilisateur peut faire (le premier utilisateur doit être administrateur)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/user.py" line="46"/>
        <source>the name shown in the window and the audit log (default: NAME)</source>
        <translation>le nom affiché dans la fenêtre et dans le journal d&apos;activité (par défaut : NAME)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/user.py" line="47"/>
        <source>read the new user&apos;s PIN or password from standard input (after the --as user&apos;s line, if that is read from there too)</source>
        <translation>lire le code PIN ou le mot de passe du nouvel utilisateur sur l&apos;entrée standard (après la ligne de l&apos;utilisateur de --as, si elle y est lue aussi)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/user.py" line="51"/>
        <source>list the users: name, role, active, last login</source>
        <translation>lister les utilisateurs : nom, rôle, actif, dernière connexion</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/user.py" line="54"/>
        <source>give a user a new PIN or password (ends any wait)</source>
        <translation>donner à un utilisateur un nouveau code PIN ou un nouveau mot de passe (met fin à toute attente)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/user.py" line="56"/>
        <source>read the new PIN or password from standard input (after the --as user&apos;s line, if that is read from there too)</source>
        <translation>lire le nouveau code PIN ou le nouveau mot de passe sur l&apos;entrée standard (après la ligne de l&apos;utilisateur de --as, si elle y est lue aussi)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/user.py" line="61"/>
        <source>stop a user from logging in (their name stays in the audit log)</source>
        <translation>empêcher un utilisateur de se connecter (son nom reste dans le journal d&apos;activité)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/user.py" line="97"/>
        <source>{name} is the first admin of {path}; from now on every command that changes data needs: civicdesk --as {login} ...</source>
        <translation>{name} est le premier administrateur de {path} ; désormais, toute commande qui modifie des données nécessite : civicdesk --as {login} ...</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/user.py" line="104"/>
        <source>added {name} ({role})</source>
        <translation>utilisateur ajouté : {name} ({role})</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/user.py" line="113"/>
        <source>no user accounts yet (add the first admin with: civicdesk user add NAME --role admin)</source>
        <translation>aucun compte utilisateur pour l&apos;instant (ajoutez le premier administrateur avec : civicdesk user add NAME --role admin)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/user.py" line="119"/>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/user.py" line="119"/>
        <source>DISPLAY NAME</source>
        <translation>NOM AFFICHÉ</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/user.py" line="119"/>
        <source>ROLE</source>
        <translation>RÔLE</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/user.py" line="119"/>
        <source>ACTIVE</source>
        <translation>ACTIF</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/user.py" line="120"/>
        <source>LAST LOGIN</source>
        <translation>DERNIÈRE CONNEXION</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/user.py" line="121"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/user.py" line="121"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/user.py" line="121"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/user.py" line="151"/>
        <source>{name} has a new PIN or password</source>
        <translation>{name} a un nouveau code PIN ou un nouveau mot de passe</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/user.py" line="163"/>
        <source>{name} was deactivated already</source>
        <translation>le compte de {name} était déjà désactivé</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/user.py" line="166"/>
        <source>{name} can no longer log in (their name stays in the audit log)</source>
        <translation>{name} ne peut plus se connecter (son nom reste dans le journal d&apos;activité)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/move.py" line="48"/>
        <source>copy the whole database into an empty one: a PostgreSQL server&apos;s, or a new file</source>
        <translation>copier toute la base de données dans une base vide : celle d&apos;un serveur PostgreSQL, ou un nouveau fichier</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/move.py" line="51"/>
        <source>Copy the whole database (--db, or the data folder&apos;s file) into an empty database: a PostgreSQL server&apos;s (--to postgresql://USER@HOST[:PORT]/DATABASE), or a new file (--to FILE.db). Every row keeps its number, the audit log comes with it, and the copy is kept only when every table&apos;s rows are counted the same on both sides and both pass `civicdesk check`; otherwise the target is left empty. The source is only read. Needs an admin (--as NAME on a database with accounts).</source>
        <translation>Copier toute la base de données (--db, ou le fichier du dossier de données) dans une base de données vide : celle d&apos;un serveur PostgreSQL (--to postgresql://USER@HOST[:PORT]/DATABASE), ou un nouveau fichier (--to FILE.db). Chaque ligne garde son numéro, le journal d&apos;activité est copié aussi, et la copie n&apos;est conservée que si chaque table compte le même nombre de lignes des deux côtés et que les deux bases passent `civicdesk check` ; sinon, la base de destination reste vide. La base d&apos;origine est seulement lue. Réservé aux administrateurs (--as NAME sur une base de données avec des comptes).</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/move.py" line="59"/>
        <source>the empty database to copy into</source>
        <translation>la base de données vide dans laquelle copier</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/move.py" line="84"/>
        <source>moved {source} to {target}: {what}. Every table has the same number of rows on both sides, and both pass the check ({seconds} s).</source>
        <translation>base de données {source} transférée vers {target} : {what}. Chaque table compte le même nombre de lignes des deux côtés, et les deux passent la vérification ({seconds} s).</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/move.py" line="89"/>
        <source>open it with: civicdesk --db {target}</source>
        <translation>ouvrez-la avec : civicdesk --db {target}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/move.py" line="227"/>
        <source>checking the database to move...</source>
        <translation>vérification de la base de données à transférer...</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/move.py" line="232"/>
        <source>{table}: {rows} copied ({seconds} s)</source>
        <translation>{table} : copie terminée, {rows} ({seconds} s)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/move.py" line="236"/>
        <source>building the search indexes...</source>
        <translation>création des index de recherche...</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/move.py" line="238"/>
        <source>counting and checking the copy...</source>
        <translation>comptage et vérification de la copie...</translation>
    </message>
</context>
<context>
    <name>Conflict</name>
    <message>
        <location filename="../../civicdesk/services/errors.py" line="46"/>
        <source>{who} changed this record after you opened it ({fields}). Your changes were not saved. Reload to see their version, then make your changes again.</source>
        <translation>{who} a modifié cette fiche après que vous l&apos;avez ouverte ({fields}). Vos modifications n&apos;ont pas été enregistrées. Rechargez-la pour voir sa version, puis refaites vos modifications.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../civicdesk/gui/dialogs/connect_dialog.py" line="57"/>
        <source>Remember in this computer&apos;s &amp;keyring</source>
        <translation>Mémoriser dans le t&amp;rousseau de mots de passe de cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/connect_dialog.py" line="59"/>
        <source>The password is kept by the system&apos;s keyring (not in a CivicDesk file), so it is not asked again on this computer</source>
        <translation>Le mot de passe est conservé par le trousseau de mots de passe du système (pas dans un fichier de CivicDesk) : il n&apos;est donc plus demandé sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/connect_dialog.py" line="75"/>
        <source>Connect to a shared database</source>
        <translation>Se connecter à une base de données partagée</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/connect_dialog.py" line="78"/>
        <source>Several PCs can share one CivicDesk database on a PostgreSQL server. Type what whoever runs the server gave you. This computer remembers the connection (never the password) and opens it at the next start.</source>
        <translation>Plusieurs PC peuvent partager une même base de données CivicDesk sur un serveur PostgreSQL. Saisissez ce que vous a donné la personne qui gère le serveur. Cet ordinateur mémorise la connexion (jamais le mot de passe) et l&apos;ouvre au prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/connect_dialog.py" line="86"/>
        <source>for example office-server or 192.168.1.20</source>
        <translation>par exemple serveur-bureau ou 192.168.1.20</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/connect_dialog.py" line="95"/>
        <source>When the server offers it (prefer)</source>
        <translation>Quand le serveur le propose (prefer)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/connect_dialog.py" line="96"/>
        <source>Always (require)</source>
        <translation>Toujours (require)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/connect_dialog.py" line="97"/>
        <source>Always, and check the server&apos;s certificate (verify-full)</source>
        <translation>Toujours, et vérifier le certificat du serveur (verify-full)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/connect_dialog.py" line="102"/>
        <source>empty: the saved one, or none</source>
        <translation>vide : celui qui est mémorisé, ou aucun</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/connect_dialog.py" line="103"/>
        <source>&amp;Server</source>
        <translation>&amp;Serveur</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/connect_dialog.py" line="104"/>
        <source>&amp;Port</source>
        <translation>&amp;Port</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/connect_dialog.py" line="105"/>
        <source>&amp;Database</source>
        <translation>&amp;Base de données</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/connect_dialog.py" line="106"/>
        <source>&amp;User name</source>
        <translation>Nom d&apos;&amp;utilisateur</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/connect_dialog.py" line="107"/>
        <source>&amp;Encryption (TLS)</source>
        <translation>&amp;Chiffrement (TLS)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/connect_dialog.py" line="108"/>
        <source>Pass&amp;word</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/connect_dialog.py" line="112"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/connect_dialog.py" line="117"/>
        <source>Connecting</source>
        <translation>Connexion en cours</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/connect_dialog.py" line="133"/>
        <source>C&amp;onnect</source>
        <translation>Se c&amp;onnecter</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/connect_dialog.py" line="181"/>
        <source>Connecting to {server}…</source>
        <translation>Connexion à {server}…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/connect_dialog.py" line="204"/>
        <source>Type it in Password.</source>
        <translation>Saisissez-le dans Mot de passe.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/connect_dialog.py" line="209"/>
        <source>Connected. The database is empty: CivicDesk sets it up when you connect.</source>
        <translation>Connexion réussie. La base de données est vide : CivicDesk la prépare lorsque vous vous connectez.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/connect_dialog.py" line="212"/>
        <source>Connected to a CivicDesk database with {people} people, saved by an older CivicDesk: it is upgraded when you connect.</source>
        <translation>Connexion réussie à une base de données CivicDesk qui compte {people} personnes, enregistrée par une version plus ancienne de CivicDesk : elle est mise à jour lorsque vous vous connectez.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/connect_dialog.py" line="216"/>
        <source>Connected to a CivicDesk database with {people} people.</source>
        <translation>Connexion réussie à une base de données CivicDesk qui compte {people} personnes.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../civicdesk/gui/crash.py" line="184"/>
        <source>The details were saved in &lt;b&gt;{file}&lt;/b&gt;.</source>
        <translation>Les détails ont été enregistrés dans &lt;b&gt;{file}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/crash.py" line="186"/>
        <source>The details could not be saved to a file; copy them below.</source>
        <translation>Impossible d&apos;enregistrer les détails dans un fichier ; copiez-les ci-dessous.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/crash.py" line="188"/>
        <source>&lt;b&gt;Something went wrong that CivicDesk did not expect.&lt;/b&gt; Everything you saved before is safe; the last thing you were doing may not have been saved, so please check it.</source>
        <translation>&lt;b&gt;Il s&apos;est produit quelque chose que CivicDesk n&apos;attendait pas.&lt;/b&gt; Tout ce que vous avez enregistré avant est en sécurité ; la dernière chose que vous faisiez n&apos;a peut-être pas été enregistrée, vérifiez-la donc.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/crash.py" line="192"/>
        <source>You can keep working. If it happens again, close CivicDesk, start it again, and give the details to whoever looks after this computer.</source>
        <translation>Vous pouvez continuer à travailler. Si cela se reproduit, fermez CivicDesk, relancez-le et transmettez les détails à la personne qui s&apos;occupe de cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../ui/crash_dialog.ui" line="6"/>
        <source>CivicDesk ran into a problem</source>
        <translation>CivicDesk a rencontré un problème</translation>
    </message>
    <message>
        <location filename="../../ui/crash_dialog.ui" line="28"/>
        <source>Technical details</source>
        <translation>Détails techniques</translation>
    </message>
    <message>
        <location filename="../../ui/crash_dialog.ui" line="35"/>
        <source>&amp;Copy details</source>
        <translation>&amp;Copier les détails</translation>
    </message>
    <message>
        <location filename="../../ui/crash_dialog.ui" line="40"/>
        <source>Open the &amp;log folder</source>
        <translation>Ouvrir le dossier du &amp;journal</translation>
    </message>
    <message>
        <location filename="../../ui/crash_dialog.ui" line="50"/>
        <source>&amp;Quit CivicDesk</source>
        <translation>&amp;Quitter CivicDesk</translation>
    </message>
    <message>
        <location filename="../../ui/crash_dialog.ui" line="55"/>
        <source>Co&amp;ntinue working</source>
        <translation>Co&amp;ntinuer à travailler</translation>
    </message>
</context>
<context>
    <name>DataError</name>
    <message>
        <location filename="../../civicdesk/data/append_only.py" line="37"/>
        <source>Nothing was saved: the audit log and the history of requests are kept as they were written. Their entries cannot be changed or deleted.</source>
        <translation>Rien n&apos;a été enregistré : le journal d&apos;activité et l&apos;historique des demandes sont conservés tels qu&apos;ils ont été écrits. Leurs entrées ne peuvent être ni modifiées ni supprimées.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/backups.py" line="51"/>
        <source>The backup could not be made in {folder}: {why}. The database itself is unchanged.</source>
        <translation>Impossible de faire la sauvegarde dans {folder} : {why}. La base de données elle-même n&apos;a pas changé.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/backups.py" line="57"/>
        <source>{path} cannot be used as a backup: {why}. Nothing was changed.</source>
        <translation>{path} ne peut pas servir de sauvegarde : {why}. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/backups.py" line="62"/>
        <source>{path} is open in another CivicDesk or another program. Close it there first; nothing was changed.</source>
        <translation>{path} est ouvert dans un autre CivicDesk ou un autre programme. Fermez-le d&apos;abord là-bas ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/backups.py" line="67"/>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/backups.py" line="68"/>
        <source>there is no such file</source>
        <translation>ce fichier n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/backups.py" line="69"/>
        <source>it is not a database file</source>
        <translation>ce n&apos;est pas un fichier de base de données</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/backups.py" line="70"/>
        <source>it is not a CivicDesk database</source>
        <translation>ce n&apos;est pas une base de données CivicDesk</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/backups.py" line="71"/>
        <source>it was saved by a newer CivicDesk</source>
        <translation>il a été enregistré par une version plus récente de CivicDesk</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/backups.py" line="72"/>
        <source>SQLite&apos;s check found damage ({detail})</source>
        <translation>la vérification de SQLite a trouvé des dommages ({detail})</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/database.py" line="164"/>
        <source>{path} was saved by an older CivicDesk and must be upgraded before this one can show it, which cannot be done while it is open in CivicDesk elsewhere ({holder}). Close CivicDesk there first.</source>
        <translation>{path} a été enregistré par une version plus ancienne de CivicDesk et doit être mis à jour avant que celle-ci puisse l&apos;afficher, ce qui est impossible tant qu&apos;il est ouvert dans CivicDesk ailleurs ({holder}). Fermez d&apos;abord CivicDesk là-bas.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/errors.py" line="27"/>
        <source>{path} is a folder, not a database file. Choose the civicdesk.db file inside it.</source>
        <translation>{path} est un dossier, pas un fichier de base de données. Choisissez le fichier civicdesk.db qu&apos;il contient.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/errors.py" line="33"/>
        <source>CivicDesk is not allowed to read {path}. Ask whoever manages this computer to give your user access to the file.</source>
        <translation>CivicDesk n&apos;a pas le droit de lire {path}. Demandez à la personne qui gère cet ordinateur de donner à votre compte utilisateur l&apos;accès au fichier.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/errors.py" line="41"/>
        <source>CivicDesk cannot save in the folder {path} (it is read-only or you lack permission). Choose a folder you can write to, for example with --data-dir.</source>
        <translation>CivicDesk ne peut pas enregistrer dans le dossier {path} (il est en lecture seule ou vous n&apos;avez pas l&apos;autorisation). Choisissez un dossier où vous pouvez écrire, par exemple avec --data-dir.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/errors.py" line="49"/>
        <source>{path} is not a CivicDesk database. Check that you picked the right file; CivicDesk did not change it.</source>
        <translation>{path} n&apos;est pas une base de données CivicDesk. Vérifiez que vous avez choisi le bon fichier ; CivicDesk ne l&apos;a pas modifié.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/errors.py" line="59"/>
        <source>The database {path} is damaged ({detail}). CivicDesk did not change it. {advice}</source>
        <translation>La base de données {path} est endommagée ({detail}). CivicDesk ne l&apos;a pas modifiée. {advice}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/errors.py" line="75"/>
        <source>There is no verified backup of it: ask someone who knows computers to look at the file before anything else is done with it.</source>
        <translation>Il n&apos;en existe aucune sauvegarde vérifiée : demandez à quelqu&apos;un qui s&apos;y connaît en informatique d&apos;examiner le fichier avant d&apos;en faire quoi que ce soit d&apos;autre.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/errors.py" line="78"/>
        <source>The newest verified backup is from {when} ({people} people): restore it with File &gt; Restore from a backup, or `civicdesk restore {file}`.</source>
        <translation>La sauvegarde vérifiée la plus récente date du {when} ({people} personnes) : restaurez-la avec Fichier &gt; Restaurer une sauvegarde, ou avec `civicdesk restore {file}`.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/errors.py" line="84"/>
        <source>CivicDesk cannot open {path} ({detail}). SQLite&apos;s own check finds no damage, and CivicDesk did not change the file.</source>
        <translation>CivicDesk ne peut pas ouvrir {path} ({detail}). La vérification intégrée de SQLite ne détecte aucun dommage, et CivicDesk n&apos;a pas modifié le fichier.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/errors.py" line="116"/>
        <source>The database {path} was saved by a newer CivicDesk (data version {found}; this CivicDesk understands up to {supported}). Install the newer CivicDesk to open it.</source>
        <translation>La base de données {path} a été enregistrée par une version plus récente de CivicDesk (version des données {found} ; ce CivicDesk comprend jusqu&apos;à la version {supported}). Installez la version plus récente de CivicDesk pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/errors.py" line="124"/>
        <source>The database is busy: another CivicDesk or another program, on this computer or another one, is saving to it. Nothing was saved. Wait a moment and try again; if it stays busy, close the other CivicDesk first.</source>
        <translation>La base de données est occupée : un autre CivicDesk ou un autre programme, sur cet ordinateur ou sur un autre, est en train d&apos;y enregistrer. Rien n&apos;a été enregistré. Patientez un instant et réessayez ; si elle reste occupée, fermez d&apos;abord l&apos;autre CivicDesk.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/errors.py" line="133"/>
        <source>CivicDesk cannot save to {path}: the file is read-only, or you are not allowed to change it. Nothing was saved. Ask whoever manages this computer to let your user change the file.</source>
        <translation>CivicDesk ne peut pas enregistrer dans {path} : le fichier est en lecture seule, ou vous n&apos;avez pas le droit de le modifier. Rien n&apos;a été enregistré. Demandez à la personne qui gère cet ordinateur d&apos;autoriser votre compte utilisateur à modifier le fichier.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/errors.py" line="142"/>
        <source>CivicDesk could not read or write {path}: the disk reported an error ({detail}). Nothing was saved. Check that the disk or USB stick is still connected and try again; if it keeps happening, keep your backups somewhere safe.</source>
        <translation>CivicDesk n&apos;a pas pu lire ou écrire {path} : le disque a signalé une erreur ({detail}). Rien n&apos;a été enregistré. Vérifiez que le disque ou la clé USB est toujours branché et réessayez ; si cela se reproduit, gardez vos sauvegardes en lieu sûr.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/errors.py" line="151"/>
        <source>The disk holding {path} is full, so nothing was saved. Free some space and try again.</source>
        <translation>Le disque qui contient {path} est plein, donc rien n&apos;a été enregistré. Libérez de l&apos;espace et réessayez.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/lockfile.py" line="60"/>
        <source>another copy of CivicDesk</source>
        <translation>une autre copie de CivicDesk</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/lockfile.py" line="61"/>
        <source>{user}, on this computer, since {since}</source>
        <translation>{user}, sur cet ordinateur, depuis {since}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/lockfile.py" line="62"/>
        <source>{user} on the computer {host}, since {since}</source>
        <translation>{user} sur l&apos;ordinateur {host}, depuis {since}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/lockfile.py" line="68"/>
        <source>{path} is already open in CivicDesk: {holder}. Only one copy can make changes at a time: close CivicDesk there first.</source>
        <translation>{path} est déjà ouvert dans CivicDesk : {holder}. Une seule copie peut faire des modifications à la fois : fermez d&apos;abord CivicDesk là-bas.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/lockfile.py" line="80"/>
        <source>This copy of CivicDesk opened {path} read-only, because it is open in CivicDesk elsewhere: {holder}. Nothing was saved here; make the change there, or close CivicDesk there and open the file again here.</source>
        <translation>Cette copie de CivicDesk a ouvert {path} en lecture seule, car il est ouvert dans CivicDesk ailleurs : {holder}. Rien n&apos;a été enregistré ici ; faites la modification là-bas, ou fermez CivicDesk là-bas et rouvrez le fichier ici.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/lockfile.py" line="91"/>
        <source>{path} is in a network folder ({kind}). CivicDesk keeps its data in one file on this computer&apos;s own disk: a file that several computers share over the network can be damaged. Copy it to this computer&apos;s disk and open it there. For several PCs, CivicDesk will work with one shared database server (PostgreSQL) in a later version.</source>
        <translation>{path} se trouve dans un dossier réseau ({kind}). CivicDesk garde ses données dans un seul fichier sur le disque de cet ordinateur : un fichier que plusieurs ordinateurs partagent par le réseau peut être endommagé. Copiez-le sur le disque de cet ordinateur et ouvrez-le là. Pour plusieurs PC, une prochaine version de CivicDesk fonctionnera avec un serveur de base de données partagé (PostgreSQL).</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/storage.py" line="27"/>
        <source>The second backup folder {path} is not there (is the USB stick or the other disk connected?). The backup was made in the first folder only.</source>
        <translation>Le second dossier de sauvegarde {path} est introuvable (la clé USB ou l&apos;autre disque est-il branché ?). La sauvegarde n&apos;a été faite que dans le premier dossier.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/storage.py" line="33"/>
        <source>A backup is put back in place of a database file, and {address} is a database on a server. To put a backup&apos;s data there, copy it into a new, empty database on the server: civicdesk --db BACKUP move --to postgresql://USER@HOST/DATABASE. Nothing was changed.</source>
        <translation>Une sauvegarde se restaure à la place d&apos;un fichier de base de données, et {address} est une base de données sur un serveur. Pour y mettre les données d&apos;une sauvegarde, copiez-les dans une base de données nouvelle et vide sur le serveur : civicdesk --db SAUVEGARDE move --to postgresql://UTILISATEUR@SERVEUR/BASE. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/address.py" line="32"/>
        <source>“{value}” is not the address of a PostgreSQL database: {why}. Write it as postgresql://USER@HOST[:PORT]/DATABASE</source>
        <translation>« {value} » n&apos;est pas l&apos;adresse d&apos;une base de données PostgreSQL : {why}. Écrivez-la sous la forme postgresql://USER@HOST[:PORT]/DATABASE</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/address.py" line="37"/>
        <source>CivicDesk connects to PostgreSQL servers only (postgresql://…)</source>
        <translation>CivicDesk ne se connecte qu&apos;à des serveurs PostgreSQL (postgresql://…)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/address.py" line="39"/>
        <source>the server&apos;s name is missing</source>
        <translation>le nom du serveur manque</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/address.py" line="40"/>
        <source>the user name is missing</source>
        <translation>le nom d&apos;utilisateur manque</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/address.py" line="41"/>
        <source>the database&apos;s name is missing</source>
        <translation>le nom de la base de données manque</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/address.py" line="42"/>
        <source>the port must be a number from 1 to 65535</source>
        <translation>le port doit être un nombre de 1 à 65535</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/address.py" line="43"/>
        <source>sslmode must be one of disable, allow, prefer, require, verify-ca, verify-full</source>
        <translation>sslmode doit être l&apos;une de ces valeurs : disable, allow, prefer, require, verify-ca, verify-full</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/address.py" line="45"/>
        <source>only sslmode can follow the “?”</source>
        <translation>seul sslmode peut suivre le « ? »</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/advisory.py" line="35"/>
        <source>Another PC is importing right now; try again when it has finished. Nothing was changed.</source>
        <translation>Un autre PC est en train d&apos;importer ; réessayez quand il aura terminé. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/advisory.py" line="42"/>
        <source>Another PC is making a backup of this database right now; try again when it has finished.</source>
        <translation>Un autre PC est en train de faire une sauvegarde de cette base de données ; réessayez quand il aura terminé.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/copying.py" line="50"/>
        <source>{target} already holds data ({what}). A database is copied only into an empty one, so nothing is mixed or overwritten; nothing was changed.</source>
        <translation>{target} contient déjà des données ({what}). Une base de données n&apos;est copiée que dans une base vide, pour que rien ne soit mélangé ni écrasé ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/copying.py" line="56"/>
        <source>Row {row} of {table} cannot be copied to {target}: {why}. Correct it in {source} first; nothing was copied, and {target} holds no data.</source>
        <translation>La ligne {row} de {table} ne peut pas être copiée dans {target} : {why}. Corrigez-la d&apos;abord dans {source} ; rien n&apos;a été copié, et {target} ne contient aucune donnée.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/copying.py" line="62"/>
        <source>Copying {table} to {target} failed ({why}). Nothing was copied, and {target} holds no data.</source>
        <translation>La copie de {table} dans {target} a échoué ({why}). Rien n&apos;a été copié, et {target} ne contient aucune donnée.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/copying.py" line="68"/>
        <source>After copying, {target} would hold {found} rows of {table} where {source} holds {expected}. Nothing was copied, and {target} holds no data.</source>
        <translation>Après la copie, {target} aurait {found} lignes de {table}, alors que {source} en a {expected}. Rien n&apos;a été copié, et {target} ne contient aucune donnée.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/copying.py" line="75"/>
        <source>{where} does not pass CivicDesk&apos;s check: {problems}. Nothing was copied, and {target} holds no data.</source>
        <translation>{where} ne passe pas la vérification de CivicDesk : {problems}. Rien n&apos;a été copié, et {target} ne contient aucune donnée.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/copying.py" line="80"/>
        <source>its {column} holds a NUL character, which a PostgreSQL server cannot store</source>
        <translation>sa colonne {column} contient un caractère NUL, qu&apos;un serveur PostgreSQL ne peut pas stocker</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/copying.py" line="82"/>
        <source>its {column} is {length} characters long, and the server takes at most {limit}</source>
        <translation>sa colonne {column} fait {length} caractères, et le serveur en accepte {limit} au maximum</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/pg_errors.py" line="28"/>
        <source>CivicDesk cannot reach the database server {server} ({detail}). Check that the server is running and that this computer is on its network, then try again.</source>
        <translation>CivicDesk ne parvient pas à contacter le serveur de base de données {server} ({detail}). Vérifiez que le serveur est en marche et que cet ordinateur est sur son réseau, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/pg_errors.py" line="35"/>
        <source>The database server {server} asks for the password of {user}.</source>
        <translation>Le serveur de base de données {server} demande le mot de passe de {user}.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/pg_errors.py" line="40"/>
        <source>The database server {server} did not accept the user name {user} with this password. Type the password again, or ask whoever runs the server.</source>
        <translation>Le serveur de base de données {server} n&apos;a pas accepté le nom d&apos;utilisateur {user} avec ce mot de passe. Retapez le mot de passe, ou adressez-vous à la personne qui gère le serveur.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/pg_errors.py" line="46"/>
        <source>The database server {server} has no database named {database}. Ask whoever runs the server to create it (README, “Several PCs”).</source>
        <translation>Le serveur de base de données {server} n&apos;a aucune base de données nommée {database}. Demandez à la personne qui gère le serveur de la créer (README, « Several PCs »).</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/pg_errors.py" line="52"/>
        <source>The user {user} may not create tables in the database {database} on {server}, so CivicDesk cannot set it up; nothing was changed. Ask whoever runs the server to make {user} the owner of {database} (README, “Several PCs”).</source>
        <translation>L&apos;utilisateur {user} n&apos;a pas le droit de créer des tables dans la base de données {database} sur {server}, donc CivicDesk ne peut pas la préparer ; rien n&apos;a été modifié. Demandez à la personne qui gère le serveur de faire de {user} le propriétaire de {database} (README, « Several PCs »).</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/pg_errors.py" line="60"/>
        <source>The connection to the database server {server} was lost, so nothing of this change was saved. Check the network and try again: CivicDesk connects again by itself.</source>
        <translation>La connexion au serveur de base de données {server} a été perdue, donc rien de cette modification n&apos;a été enregistré. Vérifiez le réseau et réessayez : CivicDesk se reconnecte tout seul.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/pg_errors.py" line="67"/>
        <source>The database server {server} refused: {detail}</source>
        <translation>Le serveur de base de données {server} a refusé : {detail}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/pg_errors.py" line="72"/>
        <source>The database {database} on {server} is not a CivicDesk database (it holds tables of another program). CivicDesk did not change it. Connect to an empty database, or to the association&apos;s.</source>
        <translation>La base de données {database} sur {server} n&apos;est pas une base de données CivicDesk (elle contient les tables d&apos;un autre programme). CivicDesk ne l&apos;a pas modifiée. Connectez-vous à une base de données vide, ou à celle de l&apos;association.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/pg_search.py" line="65"/>
        <source>The database {database} on {server} stores text as {encoding}, which cannot hold every name, so CivicDesk did not set it up. Ask whoever runs the server to create it with ENCODING &apos;UTF8&apos; (README, “Several PCs”).</source>
        <translation>La base de données {database} sur {server} stocke le texte en {encoding}, qui ne peut pas contenir tous les noms, donc CivicDesk ne l&apos;a pas préparée. Demandez à la personne qui gère le serveur de la créer avec ENCODING &apos;UTF8&apos; (README, « Several PCs »).</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <location filename="../../civicdesk/services/duplicates.py" line="25"/>
        <source>same name</source>
        <translation>même nom</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/duplicates.py" line="26"/>
        <source>similar name</source>
        <translation>nom semblable</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/duplicates.py" line="27"/>
        <source>first and last names swapped</source>
        <translation>prénom et nom inversés</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/duplicates.py" line="28"/>
        <source>same email</source>
        <translation>même courriel</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/duplicates.py" line="29"/>
        <source>same phone number</source>
        <translation>même numéro de téléphone</translation>
    </message>
</context>
<context>
    <name>EditorDialog</name>
    <message>
        <location filename="../../civicdesk/gui/dialogs/editor.py" line="70"/>
        <source>Discard changes?</source>
        <translation>Abandonner les modifications ?</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/editor.py" line="71"/>
        <source>You changed this but did not save it. Close without saving?</source>
        <translation>Vous avez fait des modifications sans les enregistrer. Fermer sans enregistrer ?</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../civicdesk/gui/privacy.py" line="92"/>
        <location filename="../../civicdesk/gui/privacy.py" line="112"/>
        <source>Erase {name}</source>
        <translation>Effacer les données de {name}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/privacy.py" line="94"/>
        <source>This cannot be undone.

{name}&apos;s names, email, phones, notes, sensitive notes, availability, accessibility notes, languages, skills and member number are removed for good, and the address of a household they alone live in. They stay on file as “Erased” with a number, so the association&apos;s counts stay right: shifts and hours worked, payments (amounts and dates), requests (without what they said). The audit log keeps what was done and when, without the values. A login linked to them is closed.

Backups made before today still hold the old data until they rotate out: up to {months} months (the routine backups of the last 7 days, 4 weeks and 12 months), and copies in a second backup folder as long as they are kept there.</source>
        <translation>Cette action est irréversible.

Les noms, le courriel, les téléphones, les notes, les notes confidentielles, les disponibilités, les notes d&apos;accessibilité, les langues, les compétences et le numéro de membre de {name} sont supprimés définitivement, ainsi que l&apos;adresse d&apos;un foyer où cette personne vit seule. Sa fiche reste enregistrée sous le nom « Erased » (effacé) avec un numéro, pour que les chiffres de l&apos;association restent justes : créneaux et heures effectués, paiements (montants et dates), demandes (sans ce qui y était dit). Le journal d&apos;activité garde ce qui a été fait et quand, sans les valeurs. Un compte utilisateur lié à cette personne est fermé.

Les sauvegardes faites avant aujourd&apos;hui contiennent encore les anciennes données jusqu&apos;à leur remplacement : jusqu&apos;à {months} mois (les sauvegardes habituelles des 7 derniers jours, 4 dernières semaines et 12 derniers mois), et les copies dans un second dossier de sauvegarde tant qu&apos;elles y sont conservées.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/privacy.py" line="107"/>
        <source>Type {word} to confirm:</source>
        <translation>Tapez {word} pour confirmer :</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/privacy.py" line="109"/>
        <source>Type {word} to confirm</source>
        <translation>Tapez {word} pour confirmer</translation>
    </message>
</context>
<context>
    <name>Erasure</name>
    <message>
        <location filename="../../civicdesk/services/erasure.py" line="48"/>
        <source>Person number {row_id} was already erased on {when}. There is nothing left to erase.</source>
        <translation>Les données personnelles de la personne numéro {row_id} ont déjà été effacées le {when}. Il n&apos;y a plus rien à effacer.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/erasure.py" line="55"/>
        <source>You cannot erase yourself: your login is linked to this person. Ask another admin.</source>
        <translation>Vous ne pouvez pas effacer vos propres données : votre compte est lié à cette personne. Demandez à un autre administrateur.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/erasure.py" line="62"/>
        <source>This person&apos;s login is the only active admin account. Make another account an admin first.</source>
        <translation>Le compte de cette personne est le seul compte administrateur actif. Donnez d&apos;abord le rôle d&apos;administrateur à un autre compte.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../civicdesk/commands/audit.py" line="18"/>
        <source>{option} {value}: {problem}</source>
        <translation>{option} {value} : {problem}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/common.py" line="25"/>
        <source>no file name can hold one of its characters</source>
        <translation>l&apos;un de ses caractères ne peut figurer dans aucun nom de fichier</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/common.py" line="39"/>
        <source>{command} works on database files, and {address} is a database on a server. {advice}</source>
        <translation>{command} fonctionne avec des fichiers de base de données, et {address} est une base de données sur un serveur. {advice}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/common.py" line="45"/>
        <source>no password for {address}: {why}</source>
        <translation>aucun mot de passe pour {address} : {why}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/common.py" line="50"/>
        <source>there is no database at {path}</source>
        <translation>il n&apos;y a pas de base de données à l&apos;emplacement {path}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/common.py" line="54"/>
        <location filename="../../civicdesk/services/exports.py" line="64"/>
        <source>cannot write {path}: {reason}</source>
        <translation>impossible d&apos;écrire {path} : {reason}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/common.py" line="58"/>
        <source>cannot open {path}: {reason}</source>
        <translation>impossible d&apos;ouvrir {path} : {reason}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/common.py" line="62"/>
        <source>this database has user accounts: say who you are with --as NAME before the command, for example: civicdesk --as NAME {command} ...</source>
        <translation>cette base de données a des comptes utilisateur : indiquez qui vous êtes avec --as NAME avant la commande, par exemple : civicdesk --as NAME {command} ...</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/common.py" line="68"/>
        <source>--as {name}: this database has no user accounts yet; leave out --as, or add the first admin with: civicdesk user add NAME --role admin</source>
        <translation>--as {name} : cette base de données n&apos;a encore aucun compte utilisateur ; retirez --as, ou ajoutez le premier administrateur avec : civicdesk user add NAME --role admin</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/common.py" line="74"/>
        <source>no PIN or password for {whose}: {why}</source>
        <translation>aucun code PIN ni mot de passe pour {whose} : {why}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/common.py" line="79"/>
        <source>the two PINs or passwords typed for {whose} are not the same; nothing was changed</source>
        <translation>les deux codes PIN ou mots de passe saisis pour {whose} ne sont pas identiques ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/common.py" line="84"/>
        <source>standard input has no more lines (--password-stdin reads one line for each)</source>
        <translation>l&apos;entrée standard n&apos;a plus de lignes (--password-stdin lit une ligne pour chacun)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/common.py" line="86"/>
        <source>its line on standard input is empty</source>
        <translation>sa ligne sur l&apos;entrée standard est vide</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/common.py" line="87"/>
        <source>nothing was typed</source>
        <translation>rien n&apos;a été saisi</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/demo.py" line="19"/>
        <source>--people must be from 1 to {max}, not {count}</source>
        <translation>--people doit être compris entre 1 et {max}, et non {count}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="20"/>
        <source>{value} is not an import number; civicdesk imports lists them</source>
        <translation>{value} n&apos;est pas un numéro d&apos;importation ; civicdesk imports en donne la liste</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/settings_cmd.py" line="20"/>
        <source>there is no setting “{name}”; the settings are: {names}</source>
        <translation>il n&apos;y a aucun paramètre « {name} » ; les paramètres sont : {names}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/user.py" line="22"/>
        <source>the first user of a database must be an admin (--role admin), who can then add the others; nothing was changed</source>
        <translation>le premier utilisateur d&apos;une base de données doit être administrateur (--role admin) ; il pourra ensuite ajouter les autres ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/user.py" line="28"/>
        <source>there is no user named “{name}” (see: civicdesk --as NAME user list)</source>
        <translation>il n&apos;y a aucun utilisateur nommé « {name} » (voir : civicdesk --as NAME user list)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/demo/logins.py" line="27"/>
        <source>--with-logins: this database already has a user named “{name}”; nothing was changed</source>
        <translation>--with-logins : cette base de données a déjà un utilisateur nommé « {name} » ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <location filename="../../civicdesk/errors.py" line="19"/>
        <source>Something went wrong.</source>
        <translation>Un problème est survenu.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/ics.py" line="37"/>
        <source>There is no event called “{name}”.</source>
        <translation>Il n&apos;y a aucun événement nommé « {name} ».</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/ics.py" line="41"/>
        <source>There is no person with the number {id}.</source>
        <translation>Il n&apos;y a aucune personne portant le numéro {id}.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/ics.py" line="45"/>
        <source>The calendar file could not be read back ({why}); it was not saved.</source>
        <translation>Impossible de relire le fichier de calendrier ({why}) ; il n&apos;a pas été enregistré.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/sheets.py" line="38"/>
        <source>{path}: the file name must end in .csv or .xlsx, so CivicDesk knows what to write</source>
        <translation>{path} : le nom du fichier doit se terminer par .csv ou .xlsx, pour que CivicDesk sache quoi écrire</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/sheets.py" line="45"/>
        <source>{count} rows do not fit in one XLSX sheet (at most 1,048,575); write a .csv file instead</source>
        <translation>{count} lignes ne tiennent pas dans une feuille XLSX (1&#xa0;048&#xa0;575 au maximum) ; écrivez plutôt un fichier .csv</translation>
    </message>
    <message>
        <location filename="../../civicdesk/this_computer.py" line="19"/>
        <source>cannot save the choice for this computer in {path}: {reason}</source>
        <translation>impossible d&apos;enregistrer le choix pour cet ordinateur dans {path} : {reason}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/data_folder.py" line="25"/>
        <source>{path} cannot be the data folder: {reason}</source>
        <translation>{path} ne peut pas être le dossier de données : {reason}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/data_folder.py" line="29"/>
        <source>give the folder&apos;s full path</source>
        <translation>indiquez le chemin complet du dossier</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/data_folder.py" line="30"/>
        <source>CivicDesk may not create files there</source>
        <translation>CivicDesk n&apos;a pas le droit d&apos;y créer des fichiers</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/errors.py" line="69"/>
        <source>volunteer hours entry</source>
        <translation>saisie d’heures de bénévolat</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/errors.py" line="70"/>
        <source>sign-up</source>
        <translation>inscription</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/errors.py" line="71"/>
        <source>event</source>
        <translation>événement</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/errors.py" line="72"/>
        <source>household</source>
        <translation>foyer</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/errors.py" line="73"/>
        <source>import</source>
        <translation>importation</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/errors.py" line="74"/>
        <source>payment</source>
        <translation>paiement</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/errors.py" line="75"/>
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/errors.py" line="76"/>
        <source>shift</source>
        <translation>créneau</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/errors.py" line="77"/>
        <source>repeating series</source>
        <translation>série récurrente</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/errors.py" line="78"/>
        <source>support request</source>
        <translation>demande d’aide</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/errors.py" line="79"/>
        <source>account</source>
        <translation>compte</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/errors.py" line="85"/>
        <source>The {what} you asked for (number {row_id}) no longer exists.</source>
        <translation>L&apos;élément demandé ({what} numéro {row_id}) n&apos;existe plus.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/exports.py" line="69"/>
        <source>{path} is not a CivicDesk “Export everything” file ({why}); nothing was changed</source>
        <translation>{path} n&apos;est pas un fichier « Tout exporter » de CivicDesk ({why}) ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/exports.py" line="76"/>
        <source>this database already holds data ({what}); an export is read back only into an empty one, so nothing is mixed or overwritten. Nothing was changed</source>
        <translation>cette base de données contient déjà des données ({what}) ; un export n&apos;est rechargé que dans une base vide, pour que rien ne soit mélangé ni écrasé. Rien n&apos;a été modifié</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/exports.py" line="83"/>
        <source>the {kind} list has no column {column!r}</source>
        <translation>la liste {kind} n&apos;a pas de colonne {column!r}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/exports.py" line="88"/>
        <source>the file has user accounts, and no PIN or password ever leaves a database: name an admin of the file to give a new one (--admin NAME); nothing was changed</source>
        <translation>le fichier a des comptes utilisateur, et aucun code PIN ni mot de passe ne quitte jamais une base de données : nommez un administrateur du fichier pour lui en donner un nouveau (--admin NAME) ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/exports.py" line="96"/>
        <source>the file has no admin account named {name}; nothing was changed</source>
        <translation>le fichier n&apos;a aucun compte administrateur nommé {name} ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/move.py" line="30"/>
        <source>--to names the database being moved ({target}); name another, empty one</source>
        <translation>--to désigne la base de données transférée elle-même ({target}) ; indiquez-en une autre, vide</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/move.py" line="35"/>
        <source>{source} was saved by an older CivicDesk. Open it once in this CivicDesk, which upgrades it (after a backup), then move it; nothing was changed</source>
        <translation>{source} a été enregistrée par une version plus ancienne de CivicDesk. Ouvrez-la une fois avec cette version de CivicDesk, qui la met à jour (après une sauvegarde), puis transférez-la ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/move.py" line="41"/>
        <source>{source} holds no CivicDesk database yet, so there is nothing to move</source>
        <translation>{source} ne contient encore aucune base de données CivicDesk, il n&apos;y a donc rien à transférer</translation>
    </message>
    <message>
        <location filename="../../civicdesk/passwords.py" line="42"/>
        <source>this computer&apos;s keyring did not keep the password of {key} ({reason}); it will be asked again next time</source>
        <translation>le trousseau de mots de passe de cet ordinateur n&apos;a pas conservé le mot de passe de {key} ({reason}) ; il sera redemandé la prochaine fois</translation>
    </message>
    <message>
        <location filename="../../civicdesk/passwords.py" line="48"/>
        <source>no password was typed for {key}, so CivicDesk did not connect to it</source>
        <translation>aucun mot de passe n&apos;a été saisi pour {key}, donc CivicDesk ne s&apos;y est pas connecté</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../civicdesk/gui/dialogs/event_dialog.py" line="38"/>
        <source>New event</source>
        <translation>Nouvel événement</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/event_dialog.py" line="38"/>
        <source>Edit event</source>
        <translation>Modifier l&apos;événement</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/event_dialog.py" line="60"/>
        <source>Colour of the event</source>
        <translation>Couleur de l&apos;événement</translation>
    </message>
    <message>
        <location filename="../../ui/event_dialog.ui" line="6"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../../ui/event_dialog.ui" line="12"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../../ui/event_dialog.ui" line="18"/>
        <source>e.g. Food pantry</source>
        <translation>p. ex. Banque alimentaire</translation>
    </message>
    <message>
        <location filename="../../ui/event_dialog.ui" line="23"/>
        <source>&amp;Where:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <location filename="../../ui/event_dialog.ui" line="29"/>
        <source>Address or room; shifts can name their own</source>
        <translation>Adresse ou salle ; chaque créneau peut indiquer la sienne</translation>
    </message>
    <message>
        <location filename="../../ui/event_dialog.ui" line="34"/>
        <source>&amp;Colour:</source>
        <translation>&amp;Couleur :</translation>
    </message>
    <message>
        <location filename="../../ui/event_dialog.ui" line="49"/>
        <source>Colour code</source>
        <translation>Code couleur</translation>
    </message>
    <message>
        <location filename="../../ui/event_dialog.ui" line="54"/>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <location filename="../../ui/event_dialog.ui" line="66"/>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <location filename="../../civicdesk/gui/models/event_table.py" line="21"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/event_table.py" line="21"/>
        <source>Where</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/event_table.py" line="21"/>
        <source>Coming shifts</source>
        <translation>Créneaux à venir</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/event_table.py" line="21"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/event_table.py" line="29"/>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/event_table.py" line="29"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts_events.py" line="37"/>
        <source>Show &amp;archived events</source>
        <translation>Affi&amp;cher les événements archivés</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts_events.py" line="33"/>
        <source>&amp;Plan an event…</source>
        <translation>Plan&amp;ifier un événement…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts_events.py" line="34"/>
        <source>E&amp;dit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts_events.py" line="35"/>
        <location filename="../../civicdesk/gui/panes/shifts_events.py" line="87"/>
        <source>A&amp;rchive</source>
        <translation>A&amp;rchiver</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts_events.py" line="36"/>
        <source>Save as calendar file…</source>
        <translation>Enregistrer en fichier calendrier…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts_events.py" line="53"/>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts_events.py" line="86"/>
        <source>Bring &amp;back</source>
        <translation>Sortir des a&amp;rchives</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../civicdesk/services/export_lists.py" line="50"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/export_lists.py" line="85"/>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/export_lists.py" line="91"/>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/export_lists.py" line="94"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/export_lists.py" line="131"/>
        <source>Asked on</source>
        <translation>Demandée le</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../../civicdesk/exchange/mapping.py" line="41"/>
        <source>Full name (split into first and last)</source>
        <translation>Nom complet (séparé en prénom et nom)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/mapping.py" line="47"/>
        <source>Household key (rows with the same key live together)</source>
        <translation>Clé de foyer (les lignes ayant la même clé vivent ensemble)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/mapping.py" line="50"/>
        <source>Membership level or type</source>
        <translation>Niveau ou type d&apos;adhésion</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/mapping.py" line="53"/>
        <source>Member since</source>
        <translation>Membre depuis</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/mapping.py" line="54"/>
        <source>Renewal due</source>
        <translation>Date de renouvellement</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/mapping.py" line="59"/>
        <source>Do not email (yes: may not be emailed)</source>
        <translation>Ne pas envoyer de courriels (oui : n&apos;accepte pas les courriels)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/mapping.py" line="61"/>
        <source>Do not phone (yes: may not be phoned)</source>
        <translation>Ne pas appeler (oui : n&apos;accepte pas les appels)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/mapping.py" line="65"/>
        <source>Id in the other system</source>
        <translation>Identifiant dans l&apos;autre système</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/mapping.py" line="66"/>
        <source>Do not mail (yes: kept as the interest “do not mail”)</source>
        <translation>Ne pas envoyer de courrier (oui : conservé comme centre d&apos;intérêt « ne pas envoyer de courrier »)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/mapping.py" line="68"/>
        <source>Do not text (yes: kept as the interest “do not sms”)</source>
        <translation>Ne pas envoyer de SMS (oui : conservé comme centre d&apos;intérêt « ne pas envoyer de SMS »)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/mapping.py" line="71"/>
        <source>Dues paid: amount</source>
        <translation>Cotisation payée : montant</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/mapping.py" line="72"/>
        <source>Dues paid: on (date)</source>
        <translation>Cotisation payée : date</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/mapping.py" line="73"/>
        <source>Dues paid: covering from</source>
        <translation>Cotisation payée : couvre du</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/mapping.py" line="74"/>
        <source>Dues paid: until</source>
        <translation>Cotisation payée : jusqu&apos;au</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="58"/>
        <location filename="../../civicdesk/settings.py" line="105"/>
        <source>Paper</source>
        <translation>Format de papier</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="61"/>
        <source>Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="62"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="64"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="66"/>
        <source>Members in good standing</source>
        <translation>Membres à jour</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="67"/>
        <source>Paying members</source>
        <translation>Membres cotisants</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="68"/>
        <source>Honorary members</source>
        <translation>Membres d&apos;honneur</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="69"/>
        <source>Lapsed members</source>
        <translation>Membres dont l&apos;adhésion a expiré</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="70"/>
        <source>Prospective members</source>
        <translation>Membres potentiels</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="71"/>
        <source>Everyone on file</source>
        <translation>Toutes les personnes enregistrées</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="72"/>
        <location filename="../../civicdesk/services/audit_log.py" line="110"/>
        <location filename="../../civicdesk/services/hours.py" line="26"/>
        <location filename="../../civicdesk/services/series.py" line="43"/>
        <location filename="../../civicdesk/services/shifts.py" line="25"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="74"/>
        <source>Large print (16 pt)</source>
        <translation>Gros caractères (16 pt)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="90"/>
        <location filename="../../civicdesk/reports/catalog.py" line="187"/>
        <location filename="../../civicdesk/reports/catalog.py" line="241"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="91"/>
        <source>Until</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="108"/>
        <location filename="../../civicdesk/reports/catalog.py" line="174"/>
        <source>Start at label</source>
        <translation>Commencer à l&apos;étiquette</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="114"/>
        <location filename="../../civicdesk/reports/catalog.py" line="200"/>
        <location filename="../../civicdesk/services/hours.py" line="23"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="161"/>
        <source>Due within (days)</source>
        <translation>Échéance dans (jours)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="168"/>
        <source>Label sheet</source>
        <translation>Planche d&apos;étiquettes</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="171"/>
        <source>Avery 5160 (Letter, 30 labels)</source>
        <translation>Avery 5160 (Lettre US, 30 étiquettes)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="173"/>
        <source>L7163 (A4, 14 labels)</source>
        <translation>L7163 (A4, 14 étiquettes)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="181"/>
        <source>Only for</source>
        <translation>Uniquement pour</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="188"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="190"/>
        <source>One week</source>
        <translation>Une semaine</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="191"/>
        <source>One month</source>
        <translation>Un mois</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="202"/>
        <location filename="../../civicdesk/services/audit_log.py" line="109"/>
        <location filename="../../civicdesk/services/shifts.py" line="188"/>
        <location filename="../../civicdesk/services/shifts.py" line="197"/>
        <source>Shift</source>
        <translation>Créneau</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="203"/>
        <source>Blank rows</source>
        <translation>Lignes vides</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="214"/>
        <source>Shifts on</source>
        <translation>Créneaux du jour</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="231"/>
        <location filename="../../civicdesk/services/people.py" line="41"/>
        <location filename="../../civicdesk/services/requests.py" line="201"/>
        <location filename="../../civicdesk/services/requests.py" line="224"/>
        <source>Volunteer</source>
        <translation>Bénévole</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="232"/>
        <source>Signed by</source>
        <translation>Signé par</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="250"/>
        <source>Request number</source>
        <translation>Numéro de demande</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="259"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/accounts.py" line="44"/>
        <location filename="../../civicdesk/services/shifts.py" line="19"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/accounts.py" line="46"/>
        <source>Display name</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/accounts.py" line="48"/>
        <location filename="../../civicdesk/services/series.py" line="44"/>
        <location filename="../../civicdesk/services/shifts.py" line="26"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/accounts.py" line="49"/>
        <source>Linked person</source>
        <translation>Personne liée</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/accounts.py" line="51"/>
        <source>PIN or password</source>
        <translation>Code PIN ou mot de passe</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="102"/>
        <source>What was tried</source>
        <translation>Ce qui a été tenté</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="103"/>
        <source>Why it was refused</source>
        <translation>Motif du refus</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="104"/>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="105"/>
        <source>Attempt</source>
        <translation>Tentative</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="107"/>
        <location filename="../../civicdesk/services/payments.py" line="30"/>
        <location filename="../../civicdesk/services/requests.py" line="48"/>
        <location filename="../../civicdesk/services/shifts.py" line="39"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="108"/>
        <location filename="../../civicdesk/services/hours.py" line="22"/>
        <location filename="../../civicdesk/services/shifts.py" line="180"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="111"/>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="112"/>
        <source>Entered by (user number)</source>
        <translation>Saisi par (numéro d&apos;utilisateur)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="113"/>
        <source>Voided at</source>
        <translation>Annulé le</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="114"/>
        <source>Voided by (user number)</source>
        <translation>Annulé par (numéro d&apos;utilisateur)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="115"/>
        <source>Voided by</source>
        <translation>Annulé par</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="116"/>
        <source>Why it was voided</source>
        <translation>Motif de l&apos;annulation</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="117"/>
        <source>Corrects payment number</source>
        <translation>Corrige le paiement numéro</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/hours.py" line="24"/>
        <source>Time worked</source>
        <translation>Temps travaillé</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/hours.py" line="27"/>
        <source>What was done</source>
        <translation>Ce qui a été fait</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/payments.py" line="22"/>
        <source>Paid by</source>
        <translation>Payé par</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/payments.py" line="23"/>
        <location filename="../../civicdesk/services/people.py" line="37"/>
        <source>Household</source>
        <translation>Foyer</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/payments.py" line="24"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/payments.py" line="26"/>
        <source>Paid on</source>
        <translation>Date de paiement</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/payments.py" line="27"/>
        <source>Covers from</source>
        <translation>Couvre du</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/payments.py" line="28"/>
        <source>Covers until</source>
        <translation>Couvre jusqu&apos;au</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/payments.py" line="29"/>
        <source>Method</source>
        <translation>Mode de paiement</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/payments.py" line="33"/>
        <location filename="../../civicdesk/services/requests.py" line="49"/>
        <location filename="../../civicdesk/services/requests.py" line="258"/>
        <location filename="../../civicdesk/services/shifts.py" line="43"/>
        <location filename="../../civicdesk/services/shifts.py" line="44"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="31"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="32"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="33"/>
        <source>Preferred name</source>
        <translation>Prénom usuel</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="34"/>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="35"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="36"/>
        <source>Mobile phone</source>
        <translation>Téléphone portable</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="38"/>
        <source>Membership</source>
        <translation>Adhésion</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="40"/>
        <source>Member number</source>
        <translation>Numéro de membre</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="42"/>
        <source>Availability</source>
        <translation>Disponibilités</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="44"/>
        <source>Accessibility and mobility</source>
        <translation>Accessibilité et mobilité</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="46"/>
        <source>Listed in the directory</source>
        <translation>Figure dans l&apos;annuaire</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="47"/>
        <source>May be emailed</source>
        <translation>Accepte les courriels</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="48"/>
        <source>May be phoned</source>
        <translation>Accepte les appels</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="49"/>
        <source>Photos allowed</source>
        <translation>Photos autorisées</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="50"/>
        <source>Reach via</source>
        <translation>Joindre par l&apos;intermédiaire de</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="51"/>
        <location filename="../../civicdesk/services/people.py" line="72"/>
        <location filename="../../civicdesk/services/series.py" line="57"/>
        <location filename="../../civicdesk/services/shifts.py" line="32"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="52"/>
        <location filename="../../civicdesk/services/requests.py" line="37"/>
        <source>Sensitive notes</source>
        <translation>Notes confidentielles</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="54"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="55"/>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="56"/>
        <source>Interests</source>
        <translation>Centres d&apos;intérêt</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="64"/>
        <source>Household name</source>
        <translation>Nom du foyer</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="65"/>
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="66"/>
        <source>Unit</source>
        <translation>Appartement</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="67"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="68"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="69"/>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="70"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="71"/>
        <location filename="../../civicdesk/services/requests.py" line="39"/>
        <source>Area</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="31"/>
        <source>Requester</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="32"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="33"/>
        <source>Urgency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="34"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="35"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="40"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="41"/>
        <source>Follow up on</source>
        <translation>Suivi le</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="247"/>
        <location filename="../../civicdesk/services/shifts.py" line="36"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/retention.py" line="29"/>
        <source>Months</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/series.py" line="45"/>
        <source>Weekdays</source>
        <translation>Jours de la semaine</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/series.py" line="46"/>
        <source>Every how many weeks</source>
        <translation>Fréquence (en semaines)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/series.py" line="48"/>
        <location filename="../../civicdesk/services/shifts.py" line="27"/>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/series.py" line="49"/>
        <location filename="../../civicdesk/services/shifts.py" line="28"/>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/series.py" line="50"/>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/series.py" line="51"/>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/series.py" line="52"/>
        <source>Number of times</source>
        <translation>Nombre de fois</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/series.py" line="53"/>
        <location filename="../../civicdesk/services/shifts.py" line="21"/>
        <location filename="../../civicdesk/services/shifts.py" line="29"/>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/series.py" line="54"/>
        <location filename="../../civicdesk/services/shifts.py" line="30"/>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/series.py" line="56"/>
        <location filename="../../civicdesk/services/shifts.py" line="31"/>
        <source>Required skill</source>
        <translation>Compétence requise</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/shifts.py" line="20"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/shifts.py" line="22"/>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/shifts.py" line="38"/>
        <source>Minutes worked</source>
        <translation>Minutes travaillées</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/shifts.py" line="282"/>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <location filename="../../civicdesk/settings.py" line="25"/>
        <source>The association</source>
        <translation>L&apos;association</translation>
    </message>
    <message>
        <location filename="../../civicdesk/settings.py" line="26"/>
        <source>Formats</source>
        <translation>Formats</translation>
    </message>
    <message>
        <location filename="../../civicdesk/settings.py" line="27"/>
        <source>Dues</source>
        <translation>Cotisation</translation>
    </message>
    <message>
        <location filename="../../civicdesk/settings.py" line="28"/>
        <source>Locking and backups</source>
        <translation>Verrouillage et sauvegardes</translation>
    </message>
    <message>
        <location filename="../../civicdesk/settings.py" line="29"/>
        <source>Keeping records</source>
        <translation>Conservation des données</translation>
    </message>
    <message>
        <location filename="../../civicdesk/settings.py" line="94"/>
        <source>Association name</source>
        <translation>Nom de l&apos;association</translation>
    </message>
    <message>
        <location filename="../../civicdesk/settings.py" line="95"/>
        <source>Association address</source>
        <translation>Adresse de l&apos;association</translation>
    </message>
    <message>
        <location filename="../../civicdesk/settings.py" line="97"/>
        <source>Association phone</source>
        <translation>Téléphone de l&apos;association</translation>
    </message>
    <message>
        <location filename="../../civicdesk/settings.py" line="99"/>
        <source>Association email</source>
        <translation>Courriel de l&apos;association</translation>
    </message>
    <message>
        <location filename="../../civicdesk/settings.py" line="101"/>
        <source>Association website</source>
        <translation>Site web de l&apos;association</translation>
    </message>
    <message>
        <location filename="../../civicdesk/settings.py" line="103"/>
        <source>Logo for reports</source>
        <translation>Logo des rapports</translation>
    </message>
    <message>
        <location filename="../../civicdesk/settings.py" line="107"/>
        <source>Country (for phone numbers)</source>
        <translation>Pays (pour les numéros de téléphone)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/settings.py" line="110"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location filename="../../civicdesk/settings.py" line="112"/>
        <source>Time zone (empty: this computer&apos;s)</source>
        <translation>Fuseau horaire (vide : celui de cet ordinateur)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/settings.py" line="114"/>
        <source>Dues (in cents)</source>
        <translation>Cotisation (en centimes)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/settings.py" line="116"/>
        <source>Dues cover (months)</source>
        <translation>Durée couverte par la cotisation (mois)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/settings.py" line="118"/>
        <source>Lock after idle minutes (0: never)</source>
        <translation>Verrouiller après ce nombre de minutes d&apos;inactivité (0 : jamais)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/settings.py" line="121"/>
        <source>Second folder for backups (a USB stick or another disk)</source>
        <translation>Deuxième dossier pour les sauvegardes (une clé USB ou un autre disque)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/settings.py" line="124"/>
        <source>Keep closed requests (months)</source>
        <translation>Conserver les demandes clôturées (mois)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/settings.py" line="126"/>
        <source>Purge the sensitive notes of requests closed more than this many months ago (0: keep them)</source>
        <translation>Supprimer les notes confidentielles des demandes clôturées depuis plus de ce nombre de mois (0 : les conserver)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/settings.py" line="129"/>
        <source>Demo data offer answered</source>
        <translation>Réponse donnée à l&apos;offre de données de démonstration</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/shared_database.py" line="35"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/shared_database.py" line="37"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/shared_database.py" line="39"/>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/shared_database.py" line="41"/>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/shared_database.py" line="43"/>
        <source>Encryption (TLS)</source>
        <translation>Chiffrement (TLS)</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <location filename="../../civicdesk/gui/dialogs/first_run.py" line="26"/>
        <source>An empty database</source>
        <translation>Une base de données vide</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/first_run.py" line="27"/>
        <source>This database has nobody in it yet.

Would you like to load made-up demo people, shifts and requests to try CivicDesk out? For real use, start with the empty database instead.</source>
        <translation>Cette base de données ne contient encore personne.

Voulez-vous charger des personnes, des créneaux et des demandes fictifs pour essayer CivicDesk ? Pour une utilisation réelle, commencez plutôt avec la base de données vide.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/first_run.py" line="50"/>
        <source>Loading demo data…</source>
        <translation>Chargement des données de démonstration…</translation>
    </message>
</context>
<context>
    <name>FirstRunScreen</name>
    <message>
        <location filename="../../civicdesk/gui/login_screen.py" line="330"/>
        <source>Welcome to CivicDesk</source>
        <translation>Bienvenue dans CivicDesk</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/login_screen.py" line="331"/>
        <source>First, create your own account. You will be its admin: you can then add an account for everyone else who uses CivicDesk here.</source>
        <translation>Commencez par créer votre propre compte. Vous en serez l&apos;administrateur : vous pourrez ensuite ajouter un compte pour chaque personne qui utilise CivicDesk ici.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/login_screen.py" line="342"/>
        <source>Your &amp;name</source>
        <translation>Votre &amp;nom</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/login_screen.py" line="343"/>
        <source>&amp;PIN or password</source>
        <translation>Code &amp;PIN ou mot de passe</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/login_screen.py" line="344"/>
        <source>The same &amp;again</source>
        <translation>&amp;Retapez-le</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/login_screen.py" line="354"/>
        <source>A PIN is at least 4 digits; a password is at least 8 characters. Nobody else should know it: CivicDesk locks itself after a few idle minutes, and your PIN or password opens it again.</source>
        <translation>Un code PIN compte au moins 4 chiffres ; un mot de passe, au moins 8 caractères. Personne d&apos;autre ne doit le connaître : CivicDesk se verrouille après quelques minutes d&apos;inactivité, et votre code PIN ou mot de passe le déverrouille.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/login_screen.py" line="359"/>
        <source>&amp;Create my account</source>
        <translation>&amp;Créer mon compte</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/login_screen.py" line="376"/>
        <source>Enter your name, as the others know you.</source>
        <translation>Saisissez votre nom, tel que les autres vous connaissent.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/login_screen.py" line="381"/>
        <source>This is not the same as above: type it again.</source>
        <translation>Ce n&apos;est pas identique à la saisie ci-dessus : tapez-le à nouveau.</translation>
    </message>
</context>
<context>
    <name>GettingStarted</name>
    <message>
        <location filename="../../civicdesk/gui/widgets/getting_started.py" line="28"/>
        <source>Getting started</source>
        <translation>Pour commencer</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/getting_started.py" line="33"/>
        <source>Nobody is on file yet. A few first steps:</source>
        <translation>Personne n&apos;est encore enregistré. Quelques premières étapes :</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/getting_started.py" line="41"/>
        <source>Set the association&apos;s name…</source>
        <translation>Indiquer le nom de l&apos;association…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/getting_started.py" line="42"/>
        <source>Its name, address and logo go on every printout.</source>
        <translation>Son nom, son adresse et son logo figurent sur tous les documents imprimés.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/getting_started.py" line="44"/>
        <source>Import a spreadsheet…</source>
        <translation>Importer un tableur…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/getting_started.py" line="45"/>
        <source>Members from Excel, a CSV file, CiviCRM or Wild Apricot.</source>
        <translation>Des membres depuis Excel, un fichier CSV, CiviCRM ou Wild Apricot.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/getting_started.py" line="47"/>
        <source>Add a person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/getting_started.py" line="48"/>
        <source>Type in a member or volunteer by hand.</source>
        <translation>Saisir un membre ou un bénévole à la main.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/getting_started.py" line="49"/>
        <source>Create an event…</source>
        <translation>Créer un événement…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/getting_started.py" line="50"/>
        <source>An activity that volunteers sign up for shifts of.</source>
        <translation>Une activité avec des créneaux auxquels les bénévoles s&apos;inscrivent.</translation>
    </message>
</context>
<context>
    <name>HoursDialog</name>
    <message>
        <location filename="../../civicdesk/gui/dialogs/hours_dialog.py" line="47"/>
        <source>Log hours without a shift</source>
        <translation>Saisir des heures sans créneau</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/hours_dialog.py" line="49"/>
        <source>For work done outside a planned shift, such as delivering flyers or a repair visit.</source>
        <translation>Pour un travail fait en dehors d&apos;un créneau prévu, comme distribuer des prospectus ou une visite de réparation.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/hours_dialog.py" line="54"/>
        <location filename="../../civicdesk/gui/dialogs/hours_dialog.py" line="69"/>
        <source>(no event)</source>
        <translation>(sans événement)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/hours_dialog.py" line="63"/>
        <source>Correct logged hours</source>
        <translation>Corriger des heures saisies</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/hours_dialog.py" line="64"/>
        <source>Hours logged for &lt;b&gt;{name}&lt;/b&gt;.</source>
        <translation>Heures saisies pour &lt;b&gt;{name}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/hours_dialog.py" line="80"/>
        <source>Correct hours</source>
        <translation>Corriger les heures</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/hours_dialog.py" line="84"/>
        <source>Hours for &lt;b&gt;{name}&lt;/b&gt; on {shift}, {when} (planned: {planned}).</source>
        <translation>Heures de &lt;b&gt;{name}&lt;/b&gt; pour {shift}, {when} (prévu : {planned}).</translation>
    </message>
    <message>
        <location filename="../../ui/hours_dialog.ui" line="6"/>
        <source>Log volunteer hours</source>
        <translation>Saisir des heures de bénévolat</translation>
    </message>
    <message>
        <location filename="../../ui/hours_dialog.ui" line="17"/>
        <source>&amp;Volunteer:</source>
        <translation>&amp;Bénévole :</translation>
    </message>
    <message>
        <location filename="../../ui/hours_dialog.ui" line="25"/>
        <source>&amp;Day:</source>
        <translation>&amp;Jour :</translation>
    </message>
    <message>
        <location filename="../../ui/hours_dialog.ui" line="32"/>
        <source>dddd d MMMM yyyy</source>
        <translation>dddd d MMMM yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/hours_dialog.ui" line="37"/>
        <source>&amp;Time given:</source>
        <translation>&amp;Temps consacré :</translation>
    </message>
    <message>
        <location filename="../../ui/hours_dialog.ui" line="45"/>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <location filename="../../ui/hours_dialog.ui" line="47"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location filename="../../ui/hours_dialog.ui" line="52"/>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../ui/hours_dialog.ui" line="55"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/hours_dialog.ui" line="67"/>
        <source>&amp;Event:</source>
        <translation>É&amp;vénement :</translation>
    </message>
    <message>
        <location filename="../../ui/hours_dialog.ui" line="76"/>
        <source>&amp;What was done:</source>
        <translation>&amp;Ce qui a été fait :</translation>
    </message>
    <message>
        <location filename="../../ui/hours_dialog.ui" line="82"/>
        <source>e.g. delivered flyers in the east end</source>
        <translation>p. ex. a distribué des prospectus dans le quartier est</translation>
    </message>
</context>
<context>
    <name>HoursTable</name>
    <message>
        <location filename="../../civicdesk/gui/models/hours_table.py" line="16"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/hours_table.py" line="18"/>
        <source>Time worked</source>
        <translation>Temps travaillé</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/hours_table.py" line="20"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/hours_table.py" line="21"/>
        <source>What was done</source>
        <translation>Ce qui a été fait</translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <location filename="../../civicdesk/gui/dialogs/household_dialog.py" line="33"/>
        <source>Save the household</source>
        <translation>Enregistrer le foyer</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/household_dialog.py" line="41"/>
        <location filename="../../ui/household_dialog.ui" line="14"/>
        <source>Household</source>
        <translation>Foyer</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/household_dialog.py" line="41"/>
        <source>New household</source>
        <translation>Nouveau foyer</translation>
    </message>
    <message>
        <location filename="../../ui/household_dialog.ui" line="23"/>
        <source>One address per household: everyone living there shares it, and mailings go out once per household.</source>
        <translation>Une adresse par foyer : toutes les personnes qui y habitent la partagent, et les envois postaux se font une fois par foyer.</translation>
    </message>
    <message>
        <location filename="../../ui/household_dialog.ui" line="38"/>
        <source>Household &amp;name</source>
        <translation>&amp;Nom du foyer</translation>
    </message>
    <message>
        <location filename="../../ui/household_dialog.ui" line="58"/>
        <source>&amp;Street and number</source>
        <translation>Numéro et r&amp;ue</translation>
    </message>
    <message>
        <location filename="../../ui/household_dialog.ui" line="78"/>
        <source>&amp;Unit or floor</source>
        <translation>&amp;Appartement ou étage</translation>
    </message>
    <message>
        <location filename="../../ui/household_dialog.ui" line="98"/>
        <source>&amp;Postal code</source>
        <translation>Code &amp;postal</translation>
    </message>
    <message>
        <location filename="../../ui/household_dialog.ui" line="118"/>
        <source>&amp;City</source>
        <translation>&amp;Ville</translation>
    </message>
    <message>
        <location filename="../../ui/household_dialog.ui" line="138"/>
        <source>&amp;Region</source>
        <translation>&amp;Région</translation>
    </message>
    <message>
        <location filename="../../ui/household_dialog.ui" line="158"/>
        <source>C&amp;ountry</source>
        <translation>Pa&amp;ys</translation>
    </message>
    <message>
        <location filename="../../ui/household_dialog.ui" line="178"/>
        <source>&amp;Area or district</source>
        <translation>&amp;Secteur ou quartier</translation>
    </message>
    <message>
        <location filename="../../ui/household_dialog.ui" line="198"/>
        <source>No&amp;tes</source>
        <translation>No&amp;tes</translation>
    </message>
</context>
<context>
    <name>HouseholdPage</name>
    <message>
        <location filename="../../civicdesk/gui/panes/household_page.py" line="30"/>
        <location filename="../../civicdesk/gui/panes/household_page.py" line="117"/>
        <source>{name} (archived)</source>
        <translation>{name} (archivé)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/household_page.py" line="35"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/household_page.py" line="36"/>
        <source>Membership</source>
        <translation>Adhésion</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/household_page.py" line="38"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/household_page.py" line="105"/>
        <source>Archive the household shown, or bring it back</source>
        <translation>Archiver le foyer affiché, ou le sortir des archives</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/household_page.py" line="116"/>
        <source>Household</source>
        <translation>Foyer</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/household_page.py" line="120"/>
        <source>No address yet.</source>
        <translation>Pas encore d&apos;adresse.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/household_page.py" line="127"/>
        <source>Bring back from archive</source>
        <translation>Sortir des archives</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/household_page.py" line="128"/>
        <location filename="../../civicdesk/gui/panes/household_page.py" line="190"/>
        <location filename="../../ui/household_page.ui" line="63"/>
        <source>Archive household</source>
        <translation>Archiver le foyer</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/household_page.py" line="171"/>
        <source>Nobody lives here</source>
        <translation>Personne n&apos;habite ici</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/household_page.py" line="172"/>
        <source>Add a person to this household before recording a payment for it.</source>
        <translation>Ajoutez une personne à ce foyer avant d&apos;enregistrer un paiement pour lui.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/household_page.py" line="191"/>
        <source>Archive this household? It no longer appears in lists; its members stay on file.</source>
        <translation>Archiver ce foyer ? Il n&apos;apparaîtra plus dans les listes ; ses membres restent enregistrés.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/household_page.py" line="192"/>
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/household_page.py" line="201"/>
        <location filename="../../civicdesk/gui/panes/household_page.py" line="208"/>
        <source>Move someone here</source>
        <translation>Déplacer quelqu&apos;un ici</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/household_page.py" line="202"/>
        <source>First type a name in the box and pick the person from the list.</source>
        <translation>Tapez d&apos;abord un nom dans la zone, puis choisissez la personne dans la liste.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/household_page.py" line="209"/>
        <source>{name} lives in another household now. Move them here?</source>
        <translation>{name} habite maintenant dans un autre foyer. Déplacer cette personne ici ?</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/household_page.py" line="210"/>
        <source>Move here</source>
        <translation>Déplacer ici</translation>
    </message>
    <message>
        <location filename="../../ui/household_page.ui" line="19"/>
        <source>← Back</source>
        <translation>← Retour</translation>
    </message>
    <message>
        <location filename="../../ui/household_page.ui" line="22"/>
        <source>Back to where you were (Alt+Left)</source>
        <translation>Revenir là où vous étiez (Alt+Left)</translation>
    </message>
    <message>
        <location filename="../../ui/household_page.ui" line="49"/>
        <source>&amp;Change address…</source>
        <translation>&amp;Modifier l&apos;adresse…</translation>
    </message>
    <message>
        <location filename="../../ui/household_page.ui" line="56"/>
        <source>Record a household &amp;payment…</source>
        <translation>Enregistrer un &amp;paiement du foyer…</translation>
    </message>
    <message>
        <location filename="../../ui/household_page.ui" line="82"/>
        <source>People living here</source>
        <translation>Personnes qui habitent ici</translation>
    </message>
    <message>
        <location filename="../../ui/household_page.ui" line="92"/>
        <source>Members of the household</source>
        <translation>Habitants du foyer</translation>
    </message>
    <message>
        <location filename="../../ui/household_page.ui" line="113"/>
        <source>&amp;Open the selected person</source>
        <translation>&amp;Ouvrir la personne sélectionnée</translation>
    </message>
    <message>
        <location filename="../../ui/household_page.ui" line="120"/>
        <source>Add a &amp;new person here</source>
        <translation>Ajouter une &amp;nouvelle personne ici</translation>
    </message>
    <message>
        <location filename="../../ui/household_page.ui" line="123"/>
        <source>Someone not on file yet, living in this household (Ctrl+N)</source>
        <translation>Une personne pas encore enregistrée qui habite dans ce foyer (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/household_page.ui" line="147"/>
        <source>&amp;Move someone on file into this household:</source>
        <translation>&amp;Déplacer dans ce foyer une personne déjà enregistrée :</translation>
    </message>
    <message>
        <location filename="../../ui/household_page.ui" line="178"/>
        <source>Move &amp;here</source>
        <translation>Déplacer &amp;ici</translation>
    </message>
    <message>
        <location filename="../../ui/household_page.ui" line="187"/>
        <source>Payments for the household</source>
        <translation>Paiements du foyer</translation>
    </message>
    <message>
        <location filename="../../ui/household_page.ui" line="197"/>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <location filename="../../ui/household_page.ui" line="221"/>
        <source>Correct the payment…</source>
        <translation>Corriger le paiement…</translation>
    </message>
    <message>
        <location filename="../../ui/household_page.ui" line="228"/>
        <source>Void the payment…</source>
        <translation>Annuler le paiement…</translation>
    </message>
</context>
<context>
    <name>HouseholdPicker</name>
    <message>
        <location filename="../../civicdesk/gui/widgets/household_picker.py" line="33"/>
        <source>Type a member&apos;s name or the street…</source>
        <translation>Tapez le nom d&apos;un membre ou la rue…</translation>
    </message>
</context>
<context>
    <name>HouseholdTable</name>
    <message>
        <location filename="../../civicdesk/gui/models/household_table.py" line="21"/>
        <source>Household</source>
        <translation>Foyer</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/household_table.py" line="22"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/household_table.py" line="23"/>
        <source>Postal code and city</source>
        <translation>Code postal et ville</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/household_table.py" line="24"/>
        <source>Members</source>
        <translation>Habitants</translation>
    </message>
</context>
<context>
    <name>HouseholdTableModel</name>
    <message>
        <location filename="../../civicdesk/gui/models/household_table.py" line="60"/>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/household_table.py" line="62"/>
        <source>{name} (archived)</source>
        <translation>{name} (archivé)</translation>
    </message>
</context>
<context>
    <name>HouseholdsList</name>
    <message>
        <location filename="../../ui/households_list.ui" line="19"/>
        <source>F&amp;ind</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location filename="../../ui/households_list.ui" line="29"/>
        <source>Type a member&apos;s name, phone, email or the street (Ctrl+F)</source>
        <translation>Tapez le nom, le téléphone ou le courriel d&apos;un membre, ou la rue (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/households_list.ui" line="39"/>
        <source>Include &amp;archived households</source>
        <translation>&amp;Inclure les foyers archivés</translation>
    </message>
    <message>
        <location filename="../../ui/households_list.ui" line="66"/>
        <source>Enter opens the selected household</source>
        <translation>Enter ouvre le foyer sélectionné</translation>
    </message>
    <message>
        <location filename="../../ui/households_list.ui" line="76"/>
        <source>&amp;Open</source>
        <translation>Ou&amp;vrir</translation>
    </message>
    <message>
        <location filename="../../ui/households_list.ui" line="88"/>
        <source>Households</source>
        <translation>Foyers</translation>
    </message>
</context>
<context>
    <name>HouseholdsListPage</name>
    <message>
        <location filename="../../civicdesk/gui/panes/households_list.py" line="56"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/households_list.py" line="71"/>
        <source>Households</source>
        <translation>Foyers</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/households_list.py" line="87"/>
        <source>More than {count} households found: type more to narrow the search</source>
        <translation>Plus de {count} foyers trouvés : tapez-en plus pour affiner la recherche</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/households_list.py" line="90"/>
        <source>1 household</source>
        <translation>1 foyer</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/households_list.py" line="91"/>
        <source>{count} households</source>
        <translation>{count} foyers</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../civicdesk/exchange/mapping.py" line="80"/>
        <source>do not mail</source>
        <translation>ne pas envoyer de courrier</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/mapping.py" line="81"/>
        <source>do not sms</source>
        <translation>ne pas envoyer de SMS</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/mapping.py" line="82"/>
        <source>level: {level}</source>
        <translation>niveau : {level}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/mapping.py" line="194"/>
        <source>--map “{given}”: {field} is not a field CivicDesk imports; use one of: {fields} (or “Column=” to skip the column)</source>
        <translation>--map « {given} » : {field} n&apos;est pas un champ que CivicDesk importe ; utilisez l&apos;un de ceux-ci : {fields} (ou « Colonne= » pour ignorer la colonne)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/mapping.py" line="201"/>
        <source>--map “{given}”: the file has no column {column}; its columns are: {columns}</source>
        <translation>--map « {given} » : le fichier n&apos;a pas de colonne {column} ; ses colonnes sont : {columns}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/mapping.py" line="208"/>
        <source>--map “{given}”: write it as “Column=field”, for example --map “Courriel=email”</source>
        <translation>--map « {given} » : écrivez-le sous la forme « Colonne=champ », par exemple --map « Courriel=email »</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/mapping.py" line="267"/>
        <source>“{value}” is not a date (read as {order})</source>
        <translation>« {value} » n&apos;est pas une date (format lu : {order})</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/mapping.py" line="268"/>
        <source>day/month/year</source>
        <translation>jour/mois/année</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/mapping.py" line="269"/>
        <source>month/day/year</source>
        <translation>mois/jour/année</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/mapping.py" line="270"/>
        <source>year-month-day</source>
        <translation>année-mois-jour</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/mapping.py" line="276"/>
        <source>“{value}” is not yes or no</source>
        <translation>« {value} » n&apos;est ni « oui » ni « non »</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/mapping.py" line="277"/>
        <source>“{value}” is not a membership status CivicDesk knows (member, lapsed, honorary, prospect, none)</source>
        <translation>« {value} » n&apos;est pas un statut de membre que CivicDesk connaît (membre, échu, honoraire, en attente, annulé)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/mapping.py" line="402"/>
        <source>comma</source>
        <translation>virgule</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/mapping.py" line="403"/>
        <source>point</source>
        <translation>point</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/mapping.py" line="404"/>
        <source>“{value}” is not an amount of money (such as 12.50 or 12,50)</source>
        <translation>« {value} » n&apos;est pas un montant (par exemple 12.50 ou 12,50)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/mapping.py" line="406"/>
        <source>“{value}” has more than two decimals (read with a decimal {mark})</source>
        <translation>« {value} » a plus de deux décimales (lu avec le séparateur décimal : {mark})</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/people_import.py" line="38"/>
        <source>the same person as row {row} (same name and email)</source>
        <translation>la même personne que la ligne {row} (même nom et même courriel)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/people_import.py" line="40"/>
        <source>matches the same person on file as row {row}</source>
        <translation>correspond à la même personne enregistrée que la ligne {row}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/people_import.py" line="43"/>
        <source>a {kind} contact, not a person: left out</source>
        <translation>un contact de type {kind}, pas une personne : laissé de côté</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/people_import.py" line="50"/>
        <source>the dates in {column} (such as {example}) could be day/month/year or month/day/year; say which with --date-order dmy or --date-order mdy</source>
        <translation>les dates de {column} (par exemple {example}) peuvent être jour/mois/année ou mois/jour/année ; précisez lequel avec --date-order dmy ou --date-order mdy</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/people_import.py" line="63"/>
        <source>the amounts in {column} (such as {example}) could be read with a decimal comma or a decimal point; say which with --decimal-mark comma or --decimal-mark point</source>
        <translation>les montants de {column} (par exemple {example}) peuvent se lire avec une virgule décimale ou un point décimal ; précisez lequel avec --decimal-mark comma ou --decimal-mark point</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/people_import.py" line="73"/>
        <source>an amount paid needs the day it was paid: map a column to “Dues paid: on”</source>
        <translation>un montant payé doit avoir le jour du paiement : associez une colonne à « Cotisation payée : date »</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/people_import.py" line="82"/>
        <source>no column is mapped to a name: map a column to first_name, last_name or full_name (the columns are: {columns})</source>
        <translation>aucune colonne n&apos;est associée à un nom : associez une colonne à first_name, last_name ou full_name (les colonnes sont : {columns})</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/people_import.py" line="164"/>
        <source>never read: {columns}</source>
        <translation>jamais lues : {columns}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/presets.py" line="73"/>
        <source>there is no preset {name}; the presets are: {names}</source>
        <translation>il n&apos;y a pas de modèle {name} ; les modèles sont : {names}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/signups_import.py" line="49"/>
        <source>{name} is not a SignUpGenius sign-up report: it has no {missing} column (its columns are: {columns})</source>
        <translation>{name} n&apos;est pas un rapport d&apos;inscriptions SignUpGenius : il n&apos;a pas de colonne {missing} (ses colonnes sont : {columns})</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/signups_import.py" line="54"/>
        <source>a sign-up needs the name of its sign-up sheet</source>
        <translation>une inscription doit avoir le nom de sa feuille d&apos;inscription</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/signups_import.py" line="55"/>
        <source>“{value}” is not a date and time (read as {order})</source>
        <translation>« {value} » n&apos;est pas une date et une heure (format lu : {order})</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/signups_import.py" line="57"/>
        <source>the slot has a start time but no end</source>
        <translation>le créneau a une heure de début mais pas de fin</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/signups_import.py" line="58"/>
        <source>the same sign-up as row {row}</source>
        <translation>la même inscription que la ligne {row}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/signups_import.py" line="59"/>
        <source>the shift on file is full ({value} places)</source>
        <translation>le créneau enregistré est complet ({value} places)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/signups_import.py" line="60"/>
        <source>this sign-up was cancelled in CivicDesk; sign them up again on the shift if it stands</source>
        <translation>cette inscription a été annulée dans CivicDesk ; réinscrivez la personne sur le créneau si elle tient toujours</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/signups_import.py" line="63"/>
        <source>the shift on file was cancelled</source>
        <translation>le créneau enregistré a été annulé</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/tables.py" line="41"/>
        <source>cannot read {name}: {reason}</source>
        <translation>impossible de lire {name} : {reason}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/tables.py" line="45"/>
        <source>{name} is empty: there is nothing to import</source>
        <translation>{name} est vide : il n&apos;y a rien à importer</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/tables.py" line="49"/>
        <source>{name} has a header row but no rows below it: there is nothing to import</source>
        <translation>{name} a une ligne d&apos;en-tête mais aucune ligne en dessous : il n&apos;y a rien à importer</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/tables.py" line="54"/>
        <source>{name} is not a table CivicDesk can read ({reason}); save it from your spreadsheet as CSV, XLSX or ODS and try again</source>
        <translation>{name} n&apos;est pas un tableau que CivicDesk sait lire ({reason}) ; enregistrez-le depuis votre tableur en CSV, XLSX ou ODS et réessayez</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/tables.py" line="60"/>
        <source>{name} is {size} MB; CivicDesk imports files of up to {limit} MB (about 700,000 people): split it, or remove columns you do not need</source>
        <translation>{name} fait {size} Mo ; CivicDesk importe des fichiers de {limit} Mo au plus (environ 700 000 personnes) : divisez-le ou retirez les colonnes dont vous n&apos;avez pas besoin</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/tables.py" line="66"/>
        <source>{name} has {count} columns; CivicDesk reads at most {limit}: remove the columns you do not need and try again</source>
        <translation>{name} a {count} colonnes ; CivicDesk en lit au plus {limit} : retirez les colonnes dont vous n&apos;avez pas besoin et réessayez</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/tables.py" line="72"/>
        <source>{name} has more than {limit} rows; split it into smaller files</source>
        <translation>{name} a plus de {limit} lignes ; divisez-le en fichiers plus petits</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/tables.py" line="77"/>
        <source>{name} has no sheet {sheet}; its sheets are: {sheets}</source>
        <translation>{name} n&apos;a pas de feuille {sheet} ; ses feuilles sont : {sheets}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/tables.py" line="81"/>
        <source>it holds binary data, not text</source>
        <translation>il contient des données binaires, pas du texte</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/tables.py" line="82"/>
        <source>it looks like a spreadsheet but cannot be opened: {why}</source>
        <translation>il ressemble à une feuille de calcul mais ne peut pas être ouvert : {why}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/tables.py" line="83"/>
        <source>it is a zip archive, not a spreadsheet</source>
        <translation>c&apos;est une archive zip, pas une feuille de calcul</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/tables.py" line="84"/>
        <source>{name} is named .{suffix} but holds {kind}; it was read as {kind}</source>
        <translation>{name} porte l&apos;extension .{suffix} mais contient du {kind} ; il a été lu comme du {kind}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/imports.py" line="147"/>
        <source>{who} changed {name} (row {row}) after the preview; nothing was imported. Preview the file again.</source>
        <translation>{who} a modifié {name} (ligne {row}) après l&apos;aperçu ; rien n&apos;a été importé. Affichez de nouveau l&apos;aperçu du fichier.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/imports.py" line="154"/>
        <source>import {batch} was already undone on {when} by {who}; there is nothing to undo</source>
        <translation>l&apos;importation {batch} a déjà été annulée le {when} par {who} ; il n&apos;y a rien à annuler</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/imports.py" line="160"/>
        <source>a preset needs a name of 1 to 60 characters on one line</source>
        <translation>un modèle doit avoir un nom de 1 à 60 caractères sur une seule ligne</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/imports.py" line="164"/>
        <source>edited since the import</source>
        <translation>a changé depuis l&apos;importation</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/imports.py" line="165"/>
        <source>has sign-ups, hours, payments, requests or a login since the import</source>
        <translation>a des inscriptions, des heures, des paiements, des demandes ou un compte depuis l&apos;importation</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/imports.py" line="167"/>
        <source>people not from this import live there</source>
        <translation>des personnes qui ne viennent pas de cette importation y habitent</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/imports.py" line="168"/>
        <source>people not from this import are signed up</source>
        <translation>des personnes qui ne viennent pas de cette importation y sont inscrites</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/imports.py" line="169"/>
        <source>it has shifts not from this import</source>
        <translation>a des créneaux qui ne viennent pas de cette importation</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/imports.py" line="170"/>
        <source>voided or corrected since the import</source>
        <translation>annulé ou corrigé depuis l&apos;importation</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="68"/>
        <source>Import from a file</source>
        <translation>Importer depuis un fichier</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="69"/>
        <source>Spreadsheets and CSV files (*.csv *.txt *.tsv *.xlsx *.xls *.ods);;All files (*)</source>
        <translation>Feuilles de calcul et fichiers CSV (*.csv *.txt *.tsv *.xlsx *.xls *.ods);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="76"/>
        <source>Save as preset</source>
        <translation>Enregistrer comme modèle</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="77"/>
        <source>A name for this mapping (offered next time):</source>
        <translation>Un nom pour cette correspondance des colonnes (proposée la prochaine fois) :</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="84"/>
        <source>Undo the import</source>
        <translation>Annuler l&apos;importation</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="85"/>
        <source>Undo {what}? Everything it brought in is removed, and what it changed gets its old values back. Rows edited since are kept and listed.</source>
        <translation>Annuler {what} ? Tout ce qu&apos;elle a apporté est retiré, et ce qu&apos;elle a modifié retrouve ses anciennes valeurs. Les lignes modifiées depuis sont conservées et listées.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="118"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="118"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="120"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="121"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="130"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="146"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Retour</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="147"/>
        <location filename="../../civicdesk/gui/import_wizard.py" line="338"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="149"/>
        <location filename="../../civicdesk/gui/import_wizard.py" line="344"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="190"/>
        <source>What the file holds:</source>
        <translation>Ce que contient le fichier :</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="204"/>
        <source>A CSV, Excel (.xlsx, .xls) or OpenDocument (.ods) file</source>
        <translation>Un fichier CSV, Excel (.xlsx, .xls) ou OpenDocument (.ods)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="206"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="210"/>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="215"/>
        <source>A workbook&apos;s sheets are listed once it was read</source>
        <translation>Les feuilles d&apos;un classeur apparaissent ici une fois qu&apos;il a été lu</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="216"/>
        <source>S&amp;heet:</source>
        <translation>F&amp;euille :</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="223"/>
        <source>P&amp;reset:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="224"/>
        <source>Nothing is written until you have seen the preview and chosen “Import the valid rows”. An import can be undone as a whole (Edit &gt; Undo an import…).</source>
        <translation>Rien n&apos;est enregistré tant que vous n&apos;avez pas vu l&apos;aperçu et choisi « Importer les lignes valides ». Une importation peut être annulée en bloc (Édition &gt; Annuler une importation).</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="232"/>
        <source>Guess from the column names (any spreadsheet)</source>
        <translation>Deviner d&apos;après les noms des colonnes (tout tableur)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="247"/>
        <source>Each column of the file and where it goes. Change any guess; “not imported” leaves a column out.</source>
        <translation>Chaque colonne du fichier et l&apos;endroit où elle va. Corrigez ce qui a été mal deviné ; « non importée » laisse la colonne de côté.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="251"/>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="252"/>
        <source>First value</source>
        <translation>Première valeur</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="252"/>
        <source>Goes into</source>
        <translation>Va dans</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="257"/>
        <source>&amp;Dates are written:</source>
        <translation>Les &amp;dates sont écrites :</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="259"/>
        <location filename="../../civicdesk/gui/import_wizard.py" line="265"/>
        <source>found from the values</source>
        <translation>déduit des valeurs</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="263"/>
        <source>A&amp;mounts are written:</source>
        <translation>Les m&amp;ontants sont écrits :</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="266"/>
        <source>with a decimal point (1,234.50)</source>
        <translation>avec un point décimal (1,234.50)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="267"/>
        <source>with a decimal comma (1.234,50)</source>
        <translation>avec une virgule décimale (1.234,50)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="269"/>
        <source>Save as p&amp;reset…</source>
        <translation>Enregistrer comme &amp;modèle…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="292"/>
        <location filename="../../civicdesk/gui/import_wizard.py" line="295"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="292"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="293"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="293"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="295"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="296"/>
        <source>Matched by</source>
        <translation>Correspondance par</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="296"/>
        <source>What changes</source>
        <translation>Ce qui change</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="294"/>
        <location filename="../../civicdesk/gui/import_wizard.py" line="298"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="183"/>
        <source>&amp;People</source>
        <translation>&amp;Personnes</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="184"/>
        <source>&amp;Sign-ups</source>
        <translation>&amp;Inscriptions</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="185"/>
        <source>Members, contacts, volunteers</source>
        <translation>Membres, contacts, bénévoles</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="186"/>
        <source>A SignUpGenius sign-up report: events, shifts and who signed up</source>
        <translation>Un rapport d’inscriptions SignUpGenius : événements, créneaux et qui s’est inscrit</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="253"/>
        <source>Where each column goes</source>
        <translation>Où va chaque colonne</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="297"/>
        <location filename="../../civicdesk/gui/import_wizard.py" line="299"/>
        <source>Matched people</source>
        <translation>Personnes correspondantes</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="310"/>
        <source>&amp;Undo this import</source>
        <translation>&amp;Annuler cette importation</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="319"/>
        <source>1. Choose the file</source>
        <translation>1. Choisir le fichier</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="320"/>
        <source>2. Check where each column goes</source>
        <translation>2. Vérifier où va chaque colonne</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="322"/>
        <source>3. What the import will do</source>
        <translation>3. Ce que fera l&apos;importation</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="324"/>
        <source>4. Done</source>
        <translation>4. Terminé</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="337"/>
        <source>&amp;Import the valid rows</source>
        <translation>&amp;Importer les lignes valides</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="344"/>
        <location filename="../../civicdesk/gui/import_wizard.py" line="699"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="422"/>
        <source>Choose the file to import first.</source>
        <translation>Choisissez d&apos;abord le fichier à importer.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="428"/>
        <source>Reading {name}…</source>
        <translation>Lecture de {name}…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="441"/>
        <source>{name} has {count} sheets; this is the first, {sheet}. Choose another on the first page and press Next again to read it.</source>
        <translation>{name} contient {count} feuilles ; voici la première, {sheet}. Choisissez-en une autre sur la première page et cliquez de nouveau sur Suivant pour la lire.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="472"/>
        <source>— not imported —</source>
        <translation>— non importée —</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="476"/>
        <source>Where {column} goes</source>
        <translation>Où va {column}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="496"/>
        <location filename="../../civicdesk/gui/import_wizard.py" line="509"/>
        <source>Checking every row…</source>
        <translation>Vérification de chaque ligne…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="503"/>
        <source>Two columns go into {field}: choose one of them.</source>
        <translation>Deux colonnes vont dans {field} : choisissez-en une.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="515"/>
        <source>The amounts in {column} (such as {example}) could be read with a decimal point or a decimal comma: say which next to “Amounts are written”.</source>
        <translation>Les montants de {column} (comme {example}) peuvent se lire avec un point décimal ou une virgule décimale : indiquez lequel à côté de « Les montants sont écrits ».</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="522"/>
        <source>The dates in {column} (such as {example}) could be day/month/year or month/day/year: say which next to “Dates are written”.</source>
        <translation>Les dates de {column} (comme {example}) peuvent être jour/mois/année ou mois/jour/année : indiquez lequel à côté de « Les dates sont écrites ».</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="540"/>
        <source>Sign-ups to add: {create}
New events: {events}    New shifts: {shifts}
New people: {people}    People matched on file: {matched}
Already signed up: {unchanged}
With problems (left out): {problem}</source>
        <translation>Inscriptions à ajouter : {create}
Nouveaux événements : {events}    Nouveaux créneaux : {shifts}
Nouvelles personnes : {people}    Personnes enregistrées correspondantes : {matched}
Déjà inscrits : {unchanged}
Avec un problème (laissées de côté) : {problem}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="548"/>
        <source>To create: {create}
Matching people on file (to update): {update}
Unchanged: {unchanged}
With problems (left out): {problem}</source>
        <translation>À créer : {create}
Personnes enregistrées correspondantes (à mettre à jour) : {update}
Sans changement : {unchanged}
Avec un problème (laissées de côté) : {problem}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="553"/>
        <source>Dues payments to record: {count}</source>
        <translation>Paiements de cotisation à enregistrer : {count}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="558"/>
        <source>joins a household</source>
        <translation>rejoint un foyer</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="560"/>
        <source>nothing (unchanged)</source>
        <translation>rien (sans changement)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="568"/>
        <source>Problems ({count})</source>
        <translation>Problèmes ({count})</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="570"/>
        <source>Matched people ({count})</source>
        <translation>Personnes correspondantes ({count})</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="574"/>
        <source>There is nothing to import: every row is already on file or has a problem.</source>
        <translation>Il n&apos;y a rien à importer : chaque ligne est déjà enregistrée ou présente un problème.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="590"/>
        <source>Importing {name}…</source>
        <translation>Importation de {name}…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="596"/>
        <source>The import was cancelled: nothing was imported.</source>
        <translation>L&apos;importation a été annulée : rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="601"/>
        <source>Import {batch}: {signups} sign-ups added, with {events} new events, {shifts} new shifts and {created} new people.</source>
        <translation>Importation {batch} : {signups} inscriptions ajoutées, avec {events} nouveaux événements, {shifts} nouveaux créneaux et {created} nouvelles personnes.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="606"/>
        <source>Import {batch}: {created} people created (and {households} households), {changed} people updated.</source>
        <translation>Importation {batch} : {created} personnes créées (et {households} foyers), {changed} personnes mises à jour.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="611"/>
        <source>{payments} dues payments recorded.</source>
        <translation>{payments} paiements de cotisation enregistrés.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="614"/>
        <source>If this was a mistake, undo it now, or later from Edit &gt; Undo an import…</source>
        <translation>Si c&apos;était une erreur, annulez-la maintenant ou plus tard depuis Édition &gt; Annuler une importation…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="634"/>
        <location filename="../../civicdesk/gui/import_wizard.py" line="755"/>
        <source>Import {batch} was undone.</source>
        <translation>L&apos;importation {batch} a été annulée.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="647"/>
        <source>Saved as the preset “{name}”.</source>
        <translation>Enregistré comme modèle « {name} ».</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="658"/>
        <source>{removed} people removed, {restored} restored.</source>
        <translation>{removed} personnes retirées, {restored} restaurées.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="661"/>
        <source>{signups} sign-ups removed. </source>
        <translation>{signups} inscriptions retirées. </translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="663"/>
        <source>{payments} dues payments removed. </source>
        <translation>{payments} paiements de cotisation retirés. </translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="666"/>
        <source>Kept as they are:</source>
        <translation>Conservés tels quels :</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="670"/>
        <source>and {count} more</source>
        <translation>et {count} autres</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="676"/>
        <source>import {batch}</source>
        <translation>l&apos;importation {batch}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="688"/>
        <location filename="../../civicdesk/gui/import_wizard.py" line="692"/>
        <source>Imports</source>
        <translation>Importations</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="689"/>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="689"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="689"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="690"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="690"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="691"/>
        <source>Counts</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="691"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="696"/>
        <source>&amp;Undo this import…</source>
        <translation>&amp;Annuler cette importation…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="721"/>
        <source>{signups} sign-ups, {events} events, {shifts} shifts, {created} people</source>
        <translation>{signups} inscriptions, {events} événements, {shifts} créneaux, {created} personnes</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="727"/>
        <source>{created} created, {changed} updated, {problems} left out</source>
        <translation>{created} créées, {changed} mises à jour, {problems} laissées de côté</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="730"/>
        <source>undone {when} by {who}</source>
        <translation>annulée le {when} par {who}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="732"/>
        <source>in place</source>
        <translation>en vigueur</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="735"/>
        <source>sign-ups</source>
        <translation>inscriptions</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="735"/>
        <source>people</source>
        <translation>personnes</translation>
    </message>
</context>
<context>
    <name>Integrity</name>
    <message>
        <location filename="../../civicdesk/data/integrity.py" line="23"/>
        <source>append-only: the trigger {trigger} is missing or was changed, so rows of {table} can be changed or deleted</source>
        <translation>append-only : le déclencheur {trigger} est absent ou a été modifié, donc les lignes de {table} peuvent être modifiées ou supprimées</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/integrity.py" line="26"/>
        <source>{part}: could not be checked ({detail})</source>
        <translation>{part} : impossible à vérifier ({detail})</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/integrity.py" line="27"/>
        <source>schema: the table {table} is missing</source>
        <translation>schema : la table {table} est absente</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/integrity.py" line="28"/>
        <source>schema: the table {table} has no column {columns}</source>
        <translation>schema : la table {table} n&apos;a pas de colonne {columns}</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../civicdesk/gui/language_menu.py" line="27"/>
        <source>&amp;System language ({name})</source>
        <translation>Langue du &amp;système ({name})</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/language_menu.py" line="33"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/language_menu.py" line="63"/>
        <location filename="../../civicdesk/gui/language_menu.py" line="76"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/language_menu.py" line="77"/>
        <source>Restart CivicDesk now to use {language}?</source>
        <translation>Redémarrer CivicDesk maintenant pour l&apos;utiliser en {language} ?</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/language_menu.py" line="79"/>
        <source>Until then CivicDesk goes on in the language it started in.</source>
        <translation>D&apos;ici là, CivicDesk reste dans la langue avec laquelle il a démarré.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/language_menu.py" line="80"/>
        <source>&amp;Restart now</source>
        <translation>&amp;Redémarrer maintenant</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/language_menu.py" line="81"/>
        <source>&amp;Later</source>
        <translation>Plus &amp;tard</translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <location filename="../../civicdesk/gui/list_export.py" line="41"/>
        <source>CSV for any spreadsheet (*.csv)</source>
        <translation>CSV pour tout tableur (*.csv)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/list_export.py" line="42"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/list_export.py" line="46"/>
        <source>Export what I see</source>
        <translation>Exporter ce que je vois</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/list_export.py" line="70"/>
        <source>E&amp;xport what I see…</source>
        <translation>E&amp;xporter ce que je vois…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/list_export.py" line="73"/>
        <source>Save this list as it is shown, to CSV or Excel (Ctrl+Shift+E)</source>
        <translation>Enregistrer cette liste telle qu&apos;elle est affichée, en CSV ou Excel (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/list_export.py" line="101"/>
        <source>Exporting {name}…</source>
        <translation>Exportation de {name}…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/list_export.py" line="108"/>
        <source>{count} rows saved to {path}</source>
        <translation>{count} lignes enregistrées dans {path}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/list_export.py" line="120"/>
        <location filename="../../civicdesk/gui/list_export.py" line="132"/>
        <source>Export everything</source>
        <translation>Tout exporter</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/list_export.py" line="121"/>
        <source>Everything goes into one zip of CSV files with a README of the columns (PINs and passwords never do).

Include the sensitive notes? Only if the file goes to someone who may read them.</source>
        <translation>Tout est enregistré dans une seule archive zip de fichiers CSV, avec un README des colonnes (les codes PIN et les mots de passe n&apos;y figurent jamais).

Inclure les notes confidentielles ? Seulement si le fichier est destiné à quelqu&apos;un qui a le droit de les lire.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/list_export.py" line="124"/>
        <source>Include the sensitive notes</source>
        <translation>Inclure les notes confidentielles</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/list_export.py" line="133"/>
        <source>Zip files (*.zip)</source>
        <translation>Archives zip (*.zip)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/list_export.py" line="144"/>
        <source>Exporting everything…</source>
        <translation>Exportation de tout le contenu…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/list_export.py" line="147"/>
        <source>Exported</source>
        <translation>Exportation terminée</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/list_export.py" line="148"/>
        <source>{count} rows of {tables} tables are in
{path}
{sensitive}</source>
        <translation>{count} lignes de {tables} tables se trouvent dans
{path}
{sensitive}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/list_export.py" line="150"/>
        <source>It holds the sensitive notes: keep it safe.</source>
        <translation>Il contient les notes confidentielles : conservez-le en lieu sûr.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/list_export.py" line="151"/>
        <source>The sensitive notes were left out.</source>
        <translation>Les notes confidentielles n&apos;ont pas été incluses.</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts_list.py" line="47"/>
        <source>Only shifts that need people</source>
        <translation>Seulement les créneaux à pourvoir</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts_list.py" line="49"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts_list.py" line="53"/>
        <location filename="../../civicdesk/gui/panes/shifts_list.py" line="143"/>
        <source>All events</source>
        <translation>Tous les événements</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts_list.py" line="72"/>
        <source>Event:</source>
        <translation>Événement :</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts_list.py" line="73"/>
        <source>Fro&amp;m:</source>
        <translation>Dep&amp;uis :</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts_list.py" line="74"/>
        <source>T&amp;o:</source>
        <translation>&amp;Jusqu&apos;au :</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts_list.py" line="89"/>
        <location filename="../../civicdesk/gui/panes/shifts_list.py" line="123"/>
        <source>Shifts</source>
        <translation>Créneaux</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts_list.py" line="153"/>
        <source>Shifts shown: {count}</source>
        <translation>Créneaux affichés : {count}</translation>
    </message>
</context>
<context>
    <name>Login</name>
    <message>
        <location filename="../../civicdesk/services/accounts.py" line="56"/>
        <source>There is no active user named “{name}”.</source>
        <translation>Il n&apos;y a aucun utilisateur actif nommé « {name} ».</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/accounts.py" line="61"/>
        <source>That PIN or password is not right for {name}. {left}</source>
        <translation>Ce code PIN ou ce mot de passe n&apos;est pas le bon pour {name}. {left}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/accounts.py" line="67"/>
        <source>Too many wrong attempts for {name}: try again in {seconds} seconds, or ask an admin to reset the PIN or password.</source>
        <translation>Trop d&apos;essais erronés pour {name} : réessayez dans {seconds} secondes, ou demandez à un administrateur de réinitialiser le code PIN ou le mot de passe.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/accounts.py" line="78"/>
        <source>This database has user accounts already; log in as an admin to add one.</source>
        <translation>Cette base de données a déjà des comptes utilisateur ; connectez-vous en tant qu&apos;administrateur pour en ajouter un.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/accounts.py" line="84"/>
        <source>{name} is the last active admin: make someone else an admin first, or nobody could manage the accounts any more.</source>
        <translation>{name} est le dernier administrateur actif : nommez d&apos;abord quelqu&apos;un d&apos;autre administrateur, sinon plus personne ne pourrait gérer les comptes.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/accounts.py" line="91"/>
        <source>There is already a user named “{name}”.</source>
        <translation>Il existe déjà un utilisateur nommé « {name} ».</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/accounts.py" line="94"/>
        <source>Wrong attempts left before the account has to wait: {count}.</source>
        <translation>Essais erronés restants avant que le compte doive attendre : {count}.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/accounts.py" line="96"/>
        <source>The account now has to wait {seconds} seconds.</source>
        <translation>Le compte doit maintenant attendre {seconds} secondes.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/accounts.py" line="122"/>
        <source>Enter a PIN or a password.</source>
        <translation>Saisissez un code PIN ou un mot de passe.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/accounts.py" line="125"/>
        <source>A PIN has at least 4 digits.</source>
        <translation>Un code PIN compte au moins 4 chiffres.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/accounts.py" line="128"/>
        <source>A password has at least 8 characters (or use a PIN of at least 4 digits).</source>
        <translation>Un mot de passe compte au moins 8 caractères (ou utilisez un code PIN d&apos;au moins 4 chiffres).</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/accounts.py" line="130"/>
        <source>A password cannot hold line breaks or control characters.</source>
        <translation>Un mot de passe ne peut pas contenir de retours à la ligne ni de caractères de contrôle.</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <location filename="../../civicdesk/gui/login_screen.py" line="122"/>
        <location filename="../../civicdesk/gui/login_screen.py" line="207"/>
        <source>Who are you?</source>
        <translation>Qui êtes-vous ?</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/login_screen.py" line="123"/>
        <location filename="../../civicdesk/gui/login_screen.py" line="208"/>
        <source>Type the first letters of your name, or pick it from the list.</source>
        <translation>Tapez les premières lettres de votre nom, ou choisissez-le dans la liste.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/login_screen.py" line="126"/>
        <location filename="../../civicdesk/gui/login_screen.py" line="127"/>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/login_screen.py" line="131"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/login_screen.py" line="135"/>
        <source>&amp;PIN or password</source>
        <translation>Code &amp;PIN ou mot de passe</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/login_screen.py" line="141"/>
        <source>&amp;Log in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/login_screen.py" line="211"/>
        <source>CivicDesk is locked</source>
        <translation>CivicDesk est verrouillé</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/login_screen.py" line="213"/>
        <source>{name}: type your PIN or password to go on where you left off. Someone else: type or pick your own name.</source>
        <translation>{name} : tapez votre code PIN ou mot de passe pour reprendre là où vous en étiez. Quelqu&apos;un d&apos;autre : tapez ou choisissez votre propre nom.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/login_screen.py" line="230"/>
        <source>Nobody’s name starts with “{typed}”.</source>
        <translation>Aucun nom ne commence par « {typed} ».</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/login_screen.py" line="250"/>
        <source>Choose your name first.</source>
        <translation>Choisissez d&apos;abord votre nom.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/login_screen.py" line="308"/>
        <source>Too many wrong attempts. You can try again in {seconds} seconds, or ask an admin to reset your PIN or password.</source>
        <translation>Trop de tentatives incorrectes. Vous pourrez réessayer dans {seconds} secondes, ou demander à un administrateur de réinitialiser votre code PIN ou mot de passe.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/login_screen.py" line="314"/>
        <source>You can try again now.</source>
        <translation>Vous pouvez réessayer maintenant.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../civicdesk/gui/mainwindow.py" line="71"/>
        <source>{title} (read-only)</source>
        <translation>{title} (lecture seule)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/mainwindow.py" line="176"/>
        <source>Database: {path}</source>
        <translation>Base de données : {path}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/mainwindow.py" line="185"/>
        <source>Logged in as {name} ({role})</source>
        <translation>Session de {name} ({role})</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/mainwindow.py" line="192"/>
        <source>&amp;Lock now</source>
        <translation>&amp;Verrouiller maintenant</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/mainwindow.py" line="195"/>
        <source>S&amp;witch user…</source>
        <translation>&amp;Changer d&apos;utilisateur…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/mainwindow.py" line="198"/>
        <source>Change my &amp;PIN or password…</source>
        <translation>Changer mon code &amp;PIN ou mot de passe…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/mainwindow.py" line="200"/>
        <source>User &amp;accounts…</source>
        <translation>&amp;Comptes utilisateur…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/mainwindow.py" line="202"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/mainwindow.py" line="321"/>
        <source>Read-only: open for changes elsewhere ({who})</source>
        <translation>Lecture seule : ouverte pour modification ailleurs ({who})</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/mainwindow.py" line="352"/>
        <source>A second folder for backups (a USB stick, another disk)</source>
        <translation>Un deuxième dossier pour les sauvegardes (une clé USB, un autre disque)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/mainwindow.py" line="356"/>
        <source>Second backup folder</source>
        <translation>Deuxième dossier de sauvegarde</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/mainwindow.py" line="357"/>
        <source>Backups are also copied to {folder}. Stop copying them there?</source>
        <translation>Les sauvegardes sont aussi copiées dans {folder}. Arrêter de les y copier ?</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/mainwindow.py" line="358"/>
        <source>Stop copying</source>
        <translation>Arrêter de copier</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/mainwindow.py" line="367"/>
        <source>C&amp;onnect to a shared database…</source>
        <translation>Se c&amp;onnecter à une base de données partagée…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/mainwindow.py" line="368"/>
        <source>&amp;Use the database on this computer</source>
        <translation>&amp;Utiliser la base de données de cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/mainwindow.py" line="386"/>
        <source>Use the database on this computer</source>
        <translation>Utiliser la base de données de cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/mainwindow.py" line="387"/>
        <source>CivicDesk closes the shared database {name} and opens the one in this computer&apos;s data folder, from now on also at start. Nothing is copied between them.</source>
        <translation>CivicDesk ferme la base de données partagée {name} et ouvre celle du dossier de données de cet ordinateur, désormais aussi au démarrage. Rien n&apos;est copié de l&apos;une à l&apos;autre.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/mainwindow.py" line="390"/>
        <source>Switch to it</source>
        <translation>Changer de base de données</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/mainwindow.py" line="397"/>
        <source>&amp;Purge old sensitive notes…</source>
        <translation>&amp;Supprimer les anciennes notes confidentielles…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/mainwindow.py" line="408"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/mainwindow.py" line="410"/>
        <source>&amp;Undo an import…</source>
        <translation>&amp;Annuler une importation…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/mainwindow.py" line="423"/>
        <source>&amp;Export everything…</source>
        <translation>Tout e&amp;xporter…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/mainwindow.py" line="517"/>
        <source>{name} has unsaved edits here: log in to save or discard them before closing CivicDesk.</source>
        <translation>{name} a des modifications non enregistrées ici : connectez-vous pour les enregistrer ou les abandonner avant de fermer CivicDesk.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="6"/>
        <source>CivicDesk</source>
        <translation>CivicDesk</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="18"/>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="32"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="42"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="46"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="52"/>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="55"/>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="59"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="77"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="78"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="81"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="82"/>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="85"/>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="88"/>
        <source>&amp;Second backup folder…</source>
        <translation>Deuxième &amp;dossier de sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="91"/>
        <source>Show the &amp;data folder</source>
        <translation>Afficher le &amp;dossier des données</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="94"/>
        <source>&amp;About CivicDesk</source>
        <translation>À &amp;propos de CivicDesk</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="97"/>
        <source>&amp;Print a report…</source>
        <translation>Imprimer un r&amp;apport…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="98"/>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="101"/>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="104"/>
        <source>&amp;Bigger text</source>
        <translation>Texte plus &amp;grand</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="105"/>
        <source>Ctrl++</source>
        <translation>Ctrl++</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="108"/>
        <source>&amp;Smaller text</source>
        <translation>Texte plus &amp;petit</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="109"/>
        <source>Ctrl+-</source>
        <translation>Ctrl+-</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="112"/>
        <source>&amp;Normal text size</source>
        <translation>Taille du texte &amp;normale</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="113"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="116"/>
        <source>Audit &amp;trail</source>
        <translation>&amp;Journal d&apos;activité</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="119"/>
        <source>&amp;User guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="120"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="123"/>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>&amp;Raccourcis clavier…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="124"/>
        <source>Ctrl+/</source>
        <translation>Ctrl+/</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="127"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
</context>
<context>
    <name>Matching</name>
    <message>
        <location filename="../../civicdesk/services/matching.py" line="34"/>
        <source>Can do {skill}</source>
        <translation>A la compétence {skill}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/matching.py" line="35"/>
        <source>No {skill} skill on file</source>
        <translation>Compétence {skill} non enregistrée</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/matching.py" line="36"/>
        <source>Speaks {language}</source>
        <translation>Parle {language}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/matching.py" line="37"/>
        <source>Does not speak {language}</source>
        <translation>Ne parle pas {language}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/matching.py" line="38"/>
        <source>Lives in {area}</source>
        <translation>Habite dans le secteur {area}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/matching.py" line="39"/>
        <source>Lives nearby ({area})</source>
        <translation>Habite à proximité ({area})</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/matching.py" line="40"/>
        <source>Lives elsewhere ({area})</source>
        <translation>Habite ailleurs ({area})</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/matching.py" line="41"/>
        <source>Free on {day}</source>
        <translation>Libre le {day}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/matching.py" line="42"/>
        <source>On a shift that day: {shift}, {when}</source>
        <translation>Déjà sur un créneau ce jour-là : {shift}, {when}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/matching.py" line="43"/>
        <source>No open requests</source>
        <translation>Aucune demande ouverte</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/matching.py" line="44"/>
        <source>1 open request</source>
        <translation>1 demande ouverte</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/matching.py" line="45"/>
        <source>{count} open requests</source>
        <translation>{count} demandes ouvertes</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/matching.py" line="46"/>
        <source>Suggestion {rank} of {total}: {reasons}.</source>
        <translation>Suggestion {rank} sur {total} : {reasons}.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/matching.py" line="47"/>
        <source>address unknown</source>
        <translation>adresse inconnue</translation>
    </message>
</context>
<context>
    <name>MemberTable</name>
    <message>
        <location filename="../../civicdesk/gui/models/member_table.py" line="34"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/member_table.py" line="35"/>
        <source>Household address</source>
        <translation>Adresse du foyer</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/member_table.py" line="36"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/member_table.py" line="37"/>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/member_table.py" line="38"/>
        <source>Membership</source>
        <translation>Adhésion</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/member_table.py" line="39"/>
        <source>Dues paid until</source>
        <translation>Cotisation payée jusqu&apos;au</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/member_table.py" line="40"/>
        <source>Volunteer</source>
        <translation>Bénévole</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/member_table.py" line="41"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/member_table.py" line="48"/>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/member_table.py" line="49"/>
        <source>Lapsed</source>
        <translation>Adhésion expirée</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/member_table.py" line="50"/>
        <source>Honorary</source>
        <translation>Membre d&apos;honneur</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/member_table.py" line="51"/>
        <source>Prospect</source>
        <translation>Membre potentiel</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/member_table.py" line="52"/>
        <source>Not a member</source>
        <translation>Non-membre</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <location filename="../../civicdesk/gui/models/member_table.py" line="80"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/member_table.py" line="80"/>
        <source> (archived)</source>
        <translation> (archivé)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/member_table.py" line="83"/>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/member_table.py" line="116"/>
        <source>This column cannot be sorted.</source>
        <translation>Cette colonne ne peut pas être triée.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/member_table.py" line="143"/>
        <source>Dues overdue: paid until {date}</source>
        <translation>Cotisation en retard : payée jusqu’au {date}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/member_table.py" line="147"/>
        <source>{name} (archived)</source>
        <translation>{name} (archivé)</translation>
    </message>
</context>
<context>
    <name>MembersPane</name>
    <message>
        <location filename="../../civicdesk/gui/panes/members.py" line="68"/>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/members.py" line="72"/>
        <location filename="../../civicdesk/gui/panes/members.py" line="101"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/members.py" line="73"/>
        <source>Everyone on file (Ctrl+Shift+P)</source>
        <translation>Toutes les personnes enregistrées (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/members.py" line="74"/>
        <location filename="../../civicdesk/gui/panes/members.py" line="102"/>
        <source>Households</source>
        <translation>Foyers</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/members.py" line="75"/>
        <source>Addresses and who lives there (Ctrl+Shift+H)</source>
        <translation>Les adresses et qui y habite (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/members.py" line="100"/>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <location filename="../../civicdesk/gui/operations.py" line="48"/>
        <source>The screen is locked: log in again first. Nothing was changed.</source>
        <translation>L&apos;écran est verrouillé : reconnectez-vous d&apos;abord. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/operations.py" line="101"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
</context>
<context>
    <name>OptionsForm</name>
    <message>
        <location filename="../../civicdesk/gui/reports/options_form.py" line="81"/>
        <source>(type the request&apos;s number)</source>
        <translation>(tapez le numéro de la demande)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/reports/options_form.py" line="85"/>
        <source>All events</source>
        <translation>Tous les événements</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/reports/options_form.py" line="95"/>
        <source>Every shift of the day</source>
        <translation>Tous les créneaux de la journée</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../civicdesk/gui/dialogs/connect_dialog.py" line="272"/>
        <source>Password for the database server</source>
        <translation>Mot de passe du serveur de base de données</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/connect_dialog.py" line="274"/>
        <source>The database server {server} asks for the password of {user} for the database {database}.</source>
        <translation>Le serveur de base de données {server} demande le mot de passe de {user} pour la base de données {database}.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/connect_dialog.py" line="287"/>
        <source>Pass&amp;word</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/connect_dialog.py" line="300"/>
        <source>Type the password, or choose Cancel.</source>
        <translation>Saisissez le mot de passe, ou choisissez Annuler.</translation>
    </message>
</context>
<context>
    <name>PaymentActions</name>
    <message>
        <location filename="../../civicdesk/gui/payment_actions.py" line="52"/>
        <source>Only coordinators can void or correct payments.</source>
        <translation>Seuls les coordinateurs peuvent annuler ou corriger des paiements.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/payment_actions.py" line="96"/>
        <source>Correct the payment…</source>
        <translation>Corriger le paiement…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/payment_actions.py" line="97"/>
        <source>Void the payment…</source>
        <translation>Annuler le paiement…</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../civicdesk/gui/dialogs/payment_dialog.py" line="63"/>
        <source>Record the payment</source>
        <translation>Enregistrer le paiement</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/payment_dialog.py" line="83"/>
        <source>Paid by: {name}</source>
        <translation>Payé par : {name}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/payment_dialog.py" line="87"/>
        <source>Paid for the &amp;whole household ({household})</source>
        <translation>Payé pour tout le &amp;foyer ({household})</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/payment_dialog.py" line="113"/>
        <source>Correct a payment</source>
        <translation>Corriger un paiement</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/payment_dialog.py" line="115"/>
        <source>Record the correction</source>
        <translation>Enregistrer la correction</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/payment_dialog.py" line="116"/>
        <source>Was: {amount} paid on {date}, covering {start} to {end}. It will be voided and kept, struck through.</source>
        <translation>Avant : {amount} payé le {date}, pour la période du {start} au {end}. Il sera annulé et conservé, barré.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/payment_dialog.py" line="123"/>
        <source>The period now follows on from the payments that still count.</source>
        <translation>La période fait maintenant suite aux paiements qui restent valables.</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.ui" line="14"/>
        <source>Record a payment</source>
        <translation>Enregistrer un paiement</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.ui" line="35"/>
        <source>Paid for the &amp;whole household</source>
        <translation>Payé pour tout le &amp;foyer</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.ui" line="42"/>
        <source>&amp;Amount</source>
        <translation>&amp;Montant</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.ui" line="72"/>
        <source>&amp;Paid on</source>
        <translation>&amp;Payé le</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.ui" line="99"/>
        <source>Covers &amp;from</source>
        <translation>Couvre &amp;du</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.ui" line="126"/>
        <source>Covers &amp;until</source>
        <translation>Couvre &amp;jusqu&apos;au</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.ui" line="153"/>
        <source>&amp;Method</source>
        <translation>M&amp;ode de paiement</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.ui" line="166"/>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.ui" line="186"/>
        <source>Why &amp;corrected</source>
        <translation>Motif de la &amp;correction</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.ui" line="196"/>
        <source>What was wrong, e.g. the amount was 300, not 30</source>
        <translation>Ce qui n&apos;allait pas, p. ex. le montant était de 300, pas de 30</translation>
    </message>
</context>
<context>
    <name>PaymentTable</name>
    <message>
        <location filename="../../civicdesk/gui/models/payment_table.py" line="27"/>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/payment_table.py" line="28"/>
        <source>Cheque</source>
        <translation>Chèque</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/payment_table.py" line="29"/>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/payment_table.py" line="30"/>
        <source>Bank transfer</source>
        <translation>Virement bancaire</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/payment_table.py" line="31"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/payment_table.py" line="32"/>
        <source>Free membership</source>
        <translation>Adhésion gratuite</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/payment_table.py" line="42"/>
        <source>the whole household</source>
        <translation>tout le foyer</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/payment_table.py" line="43"/>
        <source>this person</source>
        <translation>cette personne</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/payment_table.py" line="50"/>
        <source>Voided on {date} by {name}: {reason}</source>
        <translation>Annulé le {date} par {name} : {reason}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/payment_table.py" line="60"/>
        <source>Corrects a voided payment</source>
        <translation>Corrige un paiement annulé</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/payment_table.py" line="88"/>
        <source>Paid on</source>
        <translation>Date de paiement</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/payment_table.py" line="90"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/payment_table.py" line="91"/>
        <source>Covers</source>
        <translation>Période couverte</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/payment_table.py" line="92"/>
        <source>Method</source>
        <translation>Mode de paiement</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/payment_table.py" line="93"/>
        <source>Paid for</source>
        <translation>Pour qui</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/payment_table.py" line="94"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>Payments</name>
    <message>
        <location filename="../../civicdesk/services/payments.py" line="47"/>
        <source>This payment was already voided on {when} by {who}. Nothing was changed.</source>
        <translation>Ce paiement a déjà été annulé le {when} par {who}. Rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>PeopleList</name>
    <message>
        <location filename="../../ui/people_list.ui" line="19"/>
        <source>F&amp;ind</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location filename="../../ui/people_list.ui" line="29"/>
        <source>Type a name, phone number, email or street (Ctrl+F)</source>
        <translation>Tapez un nom, un numéro de téléphone, un courriel ou une rue (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/people_list.ui" line="39"/>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <location filename="../../ui/people_list.ui" line="42"/>
        <source>Add someone who is not on file yet (Ctrl+N)</source>
        <translation>Ajouter une personne qui n&apos;est pas encore enregistrée (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/people_list.ui" line="53"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../../ui/people_list.ui" line="60"/>
        <source>Membership status</source>
        <translation>Statut de membre</translation>
    </message>
    <message>
        <location filename="../../ui/people_list.ui" line="70"/>
        <source>Volunteers or not</source>
        <translation>Bénévoles ou non</translation>
    </message>
    <message>
        <location filename="../../ui/people_list.ui" line="80"/>
        <source>Language spoken</source>
        <translation>Langue parlée</translation>
    </message>
    <message>
        <location filename="../../ui/people_list.ui" line="90"/>
        <source>Volunteer skill</source>
        <translation>Compétence du bénévole</translation>
    </message>
    <message>
        <location filename="../../ui/people_list.ui" line="100"/>
        <source>&amp;Dues overdue</source>
        <translation>&amp;Cotisation en retard</translation>
    </message>
    <message>
        <location filename="../../ui/people_list.ui" line="107"/>
        <source>Current or archived people</source>
        <translation>Personnes actuelles ou archivées</translation>
    </message>
    <message>
        <location filename="../../ui/people_list.ui" line="117"/>
        <source>Show everyo&amp;ne</source>
        <translation>Afficher &amp;tout le monde</translation>
    </message>
    <message>
        <location filename="../../ui/people_list.ui" line="157"/>
        <source>Enter opens the selected person</source>
        <translation>Enter ouvre la fiche de la personne sélectionnée</translation>
    </message>
    <message>
        <location filename="../../ui/people_list.ui" line="167"/>
        <source>&amp;Open</source>
        <translation>Ou&amp;vrir</translation>
    </message>
    <message>
        <location filename="../../ui/people_list.ui" line="179"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
</context>
<context>
    <name>PeopleListPage</name>
    <message>
        <location filename="../../civicdesk/gui/panes/people_list.py" line="56"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/people_list.py" line="71"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/people_list.py" line="77"/>
        <source>Any membership</source>
        <translation>Tous les statuts de membre</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/people_list.py" line="80"/>
        <source>Volunteers or not</source>
        <translation>Bénévoles ou non</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/people_list.py" line="81"/>
        <source>Volunteers only</source>
        <translation>Bénévoles seulement</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/people_list.py" line="82"/>
        <source>Not volunteers</source>
        <translation>Non bénévoles</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/people_list.py" line="83"/>
        <source>Current people</source>
        <translation>Personnes actuelles</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/people_list.py" line="84"/>
        <source>Archived people</source>
        <translation>Personnes archivées</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/people_list.py" line="85"/>
        <source>Current and archived</source>
        <translation>Actuelles et archivées</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/people_list.py" line="86"/>
        <location filename="../../civicdesk/gui/panes/people_list.py" line="102"/>
        <source>Any language</source>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/people_list.py" line="88"/>
        <location filename="../../civicdesk/gui/panes/people_list.py" line="105"/>
        <source>Any skill</source>
        <translation>Toutes les compétences</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/people_list.py" line="198"/>
        <source>More than {count} people found: type more to narrow the search</source>
        <translation>Plus de {count} personnes trouvées : tapez davantage pour affiner la recherche</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/people_list.py" line="201"/>
        <source>1 person found</source>
        <translation>1 personne trouvée</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/people_list.py" line="202"/>
        <source>{count} people found</source>
        <translation>{count} personnes trouvées</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/people_list.py" line="204"/>
        <source>1 person on file</source>
        <translation>1 personne enregistrée</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/people_list.py" line="205"/>
        <source>{count} people on file</source>
        <translation>{count} personnes enregistrées</translation>
    </message>
</context>
<context>
    <name>Permission</name>
    <message>
        <location filename="../../civicdesk/services/actors.py" line="38"/>
        <source>see or change sensitive notes</source>
        <translation>voir ou modifier les notes confidentielles</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/actors.py" line="39"/>
        <source>export data in bulk</source>
        <translation>exporter des données en masse</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/actors.py" line="40"/>
        <source>delete records</source>
        <translation>supprimer des fiches</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/actors.py" line="41"/>
        <source>override a shift overlap</source>
        <translation>passer outre un chevauchement de créneaux</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/actors.py" line="42"/>
        <source>manage user accounts</source>
        <translation>gérer les comptes utilisateur</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/actors.py" line="43"/>
        <source>change the settings</source>
        <translation>modifier les paramètres</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/actors.py" line="44"/>
        <source>archive records</source>
        <translation>archiver des fiches</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/actors.py" line="45"/>
        <source>plan events and shifts</source>
        <translation>planifier les événements et les créneaux</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/actors.py" line="46"/>
        <source>restore a backup over the data</source>
        <translation>restaurer une sauvegarde à la place des données actuelles</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/actors.py" line="47"/>
        <source>read the audit log</source>
        <translation>consulter le journal d&apos;activité</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/actors.py" line="48"/>
        <source>export everything held about a person</source>
        <translation>exporter tout ce qui est conservé sur une personne</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/actors.py" line="49"/>
        <source>erase a person&apos;s data</source>
        <translation>effacer les données personnelles d&apos;une personne</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/actors.py" line="50"/>
        <source>include the sensitive notes in an export</source>
        <translation>inclure les notes confidentielles dans un export</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/actors.py" line="52"/>
        <source>import people from a file, and undo an import</source>
        <translation>importer des personnes depuis un fichier et annuler une importation</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/actors.py" line="53"/>
        <source>void or correct a payment</source>
        <translation>annuler ou corriger un paiement</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/errors.py" line="62"/>
        <source>{who} is not allowed to {what}. Ask a coordinator or an admin.</source>
        <translation>{who} n&apos;a pas l&apos;autorisation nécessaire pour {what}. Demandez à un coordinateur ou à un administrateur.</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <location filename="../../civicdesk/gui/dialogs/person_editor.py" line="210"/>
        <source>no dues paid yet</source>
        <translation>aucune cotisation payée pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/person_editor.py" line="236"/>
        <source>Not in a household. Pick one above, or enter a new one.</source>
        <translation>N&apos;appartient à aucun foyer. Choisissez-en un ci-dessus, ou saisissez-en un nouveau.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/person_editor.py" line="240"/>
        <source>Also living there: {names}</source>
        <translation>Y vivent aussi : {names}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/person_editor.py" line="241"/>
        <source>Nobody else lives there yet.</source>
        <translation>Personne d&apos;autre n&apos;y vit pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/person_editor.py" line="270"/>
        <source> (archived)</source>
        <translation> (archivé)</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="33"/>
        <source>Already on file? These people have the same name, email or phone number. To avoid keeping two records of one person, open theirs instead:</source>
        <translation>Déjà enregistrée ? Ces personnes ont le même nom, courriel ou numéro de téléphone. Pour ne pas avoir deux fiches pour une même personne, ouvrez plutôt la leur :</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="40"/>
        <source>Possible duplicates</source>
        <translation>Doublons possibles</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="55"/>
        <source>Open the e&amp;xisting record instead</source>
        <translation>Ouvrir plutôt la fiche e&amp;xistante</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="87"/>
        <source>Name and languages</source>
        <translation>Nom et langues</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="99"/>
        <source>First &amp;name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="119"/>
        <source>&amp;Last name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="139"/>
        <source>Likes to be &amp;called</source>
        <translation>Se fait app&amp;eler</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="159"/>
        <source>Languages spoken</source>
        <translation>Langues parlées</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="172"/>
        <source>Separate several with commas.</source>
        <translation>S&apos;il y en a plusieurs, séparez-les par des virgules.</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="188"/>
        <source>Phone and email</source>
        <translation>Téléphone et courriel</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="200"/>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="220"/>
        <source>Mobile phone</source>
        <translation>Téléphone portable</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="240"/>
        <source>E&amp;mail</source>
        <translation>Cou&amp;rriel</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="260"/>
        <source>&amp;Reach via</source>
        <translation>&amp;Joindre par l&apos;intermédiaire de</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="285"/>
        <source>Someone who passes messages on, e.g. a neighbour or relative.</source>
        <translation>Quelqu&apos;un qui transmet les messages, p. ex. un voisin ou un proche.</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="308"/>
        <source>Household</source>
        <translation>Foyer</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="314"/>
        <source>Lives in the household</source>
        <translation>Vit dans le foyer</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="350"/>
        <source>Ne&amp;w household…</source>
        <translation>Nouveau fo&amp;yer…</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="353"/>
        <source>Enter the address of a household that is not on file yet</source>
        <translation>Saisir l&apos;adresse d&apos;un foyer qui n&apos;est pas encore enregistré</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="374"/>
        <source>&amp;Open the household</source>
        <translation>Ou&amp;vrir le foyer</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="381"/>
        <source>Not in a household</source>
        <translation>Retirer du foyer</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="413"/>
        <location filename="../../ui/person_editor.ui" line="461"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="425"/>
        <source>&amp;Accessibility and mobility</source>
        <translation>Accessibilité et &amp;mobilité</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="517"/>
        <source>Membership</source>
        <translation>Adhésion</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="529"/>
        <source>Membership &amp;status</source>
        <translation>&amp;Statut de membre</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="542"/>
        <source>Member n&amp;umber</source>
        <translation>N&amp;uméro de membre</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="562"/>
        <source>Dues paid until</source>
        <translation>Cotisation payée jusqu&apos;au</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="578"/>
        <source>Record a pa&amp;yment…</source>
        <translation>Enre&amp;gistrer un paiement…</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="603"/>
        <source>Volunteering</source>
        <translation>Bénévolat</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="615"/>
        <source>Volunteers with us</source>
        <translation>Fait du bénévolat chez nous</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="622"/>
        <source>S&amp;kills</source>
        <translation>&amp;Compétences</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="635"/>
        <source>&amp;Interests</source>
        <translation>Centres d&apos;&amp;intérêt</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="648"/>
        <source>Availa&amp;bility</source>
        <translation>Disponi&amp;bilités</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="687"/>
        <source>Consent (what this person agreed to)</source>
        <translation>Consentement (ce que cette personne a accepté)</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="693"/>
        <source>Listed in the members&apos; &amp;directory</source>
        <translation>Affic&amp;hé dans l&apos;annuaire des membres</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="700"/>
        <source>May be sent emails</source>
        <translation>Accepte les courriels</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="707"/>
        <source>May be phoned</source>
        <translation>Accepte les appels</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="714"/>
        <source>Photos may be used</source>
        <translation>Accepte l&apos;utilisation de ses photos</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="724"/>
        <source>Sensitive notes (coordinators only)</source>
        <translation>Notes confidentielles (coordinateurs uniquement)</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="730"/>
        <source>Only coordinators see these notes. Write only what is needed to help.</source>
        <translation>Seuls les coordinateurs voient ces notes. N&apos;écrivez que ce qui est nécessaire pour aider.</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <location filename="../../civicdesk/gui/panes/person_page.py" line="110"/>
        <source>Archive the person shown, or bring them back</source>
        <translation>Archiver la personne affichée, ou la sortir des archives</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_page.py" line="116"/>
        <source>Their data</source>
        <translation>Ses données</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_page.py" line="119"/>
        <source>Export everything about this person…</source>
        <translation>Exporter tout ce qui concerne cette personne…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_page.py" line="120"/>
        <source>Erase this person…</source>
        <translation>Effacer les données personnelles de cette personne…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_page.py" line="183"/>
        <source>this new person</source>
        <translation>cette nouvelle personne</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_page.py" line="189"/>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_page.py" line="190"/>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_page.py" line="194"/>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_page.py" line="195"/>
        <location filename="../../ui/person_page.ui" line="66"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_page.py" line="200"/>
        <source>Bring back from archive</source>
        <translation>Sortir des archives</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_page.py" line="201"/>
        <location filename="../../civicdesk/gui/panes/person_page.py" line="304"/>
        <location filename="../../civicdesk/gui/panes/person_page.py" line="307"/>
        <location filename="../../ui/person_page.ui" line="52"/>
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_page.py" line="203"/>
        <source>Only coordinators can archive people.</source>
        <translation>Seuls les coordinateurs peuvent archiver des personnes.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_page.py" line="216"/>
        <source>Dues are paid until {date}.</source>
        <translation>La cotisation est payée jusqu&apos;au {date}.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_page.py" line="218"/>
        <source>No dues paid yet.</source>
        <translation>Aucune cotisation payée pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_page.py" line="264"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_page.py" line="268"/>
        <source>Already on file?</source>
        <translation>Cette personne est-elle déjà enregistrée ?</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_page.py" line="269"/>
        <source>{name} looks like someone already on file (listed at the top of the form). To avoid keeping two records of one person, open the existing record instead.</source>
        <translation>{name} ressemble à une personne déjà enregistrée (indiquée en haut du formulaire). Pour ne pas avoir deux fiches pour une même personne, ouvrez plutôt la fiche existante.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_page.py" line="272"/>
        <source>Save as a new person anyway</source>
        <translation>Enregistrer quand même comme nouvelle personne</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_page.py" line="281"/>
        <location filename="../../ui/person_page.ui" line="59"/>
        <source>Undo my changes</source>
        <translation>Annuler mes modifications</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_page.py" line="282"/>
        <source>Throw away the changes you made to {name}?</source>
        <translation>Abandonner les modifications apportées à {name} ?</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_page.py" line="283"/>
        <source>Throw them away</source>
        <translation>Les abandonner</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_page.py" line="305"/>
        <source>Archive {name}? They no longer appear in lists and pickers, but nothing is deleted, and you can bring them back at any time.</source>
        <translation>Archiver {name} ? Cette personne n&apos;apparaîtra plus dans les listes et les sélecteurs, mais rien n&apos;est supprimé, et vous pourrez la sortir des archives à tout moment.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_page.py" line="381"/>
        <source>someone</source>
        <translation>quelqu&apos;un</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_page.py" line="386"/>
        <source>Changed by {who} at {time} on another computer. What you typed is still here, not saved: Save shows what they changed and lets you choose.</source>
        <translation>Modifications faites par {who} sur un autre ordinateur ({time}). Ce que vous avez tapé est toujours là, non enregistré : Enregistrer vous montre ce que cette personne a changé et vous laisse choisir.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_page.py" line="390"/>
        <source>Changed by {who} at {time} on another computer; shown as it is now.</source>
        <translation>Modifications faites par {who} sur un autre ordinateur ({time}) ; la fiche est affichée telle qu&apos;elle est maintenant.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_page.py" line="402"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_page.py" line="403"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.ui" line="19"/>
        <source>← Back</source>
        <translation>← Retour</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.ui" line="22"/>
        <source>Back to where you were (Alt+Left)</source>
        <translation>Revenir là où vous étiez (Alt+Left)</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.ui" line="69"/>
        <source>Save (Ctrl+S)</source>
        <translation>Enregistrer (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.ui" line="82"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.ui" line="130"/>
        <location filename="../../ui/person_page.ui" line="146"/>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.ui" line="164"/>
        <source>Record a pa&amp;yment…</source>
        <translation>Enre&amp;gistrer un paiement…</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.ui" line="171"/>
        <source>Correct the payment…</source>
        <translation>Corriger le paiement…</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.ui" line="178"/>
        <source>Void the payment…</source>
        <translation>Annuler le paiement…</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../../civicdesk/gui/widgets/person_picker.py" line="49"/>
        <source>Type a name, phone, email or street…</source>
        <translation>Tapez un nom, un téléphone, un courriel ou une rue…</translation>
    </message>
</context>
<context>
    <name>PersonRequestsModel</name>
    <message>
        <location filename="../../civicdesk/gui/models/person_requests_model.py" line="17"/>
        <source>Asked on</source>
        <translation>Demandée le</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/person_requests_model.py" line="18"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/person_requests_model.py" line="19"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/person_requests_model.py" line="20"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/person_requests_model.py" line="21"/>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/person_requests_model.py" line="22"/>
        <source>Helper</source>
        <translation>Bénévole</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/person_requests_model.py" line="23"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
</context>
<context>
    <name>PersonRequestsTab</name>
    <message>
        <location filename="../../civicdesk/gui/panes/person_requests_tab.py" line="24"/>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_requests_tab.py" line="31"/>
        <source>Requests this person made</source>
        <translation>Demandes faites par cette personne</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_requests_tab.py" line="33"/>
        <source>Requests this person helped with</source>
        <translation>Demandes pour lesquelles cette personne a aidé</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_requests_tab.py" line="56"/>
        <source>&amp;Asked for help ({count})</source>
        <translation>A de&amp;mandé de l&apos;aide ({count})</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_requests_tab.py" line="57"/>
        <source>Hel&amp;ped with ({count})</source>
        <translation>A a&amp;idé ({count})</translation>
    </message>
</context>
<context>
    <name>PersonShiftsTab</name>
    <message>
        <location filename="../../civicdesk/gui/panes/person_shifts_tab.py" line="45"/>
        <source>Co&amp;rrect…</source>
        <translation>&amp;Corriger…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_shifts_tab.py" line="46"/>
        <source>Re&amp;move…</source>
        <translation>&amp;Retirer…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_shifts_tab.py" line="47"/>
        <source>&amp;Sign up for a shift…</source>
        <translation>&amp;Inscrire à un créneau…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_shifts_tab.py" line="48"/>
        <source>Log h&amp;ours…</source>
        <translation>Saisir des &amp;heures…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_shifts_tab.py" line="49"/>
        <source>Save as &amp;calendar file…</source>
        <translation>&amp;Enregistrer en fichier calendrier…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_shifts_tab.py" line="50"/>
        <source>Print hours st&amp;atement…</source>
        <translation>Imprimer l&apos;a&amp;ttestation d&apos;heures…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_shifts_tab.py" line="52"/>
        <source>A signed letter listing this volunteer&apos;s dates and hours this year.</source>
        <translation>Une lettre signée qui liste les dates et heures de bénévolat de cette personne cette année.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_shifts_tab.py" line="69"/>
        <source>Shifts</source>
        <translation>Créneaux</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_shifts_tab.py" line="74"/>
        <source>Coming shifts</source>
        <translation>Créneaux à venir</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_shifts_tab.py" line="81"/>
        <source>Coming shifts:</source>
        <translation>Prochains créneaux :</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_shifts_tab.py" line="86"/>
        <source>Hours without a shift</source>
        <translation>Heures hors créneau</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_shifts_tab.py" line="91"/>
        <source>Hours &amp;without a shift:</source>
        <translation>Heures &amp;sans créneau :</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_shifts_tab.py" line="111"/>
        <source>Save the person first to sign them up.</source>
        <translation>Enregistrez d&apos;abord la personne pour pouvoir l&apos;inscrire.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_shifts_tab.py" line="118"/>
        <source>Hours given in {year}: &lt;b&gt;{hours}&lt;/b&gt;</source>
        <translation>Heures de bénévolat en {year} : &lt;b&gt;{hours}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_shifts_tab.py" line="140"/>
        <source>Only coordinators correct logged hours.</source>
        <translation>Seuls les coordinateurs corrigent les heures saisies.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_shifts_tab.py" line="152"/>
        <source>Remove {time} on {day} ({note})? The audit log keeps what it was.</source>
        <translation>Retirer {time} du {day} ({note}) ? Le journal d&apos;activité garde une trace de ce qui était saisi.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_shifts_tab.py" line="161"/>
        <source>Remove hours</source>
        <translation>Retirer des heures</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_shifts_tab.py" line="161"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <location filename="../../civicdesk/gui/privacy.py" line="45"/>
        <source>Export everything about {name}</source>
        <translation>Exporter tout ce qui concerne {name}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/privacy.py" line="46"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/privacy.py" line="71"/>
        <source>Gathering everything about {name}…</source>
        <translation>Rassemblement de tout ce qui concerne {name}…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/privacy.py" line="75"/>
        <source>Exported</source>
        <translation>Exportation terminée</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/privacy.py" line="76"/>
        <source>Everything CivicDesk holds about {name} is in
{pdf}
and, for another program, in
{json}

Both hold their sensitive notes: hand them to {name} only.</source>
        <translation>Tout ce que CivicDesk conserve au sujet de {name} se trouve dans
{pdf}
et, pour un autre programme, dans
{json}

Les deux fichiers contiennent ses notes confidentielles : remettez-les uniquement à {name}.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/privacy.py" line="138"/>
        <source>Erasing {name}…</source>
        <translation>Effacement des données personnelles de {name}…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/privacy.py" line="141"/>
        <source>Erased</source>
        <translation>Données effacées</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/privacy.py" line="142"/>
        <source>{name} was erased. Backups made before today still hold their data until they rotate out (up to {months} months).</source>
        <translation>Les données personnelles de {name} ont été effacées. Les sauvegardes faites avant aujourd&apos;hui contiennent encore ses données jusqu&apos;à leur remplacement (jusqu&apos;à {months} mois).</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <location filename="../../civicdesk/gui/dialogs/prompts.py" line="18"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/prompts.py" line="19"/>
        <source>You changed {name} but did not save. Save the changes now?</source>
        <translation>Vous avez modifié {name} sans enregistrer. Enregistrer les modifications maintenant ?</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/prompts.py" line="22"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/prompts.py" line="24"/>
        <source>Throw my changes away</source>
        <translation>Abandonner mes modifications</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/prompts.py" line="26"/>
        <source>Go back to editing</source>
        <translation>Revenir à la modification</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/prompts.py" line="36"/>
        <source>Someone else changed this record</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié cette fiche</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/prompts.py" line="38"/>
        <source>Nothing was overwritten. Your changes were:
{changes}</source>
        <translation>Rien n&apos;a été écrasé. Vos modifications étaient :
{changes}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/prompts.py" line="40"/>
        <source>Show their version</source>
        <translation>Afficher l&apos;autre version</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/prompts.py" line="42"/>
        <source>Keep my changes on screen</source>
        <translation>Garder mes modifications à l&apos;écran</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/prompts.py" line="53"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../civicdesk/reports/base.py" line="37"/>
        <source>Nothing to report</source>
        <translation>Rien à imprimer</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/base.py" line="38"/>
        <source>There is nothing to print for the options chosen. Try a longer period or other options.</source>
        <translation>Il n&apos;y a rien à imprimer avec les options choisies. Essayez une période plus longue ou d&apos;autres options.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/base.py" line="42"/>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} sur {pages}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/base.py" line="43"/>
        <source>Printed on {when}</source>
        <translation>Imprimé le {when}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/base.py" line="92"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/cards.py" line="24"/>
        <location filename="../../civicdesk/reports/catalog.py" line="178"/>
        <source>Membership cards</source>
        <translation>Cartes de membre</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/cards.py" line="74"/>
        <source>Membership card</source>
        <translation>Carte de membre</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/cards.py" line="85"/>
        <source>Member no. {number}</source>
        <translation>Membre n° {number}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/cards.py" line="89"/>
        <source>Valid until {date}</source>
        <translation>Valable jusqu&apos;au {date}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/cards.py" line="92"/>
        <source>Honorary member</source>
        <translation>Membre d&apos;honneur</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="145"/>
        <location filename="../../civicdesk/reports/people.py" line="29"/>
        <source>Member roster</source>
        <translation>Liste des membres</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="146"/>
        <source>Members with all their contact details, for the office (not for handing out).</source>
        <translation>Les membres avec toutes leurs coordonnées, pour le bureau (à ne pas distribuer).</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="152"/>
        <location filename="../../civicdesk/reports/people.py" line="70"/>
        <source>Member directory</source>
        <translation>Annuaire des membres</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="153"/>
        <source>The public list: only members who agreed to be listed, with only the details they agreed to share.</source>
        <translation>La liste publique : seulement les membres qui ont accepté d&apos;y figurer, avec seulement les coordonnées qu&apos;ils ont accepté de partager.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="158"/>
        <location filename="../../civicdesk/reports/people.py" line="90"/>
        <source>Renewals due</source>
        <translation>Renouvellements à faire</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="159"/>
        <source>Members whose dues run out soon or have run out, with how to reach them.</source>
        <translation>Les membres dont la cotisation arrive bientôt à échéance ou est échue, avec le moyen de les joindre.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="165"/>
        <location filename="../../civicdesk/reports/labels.py" line="72"/>
        <source>Mailing labels</source>
        <translation>Étiquettes d&apos;adresse</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="166"/>
        <source>One address label per household, on Avery 5160 (Letter) or L7163 (A4) sheets.</source>
        <translation>Une étiquette d&apos;adresse par foyer, sur planches Avery 5160 (Lettre US) ou L7163 (A4).</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="179"/>
        <source>Credit-card sized cards with name, number and valid-until date, eight to a page.</source>
        <translation>Cartes au format carte bancaire avec le nom, le numéro et la date de fin de validité, huit par page.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="185"/>
        <location filename="../../civicdesk/reports/shifts.py" line="39"/>
        <source>Shift schedule</source>
        <translation>Planning des créneaux</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="186"/>
        <source>Who works when, for a week or a month, for the wall.</source>
        <translation>Qui travaille quand, sur une semaine ou un mois, à afficher au mur.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="197"/>
        <location filename="../../civicdesk/reports/shifts.py" line="72"/>
        <source>Sign-in sheet</source>
        <translation>Feuille d&apos;émargement</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="198"/>
        <source>For the clipboard: the people signed up, blank rows, time in, signature, time out. One page per shift.</source>
        <translation>À remplir sur place : les personnes inscrites, des lignes vides, l&apos;heure d&apos;arrivée, la signature, l&apos;heure de départ. Une page par créneau.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="211"/>
        <source>Reminder call list</source>
        <translation>Liste d&apos;appels de rappel</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="212"/>
        <source>Volunteers to call the day before their shift, with phone numbers and room for notes.</source>
        <translation>Les bénévoles à appeler la veille de leur créneau, avec leurs numéros de téléphone et de la place pour des notes.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="220"/>
        <location filename="../../civicdesk/reports/hours.py" line="27"/>
        <source>Volunteer hours</source>
        <translation>Heures de bénévolat</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="221"/>
        <source>Hours per volunteer and per event for a period, with a chart.</source>
        <translation>Heures par bénévole et par événement sur une période, avec un graphique.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="228"/>
        <source>Hours statement</source>
        <translation>Attestation d&apos;heures</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="229"/>
        <source>A signed letter listing one volunteer&apos;s dates and hours (for school, work or a visa).</source>
        <translation>Une lettre signée qui liste les dates et les heures d&apos;un bénévole (pour l&apos;école, le travail ou un visa).</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="238"/>
        <source>Support requests summary</source>
        <translation>Bilan des demandes d&apos;aide</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="239"/>
        <source>Requests by category and status, time to resolve, open and overdue requests, with charts.</source>
        <translation>Demandes par catégorie et par statut, délai de résolution, demandes ouvertes et en retard, avec des graphiques.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="247"/>
        <location filename="../../civicdesk/reports/requests.py" line="112"/>
        <source>Job ticket</source>
        <translation>Fiche d&apos;intervention</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="248"/>
        <source>One request on paper for the helper: what, where, whom to call. No sensitive notes.</source>
        <translation>Une demande sur papier pour le bénévole : quoi, où, qui appeler. Sans les notes confidentielles.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/hours.py" line="36"/>
        <source>{hours} hours given by {people} volunteers.</source>
        <translation>{hours} heures données par {people} bénévoles.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/hours.py" line="40"/>
        <source>(no event)</source>
        <translation>(sans événement)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/hours.py" line="44"/>
        <location filename="../../civicdesk/reports/hours.py" line="104"/>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/hours.py" line="47"/>
        <source>Hours per event</source>
        <translation>Heures par événement</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/hours.py" line="52"/>
        <location filename="../../civicdesk/reports/shifts.py" line="51"/>
        <location filename="../../civicdesk/reports/subject_access.py" line="159"/>
        <location filename="../../civicdesk/reports/subject_access.py" line="173"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/hours.py" line="55"/>
        <source>Hours per volunteer</source>
        <translation>Heures par bénévole</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/hours.py" line="56"/>
        <location filename="../../civicdesk/reports/people.py" line="38"/>
        <location filename="../../civicdesk/reports/people.py" line="49"/>
        <location filename="../../civicdesk/reports/people.py" line="76"/>
        <location filename="../../civicdesk/reports/people.py" line="111"/>
        <location filename="../../civicdesk/reports/shifts.py" line="87"/>
        <location filename="../../civicdesk/reports/shifts.py" line="126"/>
        <location filename="../../civicdesk/reports/shifts.py" line="146"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/hours.py" line="57"/>
        <source>Times</source>
        <translation>Créneaux</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/hours.py" line="68"/>
        <source>Volunteer hours statement</source>
        <translation>Attestation d&apos;heures de bénévolat</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/hours.py" line="82"/>
        <source>This letter confirms that {name} volunteered with {association} from {start} to {end}, giving {hours} hours of service in total, as listed below.</source>
        <translation>Nous attestons par la présente que {name} a fait du bénévolat avec {association} du {start} au {end}, pour un total de {hours} heures, comme détaillé ci-dessous.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/hours.py" line="92"/>
        <location filename="../../civicdesk/reports/requests.py" line="65"/>
        <location filename="../../civicdesk/reports/requests.py" line="74"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/hours.py" line="95"/>
        <source>Volunteer coordinator</source>
        <translation>Coordinateur des bénévoles</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/hours.py" line="100"/>
        <source>To whom it may concern,</source>
        <translation>À qui de droit,</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/hours.py" line="102"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/hours.py" line="103"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/hours.py" line="107"/>
        <source>We are grateful for this help to our neighbours. Please contact us if you need more information.</source>
        <translation>Nous sommes reconnaissants de cette aide apportée à nos voisins. N&apos;hésitez pas à nous contacter pour tout renseignement complémentaire.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/labels.py" line="20"/>
        <source>{name} household</source>
        <translation>Foyer de {name}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/labels.py" line="21"/>
        <source>The {name} family</source>
        <translation>Famille {name}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/labels.py" line="22"/>
        <source>{first} &amp; {second}</source>
        <translation>{first} &amp; {second}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/people.py" line="13"/>
        <source>member</source>
        <translation>membre</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/people.py" line="14"/>
        <source>lapsed</source>
        <translation>adhésion expirée</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/people.py" line="15"/>
        <source>honorary</source>
        <translation>membre d&apos;honneur</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/people.py" line="16"/>
        <source>prospect</source>
        <translation>membre potentiel</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/people.py" line="17"/>
        <source>not a member</source>
        <translation>non-membre</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/people.py" line="19"/>
        <source>{count} people</source>
        <translation>{count} personnes</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/people.py" line="39"/>
        <location filename="../../civicdesk/reports/people.py" line="112"/>
        <location filename="../../civicdesk/reports/requests.py" line="89"/>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/people.py" line="40"/>
        <location filename="../../civicdesk/reports/requests.py" line="92"/>
        <location filename="../../civicdesk/reports/shifts.py" line="148"/>
        <location filename="../../civicdesk/reports/subject_access.py" line="26"/>
        <location filename="../../civicdesk/reports/subject_access.py" line="161"/>
        <location filename="../../civicdesk/reports/subject_access.py" line="184"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/people.py" line="41"/>
        <location filename="../../civicdesk/reports/people.py" line="55"/>
        <location filename="../../civicdesk/reports/people.py" line="113"/>
        <source>Dues until</source>
        <translation>Cotisation jusqu&apos;au</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/people.py" line="42"/>
        <location filename="../../civicdesk/reports/people.py" line="77"/>
        <location filename="../../civicdesk/reports/people.py" line="115"/>
        <location filename="../../civicdesk/reports/requests.py" line="130"/>
        <location filename="../../civicdesk/reports/shifts.py" line="147"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/people.py" line="43"/>
        <location filename="../../civicdesk/reports/people.py" line="78"/>
        <location filename="../../civicdesk/reports/people.py" line="116"/>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/people.py" line="44"/>
        <location filename="../../civicdesk/reports/people.py" line="117"/>
        <location filename="../../civicdesk/reports/requests.py" line="131"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/people.py" line="50"/>
        <source>Membership</source>
        <translation>Adhésion</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/people.py" line="51"/>
        <source>Contact</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/people.py" line="79"/>
        <source>Only members who agreed to be listed, with only the contact details they agreed to share. Please do not pass this list on.</source>
        <translation>Seulement les membres qui ont accepté d&apos;y figurer, avec seulement les coordonnées qu&apos;ils ont accepté de partager. Merci de ne pas transmettre cette liste.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/people.py" line="97"/>
        <source>Due by {until}</source>
        <translation>Échéances jusqu&apos;au {until}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/people.py" line="105"/>
        <source>lapsed {days} days ago</source>
        <translation>expirée depuis {days} jours</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/people.py" line="107"/>
        <location filename="../../civicdesk/reports/requests.py" line="23"/>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/people.py" line="108"/>
        <source>in {days} days</source>
        <translation>dans {days} jours</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/people.py" line="114"/>
        <source>Renewal</source>
        <translation>Renouvellement</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/requests.py" line="15"/>
        <source>new</source>
        <translation>nouvelle</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/requests.py" line="16"/>
        <source>assigned</source>
        <translation>attribuée</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/requests.py" line="17"/>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/requests.py" line="18"/>
        <source>resolved</source>
        <translation>résolue</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/requests.py" line="19"/>
        <source>closed</source>
        <translation>clôturée</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/requests.py" line="20"/>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/requests.py" line="24"/>
        <source>within 2 days</source>
        <translation>sous 2 jours</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/requests.py" line="25"/>
        <source>this week</source>
        <translation>cette semaine</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/requests.py" line="26"/>
        <source>any time</source>
        <translation>sans urgence</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/requests.py" line="33"/>
        <source>Support requests</source>
        <translation>Demandes d&apos;aide</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/requests.py" line="48"/>
        <source>{total} requests made in this period, {resolved} of them resolved (median {median} days to resolve). Open now: {open}, of which {overdue} overdue.</source>
        <translation>{total} demandes reçues sur cette période, dont {resolved} résolues (délai médian : {median} jours). Ouvertes actuellement : {open}, dont {overdue} en retard.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/requests.py" line="58"/>
        <source>Open requests (overdue first)</source>
        <translation>Demandes ouvertes (les retards d&apos;abord)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/requests.py" line="63"/>
        <location filename="../../civicdesk/reports/requests.py" line="91"/>
        <location filename="../../civicdesk/reports/subject_access.py" line="25"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/requests.py" line="78"/>
        <source>By category and status</source>
        <translation>Par catégorie et par statut</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/requests.py" line="88"/>
        <source>OVERDUE</source>
        <translation>EN RETARD</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/requests.py" line="90"/>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/requests.py" line="93"/>
        <location filename="../../civicdesk/reports/requests.py" line="129"/>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/requests.py" line="94"/>
        <location filename="../../civicdesk/reports/requests.py" line="136"/>
        <location filename="../../civicdesk/reports/requests.py" line="152"/>
        <location filename="../../civicdesk/reports/subject_access.py" line="28"/>
        <source>Helper</source>
        <translation>Bénévole</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/requests.py" line="95"/>
        <location filename="../../civicdesk/reports/requests.py" line="127"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/requests.py" line="118"/>
        <location filename="../../civicdesk/reports/subject_access.py" line="190"/>
        <source>Request no. {number}</source>
        <translation>Demande n° {number}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/requests.py" line="124"/>
        <location filename="../../civicdesk/reports/subject_access.py" line="183"/>
        <location filename="../../civicdesk/reports/subject_access.py" line="214"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/requests.py" line="125"/>
        <source>Urgency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/requests.py" line="132"/>
        <source>Area</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/requests.py" line="133"/>
        <source>Speaks</source>
        <translation>Parle</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/requests.py" line="134"/>
        <source>Good to know</source>
        <translation>Bon à savoir</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/requests.py" line="135"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/requests.py" line="144"/>
        <source>Done on</source>
        <translation>Fait le</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/requests.py" line="145"/>
        <source>Time spent</source>
        <translation>Temps passé</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/requests.py" line="146"/>
        <source>Notes for the office</source>
        <translation>Notes pour le bureau</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/requests.py" line="148"/>
        <source>When the job is done</source>
        <translation>Une fois l&apos;intervention terminée</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/shifts.py" line="15"/>
        <source>signed up</source>
        <translation>inscrit</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/shifts.py" line="16"/>
        <source>confirmed</source>
        <translation>confirmé</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/shifts.py" line="17"/>
        <source>attended</source>
        <translation>présent</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/shifts.py" line="18"/>
        <source>no show</source>
        <translation>absent</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/shifts.py" line="50"/>
        <location filename="../../civicdesk/reports/shifts.py" line="125"/>
        <location filename="../../civicdesk/reports/shifts.py" line="144"/>
        <location filename="../../civicdesk/reports/subject_access.py" line="162"/>
        <location filename="../../civicdesk/reports/subject_access.py" line="172"/>
        <source>Time</source>
        <translation>Horaire</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/shifts.py" line="52"/>
        <location filename="../../civicdesk/reports/subject_access.py" line="31"/>
        <location filename="../../civicdesk/reports/subject_access.py" line="160"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/shifts.py" line="53"/>
        <source>Where</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/shifts.py" line="54"/>
        <source>Signed up</source>
        <translation>Inscrits</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/shifts.py" line="55"/>
        <source>Open</source>
        <translation>Libres</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/shifts.py" line="88"/>
        <source>Time in</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/shifts.py" line="89"/>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/shifts.py" line="90"/>
        <source>Time out</source>
        <translation>Départ</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/shifts.py" line="113"/>
        <source>Reminder calls</source>
        <translation>Appels de rappel</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/shifts.py" line="127"/>
        <location filename="../../civicdesk/reports/shifts.py" line="145"/>
        <source>Shift</source>
        <translation>Créneau</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/shifts.py" line="128"/>
        <location filename="../../civicdesk/reports/shifts.py" line="149"/>
        <source>Reached?</source>
        <translation>Joint ?</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/shifts.py" line="129"/>
        <location filename="../../civicdesk/reports/shifts.py" line="150"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/shifts.py" line="130"/>
        <location filename="../../civicdesk/reports/shifts.py" line="151"/>
        <source>yes / no / message</source>
        <translation>oui / non / message</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/shifts.py" line="135"/>
        <location filename="../../civicdesk/reports/shifts.py" line="155"/>
        <source>Call each volunteer to remind them of their shift; circle the answer and note anything the coordinator should know.</source>
        <translation>Appelez chaque bénévole pour lui rappeler son créneau ; entourez la réponse et notez ce que le coordinateur doit savoir.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="18"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="19"/>
        <source>Times changed</source>
        <translation>Nombre de modifications</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="20"/>
        <source>Dues paid until</source>
        <translation>Cotisation payée jusqu&apos;au</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="21"/>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="22"/>
        <source>On file since</source>
        <translation>Enregistré depuis le</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="23"/>
        <source>Last changed</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="24"/>
        <source>Erased on</source>
        <translation>Données effacées le</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="27"/>
        <source>Resolved on</source>
        <translation>Résolue le</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="29"/>
        <source>Login name</source>
        <translation>Identifiant de connexion</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="30"/>
        <source>Shown as</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="32"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="33"/>
        <source>Last logged in</source>
        <translation>Dernière connexion</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="35"/>
        <source>Made on</source>
        <translation>Faite le</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="36"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="36"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="37"/>
        <source>None.</source>
        <translation>Néant.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="38"/>
        <source>VOIDED on {when}: {reason}.</source>
        <translation>ANNULÉ le {when} : {reason}.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="66"/>
        <source>Everything we hold about a person</source>
        <translation>Tout ce que nous conservons sur une personne</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="107"/>
        <source>Prepared on {when} by {who} for {name}, at their request: every record CivicDesk holds about them, including notes only coordinators see, and the audit log&apos;s entries about them.</source>
        <translation>Préparé le {when} par {who} pour {name}, à sa demande : tout ce que CivicDesk conserve à son sujet, y compris les notes que seuls les coordinateurs voient et les entrées du journal d&apos;activité qui la concernent.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="113"/>
        <source>Personal details</source>
        <translation>Données personnelles</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="119"/>
        <source>Household</source>
        <translation>Foyer</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="120"/>
        <source>Ids in other systems</source>
        <translation>Identifiants dans d&apos;autres systèmes</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="123"/>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="124"/>
        <source>Shifts</source>
        <translation>Créneaux</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="125"/>
        <source>Hours outside shifts</source>
        <translation>Heures en dehors des créneaux</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="127"/>
        <source>Requests for help</source>
        <translation>Demandes d&apos;aide</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="129"/>
        <source>Requests they helped with</source>
        <translation>Demandes pour lesquelles cette personne a aidé</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="131"/>
        <source>Login account</source>
        <translation>Compte utilisateur</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="133"/>
        <source>Audit log entries about them</source>
        <translation>Entrées du journal d&apos;activité qui la concernent</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="141"/>
        <source>Paid on</source>
        <translation>Date de paiement</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="142"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="143"/>
        <source>Covers</source>
        <translation>Période couverte</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="144"/>
        <source>Method</source>
        <translation>Mode de paiement</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="145"/>
        <location filename="../../civicdesk/reports/subject_access.py" line="163"/>
        <location filename="../../civicdesk/reports/subject_access.py" line="174"/>
        <location filename="../../civicdesk/reports/subject_access.py" line="185"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="158"/>
        <location filename="../../civicdesk/reports/subject_access.py" line="181"/>
        <location filename="../../civicdesk/reports/subject_access.py" line="212"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="168"/>
        <source>Time given in all, shifts included: {time}</source>
        <translation>Temps donné au total, créneaux compris : {time}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="171"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="182"/>
        <location filename="../../civicdesk/reports/subject_access.py" line="213"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="202"/>
        <source>Request no. {number} ({category}, {status}), made {when}</source>
        <translation>Demande n° {number} ({category}, {status}), faite le {when}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="215"/>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="216"/>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
</context>
<context>
    <name>ReportPreviewDialog</name>
    <message>
        <location filename="../../civicdesk/gui/reports/preview.py" line="36"/>
        <source>{title} — preview</source>
        <translation>{title} — aperçu</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/reports/preview.py" line="44"/>
        <source>The report, page by page</source>
        <translation>Le rapport, page par page</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/reports/preview.py" line="49"/>
        <source>Pages: {count}</source>
        <translation>Pages : {count}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/reports/preview.py" line="99"/>
        <source>Printing</source>
        <translation>Impression</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/reports/preview.py" line="100"/>
        <source>The printer could not be started.</source>
        <translation>Impossible de démarrer l&apos;imprimante.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/reports/preview.py" line="124"/>
        <location filename="../../civicdesk/gui/reports/preview.py" line="138"/>
        <source>Save the report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/reports/preview.py" line="125"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/reports/preview.py" line="139"/>
        <source>The report could not be saved in {path}: {reason}</source>
        <translation>Impossible d&apos;enregistrer le rapport dans {path} : {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/report_preview_dialog.ui" line="6"/>
        <source>Report preview</source>
        <translation>Aperçu du rapport</translation>
    </message>
    <message>
        <location filename="../../ui/report_preview_dialog.ui" line="12"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../../ui/report_preview_dialog.ui" line="13"/>
        <source>Print on any printer of this computer (Ctrl+P)</source>
        <translation>Imprimer sur n&apos;importe quelle imprimante de cet ordinateur (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/report_preview_dialog.ui" line="18"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/report_preview_dialog.ui" line="19"/>
        <source>Save the report as a PDF file (Ctrl+S)</source>
        <translation>Enregistrer le rapport dans un fichier PDF (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/report_preview_dialog.ui" line="24"/>
        <source>&amp;Open in PDF viewer</source>
        <translation>&amp;Ouvrir dans le lecteur PDF</translation>
    </message>
    <message>
        <location filename="../../ui/report_preview_dialog.ui" line="25"/>
        <source>Open the report in this computer&apos;s PDF viewer</source>
        <translation>Ouvrir le rapport dans le lecteur PDF de cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../ui/report_preview_dialog.ui" line="38"/>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <location filename="../../ui/report_preview_dialog.ui" line="39"/>
        <source>Smaller (Ctrl+-)</source>
        <translation>Plus petit (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../ui/report_preview_dialog.ui" line="45"/>
        <source>Fit &amp;width</source>
        <translation>Ajuster à la &amp;largeur</translation>
    </message>
    <message>
        <location filename="../../ui/report_preview_dialog.ui" line="50"/>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <location filename="../../ui/report_preview_dialog.ui" line="51"/>
        <source>Larger (Ctrl++)</source>
        <translation>Plus grand (Ctrl++)</translation>
    </message>
</context>
<context>
    <name>ReportsPane</name>
    <message>
        <location filename="../../civicdesk/gui/panes/reports.py" line="59"/>
        <source>&amp;Preview…</source>
        <translation>Aperç&amp;u…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/reports.py" line="61"/>
        <source>Prepare the report and show it (Enter)</source>
        <translation>Préparer le rapport et l&apos;afficher (Enter)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/reports.py" line="40"/>
        <location filename="../../civicdesk/gui/panes/reports.py" line="72"/>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/reports/launch.py" line="75"/>
        <source>Preparing “{title}”…</source>
        <translation>Préparation de « {title} »…</translation>
    </message>
</context>
<context>
    <name>RequestActions</name>
    <message>
        <location filename="../../civicdesk/gui/request_actions.py" line="48"/>
        <source>Only new, assigned or in-progress requests can be given to a volunteer.</source>
        <translation>Seules les demandes nouvelles, attribuées ou en cours peuvent être attribuées à un bénévole.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/request_actions.py" line="58"/>
        <source>Note for request #{id}</source>
        <translation>Note pour la demande n° {id}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/request_actions.py" line="59"/>
        <source>What happened? The note is added to the request&apos;s history.</source>
        <translation>Que s&apos;est-il passé ? La note est ajoutée à l&apos;historique de la demande.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/request_actions.py" line="59"/>
        <source>Add note</source>
        <translation>Ajouter la note</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/request_actions.py" line="73"/>
        <source>A request that is {old} cannot become {new}.</source>
        <translation>Une demande à l&apos;état {old} ne peut pas passer à l&apos;état {new}.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/request_actions.py" line="90"/>
        <source>Reopen request #{id}</source>
        <translation>Rouvrir la demande n° {id}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/request_actions.py" line="91"/>
        <source>Why is “{summary}” being reopened? (required)</source>
        <translation>Pourquoi rouvrir « {summary} » ? (obligatoire)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/request_actions.py" line="93"/>
        <source>Close request #{id}</source>
        <translation>Clôturer la demande n° {id}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/request_actions.py" line="94"/>
        <source>Close “{summary}” for good? A closed request cannot be reopened. A last note (optional):</source>
        <translation>Clôturer définitivement « {summary} » ? Une demande clôturée ne peut pas être rouverte. Une dernière note (facultative) :</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/request_actions.py" line="97"/>
        <source>Cancel request #{id}</source>
        <translation>Annuler la demande n° {id}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/request_actions.py" line="98"/>
        <source>Cancel “{summary}”? A cancelled request cannot be reopened. Why is it cancelled (optional)?</source>
        <translation>Annuler « {summary} » ? Une demande annulée ne peut pas être rouverte. Pourquoi est-elle annulée (facultatif) ?</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/request_actions.py" line="107"/>
        <source>Not done</source>
        <translation>Non effectué</translation>
    </message>
</context>
<context>
    <name>RequestAssignDialog</name>
    <message>
        <location filename="../../civicdesk/gui/dialogs/request_assign.py" line="44"/>
        <source>&amp;Give the request to this volunteer</source>
        <translation>&amp;Attribuer la demande à ce bénévole</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/request_assign.py" line="62"/>
        <source>Choose a helper for request #{id}</source>
        <translation>Choisir un bénévole pour la demande n° {id}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/request_assign.py" line="65"/>
        <source>due {date}</source>
        <translation>échéance : {date}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/request_assign.py" line="69"/>
        <source>speaks {languages}</source>
        <translation>parle {languages}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/request_assign.py" line="73"/>
        <source>Now with {name}; choosing someone else hands it over.</source>
        <translation>Actuellement attribuée à {name} ; choisir quelqu&apos;un d&apos;autre la réattribue.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/request_assign.py" line="80"/>
        <source>Finding the best helpers…</source>
        <translation>Recherche des bénévoles les plus adaptés…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/request_assign.py" line="89"/>
        <source>The best {shown} of {total} volunteers, best fit first (✓ in favour, ✗ against). Enter gives the request to the one selected.</source>
        <translation>Les {shown} meilleurs bénévoles sur {total}, du plus adapté au moins adapté (✓ pour, ✗ contre). Enter attribue la demande à la personne sélectionnée.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/request_assign.py" line="130"/>
        <source>The history will say: {reason}</source>
        <translation>L&apos;historique indiquera : {reason}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/request_assign.py" line="137"/>
        <source>Choose a volunteer in the list, or type a name under “Someone else”.</source>
        <translation>Choisissez un bénévole dans la liste, ou tapez un nom sous « Autre personne ».</translation>
    </message>
    <message>
        <location filename="../../ui/request_assign.ui" line="6"/>
        <source>Choose a helper</source>
        <translation>Choisir un bénévole</translation>
    </message>
    <message>
        <location filename="../../ui/request_assign.ui" line="25"/>
        <source>Suggested helpers</source>
        <translation>Bénévoles suggérés</translation>
    </message>
    <message>
        <location filename="../../ui/request_assign.ui" line="32"/>
        <source>Suggested volunteers, best first</source>
        <translation>Bénévoles suggérés, les plus adaptés d&apos;abord</translation>
    </message>
    <message>
        <location filename="../../ui/request_assign.ui" line="39"/>
        <source>Or someone &amp;else:</source>
        <translation>Autre &amp;personne :</translation>
    </message>
</context>
<context>
    <name>RequestBoard</name>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_board.py" line="136"/>
        <source>{status} ({count})</source>
        <translation>{status} ({count})</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_board.py" line="137"/>
        <source>{status} ({shown} of {count})</source>
        <translation>{status} ({shown} sur {count})</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_board.py" line="141"/>
        <source>The board shows {shown} cards here; the queue lists them all.</source>
        <translation>Le tableau affiche ici {shown} cartes ; la file d&apos;attente les montre toutes.</translation>
    </message>
</context>
<context>
    <name>RequestCategory</name>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="67"/>
        <source>Groceries</source>
        <translation>Courses</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="68"/>
        <source>Ride</source>
        <translation>Transport</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="69"/>
        <source>Repair</source>
        <translation>Réparation</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="70"/>
        <source>Companionship</source>
        <translation>Compagnie</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="71"/>
        <source>Translation</source>
        <translation>Traduction</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="72"/>
        <source>Paperwork</source>
        <translation>Démarches administratives</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="73"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>RequestFilters</name>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_filters.py" line="26"/>
        <source>Sho&amp;w:</source>
        <translation>Aff&amp;icher :</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_filters.py" line="27"/>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie :</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_filters.py" line="28"/>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_filters.py" line="30"/>
        <source>&amp;Urgency:</source>
        <translation>&amp;Urgence :</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_filters.py" line="31"/>
        <source>Any</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_filters.py" line="34"/>
        <source>Any helper</source>
        <translation>Tous les bénévoles</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_filters.py" line="36"/>
        <source>Hel&amp;per:</source>
        <translation>&amp;Bénévole :</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_filters.py" line="40"/>
        <source>Nobody &amp;yet</source>
        <translation>&amp;Non attribuée</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_filters.py" line="41"/>
        <source>L&amp;ate</source>
        <translation>En &amp;retard</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_filters.py" line="42"/>
        <source>Follow-up &amp;due</source>
        <translation>&amp;Suivi à faire</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_filters.py" line="43"/>
        <source>Clear</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_filters.py" line="44"/>
        <source>Show every waiting request again</source>
        <translation>Afficher à nouveau toutes les demandes en attente</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_filters.py" line="51"/>
        <source>Waiting for help</source>
        <translation>En attente d&apos;aide</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_filters.py" line="51"/>
        <source>Everything</source>
        <translation>Toutes</translation>
    </message>
</context>
<context>
    <name>RequestFollowUpDialog</name>
    <message>
        <location filename="../../civicdesk/gui/dialogs/request_follow_up.py" line="44"/>
        <source>Follow-up for request #{id}</source>
        <translation>Suivi de la demande n° {id}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/request_follow_up.py" line="45"/>
        <source>{summary} — {name}, {phone}</source>
        <translation>{summary} — {name}, {phone}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/request_follow_up.py" line="47"/>
        <source>no phone on file</source>
        <translation>aucun téléphone enregistré</translation>
    </message>
    <message>
        <location filename="../../ui/request_follow_up.ui" line="6"/>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location filename="../../ui/request_follow_up.ui" line="17"/>
        <source>Follow up &amp;again on:</source>
        <translation>Nouveau suivi &amp;le :</translation>
    </message>
    <message>
        <location filename="../../ui/request_follow_up.ui" line="23"/>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <location filename="../../ui/request_follow_up.ui" line="24"/>
        <source>Next follow-up date</source>
        <translation>Date du prochain suivi</translation>
    </message>
    <message>
        <location filename="../../ui/request_follow_up.ui" line="36"/>
        <source>What came of the follow-up (&amp;optional):</source>
        <translation>Résultat du suivi (&amp;facultatif) :</translation>
    </message>
</context>
<context>
    <name>RequestHistoryModel</name>
    <message>
        <location filename="../../civicdesk/gui/models/request_history_model.py" line="15"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/request_history_model.py" line="16"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/request_history_model.py" line="17"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
</context>
<context>
    <name>RequestIntakeDialog</name>
    <message>
        <location filename="../../civicdesk/gui/dialogs/request_intake.py" line="65"/>
        <source>Requester</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/request_intake.py" line="145"/>
        <source>Request #{id}: {summary}</source>
        <translation>Demande n° {id} : {summary}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/request_intake.py" line="231"/>
        <source>Saved request #{id} for {name}: {summary}. Next call:</source>
        <translation>Demande n° {id} enregistrée pour {name} : {summary}. Appel suivant :</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/request_intake.py" line="249"/>
        <source>Discard this request?</source>
        <translation>Abandonner cette demande ?</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/request_intake.py" line="250"/>
        <source>What you typed has not been saved. Close the form anyway?</source>
        <translation>Ce que vous avez saisi n&apos;a pas été enregistré. Fermer le formulaire quand même ?</translation>
    </message>
    <message>
        <location filename="../../ui/request_intake.ui" line="6"/>
        <source>New support request</source>
        <translation>Nouvelle demande d&apos;aide</translation>
    </message>
    <message>
        <location filename="../../ui/request_intake.ui" line="20"/>
        <source>&amp;Requester:</source>
        <translation>&amp;Demandeur :</translation>
    </message>
    <message>
        <location filename="../../ui/request_intake.ui" line="27"/>
        <source>New &amp;neighbour</source>
        <translation>&amp;Nouveau voisin</translation>
    </message>
    <message>
        <location filename="../../ui/request_intake.ui" line="29"/>
        <source>Someone who is not on file yet: just a name and a phone number (Alt+N)</source>
        <translation>Quelqu&apos;un qui n&apos;est pas encore enregistré : juste un nom et un numéro de téléphone (Alt+N)</translation>
    </message>
    <message>
        <location filename="../../ui/request_intake.ui" line="43"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../ui/request_intake.ui" line="44"/>
        <source>First name of the new neighbour</source>
        <translation>Prénom du nouveau voisin</translation>
    </message>
    <message>
        <location filename="../../ui/request_intake.ui" line="49"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/request_intake.ui" line="50"/>
        <source>Last name of the new neighbour</source>
        <translation>Nom du nouveau voisin</translation>
    </message>
    <message>
        <location filename="../../ui/request_intake.ui" line="55"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/request_intake.ui" line="56"/>
        <source>Phone number of the new neighbour</source>
        <translation>Numéro de téléphone du nouveau voisin</translation>
    </message>
    <message>
        <location filename="../../ui/request_intake.ui" line="67"/>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie :</translation>
    </message>
    <message>
        <location filename="../../ui/request_intake.ui" line="81"/>
        <source>&amp;Urgency:</source>
        <translation>&amp;Urgence :</translation>
    </message>
    <message>
        <location filename="../../ui/request_intake.ui" line="94"/>
        <source>Su&amp;mmary:</source>
        <translation>&amp;Résumé :</translation>
    </message>
    <message>
        <location filename="../../ui/request_intake.ui" line="100"/>
        <source>In a few words, e.g. “Ride to the clinic on Tuesday”</source>
        <translation>En quelques mots, p. ex. « Conduire à la clinique mardi »</translation>
    </message>
    <message>
        <location filename="../../ui/request_intake.ui" line="109"/>
        <source>&amp;Details:</source>
        <translation>Dé&amp;tails :</translation>
    </message>
    <message>
        <location filename="../../ui/request_intake.ui" line="117"/>
        <source>What a helper needs to know (shown on the printed ticket)</source>
        <translation>Ce que le bénévole doit savoir (figure sur la fiche d&apos;intervention imprimée)</translation>
    </message>
    <message>
        <location filename="../../ui/request_intake.ui" line="122"/>
        <source>&amp;Area:</source>
        <translation>&amp;Secteur :</translation>
    </message>
    <message>
        <location filename="../../ui/request_intake.ui" line="128"/>
        <source>Neighbourhood (filled in from the requester&apos;s address)</source>
        <translation>Quartier (rempli d&apos;après l&apos;adresse du demandeur)</translation>
    </message>
    <message>
        <location filename="../../ui/request_intake.ui" line="133"/>
        <source>Due &amp;by:</source>
        <translation>À faire &amp;avant le :</translation>
    </message>
    <message>
        <location filename="../../ui/request_intake.ui" line="141"/>
        <location filename="../../ui/request_intake.ui" line="153"/>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <location filename="../../ui/request_intake.ui" line="142"/>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../ui/request_intake.ui" line="147"/>
        <source>&amp;Follow up on:</source>
        <translation>Suivi &amp;le :</translation>
    </message>
    <message>
        <location filename="../../ui/request_intake.ui" line="154"/>
        <source>Follow-up date</source>
        <translation>Date de suivi</translation>
    </message>
    <message>
        <location filename="../../ui/request_intake.ui" line="171"/>
        <source>Sensitive notes (only coordinators see these; never printed)</source>
        <translation>Notes confidentielles (seuls les coordinateurs les voient ; jamais imprimées)</translation>
    </message>
    <message>
        <location filename="../../ui/request_intake.ui" line="178"/>
        <source>Sensitive notes</source>
        <translation>Notes confidentielles</translation>
    </message>
    <message>
        <location filename="../../ui/request_intake.ui" line="191"/>
        <source>Ctrl+S save · Ctrl+Shift+S save and start the next · Esc close</source>
        <translation>Ctrl+S enregistrer · Ctrl+Shift+S enregistrer et passer à la suivante · Esc fermer</translation>
    </message>
    <message>
        <location filename="../../ui/request_intake.ui" line="201"/>
        <source>Save and ne&amp;w</source>
        <translation>Enregistrer et sui&amp;vante</translation>
    </message>
    <message>
        <location filename="../../ui/request_intake.ui" line="207"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../ui/request_intake.ui" line="213"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>RequestNoteDialog</name>
    <message>
        <location filename="../../ui/request_note.ui" line="6"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>RequestQueueModel</name>
    <message>
        <location filename="../../civicdesk/gui/models/request_queue_model.py" line="30"/>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/request_queue_model.py" line="31"/>
        <source>Urgency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/request_queue_model.py" line="32"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/request_queue_model.py" line="33"/>
        <source>Requester</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/request_queue_model.py" line="34"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/request_queue_model.py" line="35"/>
        <source>Area</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/request_queue_model.py" line="36"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/request_queue_model.py" line="37"/>
        <source>Helper</source>
        <translation>Bénévole</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/request_queue_model.py" line="38"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/request_queue_model.py" line="39"/>
        <source>Follow up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/request_queue_model.py" line="40"/>
        <source>Waiting</source>
        <translation>Attente</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/request_queue_model.py" line="177"/>
        <source>{date}, late</source>
        <translation>{date}, en retard</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/request_queue_model.py" line="183"/>
        <source>Late: it was due on {date}.</source>
        <translation>En retard : l&apos;échéance était le {date}.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/request_queue_model.py" line="186"/>
        <source>Follow-up due ({date}).</source>
        <translation>Suivi à faire ({date}).</translation>
    </message>
</context>
<context>
    <name>RequestStatus</name>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="52"/>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="53"/>
        <source>Assigned</source>
        <translation>Attribuée</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="54"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="55"/>
        <source>Resolved</source>
        <translation>Résolue</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="56"/>
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="57"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
</context>
<context>
    <name>RequestText</name>
    <message>
        <location filename="../../civicdesk/gui/request_text.py" line="45"/>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/request_text.py" line="46"/>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/request_text.py" line="46"/>
        <source>{count} days</source>
        <translation>{count} jours</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/request_text.py" line="53"/>
        <source>{date} (late)</source>
        <translation>{date} (en retard)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/request_text.py" line="55"/>
        <source>{date} (today)</source>
        <translation>{date} (aujourd&apos;hui)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/request_text.py" line="63"/>
        <source>Request taken in</source>
        <translation>Demande reçue</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/request_text.py" line="65"/>
        <source>Reopened: {old} → {new}</source>
        <translation>Rouverte : {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/request_text.py" line="66"/>
        <source>Status: {old} → {new}</source>
        <translation>Statut : {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/request_text.py" line="69"/>
        <source>({name} taken off)</source>
        <translation>({name} ne s&apos;en occupe plus)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/request_text.py" line="75"/>
        <source>Changed: {fields}</source>
        <translation>Modifications : {fields}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/request_text.py" line="77"/>
        <source>Follow-up: {note}</source>
        <translation>Suivi : {note}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/request_text.py" line="85"/>
        <source>Given to {new} instead of {old}</source>
        <translation>Attribuée à {new} au lieu de {old}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/request_text.py" line="88"/>
        <source>Given to {new}</source>
        <translation>Attribuée à {new}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/request_text.py" line="89"/>
        <source>{old} taken off the request</source>
        <translation>{old} ne s&apos;occupe plus de la demande</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/request_text.py" line="95"/>
        <source>&amp;Reopen…</source>
        <translation>&amp;Rouvrir…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/request_text.py" line="97"/>
        <source>Take the helper &amp;off</source>
        <translation>&amp;Retirer le bénévole</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/request_text.py" line="99"/>
        <source>Not &amp;started yet</source>
        <translation>Pas encore &amp;commencée</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/request_text.py" line="100"/>
        <source>Choose a &amp;helper…</source>
        <translation>Choisir un &amp;bénévole…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/request_text.py" line="100"/>
        <source>&amp;Start</source>
        <translation>&amp;Commencer</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/request_text.py" line="101"/>
        <source>Mark &amp;resolved</source>
        <translation>&amp;Marquer comme résolue</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/request_text.py" line="101"/>
        <source>C&amp;lose…</source>
        <translation>&amp;Clôturer…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/request_text.py" line="102"/>
        <source>Cance&amp;l request…</source>
        <translation>&amp;Annuler la demande…</translation>
    </message>
</context>
<context>
    <name>RequestView</name>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_view.py" line="68"/>
        <source>Sensitive notes (coordinators only)</source>
        <translation>Notes confidentielles (coordinateurs uniquement)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_view.py" line="79"/>
        <source>History:</source>
        <translation>Historique :</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_view.py" line="81"/>
        <source>Choose a request in the list to see it here.</source>
        <translation>Choisissez une demande dans la liste pour l&apos;afficher ici.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_view.py" line="89"/>
        <source>Requester:</source>
        <translation>Demandeur :</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_view.py" line="89"/>
        <source>Address:</source>
        <translation>Adresse :</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_view.py" line="90"/>
        <source>Speaks:</source>
        <translation>Parle :</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_view.py" line="90"/>
        <source>Category:</source>
        <translation>Catégorie :</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_view.py" line="91"/>
        <source>Helper:</source>
        <translation>Bénévole :</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_view.py" line="91"/>
        <source>Area:</source>
        <translation>Secteur :</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_view.py" line="92"/>
        <source>Due:</source>
        <translation>Échéance :</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_view.py" line="92"/>
        <source>Follow up:</source>
        <translation>Suivi :</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_view.py" line="93"/>
        <source>Taken in:</source>
        <translation>Reçue le :</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_view.py" line="93"/>
        <source>Details:</source>
        <translation>Détails :</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_view.py" line="121"/>
        <source>History of the request</source>
        <translation>Historique de la demande</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_view.py" line="156"/>
        <source>LATE: it was due on {date}</source>
        <translation>EN RETARD : l&apos;échéance était le {date}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_view.py" line="161"/>
        <source>follow-up due</source>
        <translation>suivi à faire</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_view.py" line="171"/>
        <source>nobody yet</source>
        <translation>personne pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_view.py" line="201"/>
        <source>Choose a helper…</source>
        <translation>Choisir un bénévole…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_view.py" line="203"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_view.py" line="205"/>
        <source>Add a note…</source>
        <translation>Ajouter une note…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_view.py" line="207"/>
        <source>Follow-up…</source>
        <translation>Suivi…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_view.py" line="209"/>
        <source>Print job ticket…</source>
        <translation>Imprimer la fiche d&apos;intervention…</translation>
    </message>
</context>
<context>
    <name>RequestViewDialog</name>
    <message>
        <location filename="../../civicdesk/gui/dialogs/request_view_dialog.py" line="33"/>
        <source>Request #{id}: {summary}</source>
        <translation>Demande n° {id} : {summary}</translation>
    </message>
</context>
<context>
    <name>RequestsPane</name>
    <message>
        <location filename="../../civicdesk/gui/panes/requests.py" line="55"/>
        <location filename="../../civicdesk/gui/panes/requests.py" line="183"/>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/requests.py" line="72"/>
        <source>&amp;New request (Ctrl+N)</source>
        <translation>Nou&amp;velle demande (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/requests.py" line="74"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/requests.py" line="81"/>
        <source>Request queue</source>
        <translation>File d&apos;attente des demandes</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/requests.py" line="82"/>
        <source>Follow-ups due</source>
        <translation>Suivis à faire</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/requests.py" line="84"/>
        <source>&amp;Queue</source>
        <translation>Fil&amp;e d&apos;attente</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/requests.py" line="85"/>
        <source>&amp;Board</source>
        <translation>&amp;Tableau</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/requests.py" line="214"/>
        <source>Requests in the queue: {count}</source>
        <translation>Demandes dans la file d&apos;attente : {count}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/requests.py" line="216"/>
        <source>Follow-ups due t&amp;oday ({count})</source>
        <translation>Suivis à faire aujourd&apos;&amp;hui ({count})</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../civicdesk/gui/dialogs/restore_dialog.py" line="28"/>
        <source>routine</source>
        <translation>habituelle</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/restore_dialog.py" line="29"/>
        <source>made by hand</source>
        <translation>manuelle</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/restore_dialog.py" line="30"/>
        <source>before an upgrade</source>
        <translation>avant une mise à jour</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/restore_dialog.py" line="31"/>
        <source>before a restore</source>
        <translation>avant une restauration</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/restore_dialog.py" line="44"/>
        <location filename="../../civicdesk/gui/dialogs/restore_dialog.py" line="102"/>
        <source>Restore from a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/restore_dialog.py" line="48"/>
        <source>Choose the backup to put back. Everything in CivicDesk is replaced by what the backup holds; what is there now is backed up first, so this can be undone.</source>
        <translation>Choisissez la sauvegarde à remettre en place. Tout le contenu de CivicDesk est remplacé par celui de la sauvegarde ; ce qui s&apos;y trouve maintenant est d&apos;abord sauvegardé, vous pourrez donc revenir en arrière.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/restore_dialog.py" line="53"/>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/restore_dialog.py" line="55"/>
        <source>Made</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/restore_dialog.py" line="55"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/restore_dialog.py" line="56"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/restore_dialog.py" line="56"/>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/restore_dialog.py" line="68"/>
        <source>There is no verified backup yet.</source>
        <translation>Il n&apos;y a pas encore de sauvegarde vérifiée.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/restore_dialog.py" line="73"/>
        <source>&amp;Restore this backup…</source>
        <translation>&amp;Restaurer cette sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/restore_dialog.py" line="103"/>
        <source>Replace everything in CivicDesk with the backup from {when} ({people} people)? What is in CivicDesk now is backed up first.</source>
        <translation>Remplacer tout le contenu de CivicDesk par la sauvegarde du {when} ({people} personnes) ? Ce qui se trouve maintenant dans CivicDesk est d&apos;abord sauvegardé.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/restore_dialog.py" line="107"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <location filename="../../civicdesk/gui/privacy.py" line="156"/>
        <location filename="../../civicdesk/gui/privacy.py" line="205"/>
        <source>Purge old sensitive notes</source>
        <translation>Supprimer les anciennes notes confidentielles</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/privacy.py" line="159"/>
        <source>The sensitive notes of requests that were resolved, closed or cancelled more than this many months ago can be purged. The requests themselves stay. 0 keeps them forever.</source>
        <translation>Les notes confidentielles des demandes résolues, clôturées ou annulées depuis plus de ce nombre de mois peuvent être supprimées. Les demandes elles-mêmes sont conservées. Avec 0, elles sont conservées pour toujours.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/privacy.py" line="165"/>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/privacy.py" line="166"/>
        <source>Months</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/privacy.py" line="170"/>
        <source>Notes that would be emptied</source>
        <translation>Notes qui seraient vidées</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/privacy.py" line="172"/>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/privacy.py" line="172"/>
        <source>Asked by</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/privacy.py" line="173"/>
        <source>Finished on</source>
        <translation>Date de clôture</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/privacy.py" line="178"/>
        <location filename="../../civicdesk/gui/privacy.py" line="209"/>
        <source>Purge</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/privacy.py" line="198"/>
        <source>Nothing to purge.</source>
        <translation>Rien à supprimer.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/privacy.py" line="199"/>
        <source>The sensitive notes of {count} requests would be purged:</source>
        <translation>Les notes confidentielles de {count} demandes seraient supprimées :</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/privacy.py" line="206"/>
        <source>Purge the sensitive notes of {count} requests for good? Backups made before today keep them until they rotate out (up to {months} months).</source>
        <translation>Supprimer définitivement les notes confidentielles de {count} demandes ? Les sauvegardes faites avant aujourd&apos;hui les conservent jusqu&apos;à leur remplacement (jusqu&apos;à {months} mois).</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../../civicdesk/services/accounts.py" line="29"/>
        <source>Admin</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/accounts.py" line="30"/>
        <source>Coordinator</source>
        <translation>Coordinateur</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/accounts.py" line="31"/>
        <source>Volunteer</source>
        <translation>Bénévole</translation>
    </message>
</context>
<context>
    <name>ScreenLock</name>
    <message>
        <location filename="../../civicdesk/gui/screen_lock.py" line="97"/>
        <source>Unsaved edits will be lost</source>
        <translation>Les modifications non enregistrées seront perdues</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/screen_lock.py" line="98"/>
        <source>{first} left unsaved edits here. If you go on as {second}, they are thrown away.</source>
        <translation>{first} a laissé ici des modifications non enregistrées. Si vous continuez en tant que {second}, elles seront perdues.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/screen_lock.py" line="101"/>
        <source>Throw them away and go on</source>
        <translation>Les abandonner et continuer</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/screen_lock.py" line="103"/>
        <source>Back to the login</source>
        <translation>Revenir à la connexion</translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <location filename="../../civicdesk/gui/dialogs/secret_dialog.py" line="30"/>
        <source>A PIN is at least 4 digits; a password is at least 8 characters.</source>
        <translation>Un code PIN compte au moins 4 chiffres ; un mot de passe, au moins 8 caractères.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/secret_dialog.py" line="39"/>
        <source>New PIN or password</source>
        <translation>Nouveau code PIN ou mot de passe</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/secret_dialog.py" line="40"/>
        <source>The same again</source>
        <translation>Retapez-le</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/secret_dialog.py" line="58"/>
        <source>The two entries are not the same: type the new one again.</source>
        <translation>Les deux saisies ne sont pas identiques : retapez le nouveau code PIN ou mot de passe.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/secret_dialog.py" line="82"/>
        <source>Your PIN or password now</source>
        <translation>Votre code PIN ou mot de passe actuel</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/secret_dialog.py" line="110"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/secret_dialog.py" line="116"/>
        <location filename="../../civicdesk/gui/tour.py" line="287"/>
        <source>Change my PIN or password</source>
        <translation>Changer mon code PIN ou mot de passe</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/secret_dialog.py" line="117"/>
        <location filename="../../civicdesk/gui/tour.py" line="288"/>
        <source>Type your PIN or password as it is now, then the new one twice.</source>
        <translation>Tapez votre code PIN ou mot de passe actuel, puis le nouveau deux fois.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/secret_dialog.py" line="122"/>
        <source>Your PIN or password is changed. Use the new one from now on.</source>
        <translation>Votre code PIN ou mot de passe a été changé. Utilisez désormais le nouveau.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/secret_dialog.py" line="128"/>
        <source>Reset the PIN or password</source>
        <translation>Réinitialiser le code PIN ou le mot de passe</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/secret_dialog.py" line="129"/>
        <source>A new PIN or password for {name}. Tell it to them in person; they can change it themselves afterwards.</source>
        <translation>Un nouveau code PIN ou mot de passe pour {name}. Communiquez-le-lui en personne ; cette personne pourra ensuite le changer elle-même.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="42"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="42"/>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="43"/>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="43"/>
        <source>&amp;Email</source>
        <translation>C&amp;ourriel</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="44"/>
        <source>&amp;Website</source>
        <translation>&amp;Site web</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="44"/>
        <source>&amp;Logo</source>
        <translation>&amp;Logo</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="45"/>
        <source>&amp;Paper</source>
        <translation>Format de &amp;papier</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="45"/>
        <source>&amp;Country (for phone numbers)</source>
        <translation>P&amp;ays (pour les numéros de téléphone)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="46"/>
        <source>C&amp;urrency</source>
        <translation>&amp;Devise</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="46"/>
        <source>&amp;Time zone</source>
        <translation>&amp;Fuseau horaire</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="47"/>
        <source>Default &amp;amount</source>
        <translation>&amp;Montant par défaut</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="48"/>
        <source>A payment &amp;covers</source>
        <translation>Un paiement &amp;couvre</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="49"/>
        <source>&amp;Lock when idle for</source>
        <translation>&amp;Verrouiller après une inactivité de</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="50"/>
        <source>&amp;Second backup folder</source>
        <translation>&amp;Deuxième dossier de sauvegarde</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="51"/>
        <source>Keep &amp;closed requests for</source>
        <translation>Conserver les demandes &amp;clôturées pendant</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="52"/>
        <source>&amp;Purge sensitive notes after</source>
        <translation>&amp;Supprimer les notes confidentielles après</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="61"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="68"/>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="110"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="113"/>
        <source>For CivicDesk on this computer only: another computer keeps its own language. It is used from the next start.</source>
        <translation>Uniquement pour CivicDesk sur cet ordinateur : un autre ordinateur garde sa propre langue. Elle s&apos;applique à partir du prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="143"/>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="143"/>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="145"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="158"/>
        <source>desk@example.org</source>
        <translation>desk@example.org</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="160"/>
        <source>www.example.org</source>
        <translation>www.example.org</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="162"/>
        <source>Three letters: USD, CAD, EUR, GBP…</source>
        <translation>Trois lettres : USD, CAD, EUR, GBP…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="167"/>
        <source>Letter (8.5 × 11 in)</source>
        <translation>Lettre US (8,5 × 11 po)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="168"/>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="174"/>
        <source>This computer&apos;s time zone</source>
        <translation>Fuseau horaire de cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="184"/>
        <source>C&amp;hoose a picture…</source>
        <translation>&amp;Choisir une image…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="186"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="198"/>
        <source>None: backups stay on this computer</source>
        <translation>Aucun : les sauvegardes restent sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="202"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="278"/>
        <source>Saving the settings…</source>
        <translation>Enregistrement des paramètres…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="296"/>
        <source>The association&apos;s logo</source>
        <translation>Le logo de l&apos;association</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="297"/>
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="312"/>
        <source>(not a picture)</source>
        <translation>(pas une image)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="327"/>
        <source>No logo</source>
        <translation>Pas de logo</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="332"/>
        <source>A second folder for backups (a USB stick, another disk)</source>
        <translation>Un deuxième dossier pour les sauvegardes (une clé USB, un autre disque)</translation>
    </message>
</context>
<context>
    <name>ShiftDetailDialog</name>
    <message>
        <location filename="../../civicdesk/gui/dialogs/shift_detail.py" line="79"/>
        <source>This shift was cancelled. {reason}</source>
        <translation>Ce créneau a été annulé. {reason}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/shift_detail.py" line="87"/>
        <source>Where: {place}</source>
        <translation>Lieu : {place}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/shift_detail.py" line="88"/>
        <source>Places: {places} taken</source>
        <translation>Places prises : {places}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/shift_detail.py" line="91"/>
        <source>Needs: {skill}</source>
        <translation>Compétence requise : {skill}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/shift_detail.py" line="93"/>
        <source>Part of a repeating series.</source>
        <translation>Fait partie d&apos;une série récurrente.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/shift_detail.py" line="119"/>
        <source>Only coordinators plan shifts.</source>
        <translation>Seuls les coordinateurs planifient les créneaux.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/shift_detail.py" line="127"/>
        <source>Attendance is recorded once the shift has begun.</source>
        <translation>La présence s&apos;enregistre une fois le créneau commencé.</translation>
    </message>
    <message>
        <location filename="../../ui/shift_detail_dialog.ui" line="6"/>
        <source>Shift</source>
        <translation>Créneau</translation>
    </message>
    <message>
        <location filename="../../ui/shift_detail_dialog.ui" line="28"/>
        <source>&amp;Sign someone up…</source>
        <translation>&amp;Inscrire quelqu&apos;un…</translation>
    </message>
    <message>
        <location filename="../../ui/shift_detail_dialog.ui" line="33"/>
        <source>&amp;Edit shift…</source>
        <translation>&amp;Modifier le créneau…</translation>
    </message>
    <message>
        <location filename="../../ui/shift_detail_dialog.ui" line="38"/>
        <source>Edit the &amp;repeating series…</source>
        <translation>Modifier la &amp;série récurrente…</translation>
    </message>
    <message>
        <location filename="../../ui/shift_detail_dialog.ui" line="43"/>
        <source>Cancel this shi&amp;ft…</source>
        <translation>Annuler ce cré&amp;neau…</translation>
    </message>
    <message>
        <location filename="../../ui/shift_detail_dialog.ui" line="48"/>
        <source>&amp;Print sign-in sheet…</source>
        <translation>Imprimer la &amp;feuille d&apos;émargement…</translation>
    </message>
    <message>
        <location filename="../../ui/shift_detail_dialog.ui" line="49"/>
        <source>A sheet for the clipboard: the people signed up, blank rows, time in, signature, time out.</source>
        <translation>Une feuille à remplir sur place : les personnes inscrites, des lignes vides, heure d&apos;arrivée, signature, heure de départ.</translation>
    </message>
    <message>
        <location filename="../../ui/shift_detail_dialog.ui" line="61"/>
        <source>People on this shift:</source>
        <translation>Personnes inscrites à ce créneau :</translation>
    </message>
    <message>
        <location filename="../../ui/shift_detail_dialog.ui" line="71"/>
        <source>People signed up</source>
        <translation>Personnes inscrites</translation>
    </message>
    <message>
        <location filename="../../ui/shift_detail_dialog.ui" line="73"/>
        <source>People on this shift</source>
        <translation>Personnes inscrites à ce créneau</translation>
    </message>
    <message>
        <location filename="../../ui/shift_detail_dialog.ui" line="83"/>
        <source>Selected:</source>
        <translation>Sélection :</translation>
    </message>
    <message>
        <location filename="../../ui/shift_detail_dialog.ui" line="88"/>
        <source>&amp;Attended</source>
        <translation>&amp;Présent</translation>
    </message>
    <message>
        <location filename="../../ui/shift_detail_dialog.ui" line="93"/>
        <source>Did &amp;not come</source>
        <translation>&amp;Absent</translation>
    </message>
    <message>
        <location filename="../../ui/shift_detail_dialog.ui" line="98"/>
        <source>&amp;Cancel sign-up</source>
        <translation>Annuler l&apos;ins&amp;cription</translation>
    </message>
    <message>
        <location filename="../../ui/shift_detail_dialog.ui" line="103"/>
        <source>Correct &amp;hours…</source>
        <translation>Corriger les &amp;heures…</translation>
    </message>
    <message>
        <location filename="../../ui/shift_detail_dialog.ui" line="113"/>
        <source>E&amp;veryone came</source>
        <translation>&amp;Tout le monde est venu</translation>
    </message>
</context>
<context>
    <name>ShiftDialog</name>
    <message>
        <location filename="../../civicdesk/gui/dialogs/shift_dialog.py" line="74"/>
        <source>New shift</source>
        <translation>Nouveau créneau</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/shift_dialog.py" line="92"/>
        <source>Edit shift</source>
        <translation>Modifier le créneau</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/shift_dialog.py" line="103"/>
        <source>This shift is part of a repeating series. Changes here apply to this day only; use “Edit the repeating series” to change all the shifts to come.</source>
        <translation>Ce créneau fait partie d&apos;une série récurrente. Les modifications faites ici ne valent que pour ce jour ; utilisez « Modifier la série récurrente » pour changer tous les créneaux à venir.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/shift_dialog.py" line="111"/>
        <source>Edit repeating shifts</source>
        <translation>Modifier les créneaux récurrents</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/shift_dialog.py" line="130"/>
        <source>Changes apply to the shifts of this series that have not started yet. Shifts that are over or under way stay as they were.</source>
        <translation>Les modifications s&apos;appliquent aux créneaux de cette série qui n&apos;ont pas encore commencé. Les créneaux terminés ou en cours restent tels quels.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/shift_dialog.py" line="226"/>
        <source>Creating {count} shifts…</source>
        <translation>Création de {count} créneaux…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/shift_dialog.py" line="232"/>
        <source>Many shifts</source>
        <translation>Beaucoup de créneaux</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/shift_dialog.py" line="233"/>
        <source>This makes {count} shifts. Create them all?</source>
        <translation>Cela fait {count} créneaux. Voulez-vous tous les créer ?</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/shift_dialog.py" line="242"/>
        <source>Shifts with people signed up that no longer fit the new days: {count}. They were kept as single shifts; cancel them if they are not needed.</source>
        <translation>Créneaux avec des personnes inscrites qui ne correspondent plus aux nouveaux jours : {count}. Ils ont été gardés comme créneaux isolés ; annulez-les s&apos;ils ne sont pas utiles.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/shift_dialog.py" line="247"/>
        <source>Shifts with people signed up that changed time: {count}. Please let them know.</source>
        <translation>Créneaux avec des personnes inscrites dont l&apos;horaire a changé : {count}. Pensez à les prévenir.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/shift_dialog.py" line="250"/>
        <source>{name} on {day}: now overlaps “{other}” ({when})</source>
        <translation>{name} le {day} : chevauche maintenant « {other} » ({when})</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/shift_dialog.py" line="253"/>
        <source>These people are now on two shifts at once; sign them off one of them or find a replacement:</source>
        <translation>Ces personnes sont maintenant sur deux créneaux à la fois ; désinscrivez-les de l&apos;un des deux ou trouvez un remplaçant :</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/shift_dialog.py" line="261"/>
        <source>Shifts changed</source>
        <translation>Créneaux modifiés</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/shift_dialog.py" line="265"/>
        <source>&amp;First day:</source>
        <translation>Premier &amp;jour :</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/shift_dialog.py" line="265"/>
        <location filename="../../ui/shift_dialog.ui" line="37"/>
        <source>&amp;Day:</source>
        <translation>&amp;Jour :</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.ui" line="6"/>
        <source>Shift</source>
        <translation>Créneau</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.ui" line="17"/>
        <source>&amp;Event:</source>
        <translation>&amp;Événement :</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.ui" line="26"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.ui" line="32"/>
        <source>e.g. Driver, Sorting, Kitchen</source>
        <translation>p. ex. Chauffeur, Tri, Cuisine</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.ui" line="44"/>
        <source>dddd d MMMM yyyy</source>
        <translation>dddd d MMMM yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.ui" line="49"/>
        <source>&amp;Time:</source>
        <translation>&amp;Horaire :</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.ui" line="57"/>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.ui" line="62"/>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.ui" line="67"/>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.ui" line="72"/>
        <source>(the next day)</source>
        <translation>(le lendemain)</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.ui" line="84"/>
        <source>&amp;Where:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.ui" line="90"/>
        <source>Leave empty for the event&apos;s place</source>
        <translation>Laissez vide pour le lieu de l&apos;événement</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.ui" line="95"/>
        <source>&amp;Places:</source>
        <translation>&amp;Places :</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.ui" line="103"/>
        <source> people</source>
        <translation> personnes</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.ui" line="108"/>
        <source>&amp;Needs skill:</source>
        <translation>&amp;Compétence requise :</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.ui" line="115"/>
        <source>Volunteers with this skill are offered first</source>
        <translation>Les bénévoles qui ont cette compétence sont proposés en premier</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.ui" line="120"/>
        <source>N&amp;otes:</source>
        <translation>&amp;Notes :</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.ui" line="134"/>
        <source>Repeat ever&amp;y week</source>
        <translation>Répéter chaque &amp;semaine</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.ui" line="144"/>
        <source>On:</source>
        <translation>Les jours :</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.ui" line="149"/>
        <source>Weekdays</source>
        <translation>Jours de la semaine</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.ui" line="157"/>
        <source>Mon</source>
        <translation>Lun</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.ui" line="162"/>
        <source>Tue</source>
        <translation>Mar</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.ui" line="167"/>
        <source>Wed</source>
        <translation>Mer</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.ui" line="172"/>
        <source>Thu</source>
        <translation>Jeu</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.ui" line="177"/>
        <source>Fri</source>
        <translation>Ven</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.ui" line="182"/>
        <source>Sat</source>
        <translation>Sam</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.ui" line="187"/>
        <source>Sun</source>
        <translation>Dim</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.ui" line="204"/>
        <source>E&amp;very</source>
        <translation>&amp;Toutes les</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.ui" line="216"/>
        <source>week(s)</source>
        <translation>semaine(s)</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.ui" line="230"/>
        <source>&amp;Until</source>
        <translation>Jusqu&apos;a&amp;u</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.ui" line="236"/>
        <source>d MMMM yyyy</source>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.ui" line="237"/>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.ui" line="242"/>
        <source>or this many ti&amp;mes:</source>
        <translation>ou ce nombre de &amp;fois :</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.ui" line="249"/>
        <source>Number of times</source>
        <translation>Nombre de fois</translation>
    </message>
</context>
<context>
    <name>ShiftFormat</name>
    <message>
        <location filename="../../civicdesk/gui/shift_format.py" line="18"/>
        <source>Signed up</source>
        <translation>Inscrit</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/shift_format.py" line="19"/>
        <location filename="../../civicdesk/gui/shift_format.py" line="30"/>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/shift_format.py" line="20"/>
        <source>Attended</source>
        <translation>Présent</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/shift_format.py" line="21"/>
        <source>Did not come</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/shift_format.py" line="22"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/shift_format.py" line="29"/>
        <source>Not called yet</source>
        <translation>Pas encore appelé</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/shift_format.py" line="31"/>
        <source>Not reached</source>
        <translation>Non joint</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/shift_format.py" line="85"/>
        <source>{filled} of {capacity}</source>
        <translation>{filled} sur {capacity}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/shift_format.py" line="96"/>
        <source>1 place open</source>
        <translation>1 place libre</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/shift_format.py" line="97"/>
        <source>{count} places open</source>
        <translation>{count} places libres</translation>
    </message>
</context>
<context>
    <name>ShiftTableModel</name>
    <message>
        <location filename="../../civicdesk/gui/models/shift_table.py" line="37"/>
        <source>When</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/shift_table.py" line="37"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/shift_table.py" line="37"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/shift_table.py" line="37"/>
        <source>Where</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/shift_table.py" line="38"/>
        <source>Taken</source>
        <translation>Places prises</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/shift_table.py" line="38"/>
        <source>Open</source>
        <translation>Places libres</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/shift_table.py" line="107"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/shift_table.py" line="108"/>
        <source>Full</source>
        <translation>Complet</translation>
    </message>
</context>
<context>
    <name>ShiftsPane</name>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts.py" line="37"/>
        <source>&amp;New shift…</source>
        <translation>&amp;Nouveau créneau…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts.py" line="38"/>
        <source>&amp;Log hours…</source>
        <translation>Saisir des &amp;heures…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts.py" line="59"/>
        <source>Shifts</source>
        <translation>Créneaux</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts.py" line="62"/>
        <source>&amp;Week</source>
        <translation>&amp;Semaine</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts.py" line="63"/>
        <source>L&amp;ist</source>
        <translation>Lis&amp;te</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts.py" line="64"/>
        <source>Reminder &amp;calls</source>
        <translation>Appels de ra&amp;ppel</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts.py" line="65"/>
        <source>Event&amp;s</source>
        <translation>É&amp;vénements</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts.py" line="69"/>
        <source>Plan a shift or a weekly series (Ctrl+N)</source>
        <translation>Planifier un créneau ou une série hebdomadaire (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts.py" line="70"/>
        <source>Only coordinators plan shifts.</source>
        <translation>Seuls les coordinateurs planifient les créneaux.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../civicdesk/gui/dialogs/shortcuts_dialog.py" line="65"/>
        <source>In the window</source>
        <translation>Dans la fenêtre</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/shortcuts_dialog.py" line="72"/>
        <location filename="../../civicdesk/gui/dialogs/shortcuts_dialog.py" line="75"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/shortcuts_dialog.py" line="76"/>
        <source>What</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/shortcuts_dialog.py" line="76"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>SignupDialog</name>
    <message>
        <location filename="../../civicdesk/gui/dialogs/signup_dialog.py" line="56"/>
        <source>&amp;Sign up</source>
        <translation>&amp;Inscrire</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/signup_dialog.py" line="74"/>
        <source>Sign someone up</source>
        <translation>Inscrire quelqu&apos;un</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/signup_dialog.py" line="77"/>
        <source>Who will come to &lt;b&gt;{shift}&lt;/b&gt;, {when}? ({places} places taken)</source>
        <translation>Qui viendra à &lt;b&gt;{shift}&lt;/b&gt;, {when} ? ({places} places prises)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/signup_dialog.py" line="82"/>
        <source>Volunteers who know &lt;b&gt;{skill}&lt;/b&gt; are listed first.</source>
        <translation>Les bénévoles qui ont la compétence &lt;b&gt;{skill}&lt;/b&gt; apparaissent en premier.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/signup_dialog.py" line="92"/>
        <location filename="../../ui/signup_dialog.ui" line="6"/>
        <source>Sign up for a shift</source>
        <translation>Inscrire à un créneau</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/signup_dialog.py" line="95"/>
        <source>Choose a shift for &lt;b&gt;{name}&lt;/b&gt;. Shifts in the next {weeks} weeks that still need people are listed.</source>
        <translation>Choisissez un créneau pour &lt;b&gt;{name}&lt;/b&gt;. Les créneaux des {weeks} prochaines semaines qui ont encore besoin de monde sont affichés.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/signup_dialog.py" line="98"/>
        <source>All events</source>
        <translation>Tous les événements</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/signup_dialog.py" line="123"/>
        <source>Choose a shift first.</source>
        <translation>Choisissez d&apos;abord un créneau.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/signup_dialog.py" line="124"/>
        <source>Choose a volunteer from the list first.</source>
        <translation>Choisissez d&apos;abord un bénévole dans la liste.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/signup_dialog.py" line="143"/>
        <source>To sign them up anyway, give a reason below.</source>
        <translation>Pour inscrire cette personne quand même, indiquez un motif ci-dessous.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/signup_dialog.py" line="145"/>
        <source>Only a coordinator can allow an overlap.</source>
        <translation>Seul un coordinateur peut autoriser un chevauchement de créneaux.</translation>
    </message>
    <message>
        <location filename="../../ui/signup_dialog.ui" line="22"/>
        <source>&amp;Volunteer:</source>
        <translation>&amp;Bénévole :</translation>
    </message>
    <message>
        <location filename="../../ui/signup_dialog.ui" line="39"/>
        <source>&amp;Event:</source>
        <translation>É&amp;vénement :</translation>
    </message>
    <message>
        <location filename="../../ui/signup_dialog.ui" line="59"/>
        <source>Shifts</source>
        <translation>Créneaux</translation>
    </message>
    <message>
        <location filename="../../ui/signup_dialog.ui" line="61"/>
        <source>Shifts with open places</source>
        <translation>Créneaux avec des places libres</translation>
    </message>
    <message>
        <location filename="../../ui/signup_dialog.ui" line="75"/>
        <source>Sign up anyway</source>
        <translation>Inscrire quand même</translation>
    </message>
    <message>
        <location filename="../../ui/signup_dialog.ui" line="79"/>
        <source>As a coordinator you may allow the overlap. Say why; it is recorded.</source>
        <translation>En tant que coordinateur, vous pouvez autoriser le chevauchement. Indiquez pourquoi ; ce sera consigné.</translation>
    </message>
    <message>
        <location filename="../../ui/signup_dialog.ui" line="85"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <location filename="../../ui/signup_dialog.ui" line="91"/>
        <source>e.g. leaves the first shift early to drive</source>
        <translation>p. ex. quitte le premier créneau plus tôt pour conduire</translation>
    </message>
</context>
<context>
    <name>SignupTableModel</name>
    <message>
        <location filename="../../civicdesk/gui/models/signup_table.py" line="26"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/signup_table.py" line="27"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/signup_table.py" line="28"/>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/signup_table.py" line="29"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/signup_table.py" line="30"/>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/signup_table.py" line="31"/>
        <source>Reminder call</source>
        <translation>Appel de rappel</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/signup_table.py" line="32"/>
        <source>Time</source>
        <translation>Horaire</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/signup_table.py" line="33"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/signup_table.py" line="34"/>
        <source>Shift</source>
        <translation>Créneau</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/signup_table.py" line="35"/>
        <source>Where</source>
        <translation>Lieu</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../civicdesk/gui/application.py" line="116"/>
        <location filename="../../civicdesk/gui/application.py" line="224"/>
        <source>CivicDesk cannot open the database</source>
        <translation>CivicDesk ne peut pas ouvrir la base de données</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/application.py" line="122"/>
        <source>The database is damaged</source>
        <translation>La base de données est endommagée</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/application.py" line="124"/>
        <source>Restore that backup</source>
        <translation>Restaurer cette sauvegarde</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/application.py" line="126"/>
        <location filename="../../civicdesk/gui/application.py" line="231"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/application.py" line="136"/>
        <source>The database is already open</source>
        <translation>La base de données est déjà ouverte</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/application.py" line="138"/>
        <source>You can also open it here read-only, to look things up without changing anything.</source>
        <translation>Vous pouvez aussi l&apos;ouvrir ici en lecture seule, pour consulter sans rien modifier.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/application.py" line="141"/>
        <source>Open read-only</source>
        <translation>Ouvrir en lecture seule</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/application.py" line="197"/>
        <source>Restoring the backup…</source>
        <translation>Restauration de la sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/application.py" line="226"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/application.py" line="228"/>
        <source>Use the database on this computer</source>
        <translation>Utiliser la base de données de cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/application.py" line="251"/>
        <source>The password was not remembered</source>
        <translation>Le mot de passe n&apos;a pas été mémorisé</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/application.py" line="281"/>
        <source>Connecting to the database server {server}…</source>
        <translation>Connexion au serveur de base de données {server}…</translation>
    </message>
</context>
<context>
    <name>SuggestionModel</name>
    <message>
        <location filename="../../civicdesk/gui/models/suggestion_model.py" line="17"/>
        <source>Place</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/suggestion_model.py" line="18"/>
        <source>Volunteer</source>
        <translation>Bénévole</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/suggestion_model.py" line="19"/>
        <source>Fit</source>
        <translation>Adéquation</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/suggestion_model.py" line="20"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../civicdesk/gui/tasks.py" line="158"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>TextSize</name>
    <message>
        <location filename="../../civicdesk/gui/text_size.py" line="77"/>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/text_size.py" line="84"/>
        <source>Text si&amp;ze</source>
        <translation>&amp;Taille du texte</translation>
    </message>
</context>
<context>
    <name>Themes</name>
    <message>
        <location filename="../../civicdesk/gui/themes.py" line="29"/>
        <source>Like the &amp;system</source>
        <translation>&amp;Comme le système</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/themes.py" line="30"/>
        <source>&amp;Light</source>
        <translation>C&amp;lair</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/themes.py" line="31"/>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/themes.py" line="32"/>
        <source>&amp;High contrast</source>
        <translation>Contraste &amp;élevé</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/themes.py" line="216"/>
        <source>&amp;Theme</source>
        <translation>T&amp;hème</translation>
    </message>
</context>
<context>
    <name>Urgency</name>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="60"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="61"/>
        <source>Within 2 days</source>
        <translation>Sous 2 jours</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="62"/>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="63"/>
        <source>Any time</source>
        <translation>Sans urgence</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../civicdesk/gui/dialogs/person_editor.py" line="41"/>
        <source>Choose from the list that opens while you type, or empty the box.</source>
        <translation>Choisissez dans la liste qui s&apos;ouvre pendant la saisie, ou videz le champ.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="93"/>
        <location filename="../../civicdesk/services/payments.py" line="37"/>
        <source>The period ends before it starts.</source>
        <translation>La période se termine avant de commencer.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="94"/>
        <source>Choose a shift or a day.</source>
        <translation>Choisissez un créneau ou un jour.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="95"/>
        <source>There is no report called “{value}”.</source>
        <translation>Il n&apos;y a aucun rapport nommé « {value} ».</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="96"/>
        <source>The report “{report}” has no option “{value}”.</source>
        <translation>Le rapport « {report} » n&apos;a pas d&apos;option « {value} ».</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/hours.py" line="30"/>
        <source>{value} is in the future; log hours once the work is done.</source>
        <translation>{value} est dans le futur ; saisissez les heures une fois le travail fait.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/payments.py" line="36"/>
        <source>Say which person or which household paid.</source>
        <translation>Indiquez quelle personne ou quel foyer a payé.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/payments.py" line="38"/>
        <source>Type the amount paid. A membership given for free is recorded with the method &quot;Free membership&quot;.</source>
        <translation>Saisissez le montant payé. Une adhésion offerte est enregistrée avec le mode de paiement « Adhésion gratuite ».</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/payments.py" line="41"/>
        <source>A free membership has no amount: set it to 0, or choose how it was paid.</source>
        <translation>Une adhésion gratuite n&apos;a pas de montant : mettez-le à 0, ou choisissez comment elle a été payée.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="75"/>
        <source>Give at least a first or a last name.</source>
        <translation>Indiquez au moins un prénom ou un nom.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="76"/>
        <source>A person cannot be reached through themselves.</source>
        <translation>On ne peut pas joindre une personne par l&apos;intermédiaire d&apos;elle-même.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/preferences.py" line="30"/>
        <source>“{value}” is not a time zone; use a name like America/New_York or Europe/Berlin (empty: this computer&apos;s).</source>
        <translation>« {value} » n&apos;est pas un fuseau horaire ; utilisez un nom comme America/New_York ou Europe/Berlin (vide : celui de cet ordinateur).</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/preferences.py" line="33"/>
        <source>“{value}” is not a country code; use the two letters of ISO 3166, like US, CA, GB or DE.</source>
        <translation>« {value} » n&apos;est pas un code de pays ; utilisez les deux lettres de la norme ISO 3166, comme US, CA, GB ou DE.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/preferences.py" line="36"/>
        <source>“{value}” is not a currency code; use the three letters of ISO 4217, like USD, CAD, EUR or GBP.</source>
        <translation>« {value} » n&apos;est pas un code de devise ; utilisez les trois lettres de la norme ISO 4217, comme USD, CAD, EUR ou GBP.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/preferences.py" line="39"/>
        <source>“{value}” is not a web address; it should look like www.example.org or https://example.org.</source>
        <translation>« {value} » n&apos;est pas une adresse web ; elle doit ressembler à www.example.org ou https://example.org.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/preferences.py" line="42"/>
        <source>There is no folder “{value}”; plug in the disk or choose another folder.</source>
        <translation>Le dossier « {value} » n&apos;existe pas ; branchez le disque ou choisissez un autre dossier.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/preferences.py" line="45"/>
        <source>There is no file “{value}”.</source>
        <translation>Le fichier « {value} » n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/preferences.py" line="47"/>
        <source>“{value}” is not a picture CivicDesk can read; use a PNG or JPEG file.</source>
        <translation>« {value} » n&apos;est pas une image que CivicDesk peut lire ; utilisez un fichier PNG ou JPEG.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/references.py" line="14"/>
        <source>There is no such person (number {value}).</source>
        <translation>Cette personne n&apos;existe pas (numéro {value}).</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/references.py" line="15"/>
        <source>There is no such household (number {value}).</source>
        <translation>Ce foyer n&apos;existe pas (numéro {value}).</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/references.py" line="16"/>
        <source>There is no such event (number {value}).</source>
        <translation>Cet événement n&apos;existe pas (numéro {value}).</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/references.py" line="17"/>
        <source>There is no such category (number {value}).</source>
        <translation>Cette catégorie n&apos;existe pas (numéro {value}).</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/references.py" line="21"/>
        <source>{value} is archived; bring them back from the archive first.</source>
        <translation>{value} est aux archives ; sortez d&apos;abord cette personne des archives.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/references.py" line="23"/>
        <source>{value} is archived; bring it back from the archive first.</source>
        <translation>{value} est aux archives ; sortez d&apos;abord ce foyer des archives.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/references.py" line="25"/>
        <source>The event “{value}” is archived; bring it back from the archive first.</source>
        <translation>L&apos;événement « {value} » est archivé ; sortez-le d&apos;abord des archives.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="76"/>
        <source>A request that is {old} cannot become {value}.</source>
        <translation>Une demande à l&apos;état {old} ne peut pas passer à l&apos;état {value}.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="77"/>
        <source>Choose a volunteer before the request can be {value}.</source>
        <translation>Choisissez un bénévole avant de passer la demande à l&apos;état {value}.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="78"/>
        <source>{value} is not a volunteer.</source>
        <translation>{value} ne fait pas partie des bénévoles.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="79"/>
        <source>{value} asked for this help and cannot be the helper.</source>
        <translation>{value} a demandé cette aide et ne peut pas en être le bénévole.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="80"/>
        <source>The request is {value}; only new, assigned or in-progress requests can be given to a volunteer.</source>
        <translation>La demande est à l&apos;état {value} ; seules les demandes nouvelles, attribuées ou en cours peuvent être attribuées à un bénévole.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="82"/>
        <source>Say why the request is being reopened.</source>
        <translation>Indiquez pourquoi la demande est rouverte.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="83"/>
        <source>The note is empty.</source>
        <translation>La note est vide.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="84"/>
        <source>The request is {value}; it needs no follow-up.</source>
        <translation>La demande est à l&apos;état {value} ; elle n&apos;a pas besoin de suivi.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="85"/>
        <source>{value} is in the past. The request is saved anyway; check the date if that was not meant.</source>
        <translation>Le {value} est déjà passé. La demande est tout de même enregistrée ; vérifiez la date si ce n&apos;était pas voulu.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/series.py" line="62"/>
        <source>Choose at least one weekday.</source>
        <translation>Choisissez au moins un jour de la semaine.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/series.py" line="63"/>
        <source>“{value}” is not a weekday (0 = Monday to 6 = Sunday).</source>
        <translation>« {value} » n&apos;est pas un jour de la semaine (0 = lundi à 6 = dimanche).</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/series.py" line="65"/>
        <source>“{value}” is not a time like 09:30.</source>
        <translation>« {value} » n&apos;est pas une heure comme 09:30.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/series.py" line="66"/>
        <source>A repeating shift needs an end: a last day or a number of times.</source>
        <translation>Un créneau répété a besoin d&apos;une fin : un dernier jour ou un nombre de fois.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/series.py" line="68"/>
        <source>Give either a last day or a number of times, not both.</source>
        <translation>Indiquez soit un dernier jour, soit un nombre de fois, pas les deux.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/series.py" line="70"/>
        <source>The last day ({value}) is before the first day.</source>
        <translation>Le dernier jour ({value}) est avant le premier.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/series.py" line="72"/>
        <source>These dates and weekdays give no shift at all.</source>
        <translation>Ces dates et ces jours de la semaine ne donnent aucun créneau.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/series.py" line="73"/>
        <source>This would make more than {max} shifts; choose an earlier last day or fewer times.</source>
        <translation>Cela ferait plus de {max} créneaux ; choisissez un dernier jour plus proche ou moins de fois.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/series.py" line="75"/>
        <source>{taken} people are signed up for the shift on {day}; remove some before lowering the places to {value}.</source>
        <translation>{taken} personnes sont inscrites au créneau du {day} ; retirez-en avant de réduire le nombre de places à {value}.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/series.py" line="85"/>
        <source>This series makes {count} shifts. Create them all?</source>
        <translation>Cette série crée {count} créneaux. Les créer tous ?</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/shifts.py" line="46"/>
        <source>“{value}” is not a colour like #4a90d9.</source>
        <translation>« {value} » n&apos;est pas une couleur comme #4a90d9.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/shifts.py" line="47"/>
        <source>There is already an event called “{value}”.</source>
        <translation>Il existe déjà un événement nommé « {value} ».</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/shifts.py" line="48"/>
        <source>The shift must end after it starts.</source>
        <translation>Le créneau doit se terminer après son début.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/shifts.py" line="49"/>
        <source>{taken} people are signed up; remove some before lowering the places to {value}.</source>
        <translation>{taken} personnes sont inscrites ; retirez-en avant de réduire le nombre de places à {value}.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/shifts.py" line="51"/>
        <source>This shift was cancelled.</source>
        <translation>Ce créneau a été annulé.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/shifts.py" line="52"/>
        <source>{value} is already signed up for this shift.</source>
        <translation>{value} a déjà une inscription à ce créneau.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/shifts.py" line="53"/>
        <source>This shift is full ({value} of {value} places taken).</source>
        <translation>Ce créneau est complet ({value} places prises sur {value}).</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/shifts.py" line="54"/>
        <source>{person} is already on “{shift}” ({when}), which overlaps this shift.</source>
        <translation>{person} est déjà sur « {shift} » ({when}), qui chevauche ce créneau.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/shifts.py" line="57"/>
        <source>Hours are only recorded for someone who attended; mark them attended first.</source>
        <translation>Les heures ne sont saisies que pour les personnes présentes ; marquez d&apos;abord la personne comme présente.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/shifts.py" line="59"/>
        <source>“{value}” is not a call outcome.</source>
        <translation>« {value} » n&apos;est pas un résultat d&apos;appel.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/shifts.py" line="60"/>
        <source>This shift has not started yet; attendance is recorded once it has begun.</source>
        <translation>Ce créneau n&apos;a pas encore commencé ; la présence est enregistrée une fois qu&apos;il a débuté.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/validation.py" line="23"/>
        <source>This is required.</source>
        <translation>Ce champ est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/validation.py" line="24"/>
        <source>This is too long (at most {max} characters).</source>
        <translation>C&apos;est trop long ({max} caractères au maximum).</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/validation.py" line="25"/>
        <source>“{value}” is not an email address; it should look like name@example.org.</source>
        <translation>« {value} » n&apos;est pas une adresse de courriel ; elle doit ressembler à nom@example.org.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/validation.py" line="28"/>
        <source>“{value}” is not a phone number; use digits, spaces, + - ( ) and 6 to 15 digits, for example +1 555 123 4567.</source>
        <translation>« {value} » n&apos;est pas un numéro de téléphone ; utilisez des chiffres, des espaces, + - ( ) et de 6 à 15 chiffres, par exemple +1 555 123 4567.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/validation.py" line="31"/>
        <source>“{value}” is not a date; write it as year-month-day, for example 2026-03-31.</source>
        <translation>« {value} » n&apos;est pas une date ; écrivez-la sous la forme année-mois-jour, par exemple 2026-03-31.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/validation.py" line="34"/>
        <source>“{value}” is not a date and time.</source>
        <translation>« {value} » n&apos;est pas une date et une heure.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/validation.py" line="35"/>
        <source>“{value}” is not one of: {choices}.</source>
        <translation>« {value} » ne fait pas partie des choix possibles : {choices}.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/validation.py" line="36"/>
        <source>“{value}” is not a whole number.</source>
        <translation>« {value} » n&apos;est pas un nombre entier.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/validation.py" line="37"/>
        <source>This must be at least {min}.</source>
        <translation>La valeur doit être d&apos;au moins {min}.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/validation.py" line="38"/>
        <source>This must be at most {max}.</source>
        <translation>La valeur doit être d&apos;au plus {max}.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/validation.py" line="39"/>
        <source>“{value}” is not yes or no.</source>
        <translation>« {value} » n&apos;est ni oui ni non.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/validation.py" line="40"/>
        <source>This holds a broken character that cannot be saved (often left by copying and pasting); type that part again.</source>
        <translation>Ce texte contient un caractère endommagé qui ne peut pas être enregistré (souvent laissé par un copier-coller) ; retapez ce passage.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/validation.py" line="43"/>
        <source>This holds an invisible control character that cannot be saved (often left by copying and pasting); type that part again.</source>
        <translation>Ce texte contient un caractère de contrôle invisible qui ne peut pas être enregistré (souvent laissé par un copier-coller) ; retapez ce passage.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/validation.py" line="46"/>
        <source>This must be a single line: remove the line breaks and tabs.</source>
        <translation>Le texte doit tenir sur une seule ligne : supprimez les retours à la ligne et les tabulations.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/validation.py" line="48"/>
        <source>“{item}” is too long (at most {max} characters).</source>
        <translation>« {item} » est trop long ({max} caractères au maximum).</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/validation.py" line="50"/>
        <source>“{item}” holds a broken character that cannot be saved; type it again.</source>
        <translation>« {item} » contient un caractère endommagé qui ne peut pas être enregistré ; retapez-le.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/validation.py" line="53"/>
        <source>“{item}” holds an invisible control character that cannot be saved; type it again.</source>
        <translation>« {item} » contient un caractère de contrôle invisible qui ne peut pas être enregistré ; retapez-le.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/validation.py" line="56"/>
        <source>“{item}” must be a single line: remove the line breaks and tabs.</source>
        <translation>« {item} » doit tenir sur une seule ligne : supprimez les retours à la ligne et les tabulations.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/validation.py" line="59"/>
        <source>“{value}” is too large a number to save.</source>
        <translation>« {value} » est un nombre trop grand pour être enregistré.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/validation.py" line="61"/>
        <source>{value} is outside the dates CivicDesk keeps ({min} to {max}); check the year.</source>
        <translation>{value} est en dehors des dates que CivicDesk accepte (du {min} au {max}) ; vérifiez l&apos;année.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/shared_database.py" line="46"/>
        <source>This cannot hold spaces.</source>
        <translation>Ce champ ne peut pas contenir d&apos;espaces.</translation>
    </message>
</context>
<context>
    <name>VoidPaymentDialog</name>
    <message>
        <location filename="../../civicdesk/gui/dialogs/void_payment_dialog.py" line="32"/>
        <source>Void the payment</source>
        <translation>Annuler le paiement</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/void_payment_dialog.py" line="38"/>
        <source>Void the payment of {amount} made on {date} ({method}), which covers {start} to {end}?</source>
        <translation>Annuler le paiement de {amount} du {date} ({method}), qui couvre la période du {start} au {end} ?</translation>
    </message>
    <message>
        <location filename="../../ui/void_payment_dialog.ui" line="14"/>
        <source>Void a payment</source>
        <translation>Annuler un paiement</translation>
    </message>
    <message>
        <location filename="../../ui/void_payment_dialog.ui" line="27"/>
        <source>The payment stays on file, struck through, with your name, today&apos;s date and the reason. It no longer counts for the dues, which are worked out again.</source>
        <translation>Le paiement reste enregistré, barré, avec votre nom, la date du jour et le motif. Il ne compte plus pour la cotisation, qui est recalculée.</translation>
    </message>
    <message>
        <location filename="../../ui/void_payment_dialog.ui" line="42"/>
        <source>&amp;Reason</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <location filename="../../ui/void_payment_dialog.ui" line="52"/>
        <source>e.g. recorded twice, cheque bounced</source>
        <translation>p. ex. saisi deux fois, chèque sans provision</translation>
    </message>
</context>
<context>
    <name>WeekCalendar</name>
    <message>
        <location filename="../../civicdesk/gui/widgets/week_calendar.py" line="164"/>
        <source>Week calendar</source>
        <translation>Calendrier de la semaine</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/week_calendar.py" line="245"/>
        <source>no shifts</source>
        <translation>aucun créneau</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/week_calendar.py" line="246"/>
        <source>{count} to fill</source>
        <translation>{count} à pourvoir</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/week_calendar.py" line="247"/>
        <source>all filled</source>
        <translation>tout est pourvu</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/week_calendar.py" line="249"/>
        <source>Today · {summary}</source>
        <translation>Aujourd&apos;hui · {summary}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/week_calendar.py" line="313"/>
        <source>No shifts this week.
Use “New shift…” to plan one, or Page Down for the next week.</source>
        <translation>Aucun créneau cette semaine.
Utilisez « Nouveau créneau… » pour en prévoir un, ou Page Down pour la semaine suivante.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/week_calendar.py" line="356"/>
        <location filename="../../civicdesk/gui/widgets/week_calendar.py" line="397"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/week_calendar.py" line="360"/>
        <source>Full</source>
        <translation>Complet</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/week_calendar.py" line="392"/>
        <source>Taken: {places}</source>
        <translation>Places prises : {places}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/week_calendar.py" line="395"/>
        <source>Needs: {skill}</source>
        <translation>Compétence requise : {skill}</translation>
    </message>
</context>
<context>
    <name>WeekPage</name>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts_week.py" line="29"/>
        <source>◀  Previous week</source>
        <translation>◀  Semaine précédente</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts_week.py" line="30"/>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts_week.py" line="31"/>
        <source>Next week  ▶</source>
        <translation>Semaine suivante  ▶</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts_week.py" line="49"/>
        <source>Show the week before (Page Up)</source>
        <translation>Afficher la semaine précédente (Page Up)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts_week.py" line="50"/>
        <source>Show the week after (Page Down)</source>
        <translation>Afficher la semaine suivante (Page Down)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts_week.py" line="51"/>
        <source>Back to this week (Home)</source>
        <translation>Revenir à cette semaine (Home)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts_week.py" line="75"/>
        <source>&lt;span style=&apos;background:{unfilled}; border:1px dashed {border}&apos;&gt;&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp;&lt;/span&gt; needs people &amp;nbsp; &lt;span style=&apos;background:{cancelled}&apos;&gt;&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp;&lt;/span&gt; cancelled</source>
        <translation>&lt;span style=&apos;background:{unfilled}; border:1px dashed {border}&apos;&gt;&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp;&lt;/span&gt; à pourvoir &amp;nbsp; &lt;span style=&apos;background:{cancelled}&apos;&gt;&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp;&lt;/span&gt; annulé</translation>
    </message>
</context>
</TS>
