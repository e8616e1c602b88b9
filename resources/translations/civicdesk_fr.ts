<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../civicdesk/gui/dialogs/about.py" line="29"/>
        <source>Version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/about.py" line="35"/>
        <source>&amp;Data folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/about.py" line="37"/>
        <source>Where CivicDesk keeps the database on this PC, from the next start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/about.py" line="42"/>
        <source>This run&apos;s data folder is given by --data-dir, CIVICDESK_DATA_DIR or the portable mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/about.py" line="51"/>
        <source>Data folder: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/about.py" line="53"/>
        <source>(one for this PC: every account on it uses it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/about.py" line="55"/>
        <source>From the next start: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/about.py" line="58"/>
        <source>Database: {db}
{folder}

Python {python}, Qt {qt} (PySide6 {pyside}), peewee {peewee}, reportlab {reportlab}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/about.py" line="67"/>
        <source>The data folder, from the next start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/about.py" line="74"/>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/about.py" line="75"/>
        <source>From the next start, CivicDesk will open the database in {folder}, or create a new, empty one there. Nothing is moved or copied: to take the data along, make a backup now and restore it there after the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/about.py" line="78"/>
        <source>Use this folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.ui" line="6"/>
        <source>About CivicDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.ui" line="29"/>
        <source>Members, volunteer shifts, support requests and printed reports for a neighborhood association. Everything stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../civicdesk/gui/dialogs/accounts_dialog.py" line="63"/>
        <source>Add an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/accounts_dialog.py" line="64"/>
        <source>Change {name}’s account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/accounts_dialog.py" line="71"/>
        <source>As the login list shows it (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/accounts_dialog.py" line="77"/>
        <source>Log-in &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/accounts_dialog.py" line="78"/>
        <source>&amp;Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/accounts_dialog.py" line="79"/>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/accounts_dialog.py" line="80"/>
        <source>Linked &amp;person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/accounts_dialog.py" line="135"/>
        <source>Saving the account…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../../civicdesk/gui/dialogs/accounts_dialog.py" line="37"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/accounts_dialog.py" line="45"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/accounts_dialog.py" line="47"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/accounts_dialog.py" line="48"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/accounts_dialog.py" line="48"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/accounts_dialog.py" line="48"/>
        <source>no (deactivated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/accounts_dialog.py" line="49"/>
        <source>Linked person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/accounts_dialog.py" line="50"/>
        <source>Last login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/accounts_dialog.py" line="146"/>
        <source>User accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/accounts_dialog.py" line="148"/>
        <source>Everyone who uses CivicDesk here has an account of their own. What they may do depends on the role: volunteers do not see sensitive notes; coordinators also plan shifts and archive; admins also manage the accounts and the backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/accounts_dialog.py" line="170"/>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/accounts_dialog.py" line="171"/>
        <source>&amp;Change name, role or person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/accounts_dialog.py" line="172"/>
        <source>&amp;Reset PIN or password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/accounts_dialog.py" line="173"/>
        <location filename="../../civicdesk/gui/dialogs/accounts_dialog.py" line="211"/>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/accounts_dialog.py" line="210"/>
        <source>Re&amp;activate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="55"/>
        <source>The first day ({since}) is after the last day ({until}); nothing can be between them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="60"/>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="61"/>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="62"/>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="63"/>
        <source>brought back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="64"/>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="65"/>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="66"/>
        <source>logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="67"/>
        <source>PIN or password reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="68"/>
        <source>assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="69"/>
        <source>status changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="70"/>
        <source>reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="71"/>
        <source>follow-up set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="72"/>
        <source>note added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="73"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="74"/>
        <source>attendance recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="75"/>
        <source>reminder call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="76"/>
        <source>shifts generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="77"/>
        <source>backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="78"/>
        <source>demo data added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="79"/>
        <source>voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="80"/>
        <source>recorded as a correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="85"/>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="86"/>
        <source>household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="87"/>
        <source>payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="88"/>
        <source>sign-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="89"/>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="90"/>
        <source>request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="91"/>
        <source>event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="92"/>
        <source>shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="93"/>
        <source>repeating shifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="94"/>
        <source>user account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="95"/>
        <source>setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="96"/>
        <source>database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditPane</name>
    <message>
        <location filename="../../civicdesk/gui/panes/audit.py" line="59"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/audit.py" line="59"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/audit.py" line="59"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/audit.py" line="70"/>
        <location filename="../../civicdesk/gui/panes/audit.py" line="157"/>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/audit.py" line="76"/>
        <source>Entries about this person: their record, payments, sign-ups, hours, requests and user account (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/audit.py" line="82"/>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/audit.py" line="86"/>
        <source>Any action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/audit.py" line="93"/>
        <source>&amp;Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/audit.py" line="97"/>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/audit.py" line="104"/>
        <source>any day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/audit.py" line="122"/>
        <source>&amp;Person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/audit.py" line="124"/>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/audit.py" line="125"/>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/audit.py" line="126"/>
        <source>Fro&amp;m:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/audit.py" line="127"/>
        <source>T&amp;o:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/audit.py" line="206"/>
        <source>The newest {count} entries are listed; choose dates to see older ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../civicdesk/gui/panes/audit.py" line="209"/>
        <source>%n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/audit.py" line="222"/>
        <source>Pick an entry to see what it changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/audit.py" line="224"/>
        <source>{when}: {who} — {action} — {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/audit.py" line="234"/>
        <source>Not kept in the log: only that it changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTable</name>
    <message>
        <location filename="../../civicdesk/gui/models/audit_table.py" line="23"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/audit_table.py" line="24"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/audit_table.py" line="25"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/audit_table.py" line="26"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/audit_table.py" line="27"/>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupKeeper</name>
    <message>
        <location filename="../../civicdesk/gui/backup_keeper.py" line="61"/>
        <source>Making a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/backup_keeper.py" line="83"/>
        <source>The backup was not made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/backup_keeper.py" line="92"/>
        <source>No backup yet: make one with File &gt; Back up now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/backup_keeper.py" line="94"/>
        <source>The newest backup is from {when}, over a week ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/backup_keeper.py" line="97"/>
        <source>The second backup folder is missing ({folder}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/backup_keeper.py" line="105"/>
        <source>Backed up {when}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardColumnModel</name>
    <message>
        <location filename="../../civicdesk/gui/models/request_board_model.py" line="159"/>
        <source>no helper yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../../civicdesk/exchange/ics.py" line="32"/>
        <source>{filled} of {capacity} places taken</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <location filename="../../civicdesk/gui/calendar_export.py" line="22"/>
        <source>Save calendar file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/calendar_export.py" line="24"/>
        <source>Calendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/calendar_export.py" line="49"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/calendar_export.py" line="50"/>
        <source>The file could not be written: {why}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallsPage</name>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts_calls.py" line="39"/>
        <source>◀  Day before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts_calls.py" line="40"/>
        <source>Day after  ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts_calls.py" line="41"/>
        <source>C&amp;onfirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts_calls.py" line="42"/>
        <source>Not &amp;reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts_calls.py" line="45"/>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts_calls.py" line="58"/>
        <source>Reminder calls for &amp;day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts_calls.py" line="69"/>
        <source>Call result for the selected people:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts_calls.py" line="84"/>
        <source>Reminder calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts_calls.py" line="111"/>
        <source>{count} to call · {confirmed} confirmed · {missed} not reached</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CancelShiftDialog</name>
    <message>
        <location filename="../../civicdesk/gui/dialogs/cancel_shift_dialog.py" line="33"/>
        <source>Cancel the shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/cancel_shift_dialog.py" line="35"/>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/cancel_shift_dialog.py" line="45"/>
        <source>Cancel &lt;b&gt;{shift}&lt;/b&gt;, {when}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/cancel_shift_dialog.py" line="50"/>
        <source>People signed up: {count}. Please call them to let them know:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/cancel_shift_dialog.py" line="53"/>
        <source>Nobody is signed up yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cancel_shift_dialog.ui" line="6"/>
        <source>Cancel a shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cancel_shift_dialog.ui" line="15"/>
        <source>People to call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cancel_shift_dialog.ui" line="24"/>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cancel_shift_dialog.ui" line="30"/>
        <source>e.g. the hall is closed for repairs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../civicdesk/app.py" line="18"/>
        <source>folder for the database, backups and logs (default: ${variable} or the system&apos;s app data folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/app.py" line="22"/>
        <source>database file to open (default: civicdesk.db in the data folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/app.py" line="25"/>
        <source>the language of the window and the commands (default: the one chosen on this computer, else the system&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/app.py" line="29"/>
        <source>{app}: members, volunteer shifts, support requests and reports. Without a command, opens the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/app.py" line="34"/>
        <source>check that this copy of CivicDesk works (offscreen, on throw-away demo data; your data is not touched): prints OK, or what failed and exits with 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/app.py" line="39"/>
        <source>run the command as this CivicDesk user (needed on a database with user accounts by every command that changes or exports data); the PIN or password is asked without echo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/app.py" line="44"/>
        <source>read the --as user&apos;s PIN or password from the first line of standard input instead (a new user&apos;s, if the command also needs one, from the next line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/app.py" line="47"/>
        <source>commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/cli.py" line="57"/>
        <source>interrupted; nothing was saved by the unfinished command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/audit.py" line="24"/>
        <source>print the audit log (who changed what), newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/audit.py" line="25"/>
        <source>Print the audit log, newest first, one line per entry; masked values (sensitive and health notes) stay masked. Dates are local days, both included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/audit.py" line="29"/>
        <source>what was done to this person and their payments, sign-ups, hours, requests and user account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/audit.py" line="32"/>
        <source>one record, e.g. payment:12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/audit.py" line="33"/>
        <source>what this user did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/audit.py" line="35"/>
        <source>one kind of entry: {actions}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/audit.py" line="36"/>
        <source>from this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/audit.py" line="37"/>
        <source>up to this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/audit.py" line="39"/>
        <source>at most N entries (default {count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../civicdesk/commands/audit.py" line="52"/>
        <source>(the newest %n entries; narrow with --since/--until for older)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/audit.py" line="55"/>
        <source>no entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/audit.py" line="69"/>
        <source>give TABLE:ID, TABLE one of {tables}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/audit.py" line="76"/>
        <source>there is no such user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/audit.py" line="81"/>
        <source>use one of {actions}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/audit.py" line="89"/>
        <source>not a number (1, 2, 3 ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/audit.py" line="99"/>
        <source>not a date; write it as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/audit.py" line="101"/>
        <source>years 1900 to 2999 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/audit.py" line="124"/>
        <location filename="../../civicdesk/commands/imports.py" line="183"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/backup.py" line="18"/>
        <source>make a verified backup now (into the backups folder, or -o FILE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/backup.py" line="20"/>
        <source>write the backup to this file instead (it is not rotated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/backup.py" line="23"/>
        <source>list the backups: date, size, counts, verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/backup.py" line="36"/>
        <location filename="../../civicdesk/commands/backup.py" line="40"/>
        <source>backup written to {path}: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/backup.py" line="43"/>
        <source>copied to {path}, verified there too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/backup.py" line="58"/>
        <source>no backups in {folder} yet (make one with: civicdesk backup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/backup.py" line="61"/>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/backup.py" line="61"/>
        <source>not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../civicdesk/commands/backup.py" line="66"/>
        <location filename="../../civicdesk/commands/backup.py" line="76"/>
        <location filename="../../civicdesk/commands/export.py" line="161"/>
        <location filename="../../civicdesk/commands/imports.py" line="105"/>
        <location filename="../../civicdesk/commands/imports.py" line="107"/>
        <location filename="../../civicdesk/commands/imports.py" line="212"/>
        <location filename="../../civicdesk/commands/imports.py" line="246"/>
        <source>%Ln people</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/backup.py" line="75"/>
        <source>{people}, {households}, {requests}, {size}, verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../civicdesk/commands/backup.py" line="77"/>
        <location filename="../../civicdesk/commands/export.py" line="163"/>
        <location filename="../../civicdesk/commands/imports.py" line="106"/>
        <source>%Ln household(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../civicdesk/commands/backup.py" line="78"/>
        <location filename="../../civicdesk/commands/export.py" line="168"/>
        <source>%Ln request(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/calendar.py" line="16"/>
        <source>save the shifts of an event or of a volunteer as an iCalendar (.ics) file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/calendar.py" line="19"/>
        <source>every shift of this event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/calendar.py" line="20"/>
        <source>this person&apos;s sign-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/calendar.py" line="22"/>
        <source>the file to write (replaced if it exists)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../civicdesk/commands/calendar.py" line="41"/>
        <source>%n shift(s) written to {path} (times in {zone})</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/check.py" line="14"/>
        <source>check the database and print row counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/check.py" line="23"/>
        <location filename="../../civicdesk/commands/check.py" line="29"/>
        <source>database: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../civicdesk/commands/check.py" line="24"/>
        <location filename="../../civicdesk/commands/check.py" line="36"/>
        <source>%n problem(s):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/check.py" line="25"/>
        <source>the file is empty: it holds no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/check.py" line="34"/>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/common.py" line="194"/>
        <source>PIN or password for {name}: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/common.py" line="199"/>
        <source>The same again, to be sure: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/demo.py" line="24"/>
        <source>fill a new database with demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/demo.py" line="26"/>
        <source>how many people to create (default 500, at most {max})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/demo.py" line="28"/>
        <source>random seed: the same seed gives the same data (default 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/demo.py" line="30"/>
        <source>also make one login per role (admin, coordinator, volunteer) with a random PIN, and print them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/demo.py" line="52"/>
        <source>{path} already has people. Demo data only goes into a new database, for example: civicdesk --db demo.db demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/demo.py" line="57"/>
        <source>demo data in {path}: {counts} ({seconds} s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/demo.py" line="60"/>
        <source>demo logins (civicdesk --as NAME ..., or choose the name in the window):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/demo.py" line="63"/>
        <source>PIN {pin}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/export.py" line="20"/>
        <source>write a list to CSV or XLSX, or everything to a zip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/export.py" line="21"/>
        <source>Write a list as the window shows it (its columns, in its order) to a .csv (UTF-8, for any spreadsheet) or .xlsx file, or everything to a zip of CSV files with a README. Needs a coordinator or an admin (--as NAME on a database with accounts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/export.py" line="26"/>
        <source>the people list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/export.py" line="27"/>
        <source>the households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/export.py" line="28"/>
        <source>shifts between two days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/export.py" line="29"/>
        <source>who signed up for shifts between two days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/export.py" line="30"/>
        <source>the requests queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/export.py" line="32"/>
        <source>Export {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/export.py" line="37"/>
        <source>every table as CSV files in a zip, with a README of the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/export.py" line="38"/>
        <source>Every table as a CSV file in a zip, with a README describing every column; read it back with `civicdesk import all FILE.zip`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/export.py" line="42"/>
        <source>include the sensitive notes (admins only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/export.py" line="49"/>
        <source>read an `export all` zip into an empty database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/export.py" line="50"/>
        <source>Read a zip written by `civicdesk export all` into an empty database (a new --db file): same numbers, same values. PINs and passwords never leave a database: --admin NAME gives that admin a new one (asked, or read from standard input with --password-stdin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/export.py" line="56"/>
        <source>an admin account of the file to give a new PIN or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/export.py" line="64"/>
        <source>not a date (YYYY-MM-DD): {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/export.py" line="70"/>
        <source>names, phone or email, as typed in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/export.py" line="71"/>
        <source>membership status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/export.py" line="74"/>
        <source>volunteers only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/export.py" line="76"/>
        <source>people who are not volunteers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/export.py" line="77"/>
        <source>dues overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/export.py" line="78"/>
        <source>who has this skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/export.py" line="79"/>
        <source>who speaks this language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/export.py" line="87"/>
        <source>name, street or a member&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/export.py" line="93"/>
        <source>first day (default today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/export.py" line="95"/>
        <source>last day, included (default four weeks on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/export.py" line="96"/>
        <source>one event&apos;s shifts only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/export.py" line="102"/>
        <source>only shifts that need people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/export.py" line="107"/>
        <source>one shift only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/export.py" line="113"/>
        <source>a status (repeat for several; default the open ones; &apos;any&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/export.py" line="115"/>
        <source>one urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../civicdesk/commands/export.py" line="165"/>
        <location filename="../../civicdesk/commands/imports.py" line="210"/>
        <location filename="../../civicdesk/commands/imports.py" line="282"/>
        <source>%Ln shift(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../civicdesk/commands/export.py" line="167"/>
        <location filename="../../civicdesk/commands/imports.py" line="211"/>
        <location filename="../../civicdesk/commands/imports.py" line="244"/>
        <location filename="../../civicdesk/commands/imports.py" line="280"/>
        <source>%Ln sign-up(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/export.py" line="178"/>
        <source>{path}: {tables}, {rows}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/export.py" line="180"/>
        <source>{path}: {tables}, {rows} (without the sensitive notes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../civicdesk/commands/export.py" line="182"/>
        <location filename="../../civicdesk/commands/export.py" line="200"/>
        <source>%n table(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../civicdesk/commands/export.py" line="183"/>
        <location filename="../../civicdesk/commands/export.py" line="199"/>
        <source>%Ln row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/export.py" line="198"/>
        <source>{path}: {rows} in {tables} read in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/find.py" line="15"/>
        <source>print the people a search finds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/find.py" line="16"/>
        <source>Print the people the window&apos;s search finds for TEXT (name, email, phone in any format, street), sorted by name, one per line: number, name, phone, street, separated by tabs. At most {count}, as in the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/find.py" line="21"/>
        <source>what to search for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/find.py" line="22"/>
        <source>archived people too</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../civicdesk/commands/find.py" line="36"/>
        <source>(the first %n; type more to narrow the search)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/find.py" line="38"/>
        <source>nobody found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="30"/>
        <source>import people from a CSV, XLSX or ODS file, undo an import, or read an `export all` zip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="32"/>
        <source>Import people from a file in one go (all or nothing), or undo an import (--dry-run shows what it will do, and stops there); or read an `export all` zip into an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="37"/>
        <source>a workbook&apos;s sheet (name or number; default first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="38"/>
        <source>show what would be imported; write nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="40"/>
        <source>import people from FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="43"/>
        <source>generic (guess from the headers), civicrm, wildapricot, or a saved preset&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="45"/>
        <source>put COLUMN into FIELD (COLUMN= leaves it out); repeat it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="48"/>
        <source>how the file writes dates, when they could be read two ways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="50"/>
        <source>how the file writes amounts (12,50 or 12.50), when they could be read two ways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="53"/>
        <source>save this mapping as a preset called NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="57"/>
        <source>import a SignUpGenius sign-up report from FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="60"/>
        <source>signupgenius (the only sign-up report read so far)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="64"/>
        <source>undo import ID as a unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="69"/>
        <source>list past imports with their counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="89"/>
        <source>saved the mapping as the preset {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="92"/>
        <location filename="../../civicdesk/commands/imports.py" line="201"/>
        <source>dry run: nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="95"/>
        <location filename="../../civicdesk/commands/imports.py" line="204"/>
        <source>nothing to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="99"/>
        <source>import {number}: created {people} and {households}, changed {changed}, recorded {payments} (undo it with: civicdesk import undo {number})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="103"/>
        <source>import {number}: created {people} and {households}, changed {changed} (undo it with: civicdesk import undo {number})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../civicdesk/commands/imports.py" line="108"/>
        <location filename="../../civicdesk/commands/imports.py" line="245"/>
        <source>%Ln dues payment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="115"/>
        <source>CSV, {encoding}, delimiter {delimiter}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="118"/>
        <source>{kind}, sheet {sheet}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="119"/>
        <source>{file} ({how}; header on row {row}), preset {preset}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="122"/>
        <location filename="../../civicdesk/commands/imports.py" line="221"/>
        <source>note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="125"/>
        <source>columns: {columns}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="127"/>
        <source>not imported: {columns}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="129"/>
        <source>dates read as {order}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="131"/>
        <source>amounts read with a decimal comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="132"/>
        <source>amounts read with a decimal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="134"/>
        <source>dues payments to record: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="137"/>
        <source>to create: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="138"/>
        <source>to update: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="142"/>
        <source>joins a household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="143"/>
        <source>row {row}: {name} (person {person}, matched by {how}): {changes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="147"/>
        <source>unchanged: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="154"/>
        <source>with problems (left out): {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="156"/>
        <source>row {row}, {column}, “{value}”: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="164"/>
        <source>day/month/year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="166"/>
        <source>month/day/year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="167"/>
        <source>year-month-day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="172"/>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="174"/>
        <source>comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="176"/>
        <source>semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="182"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="207"/>
        <source>import {number}: created {events}, {shifts}, {signups} and {people} (undo it with: civicdesk import undo {number})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../civicdesk/commands/imports.py" line="209"/>
        <location filename="../../civicdesk/commands/imports.py" line="281"/>
        <source>%Ln event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="219"/>
        <source>{file} (SignUpGenius sign-up report; header on row {row})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="222"/>
        <source>sign-ups to create: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="223"/>
        <source>new events: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="224"/>
        <source>new shifts: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="225"/>
        <source>new people: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="226"/>
        <source>people on file: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="229"/>
        <source>row {row}: {name} (person {person}, matched by {how})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="232"/>
        <source>already signed up: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="247"/>
        <source>import {number} undone: removed {removed}, restored {restored}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="250"/>
        <source>kept as they are ({count}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="261"/>
        <source>no imports yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="265"/>
        <source>undone {day} by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="268"/>
        <source>in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="269"/>
        <source>created {created}, changed {changed}, unchanged {unchanged}, problems {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/report.py" line="16"/>
        <source>print a report to a PDF file (--list shows them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/report.py" line="17"/>
        <source>civicdesk report NAME -o FILE.pdf [--option VALUE ...]; civicdesk report NAME --help shows the options of one report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/report.py" line="19"/>
        <source>which report (see --list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/report.py" line="21"/>
        <source>list the reports and their options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/report.py" line="32"/>
        <source>where to write the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/report.py" line="52"/>
        <source>; default {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/report.py" line="53"/>
        <source>; required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/report.py" line="59"/>
        <source>(the event&apos;s number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/report.py" line="61"/>
        <source>(the person&apos;s number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/report.py" line="63"/>
        <source>(the shift&apos;s number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/report.py" line="64"/>
        <source>(the request&apos;s number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../civicdesk/commands/report.py" line="80"/>
        <source>{path}: {report}, %Ln byte(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/report.py" line="86"/>
        <source>Reports (civicdesk report NAME -o FILE.pdf [options]):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/restore.py" line="17"/>
        <source>put a backup in place of the database (the current one is backed up first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/restore.py" line="20"/>
        <source>the backup file (see: civicdesk backups)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/restore.py" line="34"/>
        <source>restored {backup} into {path}: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/restore.py" line="38"/>
        <source>the replaced data is in the backup {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/restore.py" line="41"/>
        <source>the replaced file could not be backed up (damaged); its copy is {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/settings_cmd.py" line="27"/>
        <source>list, show or change the association&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/settings_cmd.py" line="28"/>
        <source>The association&apos;s settings: its name, address, phone, email, website and logo on every report; paper, country, currency and time zone; dues; idle lock and the second backup folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/settings_cmd.py" line="31"/>
        <source>settings commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/settings_cmd.py" line="34"/>
        <source>every setting, its value and what it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/settings_cmd.py" line="36"/>
        <source>print one setting&apos;s value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/settings_cmd.py" line="40"/>
        <source>change one setting (admins; audited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/settings_cmd.py" line="41"/>
        <source>Change one setting. The logo is the path of a PNG or JPEG picture, checked and kept, scaled, in the database; an empty VALUE clears a setting back to its default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/settings_cmd.py" line="61"/>
        <source>(a picture, {size} KB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/settings_cmd.py" line="71"/>
        <source>(default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/user.py" line="34"/>
        <source>add, list, reset or deactivate user accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/user.py" line="35"/>
        <source>User accounts: everyone logs in to a database that has them. The first `user add` makes the first admin; the others need `civicdesk --as ADMIN user ...`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/user.py" line="38"/>
        <source>user commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/user.py" line="41"/>
        <source>add a user (asks for the PIN or password twice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/user.py" line="42"/>
        <source>the name to log in with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/user.py" line="44"/>
        <source>what the user may do (the first user must be an admin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/user.py" line="46"/>
        <source>the name shown in the window and the audit log (default: NAME)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/user.py" line="47"/>
        <source>read the new user&apos;s PIN or password from standard input (after the --as user&apos;s line, if that is read from there too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/user.py" line="51"/>
        <source>list the users: name, role, active, last login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/user.py" line="54"/>
        <source>give a user a new PIN or password (ends any wait)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/user.py" line="56"/>
        <source>read the new PIN or password from standard input (after the --as user&apos;s line, if that is read from there too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/user.py" line="61"/>
        <source>stop a user from logging in (their name stays in the audit log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/user.py" line="96"/>
        <source>{name} is the first admin of {path}; from now on every command that changes data needs: civicdesk --as {login} ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/user.py" line="103"/>
        <source>added {name} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/user.py" line="112"/>
        <source>no user accounts yet (add the first admin with: civicdesk user add NAME --role admin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/user.py" line="118"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/user.py" line="118"/>
        <source>DISPLAY NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/user.py" line="118"/>
        <source>ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/user.py" line="118"/>
        <source>ACTIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/user.py" line="119"/>
        <source>LAST LOGIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/user.py" line="120"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/user.py" line="120"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/user.py" line="120"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/user.py" line="150"/>
        <source>{name} has a new PIN or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/user.py" line="162"/>
        <source>{name} was deactivated already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/user.py" line="165"/>
        <source>{name} can no longer log in (their name stays in the audit log)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Conflict</name>
    <message>
        <location filename="../../civicdesk/services/errors.py" line="46"/>
        <source>{who} changed this record after you opened it ({fields}). Your changes were not saved. Reload to see their version, then make your changes again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../civicdesk/gui/crash.py" line="184"/>
        <source>The details were saved in &lt;b&gt;{file}&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/crash.py" line="186"/>
        <source>The details could not be saved to a file; copy them below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/crash.py" line="188"/>
        <source>&lt;b&gt;Something went wrong that CivicDesk did not expect.&lt;/b&gt; Everything you saved before is safe; the last thing you were doing may not have been saved, so please check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/crash.py" line="192"/>
        <source>You can keep working. If it happens again, close CivicDesk, start it again, and give the details to whoever looks after this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crash_dialog.ui" line="6"/>
        <source>CivicDesk ran into a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crash_dialog.ui" line="28"/>
        <source>Technical details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crash_dialog.ui" line="35"/>
        <source>&amp;Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crash_dialog.ui" line="40"/>
        <source>Open the &amp;log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crash_dialog.ui" line="50"/>
        <source>&amp;Quit CivicDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crash_dialog.ui" line="55"/>
        <source>Co&amp;ntinue working</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataError</name>
    <message>
        <location filename="../../civicdesk/data/append_only.py" line="35"/>
        <source>Nothing was saved: the audit log and the history of requests are kept as they were written. Their entries cannot be changed or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/backups.py" line="47"/>
        <source>The backup could not be made in {folder}: {why}. The database itself is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/backups.py" line="53"/>
        <source>{path} cannot be used as a backup: {why}. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/backups.py" line="58"/>
        <source>{path} is open in another CivicDesk or another program. Close it there first; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/backups.py" line="63"/>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/backups.py" line="64"/>
        <source>there is no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/backups.py" line="65"/>
        <source>it is not a database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/backups.py" line="66"/>
        <source>it is not a CivicDesk database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/backups.py" line="67"/>
        <source>it was saved by a newer CivicDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/backups.py" line="68"/>
        <source>SQLite&apos;s check found damage ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/database.py" line="113"/>
        <source>{path} was saved by an older CivicDesk and must be upgraded before this one can show it, which cannot be done while it is open in CivicDesk elsewhere ({holder}). Close CivicDesk there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/errors.py" line="26"/>
        <source>{path} is a folder, not a database file. Choose the civicdesk.db file inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/errors.py" line="32"/>
        <source>CivicDesk is not allowed to read {path}. Ask whoever manages this computer to give your user access to the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/errors.py" line="40"/>
        <source>CivicDesk cannot save in the folder {path} (it is read-only or you lack permission). Choose a folder you can write to, for example with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/errors.py" line="48"/>
        <source>{path} is not a CivicDesk database. Check that you picked the right file; CivicDesk did not change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/errors.py" line="58"/>
        <source>The database {path} is damaged ({detail}). CivicDesk did not change it. {advice}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/errors.py" line="74"/>
        <source>There is no verified backup of it: ask someone who knows computers to look at the file before anything else is done with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/errors.py" line="77"/>
        <source>The newest verified backup is from {when} ({people} people): restore it with File &gt; Restore from a backup, or `civicdesk restore {file}`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/errors.py" line="83"/>
        <source>CivicDesk cannot open {path} ({detail}). SQLite&apos;s own check finds no damage, and CivicDesk did not change the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/errors.py" line="115"/>
        <source>The database {path} was saved by a newer CivicDesk (data version {found}; this CivicDesk understands up to {supported}). Install the newer CivicDesk to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/errors.py" line="123"/>
        <source>The database is busy: another CivicDesk or another program, on this computer or another one, is saving to it. Nothing was saved. Wait a moment and try again; if it stays busy, close the other CivicDesk first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/errors.py" line="132"/>
        <source>CivicDesk cannot save to {path}: the file is read-only, or you are not allowed to change it. Nothing was saved. Ask whoever manages this computer to let your user change the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/errors.py" line="141"/>
        <source>CivicDesk could not read or write {path}: the disk reported an error ({detail}). Nothing was saved. Check that the disk or USB stick is still connected and try again; if it keeps happening, keep your backups somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/errors.py" line="150"/>
        <source>The disk holding {path} is full, so nothing was saved. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/lockfile.py" line="60"/>
        <source>another copy of CivicDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/lockfile.py" line="61"/>
        <source>{user}, on this computer, since {since}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/lockfile.py" line="62"/>
        <source>{user} on the computer {host}, since {since}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/lockfile.py" line="68"/>
        <source>{path} is already open in CivicDesk: {holder}. Only one copy can make changes at a time: close CivicDesk there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/lockfile.py" line="80"/>
        <source>This copy of CivicDesk opened {path} read-only, because it is open in CivicDesk elsewhere: {holder}. Nothing was saved here; make the change there, or close CivicDesk there and open the file again here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/lockfile.py" line="91"/>
        <source>{path} is in a network folder ({kind}). CivicDesk keeps its data in one file on this computer&apos;s own disk: a file that several computers share over the network can be damaged. Copy it to this computer&apos;s disk and open it there. For several PCs, CivicDesk will work with one shared database server (PostgreSQL) in a later version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/storage.py" line="23"/>
        <source>The second backup folder {path} is not there (is the USB stick or the other disk connected?). The backup was made in the first folder only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <location filename="../../civicdesk/services/duplicates.py" line="25"/>
        <source>same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/duplicates.py" line="26"/>
        <source>similar name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/duplicates.py" line="27"/>
        <source>first and last names swapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/duplicates.py" line="28"/>
        <source>same email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/duplicates.py" line="29"/>
        <source>same phone number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorDialog</name>
    <message>
        <location filename="../../civicdesk/gui/dialogs/editor.py" line="70"/>
        <source>Discard changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/editor.py" line="71"/>
        <source>You changed this but did not save it. Close without saving?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../civicdesk/gui/privacy.py" line="92"/>
        <location filename="../../civicdesk/gui/privacy.py" line="112"/>
        <source>Erase {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/privacy.py" line="94"/>
        <source>This cannot be undone.

{name}&apos;s names, email, phones, notes, sensitive notes, availability, accessibility notes, languages, skills and member number are removed for good, and the address of a household they alone live in. They stay on file as “Erased” with a number, so the association&apos;s counts stay right: shifts and hours worked, payments (amounts and dates), requests (without what they said). The audit log keeps what was done and when, without the values. A login linked to them is closed.

Backups made before today still hold the old data until they rotate out: up to {months} months (the routine backups of the last 7 days, 4 weeks and 12 months), and copies in a second backup folder as long as they are kept there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/privacy.py" line="107"/>
        <source>Type {word} to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/privacy.py" line="109"/>
        <source>Type {word} to confirm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erasure</name>
    <message>
        <location filename="../../civicdesk/services/erasure.py" line="48"/>
        <source>Person number {row_id} was already erased on {when}. There is nothing left to erase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/erasure.py" line="55"/>
        <source>You cannot erase yourself: your login is linked to this person. Ask another admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/erasure.py" line="62"/>
        <source>This person&apos;s login is the only active admin account. Make another account an admin first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../civicdesk/commands/audit.py" line="18"/>
        <source>{option} {value}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/common.py" line="24"/>
        <source>no file name can hold one of its characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/common.py" line="38"/>
        <source>there is no database at {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/common.py" line="42"/>
        <location filename="../../civicdesk/services/exports.py" line="63"/>
        <source>cannot write {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/common.py" line="46"/>
        <source>cannot open {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/common.py" line="50"/>
        <source>this database has user accounts: say who you are with --as NAME before the command, for example: civicdesk --as NAME {command} ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/common.py" line="56"/>
        <source>--as {name}: this database has no user accounts yet; leave out --as, or add the first admin with: civicdesk user add NAME --role admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/common.py" line="62"/>
        <source>no PIN or password for {whose}: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/common.py" line="67"/>
        <source>the two PINs or passwords typed for {whose} are not the same; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/common.py" line="72"/>
        <source>standard input has no more lines (--password-stdin reads one line for each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/common.py" line="74"/>
        <source>its line on standard input is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/common.py" line="75"/>
        <source>nothing was typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/demo.py" line="19"/>
        <source>--people must be from 1 to {max}, not {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="20"/>
        <source>{value} is not an import number; civicdesk imports lists them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/settings_cmd.py" line="20"/>
        <source>there is no setting “{name}”; the settings are: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/user.py" line="22"/>
        <source>the first user of a database must be an admin (--role admin), who can then add the others; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/user.py" line="28"/>
        <source>there is no user named “{name}” (see: civicdesk --as NAME user list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/demo/logins.py" line="27"/>
        <source>--with-logins: this database already has a user named “{name}”; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/errors.py" line="19"/>
        <source>Something went wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/ics.py" line="37"/>
        <source>There is no event called “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/ics.py" line="41"/>
        <source>There is no person with the number {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/ics.py" line="45"/>
        <source>The calendar file could not be read back ({why}); it was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/sheets.py" line="38"/>
        <source>{path}: the file name must end in .csv or .xlsx, so CivicDesk knows what to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/sheets.py" line="45"/>
        <source>{count} rows do not fit in one XLSX sheet (at most 1,048,575); write a .csv file instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/languages.py" line="27"/>
        <source>cannot save the choice for this computer in {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/data_folder.py" line="25"/>
        <source>{path} cannot be the data folder: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/data_folder.py" line="29"/>
        <source>give the folder&apos;s full path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/data_folder.py" line="30"/>
        <source>CivicDesk may not create files there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/errors.py" line="68"/>
        <source>The {what} you asked for (number {row_id}) no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/exports.py" line="68"/>
        <source>{path} is not a CivicDesk “Export everything” file ({why}); nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/exports.py" line="75"/>
        <source>this database already holds data ({what}); an export is read back only into an empty one, so nothing is mixed or overwritten. Nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/exports.py" line="82"/>
        <source>the {kind} list has no column {column!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/exports.py" line="87"/>
        <source>the file has user accounts, and no PIN or password ever leaves a database: name an admin of the file to give a new one (--admin NAME); nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/exports.py" line="95"/>
        <source>the file has no admin account named {name}; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../civicdesk/gui/dialogs/event_dialog.py" line="38"/>
        <source>New event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/event_dialog.py" line="38"/>
        <source>Edit event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/event_dialog.py" line="60"/>
        <source>Colour of the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/event_dialog.ui" line="6"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/event_dialog.ui" line="12"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/event_dialog.ui" line="18"/>
        <source>e.g. Food pantry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/event_dialog.ui" line="23"/>
        <source>&amp;Where:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/event_dialog.ui" line="29"/>
        <source>Address or room; shifts can name their own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/event_dialog.ui" line="34"/>
        <source>&amp;Colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/event_dialog.ui" line="49"/>
        <source>Colour code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/event_dialog.ui" line="54"/>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/event_dialog.ui" line="66"/>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <location filename="../../civicdesk/gui/models/event_table.py" line="20"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/event_table.py" line="20"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/event_table.py" line="20"/>
        <source>Coming shifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/event_table.py" line="20"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/event_table.py" line="28"/>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/event_table.py" line="28"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts_events.py" line="33"/>
        <source>Show &amp;archived events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts_events.py" line="34"/>
        <source>&amp;Plan an event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts_events.py" line="35"/>
        <source>E&amp;dit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts_events.py" line="36"/>
        <location filename="../../civicdesk/gui/panes/shifts_events.py" line="85"/>
        <source>A&amp;rchive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts_events.py" line="37"/>
        <source>Save as calendar file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts_events.py" line="84"/>
        <source>Bring &amp;back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../civicdesk/services/export_lists.py" line="50"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/export_lists.py" line="85"/>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/export_lists.py" line="91"/>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/export_lists.py" line="94"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/export_lists.py" line="131"/>
        <source>Asked on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../../civicdesk/exchange/mapping.py" line="41"/>
        <source>Full name (split into first and last)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/mapping.py" line="47"/>
        <source>Household key (rows with the same key live together)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/mapping.py" line="50"/>
        <source>Membership level or type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/mapping.py" line="53"/>
        <source>Member since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/mapping.py" line="54"/>
        <source>Renewal due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/mapping.py" line="59"/>
        <source>Do not email (yes: may not be emailed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/mapping.py" line="61"/>
        <source>Do not phone (yes: may not be phoned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/mapping.py" line="65"/>
        <source>Id in the other system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/mapping.py" line="66"/>
        <source>Do not mail (yes: kept as the interest “do not mail”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/mapping.py" line="68"/>
        <source>Do not text (yes: kept as the interest “do not sms”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/mapping.py" line="71"/>
        <source>Dues paid: amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/mapping.py" line="72"/>
        <source>Dues paid: on (date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/mapping.py" line="73"/>
        <source>Dues paid: covering from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/mapping.py" line="74"/>
        <source>Dues paid: until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="58"/>
        <location filename="../../civicdesk/settings.py" line="105"/>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="61"/>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="62"/>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="64"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="66"/>
        <source>Members in good standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="67"/>
        <source>Paying members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="68"/>
        <source>Honorary members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="69"/>
        <source>Lapsed members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="70"/>
        <source>Prospective members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="71"/>
        <source>Everyone on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="72"/>
        <location filename="../../civicdesk/services/audit_log.py" line="110"/>
        <location filename="../../civicdesk/services/hours.py" line="26"/>
        <location filename="../../civicdesk/services/series.py" line="43"/>
        <location filename="../../civicdesk/services/shifts.py" line="25"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="87"/>
        <location filename="../../civicdesk/reports/catalog.py" line="183"/>
        <location filename="../../civicdesk/reports/catalog.py" line="236"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="88"/>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="105"/>
        <location filename="../../civicdesk/reports/catalog.py" line="170"/>
        <source>Start at label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="111"/>
        <location filename="../../civicdesk/reports/catalog.py" line="196"/>
        <location filename="../../civicdesk/services/hours.py" line="23"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="157"/>
        <source>Due within (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="164"/>
        <source>Label sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="167"/>
        <source>Avery 5160 (Letter, 30 labels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="169"/>
        <source>L7163 (A4, 14 labels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="177"/>
        <source>Only for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="184"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="186"/>
        <source>One week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="187"/>
        <source>One month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="198"/>
        <location filename="../../civicdesk/services/audit_log.py" line="109"/>
        <location filename="../../civicdesk/services/shifts.py" line="188"/>
        <location filename="../../civicdesk/services/shifts.py" line="197"/>
        <source>Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="199"/>
        <source>Blank rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="209"/>
        <source>Shifts on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="226"/>
        <location filename="../../civicdesk/services/people.py" line="41"/>
        <location filename="../../civicdesk/services/requests.py" line="201"/>
        <location filename="../../civicdesk/services/requests.py" line="224"/>
        <source>Volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="227"/>
        <source>Signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="245"/>
        <source>Request number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="254"/>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/accounts.py" line="44"/>
        <location filename="../../civicdesk/services/shifts.py" line="19"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/accounts.py" line="46"/>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/accounts.py" line="48"/>
        <location filename="../../civicdesk/services/series.py" line="44"/>
        <location filename="../../civicdesk/services/shifts.py" line="26"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/accounts.py" line="49"/>
        <source>Linked person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/accounts.py" line="51"/>
        <source>PIN or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="102"/>
        <source>What was tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="103"/>
        <source>Why it was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="104"/>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="105"/>
        <source>Attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="107"/>
        <location filename="../../civicdesk/services/payments.py" line="30"/>
        <location filename="../../civicdesk/services/requests.py" line="48"/>
        <location filename="../../civicdesk/services/shifts.py" line="39"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="108"/>
        <location filename="../../civicdesk/services/hours.py" line="22"/>
        <location filename="../../civicdesk/services/shifts.py" line="180"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="111"/>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="112"/>
        <source>Entered by (user number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="113"/>
        <source>Voided at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="114"/>
        <source>Voided by (user number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="115"/>
        <source>Voided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="116"/>
        <source>Why it was voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="117"/>
        <source>Corrects payment number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/hours.py" line="24"/>
        <source>Time worked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/hours.py" line="27"/>
        <source>What was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/payments.py" line="22"/>
        <source>Paid by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/payments.py" line="23"/>
        <location filename="../../civicdesk/services/people.py" line="37"/>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/payments.py" line="24"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/payments.py" line="26"/>
        <source>Paid on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/payments.py" line="27"/>
        <source>Covers from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/payments.py" line="28"/>
        <source>Covers until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/payments.py" line="29"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/payments.py" line="33"/>
        <location filename="../../civicdesk/services/requests.py" line="49"/>
        <location filename="../../civicdesk/services/requests.py" line="258"/>
        <location filename="../../civicdesk/services/shifts.py" line="43"/>
        <location filename="../../civicdesk/services/shifts.py" line="44"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="31"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="32"/>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="33"/>
        <source>Preferred name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="34"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="35"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="36"/>
        <source>Mobile phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="38"/>
        <source>Membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="40"/>
        <source>Member number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="42"/>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="44"/>
        <source>Accessibility and mobility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="46"/>
        <source>Listed in the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="47"/>
        <source>May be emailed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="48"/>
        <source>May be phoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="49"/>
        <source>Photos allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="50"/>
        <source>Reach via</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="51"/>
        <location filename="../../civicdesk/services/people.py" line="72"/>
        <location filename="../../civicdesk/services/series.py" line="57"/>
        <location filename="../../civicdesk/services/shifts.py" line="32"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="52"/>
        <location filename="../../civicdesk/services/requests.py" line="37"/>
        <source>Sensitive notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="54"/>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="55"/>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="56"/>
        <source>Interests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="64"/>
        <source>Household name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="65"/>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="66"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="67"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="68"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="69"/>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="70"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="71"/>
        <location filename="../../civicdesk/services/requests.py" line="39"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="31"/>
        <source>Requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="32"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="33"/>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="34"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="35"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="40"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="41"/>
        <source>Follow up on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="247"/>
        <location filename="../../civicdesk/services/shifts.py" line="36"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/retention.py" line="29"/>
        <source>Months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/series.py" line="45"/>
        <source>Weekdays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/series.py" line="46"/>
        <source>Every how many weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/series.py" line="48"/>
        <location filename="../../civicdesk/services/shifts.py" line="27"/>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/series.py" line="49"/>
        <location filename="../../civicdesk/services/shifts.py" line="28"/>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/series.py" line="50"/>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/series.py" line="51"/>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/series.py" line="52"/>
        <source>Number of times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/series.py" line="53"/>
        <location filename="../../civicdesk/services/shifts.py" line="21"/>
        <location filename="../../civicdesk/services/shifts.py" line="29"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/series.py" line="54"/>
        <location filename="../../civicdesk/services/shifts.py" line="30"/>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/series.py" line="56"/>
        <location filename="../../civicdesk/services/shifts.py" line="31"/>
        <source>Required skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/shifts.py" line="20"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/shifts.py" line="22"/>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/shifts.py" line="38"/>
        <source>Minutes worked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/shifts.py" line="282"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/settings.py" line="25"/>
        <source>The association</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/settings.py" line="26"/>
        <source>Formats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/settings.py" line="27"/>
        <source>Dues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/settings.py" line="28"/>
        <source>Locking and backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/settings.py" line="29"/>
        <source>Keeping records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/settings.py" line="94"/>
        <source>Association name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/settings.py" line="95"/>
        <source>Association address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/settings.py" line="97"/>
        <source>Association phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/settings.py" line="99"/>
        <source>Association email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/settings.py" line="101"/>
        <source>Association website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/settings.py" line="103"/>
        <source>Logo for reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/settings.py" line="107"/>
        <source>Country (for phone numbers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/settings.py" line="110"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/settings.py" line="112"/>
        <source>Time zone (empty: this computer&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/settings.py" line="114"/>
        <source>Dues (in cents)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/settings.py" line="116"/>
        <source>Dues cover (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/settings.py" line="118"/>
        <source>Lock after idle minutes (0: never)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/settings.py" line="121"/>
        <source>Second folder for backups (a USB stick or another disk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/settings.py" line="124"/>
        <source>Keep closed requests (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/settings.py" line="126"/>
        <source>Purge the sensitive notes of requests closed more than this many months ago (0: keep them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/settings.py" line="129"/>
        <source>Demo data offer answered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <location filename="../../civicdesk/gui/dialogs/first_run.py" line="26"/>
        <source>An empty database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/first_run.py" line="27"/>
        <source>This database has nobody in it yet.

Would you like to load made-up demo people, shifts and requests to try CivicDesk out? For real use, start with the empty database instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/first_run.py" line="50"/>
        <source>Loading demo data…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunScreen</name>
    <message>
        <location filename="../../civicdesk/gui/login_screen.py" line="322"/>
        <source>Welcome to CivicDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/login_screen.py" line="323"/>
        <source>First, create your own account. You will be its admin: you can then add an account for everyone else who uses CivicDesk here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/login_screen.py" line="334"/>
        <source>Your &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/login_screen.py" line="335"/>
        <source>&amp;PIN or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/login_screen.py" line="336"/>
        <source>The same &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/login_screen.py" line="346"/>
        <source>A PIN is at least 4 digits; a password is at least 8 characters. Nobody else should know it: CivicDesk locks itself after a few idle minutes, and your PIN or password opens it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/login_screen.py" line="351"/>
        <source>&amp;Create my account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/login_screen.py" line="368"/>
        <source>Enter your name, as the others know you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/login_screen.py" line="373"/>
        <source>This is not the same as above: type it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GettingStarted</name>
    <message>
        <location filename="../../civicdesk/gui/widgets/getting_started.py" line="28"/>
        <source>Getting started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/getting_started.py" line="33"/>
        <source>Nobody is on file yet. A few first steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/getting_started.py" line="41"/>
        <source>Set the association&apos;s name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/getting_started.py" line="42"/>
        <source>Its name, address and logo go on every printout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/getting_started.py" line="44"/>
        <source>Import a spreadsheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/getting_started.py" line="45"/>
        <source>Members from Excel, a CSV file, CiviCRM or Wild Apricot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/getting_started.py" line="47"/>
        <source>Add a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/getting_started.py" line="48"/>
        <source>Type in a member or volunteer by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/getting_started.py" line="49"/>
        <source>Create an event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/getting_started.py" line="50"/>
        <source>An activity that volunteers sign up for shifts of.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HoursDialog</name>
    <message>
        <location filename="../../civicdesk/gui/dialogs/hours_dialog.py" line="46"/>
        <source>Log hours without a shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/hours_dialog.py" line="48"/>
        <source>For work done outside a planned shift, such as delivering flyers or a repair visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/hours_dialog.py" line="53"/>
        <location filename="../../civicdesk/gui/dialogs/hours_dialog.py" line="68"/>
        <source>(no event)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/hours_dialog.py" line="62"/>
        <source>Correct logged hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/hours_dialog.py" line="63"/>
        <source>Hours logged for &lt;b&gt;{name}&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/hours_dialog.py" line="79"/>
        <source>Correct hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/hours_dialog.py" line="83"/>
        <source>Hours for &lt;b&gt;{name}&lt;/b&gt; on {shift}, {when} (planned: {planned}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hours_dialog.ui" line="6"/>
        <source>Log volunteer hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hours_dialog.ui" line="17"/>
        <source>&amp;Volunteer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hours_dialog.ui" line="25"/>
        <source>&amp;Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hours_dialog.ui" line="32"/>
        <source>dddd d MMMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hours_dialog.ui" line="37"/>
        <source>&amp;Time given:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hours_dialog.ui" line="45"/>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hours_dialog.ui" line="47"/>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hours_dialog.ui" line="52"/>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hours_dialog.ui" line="55"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hours_dialog.ui" line="67"/>
        <source>&amp;Event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hours_dialog.ui" line="76"/>
        <source>&amp;What was done:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hours_dialog.ui" line="82"/>
        <source>e.g. delivered flyers in the east end</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HoursTable</name>
    <message>
        <location filename="../../civicdesk/gui/models/hours_table.py" line="16"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/hours_table.py" line="18"/>
        <source>Time worked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/hours_table.py" line="20"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/hours_table.py" line="21"/>
        <source>What was done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <location filename="../../civicdesk/gui/dialogs/household_dialog.py" line="33"/>
        <source>Save the household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/household_dialog.py" line="41"/>
        <location filename="../../ui/household_dialog.ui" line="14"/>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/household_dialog.py" line="41"/>
        <source>New household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/household_dialog.ui" line="23"/>
        <source>One address per household: everyone living there shares it, and mailings go out once per household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/household_dialog.ui" line="38"/>
        <source>Household &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/household_dialog.ui" line="58"/>
        <source>&amp;Street and number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/household_dialog.ui" line="78"/>
        <source>&amp;Unit or floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/household_dialog.ui" line="98"/>
        <source>&amp;Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/household_dialog.ui" line="118"/>
        <source>&amp;City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/household_dialog.ui" line="138"/>
        <source>&amp;Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/household_dialog.ui" line="158"/>
        <source>C&amp;ountry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/household_dialog.ui" line="178"/>
        <source>&amp;Area or district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/household_dialog.ui" line="198"/>
        <source>No&amp;tes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdPage</name>
    <message>
        <location filename="../../civicdesk/gui/panes/household_page.py" line="30"/>
        <location filename="../../civicdesk/gui/panes/household_page.py" line="116"/>
        <source>{name} (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/household_page.py" line="35"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/household_page.py" line="36"/>
        <source>Membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/household_page.py" line="38"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/household_page.py" line="104"/>
        <source>Archive the household shown, or bring it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/household_page.py" line="115"/>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/household_page.py" line="119"/>
        <source>No address yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/household_page.py" line="126"/>
        <source>Bring back from archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/household_page.py" line="127"/>
        <location filename="../../civicdesk/gui/panes/household_page.py" line="189"/>
        <location filename="../../ui/household_page.ui" line="63"/>
        <source>Archive household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/household_page.py" line="170"/>
        <source>Nobody lives here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/household_page.py" line="171"/>
        <source>Add a person to this household before recording a payment for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/household_page.py" line="190"/>
        <source>Archive this household? It no longer appears in lists; its members stay on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/household_page.py" line="191"/>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/household_page.py" line="200"/>
        <location filename="../../civicdesk/gui/panes/household_page.py" line="207"/>
        <source>Move someone here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/household_page.py" line="201"/>
        <source>First type a name in the box and pick the person from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/household_page.py" line="208"/>
        <source>{name} lives in another household now. Move them here?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/household_page.py" line="209"/>
        <source>Move here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/household_page.ui" line="19"/>
        <source>← Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/household_page.ui" line="22"/>
        <source>Back to where you were (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/household_page.ui" line="49"/>
        <source>&amp;Change address…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/household_page.ui" line="56"/>
        <source>Record a household &amp;payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/household_page.ui" line="82"/>
        <source>People living here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/household_page.ui" line="107"/>
        <source>&amp;Open the selected person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/household_page.ui" line="114"/>
        <source>Add a &amp;new person here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/household_page.ui" line="117"/>
        <source>Someone not on file yet, living in this household (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/household_page.ui" line="141"/>
        <source>&amp;Move someone on file into this household:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/household_page.ui" line="172"/>
        <source>Move &amp;here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/household_page.ui" line="181"/>
        <source>Payments for the household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/household_page.ui" line="209"/>
        <source>Correct the payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/household_page.ui" line="216"/>
        <source>Void the payment…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdPicker</name>
    <message>
        <location filename="../../civicdesk/gui/widgets/household_picker.py" line="33"/>
        <source>Type a member&apos;s name or the street…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdTable</name>
    <message>
        <location filename="../../civicdesk/gui/models/household_table.py" line="20"/>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/household_table.py" line="21"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/household_table.py" line="22"/>
        <source>Postal code and city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/household_table.py" line="23"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdTableModel</name>
    <message>
        <location filename="../../civicdesk/gui/models/household_table.py" line="59"/>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/household_table.py" line="61"/>
        <source>{name} (archived)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdsList</name>
    <message>
        <location filename="../../ui/households_list.ui" line="19"/>
        <source>F&amp;ind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/households_list.ui" line="29"/>
        <source>Type a member&apos;s name, phone, email or the street (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/households_list.ui" line="39"/>
        <source>Include &amp;archived households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/households_list.ui" line="66"/>
        <source>Enter opens the selected household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/households_list.ui" line="76"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdsListPage</name>
    <message>
        <location filename="../../civicdesk/gui/panes/households_list.py" line="56"/>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/households_list.py" line="70"/>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/households_list.py" line="86"/>
        <source>More than {count} households found: type more to narrow the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/households_list.py" line="89"/>
        <source>1 household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/households_list.py" line="90"/>
        <source>{count} households</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../civicdesk/exchange/mapping.py" line="80"/>
        <source>do not mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/mapping.py" line="81"/>
        <source>do not sms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/mapping.py" line="82"/>
        <source>level: {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/mapping.py" line="194"/>
        <source>--map “{given}”: {field} is not a field CivicDesk imports; use one of: {fields} (or “Column=” to skip the column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/mapping.py" line="201"/>
        <source>--map “{given}”: the file has no column {column}; its columns are: {columns}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/mapping.py" line="208"/>
        <source>--map “{given}”: write it as “Column=field”, for example --map “Courriel=email”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/mapping.py" line="267"/>
        <source>“{value}” is not a date (read as {order})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/mapping.py" line="269"/>
        <source>“{value}” is not yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/mapping.py" line="270"/>
        <source>“{value}” is not a membership status CivicDesk knows (member, lapsed, honorary, prospect, none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/mapping.py" line="396"/>
        <source>“{value}” is not an amount of money (such as 12.50 or 12,50)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/mapping.py" line="398"/>
        <source>“{value}” has more than two decimals (read with a decimal {mark})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/people_import.py" line="38"/>
        <source>the same person as row {row} (same name and email)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/people_import.py" line="40"/>
        <source>matches the same person on file as row {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/people_import.py" line="43"/>
        <source>a {kind} contact, not a person: left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/people_import.py" line="50"/>
        <source>the dates in {column} (such as {example}) could be day/month/year or month/day/year; say which with --date-order dmy or --date-order mdy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/people_import.py" line="63"/>
        <source>the amounts in {column} (such as {example}) could be read with a decimal comma or a decimal point; say which with --decimal-mark comma or --decimal-mark point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/people_import.py" line="73"/>
        <source>an amount paid needs the day it was paid: map a column to “Dues paid: on”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/people_import.py" line="82"/>
        <source>no column is mapped to a name: map a column to first_name, last_name or full_name (the columns are: {columns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/people_import.py" line="164"/>
        <source>never read: {columns}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/presets.py" line="73"/>
        <source>there is no preset {name}; the presets are: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/signups_import.py" line="49"/>
        <source>{name} is not a SignUpGenius sign-up report: it has no {missing} column (its columns are: {columns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/signups_import.py" line="54"/>
        <source>a sign-up needs the name of its sign-up sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/signups_import.py" line="55"/>
        <source>“{value}” is not a date and time (read as {order})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/signups_import.py" line="57"/>
        <source>the slot has a start time but no end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/signups_import.py" line="58"/>
        <source>the same sign-up as row {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/signups_import.py" line="59"/>
        <source>the shift on file is full ({value} places)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/signups_import.py" line="60"/>
        <source>this sign-up was cancelled in CivicDesk; sign them up again on the shift if it stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/signups_import.py" line="63"/>
        <source>the shift on file was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/tables.py" line="41"/>
        <source>cannot read {name}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/tables.py" line="45"/>
        <source>{name} is empty: there is nothing to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/tables.py" line="49"/>
        <source>{name} has a header row but no rows below it: there is nothing to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/tables.py" line="54"/>
        <source>{name} is not a table CivicDesk can read ({reason}); save it from your spreadsheet as CSV, XLSX or ODS and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/tables.py" line="60"/>
        <source>{name} is {size} MB; CivicDesk imports files of up to {limit} MB (about 700,000 people): split it, or remove columns you do not need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/tables.py" line="66"/>
        <source>{name} has {count} columns; CivicDesk reads at most {limit}: remove the columns you do not need and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/tables.py" line="72"/>
        <source>{name} has more than {limit} rows; split it into smaller files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/tables.py" line="77"/>
        <source>{name} has no sheet {sheet}; its sheets are: {sheets}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/tables.py" line="81"/>
        <source>it holds binary data, not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/tables.py" line="82"/>
        <source>it looks like a spreadsheet but cannot be opened: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/tables.py" line="83"/>
        <source>it is a zip archive, not a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/tables.py" line="84"/>
        <source>{name} is named .{suffix} but holds {kind}; it was read as {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/imports.py" line="147"/>
        <source>{who} changed {name} (row {row}) after the preview; nothing was imported. Preview the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/imports.py" line="154"/>
        <source>import {batch} was already undone on {when} by {who}; there is nothing to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/imports.py" line="160"/>
        <source>a preset needs a name of 1 to 60 characters on one line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/imports.py" line="164"/>
        <source>edited since the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/imports.py" line="165"/>
        <source>has sign-ups, hours, payments, requests or a login since the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/imports.py" line="167"/>
        <source>people not from this import live there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/imports.py" line="168"/>
        <source>people not from this import are signed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/imports.py" line="169"/>
        <source>it has shifts not from this import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/imports.py" line="170"/>
        <source>voided or corrected since the import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="68"/>
        <source>Import from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="69"/>
        <source>Spreadsheets and CSV files (*.csv *.txt *.tsv *.xlsx *.xls *.ods);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="76"/>
        <source>Save as preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="77"/>
        <source>A name for this mapping (offered next time):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="84"/>
        <source>Undo the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="85"/>
        <source>Undo {what}? Everything it brought in is removed, and what it changed gets its old values back. Rows edited since are kept and listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="116"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="116"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="118"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="119"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="128"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="144"/>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="145"/>
        <location filename="../../civicdesk/gui/import_wizard.py" line="317"/>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="147"/>
        <location filename="../../civicdesk/gui/import_wizard.py" line="323"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="180"/>
        <source>&amp;People (members, contacts, volunteers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="181"/>
        <source>&amp;Sign-ups (SignUpGenius sign-up report: events, shifts and who signed up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="189"/>
        <source>What the file holds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="192"/>
        <source>A CSV, Excel (.xlsx, .xls) or OpenDocument (.ods) file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="194"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="198"/>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="203"/>
        <source>A workbook&apos;s sheets are listed once it was read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="204"/>
        <source>S&amp;heet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="207"/>
        <source>P&amp;reset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="208"/>
        <source>Nothing is written until you have seen the preview and chosen “Import the valid rows”. An import can be undone as a whole (File &gt; Imports…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="216"/>
        <source>Guess from the column names (any spreadsheet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="231"/>
        <source>Each column of the file and where it goes. Change any guess; “not imported” leaves a column out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="235"/>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="235"/>
        <source>First value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="236"/>
        <source>Goes into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="240"/>
        <source>&amp;Dates are written:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="242"/>
        <location filename="../../civicdesk/gui/import_wizard.py" line="248"/>
        <source>found from the values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="246"/>
        <source>A&amp;mounts are written:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="249"/>
        <source>with a decimal point (1,234.50)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="250"/>
        <source>with a decimal comma (1.234,50)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="252"/>
        <source>Save as p&amp;reset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="274"/>
        <location filename="../../civicdesk/gui/import_wizard.py" line="275"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="274"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="274"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="274"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="275"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="275"/>
        <source>Matched by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="276"/>
        <source>What changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="277"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="278"/>
        <source>Matched people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="289"/>
        <source>&amp;Undo this import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="298"/>
        <source>1. Choose the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="299"/>
        <source>2. Check where each column goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="301"/>
        <source>3. What the import will do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="303"/>
        <source>4. Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="316"/>
        <source>&amp;Import the valid rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="323"/>
        <location filename="../../civicdesk/gui/import_wizard.py" line="676"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="401"/>
        <source>Choose the file to import first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="407"/>
        <source>Reading {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="420"/>
        <source>{name} has {count} sheets; this is the first, {sheet}. Choose another on the first page and press Next again to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="451"/>
        <source>— not imported —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="455"/>
        <source>Where {column} goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="475"/>
        <location filename="../../civicdesk/gui/import_wizard.py" line="488"/>
        <source>Checking every row…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="482"/>
        <source>Two columns go into {field}: choose one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="494"/>
        <source>The amounts in {column} (such as {example}) could be read with a decimal point or a decimal comma: say which next to “Amounts are written”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="501"/>
        <source>The dates in {column} (such as {example}) could be day/month/year or month/day/year: say which next to “Dates are written”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="519"/>
        <source>Sign-ups to add: {create}
New events: {events}    New shifts: {shifts}
New people: {people}    People matched on file: {matched}
Already signed up: {unchanged}
With problems (left out): {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="527"/>
        <source>To create: {create}
Matching people on file (to update): {update}
Unchanged: {unchanged}
With problems (left out): {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="532"/>
        <source>Dues payments to record: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="537"/>
        <source>joins a household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="539"/>
        <source>nothing (unchanged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="547"/>
        <source>Problems ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="549"/>
        <source>Matched people ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="553"/>
        <source>There is nothing to import: every row is already on file or has a problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="569"/>
        <source>Importing {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="575"/>
        <source>The import was cancelled: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="580"/>
        <source>Import {batch}: {signups} sign-ups added, with {events} new events, {shifts} new shifts and {created} new people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="585"/>
        <source>Import {batch}: {created} people created (and {households} households), {changed} people updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="590"/>
        <source>{payments} dues payments recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="593"/>
        <source>If this was a mistake, undo it now, or later from File &gt; Imports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="613"/>
        <location filename="../../civicdesk/gui/import_wizard.py" line="732"/>
        <source>Import {batch} was undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="626"/>
        <source>Saved as the preset “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="637"/>
        <source>{removed} people removed, {restored} restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="640"/>
        <source>{signups} sign-ups removed. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="642"/>
        <source>{payments} dues payments removed. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="645"/>
        <source>Kept as they are:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="649"/>
        <source>and {count} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="655"/>
        <source>import {batch}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="667"/>
        <source>Imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="668"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="668"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="668"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="668"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="668"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="669"/>
        <source>Counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="669"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="673"/>
        <source>&amp;Undo this import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="698"/>
        <source>{signups} sign-ups, {events} events, {shifts} shifts, {created} people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="704"/>
        <source>{created} created, {changed} updated, {problems} left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="707"/>
        <source>undone {when} by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="709"/>
        <source>in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="712"/>
        <source>sign-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="712"/>
        <source>people</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Integrity</name>
    <message>
        <location filename="../../civicdesk/data/integrity.py" line="22"/>
        <source>append-only: the trigger {trigger} is missing or was changed, so rows of {table} can be changed or deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/integrity.py" line="25"/>
        <source>{part}: could not be checked ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/integrity.py" line="26"/>
        <source>schema: the table {table} is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/integrity.py" line="27"/>
        <source>schema: the table {table} has no column {columns}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../civicdesk/gui/language_menu.py" line="27"/>
        <source>&amp;System language ({name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/language_menu.py" line="33"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/language_menu.py" line="63"/>
        <location filename="../../civicdesk/gui/language_menu.py" line="76"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/language_menu.py" line="77"/>
        <source>Restart CivicDesk now to use {language}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/language_menu.py" line="79"/>
        <source>Until then CivicDesk goes on in the language it started in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/language_menu.py" line="80"/>
        <source>&amp;Restart now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/language_menu.py" line="81"/>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <location filename="../../civicdesk/gui/list_export.py" line="41"/>
        <source>CSV for any spreadsheet (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/list_export.py" line="42"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/list_export.py" line="46"/>
        <source>Export what I see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/list_export.py" line="70"/>
        <source>E&amp;xport what I see…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/list_export.py" line="73"/>
        <source>Save this list as it is shown, to CSV or Excel (Ctrl+Shift+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/list_export.py" line="101"/>
        <source>Exporting {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/list_export.py" line="108"/>
        <source>{count} rows saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/list_export.py" line="120"/>
        <location filename="../../civicdesk/gui/list_export.py" line="132"/>
        <source>Export everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/list_export.py" line="121"/>
        <source>Everything goes into one zip of CSV files with a README of the columns (PINs and passwords never do).

Include the sensitive notes? Only if the file goes to someone who may read them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/list_export.py" line="124"/>
        <source>Include the sensitive notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/list_export.py" line="133"/>
        <source>Zip files (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/list_export.py" line="144"/>
        <source>Exporting everything…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/list_export.py" line="147"/>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/list_export.py" line="148"/>
        <source>{count} rows of {tables} tables are in
{path}
{sensitive}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/list_export.py" line="150"/>
        <source>It holds the sensitive notes: keep it safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/list_export.py" line="151"/>
        <source>The sensitive notes were left out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts_list.py" line="47"/>
        <source>Only shifts that need people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts_list.py" line="50"/>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts_list.py" line="53"/>
        <location filename="../../civicdesk/gui/panes/shifts_list.py" line="141"/>
        <source>All events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts_list.py" line="72"/>
        <source>Event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts_list.py" line="73"/>
        <source>Fro&amp;m:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts_list.py" line="74"/>
        <source>T&amp;o:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts_list.py" line="121"/>
        <source>Shifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts_list.py" line="151"/>
        <source>Shifts shown: {count}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Login</name>
    <message>
        <location filename="../../civicdesk/services/accounts.py" line="56"/>
        <source>There is no active user named “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/accounts.py" line="61"/>
        <source>That PIN or password is not right for {name}. {left}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/accounts.py" line="67"/>
        <source>Too many wrong attempts for {name}: try again in {seconds} seconds, or ask an admin to reset the PIN or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/accounts.py" line="78"/>
        <source>This database has user accounts already; log in as an admin to add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/accounts.py" line="84"/>
        <source>{name} is the last active admin: make someone else an admin first, or nobody could manage the accounts any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/accounts.py" line="91"/>
        <source>There is already a user named “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/accounts.py" line="94"/>
        <source>Wrong attempts left before the account has to wait: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/accounts.py" line="96"/>
        <source>The account now has to wait {seconds} seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/accounts.py" line="122"/>
        <source>Enter a PIN or a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/accounts.py" line="125"/>
        <source>A PIN has at least 4 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/accounts.py" line="128"/>
        <source>A password has at least 8 characters (or use a PIN of at least 4 digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/accounts.py" line="130"/>
        <source>A password cannot hold line breaks or control characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <location filename="../../civicdesk/gui/login_screen.py" line="114"/>
        <location filename="../../civicdesk/gui/login_screen.py" line="199"/>
        <source>Who are you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/login_screen.py" line="115"/>
        <location filename="../../civicdesk/gui/login_screen.py" line="200"/>
        <source>Type the first letters of your name, or pick it from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/login_screen.py" line="118"/>
        <location filename="../../civicdesk/gui/login_screen.py" line="119"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/login_screen.py" line="123"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/login_screen.py" line="127"/>
        <source>&amp;PIN or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/login_screen.py" line="133"/>
        <source>&amp;Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/login_screen.py" line="203"/>
        <source>CivicDesk is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/login_screen.py" line="205"/>
        <source>{name}: type your PIN or password to go on where you left off. Someone else: type or pick your own name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/login_screen.py" line="222"/>
        <source>Nobody’s name starts with “{typed}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/login_screen.py" line="242"/>
        <source>Choose your name first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/login_screen.py" line="300"/>
        <source>Too many wrong attempts. You can try again in {seconds} seconds, or ask an admin to reset your PIN or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/login_screen.py" line="306"/>
        <source>You can try again now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../civicdesk/gui/mainwindow.py" line="63"/>
        <source>{title} (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/mainwindow.py" line="143"/>
        <source>Database: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/mainwindow.py" line="152"/>
        <source>Logged in as {name} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/mainwindow.py" line="159"/>
        <source>&amp;Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/mainwindow.py" line="162"/>
        <source>S&amp;witch user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/mainwindow.py" line="165"/>
        <source>Change my &amp;PIN or password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/mainwindow.py" line="167"/>
        <source>User &amp;accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/mainwindow.py" line="169"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/mainwindow.py" line="284"/>
        <source>Read-only: open for changes elsewhere ({who})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/mainwindow.py" line="313"/>
        <source>A second folder for backups (a USB stick, another disk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/mainwindow.py" line="317"/>
        <source>Second backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/mainwindow.py" line="318"/>
        <source>Backups are also copied to {folder}. Stop copying them there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/mainwindow.py" line="319"/>
        <source>Stop copying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/mainwindow.py" line="327"/>
        <source>&amp;Purge old sensitive notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/mainwindow.py" line="338"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/mainwindow.py" line="340"/>
        <source>&amp;Undo an import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/mainwindow.py" line="353"/>
        <source>&amp;Export everything…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/mainwindow.py" line="444"/>
        <source>{name} has unsaved edits here: log in to save or discard them before closing CivicDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="6"/>
        <source>CivicDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="18"/>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="32"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="42"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="46"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="52"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="55"/>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="59"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="77"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="78"/>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="81"/>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="82"/>
        <source>Ctrl+Shift+B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="85"/>
        <source>&amp;Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="88"/>
        <source>&amp;Second backup folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="91"/>
        <source>Show the &amp;data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="94"/>
        <source>&amp;About CivicDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="97"/>
        <source>&amp;Print a report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="98"/>
        <source>Ctrl+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="101"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="104"/>
        <source>&amp;Bigger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="105"/>
        <source>Ctrl++</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="108"/>
        <source>&amp;Smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="109"/>
        <source>Ctrl+-</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="112"/>
        <source>&amp;Normal text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="113"/>
        <source>Ctrl+0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="116"/>
        <source>Audit &amp;trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="119"/>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="120"/>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="123"/>
        <source>&amp;Keyboard shortcuts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="124"/>
        <source>Ctrl+/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="127"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Matching</name>
    <message>
        <location filename="../../civicdesk/services/matching.py" line="34"/>
        <source>Can do {skill}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/matching.py" line="35"/>
        <source>No {skill} skill on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/matching.py" line="36"/>
        <source>Speaks {language}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/matching.py" line="37"/>
        <source>Does not speak {language}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/matching.py" line="38"/>
        <source>Lives in {area}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/matching.py" line="39"/>
        <source>Lives nearby ({area})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/matching.py" line="40"/>
        <source>Lives elsewhere ({area})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/matching.py" line="41"/>
        <source>Free on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/matching.py" line="42"/>
        <source>On a shift that day: {shift}, {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/matching.py" line="43"/>
        <source>No open requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/matching.py" line="44"/>
        <source>1 open request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/matching.py" line="45"/>
        <source>{count} open requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/matching.py" line="46"/>
        <source>Suggestion {rank} of {total}: {reasons}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/matching.py" line="47"/>
        <source>address unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberTable</name>
    <message>
        <location filename="../../civicdesk/gui/models/member_table.py" line="33"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/member_table.py" line="34"/>
        <source>Household address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/member_table.py" line="35"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/member_table.py" line="36"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/member_table.py" line="37"/>
        <source>Membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/member_table.py" line="38"/>
        <source>Dues paid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/member_table.py" line="39"/>
        <source>Volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/member_table.py" line="40"/>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/member_table.py" line="47"/>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/member_table.py" line="48"/>
        <source>Lapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/member_table.py" line="49"/>
        <source>Honorary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/member_table.py" line="50"/>
        <source>Prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/member_table.py" line="51"/>
        <source>Not a member</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <location filename="../../civicdesk/gui/models/member_table.py" line="81"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/member_table.py" line="81"/>
        <source> (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/member_table.py" line="106"/>
        <source>This column cannot be sorted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/member_table.py" line="132"/>
        <source>{name} (archived)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembersPane</name>
    <message>
        <location filename="../../civicdesk/gui/panes/members.py" line="65"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/members.py" line="69"/>
        <location filename="../../civicdesk/gui/panes/members.py" line="98"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/members.py" line="70"/>
        <source>Everyone on file (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/members.py" line="71"/>
        <location filename="../../civicdesk/gui/panes/members.py" line="99"/>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/members.py" line="72"/>
        <source>Addresses and who lives there (Ctrl+Shift+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/members.py" line="97"/>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <location filename="../../civicdesk/gui/operations.py" line="47"/>
        <source>The screen is locked: log in again first. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/operations.py" line="100"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionsForm</name>
    <message>
        <location filename="../../civicdesk/gui/reports/options_form.py" line="69"/>
        <source>(type the request&apos;s number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/reports/options_form.py" line="73"/>
        <source>All events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/reports/options_form.py" line="83"/>
        <source>Every shift of the day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentActions</name>
    <message>
        <location filename="../../civicdesk/gui/payment_actions.py" line="52"/>
        <source>Only coordinators can void or correct payments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/payment_actions.py" line="96"/>
        <source>Correct the payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/payment_actions.py" line="97"/>
        <source>Void the payment…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../civicdesk/gui/dialogs/payment_dialog.py" line="55"/>
        <source>Record the payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/payment_dialog.py" line="75"/>
        <source>Paid by: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/payment_dialog.py" line="79"/>
        <source>Paid for the &amp;whole household ({household})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/payment_dialog.py" line="105"/>
        <source>Correct a payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/payment_dialog.py" line="107"/>
        <source>Record the correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/payment_dialog.py" line="108"/>
        <source>Was: {amount} paid on {date}, covering {start} to {end}. It will be voided and kept, struck through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/payment_dialog.py" line="113"/>
        <source>The period now follows on from the payments that still count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.ui" line="14"/>
        <source>Record a payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.ui" line="35"/>
        <source>Paid for the &amp;whole household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.ui" line="42"/>
        <source>&amp;Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.ui" line="72"/>
        <source>&amp;Paid on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.ui" line="99"/>
        <source>Covers &amp;from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.ui" line="126"/>
        <source>Covers &amp;until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.ui" line="153"/>
        <source>&amp;Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.ui" line="166"/>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.ui" line="186"/>
        <source>Why &amp;corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.ui" line="196"/>
        <source>What was wrong, e.g. the amount was 300, not 30</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentTable</name>
    <message>
        <location filename="../../civicdesk/gui/models/payment_table.py" line="25"/>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/payment_table.py" line="26"/>
        <source>Cheque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/payment_table.py" line="27"/>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/payment_table.py" line="28"/>
        <source>Bank transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/payment_table.py" line="29"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/payment_table.py" line="30"/>
        <source>Free membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/payment_table.py" line="40"/>
        <source>the whole household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/payment_table.py" line="41"/>
        <source>this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/payment_table.py" line="48"/>
        <source>Voided on {date} by {name}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/payment_table.py" line="58"/>
        <source>Corrects a voided payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/payment_table.py" line="86"/>
        <source>Paid on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/payment_table.py" line="87"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/payment_table.py" line="88"/>
        <source>Covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/payment_table.py" line="89"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/payment_table.py" line="90"/>
        <source>Paid for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/payment_table.py" line="91"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Payments</name>
    <message>
        <location filename="../../civicdesk/services/payments.py" line="47"/>
        <source>This payment was already voided on {when} by {who}. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleList</name>
    <message>
        <location filename="../../ui/people_list.ui" line="19"/>
        <source>F&amp;ind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people_list.ui" line="29"/>
        <source>Type a name, phone number, email or street (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people_list.ui" line="39"/>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people_list.ui" line="42"/>
        <source>Add someone who is not on file yet (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people_list.ui" line="53"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people_list.ui" line="60"/>
        <source>Membership status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people_list.ui" line="70"/>
        <source>Volunteers or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people_list.ui" line="80"/>
        <source>Language spoken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people_list.ui" line="90"/>
        <source>Volunteer skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people_list.ui" line="100"/>
        <source>&amp;Dues overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people_list.ui" line="107"/>
        <source>Current or archived people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people_list.ui" line="117"/>
        <source>Show everyo&amp;ne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people_list.ui" line="157"/>
        <source>Enter opens the selected person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people_list.ui" line="167"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleListPage</name>
    <message>
        <location filename="../../civicdesk/gui/panes/people_list.py" line="55"/>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/people_list.py" line="68"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/people_list.py" line="74"/>
        <source>Any membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/people_list.py" line="77"/>
        <source>Volunteers or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/people_list.py" line="78"/>
        <source>Volunteers only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/people_list.py" line="79"/>
        <source>Not volunteers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/people_list.py" line="80"/>
        <source>Current people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/people_list.py" line="81"/>
        <source>Archived people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/people_list.py" line="82"/>
        <source>Current and archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/people_list.py" line="83"/>
        <location filename="../../civicdesk/gui/panes/people_list.py" line="99"/>
        <source>Any language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/people_list.py" line="85"/>
        <location filename="../../civicdesk/gui/panes/people_list.py" line="102"/>
        <source>Any skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/people_list.py" line="195"/>
        <source>More than {count} people found: type more to narrow the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/people_list.py" line="198"/>
        <source>1 person found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/people_list.py" line="199"/>
        <source>{count} people found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/people_list.py" line="201"/>
        <source>1 person on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/people_list.py" line="202"/>
        <source>{count} people on file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Permission</name>
    <message>
        <location filename="../../civicdesk/services/actors.py" line="38"/>
        <source>see or change sensitive notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/actors.py" line="39"/>
        <source>export data in bulk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/actors.py" line="40"/>
        <source>delete records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/actors.py" line="41"/>
        <source>override a shift overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/actors.py" line="42"/>
        <source>manage user accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/actors.py" line="43"/>
        <source>change the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/actors.py" line="44"/>
        <source>archive records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/actors.py" line="45"/>
        <source>plan events and shifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/actors.py" line="46"/>
        <source>restore a backup over the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/actors.py" line="47"/>
        <source>read the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/actors.py" line="48"/>
        <source>export everything held about a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/actors.py" line="49"/>
        <source>erase a person&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/actors.py" line="50"/>
        <source>include the sensitive notes in an export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/actors.py" line="52"/>
        <source>import people from a file, and undo an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/actors.py" line="53"/>
        <source>void or correct a payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/errors.py" line="62"/>
        <source>{who} is not allowed to {what}. Ask a coordinator or an admin.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <location filename="../../civicdesk/gui/dialogs/person_editor.py" line="207"/>
        <source>no dues paid yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/person_editor.py" line="233"/>
        <source>Not in a household. Pick one above, or enter a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/person_editor.py" line="237"/>
        <source>Also living there: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/person_editor.py" line="238"/>
        <source>Nobody else lives there yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/person_editor.py" line="267"/>
        <source> (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="36"/>
        <source>Already on file? These people have the same name, email or phone number. To avoid keeping two records of one person, open theirs instead:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="55"/>
        <source>Open the e&amp;xisting record instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="87"/>
        <source>Name and languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="99"/>
        <source>First &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="119"/>
        <source>&amp;Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="139"/>
        <source>Likes to be &amp;called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="159"/>
        <source>Languages spoken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="172"/>
        <source>Separate several with commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="188"/>
        <source>Phone and email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="200"/>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="220"/>
        <source>Mobile phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="240"/>
        <source>E&amp;mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="260"/>
        <source>&amp;Reach via</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="285"/>
        <source>Someone who passes messages on, e.g. a neighbour or relative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="308"/>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="314"/>
        <source>Lives in the household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="350"/>
        <source>Ne&amp;w household…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="353"/>
        <source>Enter the address of a household that is not on file yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="374"/>
        <source>&amp;Open the household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="381"/>
        <source>Not in a household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="413"/>
        <location filename="../../ui/person_editor.ui" line="461"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="425"/>
        <source>&amp;Accessibility and mobility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="517"/>
        <source>Membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="529"/>
        <source>Membership &amp;status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="542"/>
        <source>Member n&amp;umber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="562"/>
        <source>Dues paid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="578"/>
        <source>Record a pa&amp;yment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="603"/>
        <source>Volunteering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="615"/>
        <source>Volunteers with us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="622"/>
        <source>S&amp;kills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="635"/>
        <source>&amp;Interests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="648"/>
        <source>Availa&amp;bility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="687"/>
        <source>Consent (what this person agreed to)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="693"/>
        <source>Listed in the members&apos; &amp;directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="700"/>
        <source>May be sent emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="707"/>
        <source>May be phoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="714"/>
        <source>Photos may be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="724"/>
        <source>Sensitive notes (coordinators only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="730"/>
        <source>Only coordinators see these notes. Write only what is needed to help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <location filename="../../civicdesk/gui/panes/person_page.py" line="98"/>
        <source>Archive the person shown, or bring them back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_page.py" line="104"/>
        <source>Their data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_page.py" line="107"/>
        <source>Export everything about this person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_page.py" line="108"/>
        <source>Erase this person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_page.py" line="160"/>
        <source>this new person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_page.py" line="166"/>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_page.py" line="167"/>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_page.py" line="171"/>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_page.py" line="172"/>
        <location filename="../../ui/person_page.ui" line="66"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_page.py" line="177"/>
        <source>Bring back from archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_page.py" line="178"/>
        <location filename="../../civicdesk/gui/panes/person_page.py" line="279"/>
        <location filename="../../civicdesk/gui/panes/person_page.py" line="282"/>
        <location filename="../../ui/person_page.ui" line="52"/>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_page.py" line="180"/>
        <source>Only coordinators can archive people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_page.py" line="193"/>
        <source>Dues are paid until {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_page.py" line="194"/>
        <source>No dues paid yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_page.py" line="239"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_page.py" line="243"/>
        <source>Already on file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_page.py" line="244"/>
        <source>{name} looks like someone already on file (listed at the top of the form). To avoid keeping two records of one person, open the existing record instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_page.py" line="247"/>
        <source>Save as a new person anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_page.py" line="256"/>
        <location filename="../../ui/person_page.ui" line="59"/>
        <source>Undo my changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_page.py" line="257"/>
        <source>Throw away the changes you made to {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_page.py" line="258"/>
        <source>Throw them away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_page.py" line="280"/>
        <source>Archive {name}? They no longer appear in lists and pickers, but nothing is deleted, and you can bring them back at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_page.py" line="353"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_page.py" line="354"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_page.ui" line="19"/>
        <source>← Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_page.ui" line="22"/>
        <source>Back to where you were (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_page.ui" line="69"/>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_page.ui" line="82"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_page.ui" line="127"/>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_page.ui" line="155"/>
        <source>Record a pa&amp;yment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_page.ui" line="162"/>
        <source>Correct the payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_page.ui" line="169"/>
        <source>Void the payment…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../../civicdesk/gui/widgets/person_picker.py" line="49"/>
        <source>Type a name, phone, email or street…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonRequestsModel</name>
    <message>
        <location filename="../../civicdesk/gui/models/person_requests_model.py" line="17"/>
        <source>Asked on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/person_requests_model.py" line="18"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/person_requests_model.py" line="19"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/person_requests_model.py" line="20"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/person_requests_model.py" line="21"/>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/person_requests_model.py" line="22"/>
        <source>Helper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/person_requests_model.py" line="23"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonRequestsTab</name>
    <message>
        <location filename="../../civicdesk/gui/panes/person_requests_tab.py" line="24"/>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_requests_tab.py" line="31"/>
        <source>Requests this person made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_requests_tab.py" line="33"/>
        <source>Requests this person helped with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_requests_tab.py" line="56"/>
        <source>&amp;Asked for help ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_requests_tab.py" line="57"/>
        <source>Hel&amp;ped with ({count})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonShiftsTab</name>
    <message>
        <location filename="../../civicdesk/gui/panes/person_shifts_tab.py" line="45"/>
        <source>Co&amp;rrect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_shifts_tab.py" line="46"/>
        <source>Re&amp;move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_shifts_tab.py" line="47"/>
        <source>&amp;Sign up for a shift…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_shifts_tab.py" line="48"/>
        <source>Log h&amp;ours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_shifts_tab.py" line="49"/>
        <source>Save as &amp;calendar file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_shifts_tab.py" line="50"/>
        <source>Print hours st&amp;atement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_shifts_tab.py" line="52"/>
        <source>A signed letter listing this volunteer&apos;s dates and hours this year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_shifts_tab.py" line="69"/>
        <source>Shifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_shifts_tab.py" line="81"/>
        <source>Coming shifts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_shifts_tab.py" line="90"/>
        <source>Hours &amp;without a shift:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_shifts_tab.py" line="108"/>
        <source>Save the person first to sign them up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_shifts_tab.py" line="115"/>
        <source>Hours given in {year}: &lt;b&gt;{hours}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_shifts_tab.py" line="137"/>
        <source>Only coordinators correct logged hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_shifts_tab.py" line="149"/>
        <source>Remove {time} on {day} ({note})? The audit log keeps what it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_shifts_tab.py" line="158"/>
        <source>Remove hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_shifts_tab.py" line="158"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <location filename="../../civicdesk/gui/privacy.py" line="45"/>
        <source>Export everything about {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/privacy.py" line="46"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/privacy.py" line="71"/>
        <source>Gathering everything about {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/privacy.py" line="75"/>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/privacy.py" line="76"/>
        <source>Everything CivicDesk holds about {name} is in
{pdf}
and, for another program, in
{json}

Both hold their sensitive notes: hand them to {name} only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/privacy.py" line="138"/>
        <source>Erasing {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/privacy.py" line="141"/>
        <source>Erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/privacy.py" line="142"/>
        <source>{name} was erased. Backups made before today still hold their data until they rotate out (up to {months} months).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <location filename="../../civicdesk/gui/dialogs/prompts.py" line="18"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/prompts.py" line="19"/>
        <source>You changed {name} but did not save. Save the changes now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/prompts.py" line="22"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/prompts.py" line="24"/>
        <source>Throw my changes away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/prompts.py" line="26"/>
        <source>Go back to editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/prompts.py" line="36"/>
        <source>Someone else changed this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/prompts.py" line="38"/>
        <source>Nothing was overwritten. Your changes were:
{changes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/prompts.py" line="40"/>
        <source>Show their version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/prompts.py" line="42"/>
        <source>Keep my changes on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/prompts.py" line="53"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../civicdesk/reports/base.py" line="31"/>
        <source>Nothing to report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/base.py" line="32"/>
        <source>There is nothing to print for the options chosen. Try a longer period or other options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/base.py" line="35"/>
        <source>Page {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/base.py" line="36"/>
        <source>Printed on {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/base.py" line="85"/>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/cards.py" line="23"/>
        <location filename="../../civicdesk/reports/catalog.py" line="174"/>
        <source>Membership cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/cards.py" line="73"/>
        <source>Membership card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/cards.py" line="84"/>
        <source>Member no. {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/cards.py" line="88"/>
        <source>Valid until {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/cards.py" line="91"/>
        <source>Honorary member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="142"/>
        <location filename="../../civicdesk/reports/people.py" line="28"/>
        <source>Member roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="143"/>
        <source>Members with all their contact details, for the office (not for handing out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="148"/>
        <location filename="../../civicdesk/reports/people.py" line="52"/>
        <source>Member directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="149"/>
        <source>The public list: only members who agreed to be listed, with only the details they agreed to share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="154"/>
        <location filename="../../civicdesk/reports/people.py" line="72"/>
        <source>Renewals due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="155"/>
        <source>Members whose dues run out soon or have run out, with how to reach them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="161"/>
        <location filename="../../civicdesk/reports/labels.py" line="72"/>
        <source>Mailing labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="162"/>
        <source>One address label per household, on Avery 5160 (Letter) or L7163 (A4) sheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="175"/>
        <source>Credit-card sized cards with name, number and valid-until date, eight to a page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="181"/>
        <location filename="../../civicdesk/reports/shifts.py" line="40"/>
        <source>Shift schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="182"/>
        <source>Who works when, for a week or a month, for the wall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="193"/>
        <location filename="../../civicdesk/reports/shifts.py" line="73"/>
        <source>Sign-in sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="194"/>
        <source>For the clipboard: the people signed up, blank rows, time in, signature, time out. One page per shift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="206"/>
        <source>Reminder call list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="207"/>
        <source>Volunteers to call the day before their shift, with phone numbers and room for notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="215"/>
        <location filename="../../civicdesk/reports/hours.py" line="26"/>
        <source>Volunteer hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="216"/>
        <source>Hours per volunteer and per event for a period, with a chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="223"/>
        <source>Hours statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="224"/>
        <source>A signed letter listing one volunteer&apos;s dates and hours (for school, work or a visa).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="233"/>
        <source>Support requests summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="234"/>
        <source>Requests by category and status, time to resolve, open and overdue requests, with charts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="242"/>
        <location filename="../../civicdesk/reports/requests.py" line="111"/>
        <source>Job ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="243"/>
        <source>One request on paper for the helper: what, where, whom to call. No sensitive notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/hours.py" line="35"/>
        <source>{hours} hours given by {people} volunteers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/hours.py" line="38"/>
        <source>(no event)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/hours.py" line="41"/>
        <location filename="../../civicdesk/reports/hours.py" line="99"/>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/hours.py" line="44"/>
        <source>Hours per event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/hours.py" line="48"/>
        <location filename="../../civicdesk/reports/shifts.py" line="52"/>
        <location filename="../../civicdesk/reports/subject_access.py" line="159"/>
        <location filename="../../civicdesk/reports/subject_access.py" line="173"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/hours.py" line="51"/>
        <source>Hours per volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/hours.py" line="52"/>
        <location filename="../../civicdesk/reports/people.py" line="35"/>
        <location filename="../../civicdesk/reports/people.py" line="58"/>
        <location filename="../../civicdesk/reports/people.py" line="93"/>
        <location filename="../../civicdesk/reports/shifts.py" line="87"/>
        <location filename="../../civicdesk/reports/shifts.py" line="124"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/hours.py" line="53"/>
        <source>Times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/hours.py" line="64"/>
        <source>Volunteer hours statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/hours.py" line="78"/>
        <source>This letter confirms that {name} volunteered with {association} from {start} to {end}, giving {hours} hours of service in total, as listed below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/hours.py" line="87"/>
        <location filename="../../civicdesk/reports/requests.py" line="64"/>
        <location filename="../../civicdesk/reports/requests.py" line="73"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/hours.py" line="90"/>
        <source>Volunteer coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/hours.py" line="95"/>
        <source>To whom it may concern,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/hours.py" line="97"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/hours.py" line="98"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/hours.py" line="102"/>
        <source>We are grateful for this help to our neighbours. Please contact us if you need more information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/labels.py" line="20"/>
        <source>{name} household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/labels.py" line="21"/>
        <source>The {name} family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/labels.py" line="22"/>
        <source>{first} &amp; {second}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/people.py" line="12"/>
        <source>member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/people.py" line="13"/>
        <source>lapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/people.py" line="14"/>
        <source>honorary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/people.py" line="15"/>
        <source>prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/people.py" line="16"/>
        <source>not a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/people.py" line="18"/>
        <source>{count} people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/people.py" line="36"/>
        <location filename="../../civicdesk/reports/people.py" line="94"/>
        <location filename="../../civicdesk/reports/requests.py" line="88"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/people.py" line="37"/>
        <location filename="../../civicdesk/reports/requests.py" line="91"/>
        <location filename="../../civicdesk/reports/shifts.py" line="126"/>
        <location filename="../../civicdesk/reports/subject_access.py" line="26"/>
        <location filename="../../civicdesk/reports/subject_access.py" line="161"/>
        <location filename="../../civicdesk/reports/subject_access.py" line="184"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/people.py" line="38"/>
        <location filename="../../civicdesk/reports/people.py" line="95"/>
        <source>Dues until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/people.py" line="39"/>
        <location filename="../../civicdesk/reports/people.py" line="59"/>
        <location filename="../../civicdesk/reports/people.py" line="97"/>
        <location filename="../../civicdesk/reports/requests.py" line="128"/>
        <location filename="../../civicdesk/reports/shifts.py" line="125"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/people.py" line="40"/>
        <location filename="../../civicdesk/reports/people.py" line="60"/>
        <location filename="../../civicdesk/reports/people.py" line="98"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/people.py" line="41"/>
        <location filename="../../civicdesk/reports/people.py" line="99"/>
        <location filename="../../civicdesk/reports/requests.py" line="129"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/people.py" line="61"/>
        <source>Only members who agreed to be listed, with only the contact details they agreed to share. Please do not pass this list on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/people.py" line="79"/>
        <source>Due by {until}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/people.py" line="87"/>
        <source>lapsed {days} days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/people.py" line="89"/>
        <location filename="../../civicdesk/reports/requests.py" line="22"/>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/people.py" line="90"/>
        <source>in {days} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/people.py" line="96"/>
        <source>Renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/requests.py" line="14"/>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/requests.py" line="15"/>
        <source>assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/requests.py" line="16"/>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/requests.py" line="17"/>
        <source>resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/requests.py" line="18"/>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/requests.py" line="19"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/requests.py" line="23"/>
        <source>within 2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/requests.py" line="24"/>
        <source>this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/requests.py" line="25"/>
        <source>any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/requests.py" line="32"/>
        <source>Support requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/requests.py" line="47"/>
        <source>{total} requests made in this period, {resolved} of them resolved (median {median} days to resolve). Open now: {open}, of which {overdue} overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/requests.py" line="57"/>
        <source>Open requests (overdue first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/requests.py" line="62"/>
        <location filename="../../civicdesk/reports/requests.py" line="90"/>
        <location filename="../../civicdesk/reports/subject_access.py" line="25"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/requests.py" line="77"/>
        <source>By category and status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/requests.py" line="87"/>
        <source>OVERDUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/requests.py" line="89"/>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/requests.py" line="92"/>
        <location filename="../../civicdesk/reports/requests.py" line="127"/>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/requests.py" line="93"/>
        <location filename="../../civicdesk/reports/requests.py" line="134"/>
        <location filename="../../civicdesk/reports/requests.py" line="150"/>
        <location filename="../../civicdesk/reports/subject_access.py" line="28"/>
        <source>Helper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/requests.py" line="94"/>
        <location filename="../../civicdesk/reports/requests.py" line="126"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/requests.py" line="117"/>
        <location filename="../../civicdesk/reports/subject_access.py" line="190"/>
        <source>Request no. {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/requests.py" line="123"/>
        <location filename="../../civicdesk/reports/subject_access.py" line="183"/>
        <location filename="../../civicdesk/reports/subject_access.py" line="214"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/requests.py" line="124"/>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/requests.py" line="130"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/requests.py" line="131"/>
        <source>Speaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/requests.py" line="132"/>
        <source>Good to know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/requests.py" line="133"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/requests.py" line="142"/>
        <source>Done on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/requests.py" line="143"/>
        <source>Time spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/requests.py" line="144"/>
        <source>Notes for the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/requests.py" line="146"/>
        <source>When the job is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/shifts.py" line="13"/>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/shifts.py" line="13"/>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/shifts.py" line="14"/>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/shifts.py" line="14"/>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/shifts.py" line="15"/>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/shifts.py" line="15"/>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/shifts.py" line="16"/>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/shifts.py" line="18"/>
        <source>signed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/shifts.py" line="19"/>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/shifts.py" line="20"/>
        <source>attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/shifts.py" line="21"/>
        <source>no show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/shifts.py" line="51"/>
        <location filename="../../civicdesk/reports/shifts.py" line="122"/>
        <location filename="../../civicdesk/reports/subject_access.py" line="162"/>
        <location filename="../../civicdesk/reports/subject_access.py" line="172"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/shifts.py" line="53"/>
        <location filename="../../civicdesk/reports/subject_access.py" line="31"/>
        <location filename="../../civicdesk/reports/subject_access.py" line="160"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/shifts.py" line="54"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/shifts.py" line="55"/>
        <source>Signed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/shifts.py" line="56"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/shifts.py" line="88"/>
        <source>Time in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/shifts.py" line="89"/>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/shifts.py" line="90"/>
        <source>Time out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/shifts.py" line="112"/>
        <source>Reminder calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/shifts.py" line="123"/>
        <source>Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/shifts.py" line="127"/>
        <source>Reached?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/shifts.py" line="128"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/shifts.py" line="129"/>
        <source>yes / no / message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/shifts.py" line="133"/>
        <source>Call each volunteer to remind them of their shift; circle the answer and note anything the coordinator should know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="18"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="19"/>
        <source>Times changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="20"/>
        <source>Dues paid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="21"/>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="22"/>
        <source>On file since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="23"/>
        <source>Last changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="24"/>
        <source>Erased on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="27"/>
        <source>Resolved on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="29"/>
        <source>Login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="30"/>
        <source>Shown as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="32"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="33"/>
        <source>Last logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="35"/>
        <source>Made on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="36"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="36"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="37"/>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="38"/>
        <source>VOIDED on {when}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="66"/>
        <source>Everything we hold about a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="107"/>
        <source>Prepared on {when} by {who} for {name}, at their request: every record CivicDesk holds about them, including notes only coordinators see, and the audit log&apos;s entries about them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="113"/>
        <source>Personal details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="119"/>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="120"/>
        <source>Ids in other systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="123"/>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="124"/>
        <source>Shifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="125"/>
        <source>Hours outside shifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="127"/>
        <source>Requests for help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="129"/>
        <source>Requests they helped with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="131"/>
        <source>Login account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="133"/>
        <source>Audit log entries about them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="141"/>
        <source>Paid on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="142"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="143"/>
        <source>Covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="144"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="145"/>
        <location filename="../../civicdesk/reports/subject_access.py" line="163"/>
        <location filename="../../civicdesk/reports/subject_access.py" line="174"/>
        <location filename="../../civicdesk/reports/subject_access.py" line="185"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="158"/>
        <location filename="../../civicdesk/reports/subject_access.py" line="181"/>
        <location filename="../../civicdesk/reports/subject_access.py" line="212"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="168"/>
        <source>Time given in all, shifts included: {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="171"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="182"/>
        <location filename="../../civicdesk/reports/subject_access.py" line="213"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="202"/>
        <source>Request no. {number} ({category}, {status}), made {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="215"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="216"/>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPreviewDialog</name>
    <message>
        <location filename="../../civicdesk/gui/reports/preview.py" line="36"/>
        <source>{title} — preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/reports/preview.py" line="48"/>
        <source>Pages: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/reports/preview.py" line="98"/>
        <source>Printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/reports/preview.py" line="99"/>
        <source>The printer could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/reports/preview.py" line="123"/>
        <location filename="../../civicdesk/gui/reports/preview.py" line="137"/>
        <source>Save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/reports/preview.py" line="124"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/reports/preview.py" line="138"/>
        <source>The report could not be saved in {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_preview_dialog.ui" line="6"/>
        <source>Report preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_preview_dialog.ui" line="12"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_preview_dialog.ui" line="13"/>
        <source>Print on any printer of this computer (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_preview_dialog.ui" line="18"/>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_preview_dialog.ui" line="19"/>
        <source>Save the report as a PDF file (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_preview_dialog.ui" line="24"/>
        <source>&amp;Open in PDF viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_preview_dialog.ui" line="25"/>
        <source>Open the report in this computer&apos;s PDF viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_preview_dialog.ui" line="38"/>
        <source>−</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_preview_dialog.ui" line="39"/>
        <source>Smaller (Ctrl+-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_preview_dialog.ui" line="45"/>
        <source>Fit &amp;width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_preview_dialog.ui" line="50"/>
        <source>+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_preview_dialog.ui" line="51"/>
        <source>Larger (Ctrl++)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPane</name>
    <message>
        <location filename="../../civicdesk/gui/panes/reports.py" line="58"/>
        <source>&amp;Preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/reports.py" line="60"/>
        <source>Prepare the report and show it (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/reports.py" line="71"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/reports/launch.py" line="75"/>
        <source>Preparing “{title}”…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestActions</name>
    <message>
        <location filename="../../civicdesk/gui/request_actions.py" line="48"/>
        <source>Only new, assigned or in-progress requests can be given to a volunteer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/request_actions.py" line="58"/>
        <source>Note for request #{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/request_actions.py" line="59"/>
        <source>What happened? The note is added to the request&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/request_actions.py" line="59"/>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/request_actions.py" line="73"/>
        <source>A request that is {old} cannot become {new}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/request_actions.py" line="90"/>
        <source>Reopen request #{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/request_actions.py" line="91"/>
        <source>Why is “{summary}” being reopened? (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/request_actions.py" line="93"/>
        <source>Close request #{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/request_actions.py" line="94"/>
        <source>Close “{summary}” for good? A closed request cannot be reopened. A last note (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/request_actions.py" line="97"/>
        <source>Cancel request #{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/request_actions.py" line="98"/>
        <source>Cancel “{summary}”? A cancelled request cannot be reopened. Why is it cancelled (optional)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/request_actions.py" line="107"/>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestAssignDialog</name>
    <message>
        <location filename="../../civicdesk/gui/dialogs/request_assign.py" line="43"/>
        <source>&amp;Give the request to this volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/request_assign.py" line="61"/>
        <source>Choose a helper for request #{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/request_assign.py" line="64"/>
        <source>due {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/request_assign.py" line="68"/>
        <source>speaks {languages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/request_assign.py" line="72"/>
        <source>Now with {name}; choosing someone else hands it over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/request_assign.py" line="79"/>
        <source>Finding the best helpers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/request_assign.py" line="88"/>
        <source>The best {shown} of {total} volunteers, best fit first (✓ in favour, ✗ against). Enter gives the request to the one selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/request_assign.py" line="129"/>
        <source>The history will say: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/request_assign.py" line="136"/>
        <source>Choose a volunteer in the list, or type a name under “Someone else”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/request_assign.ui" line="6"/>
        <source>Choose a helper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/request_assign.ui" line="26"/>
        <source>Suggested volunteers, best first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/request_assign.ui" line="33"/>
        <source>Or someone &amp;else:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestBoard</name>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_board.py" line="137"/>
        <source>{status} ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_board.py" line="138"/>
        <source>{status} ({shown} of {count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_board.py" line="142"/>
        <source>The board shows {shown} cards here; the queue lists them all.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestCategory</name>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="67"/>
        <source>Groceries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="68"/>
        <source>Ride</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="69"/>
        <source>Repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="70"/>
        <source>Companionship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="71"/>
        <source>Translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="72"/>
        <source>Paperwork</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="73"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestFilters</name>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_filters.py" line="25"/>
        <source>Sho&amp;w:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_filters.py" line="26"/>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_filters.py" line="27"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_filters.py" line="29"/>
        <source>&amp;Urgency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_filters.py" line="30"/>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_filters.py" line="33"/>
        <source>Any helper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_filters.py" line="35"/>
        <source>Hel&amp;per:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_filters.py" line="39"/>
        <source>Nobody &amp;yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_filters.py" line="40"/>
        <source>L&amp;ate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_filters.py" line="41"/>
        <source>Follow-up &amp;due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_filters.py" line="42"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_filters.py" line="43"/>
        <source>Show every waiting request again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_filters.py" line="50"/>
        <source>Waiting for help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_filters.py" line="50"/>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestFollowUpDialog</name>
    <message>
        <location filename="../../civicdesk/gui/dialogs/request_follow_up.py" line="43"/>
        <source>Follow-up for request #{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/request_follow_up.py" line="44"/>
        <source>{summary} — {name}, {phone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/request_follow_up.py" line="46"/>
        <source>no phone on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/request_follow_up.ui" line="6"/>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/request_follow_up.ui" line="17"/>
        <source>Follow up &amp;again on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/request_follow_up.ui" line="23"/>
        <source>yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/request_follow_up.ui" line="24"/>
        <source>Next follow-up date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/request_follow_up.ui" line="36"/>
        <source>What came of the follow-up (&amp;optional):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestHistoryModel</name>
    <message>
        <location filename="../../civicdesk/gui/models/request_history_model.py" line="15"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/request_history_model.py" line="16"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/request_history_model.py" line="17"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestIntakeDialog</name>
    <message>
        <location filename="../../civicdesk/gui/dialogs/request_intake.py" line="66"/>
        <source>Requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/request_intake.py" line="146"/>
        <source>Request #{id}: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/request_intake.py" line="232"/>
        <source>Saved request #{id} for {name}: {summary}. Next call:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/request_intake.py" line="250"/>
        <source>Discard this request?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/request_intake.py" line="251"/>
        <source>What you typed has not been saved. Close the form anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/request_intake.ui" line="6"/>
        <source>New support request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/request_intake.ui" line="20"/>
        <source>&amp;Requester:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/request_intake.ui" line="27"/>
        <source>New &amp;neighbour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/request_intake.ui" line="29"/>
        <source>Someone who is not on file yet: just a name and a phone number (Alt+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/request_intake.ui" line="43"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/request_intake.ui" line="44"/>
        <source>First name of the new neighbour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/request_intake.ui" line="49"/>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/request_intake.ui" line="50"/>
        <source>Last name of the new neighbour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/request_intake.ui" line="55"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/request_intake.ui" line="56"/>
        <source>Phone number of the new neighbour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/request_intake.ui" line="67"/>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/request_intake.ui" line="81"/>
        <source>&amp;Urgency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/request_intake.ui" line="94"/>
        <source>Su&amp;mmary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/request_intake.ui" line="100"/>
        <source>In a few words, e.g. “Ride to the clinic on Tuesday”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/request_intake.ui" line="109"/>
        <source>&amp;Details:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/request_intake.ui" line="117"/>
        <source>What a helper needs to know (shown on the printed ticket)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/request_intake.ui" line="122"/>
        <source>&amp;Area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/request_intake.ui" line="128"/>
        <source>Neighbourhood (filled in from the requester&apos;s address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/request_intake.ui" line="133"/>
        <source>Due &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/request_intake.ui" line="141"/>
        <location filename="../../ui/request_intake.ui" line="153"/>
        <source>yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/request_intake.ui" line="142"/>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/request_intake.ui" line="147"/>
        <source>&amp;Follow up on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/request_intake.ui" line="154"/>
        <source>Follow-up date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/request_intake.ui" line="171"/>
        <source>Sensitive notes (only coordinators see these; never printed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/request_intake.ui" line="178"/>
        <source>Sensitive notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/request_intake.ui" line="191"/>
        <source>Ctrl+S save · Ctrl+Shift+S save and start the next · Esc close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/request_intake.ui" line="201"/>
        <source>Save and ne&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/request_intake.ui" line="207"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/request_intake.ui" line="213"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestNoteDialog</name>
    <message>
        <location filename="../../ui/request_note.ui" line="6"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestQueueModel</name>
    <message>
        <location filename="../../civicdesk/gui/models/request_queue_model.py" line="30"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/request_queue_model.py" line="31"/>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/request_queue_model.py" line="32"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/request_queue_model.py" line="33"/>
        <source>Requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/request_queue_model.py" line="34"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/request_queue_model.py" line="35"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/request_queue_model.py" line="36"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/request_queue_model.py" line="37"/>
        <source>Helper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/request_queue_model.py" line="38"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/request_queue_model.py" line="39"/>
        <source>Follow up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/request_queue_model.py" line="40"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/request_queue_model.py" line="176"/>
        <source>Late: it was due on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/request_queue_model.py" line="179"/>
        <source>Follow-up due ({date}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestStatus</name>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="52"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="53"/>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="54"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="55"/>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="56"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="57"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestText</name>
    <message>
        <location filename="../../civicdesk/gui/request_text.py" line="49"/>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/request_text.py" line="50"/>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/request_text.py" line="50"/>
        <source>{count} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/request_text.py" line="57"/>
        <source>{date} (late)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/request_text.py" line="59"/>
        <source>{date} (today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/request_text.py" line="67"/>
        <source>Request taken in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/request_text.py" line="69"/>
        <source>Reopened: {old} → {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/request_text.py" line="70"/>
        <source>Status: {old} → {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/request_text.py" line="73"/>
        <source>({name} taken off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/request_text.py" line="79"/>
        <source>Changed: {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/request_text.py" line="81"/>
        <source>Follow-up: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/request_text.py" line="89"/>
        <source>Given to {new} instead of {old}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/request_text.py" line="92"/>
        <source>Given to {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/request_text.py" line="93"/>
        <source>{old} taken off the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/request_text.py" line="99"/>
        <source>&amp;Reopen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/request_text.py" line="101"/>
        <source>Take the helper &amp;off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/request_text.py" line="103"/>
        <source>Not &amp;started yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/request_text.py" line="104"/>
        <source>Choose a &amp;helper…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/request_text.py" line="104"/>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/request_text.py" line="105"/>
        <source>Mark &amp;resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/request_text.py" line="105"/>
        <source>C&amp;lose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/request_text.py" line="106"/>
        <source>Cance&amp;l request…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestView</name>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_view.py" line="68"/>
        <source>Sensitive notes (coordinators only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_view.py" line="78"/>
        <source>History:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_view.py" line="80"/>
        <source>Choose a request in the list to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_view.py" line="88"/>
        <source>Requester:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_view.py" line="88"/>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_view.py" line="89"/>
        <source>Speaks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_view.py" line="89"/>
        <source>Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_view.py" line="90"/>
        <source>Helper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_view.py" line="90"/>
        <source>Area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_view.py" line="91"/>
        <source>Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_view.py" line="91"/>
        <source>Follow up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_view.py" line="92"/>
        <source>Taken in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_view.py" line="92"/>
        <source>Details:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_view.py" line="119"/>
        <source>History of the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_view.py" line="154"/>
        <source>LATE: it was due on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_view.py" line="160"/>
        <source>follow-up due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_view.py" line="170"/>
        <source>nobody yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_view.py" line="199"/>
        <source>Choose a helper…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_view.py" line="201"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_view.py" line="203"/>
        <source>Add a note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_view.py" line="205"/>
        <source>Follow-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_view.py" line="207"/>
        <source>Print job ticket…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestViewDialog</name>
    <message>
        <location filename="../../civicdesk/gui/dialogs/request_view_dialog.py" line="33"/>
        <source>Request #{id}: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestsPane</name>
    <message>
        <location filename="../../civicdesk/gui/panes/requests.py" line="55"/>
        <location filename="../../civicdesk/gui/panes/requests.py" line="180"/>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/requests.py" line="72"/>
        <source>&amp;New request (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/requests.py" line="74"/>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/requests.py" line="80"/>
        <source>Request queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/requests.py" line="81"/>
        <source>Follow-ups due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/requests.py" line="84"/>
        <source>&amp;Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/requests.py" line="85"/>
        <source>&amp;Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/requests.py" line="211"/>
        <source>Requests in the queue: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/requests.py" line="213"/>
        <source>Follow-ups due t&amp;oday ({count})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../civicdesk/gui/dialogs/restore_dialog.py" line="27"/>
        <source>routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/restore_dialog.py" line="28"/>
        <source>made by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/restore_dialog.py" line="29"/>
        <source>before an upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/restore_dialog.py" line="30"/>
        <source>before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/restore_dialog.py" line="43"/>
        <location filename="../../civicdesk/gui/dialogs/restore_dialog.py" line="99"/>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/restore_dialog.py" line="47"/>
        <source>Choose the backup to put back. Everything in CivicDesk is replaced by what the backup holds; what is there now is backed up first, so this can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/restore_dialog.py" line="52"/>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/restore_dialog.py" line="52"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/restore_dialog.py" line="53"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/restore_dialog.py" line="53"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/restore_dialog.py" line="65"/>
        <source>There is no verified backup yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/restore_dialog.py" line="70"/>
        <source>&amp;Restore this backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/restore_dialog.py" line="100"/>
        <source>Replace everything in CivicDesk with the backup from {when} ({people} people)? What is in CivicDesk now is backed up first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/restore_dialog.py" line="104"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <location filename="../../civicdesk/gui/privacy.py" line="156"/>
        <location filename="../../civicdesk/gui/privacy.py" line="202"/>
        <source>Purge old sensitive notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/privacy.py" line="159"/>
        <source>The sensitive notes of requests that were resolved, closed or cancelled more than this many months ago can be purged. The requests themselves stay. 0 keeps them forever.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/privacy.py" line="165"/>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/privacy.py" line="166"/>
        <source>Months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/privacy.py" line="170"/>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/privacy.py" line="170"/>
        <source>Asked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/privacy.py" line="171"/>
        <source>Finished on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/privacy.py" line="176"/>
        <location filename="../../civicdesk/gui/privacy.py" line="206"/>
        <source>Purge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/privacy.py" line="195"/>
        <source>Nothing to purge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/privacy.py" line="196"/>
        <source>The sensitive notes of {count} requests would be purged:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/privacy.py" line="203"/>
        <source>Purge the sensitive notes of {count} requests for good? Backups made before today keep them until they rotate out (up to {months} months).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../../civicdesk/services/accounts.py" line="29"/>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/accounts.py" line="30"/>
        <source>Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/accounts.py" line="31"/>
        <source>Volunteer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreenLock</name>
    <message>
        <location filename="../../civicdesk/gui/screen_lock.py" line="96"/>
        <source>Unsaved edits will be lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/screen_lock.py" line="97"/>
        <source>{first} left unsaved edits here. If you go on as {second}, they are thrown away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/screen_lock.py" line="100"/>
        <source>Throw them away and go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/screen_lock.py" line="102"/>
        <source>Back to the login</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <location filename="../../civicdesk/gui/dialogs/secret_dialog.py" line="30"/>
        <source>A PIN is at least 4 digits; a password is at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/secret_dialog.py" line="39"/>
        <source>New PIN or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/secret_dialog.py" line="40"/>
        <source>The same again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/secret_dialog.py" line="58"/>
        <source>The two entries are not the same: type the new one again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/secret_dialog.py" line="82"/>
        <source>Your PIN or password now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/secret_dialog.py" line="110"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/secret_dialog.py" line="116"/>
        <source>Change my PIN or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/secret_dialog.py" line="117"/>
        <source>Type your PIN or password as it is now, then the new one twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/secret_dialog.py" line="122"/>
        <source>Your PIN or password is changed. Use the new one from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/secret_dialog.py" line="128"/>
        <source>Reset the PIN or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/secret_dialog.py" line="129"/>
        <source>A new PIN or password for {name}. Tell it to them in person; they can change it themselves afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="42"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="42"/>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="43"/>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="43"/>
        <source>&amp;Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="44"/>
        <source>&amp;Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="44"/>
        <source>&amp;Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="45"/>
        <source>&amp;Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="45"/>
        <source>&amp;Country (for phone numbers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="46"/>
        <source>C&amp;urrency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="46"/>
        <source>&amp;Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="47"/>
        <source>Default &amp;amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="48"/>
        <source>A payment &amp;covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="49"/>
        <source>&amp;Lock when idle for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="50"/>
        <source>&amp;Second backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="51"/>
        <source>Keep &amp;closed requests for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="52"/>
        <source>&amp;Purge sensitive notes after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="61"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="68"/>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="107"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="110"/>
        <source>For CivicDesk on this computer only: another computer keeps its own language. It is used from the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="140"/>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="140"/>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="142"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="155"/>
        <source>desk@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="157"/>
        <source>www.example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="159"/>
        <source>Three letters: USD, CAD, EUR, GBP…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="164"/>
        <source>Letter (8.5 × 11 in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="165"/>
        <source>A4 (210 × 297 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="171"/>
        <source>This computer&apos;s time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="181"/>
        <source>C&amp;hoose a picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="183"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="195"/>
        <source>None: backups stay on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="196"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="272"/>
        <source>Saving the settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="290"/>
        <source>The association&apos;s logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="291"/>
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="306"/>
        <source>(not a picture)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="321"/>
        <source>No logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="326"/>
        <source>A second folder for backups (a USB stick, another disk)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShiftDetailDialog</name>
    <message>
        <location filename="../../civicdesk/gui/dialogs/shift_detail.py" line="80"/>
        <source>This shift was cancelled. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/shift_detail.py" line="88"/>
        <source>Where: {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/shift_detail.py" line="89"/>
        <source>Places: {places} taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/shift_detail.py" line="92"/>
        <source>Needs: {skill}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/shift_detail.py" line="94"/>
        <source>Part of a repeating series.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/shift_detail.py" line="120"/>
        <source>Only coordinators plan shifts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/shift_detail.py" line="128"/>
        <source>Attendance is recorded once the shift has begun.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shift_detail_dialog.ui" line="6"/>
        <source>Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shift_detail_dialog.ui" line="28"/>
        <source>&amp;Sign someone up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shift_detail_dialog.ui" line="33"/>
        <source>&amp;Edit shift…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shift_detail_dialog.ui" line="38"/>
        <source>Edit the &amp;repeating series…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shift_detail_dialog.ui" line="43"/>
        <source>Cancel this shi&amp;ft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shift_detail_dialog.ui" line="48"/>
        <source>&amp;Print sign-in sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shift_detail_dialog.ui" line="49"/>
        <source>A sheet for the clipboard: the people signed up, blank rows, time in, signature, time out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shift_detail_dialog.ui" line="61"/>
        <source>People on this shift:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shift_detail_dialog.ui" line="67"/>
        <source>People on this shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shift_detail_dialog.ui" line="77"/>
        <source>Selected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shift_detail_dialog.ui" line="82"/>
        <source>&amp;Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shift_detail_dialog.ui" line="87"/>
        <source>Did &amp;not come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shift_detail_dialog.ui" line="92"/>
        <source>&amp;Cancel sign-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shift_detail_dialog.ui" line="97"/>
        <source>Correct &amp;hours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shift_detail_dialog.ui" line="107"/>
        <source>E&amp;veryone came</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShiftDialog</name>
    <message>
        <location filename="../../civicdesk/gui/dialogs/shift_dialog.py" line="72"/>
        <source>New shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/shift_dialog.py" line="90"/>
        <source>Edit shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/shift_dialog.py" line="101"/>
        <source>This shift is part of a repeating series. Changes here apply to this day only; use “Edit the repeating series” to change all the shifts to come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/shift_dialog.py" line="109"/>
        <source>Edit repeating shifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/shift_dialog.py" line="128"/>
        <source>Changes apply to the shifts of this series that have not started yet. Shifts that are over or under way stay as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/shift_dialog.py" line="224"/>
        <source>Creating {count} shifts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/shift_dialog.py" line="230"/>
        <source>Many shifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/shift_dialog.py" line="231"/>
        <source>This makes {count} shifts. Create them all?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/shift_dialog.py" line="240"/>
        <source>Shifts with people signed up that no longer fit the new days: {count}. They were kept as single shifts; cancel them if they are not needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/shift_dialog.py" line="245"/>
        <source>Shifts with people signed up that changed time: {count}. Please let them know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/shift_dialog.py" line="248"/>
        <source>{name} on {day}: now overlaps “{other}” ({when})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/shift_dialog.py" line="251"/>
        <source>These people are now on two shifts at once; sign them off one of them or find a replacement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/shift_dialog.py" line="259"/>
        <source>Shifts changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/shift_dialog.py" line="263"/>
        <source>&amp;First day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/shift_dialog.py" line="263"/>
        <location filename="../../ui/shift_dialog.ui" line="37"/>
        <source>&amp;Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.ui" line="6"/>
        <source>Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.ui" line="17"/>
        <source>&amp;Event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.ui" line="26"/>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.ui" line="32"/>
        <source>e.g. Driver, Sorting, Kitchen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.ui" line="44"/>
        <source>dddd d MMMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.ui" line="49"/>
        <source>&amp;Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.ui" line="57"/>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.ui" line="62"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.ui" line="67"/>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.ui" line="72"/>
        <source>(the next day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.ui" line="84"/>
        <source>&amp;Where:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.ui" line="90"/>
        <source>Leave empty for the event&apos;s place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.ui" line="95"/>
        <source>&amp;Places:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.ui" line="103"/>
        <source> people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.ui" line="108"/>
        <source>&amp;Needs skill:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.ui" line="115"/>
        <source>Volunteers with this skill are offered first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.ui" line="120"/>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.ui" line="134"/>
        <source>Repeat ever&amp;y week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.ui" line="144"/>
        <source>On:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.ui" line="149"/>
        <source>Weekdays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.ui" line="157"/>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.ui" line="162"/>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.ui" line="167"/>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.ui" line="172"/>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.ui" line="177"/>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.ui" line="182"/>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.ui" line="187"/>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.ui" line="204"/>
        <source>E&amp;very</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.ui" line="216"/>
        <source>week(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.ui" line="230"/>
        <source>&amp;Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.ui" line="236"/>
        <source>d MMMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.ui" line="237"/>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.ui" line="242"/>
        <source>or this many ti&amp;mes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.ui" line="249"/>
        <source>Number of times</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShiftFormat</name>
    <message>
        <location filename="../../civicdesk/gui/shift_format.py" line="16"/>
        <source>Signed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/shift_format.py" line="17"/>
        <location filename="../../civicdesk/gui/shift_format.py" line="28"/>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/shift_format.py" line="18"/>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/shift_format.py" line="19"/>
        <source>Did not come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/shift_format.py" line="20"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/shift_format.py" line="27"/>
        <source>Not called yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/shift_format.py" line="29"/>
        <source>Not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/shift_format.py" line="68"/>
        <source>{filled} of {capacity}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/shift_format.py" line="79"/>
        <source>1 place open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/shift_format.py" line="80"/>
        <source>{count} places open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShiftTableModel</name>
    <message>
        <location filename="../../civicdesk/gui/models/shift_table.py" line="40"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/shift_table.py" line="40"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/shift_table.py" line="40"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/shift_table.py" line="40"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/shift_table.py" line="41"/>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/shift_table.py" line="41"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/shift_table.py" line="110"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/shift_table.py" line="111"/>
        <source>Full</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShiftsPane</name>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts.py" line="41"/>
        <source>&amp;New shift…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts.py" line="42"/>
        <source>&amp;Log hours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts.py" line="58"/>
        <source>Shifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts.py" line="61"/>
        <source>&amp;Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts.py" line="62"/>
        <source>L&amp;ist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts.py" line="63"/>
        <source>Reminder &amp;calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts.py" line="64"/>
        <source>Event&amp;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts.py" line="68"/>
        <source>Plan a shift or a weekly series (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts.py" line="69"/>
        <source>Only coordinators plan shifts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../civicdesk/gui/dialogs/shortcuts_dialog.py" line="65"/>
        <source>In the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/shortcuts_dialog.py" line="72"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/shortcuts_dialog.py" line="75"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/shortcuts_dialog.py" line="75"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignupDialog</name>
    <message>
        <location filename="../../civicdesk/gui/dialogs/signup_dialog.py" line="57"/>
        <source>&amp;Sign up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/signup_dialog.py" line="75"/>
        <source>Sign someone up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/signup_dialog.py" line="78"/>
        <source>Who will come to &lt;b&gt;{shift}&lt;/b&gt;, {when}? ({places} places taken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/signup_dialog.py" line="83"/>
        <source>Volunteers who know &lt;b&gt;{skill}&lt;/b&gt; are listed first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/signup_dialog.py" line="93"/>
        <location filename="../../ui/signup_dialog.ui" line="6"/>
        <source>Sign up for a shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/signup_dialog.py" line="96"/>
        <source>Choose a shift for &lt;b&gt;{name}&lt;/b&gt;. Shifts in the next {weeks} weeks that still need people are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/signup_dialog.py" line="99"/>
        <source>All events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/signup_dialog.py" line="124"/>
        <source>Choose a shift first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/signup_dialog.py" line="125"/>
        <source>Choose a volunteer from the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/signup_dialog.py" line="144"/>
        <source>To sign them up anyway, give a reason below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/signup_dialog.py" line="146"/>
        <source>Only a coordinator can allow an overlap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signup_dialog.ui" line="22"/>
        <source>&amp;Volunteer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signup_dialog.ui" line="39"/>
        <source>&amp;Event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signup_dialog.ui" line="55"/>
        <source>Shifts with open places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signup_dialog.ui" line="69"/>
        <source>Sign up anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signup_dialog.ui" line="73"/>
        <source>As a coordinator you may allow the overlap. Say why; it is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signup_dialog.ui" line="79"/>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signup_dialog.ui" line="85"/>
        <source>e.g. leaves the first shift early to drive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignupTableModel</name>
    <message>
        <location filename="../../civicdesk/gui/models/signup_table.py" line="26"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/signup_table.py" line="27"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/signup_table.py" line="28"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/signup_table.py" line="29"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/signup_table.py" line="30"/>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/signup_table.py" line="31"/>
        <source>Reminder call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/signup_table.py" line="32"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/signup_table.py" line="33"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/signup_table.py" line="34"/>
        <source>Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/signup_table.py" line="35"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../civicdesk/gui/application.py" line="100"/>
        <source>CivicDesk cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/application.py" line="106"/>
        <source>The database is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/application.py" line="108"/>
        <source>Restore that backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/application.py" line="110"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/application.py" line="120"/>
        <source>The database is already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/application.py" line="122"/>
        <source>You can also open it here read-only, to look things up without changing anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/application.py" line="125"/>
        <source>Open read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/application.py" line="181"/>
        <source>Restoring the backup…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestionModel</name>
    <message>
        <location filename="../../civicdesk/gui/models/suggestion_model.py" line="17"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/suggestion_model.py" line="18"/>
        <source>Volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/suggestion_model.py" line="19"/>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/suggestion_model.py" line="20"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../civicdesk/gui/tasks.py" line="158"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Urgency</name>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="60"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="61"/>
        <source>Within 2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="62"/>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="63"/>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../civicdesk/gui/dialogs/person_editor.py" line="41"/>
        <source>Choose from the list that opens while you type, or empty the box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="90"/>
        <location filename="../../civicdesk/services/payments.py" line="37"/>
        <source>The period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="91"/>
        <source>Choose a shift or a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="92"/>
        <source>There is no report called “{value}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="93"/>
        <source>The report “{report}” has no option “{value}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/hours.py" line="30"/>
        <source>{value} is in the future; log hours once the work is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/payments.py" line="36"/>
        <source>Say which person or which household paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/payments.py" line="38"/>
        <source>Type the amount paid. A membership given for free is recorded with the method &quot;Free membership&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/payments.py" line="41"/>
        <source>A free membership has no amount: set it to 0, or choose how it was paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="75"/>
        <source>Give at least a first or a last name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="76"/>
        <source>A person cannot be reached through themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/preferences.py" line="30"/>
        <source>“{value}” is not a time zone; use a name like America/New_York or Europe/Berlin (empty: this computer&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/preferences.py" line="33"/>
        <source>“{value}” is not a country code; use the two letters of ISO 3166, like US, CA, GB or DE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/preferences.py" line="36"/>
        <source>“{value}” is not a currency code; use the three letters of ISO 4217, like USD, CAD, EUR or GBP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/preferences.py" line="39"/>
        <source>“{value}” is not a web address; it should look like www.example.org or https://example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/preferences.py" line="42"/>
        <source>There is no folder “{value}”; plug in the disk or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/preferences.py" line="45"/>
        <source>There is no file “{value}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/preferences.py" line="47"/>
        <source>“{value}” is not a picture CivicDesk can read; use a PNG or JPEG file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/references.py" line="14"/>
        <source>There is no such person (number {value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/references.py" line="15"/>
        <source>There is no such household (number {value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/references.py" line="16"/>
        <source>There is no such event (number {value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/references.py" line="17"/>
        <source>There is no such category (number {value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/references.py" line="21"/>
        <source>{value} is archived; bring them back from the archive first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/references.py" line="23"/>
        <source>{value} is archived; bring it back from the archive first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/references.py" line="25"/>
        <source>The event “{value}” is archived; bring it back from the archive first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="76"/>
        <source>A request that is {old} cannot become {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="77"/>
        <source>Choose a volunteer before the request can be {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="78"/>
        <source>{value} is not a volunteer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="79"/>
        <source>{value} asked for this help and cannot be the helper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="80"/>
        <source>The request is {value}; only new, assigned or in-progress requests can be given to a volunteer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="82"/>
        <source>Say why the request is being reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="83"/>
        <source>The note is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="84"/>
        <source>The request is {value}; it needs no follow-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="85"/>
        <source>{value} is in the past. The request is saved anyway; check the date if that was not meant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/series.py" line="62"/>
        <source>Choose at least one weekday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/series.py" line="63"/>
        <source>“{value}” is not a weekday (0 = Monday to 6 = Sunday).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/series.py" line="65"/>
        <source>“{value}” is not a time like 09:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/series.py" line="66"/>
        <source>A repeating shift needs an end: a last day or a number of times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/series.py" line="68"/>
        <source>Give either a last day or a number of times, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/series.py" line="70"/>
        <source>The last day ({value}) is before the first day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/series.py" line="72"/>
        <source>These dates and weekdays give no shift at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/series.py" line="73"/>
        <source>This would make more than {max} shifts; choose an earlier last day or fewer times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/series.py" line="75"/>
        <source>{taken} people are signed up for the shift on {day}; remove some before lowering the places to {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/series.py" line="85"/>
        <source>This series makes {count} shifts. Create them all?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/shifts.py" line="46"/>
        <source>“{value}” is not a colour like #4a90d9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/shifts.py" line="47"/>
        <source>There is already an event called “{value}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/shifts.py" line="48"/>
        <source>The shift must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/shifts.py" line="49"/>
        <source>{taken} people are signed up; remove some before lowering the places to {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/shifts.py" line="51"/>
        <source>This shift was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/shifts.py" line="52"/>
        <source>{value} is already signed up for this shift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/shifts.py" line="53"/>
        <source>This shift is full ({value} of {value} places taken).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/shifts.py" line="54"/>
        <source>{person} is already on “{shift}” ({when}), which overlaps this shift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/shifts.py" line="57"/>
        <source>Hours are only recorded for someone who attended; mark them attended first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/shifts.py" line="59"/>
        <source>“{value}” is not a call outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/shifts.py" line="60"/>
        <source>This shift has not started yet; attendance is recorded once it has begun.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/validation.py" line="23"/>
        <source>This is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/validation.py" line="24"/>
        <source>This is too long (at most {max} characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/validation.py" line="25"/>
        <source>“{value}” is not an email address; it should look like name@example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/validation.py" line="28"/>
        <source>“{value}” is not a phone number; use digits, spaces, + - ( ) and 6 to 15 digits, for example +1 555 123 4567.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/validation.py" line="31"/>
        <source>“{value}” is not a date; write it as year-month-day, for example 2026-03-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/validation.py" line="34"/>
        <source>“{value}” is not a date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/validation.py" line="35"/>
        <source>“{value}” is not one of: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/validation.py" line="36"/>
        <source>“{value}” is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/validation.py" line="37"/>
        <source>This must be at least {min}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/validation.py" line="38"/>
        <source>This must be at most {max}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/validation.py" line="39"/>
        <source>“{value}” is not yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/validation.py" line="40"/>
        <source>This holds a broken character that cannot be saved (often left by copying and pasting); type that part again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/validation.py" line="43"/>
        <source>This holds an invisible control character that cannot be saved (often left by copying and pasting); type that part again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/validation.py" line="46"/>
        <source>This must be a single line: remove the line breaks and tabs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/validation.py" line="48"/>
        <source>“{item}” is too long (at most {max} characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/validation.py" line="50"/>
        <source>“{item}” holds a broken character that cannot be saved; type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/validation.py" line="53"/>
        <source>“{item}” holds an invisible control character that cannot be saved; type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/validation.py" line="56"/>
        <source>“{item}” must be a single line: remove the line breaks and tabs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/validation.py" line="59"/>
        <source>“{value}” is too large a number to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/validation.py" line="61"/>
        <source>{value} is outside the dates CivicDesk keeps ({min} to {max}); check the year.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoidPaymentDialog</name>
    <message>
        <location filename="../../civicdesk/gui/dialogs/void_payment_dialog.py" line="31"/>
        <source>Void the payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/void_payment_dialog.py" line="37"/>
        <source>Void the payment of {amount} made on {date} ({method}), which covers {start} to {end}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/void_payment_dialog.ui" line="14"/>
        <source>Void a payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/void_payment_dialog.ui" line="27"/>
        <source>The payment stays on file, struck through, with your name, today&apos;s date and the reason. It no longer counts for the dues, which are worked out again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/void_payment_dialog.ui" line="42"/>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/void_payment_dialog.ui" line="52"/>
        <source>e.g. recorded twice, cheque bounced</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeekCalendar</name>
    <message>
        <location filename="../../civicdesk/gui/widgets/week_calendar.py" line="158"/>
        <source>Week calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/week_calendar.py" line="215"/>
        <source>no shifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/week_calendar.py" line="216"/>
        <source>{count} to fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/week_calendar.py" line="217"/>
        <source>all filled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/week_calendar.py" line="219"/>
        <source>Today · {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/week_calendar.py" line="270"/>
        <source>No shifts this week.
Use “New shift…” to plan one, or Page Down for the next week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/week_calendar.py" line="309"/>
        <location filename="../../civicdesk/gui/widgets/week_calendar.py" line="342"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/week_calendar.py" line="313"/>
        <source>Full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/week_calendar.py" line="337"/>
        <source>Taken: {places}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/week_calendar.py" line="340"/>
        <source>Needs: {skill}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeekPage</name>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts_week.py" line="30"/>
        <source>◀  Previous week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts_week.py" line="31"/>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts_week.py" line="32"/>
        <source>Next week  ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts_week.py" line="49"/>
        <source>Show the week before (Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts_week.py" line="50"/>
        <source>Show the week after (Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts_week.py" line="51"/>
        <source>Back to this week (Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts_week.py" line="57"/>
        <source>&lt;span style=&apos;background:{unfilled}; border:1px dashed {border}&apos;&gt;&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp;&lt;/span&gt; needs people &amp;nbsp; &lt;span style=&apos;background:{cancelled}&apos;&gt;&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp;&lt;/span&gt; cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
