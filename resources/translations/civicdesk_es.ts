<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about_dialog.ui" line="6"/>
        <source>About CivicDesk</source>
        <translation>Acerca de CivicDesk</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.ui" line="29"/>
        <source>Members, volunteer shifts, support requests and printed reports for a neighborhood association. Everything stays on this computer.</source>
        <translation>Miembros, turnos de voluntariado, solicitudes de ayuda e informes impresos para una asociación de vecinos. Todo se queda en esta computadora.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/about.py" line="29"/>
        <source>Version {version}</source>
        <translation>Versión {version}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/about.py" line="35"/>
        <source>&amp;Data folder…</source>
        <translation>Carpeta de &amp;datos…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/about.py" line="37"/>
        <source>Where CivicDesk keeps the database on this PC, from the next start</source>
        <translation>Dónde guarda CivicDesk la base de datos en esta PC, a partir del próximo inicio</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/about.py" line="42"/>
        <source>This run&apos;s data folder is given by --data-dir, CIVICDESK_DATA_DIR or the portable mode</source>
        <translation>La carpeta de datos de esta sesión la fija --data-dir, CIVICDESK_DATA_DIR o el modo portátil</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/about.py" line="51"/>
        <source>Data folder: {folder}</source>
        <translation>Carpeta de datos: {folder}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/about.py" line="53"/>
        <source>(one for this PC: every account on it uses it)</source>
        <translation>(una para esta PC: todas sus cuentas la usan)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/about.py" line="55"/>
        <source>From the next start: {folder}</source>
        <translation>A partir del próximo inicio: {folder}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/about.py" line="58"/>
        <source>Database: {db}
{folder}

Python {python}, Qt {qt} (PySide6 {pyside}), peewee {peewee}, reportlab {reportlab}</source>
        <translation>Base de datos: {db}
{folder}

Python {python}, Qt {qt} (PySide6 {pyside}), peewee {peewee}, reportlab {reportlab}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/about.py" line="67"/>
        <source>The data folder, from the next start</source>
        <translation>La carpeta de datos, a partir del próximo inicio</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/about.py" line="74"/>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/about.py" line="75"/>
        <source>From the next start, CivicDesk will open the database in {folder}, or create a new, empty one there. Nothing is moved or copied: to take the data along, make a backup now and restore it there after the next start.</source>
        <translation>A partir del próximo inicio, CivicDesk abrirá la base de datos en {folder}, o creará allí una nueva y vacía. No se mueve ni se copia nada: para llevarse los datos, haga ahora una copia de seguridad y restáurela allí después del próximo inicio.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/about.py" line="78"/>
        <source>Use this folder</source>
        <translation>Usar esta carpeta</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../civicdesk/gui/dialogs/accounts_dialog.py" line="62"/>
        <source>Add an account</source>
        <translation>Agregar una cuenta</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/accounts_dialog.py" line="63"/>
        <source>Change {name}’s account</source>
        <translation>Cambiar la cuenta de {name}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/accounts_dialog.py" line="70"/>
        <source>As the login list shows it (optional)</source>
        <translation>Como aparece en la lista de inicio de sesión (opcional)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/accounts_dialog.py" line="76"/>
        <source>Log-in &amp;name</source>
        <translation>Nombre de &amp;usuario</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/accounts_dialog.py" line="77"/>
        <source>&amp;Display name</source>
        <translation>Nombre a &amp;mostrar</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/accounts_dialog.py" line="78"/>
        <source>&amp;Role</source>
        <translation>&amp;Rol</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/accounts_dialog.py" line="79"/>
        <source>Linked &amp;person</source>
        <translation>&amp;Persona vinculada</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/accounts_dialog.py" line="134"/>
        <source>Saving the account…</source>
        <translation>Guardando la cuenta…</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../../civicdesk/gui/dialogs/accounts_dialog.py" line="36"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/accounts_dialog.py" line="44"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/accounts_dialog.py" line="46"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/accounts_dialog.py" line="47"/>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/accounts_dialog.py" line="47"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/accounts_dialog.py" line="47"/>
        <source>no (deactivated)</source>
        <translation>no (desactivada)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/accounts_dialog.py" line="48"/>
        <source>Linked person</source>
        <translation>Persona vinculada</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/accounts_dialog.py" line="49"/>
        <source>Last login</source>
        <translation>Último inicio de sesión</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/accounts_dialog.py" line="145"/>
        <source>User accounts</source>
        <translation>Cuentas de usuario</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/accounts_dialog.py" line="147"/>
        <source>Everyone who uses CivicDesk here has an account of their own. What they may do depends on the role: volunteers do not see sensitive notes; coordinators also plan shifts and archive; admins also manage the accounts and the backups.</source>
        <translation>Cada persona que usa CivicDesk aquí tiene su propia cuenta. Lo que puede hacer depende del rol: los voluntarios no ven las notas confidenciales; los coordinadores además planifican turnos y archivan; los administradores además gestionan las cuentas y las copias de seguridad.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/accounts_dialog.py" line="156"/>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/accounts_dialog.py" line="171"/>
        <source>&amp;Add…</source>
        <translation>&amp;Agregar…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/accounts_dialog.py" line="172"/>
        <source>&amp;Change name, role or person…</source>
        <translation>&amp;Cambiar nombre, rol o persona…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/accounts_dialog.py" line="173"/>
        <source>&amp;Reset PIN or password…</source>
        <translation>&amp;Restablecer PIN o contraseña…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/accounts_dialog.py" line="174"/>
        <location filename="../../civicdesk/gui/dialogs/accounts_dialog.py" line="212"/>
        <source>&amp;Deactivate</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/accounts_dialog.py" line="211"/>
        <source>Re&amp;activate</source>
        <translation>Reac&amp;tivar</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="55"/>
        <source>The first day ({since}) is after the last day ({until}); nothing can be between them.</source>
        <translation>El primer día ({since}) es posterior al último día ({until}); no puede haber nada entre ellos.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="60"/>
        <source>created</source>
        <translation>creación</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="61"/>
        <source>changed</source>
        <translation>modificación</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="62"/>
        <source>archived</source>
        <translation>archivado</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="63"/>
        <source>brought back</source>
        <translation>salida del archivo</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="64"/>
        <source>deleted</source>
        <translation>eliminación</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="65"/>
        <source>refused</source>
        <translation>rechazo</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="66"/>
        <source>logged in</source>
        <translation>inicio de sesión</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="67"/>
        <source>PIN or password reset</source>
        <translation>restablecimiento de PIN o contraseña</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="68"/>
        <source>assigned</source>
        <translation>asignación</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="69"/>
        <source>status changed</source>
        <translation>cambio de estado</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="70"/>
        <source>reopened</source>
        <translation>reapertura</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="71"/>
        <source>follow-up set</source>
        <translation>seguimiento programado</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="72"/>
        <source>note added</source>
        <translation>nota agregada</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="73"/>
        <source>cancelled</source>
        <translation>cancelación</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="74"/>
        <source>attendance recorded</source>
        <translation>asistencia registrada</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="75"/>
        <source>reminder call</source>
        <translation>llamada de recordatorio</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="76"/>
        <source>shifts generated</source>
        <translation>turnos generados</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="77"/>
        <source>backup restored</source>
        <translation>copia de seguridad restaurada</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="78"/>
        <source>demo data added</source>
        <translation>datos de demostración agregados</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="79"/>
        <source>voided</source>
        <translation>anulación</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="80"/>
        <source>recorded as a correction</source>
        <translation>corrección registrada</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="85"/>
        <source>person</source>
        <translation>persona</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="86"/>
        <source>household</source>
        <translation>hogar</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="87"/>
        <source>payment</source>
        <translation>pago</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="88"/>
        <source>sign-up</source>
        <translation>inscripción</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="89"/>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="90"/>
        <source>request</source>
        <translation>solicitud</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="91"/>
        <source>event</source>
        <translation>evento</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="92"/>
        <source>shift</source>
        <translation>turno</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="93"/>
        <source>repeating shifts</source>
        <translation>turnos periódicos</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="94"/>
        <source>user account</source>
        <translation>cuenta de usuario</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="95"/>
        <source>setting</source>
        <translation>opción de configuración</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="96"/>
        <source>database</source>
        <translation>base de datos</translation>
    </message>
</context>
<context>
    <name>AuditPane</name>
    <message>
        <location filename="../../civicdesk/gui/panes/audit.py" line="69"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/audit.py" line="69"/>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/audit.py" line="69"/>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/audit.py" line="70"/>
        <source>What the entry changed</source>
        <translation>Lo que cambió la entrada</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/audit.py" line="80"/>
        <location filename="../../civicdesk/gui/panes/audit.py" line="168"/>
        <source>Audit log</source>
        <translation>Registro de actividad</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/audit.py" line="86"/>
        <source>Entries about this person: their record, payments, sign-ups, hours, requests and user account (Ctrl+F)</source>
        <translation>Entradas sobre esta persona: su ficha, pagos, inscripciones, horas, solicitudes y cuenta de usuario (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/audit.py" line="92"/>
        <source>Anyone</source>
        <translation>Cualquier usuario</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/audit.py" line="96"/>
        <source>Any action</source>
        <translation>Cualquier acción</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/audit.py" line="103"/>
        <source>&amp;Clear filters</source>
        <translation>&amp;Quitar filtros</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/audit.py" line="107"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/audit.py" line="114"/>
        <source>any day</source>
        <translation>cualquier día</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/audit.py" line="124"/>
        <source>Audit entries</source>
        <translation>Entradas del registro de actividad</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/audit.py" line="133"/>
        <source>&amp;Person:</source>
        <translation>&amp;Persona:</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/audit.py" line="135"/>
        <source>&amp;User:</source>
        <translation>Usuari&amp;o:</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/audit.py" line="136"/>
        <source>&amp;Action:</source>
        <translation>A&amp;cción:</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/audit.py" line="137"/>
        <source>Fro&amp;m:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/audit.py" line="138"/>
        <source>T&amp;o:</source>
        <translation>Ha&amp;sta:</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/audit.py" line="217"/>
        <source>The newest {count} entries are listed; choose dates to see older ones.</source>
        <translation>Se muestran las {count} entradas más recientes; elija fechas para ver las anteriores.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../civicdesk/gui/panes/audit.py" line="220"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/audit.py" line="233"/>
        <source>Pick an entry to see what it changed.</source>
        <translation>Elija una entrada para ver qué cambió.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/audit.py" line="235"/>
        <source>{when}: {who} — {action} — {what}</source>
        <translation>{when}: {who} — {action} — {what}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/audit.py" line="245"/>
        <source>Not kept in the log: only that it changed.</source>
        <translation>No se guarda en el registro de actividad: solo consta que cambió.</translation>
    </message>
</context>
<context>
    <name>AuditTable</name>
    <message>
        <location filename="../../civicdesk/gui/models/audit_table.py" line="24"/>
        <source>When</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/audit_table.py" line="25"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/audit_table.py" line="26"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/audit_table.py" line="27"/>
        <source>What</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/audit_table.py" line="28"/>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
</context>
<context>
    <name>BackupKeeper</name>
    <message>
        <location filename="../../civicdesk/gui/backup_keeper.py" line="60"/>
        <source>Making a backup…</source>
        <translation>Haciendo una copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/backup_keeper.py" line="84"/>
        <source>The backup was not made</source>
        <translation>No se hizo la copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/backup_keeper.py" line="93"/>
        <source>No backup yet: make one with File &gt; Back up now.</source>
        <translation>Todavía no hay ninguna copia de seguridad: haga una con Archivo &gt; Hacer una copia de seguridad ahora.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/backup_keeper.py" line="95"/>
        <source>The newest backup is from {when}, over a week ago.</source>
        <translation>La copia de seguridad más reciente es del {when}, hace más de una semana.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/backup_keeper.py" line="98"/>
        <source>The second backup folder is missing ({folder}).</source>
        <translation>La segunda carpeta de copias de seguridad no está disponible ({folder}).</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/backup_keeper.py" line="106"/>
        <source>Backed up {when}</source>
        <translation>Última copia de seguridad: {when}</translation>
    </message>
</context>
<context>
    <name>BoardColumnModel</name>
    <message>
        <location filename="../../civicdesk/gui/models/request_board_model.py" line="160"/>
        <source>no helper yet</source>
        <translation>sin voluntario todavía</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../../civicdesk/exchange/ics.py" line="32"/>
        <source>{filled} of {capacity} places taken</source>
        <translation>{filled} de {capacity} plazas ocupadas</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <location filename="../../civicdesk/gui/calendar_export.py" line="22"/>
        <source>Save calendar file</source>
        <translation>Guardar archivo de calendario</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/calendar_export.py" line="24"/>
        <source>Calendar files (*.ics)</source>
        <translation>Archivos de calendario (*.ics)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/calendar_export.py" line="49"/>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/calendar_export.py" line="50"/>
        <source>The file could not be written: {why}</source>
        <translation>No se pudo escribir el archivo: {why}</translation>
    </message>
</context>
<context>
    <name>CallsPage</name>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts_calls.py" line="39"/>
        <source>◀  Day before</source>
        <translation>◀  Día anterior</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts_calls.py" line="40"/>
        <source>Day after  ▶</source>
        <translation>Día siguiente  ▶</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts_calls.py" line="41"/>
        <source>C&amp;onfirmed</source>
        <translation>Con&amp;firmado</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts_calls.py" line="42"/>
        <source>Not &amp;reached</source>
        <translation>No &amp;contestó</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts_calls.py" line="45"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts_calls.py" line="58"/>
        <source>Reminder calls for &amp;day:</source>
        <translation>Llamadas de recordatorio del &amp;día:</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts_calls.py" line="67"/>
        <source>People to call</source>
        <translation>Personas a las que llamar</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts_calls.py" line="69"/>
        <source>Call result for the selected people:</source>
        <translation>Resultado de la llamada para las personas seleccionadas:</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts_calls.py" line="86"/>
        <source>Reminder calls</source>
        <translation>Llamadas de recordatorio</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts_calls.py" line="113"/>
        <source>{count} to call · {confirmed} confirmed · {missed} not reached</source>
        <translation>{count} por llamar · {confirmed} confirmados · {missed} no contestaron</translation>
    </message>
</context>
<context>
    <name>CancelShiftDialog</name>
    <message>
        <location filename="../../civicdesk/gui/dialogs/cancel_shift_dialog.py" line="33"/>
        <source>Cancel the shift</source>
        <translation>Cancelar el turno</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/cancel_shift_dialog.py" line="35"/>
        <source>Keep it</source>
        <translation>Conservarlo</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/cancel_shift_dialog.py" line="45"/>
        <source>Cancel &lt;b&gt;{shift}&lt;/b&gt;, {when}?</source>
        <translation>¿Cancelar &lt;b&gt;{shift}&lt;/b&gt;, {when}?</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/cancel_shift_dialog.py" line="50"/>
        <source>People signed up: {count}. Please call them to let them know:</source>
        <translation>Personas inscritas: {count}. Llámelas para avisarles:</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/cancel_shift_dialog.py" line="53"/>
        <source>Nobody is signed up yet.</source>
        <translation>Todavía no hay nadie inscrito.</translation>
    </message>
    <message>
        <location filename="../../ui/cancel_shift_dialog.ui" line="6"/>
        <source>Cancel a shift</source>
        <translation>Cancelar un turno</translation>
    </message>
    <message>
        <location filename="../../ui/cancel_shift_dialog.ui" line="19"/>
        <source>People signed up</source>
        <translation>Personas inscritas</translation>
    </message>
    <message>
        <location filename="../../ui/cancel_shift_dialog.ui" line="21"/>
        <source>People to call</source>
        <translation>Personas a las que llamar</translation>
    </message>
    <message>
        <location filename="../../ui/cancel_shift_dialog.ui" line="30"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <location filename="../../ui/cancel_shift_dialog.ui" line="36"/>
        <source>e.g. the hall is closed for repairs</source>
        <translation>p. ej., el salón está cerrado por reparaciones</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../civicdesk/app.py" line="18"/>
        <source>folder for the database, backups and logs (default: ${variable} or the system&apos;s app data folder)</source>
        <translation>carpeta de la base de datos, las copias de seguridad y los registros (por defecto: ${variable} o la carpeta de datos de aplicaciones del sistema)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/app.py" line="22"/>
        <source>database file to open, or a database on a server: postgresql://USER@HOST[:PORT]/DATABASE (default: civicdesk.db in the data folder)</source>
        <translation>archivo de base de datos que se abrirá, o una base de datos en un servidor: postgresql://USER@HOST[:PORT]/DATABASE (por defecto: civicdesk.db en la carpeta de datos)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/app.py" line="26"/>
        <source>the language of the window and the commands (default: the one chosen on this computer, else the system&apos;s)</source>
        <translation>el idioma de la ventana y de los comandos (por defecto: el elegido en esta computadora o, si no hay ninguno, el del sistema)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/app.py" line="30"/>
        <source>{app}: members, volunteer shifts, support requests and reports. Without a command, opens the window.</source>
        <translation>{app}: miembros, turnos de voluntariado, solicitudes de ayuda e informes. Sin un comando, abre la ventana.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/app.py" line="35"/>
        <source>check that this copy of CivicDesk works (offscreen, on throw-away demo data; your data is not touched): prints OK, or what failed and exits with 1</source>
        <translation>comprobar que esta copia de CivicDesk funciona (sin mostrar la ventana, con datos de demostración desechables; sus datos no se tocan): muestra OK, o lo que falló y termina con el código 1</translation>
    </message>
    <message>
        <location filename="../../civicdesk/app.py" line="40"/>
        <source>run the command as this CivicDesk user (needed on a database with user accounts by every command that changes or exports data); the PIN or password is asked without echo</source>
        <translation>ejecutar el comando como este usuario de CivicDesk (en una base de datos con cuentas de usuario, lo necesita todo comando que modifique o exporte datos); el PIN o la contraseña se piden sin que se vean en pantalla</translation>
    </message>
    <message>
        <location filename="../../civicdesk/app.py" line="45"/>
        <source>read the --as user&apos;s PIN or password from the first line of standard input instead (a new user&apos;s, if the command also needs one, from the next line; before both, the database server&apos;s password, if it asks for one CivicDesk does not have)</source>
        <translation>leer en cambio el PIN o la contraseña del usuario de --as en la primera línea de la entrada estándar (y los de un usuario nuevo, si el comando también los necesita, en la línea siguiente; antes de ambos, la contraseña del servidor de base de datos, si pide una que CivicDesk no tiene)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/app.py" line="50"/>
        <source>commands</source>
        <translation>comandos</translation>
    </message>
    <message>
        <location filename="../../civicdesk/cli.py" line="59"/>
        <source>interrupted; nothing was saved by the unfinished command.</source>
        <translation>interrumpido; el comando no terminó y no guardó nada.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/audit.py" line="24"/>
        <source>print the audit log (who changed what), newest first</source>
        <translation>mostrar el registro de actividad (quién cambió qué), lo más reciente primero</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/audit.py" line="25"/>
        <source>Print the audit log, newest first, one line per entry; masked values (sensitive and health notes) stay masked. Dates are local days, both included.</source>
        <translation>Mostrar el registro de actividad, lo más reciente primero, una línea por entrada; los valores ocultos (notas confidenciales y notas de salud) siguen ocultos. Las fechas son días en hora local, ambos incluidos.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/audit.py" line="29"/>
        <source>what was done to this person and their payments, sign-ups, hours, requests and user account</source>
        <translation>lo que se hizo con esta persona y con sus pagos, inscripciones, horas, solicitudes y cuenta de usuario</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/audit.py" line="32"/>
        <source>one record, e.g. payment:12</source>
        <translation>un solo elemento, por ejemplo payment:12</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/audit.py" line="33"/>
        <source>what this user did</source>
        <translation>lo que hizo este usuario</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/audit.py" line="35"/>
        <source>one kind of entry: {actions}</source>
        <translation>un solo tipo de entrada: {actions}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/audit.py" line="36"/>
        <source>from this day</source>
        <translation>desde este día</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/audit.py" line="37"/>
        <source>up to this day</source>
        <translation>hasta este día</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/audit.py" line="39"/>
        <source>at most N entries (default {count})</source>
        <translation>como máximo N entradas (por defecto {count})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../civicdesk/commands/audit.py" line="52"/>
        <source>(the newest %n entries; narrow with --since/--until for older)</source>
        <translation>
            <numerusform>(%n entrada, la más reciente; limite el período con --since/--until para ver las anteriores)</numerusform>
            <numerusform>(las %n entradas más recientes; limite el período con --since/--until para ver las anteriores)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/audit.py" line="55"/>
        <source>no entries</source>
        <translation>no hay entradas</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/audit.py" line="69"/>
        <source>give TABLE:ID, TABLE one of {tables}</source>
        <translation>indique TABLE:ID, donde TABLE es uno de {tables}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/audit.py" line="76"/>
        <source>there is no such user</source>
        <translation>no existe ese usuario</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/audit.py" line="81"/>
        <source>use one of {actions}</source>
        <translation>use uno de estos: {actions}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/audit.py" line="89"/>
        <source>not a number (1, 2, 3 ...)</source>
        <translation>no es un número (1, 2, 3 ...)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/audit.py" line="99"/>
        <source>not a date; write it as YYYY-MM-DD</source>
        <translation>no es una fecha; escríbala así: YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/audit.py" line="101"/>
        <source>years 1900 to 2999 only</source>
        <translation>solo años de 1900 a 2999</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/audit.py" line="124"/>
        <location filename="../../civicdesk/commands/imports.py" line="183"/>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/backup.py" line="18"/>
        <source>make a verified backup now (into the backups folder, or -o FILE)</source>
        <translation>hacer ahora una copia de seguridad verificada (en la carpeta de copias de seguridad, o en -o FILE)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/backup.py" line="20"/>
        <source>write the backup to this file instead (it is not rotated)</source>
        <translation>guardar en cambio la copia de seguridad en este archivo (esta copia nunca se borra automáticamente)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/backup.py" line="23"/>
        <source>list the backups: date, size, counts, verified</source>
        <translation>mostrar la lista de copias de seguridad: fecha, tamaño, cantidades y si está verificada</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/backup.py" line="36"/>
        <location filename="../../civicdesk/commands/backup.py" line="40"/>
        <source>backup written to {path}: {what}</source>
        <translation>copia de seguridad guardada en {path}: {what}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/backup.py" line="43"/>
        <source>copied to {path}, verified there too</source>
        <translation>copiada en {path} y verificada también allí</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/backup.py" line="58"/>
        <source>no backups in {folder} yet (make one with: civicdesk backup)</source>
        <translation>todavía no hay copias de seguridad en {folder} (haga una con: civicdesk backup)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/backup.py" line="61"/>
        <source>verified</source>
        <translation>verificada</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/backup.py" line="61"/>
        <source>not verified</source>
        <translation>sin verificar</translation>
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
            <numerusform>%Ln persona</numerusform>
            <numerusform>%Ln personas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/backup.py" line="74"/>
        <source>{people}, {households}, {requests}, {size}, verified</source>
        <translation>{people}, {households}, {requests}, {size}, verificada</translation>
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
            <numerusform>%Ln hogar</numerusform>
            <numerusform>%Ln hogares</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../civicdesk/commands/backup.py" line="86"/>
        <location filename="../../civicdesk/commands/export.py" line="168"/>
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln solicitud</numerusform>
            <numerusform>%Ln solicitudes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/calendar.py" line="16"/>
        <source>save the shifts of an event or of a volunteer as an iCalendar (.ics) file</source>
        <translation>guardar los turnos de un evento o de un voluntario como archivo iCalendar (.ics)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/calendar.py" line="19"/>
        <source>every shift of this event</source>
        <translation>todos los turnos de este evento</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/calendar.py" line="20"/>
        <source>this person&apos;s sign-ups</source>
        <translation>las inscripciones de esta persona</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/calendar.py" line="22"/>
        <source>the file to write (replaced if it exists)</source>
        <translation>el archivo que se escribirá (se reemplaza si ya existe)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../civicdesk/commands/calendar.py" line="41"/>
        <source>%n shift(s) written to {path} (times in {zone})</source>
        <translation>
            <numerusform>%n turno guardado en {path} (horas en la zona horaria {zone})</numerusform>
            <numerusform>%n turnos guardados en {path} (horas en la zona horaria {zone})</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/check.py" line="14"/>
        <source>check the database and print row counts</source>
        <translation>comprobar la base de datos y mostrar la cantidad de filas</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/check.py" line="23"/>
        <location filename="../../civicdesk/commands/check.py" line="29"/>
        <source>database: {path}</source>
        <translation>base de datos: {path}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../civicdesk/commands/check.py" line="24"/>
        <location filename="../../civicdesk/commands/check.py" line="36"/>
        <source>%n problem(s):</source>
        <translation>
            <numerusform>%n problema:</numerusform>
            <numerusform>%n problemas:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/check.py" line="25"/>
        <source>the file is empty: it holds no data</source>
        <translation>el archivo está vacío: no contiene datos</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/check.py" line="34"/>
        <source>ok</source>
        <translation>sin problemas</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/common.py" line="254"/>
        <source>PIN or password for {name}: </source>
        <translation>PIN o contraseña de {name}: </translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/common.py" line="259"/>
        <source>The same again, to be sure: </source>
        <translation>Otra vez, para confirmar: </translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/common.py" line="282"/>
        <source>Password of {user} on the database server {server}: </source>
        <translation>Contraseña de {user} en el servidor de base de datos {server}: </translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/demo.py" line="24"/>
        <source>fill a new database with demo data</source>
        <translation>llenar una base de datos nueva con datos de demostración</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/demo.py" line="26"/>
        <source>how many people to create (default 500, at most {max})</source>
        <translation>cuántas personas crear (por defecto 500, como máximo {max})</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/demo.py" line="28"/>
        <source>random seed: the same seed gives the same data (default 1)</source>
        <translation>semilla aleatoria: la misma semilla da los mismos datos (por defecto 1)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/demo.py" line="30"/>
        <source>also make one login per role (admin, coordinator, volunteer) with a random PIN, and print them</source>
        <translation>crear también una cuenta por rol (administrador, coordinador, voluntario) con un PIN al azar, y mostrarlas</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/demo.py" line="52"/>
        <source>{path} already has people. Demo data only goes into a new database, for example: civicdesk --db demo.db demo</source>
        <translation>{path} ya tiene personas. Los datos de demostración solo se cargan en una base de datos nueva, por ejemplo: civicdesk --db demo.db demo</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/demo.py" line="57"/>
        <source>demo data in {path}: {counts} ({seconds} s)</source>
        <translation>datos de demostración en {path}: {counts} ({seconds} s)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/demo.py" line="60"/>
        <source>demo logins (civicdesk --as NAME ..., or choose the name in the window):</source>
        <translation>cuentas de demostración (civicdesk --as NAME ..., o elija el nombre en la ventana):</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/demo.py" line="63"/>
        <source>PIN {pin}</source>
        <translation>PIN {pin}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/export.py" line="20"/>
        <source>write a list to CSV or XLSX, or everything to a zip</source>
        <translation>guardar una lista en CSV o XLSX, o todo en un archivo zip</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/export.py" line="21"/>
        <source>Write a list as the window shows it (its columns, in its order) to a .csv (UTF-8, for any spreadsheet) or .xlsx file, or everything to a zip of CSV files with a README. Needs a coordinator or an admin (--as NAME on a database with accounts).</source>
        <translation>Guardar una lista tal como la muestra la ventana (sus columnas, en su orden) en un archivo .csv (UTF-8, para cualquier hoja de cálculo) o .xlsx, o todo en un archivo zip de archivos CSV con un README. Requiere un coordinador o un administrador (--as NAME en una base de datos con cuentas).</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/export.py" line="26"/>
        <source>the people list</source>
        <translation>la lista de personas</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/export.py" line="27"/>
        <source>the households</source>
        <translation>los hogares</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/export.py" line="28"/>
        <source>shifts between two days</source>
        <translation>los turnos entre dos fechas</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/export.py" line="29"/>
        <source>who signed up for shifts between two days</source>
        <translation>las personas inscritas en turnos entre dos fechas</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/export.py" line="30"/>
        <source>the requests queue</source>
        <translation>la cola de solicitudes</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/export.py" line="32"/>
        <source>Export {what}.</source>
        <translation>Exportar {what}.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/export.py" line="37"/>
        <source>every table as CSV files in a zip, with a README of the columns</source>
        <translation>todas las tablas como archivos CSV en un archivo zip, con un README de las columnas</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/export.py" line="38"/>
        <source>Every table as a CSV file in a zip, with a README describing every column; read it back with `civicdesk import all FILE.zip`.</source>
        <translation>Cada tabla como un archivo CSV dentro de un archivo zip, con un README que describe cada columna; vuelva a cargarlo con `civicdesk import all FILE.zip`.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/export.py" line="42"/>
        <source>include the sensitive notes (admins only)</source>
        <translation>incluir las notas confidenciales (solo administradores)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/export.py" line="49"/>
        <source>read an `export all` zip into an empty database</source>
        <translation>cargar un archivo zip de `export all` en una base de datos vacía</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/export.py" line="50"/>
        <source>Read a zip written by `civicdesk export all` into an empty database (a new --db file): same numbers, same values. PINs and passwords never leave a database: --admin NAME gives that admin a new one (asked, or read from standard input with --password-stdin).</source>
        <translation>Cargar un archivo zip creado con `civicdesk export all` en una base de datos vacía (un archivo --db nuevo): mismos números, mismos valores. Los PIN y las contraseñas nunca salen de una base de datos: --admin NAME le da uno nuevo a ese administrador (se pide, o se lee de la entrada estándar con --password-stdin).</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/export.py" line="56"/>
        <source>an admin account of the file to give a new PIN or password</source>
        <translation>una cuenta de administrador del archivo a la que dar un PIN o una contraseña nuevos</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/export.py" line="64"/>
        <source>not a date (YYYY-MM-DD): {text}</source>
        <translation>no es una fecha (YYYY-MM-DD): {text}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/export.py" line="70"/>
        <source>names, phone or email, as typed in the list</source>
        <translation>nombres, teléfono o correo electrónico, como en la búsqueda de la lista</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/export.py" line="71"/>
        <source>membership status</source>
        <translation>estado de membresía</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/export.py" line="74"/>
        <source>volunteers only</source>
        <translation>solo voluntarios</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/export.py" line="76"/>
        <source>people who are not volunteers</source>
        <translation>personas que no son voluntarias</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/export.py" line="77"/>
        <source>dues overdue</source>
        <translation>cuota vencida</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/export.py" line="78"/>
        <source>who has this skill</source>
        <translation>quienes tienen esta habilidad</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/export.py" line="79"/>
        <source>who speaks this language</source>
        <translation>quienes hablan este idioma</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/export.py" line="87"/>
        <source>name, street or a member&apos;s name</source>
        <translation>nombre, calle o nombre de un integrante</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/export.py" line="93"/>
        <source>first day (default today)</source>
        <translation>primer día (por defecto, hoy)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/export.py" line="95"/>
        <source>last day, included (default four weeks on)</source>
        <translation>último día, incluido (por defecto, cuatro semanas después)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/export.py" line="96"/>
        <source>one event&apos;s shifts only</source>
        <translation>solo los turnos de un evento</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/export.py" line="102"/>
        <source>only shifts that need people</source>
        <translation>solo los turnos sin cubrir</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/export.py" line="107"/>
        <source>one shift only</source>
        <translation>solo un turno</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/export.py" line="113"/>
        <source>a status (repeat for several; default the open ones; &apos;any&apos;)</source>
        <translation>un estado (repítalo para varios; por defecto, las abiertas; &apos;any&apos; para todas)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/export.py" line="115"/>
        <source>one urgency</source>
        <translation>una sola urgencia</translation>
    </message>
    <message numerus="yes">
        <location filename="../../civicdesk/commands/export.py" line="165"/>
        <location filename="../../civicdesk/commands/imports.py" line="210"/>
        <location filename="../../civicdesk/commands/imports.py" line="282"/>
        <source>%Ln shift(s)</source>
        <translation>
            <numerusform>%Ln turno</numerusform>
            <numerusform>%Ln turnos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../civicdesk/commands/export.py" line="167"/>
        <location filename="../../civicdesk/commands/imports.py" line="211"/>
        <location filename="../../civicdesk/commands/imports.py" line="244"/>
        <location filename="../../civicdesk/commands/imports.py" line="280"/>
        <source>%Ln sign-up(s)</source>
        <translation>
            <numerusform>%Ln inscripción</numerusform>
            <numerusform>%Ln inscripciones</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/export.py" line="178"/>
        <source>{path}: {tables}, {rows}</source>
        <translation>{path}: {tables}, {rows}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/export.py" line="180"/>
        <source>{path}: {tables}, {rows} (without the sensitive notes)</source>
        <translation>{path}: {tables}, {rows} (sin las notas confidenciales)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../civicdesk/commands/export.py" line="182"/>
        <location filename="../../civicdesk/commands/export.py" line="200"/>
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n tabla</numerusform>
            <numerusform>%n tablas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../civicdesk/commands/export.py" line="183"/>
        <location filename="../../civicdesk/commands/export.py" line="199"/>
        <location filename="../../civicdesk/commands/move.py" line="233"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln fila</numerusform>
            <numerusform>%Ln filas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/export.py" line="198"/>
        <source>{path}: {rows} in {tables} read in</source>
        <translation>{path}: datos cargados, {rows} en {tables}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/find.py" line="15"/>
        <source>print the people a search finds</source>
        <translation>mostrar las personas que encuentra una búsqueda</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/find.py" line="16"/>
        <source>Print the people the window&apos;s search finds for TEXT (name, email, phone in any format, street), sorted by name, one per line: number, name, phone, street, separated by tabs. At most {count}, as in the window.</source>
        <translation>Mostrar las personas que encuentra la búsqueda de la ventana para TEXT (nombre, correo electrónico, teléfono en cualquier formato, calle), ordenadas por nombre, una por línea: número, nombre, teléfono, calle, separados por tabulaciones. Como máximo {count}, igual que en la ventana.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/find.py" line="21"/>
        <source>what to search for</source>
        <translation>el texto que se busca</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/find.py" line="22"/>
        <source>archived people too</source>
        <translation>también las personas archivadas</translation>
    </message>
    <message numerus="yes">
        <location filename="../../civicdesk/commands/find.py" line="36"/>
        <source>(the first %n; type more to narrow the search)</source>
        <translation>
            <numerusform>(solo %n, la primera; escriba más texto para acotar la búsqueda)</numerusform>
            <numerusform>(solo las %n primeras; escriba más texto para acotar la búsqueda)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/find.py" line="38"/>
        <source>nobody found</source>
        <translation>no se encontró a nadie</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="30"/>
        <source>import people from a CSV, XLSX or ODS file, undo an import, or read an `export all` zip</source>
        <translation>importar personas desde un archivo CSV, XLSX u ODS, deshacer una importación, o cargar un archivo zip de `export all`</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="32"/>
        <source>Import people from a file in one go (all or nothing), or undo an import (--dry-run shows what it will do, and stops there); or read an `export all` zip into an empty database.</source>
        <translation>Importar personas desde un archivo de una sola vez (todo o nada), o deshacer una importación (--dry-run muestra lo que se hará, sin hacerlo); o cargar un archivo zip de `export all` en una base de datos vacía.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="37"/>
        <source>a workbook&apos;s sheet (name or number; default first)</source>
        <translation>la hoja del libro (nombre o número; por defecto, la primera)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="38"/>
        <source>show what would be imported; write nothing</source>
        <translation>mostrar lo que se importaría, sin escribir nada</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="40"/>
        <source>import people from FILE</source>
        <translation>importar personas desde FILE</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="43"/>
        <source>generic (guess from the headers), civicrm, wildapricot, or a saved preset&apos;s name</source>
        <translation>generic (deducir de los encabezados), civicrm, wildapricot, o el nombre de una plantilla guardada</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="45"/>
        <source>put COLUMN into FIELD (COLUMN= leaves it out); repeat it</source>
        <translation>poner COLUMN en FIELD (COLUMN= la omite); se puede repetir</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="48"/>
        <source>how the file writes dates, when they could be read two ways</source>
        <translation>cómo escribe las fechas el archivo, cuando se pueden leer de dos maneras</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="50"/>
        <source>how the file writes amounts (12,50 or 12.50), when they could be read two ways</source>
        <translation>cómo escribe los montos el archivo (12,50 o 12.50), cuando se pueden leer de dos maneras</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="53"/>
        <source>save this mapping as a preset called NAME</source>
        <translation>guardar esta asignación de columnas como una plantilla llamada NAME</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="57"/>
        <source>import a SignUpGenius sign-up report from FILE</source>
        <translation>importar un informe de inscripciones de SignUpGenius desde FILE</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="60"/>
        <source>signupgenius (the only sign-up report read so far)</source>
        <translation>signupgenius (por ahora, el único informe de inscripciones que se puede leer)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="64"/>
        <source>undo import ID as a unit</source>
        <translation>deshacer por completo la importación ID</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="69"/>
        <source>list past imports with their counts</source>
        <translation>mostrar las importaciones anteriores con sus cantidades</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="89"/>
        <source>saved the mapping as the preset {name}</source>
        <translation>asignación de columnas guardada como la plantilla {name}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="92"/>
        <location filename="../../civicdesk/commands/imports.py" line="201"/>
        <source>dry run: nothing was written</source>
        <translation>simulación: no se escribió nada</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="95"/>
        <location filename="../../civicdesk/commands/imports.py" line="204"/>
        <source>nothing to import</source>
        <translation>no hay nada que importar</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="99"/>
        <source>import {number}: created {people} and {households}, changed {changed}, recorded {payments} (undo it with: civicdesk import undo {number})</source>
        <translation>la importación {number} creó {people} y {households}, modificó {changed} y registró {payments} (para deshacerla: civicdesk import undo {number})</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="103"/>
        <source>import {number}: created {people} and {households}, changed {changed} (undo it with: civicdesk import undo {number})</source>
        <translation>la importación {number} creó {people} y {households} y modificó {changed} (para deshacerla: civicdesk import undo {number})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../civicdesk/commands/imports.py" line="108"/>
        <location filename="../../civicdesk/commands/imports.py" line="245"/>
        <source>%Ln dues payment(s)</source>
        <translation>
            <numerusform>%Ln pago de cuota</numerusform>
            <numerusform>%Ln pagos de cuota</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="115"/>
        <source>CSV, {encoding}, delimiter {delimiter}</source>
        <translation>CSV, {encoding}, separador {delimiter}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="118"/>
        <source>{kind}, sheet {sheet}</source>
        <translation>{kind}, hoja {sheet}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="119"/>
        <source>{file} ({how}; header on row {row}), preset {preset}</source>
        <translation>{file} ({how}; encabezado en la fila {row}), plantilla {preset}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="122"/>
        <location filename="../../civicdesk/commands/imports.py" line="221"/>
        <source>note: {note}</source>
        <translation>nota: {note}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="125"/>
        <source>columns: {columns}</source>
        <translation>columnas: {columns}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="127"/>
        <source>not imported: {columns}</source>
        <translation>no se importan: {columns}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="129"/>
        <source>dates read as {order}</source>
        <translation>fechas leídas en formato {order}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="131"/>
        <source>amounts read with a decimal comma</source>
        <translation>montos leídos con coma decimal</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="132"/>
        <source>amounts read with a decimal point</source>
        <translation>montos leídos con punto decimal</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="134"/>
        <source>dues payments to record: {count}</source>
        <translation>pagos de cuota por registrar: {count}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="137"/>
        <source>to create: {count}</source>
        <translation>por crear: {count}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="138"/>
        <source>to update: {count}</source>
        <translation>por actualizar: {count}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="142"/>
        <source>joins a household</source>
        <translation>se une a un hogar</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="143"/>
        <source>row {row}: {name} (person {person}, matched by {how}): {changes}</source>
        <translation>fila {row}: {name} (persona {person}, coincidencia por {how}): {changes}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="147"/>
        <source>unchanged: {count}</source>
        <translation>sin cambios: {count}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="154"/>
        <source>with problems (left out): {count}</source>
        <translation>con problemas (se omiten): {count}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="156"/>
        <source>row {row}, {column}, “{value}”: {reason}</source>
        <translation>fila {row}, {column}, “{value}”: {reason}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="164"/>
        <source>day/month/year</source>
        <translation>día/mes/año</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="166"/>
        <source>month/day/year</source>
        <translation>mes/día/año</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="167"/>
        <source>year-month-day</source>
        <translation>año-mes-día</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="172"/>
        <source>tab</source>
        <translation>tabulación</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="174"/>
        <source>comma</source>
        <translation>coma</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="176"/>
        <source>semicolon</source>
        <translation>punto y coma</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="182"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="207"/>
        <source>import {number}: created {events}, {shifts}, {signups} and {people} (undo it with: civicdesk import undo {number})</source>
        <translation>importación {number}: se crearon {events}, {shifts}, {signups} y {people} (para deshacerla: civicdesk import undo {number})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../civicdesk/commands/imports.py" line="209"/>
        <location filename="../../civicdesk/commands/imports.py" line="281"/>
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln evento</numerusform>
            <numerusform>%Ln eventos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="219"/>
        <source>{file} (SignUpGenius sign-up report; header on row {row})</source>
        <translation>{file} (informe de inscripciones de SignUpGenius; encabezado en la fila {row})</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="222"/>
        <source>sign-ups to create: {count}</source>
        <translation>inscripciones por crear: {count}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="223"/>
        <source>new events: {count}</source>
        <translation>eventos nuevos: {count}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="224"/>
        <source>new shifts: {count}</source>
        <translation>turnos nuevos: {count}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="225"/>
        <source>new people: {count}</source>
        <translation>personas nuevas: {count}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="226"/>
        <source>people on file: {count}</source>
        <translation>personas registradas: {count}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="229"/>
        <source>row {row}: {name} (person {person}, matched by {how})</source>
        <translation>fila {row}: {name} (persona {person}, coincidencia por {how})</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="232"/>
        <source>already signed up: {count}</source>
        <translation>ya inscritas: {count}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="247"/>
        <source>import {number} undone: removed {removed}, restored {restored}</source>
        <translation>importación {number} deshecha: se quitaron {removed}; personas restauradas: {restored}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="250"/>
        <source>kept as they are ({count}):</source>
        <translation>se conservan tal como están ({count}):</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="261"/>
        <source>no imports yet</source>
        <translation>todavía no hay importaciones</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="265"/>
        <source>undone {day} by {name}</source>
        <translation>deshecha el {day} por {name}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="268"/>
        <source>in place</source>
        <translation>vigente</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="269"/>
        <source>created {created}, changed {changed}, unchanged {unchanged}, problems {problems}</source>
        <translation>{created} creadas, {changed} modificadas, {unchanged} sin cambios, {problems} con problemas</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/report.py" line="16"/>
        <source>print a report to a PDF file (--list shows them)</source>
        <translation>imprimir un informe en un archivo PDF (--list los muestra)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/report.py" line="17"/>
        <source>civicdesk report NAME -o FILE.pdf [--option VALUE ...]; civicdesk report NAME --help shows the options of one report.</source>
        <translation>civicdesk report NAME -o FILE.pdf [--option VALUE ...]; civicdesk report NAME --help muestra las opciones de un informe.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/report.py" line="19"/>
        <source>which report (see --list)</source>
        <translation>qué informe (vea --list)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/report.py" line="21"/>
        <source>list the reports and their options</source>
        <translation>mostrar la lista de informes y sus opciones</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/report.py" line="32"/>
        <source>where to write the PDF</source>
        <translation>dónde guardar el PDF</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/report.py" line="57"/>
        <source>; default {value}</source>
        <translation>; predeterminado: {value}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/report.py" line="58"/>
        <source>; required</source>
        <translation>; obligatorio</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/report.py" line="64"/>
        <source>(the event&apos;s number)</source>
        <translation>(el número del evento)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/report.py" line="66"/>
        <source>(the person&apos;s number)</source>
        <translation>(el número de la persona)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/report.py" line="68"/>
        <source>(the shift&apos;s number)</source>
        <translation>(el número del turno)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/report.py" line="69"/>
        <source>(the request&apos;s number)</source>
        <translation>(el número de la solicitud)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../civicdesk/commands/report.py" line="85"/>
        <source>{path}: {report}, %Ln byte(s)</source>
        <translation>
            <numerusform>{path}: {report}, %Ln byte</numerusform>
            <numerusform>{path}: {report}, %Ln bytes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/report.py" line="91"/>
        <source>Reports (civicdesk report NAME -o FILE.pdf [options]):</source>
        <translation>Informes (civicdesk report NAME -o FILE.pdf [opciones]):</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/restore.py" line="17"/>
        <source>put a backup in place of the database (the current one is backed up first)</source>
        <translation>reemplazar la base de datos por una copia de seguridad (antes se hace una copia de seguridad de la actual)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/restore.py" line="20"/>
        <source>the backup file (see: civicdesk backups)</source>
        <translation>el archivo de la copia de seguridad (vea: civicdesk backups)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/restore.py" line="30"/>
        <source>To put a backup&apos;s data on a server, copy it into a new, empty database there: civicdesk --db BACKUP move --to postgresql://USER@HOST/DATABASE</source>
        <translation>Para poner los datos de una copia de seguridad en un servidor, cópielos en una base de datos nueva y vacía de ese servidor: civicdesk --db BACKUP move --to postgresql://USER@HOST/DATABASE</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/restore.py" line="36"/>
        <source>restored {backup} into {path}: {what}</source>
        <translation>copia de seguridad {backup} restaurada en {path}: {what}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/restore.py" line="40"/>
        <source>the replaced data is in the backup {path}</source>
        <translation>los datos reemplazados están en la copia de seguridad {path}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/restore.py" line="43"/>
        <source>the replaced file could not be backed up (damaged); its copy is {path}</source>
        <translation>no se pudo hacer una copia de seguridad del archivo reemplazado (está dañado); se guardó una copia: {path}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/settings_cmd.py" line="27"/>
        <source>list, show or change the association&apos;s settings</source>
        <translation>listar, mostrar o cambiar la configuración de la asociación</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/settings_cmd.py" line="28"/>
        <source>The association&apos;s settings: its name, address, phone, email, website and logo on every report; paper, country, currency and time zone; dues; idle lock and the second backup folder.</source>
        <translation>La configuración de la asociación: su nombre, dirección, teléfono, correo electrónico, sitio web y logotipo en cada informe; papel, país, moneda y zona horaria; cuota; bloqueo por inactividad y la segunda carpeta de copias de seguridad.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/settings_cmd.py" line="31"/>
        <source>settings commands</source>
        <translation>comandos de configuración</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/settings_cmd.py" line="34"/>
        <source>every setting, its value and what it is</source>
        <translation>cada opción de configuración, su valor y para qué sirve</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/settings_cmd.py" line="36"/>
        <source>print one setting&apos;s value</source>
        <translation>mostrar el valor de una opción de configuración</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/settings_cmd.py" line="40"/>
        <source>change one setting (admins; audited)</source>
        <translation>cambiar una opción de configuración (administradores; queda en el registro de actividad)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/settings_cmd.py" line="41"/>
        <source>Change one setting. The logo is the path of a PNG or JPEG picture, checked and kept, scaled, in the database; an empty VALUE clears a setting back to its default.</source>
        <translation>Cambiar una opción de configuración. El logotipo es la ruta de una imagen PNG o JPEG, que se comprueba y se guarda, a escala, en la base de datos; un VALUE vacío devuelve la opción a su valor predeterminado.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/settings_cmd.py" line="61"/>
        <source>(a picture, {size} KB)</source>
        <translation>(una imagen, {size} KB)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/settings_cmd.py" line="71"/>
        <source>(default)</source>
        <translation>(predeterminado)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/user.py" line="34"/>
        <source>add, list, reset or deactivate user accounts</source>
        <translation>agregar, listar, restablecer o desactivar cuentas de usuario</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/user.py" line="35"/>
        <source>User accounts: everyone logs in to a database that has them. The first `user add` makes the first admin; the others need `civicdesk --as ADMIN user ...`.</source>
        <translation>Cuentas de usuario: en una base de datos que las tiene, todos inician sesión. El primer `user add` crea el primer administrador; los demás necesitan `civicdesk --as ADMIN user ...`.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/user.py" line="38"/>
        <source>user commands</source>
        <translation>comandos de cuentas de usuario</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/user.py" line="41"/>
        <source>add a user (asks for the PIN or password twice)</source>
        <translation>agregar un usuario (pide el PIN o la contraseña dos veces)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/user.py" line="42"/>
        <source>the name to log in with</source>
        <translation>el nombre de usuario para iniciar sesión</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/user.py" line="44"/>
        <source>what the user may do (the first user must be an admin)</source>
        <translation>lo que puede hacer el usuario (el primer usuario debe ser administrador)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/user.py" line="46"/>
        <source>the name shown in the window and the audit log (default: NAME)</source>
        <translation>el nombre que aparece en la ventana y en el registro de actividad (predeterminado: NAME)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/user.py" line="47"/>
        <source>read the new user&apos;s PIN or password from standard input (after the --as user&apos;s line, if that is read from there too)</source>
        <translation>leer el PIN o la contraseña del nuevo usuario desde la entrada estándar (después de la línea del usuario de --as, si también se lee de ahí)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/user.py" line="51"/>
        <source>list the users: name, role, active, last login</source>
        <translation>listar los usuarios: nombre, rol, activo, último inicio de sesión</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/user.py" line="54"/>
        <source>give a user a new PIN or password (ends any wait)</source>
        <translation>dar a un usuario un nuevo PIN o una nueva contraseña (pone fin a cualquier espera)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/user.py" line="56"/>
        <source>read the new PIN or password from standard input (after the --as user&apos;s line, if that is read from there too)</source>
        <translation>leer el nuevo PIN o la nueva contraseña desde la entrada estándar (después de la línea del usuario de --as, si también se lee de ahí)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/user.py" line="61"/>
        <source>stop a user from logging in (their name stays in the audit log)</source>
        <translation>impedir que un usuario inicie sesión (su nombre sigue en el registro de actividad)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/user.py" line="97"/>
        <source>{name} is the first admin of {path}; from now on every command that changes data needs: civicdesk --as {login} ...</source>
        <translation>{name} es el primer administrador de {path}; desde ahora, todo comando que modifique datos necesita: civicdesk --as {login} ...</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/user.py" line="104"/>
        <source>added {name} ({role})</source>
        <translation>usuario agregado: {name} ({role})</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/user.py" line="113"/>
        <source>no user accounts yet (add the first admin with: civicdesk user add NAME --role admin)</source>
        <translation>todavía no hay cuentas de usuario (agregue el primer administrador con: civicdesk user add NAME --role admin)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/user.py" line="119"/>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/user.py" line="119"/>
        <source>DISPLAY NAME</source>
        <translation>NOMBRE A MOSTRAR</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/user.py" line="119"/>
        <source>ROLE</source>
        <translation>ROL</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/user.py" line="119"/>
        <source>ACTIVE</source>
        <translation>ACTIVO</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/user.py" line="120"/>
        <source>LAST LOGIN</source>
        <translation>ÚLTIMO INICIO DE SESIÓN</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/user.py" line="121"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/user.py" line="121"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/user.py" line="121"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/user.py" line="151"/>
        <source>{name} has a new PIN or password</source>
        <translation>{name} tiene un nuevo PIN o una nueva contraseña</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/user.py" line="163"/>
        <source>{name} was deactivated already</source>
        <translation>la cuenta de {name} ya estaba desactivada</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/user.py" line="166"/>
        <source>{name} can no longer log in (their name stays in the audit log)</source>
        <translation>{name} ya no puede iniciar sesión (su nombre sigue en el registro de actividad)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/move.py" line="48"/>
        <source>copy the whole database into an empty one: a PostgreSQL server&apos;s, or a new file</source>
        <translation>copiar toda la base de datos en una vacía: la de un servidor PostgreSQL o un archivo nuevo</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/move.py" line="51"/>
        <source>Copy the whole database (--db, or the data folder&apos;s file) into an empty database: a PostgreSQL server&apos;s (--to postgresql://USER@HOST[:PORT]/DATABASE), or a new file (--to FILE.db). Every row keeps its number, the audit log comes with it, and the copy is kept only when every table&apos;s rows are counted the same on both sides and both pass `civicdesk check`; otherwise the target is left empty. The source is only read. Needs an admin (--as NAME on a database with accounts).</source>
        <translation>Copiar toda la base de datos (--db, o el archivo de la carpeta de datos) en una base de datos vacía: la de un servidor PostgreSQL (--to postgresql://USER@HOST[:PORT]/DATABASE) o un archivo nuevo (--to FILE.db). Cada fila conserva su número, el registro de actividad también se copia, y la copia solo se conserva si cada tabla tiene la misma cantidad de filas en ambos lados y las dos bases de datos superan `civicdesk check`; si no, la base de datos de destino queda vacía. La base de datos de origen solo se lee. Requiere un administrador (--as NAME en una base de datos con cuentas).</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/move.py" line="59"/>
        <source>the empty database to copy into</source>
        <translation>la base de datos vacía en la que se copia</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/move.py" line="84"/>
        <source>moved {source} to {target}: {what}. Every table has the same number of rows on both sides, and both pass the check ({seconds} s).</source>
        <translation>base de datos {source} trasladada a {target}: {what}. Cada tabla tiene la misma cantidad de filas en ambos lados, y las dos superan la comprobación ({seconds} s).</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/move.py" line="89"/>
        <source>open it with: civicdesk --db {target}</source>
        <translation>ábrala con: civicdesk --db {target}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/move.py" line="227"/>
        <source>checking the database to move...</source>
        <translation>comprobando la base de datos que se va a trasladar...</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/move.py" line="232"/>
        <source>{table}: {rows} copied ({seconds} s)</source>
        <translation>{table}: copia terminada, {rows} ({seconds} s)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/move.py" line="236"/>
        <source>building the search indexes...</source>
        <translation>creando los índices de búsqueda...</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/move.py" line="238"/>
        <source>counting and checking the copy...</source>
        <translation>contando y comprobando la copia...</translation>
    </message>
</context>
<context>
    <name>Conflict</name>
    <message>
        <location filename="../../civicdesk/services/errors.py" line="46"/>
        <source>{who} changed this record after you opened it ({fields}). Your changes were not saved. Reload to see their version, then make your changes again.</source>
        <translation>{who} modificó esta ficha después de que usted la abrió ({fields}). Sus cambios no se guardaron. Vuelva a cargarla para ver la versión de esa persona y luego haga sus cambios de nuevo.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../civicdesk/gui/dialogs/connect_dialog.py" line="57"/>
        <source>Remember in this computer&apos;s &amp;keyring</source>
        <translation>Recordar en el &amp;llavero de contraseñas de esta computadora</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/connect_dialog.py" line="59"/>
        <source>The password is kept by the system&apos;s keyring (not in a CivicDesk file), so it is not asked again on this computer</source>
        <translation>La contraseña la guarda el llavero de contraseñas del sistema (no un archivo de CivicDesk), así que no se vuelve a pedir en esta computadora</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/connect_dialog.py" line="75"/>
        <source>Connect to a shared database</source>
        <translation>Conectarse a una base de datos compartida</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/connect_dialog.py" line="78"/>
        <source>Several PCs can share one CivicDesk database on a PostgreSQL server. Type what whoever runs the server gave you. This computer remembers the connection (never the password) and opens it at the next start.</source>
        <translation>Varias PC pueden compartir una misma base de datos de CivicDesk en un servidor PostgreSQL. Escriba los datos que le dio la persona que administra el servidor. Esta computadora recuerda la conexión (nunca la contraseña) y la abre en el próximo inicio.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/connect_dialog.py" line="86"/>
        <source>for example office-server or 192.168.1.20</source>
        <translation>por ejemplo, servidor-oficina o 192.168.1.20</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/connect_dialog.py" line="95"/>
        <source>When the server offers it (prefer)</source>
        <translation>Cuando el servidor lo ofrece (prefer)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/connect_dialog.py" line="96"/>
        <source>Always (require)</source>
        <translation>Siempre (require)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/connect_dialog.py" line="97"/>
        <source>Always, and check the server&apos;s certificate (verify-full)</source>
        <translation>Siempre, y comprobar el certificado del servidor (verify-full)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/connect_dialog.py" line="102"/>
        <source>empty: the saved one, or none</source>
        <translation>vacío: la contraseña guardada, o ninguna</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/connect_dialog.py" line="103"/>
        <source>&amp;Server</source>
        <translation>&amp;Servidor</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/connect_dialog.py" line="104"/>
        <source>&amp;Port</source>
        <translation>&amp;Puerto</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/connect_dialog.py" line="105"/>
        <source>&amp;Database</source>
        <translation>Base de &amp;datos</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/connect_dialog.py" line="106"/>
        <source>&amp;User name</source>
        <translation>Nombre de &amp;usuario</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/connect_dialog.py" line="107"/>
        <source>&amp;Encryption (TLS)</source>
        <translation>C&amp;ifrado (TLS)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/connect_dialog.py" line="108"/>
        <source>Pass&amp;word</source>
        <translation>Con&amp;traseña</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/connect_dialog.py" line="112"/>
        <source>&amp;Test connection</source>
        <translation>P&amp;robar la conexión</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/connect_dialog.py" line="117"/>
        <source>Connecting</source>
        <translation>Conectando</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/connect_dialog.py" line="133"/>
        <source>C&amp;onnect</source>
        <translation>C&amp;onectar</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/connect_dialog.py" line="181"/>
        <source>Connecting to {server}…</source>
        <translation>Conectando con {server}…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/connect_dialog.py" line="204"/>
        <source>Type it in Password.</source>
        <translation>Escríbala en Contraseña.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/connect_dialog.py" line="209"/>
        <source>Connected. The database is empty: CivicDesk sets it up when you connect.</source>
        <translation>Conexión establecida. La base de datos está vacía: CivicDesk la prepara cuando usted se conecta.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/connect_dialog.py" line="212"/>
        <source>Connected to a CivicDesk database with {people} people, saved by an older CivicDesk: it is upgraded when you connect.</source>
        <translation>Conexión establecida con una base de datos de CivicDesk que tiene {people} personas, guardada por una versión anterior de CivicDesk: se actualiza cuando usted se conecta.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/connect_dialog.py" line="216"/>
        <source>Connected to a CivicDesk database with {people} people.</source>
        <translation>Conexión establecida con una base de datos de CivicDesk que tiene {people} personas.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../civicdesk/gui/crash.py" line="184"/>
        <source>The details were saved in &lt;b&gt;{file}&lt;/b&gt;.</source>
        <translation>Los detalles se guardaron en &lt;b&gt;{file}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/crash.py" line="186"/>
        <source>The details could not be saved to a file; copy them below.</source>
        <translation>No se pudieron guardar los detalles en un archivo; cópielos abajo.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/crash.py" line="188"/>
        <source>&lt;b&gt;Something went wrong that CivicDesk did not expect.&lt;/b&gt; Everything you saved before is safe; the last thing you were doing may not have been saved, so please check it.</source>
        <translation>&lt;b&gt;Ocurrió algo que CivicDesk no esperaba.&lt;/b&gt; Todo lo que guardó antes está a salvo; es posible que lo último que estaba haciendo no se haya guardado, así que revíselo.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/crash.py" line="192"/>
        <source>You can keep working. If it happens again, close CivicDesk, start it again, and give the details to whoever looks after this computer.</source>
        <translation>Puede seguir trabajando. Si vuelve a ocurrir, cierre CivicDesk, ábralo de nuevo y entregue los detalles a quien se ocupe de esta computadora.</translation>
    </message>
    <message>
        <location filename="../../ui/crash_dialog.ui" line="6"/>
        <source>CivicDesk ran into a problem</source>
        <translation>CivicDesk tuvo un problema</translation>
    </message>
    <message>
        <location filename="../../ui/crash_dialog.ui" line="28"/>
        <source>Technical details</source>
        <translation>Detalles técnicos</translation>
    </message>
    <message>
        <location filename="../../ui/crash_dialog.ui" line="35"/>
        <source>&amp;Copy details</source>
        <translation>&amp;Copiar los detalles</translation>
    </message>
    <message>
        <location filename="../../ui/crash_dialog.ui" line="40"/>
        <source>Open the &amp;log folder</source>
        <translation>Abrir la carpeta de &amp;registros</translation>
    </message>
    <message>
        <location filename="../../ui/crash_dialog.ui" line="50"/>
        <source>&amp;Quit CivicDesk</source>
        <translation>&amp;Salir de CivicDesk</translation>
    </message>
    <message>
        <location filename="../../ui/crash_dialog.ui" line="55"/>
        <source>Co&amp;ntinue working</source>
        <translation>Seguir &amp;trabajando</translation>
    </message>
</context>
<context>
    <name>DataError</name>
    <message>
        <location filename="../../civicdesk/data/errors.py" line="27"/>
        <source>{path} is a folder, not a database file. Choose the civicdesk.db file inside it.</source>
        <translation>{path} es una carpeta, no un archivo de base de datos. Elija el archivo civicdesk.db que está dentro.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/errors.py" line="33"/>
        <source>CivicDesk is not allowed to read {path}. Ask whoever manages this computer to give your user access to the file.</source>
        <translation>CivicDesk no tiene permiso para leer {path}. Pida a la persona que administra esta computadora que le dé a su cuenta de usuario acceso al archivo.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/errors.py" line="41"/>
        <source>CivicDesk cannot save in the folder {path} (it is read-only or you lack permission). Choose a folder you can write to, for example with --data-dir.</source>
        <translation>CivicDesk no puede guardar en la carpeta {path} (es de solo lectura o usted no tiene permiso). Elija una carpeta en la que pueda escribir, por ejemplo con --data-dir.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/errors.py" line="49"/>
        <source>{path} is not a CivicDesk database. Check that you picked the right file; CivicDesk did not change it.</source>
        <translation>{path} no es una base de datos de CivicDesk. Compruebe que eligió el archivo correcto; CivicDesk no lo modificó.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/errors.py" line="59"/>
        <source>The database {path} is damaged ({detail}). CivicDesk did not change it. {advice}</source>
        <translation>La base de datos {path} está dañada ({detail}). CivicDesk no la modificó. {advice}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/errors.py" line="75"/>
        <source>There is no verified backup of it: ask someone who knows computers to look at the file before anything else is done with it.</source>
        <translation>No hay ninguna copia de seguridad verificada: pida a alguien que sepa de computadoras que revise el archivo antes de hacer cualquier otra cosa con él.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/errors.py" line="78"/>
        <source>The newest verified backup is from {when} ({people} people): restore it with File &gt; Restore from a backup, or `civicdesk restore {file}`.</source>
        <translation>La copia de seguridad verificada más reciente es del {when} ({people} personas): restáurela con Archivo &gt; Restaurar desde una copia de seguridad, o con `civicdesk restore {file}`.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/errors.py" line="84"/>
        <source>CivicDesk cannot open {path} ({detail}). SQLite&apos;s own check finds no damage, and CivicDesk did not change the file.</source>
        <translation>CivicDesk no puede abrir {path} ({detail}). La comprobación interna de SQLite no encuentra daños, y CivicDesk no modificó el archivo.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/errors.py" line="124"/>
        <source>The database is busy: another CivicDesk or another program, on this computer or another one, is saving to it. Nothing was saved. Wait a moment and try again; if it stays busy, close the other CivicDesk first.</source>
        <translation>La base de datos está ocupada: otro CivicDesk u otro programa, en esta computadora o en otra, está guardando en ella. No se guardó nada. Espere un momento y vuelva a intentarlo; si sigue ocupada, cierre primero el otro CivicDesk.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/errors.py" line="133"/>
        <source>CivicDesk cannot save to {path}: the file is read-only, or you are not allowed to change it. Nothing was saved. Ask whoever manages this computer to let your user change the file.</source>
        <translation>CivicDesk no puede guardar en {path}: el archivo es de solo lectura, o usted no tiene permiso para modificarlo. No se guardó nada. Pida a la persona que administra esta computadora que permita a su cuenta de usuario modificar el archivo.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/errors.py" line="142"/>
        <source>CivicDesk could not read or write {path}: the disk reported an error ({detail}). Nothing was saved. Check that the disk or USB stick is still connected and try again; if it keeps happening, keep your backups somewhere safe.</source>
        <translation>CivicDesk no pudo leer ni escribir {path}: el disco informó un error ({detail}). No se guardó nada. Compruebe que el disco o la memoria USB sigan conectados y vuelva a intentarlo; si sigue pasando, guarde sus copias de seguridad en un lugar seguro.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/errors.py" line="116"/>
        <source>The database {path} was saved by a newer CivicDesk (data version {found}; this CivicDesk understands up to {supported}). Install the newer CivicDesk to open it.</source>
        <translation>La base de datos {path} fue guardada por una versión más reciente de CivicDesk (versión de datos {found}; este CivicDesk entiende hasta la versión {supported}). Instale la versión más reciente de CivicDesk para abrirla.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/errors.py" line="151"/>
        <source>The disk holding {path} is full, so nothing was saved. Free some space and try again.</source>
        <translation>El disco donde está {path} está lleno, así que no se guardó nada. Libere algo de espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/append_only.py" line="37"/>
        <source>Nothing was saved: the audit log and the history of requests are kept as they were written. Their entries cannot be changed or deleted.</source>
        <translation>No se guardó nada: el registro de actividad y el historial de las solicitudes se conservan tal como se escribieron. Sus entradas no se pueden modificar ni eliminar.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/backups.py" line="51"/>
        <source>The backup could not be made in {folder}: {why}. The database itself is unchanged.</source>
        <translation>No se pudo hacer la copia de seguridad en {folder}: {why}. La base de datos no cambió.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/backups.py" line="57"/>
        <source>{path} cannot be used as a backup: {why}. Nothing was changed.</source>
        <translation>{path} no se puede usar como copia de seguridad: {why}. No se modificó nada.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/backups.py" line="62"/>
        <source>{path} is open in another CivicDesk or another program. Close it there first; nothing was changed.</source>
        <translation>{path} está abierto en otro CivicDesk o en otro programa. Ciérrelo allí primero; no se modificó nada.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/backups.py" line="67"/>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/backups.py" line="68"/>
        <source>there is no such file</source>
        <translation>ese archivo no existe</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/backups.py" line="69"/>
        <source>it is not a database file</source>
        <translation>no es un archivo de base de datos</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/backups.py" line="70"/>
        <source>it is not a CivicDesk database</source>
        <translation>no es una base de datos de CivicDesk</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/backups.py" line="71"/>
        <source>it was saved by a newer CivicDesk</source>
        <translation>fue guardado por una versión más reciente de CivicDesk</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/backups.py" line="72"/>
        <source>SQLite&apos;s check found damage ({detail})</source>
        <translation>la comprobación de SQLite encontró daños ({detail})</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/database.py" line="164"/>
        <source>{path} was saved by an older CivicDesk and must be upgraded before this one can show it, which cannot be done while it is open in CivicDesk elsewhere ({holder}). Close CivicDesk there first.</source>
        <translation>{path} fue guardado por una versión anterior de CivicDesk y hay que actualizarlo antes de que esta versión pueda mostrarlo, lo que no es posible mientras esté abierto en CivicDesk en otro lugar ({holder}). Cierre primero CivicDesk allí.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/lockfile.py" line="60"/>
        <source>another copy of CivicDesk</source>
        <translation>otra copia de CivicDesk</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/lockfile.py" line="61"/>
        <source>{user}, on this computer, since {since}</source>
        <translation>{user}, en esta computadora, desde {since}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/lockfile.py" line="62"/>
        <source>{user} on the computer {host}, since {since}</source>
        <translation>{user} en la computadora {host}, desde {since}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/lockfile.py" line="68"/>
        <source>{path} is already open in CivicDesk: {holder}. Only one copy can make changes at a time: close CivicDesk there first.</source>
        <translation>{path} ya está abierto en CivicDesk: {holder}. Solo una copia puede hacer cambios a la vez: cierre primero CivicDesk allí.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/lockfile.py" line="80"/>
        <source>This copy of CivicDesk opened {path} read-only, because it is open in CivicDesk elsewhere: {holder}. Nothing was saved here; make the change there, or close CivicDesk there and open the file again here.</source>
        <translation>Esta copia de CivicDesk abrió {path} en modo de solo lectura, porque está abierto en CivicDesk en otro lugar: {holder}. Aquí no se guardó nada; haga el cambio allí, o cierre CivicDesk allí y vuelva a abrir el archivo aquí.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/lockfile.py" line="91"/>
        <source>{path} is in a network folder ({kind}). CivicDesk keeps its data in one file on this computer&apos;s own disk: a file that several computers share over the network can be damaged. Copy it to this computer&apos;s disk and open it there. For several PCs, CivicDesk will work with one shared database server (PostgreSQL) in a later version.</source>
        <translation>{path} está en una carpeta de red ({kind}). CivicDesk guarda sus datos en un solo archivo en el disco de esta computadora: un archivo que varias computadoras comparten por la red se puede dañar. Cópielo al disco de esta computadora y ábralo allí. Para varias PC, una versión futura de CivicDesk funcionará con un servidor de base de datos compartido (PostgreSQL).</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/storage.py" line="27"/>
        <source>The second backup folder {path} is not there (is the USB stick or the other disk connected?). The backup was made in the first folder only.</source>
        <translation>La segunda carpeta de copias de seguridad {path} no está disponible (¿está conectada la memoria USB o el otro disco?). La copia de seguridad se hizo solo en la primera carpeta.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/storage.py" line="33"/>
        <source>A backup is put back in place of a database file, and {address} is a database on a server. To put a backup&apos;s data there, copy it into a new, empty database on the server: civicdesk --db BACKUP move --to postgresql://USER@HOST/DATABASE. Nothing was changed.</source>
        <translation>Una copia de seguridad se restaura en lugar de un archivo de base de datos, y {address} es una base de datos en un servidor. Para llevar los datos de una copia de seguridad allí, cópielos en una base de datos nueva y vacía del servidor: civicdesk --db COPIA move --to postgresql://USUARIO@SERVIDOR/BASE. No se modificó nada.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/address.py" line="32"/>
        <source>“{value}” is not the address of a PostgreSQL database: {why}. Write it as postgresql://USER@HOST[:PORT]/DATABASE</source>
        <translation>“{value}” no es la dirección de una base de datos PostgreSQL: {why}. Escríbala como postgresql://USER@HOST[:PORT]/DATABASE</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/address.py" line="37"/>
        <source>CivicDesk connects to PostgreSQL servers only (postgresql://…)</source>
        <translation>CivicDesk solo se conecta a servidores PostgreSQL (postgresql://…)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/address.py" line="39"/>
        <source>the server&apos;s name is missing</source>
        <translation>falta el nombre del servidor</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/address.py" line="40"/>
        <source>the user name is missing</source>
        <translation>falta el nombre de usuario</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/address.py" line="41"/>
        <source>the database&apos;s name is missing</source>
        <translation>falta el nombre de la base de datos</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/address.py" line="42"/>
        <source>the port must be a number from 1 to 65535</source>
        <translation>el puerto debe ser un número del 1 al 65535</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/address.py" line="43"/>
        <source>sslmode must be one of disable, allow, prefer, require, verify-ca, verify-full</source>
        <translation>sslmode debe ser uno de estos valores: disable, allow, prefer, require, verify-ca, verify-full</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/address.py" line="45"/>
        <source>only sslmode can follow the “?”</source>
        <translation>después del “?” solo puede ir sslmode</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/advisory.py" line="35"/>
        <source>Another PC is importing right now; try again when it has finished. Nothing was changed.</source>
        <translation>Otra PC está importando en este momento; vuelva a intentarlo cuando haya terminado. No se modificó nada.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/advisory.py" line="42"/>
        <source>Another PC is making a backup of this database right now; try again when it has finished.</source>
        <translation>Otra PC está haciendo una copia de seguridad de esta base de datos en este momento; vuelva a intentarlo cuando haya terminado.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/copying.py" line="50"/>
        <source>{target} already holds data ({what}). A database is copied only into an empty one, so nothing is mixed or overwritten; nothing was changed.</source>
        <translation>{target} ya contiene datos ({what}). Una base de datos solo se copia en una base de datos vacía, para que nada se mezcle ni se sobrescriba; no se modificó nada.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/copying.py" line="56"/>
        <source>Row {row} of {table} cannot be copied to {target}: {why}. Correct it in {source} first; nothing was copied, and {target} holds no data.</source>
        <translation>La fila {row} de {table} no se puede copiar en {target}: {why}. Corríjala primero en {source}; no se copió nada, y {target} no contiene datos.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/copying.py" line="62"/>
        <source>Copying {table} to {target} failed ({why}). Nothing was copied, and {target} holds no data.</source>
        <translation>No se pudo copiar {table} en {target} ({why}). No se copió nada, y {target} no contiene datos.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/copying.py" line="68"/>
        <source>After copying, {target} would hold {found} rows of {table} where {source} holds {expected}. Nothing was copied, and {target} holds no data.</source>
        <translation>Después de copiar, {target} tendría {found} filas de {table}, mientras que {source} tiene {expected}. No se copió nada, y {target} no contiene datos.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/copying.py" line="75"/>
        <source>{where} does not pass CivicDesk&apos;s check: {problems}. Nothing was copied, and {target} holds no data.</source>
        <translation>{where} no supera la comprobación de CivicDesk: {problems}. No se copió nada, y {target} no contiene datos.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/copying.py" line="80"/>
        <source>its {column} holds a NUL character, which a PostgreSQL server cannot store</source>
        <translation>su columna {column} contiene un carácter NUL, que un servidor PostgreSQL no puede guardar</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/copying.py" line="82"/>
        <source>its {column} is {length} characters long, and the server takes at most {limit}</source>
        <translation>su columna {column} tiene {length} caracteres, y el servidor admite como máximo {limit}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/pg_errors.py" line="28"/>
        <source>CivicDesk cannot reach the database server {server} ({detail}). Check that the server is running and that this computer is on its network, then try again.</source>
        <translation>CivicDesk no puede comunicarse con el servidor de base de datos {server} ({detail}). Compruebe que el servidor esté en funcionamiento y que esta computadora esté en su red, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/pg_errors.py" line="35"/>
        <source>The database server {server} asks for the password of {user}.</source>
        <translation>El servidor de base de datos {server} pide la contraseña de {user}.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/pg_errors.py" line="40"/>
        <source>The database server {server} did not accept the user name {user} with this password. Type the password again, or ask whoever runs the server.</source>
        <translation>El servidor de base de datos {server} no aceptó el nombre de usuario {user} con esta contraseña. Vuelva a escribir la contraseña, o consulte a la persona que administra el servidor.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/pg_errors.py" line="46"/>
        <source>The database server {server} has no database named {database}. Ask whoever runs the server to create it (README, “Several PCs”).</source>
        <translation>El servidor de base de datos {server} no tiene ninguna base de datos llamada {database}. Pida a la persona que administra el servidor que la cree (README, “Several PCs”).</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/pg_errors.py" line="52"/>
        <source>The user {user} may not create tables in the database {database} on {server}, so CivicDesk cannot set it up; nothing was changed. Ask whoever runs the server to make {user} the owner of {database} (README, “Several PCs”).</source>
        <translation>El usuario {user} no tiene permiso para crear tablas en la base de datos {database} de {server}, así que CivicDesk no puede prepararla; no se modificó nada. Pida a la persona que administra el servidor que haga a {user} propietario de {database} (README, “Several PCs”).</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/pg_errors.py" line="60"/>
        <source>The connection to the database server {server} was lost, so nothing of this change was saved. Check the network and try again: CivicDesk connects again by itself.</source>
        <translation>Se perdió la conexión con el servidor de base de datos {server}, así que no se guardó nada de este cambio. Compruebe la red y vuelva a intentarlo: CivicDesk se vuelve a conectar por sí solo.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/pg_errors.py" line="67"/>
        <source>The database server {server} refused: {detail}</source>
        <translation>El servidor de base de datos {server} se negó: {detail}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/pg_errors.py" line="72"/>
        <source>The database {database} on {server} is not a CivicDesk database (it holds tables of another program). CivicDesk did not change it. Connect to an empty database, or to the association&apos;s.</source>
        <translation>La base de datos {database} de {server} no es una base de datos de CivicDesk (contiene tablas de otro programa). CivicDesk no la modificó. Conéctese a una base de datos vacía, o a la de la asociación.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/pg_search.py" line="65"/>
        <source>The database {database} on {server} stores text as {encoding}, which cannot hold every name, so CivicDesk did not set it up. Ask whoever runs the server to create it with ENCODING &apos;UTF8&apos; (README, “Several PCs”).</source>
        <translation>La base de datos {database} de {server} guarda el texto en {encoding}, que no puede contener todos los nombres, así que CivicDesk no la preparó. Pida a la persona que administra el servidor que la cree con ENCODING &apos;UTF8&apos; (README, “Several PCs”).</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <location filename="../../civicdesk/services/duplicates.py" line="25"/>
        <source>same name</source>
        <translation>mismo nombre</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/duplicates.py" line="26"/>
        <source>similar name</source>
        <translation>nombre parecido</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/duplicates.py" line="27"/>
        <source>first and last names swapped</source>
        <translation>nombre y apellido invertidos</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/duplicates.py" line="28"/>
        <source>same email</source>
        <translation>mismo correo electrónico</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/duplicates.py" line="29"/>
        <source>same phone number</source>
        <translation>mismo número de teléfono</translation>
    </message>
</context>
<context>
    <name>EditorDialog</name>
    <message>
        <location filename="../../civicdesk/gui/dialogs/editor.py" line="70"/>
        <source>Discard changes?</source>
        <translation>¿Descartar los cambios?</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/editor.py" line="71"/>
        <source>You changed this but did not save it. Close without saving?</source>
        <translation>Hizo cambios aquí pero no los guardó. ¿Cerrar sin guardar?</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../civicdesk/gui/privacy.py" line="92"/>
        <location filename="../../civicdesk/gui/privacy.py" line="112"/>
        <source>Erase {name}</source>
        <translation>Borrar los datos de {name}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/privacy.py" line="94"/>
        <source>This cannot be undone.

{name}&apos;s names, email, phones, notes, sensitive notes, availability, accessibility notes, languages, skills and member number are removed for good, and the address of a household they alone live in. They stay on file as “Erased” with a number, so the association&apos;s counts stay right: shifts and hours worked, payments (amounts and dates), requests (without what they said). The audit log keeps what was done and when, without the values. A login linked to them is closed.

Backups made before today still hold the old data until they rotate out: up to {months} months (the routine backups of the last 7 days, 4 weeks and 12 months), and copies in a second backup folder as long as they are kept there.</source>
        <translation>Esto no se puede deshacer.

Se eliminan para siempre los nombres, el correo electrónico, los teléfonos, las notas, las notas confidenciales, la disponibilidad, las notas de accesibilidad, los idiomas, las habilidades y el número de miembro de {name}, así como la dirección de un hogar donde solo viva esta persona. Su ficha se conserva con el nombre “Erased” (borrado) y un número, para que los totales de la asociación sigan siendo correctos: turnos y horas trabajadas, pagos (montos y fechas), solicitudes (sin lo que se dijo en ellas). El registro de actividad conserva qué se hizo y cuándo, sin los valores. Si tiene una cuenta de usuario vinculada, se cierra.

Las copias de seguridad hechas antes de hoy conservan los datos anteriores hasta que se reemplacen: hasta {months} meses (las copias de seguridad habituales de los últimos 7 días, 4 semanas y 12 meses), y las copias de una segunda carpeta de copias de seguridad mientras se guarden allí.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/privacy.py" line="107"/>
        <source>Type {word} to confirm:</source>
        <translation>Escriba {word} para confirmar:</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/privacy.py" line="109"/>
        <source>Type {word} to confirm</source>
        <translation>Escriba {word} para confirmar</translation>
    </message>
</context>
<context>
    <name>Erasure</name>
    <message>
        <location filename="../../civicdesk/services/erasure.py" line="48"/>
        <source>Person number {row_id} was already erased on {when}. There is nothing left to erase.</source>
        <translation>Los datos personales de la persona número {row_id} ya se borraron el {when}. No queda nada por borrar.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/erasure.py" line="55"/>
        <source>You cannot erase yourself: your login is linked to this person. Ask another admin.</source>
        <translation>No puede borrar sus propios datos: su cuenta está vinculada a esta persona. Pídaselo a otro administrador.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/erasure.py" line="62"/>
        <source>This person&apos;s login is the only active admin account. Make another account an admin first.</source>
        <translation>La cuenta de esta persona es la única cuenta de administrador activa. Primero convierta otra cuenta en administrador.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../civicdesk/services/errors.py" line="69"/>
        <source>volunteer hours entry</source>
        <translation>registro de horas de voluntariado</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/errors.py" line="70"/>
        <source>sign-up</source>
        <translation>inscripción</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/errors.py" line="71"/>
        <source>event</source>
        <translation>evento</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/errors.py" line="72"/>
        <source>household</source>
        <translation>hogar</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/errors.py" line="73"/>
        <source>import</source>
        <translation>importación</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/errors.py" line="74"/>
        <source>payment</source>
        <translation>pago</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/errors.py" line="75"/>
        <source>person</source>
        <translation>persona</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/errors.py" line="76"/>
        <source>shift</source>
        <translation>turno</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/errors.py" line="77"/>
        <source>repeating series</source>
        <translation>serie periódica</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/errors.py" line="78"/>
        <source>support request</source>
        <translation>solicitud de ayuda</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/errors.py" line="79"/>
        <source>account</source>
        <translation>cuenta</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/errors.py" line="85"/>
        <source>The {what} you asked for (number {row_id}) no longer exists.</source>
        <translation>Lo que pidió ({what} número {row_id}) ya no existe.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/ics.py" line="37"/>
        <source>There is no event called “{name}”.</source>
        <translation>No hay ningún evento llamado “{name}”.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/ics.py" line="41"/>
        <source>There is no person with the number {id}.</source>
        <translation>No hay ninguna persona con el número {id}.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/ics.py" line="45"/>
        <source>The calendar file could not be read back ({why}); it was not saved.</source>
        <translation>No se pudo volver a leer el archivo de calendario ({why}); no se guardó.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/common.py" line="25"/>
        <source>no file name can hold one of its characters</source>
        <translation>uno de sus caracteres no se puede usar en un nombre de archivo</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/common.py" line="39"/>
        <source>{command} works on database files, and {address} is a database on a server. {advice}</source>
        <translation>{command} trabaja con archivos de base de datos, y {address} es una base de datos en un servidor. {advice}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/common.py" line="45"/>
        <source>no password for {address}: {why}</source>
        <translation>no hay contraseña para {address}: {why}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/common.py" line="50"/>
        <source>there is no database at {path}</source>
        <translation>no hay ninguna base de datos en {path}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/common.py" line="58"/>
        <source>cannot open {path}: {reason}</source>
        <translation>no se puede abrir {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/common.py" line="62"/>
        <source>this database has user accounts: say who you are with --as NAME before the command, for example: civicdesk --as NAME {command} ...</source>
        <translation>esta base de datos tiene cuentas de usuario: indique quién es usted con --as NAME antes del comando, por ejemplo: civicdesk --as NAME {command} ...</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/common.py" line="68"/>
        <source>--as {name}: this database has no user accounts yet; leave out --as, or add the first admin with: civicdesk user add NAME --role admin</source>
        <translation>--as {name}: esta base de datos aún no tiene cuentas de usuario; omita --as, o agregue el primer administrador con: civicdesk user add NAME --role admin</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/common.py" line="74"/>
        <source>no PIN or password for {whose}: {why}</source>
        <translation>no hay PIN ni contraseña para {whose}: {why}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/common.py" line="79"/>
        <source>the two PINs or passwords typed for {whose} are not the same; nothing was changed</source>
        <translation>los dos PIN o contraseñas escritos para {whose} no coinciden; no se modificó nada</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/common.py" line="84"/>
        <source>standard input has no more lines (--password-stdin reads one line for each)</source>
        <translation>la entrada estándar no tiene más líneas (--password-stdin lee una línea para cada uno)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/common.py" line="86"/>
        <source>its line on standard input is empty</source>
        <translation>su línea en la entrada estándar está vacía</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/common.py" line="87"/>
        <source>nothing was typed</source>
        <translation>no se escribió nada</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/demo.py" line="19"/>
        <source>--people must be from 1 to {max}, not {count}</source>
        <translation>--people debe estar entre 1 y {max}, no {count}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/user.py" line="22"/>
        <source>the first user of a database must be an admin (--role admin), who can then add the others; nothing was changed</source>
        <translation>el primer usuario de una base de datos debe ser administrador (--role admin), y luego podrá agregar a los demás; no se modificó nada</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/user.py" line="28"/>
        <source>there is no user named “{name}” (see: civicdesk --as NAME user list)</source>
        <translation>no hay ningún usuario llamado “{name}” (vea: civicdesk --as NAME user list)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/demo/logins.py" line="27"/>
        <source>--with-logins: this database already has a user named “{name}”; nothing was changed</source>
        <translation>--with-logins: esta base de datos ya tiene un usuario llamado “{name}”; no se modificó nada</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/data_folder.py" line="25"/>
        <source>{path} cannot be the data folder: {reason}</source>
        <translation>{path} no puede ser la carpeta de datos: {reason}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/data_folder.py" line="29"/>
        <source>give the folder&apos;s full path</source>
        <translation>indique la ruta completa de la carpeta</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/data_folder.py" line="30"/>
        <source>CivicDesk may not create files there</source>
        <translation>CivicDesk no tiene permiso para crear archivos allí</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/imports.py" line="20"/>
        <source>{value} is not an import number; civicdesk imports lists them</source>
        <translation>{value} no es un número de importación; civicdesk imports muestra la lista</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/settings_cmd.py" line="20"/>
        <source>there is no setting “{name}”; the settings are: {names}</source>
        <translation>no existe la opción de configuración “{name}”; las opciones son: {names}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/sheets.py" line="38"/>
        <source>{path}: the file name must end in .csv or .xlsx, so CivicDesk knows what to write</source>
        <translation>{path}: el nombre del archivo debe terminar en .csv o .xlsx, para que CivicDesk sepa qué escribir</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/sheets.py" line="45"/>
        <source>{count} rows do not fit in one XLSX sheet (at most 1,048,575); write a .csv file instead</source>
        <translation>{count} filas no caben en una hoja XLSX (como máximo 1&#xa0;048&#xa0;575); escriba un archivo .csv en su lugar</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/common.py" line="54"/>
        <location filename="../../civicdesk/services/exports.py" line="64"/>
        <source>cannot write {path}: {reason}</source>
        <translation>no se puede escribir {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/exports.py" line="69"/>
        <source>{path} is not a CivicDesk “Export everything” file ({why}); nothing was changed</source>
        <translation>{path} no es un archivo de “Exportar todo” de CivicDesk ({why}); no se modificó nada</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/exports.py" line="76"/>
        <source>this database already holds data ({what}); an export is read back only into an empty one, so nothing is mixed or overwritten. Nothing was changed</source>
        <translation>esta base de datos ya contiene datos ({what}); una exportación solo se vuelve a cargar en una base de datos vacía, para que nada se mezcle ni se sobrescriba. No se modificó nada</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/exports.py" line="83"/>
        <source>the {kind} list has no column {column!r}</source>
        <translation>la lista {kind} no tiene la columna {column!r}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/exports.py" line="88"/>
        <source>the file has user accounts, and no PIN or password ever leaves a database: name an admin of the file to give a new one (--admin NAME); nothing was changed</source>
        <translation>el archivo tiene cuentas de usuario, y ningún PIN ni contraseña sale nunca de una base de datos: indique un administrador del archivo para darle uno nuevo (--admin NAME); no se modificó nada</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/exports.py" line="96"/>
        <source>the file has no admin account named {name}; nothing was changed</source>
        <translation>el archivo no tiene ninguna cuenta de administrador llamada {name}; no se modificó nada</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/audit.py" line="18"/>
        <source>{option} {value}: {problem}</source>
        <translation>{option} {value}: {problem}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/errors.py" line="19"/>
        <source>Something went wrong.</source>
        <translation>Algo salió mal.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/this_computer.py" line="19"/>
        <source>cannot save the choice for this computer in {path}: {reason}</source>
        <translation>no se puede guardar la elección para esta computadora en {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/move.py" line="30"/>
        <source>--to names the database being moved ({target}); name another, empty one</source>
        <translation>--to indica la misma base de datos que se traslada ({target}); indique otra, vacía</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/move.py" line="35"/>
        <source>{source} was saved by an older CivicDesk. Open it once in this CivicDesk, which upgrades it (after a backup), then move it; nothing was changed</source>
        <translation>{source} fue guardada por una versión anterior de CivicDesk. Ábrala una vez con esta versión de CivicDesk, que la actualiza (después de hacer una copia de seguridad), y luego trasládela; no se modificó nada</translation>
    </message>
    <message>
        <location filename="../../civicdesk/commands/move.py" line="41"/>
        <source>{source} holds no CivicDesk database yet, so there is nothing to move</source>
        <translation>{source} todavía no contiene ninguna base de datos de CivicDesk, así que no hay nada que trasladar</translation>
    </message>
    <message>
        <location filename="../../civicdesk/passwords.py" line="42"/>
        <source>this computer&apos;s keyring did not keep the password of {key} ({reason}); it will be asked again next time</source>
        <translation>el llavero de contraseñas de esta computadora no guardó la contraseña de {key} ({reason}); se volverá a pedir la próxima vez</translation>
    </message>
    <message>
        <location filename="../../civicdesk/passwords.py" line="48"/>
        <source>no password was typed for {key}, so CivicDesk did not connect to it</source>
        <translation>no se escribió ninguna contraseña para {key}, así que CivicDesk no se conectó</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../civicdesk/gui/dialogs/event_dialog.py" line="38"/>
        <source>New event</source>
        <translation>Nuevo evento</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/event_dialog.py" line="38"/>
        <source>Edit event</source>
        <translation>Editar evento</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/event_dialog.py" line="60"/>
        <source>Colour of the event</source>
        <translation>Color del evento</translation>
    </message>
    <message>
        <location filename="../../ui/event_dialog.ui" line="6"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../../ui/event_dialog.ui" line="12"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../../ui/event_dialog.ui" line="18"/>
        <source>e.g. Food pantry</source>
        <translation>p. ej., Banco de alimentos</translation>
    </message>
    <message>
        <location filename="../../ui/event_dialog.ui" line="23"/>
        <source>&amp;Where:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <location filename="../../ui/event_dialog.ui" line="29"/>
        <source>Address or room; shifts can name their own</source>
        <translation>Dirección o sala; cada turno puede indicar la suya</translation>
    </message>
    <message>
        <location filename="../../ui/event_dialog.ui" line="34"/>
        <source>&amp;Colour:</source>
        <translation>&amp;Color:</translation>
    </message>
    <message>
        <location filename="../../ui/event_dialog.ui" line="49"/>
        <source>Colour code</source>
        <translation>Código de color</translation>
    </message>
    <message>
        <location filename="../../ui/event_dialog.ui" line="54"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <location filename="../../ui/event_dialog.ui" line="66"/>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <location filename="../../civicdesk/gui/models/event_table.py" line="21"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/event_table.py" line="21"/>
        <source>Where</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/event_table.py" line="21"/>
        <source>Coming shifts</source>
        <translation>Próximos turnos</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/event_table.py" line="21"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/event_table.py" line="29"/>
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/event_table.py" line="29"/>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts_events.py" line="37"/>
        <source>Show &amp;archived events</source>
        <translation>&amp;Mostrar eventos archivados</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts_events.py" line="33"/>
        <source>&amp;Plan an event…</source>
        <translation>&amp;Planificar un evento…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts_events.py" line="34"/>
        <source>E&amp;dit…</source>
        <translation>E&amp;ditar…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts_events.py" line="36"/>
        <source>Save as calendar file…</source>
        <translation>Guardar como archivo de calendario…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts_events.py" line="35"/>
        <location filename="../../civicdesk/gui/panes/shifts_events.py" line="87"/>
        <source>A&amp;rchive</source>
        <translation>Ar&amp;chivar</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts_events.py" line="53"/>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts_events.py" line="86"/>
        <source>Bring &amp;back</source>
        <translation>Sacar del archi&amp;vo</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../civicdesk/services/export_lists.py" line="50"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/export_lists.py" line="85"/>
        <source>Ends</source>
        <translation>Termina</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/export_lists.py" line="91"/>
        <source>Places</source>
        <translation>Plazas</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/export_lists.py" line="94"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/export_lists.py" line="131"/>
        <source>Asked on</source>
        <translation>Fecha de solicitud</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../../civicdesk/services/payments.py" line="22"/>
        <source>Paid by</source>
        <translation>Pagado por</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/payments.py" line="23"/>
        <location filename="../../civicdesk/services/people.py" line="37"/>
        <source>Household</source>
        <translation>Hogar</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/payments.py" line="24"/>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/payments.py" line="26"/>
        <source>Paid on</source>
        <translation>Fecha de pago</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/payments.py" line="27"/>
        <source>Covers from</source>
        <translation>Cubre desde</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/payments.py" line="28"/>
        <source>Covers until</source>
        <translation>Cubre hasta</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/payments.py" line="29"/>
        <source>Method</source>
        <translation>Forma de pago</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="102"/>
        <source>What was tried</source>
        <translation>Lo que se intentó</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="103"/>
        <source>Why it was refused</source>
        <translation>Por qué se rechazó</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="104"/>
        <source>Cause</source>
        <translation>Causa</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="105"/>
        <source>Attempt</source>
        <translation>Intento</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="107"/>
        <location filename="../../civicdesk/services/payments.py" line="30"/>
        <location filename="../../civicdesk/services/requests.py" line="48"/>
        <location filename="../../civicdesk/services/shifts.py" line="39"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="111"/>
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="112"/>
        <source>Entered by (user number)</source>
        <translation>Registrado por (número de usuario)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="113"/>
        <source>Voided at</source>
        <translation>Anulado el</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="114"/>
        <source>Voided by (user number)</source>
        <translation>Anulado por (número de usuario)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="115"/>
        <source>Voided by</source>
        <translation>Anulado por</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="116"/>
        <source>Why it was voided</source>
        <translation>Motivo de la anulación</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="117"/>
        <source>Corrects payment number</source>
        <translation>Corrige el pago número</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="31"/>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="32"/>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="33"/>
        <source>Preferred name</source>
        <translation>Nombre preferido</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="34"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="35"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="36"/>
        <source>Mobile phone</source>
        <translation>Teléfono celular</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="38"/>
        <source>Membership</source>
        <translation>Membresía</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="40"/>
        <source>Member number</source>
        <translation>Número de miembro</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="58"/>
        <location filename="../../civicdesk/settings.py" line="105"/>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="61"/>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="62"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="64"/>
        <source>Who</source>
        <translation>Quiénes</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="66"/>
        <source>Members in good standing</source>
        <translation>Miembros al día</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="67"/>
        <source>Paying members</source>
        <translation>Miembros que pagan cuota</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="68"/>
        <source>Honorary members</source>
        <translation>Miembros honorarios</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="69"/>
        <source>Lapsed members</source>
        <translation>Miembros con la membresía vencida</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="70"/>
        <source>Prospective members</source>
        <translation>Posibles miembros</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="71"/>
        <source>Everyone on file</source>
        <translation>Todas las personas registradas</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="74"/>
        <source>Large print (16 pt)</source>
        <translation>Letra grande (16 pt)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="90"/>
        <location filename="../../civicdesk/reports/catalog.py" line="187"/>
        <location filename="../../civicdesk/reports/catalog.py" line="241"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="91"/>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="108"/>
        <location filename="../../civicdesk/reports/catalog.py" line="174"/>
        <source>Start at label</source>
        <translation>Empezar en la etiqueta</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="114"/>
        <location filename="../../civicdesk/reports/catalog.py" line="200"/>
        <location filename="../../civicdesk/services/hours.py" line="23"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="161"/>
        <source>Due within (days)</source>
        <translation>Vence en (días)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="168"/>
        <source>Label sheet</source>
        <translation>Hoja de etiquetas</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="171"/>
        <source>Avery 5160 (Letter, 30 labels)</source>
        <translation>Avery 5160 (Carta, 30 etiquetas)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="173"/>
        <source>L7163 (A4, 14 labels)</source>
        <translation>L7163 (A4, 14 etiquetas)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="181"/>
        <source>Only for</source>
        <translation>Solo para</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="188"/>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="190"/>
        <source>One week</source>
        <translation>Una semana</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="191"/>
        <source>One month</source>
        <translation>Un mes</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="203"/>
        <source>Blank rows</source>
        <translation>Filas en blanco</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="214"/>
        <source>Shifts on</source>
        <translation>Turnos del día</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="231"/>
        <location filename="../../civicdesk/services/people.py" line="41"/>
        <location filename="../../civicdesk/services/requests.py" line="201"/>
        <location filename="../../civicdesk/services/requests.py" line="224"/>
        <source>Volunteer</source>
        <translation>Voluntario</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="232"/>
        <source>Signed by</source>
        <translation>Firmado por</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="250"/>
        <source>Request number</source>
        <translation>Número de solicitud</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="259"/>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="42"/>
        <source>Availability</source>
        <translation>Disponibilidad</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="44"/>
        <source>Accessibility and mobility</source>
        <translation>Accesibilidad y movilidad</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="46"/>
        <source>Listed in the directory</source>
        <translation>Aparece en el directorio</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="47"/>
        <source>May be emailed</source>
        <translation>Acepta correos electrónicos</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="48"/>
        <source>May be phoned</source>
        <translation>Acepta llamadas</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="49"/>
        <source>Photos allowed</source>
        <translation>Permite fotos</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="50"/>
        <source>Reach via</source>
        <translation>Contactar a través de</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="51"/>
        <location filename="../../civicdesk/services/people.py" line="72"/>
        <location filename="../../civicdesk/services/series.py" line="57"/>
        <location filename="../../civicdesk/services/shifts.py" line="32"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="52"/>
        <location filename="../../civicdesk/services/requests.py" line="37"/>
        <source>Sensitive notes</source>
        <translation>Notas confidenciales</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="54"/>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="55"/>
        <source>Skills</source>
        <translation>Habilidades</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="56"/>
        <source>Interests</source>
        <translation>Intereses</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="64"/>
        <source>Household name</source>
        <translation>Nombre del hogar</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="65"/>
        <source>Street</source>
        <translation>Calle</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="66"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="67"/>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="68"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="69"/>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="70"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="71"/>
        <location filename="../../civicdesk/services/requests.py" line="39"/>
        <source>Area</source>
        <translation>Zona</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="31"/>
        <source>Requester</source>
        <translation>Solicitante</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="32"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="33"/>
        <source>Urgency</source>
        <translation>Urgencia</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="34"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="35"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="40"/>
        <source>Due</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="41"/>
        <source>Follow up on</source>
        <translation>Seguimiento el</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="247"/>
        <location filename="../../civicdesk/services/shifts.py" line="36"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/payments.py" line="33"/>
        <location filename="../../civicdesk/services/requests.py" line="49"/>
        <location filename="../../civicdesk/services/requests.py" line="258"/>
        <location filename="../../civicdesk/services/shifts.py" line="43"/>
        <location filename="../../civicdesk/services/shifts.py" line="44"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/accounts.py" line="44"/>
        <location filename="../../civicdesk/services/shifts.py" line="19"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/accounts.py" line="46"/>
        <source>Display name</source>
        <translation>Nombre a mostrar</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/accounts.py" line="49"/>
        <source>Linked person</source>
        <translation>Persona vinculada</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/accounts.py" line="51"/>
        <source>PIN or password</source>
        <translation>PIN o contraseña</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/shifts.py" line="20"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/shifts.py" line="282"/>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/series.py" line="53"/>
        <location filename="../../civicdesk/services/shifts.py" line="21"/>
        <location filename="../../civicdesk/services/shifts.py" line="29"/>
        <source>Location</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/shifts.py" line="22"/>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="72"/>
        <location filename="../../civicdesk/services/audit_log.py" line="110"/>
        <location filename="../../civicdesk/services/hours.py" line="26"/>
        <location filename="../../civicdesk/services/series.py" line="43"/>
        <location filename="../../civicdesk/services/shifts.py" line="25"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/accounts.py" line="48"/>
        <location filename="../../civicdesk/services/series.py" line="44"/>
        <location filename="../../civicdesk/services/shifts.py" line="26"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/series.py" line="45"/>
        <source>Weekdays</source>
        <translation>Días de la semana</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/series.py" line="46"/>
        <source>Every how many weeks</source>
        <translation>Cada cuántas semanas</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/series.py" line="48"/>
        <location filename="../../civicdesk/services/shifts.py" line="27"/>
        <source>Starts</source>
        <translation>Empieza</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/series.py" line="49"/>
        <location filename="../../civicdesk/services/shifts.py" line="28"/>
        <source>Ends</source>
        <translation>Termina</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/series.py" line="50"/>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/series.py" line="51"/>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/series.py" line="52"/>
        <source>Number of times</source>
        <translation>Número de veces</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/series.py" line="54"/>
        <location filename="../../civicdesk/services/shifts.py" line="30"/>
        <source>Places</source>
        <translation>Plazas</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/series.py" line="56"/>
        <location filename="../../civicdesk/services/shifts.py" line="31"/>
        <source>Required skill</source>
        <translation>Habilidad requerida</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/shifts.py" line="38"/>
        <source>Minutes worked</source>
        <translation>Minutos trabajados</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/audit_log.py" line="108"/>
        <location filename="../../civicdesk/services/hours.py" line="22"/>
        <location filename="../../civicdesk/services/shifts.py" line="180"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/hours.py" line="24"/>
        <source>Time worked</source>
        <translation>Tiempo trabajado</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/hours.py" line="27"/>
        <source>What was done</source>
        <translation>Qué se hizo</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="202"/>
        <location filename="../../civicdesk/services/audit_log.py" line="109"/>
        <location filename="../../civicdesk/services/shifts.py" line="188"/>
        <location filename="../../civicdesk/services/shifts.py" line="197"/>
        <source>Shift</source>
        <translation>Turno</translation>
    </message>
    <message>
        <location filename="../../civicdesk/settings.py" line="25"/>
        <source>The association</source>
        <translation>La asociación</translation>
    </message>
    <message>
        <location filename="../../civicdesk/settings.py" line="26"/>
        <source>Formats</source>
        <translation>Formatos</translation>
    </message>
    <message>
        <location filename="../../civicdesk/settings.py" line="27"/>
        <source>Dues</source>
        <translation>Cuota</translation>
    </message>
    <message>
        <location filename="../../civicdesk/settings.py" line="28"/>
        <source>Locking and backups</source>
        <translation>Bloqueo y copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../civicdesk/settings.py" line="29"/>
        <source>Keeping records</source>
        <translation>Conservación de los datos</translation>
    </message>
    <message>
        <location filename="../../civicdesk/settings.py" line="94"/>
        <source>Association name</source>
        <translation>Nombre de la asociación</translation>
    </message>
    <message>
        <location filename="../../civicdesk/settings.py" line="95"/>
        <source>Association address</source>
        <translation>Dirección de la asociación</translation>
    </message>
    <message>
        <location filename="../../civicdesk/settings.py" line="97"/>
        <source>Association phone</source>
        <translation>Teléfono de la asociación</translation>
    </message>
    <message>
        <location filename="../../civicdesk/settings.py" line="99"/>
        <source>Association email</source>
        <translation>Correo electrónico de la asociación</translation>
    </message>
    <message>
        <location filename="../../civicdesk/settings.py" line="101"/>
        <source>Association website</source>
        <translation>Sitio web de la asociación</translation>
    </message>
    <message>
        <location filename="../../civicdesk/settings.py" line="103"/>
        <source>Logo for reports</source>
        <translation>Logotipo para los informes</translation>
    </message>
    <message>
        <location filename="../../civicdesk/settings.py" line="107"/>
        <source>Country (for phone numbers)</source>
        <translation>País (para los números de teléfono)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/settings.py" line="112"/>
        <source>Time zone (empty: this computer&apos;s)</source>
        <translation>Zona horaria (vacía: la de esta computadora)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/settings.py" line="121"/>
        <source>Second folder for backups (a USB stick or another disk)</source>
        <translation>Segunda carpeta para las copias de seguridad (una memoria USB u otro disco)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/settings.py" line="124"/>
        <source>Keep closed requests (months)</source>
        <translation>Conservar las solicitudes cerradas (meses)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/settings.py" line="126"/>
        <source>Purge the sensitive notes of requests closed more than this many months ago (0: keep them)</source>
        <translation>Eliminar las notas confidenciales de las solicitudes cerradas hace más de esta cantidad de meses (0: conservarlas)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/settings.py" line="110"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location filename="../../civicdesk/settings.py" line="114"/>
        <source>Dues (in cents)</source>
        <translation>Cuota (en centavos)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/settings.py" line="116"/>
        <source>Dues cover (months)</source>
        <translation>La cuota cubre (meses)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/settings.py" line="118"/>
        <source>Lock after idle minutes (0: never)</source>
        <translation>Bloquear tras estos minutos de inactividad (0: nunca)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/settings.py" line="129"/>
        <source>Demo data offer answered</source>
        <translation>Oferta de datos de demostración respondida</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/retention.py" line="29"/>
        <source>Months</source>
        <translation>Meses</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/mapping.py" line="41"/>
        <source>Full name (split into first and last)</source>
        <translation>Nombre completo (se separa en nombre y apellido)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/mapping.py" line="47"/>
        <source>Household key (rows with the same key live together)</source>
        <translation>Clave de hogar (las filas con la misma clave viven juntas)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/mapping.py" line="50"/>
        <source>Membership level or type</source>
        <translation>Nivel o tipo de membresía</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/mapping.py" line="53"/>
        <source>Member since</source>
        <translation>Miembro desde</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/mapping.py" line="54"/>
        <source>Renewal due</source>
        <translation>Fecha de renovación</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/mapping.py" line="59"/>
        <source>Do not email (yes: may not be emailed)</source>
        <translation>No enviar correos electrónicos (sí: no se le puede escribir)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/mapping.py" line="61"/>
        <source>Do not phone (yes: may not be phoned)</source>
        <translation>No llamar (sí: no se le puede llamar)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/mapping.py" line="65"/>
        <source>Id in the other system</source>
        <translation>Identificador en el otro sistema</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/mapping.py" line="66"/>
        <source>Do not mail (yes: kept as the interest “do not mail”)</source>
        <translation>No enviar correo postal (sí: se guarda como el interés “no enviar correo postal”)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/mapping.py" line="68"/>
        <source>Do not text (yes: kept as the interest “do not sms”)</source>
        <translation>No enviar SMS (sí: se guarda como el interés “no enviar SMS”)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/mapping.py" line="71"/>
        <source>Dues paid: amount</source>
        <translation>Cuota pagada: monto</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/mapping.py" line="72"/>
        <source>Dues paid: on (date)</source>
        <translation>Cuota pagada: fecha</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/mapping.py" line="73"/>
        <source>Dues paid: covering from</source>
        <translation>Cuota pagada: cubre desde</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/mapping.py" line="74"/>
        <source>Dues paid: until</source>
        <translation>Cuota pagada: hasta</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/shared_database.py" line="35"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/shared_database.py" line="37"/>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/shared_database.py" line="39"/>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/shared_database.py" line="41"/>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/shared_database.py" line="43"/>
        <source>Encryption (TLS)</source>
        <translation>Cifrado (TLS)</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <location filename="../../civicdesk/gui/dialogs/first_run.py" line="26"/>
        <source>An empty database</source>
        <translation>Una base de datos vacía</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/first_run.py" line="27"/>
        <source>This database has nobody in it yet.

Would you like to load made-up demo people, shifts and requests to try CivicDesk out? For real use, start with the empty database instead.</source>
        <translation>Esta base de datos todavía no tiene a nadie.

¿Desea cargar personas, turnos y solicitudes de demostración (inventados) para probar CivicDesk? Para el uso real, empiece mejor con la base de datos vacía.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/first_run.py" line="50"/>
        <source>Loading demo data…</source>
        <translation>Cargando datos de demostración…</translation>
    </message>
</context>
<context>
    <name>FirstRunScreen</name>
    <message>
        <location filename="../../civicdesk/gui/login_screen.py" line="330"/>
        <source>Welcome to CivicDesk</source>
        <translation>Le damos la bienvenida a CivicDesk</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/login_screen.py" line="331"/>
        <source>First, create your own account. You will be its admin: you can then add an account for everyone else who uses CivicDesk here.</source>
        <translation>Primero, cree su propia cuenta. Usted será su administrador: después podrá agregar una cuenta para cada persona que use CivicDesk aquí.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/login_screen.py" line="342"/>
        <source>Your &amp;name</source>
        <translation>Su &amp;nombre</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/login_screen.py" line="343"/>
        <source>&amp;PIN or password</source>
        <translation>&amp;PIN o contraseña</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/login_screen.py" line="344"/>
        <source>The same &amp;again</source>
        <translation>&amp;Repítalo</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/login_screen.py" line="354"/>
        <source>A PIN is at least 4 digits; a password is at least 8 characters. Nobody else should know it: CivicDesk locks itself after a few idle minutes, and your PIN or password opens it again.</source>
        <translation>Un PIN tiene al menos 4 dígitos; una contraseña, al menos 8 caracteres. Nadie más debe conocerlo: CivicDesk se bloquea solo tras unos minutos sin uso, y su PIN o contraseña lo vuelve a abrir.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/login_screen.py" line="359"/>
        <source>&amp;Create my account</source>
        <translation>&amp;Crear mi cuenta</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/login_screen.py" line="376"/>
        <source>Enter your name, as the others know you.</source>
        <translation>Escriba su nombre, tal como lo conocen los demás.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/login_screen.py" line="381"/>
        <source>This is not the same as above: type it again.</source>
        <translation>No coincide con lo de arriba: escríbalo de nuevo.</translation>
    </message>
</context>
<context>
    <name>GettingStarted</name>
    <message>
        <location filename="../../civicdesk/gui/widgets/getting_started.py" line="28"/>
        <source>Getting started</source>
        <translation>Primeros pasos</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/getting_started.py" line="33"/>
        <source>Nobody is on file yet. A few first steps:</source>
        <translation>Todavía no hay nadie registrado. Algunos primeros pasos:</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/getting_started.py" line="41"/>
        <source>Set the association&apos;s name…</source>
        <translation>Indicar el nombre de la asociación…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/getting_started.py" line="42"/>
        <source>Its name, address and logo go on every printout.</source>
        <translation>Su nombre, dirección y logotipo aparecen en todo lo que se imprime.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/getting_started.py" line="44"/>
        <source>Import a spreadsheet…</source>
        <translation>Importar una hoja de cálculo…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/getting_started.py" line="45"/>
        <source>Members from Excel, a CSV file, CiviCRM or Wild Apricot.</source>
        <translation>Miembros desde Excel, un archivo CSV, CiviCRM o Wild Apricot.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/getting_started.py" line="47"/>
        <source>Add a person</source>
        <translation>Agregar una persona</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/getting_started.py" line="48"/>
        <source>Type in a member or volunteer by hand.</source>
        <translation>Ingresar a mano un miembro o un voluntario.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/getting_started.py" line="49"/>
        <source>Create an event…</source>
        <translation>Crear un evento…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/getting_started.py" line="50"/>
        <source>An activity that volunteers sign up for shifts of.</source>
        <translation>Una actividad con turnos en los que se inscriben los voluntarios.</translation>
    </message>
</context>
<context>
    <name>HoursDialog</name>
    <message>
        <location filename="../../civicdesk/gui/dialogs/hours_dialog.py" line="47"/>
        <source>Log hours without a shift</source>
        <translation>Registrar horas sin turno</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/hours_dialog.py" line="49"/>
        <source>For work done outside a planned shift, such as delivering flyers or a repair visit.</source>
        <translation>Para trabajo hecho fuera de un turno planificado, como repartir volantes o una visita de reparación.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/hours_dialog.py" line="54"/>
        <location filename="../../civicdesk/gui/dialogs/hours_dialog.py" line="69"/>
        <source>(no event)</source>
        <translation>(sin evento)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/hours_dialog.py" line="63"/>
        <source>Correct logged hours</source>
        <translation>Corregir horas registradas</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/hours_dialog.py" line="64"/>
        <source>Hours logged for &lt;b&gt;{name}&lt;/b&gt;.</source>
        <translation>Horas registradas para &lt;b&gt;{name}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/hours_dialog.py" line="80"/>
        <source>Correct hours</source>
        <translation>Corregir horas</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/hours_dialog.py" line="84"/>
        <source>Hours for &lt;b&gt;{name}&lt;/b&gt; on {shift}, {when} (planned: {planned}).</source>
        <translation>Horas de &lt;b&gt;{name}&lt;/b&gt; en {shift}, {when} (previsto: {planned}).</translation>
    </message>
    <message>
        <location filename="../../ui/hours_dialog.ui" line="6"/>
        <source>Log volunteer hours</source>
        <translation>Registrar horas de voluntariado</translation>
    </message>
    <message>
        <location filename="../../ui/hours_dialog.ui" line="17"/>
        <source>&amp;Volunteer:</source>
        <translation>Volu&amp;ntario:</translation>
    </message>
    <message>
        <location filename="../../ui/hours_dialog.ui" line="25"/>
        <source>&amp;Day:</source>
        <translation>&amp;Día:</translation>
    </message>
    <message>
        <location filename="../../ui/hours_dialog.ui" line="32"/>
        <source>dddd d MMMM yyyy</source>
        <translation>dddd d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/hours_dialog.ui" line="37"/>
        <source>&amp;Time given:</source>
        <translation>&amp;Tiempo dedicado:</translation>
    </message>
    <message>
        <location filename="../../ui/hours_dialog.ui" line="45"/>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <location filename="../../ui/hours_dialog.ui" line="47"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location filename="../../ui/hours_dialog.ui" line="52"/>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <location filename="../../ui/hours_dialog.ui" line="55"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/hours_dialog.ui" line="67"/>
        <source>&amp;Event:</source>
        <translation>&amp;Evento:</translation>
    </message>
    <message>
        <location filename="../../ui/hours_dialog.ui" line="76"/>
        <source>&amp;What was done:</source>
        <translation>&amp;Qué se hizo:</translation>
    </message>
    <message>
        <location filename="../../ui/hours_dialog.ui" line="82"/>
        <source>e.g. delivered flyers in the east end</source>
        <translation>p. ej., repartió volantes en la zona este</translation>
    </message>
</context>
<context>
    <name>HoursTable</name>
    <message>
        <location filename="../../civicdesk/gui/models/hours_table.py" line="16"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/hours_table.py" line="18"/>
        <source>Time worked</source>
        <translation>Tiempo trabajado</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/hours_table.py" line="20"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/hours_table.py" line="21"/>
        <source>What was done</source>
        <translation>Qué se hizo</translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <location filename="../../civicdesk/gui/dialogs/household_dialog.py" line="33"/>
        <source>Save the household</source>
        <translation>Guardar el hogar</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/household_dialog.py" line="41"/>
        <location filename="../../ui/household_dialog.ui" line="14"/>
        <source>Household</source>
        <translation>Hogar</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/household_dialog.py" line="41"/>
        <source>New household</source>
        <translation>Nuevo hogar</translation>
    </message>
    <message>
        <location filename="../../ui/household_dialog.ui" line="23"/>
        <source>One address per household: everyone living there shares it, and mailings go out once per household.</source>
        <translation>Una dirección por hogar: todas las personas que viven allí la comparten, y los envíos por correo se hacen una vez por hogar.</translation>
    </message>
    <message>
        <location filename="../../ui/household_dialog.ui" line="38"/>
        <source>Household &amp;name</source>
        <translation>&amp;Nombre del hogar</translation>
    </message>
    <message>
        <location filename="../../ui/household_dialog.ui" line="58"/>
        <source>&amp;Street and number</source>
        <translation>Ca&amp;lle y número</translation>
    </message>
    <message>
        <location filename="../../ui/household_dialog.ui" line="78"/>
        <source>&amp;Unit or floor</source>
        <translation>&amp;Departamento o piso</translation>
    </message>
    <message>
        <location filename="../../ui/household_dialog.ui" line="98"/>
        <source>&amp;Postal code</source>
        <translation>Código &amp;postal</translation>
    </message>
    <message>
        <location filename="../../ui/household_dialog.ui" line="118"/>
        <source>&amp;City</source>
        <translation>&amp;Ciudad</translation>
    </message>
    <message>
        <location filename="../../ui/household_dialog.ui" line="138"/>
        <source>&amp;Region</source>
        <translation>&amp;Región</translation>
    </message>
    <message>
        <location filename="../../ui/household_dialog.ui" line="158"/>
        <source>C&amp;ountry</source>
        <translation>Paí&amp;s</translation>
    </message>
    <message>
        <location filename="../../ui/household_dialog.ui" line="178"/>
        <source>&amp;Area or district</source>
        <translation>&amp;Zona o barrio</translation>
    </message>
    <message>
        <location filename="../../ui/household_dialog.ui" line="198"/>
        <source>No&amp;tes</source>
        <translation>No&amp;tas</translation>
    </message>
</context>
<context>
    <name>HouseholdPage</name>
    <message>
        <location filename="../../civicdesk/gui/panes/household_page.py" line="30"/>
        <location filename="../../civicdesk/gui/panes/household_page.py" line="117"/>
        <source>{name} (archived)</source>
        <translation>{name} (archivado)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/household_page.py" line="35"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/household_page.py" line="36"/>
        <source>Membership</source>
        <translation>Membresía</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/household_page.py" line="38"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/household_page.py" line="105"/>
        <source>Archive the household shown, or bring it back</source>
        <translation>Archivar el hogar que se muestra o sacarlo del archivo</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/household_page.py" line="116"/>
        <source>Household</source>
        <translation>Hogar</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/household_page.py" line="120"/>
        <source>No address yet.</source>
        <translation>Todavía no hay dirección.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/household_page.py" line="127"/>
        <source>Bring back from archive</source>
        <translation>Sacar del archivo</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/household_page.py" line="128"/>
        <location filename="../../civicdesk/gui/panes/household_page.py" line="190"/>
        <location filename="../../ui/household_page.ui" line="63"/>
        <source>Archive household</source>
        <translation>Archivar el hogar</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/household_page.py" line="171"/>
        <source>Nobody lives here</source>
        <translation>Aquí no vive nadie</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/household_page.py" line="172"/>
        <source>Add a person to this household before recording a payment for it.</source>
        <translation>Agregue una persona a este hogar antes de registrar un pago para él.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/household_page.py" line="191"/>
        <source>Archive this household? It no longer appears in lists; its members stay on file.</source>
        <translation>¿Archivar este hogar? Ya no aparecerá en las listas; sus miembros siguen registrados.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/household_page.py" line="192"/>
        <source>Archive</source>
        <translation>Archivar</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/household_page.py" line="201"/>
        <location filename="../../civicdesk/gui/panes/household_page.py" line="208"/>
        <source>Move someone here</source>
        <translation>Mover a alguien aquí</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/household_page.py" line="202"/>
        <source>First type a name in the box and pick the person from the list.</source>
        <translation>Primero escriba un nombre en el cuadro y elija a la persona de la lista.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/household_page.py" line="209"/>
        <source>{name} lives in another household now. Move them here?</source>
        <translation>{name} vive ahora en otro hogar. ¿Mover a esta persona aquí?</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/household_page.py" line="210"/>
        <source>Move here</source>
        <translation>Mover aquí</translation>
    </message>
    <message>
        <location filename="../../ui/household_page.ui" line="19"/>
        <source>← Back</source>
        <translation>← Volver</translation>
    </message>
    <message>
        <location filename="../../ui/household_page.ui" line="22"/>
        <source>Back to where you were (Alt+Left)</source>
        <translation>Volver a donde estaba (Alt+Left)</translation>
    </message>
    <message>
        <location filename="../../ui/household_page.ui" line="49"/>
        <source>&amp;Change address…</source>
        <translation>&amp;Cambiar la dirección…</translation>
    </message>
    <message>
        <location filename="../../ui/household_page.ui" line="56"/>
        <source>Record a household &amp;payment…</source>
        <translation>Registrar un &amp;pago del hogar…</translation>
    </message>
    <message>
        <location filename="../../ui/household_page.ui" line="82"/>
        <source>People living here</source>
        <translation>Personas que viven aquí</translation>
    </message>
    <message>
        <location filename="../../ui/household_page.ui" line="92"/>
        <source>Members of the household</source>
        <translation>Integrantes del hogar</translation>
    </message>
    <message>
        <location filename="../../ui/household_page.ui" line="113"/>
        <source>&amp;Open the selected person</source>
        <translation>&amp;Abrir la persona seleccionada</translation>
    </message>
    <message>
        <location filename="../../ui/household_page.ui" line="120"/>
        <source>Add a &amp;new person here</source>
        <translation>Agregar una &amp;nueva persona aquí</translation>
    </message>
    <message>
        <location filename="../../ui/household_page.ui" line="123"/>
        <source>Someone not on file yet, living in this household (Ctrl+N)</source>
        <translation>Alguien que aún no está registrado y vive en este hogar (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/household_page.ui" line="147"/>
        <source>&amp;Move someone on file into this household:</source>
        <translation>&amp;Mover a este hogar a alguien ya registrado:</translation>
    </message>
    <message>
        <location filename="../../ui/household_page.ui" line="178"/>
        <source>Move &amp;here</source>
        <translation>Mover a&amp;quí</translation>
    </message>
    <message>
        <location filename="../../ui/household_page.ui" line="187"/>
        <source>Payments for the household</source>
        <translation>Pagos del hogar</translation>
    </message>
    <message>
        <location filename="../../ui/household_page.ui" line="197"/>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <location filename="../../ui/household_page.ui" line="221"/>
        <source>Correct the payment…</source>
        <translation>Corregir el pago…</translation>
    </message>
    <message>
        <location filename="../../ui/household_page.ui" line="228"/>
        <source>Void the payment…</source>
        <translation>Anular el pago…</translation>
    </message>
</context>
<context>
    <name>HouseholdPicker</name>
    <message>
        <location filename="../../civicdesk/gui/widgets/household_picker.py" line="33"/>
        <source>Type a member&apos;s name or the street…</source>
        <translation>Escriba el nombre de un miembro o la calle…</translation>
    </message>
</context>
<context>
    <name>HouseholdTable</name>
    <message>
        <location filename="../../civicdesk/gui/models/household_table.py" line="21"/>
        <source>Household</source>
        <translation>Hogar</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/household_table.py" line="22"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/household_table.py" line="23"/>
        <source>Postal code and city</source>
        <translation>Código postal y ciudad</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/household_table.py" line="24"/>
        <source>Members</source>
        <translation>Integrantes</translation>
    </message>
</context>
<context>
    <name>HouseholdTableModel</name>
    <message>
        <location filename="../../civicdesk/gui/models/household_table.py" line="60"/>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/household_table.py" line="62"/>
        <source>{name} (archived)</source>
        <translation>{name} (archivado)</translation>
    </message>
</context>
<context>
    <name>HouseholdsList</name>
    <message>
        <location filename="../../ui/households_list.ui" line="19"/>
        <source>F&amp;ind</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location filename="../../ui/households_list.ui" line="29"/>
        <source>Type a member&apos;s name, phone, email or the street (Ctrl+F)</source>
        <translation>Escriba el nombre, teléfono o correo de un miembro, o la calle (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/households_list.ui" line="39"/>
        <source>Include &amp;archived households</source>
        <translation>I&amp;ncluir hogares archivados</translation>
    </message>
    <message>
        <location filename="../../ui/households_list.ui" line="66"/>
        <source>Enter opens the selected household</source>
        <translation>Enter abre el hogar seleccionado</translation>
    </message>
    <message>
        <location filename="../../ui/households_list.ui" line="76"/>
        <source>&amp;Open</source>
        <translation>Abri&amp;r</translation>
    </message>
    <message>
        <location filename="../../ui/households_list.ui" line="88"/>
        <source>Households</source>
        <translation>Hogares</translation>
    </message>
</context>
<context>
    <name>HouseholdsListPage</name>
    <message>
        <location filename="../../civicdesk/gui/panes/households_list.py" line="56"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/households_list.py" line="71"/>
        <source>Households</source>
        <translation>Hogares</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/households_list.py" line="87"/>
        <source>More than {count} households found: type more to narrow the search</source>
        <translation>Se encontraron más de {count} hogares: escriba más para afinar la búsqueda</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/households_list.py" line="90"/>
        <source>1 household</source>
        <translation>1 hogar</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/households_list.py" line="91"/>
        <source>{count} households</source>
        <translation>{count} hogares</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../civicdesk/exchange/mapping.py" line="80"/>
        <source>do not mail</source>
        <translation>no enviar correo postal</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/mapping.py" line="81"/>
        <source>do not sms</source>
        <translation>no enviar SMS</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/mapping.py" line="82"/>
        <source>level: {level}</source>
        <translation>nivel: {level}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/mapping.py" line="194"/>
        <source>--map “{given}”: {field} is not a field CivicDesk imports; use one of: {fields} (or “Column=” to skip the column)</source>
        <translation>--map “{given}”: {field} no es un campo que CivicDesk importe; use uno de estos: {fields} (o “Columna=” para omitir la columna)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/mapping.py" line="201"/>
        <source>--map “{given}”: the file has no column {column}; its columns are: {columns}</source>
        <translation>--map “{given}”: el archivo no tiene ninguna columna {column}; sus columnas son: {columns}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/mapping.py" line="208"/>
        <source>--map “{given}”: write it as “Column=field”, for example --map “Courriel=email”</source>
        <translation>--map “{given}”: escríbalo como “Columna=campo”, por ejemplo --map “Courriel=email”</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/mapping.py" line="267"/>
        <source>“{value}” is not a date (read as {order})</source>
        <translation>“{value}” no es una fecha (formato leído: {order})</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/mapping.py" line="268"/>
        <source>day/month/year</source>
        <translation>día/mes/año</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/mapping.py" line="269"/>
        <source>month/day/year</source>
        <translation>mes/día/año</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/mapping.py" line="270"/>
        <source>year-month-day</source>
        <translation>año-mes-día</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/mapping.py" line="276"/>
        <source>“{value}” is not yes or no</source>
        <translation>“{value}” no es “sí” ni “no”</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/mapping.py" line="277"/>
        <source>“{value}” is not a membership status CivicDesk knows (member, lapsed, honorary, prospect, none)</source>
        <translation>“{value}” no es un estado de membresía que CivicDesk conozca (miembro, vencido, honorario, pendiente, ninguno)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/mapping.py" line="402"/>
        <source>comma</source>
        <translation>coma</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/mapping.py" line="403"/>
        <source>point</source>
        <translation>punto</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/mapping.py" line="404"/>
        <source>“{value}” is not an amount of money (such as 12.50 or 12,50)</source>
        <translation>“{value}” no es un monto de dinero (como 12.50 o 12,50)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/mapping.py" line="406"/>
        <source>“{value}” has more than two decimals (read with a decimal {mark})</source>
        <translation>“{value}” tiene más de dos decimales (leído con separador decimal: {mark})</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/people_import.py" line="38"/>
        <source>the same person as row {row} (same name and email)</source>
        <translation>la misma persona que la fila {row} (mismo nombre y correo electrónico)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/people_import.py" line="40"/>
        <source>matches the same person on file as row {row}</source>
        <translation>coincide con la misma persona registrada que la fila {row}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/people_import.py" line="43"/>
        <source>a {kind} contact, not a person: left out</source>
        <translation>un contacto de tipo {kind}, no una persona: se omitió</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/people_import.py" line="50"/>
        <source>the dates in {column} (such as {example}) could be day/month/year or month/day/year; say which with --date-order dmy or --date-order mdy</source>
        <translation>las fechas de {column} (como {example}) pueden ser día/mes/año o mes/día/año; indique cuál con --date-order dmy o --date-order mdy</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/people_import.py" line="63"/>
        <source>the amounts in {column} (such as {example}) could be read with a decimal comma or a decimal point; say which with --decimal-mark comma or --decimal-mark point</source>
        <translation>los montos de {column} (como {example}) pueden leerse con coma decimal o con punto decimal; indique cuál con --decimal-mark comma o --decimal-mark point</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/people_import.py" line="73"/>
        <source>an amount paid needs the day it was paid: map a column to “Dues paid: on”</source>
        <translation>un monto pagado necesita el día en que se pagó: asigne una columna a “Cuota pagada: fecha”</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/people_import.py" line="82"/>
        <source>no column is mapped to a name: map a column to first_name, last_name or full_name (the columns are: {columns})</source>
        <translation>no hay ninguna columna asignada a un nombre: asigne una columna a first_name, last_name o full_name (las columnas son: {columns})</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/people_import.py" line="164"/>
        <source>never read: {columns}</source>
        <translation>no se leen nunca: {columns}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/presets.py" line="73"/>
        <source>there is no preset {name}; the presets are: {names}</source>
        <translation>no hay ninguna plantilla {name}; las plantillas son: {names}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/signups_import.py" line="49"/>
        <source>{name} is not a SignUpGenius sign-up report: it has no {missing} column (its columns are: {columns})</source>
        <translation>{name} no es un informe de inscripciones de SignUpGenius: no tiene la columna {missing} (sus columnas son: {columns})</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/signups_import.py" line="54"/>
        <source>a sign-up needs the name of its sign-up sheet</source>
        <translation>una inscripción necesita el nombre de su hoja de inscripción</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/signups_import.py" line="55"/>
        <source>“{value}” is not a date and time (read as {order})</source>
        <translation>“{value}” no es una fecha y hora (formato leído: {order})</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/signups_import.py" line="57"/>
        <source>the slot has a start time but no end</source>
        <translation>el horario tiene hora de inicio pero no de fin</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/signups_import.py" line="58"/>
        <source>the same sign-up as row {row}</source>
        <translation>la misma inscripción que la fila {row}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/signups_import.py" line="59"/>
        <source>the shift on file is full ({value} places)</source>
        <translation>el turno registrado está completo ({value} plazas)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/signups_import.py" line="60"/>
        <source>this sign-up was cancelled in CivicDesk; sign them up again on the shift if it stands</source>
        <translation>esta inscripción se canceló en CivicDesk; vuelva a inscribir a la persona en el turno si sigue en pie</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/signups_import.py" line="63"/>
        <source>the shift on file was cancelled</source>
        <translation>el turno registrado se canceló</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/tables.py" line="41"/>
        <source>cannot read {name}: {reason}</source>
        <translation>no se pudo leer {name}: {reason}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/tables.py" line="45"/>
        <source>{name} is empty: there is nothing to import</source>
        <translation>{name} está vacío: no hay nada que importar</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/tables.py" line="49"/>
        <source>{name} has a header row but no rows below it: there is nothing to import</source>
        <translation>{name} tiene una fila de encabezado pero ninguna fila debajo: no hay nada que importar</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/tables.py" line="54"/>
        <source>{name} is not a table CivicDesk can read ({reason}); save it from your spreadsheet as CSV, XLSX or ODS and try again</source>
        <translation>{name} no es una tabla que CivicDesk pueda leer ({reason}); guárdelo desde su hoja de cálculo como CSV, XLSX u ODS y vuelva a intentarlo</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/tables.py" line="60"/>
        <source>{name} is {size} MB; CivicDesk imports files of up to {limit} MB (about 700,000 people): split it, or remove columns you do not need</source>
        <translation>{name} ocupa {size} MB; CivicDesk importa archivos de hasta {limit} MB (unas 700 000 personas): divídalo o quite las columnas que no necesite</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/tables.py" line="66"/>
        <source>{name} has {count} columns; CivicDesk reads at most {limit}: remove the columns you do not need and try again</source>
        <translation>{name} tiene {count} columnas; CivicDesk lee como máximo {limit}: quite las columnas que no necesite y vuelva a intentarlo</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/tables.py" line="72"/>
        <source>{name} has more than {limit} rows; split it into smaller files</source>
        <translation>{name} tiene más de {limit} filas; divídalo en archivos más pequeños</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/tables.py" line="77"/>
        <source>{name} has no sheet {sheet}; its sheets are: {sheets}</source>
        <translation>{name} no tiene ninguna hoja {sheet}; sus hojas son: {sheets}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/tables.py" line="81"/>
        <source>it holds binary data, not text</source>
        <translation>contiene datos binarios, no texto</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/tables.py" line="82"/>
        <source>it looks like a spreadsheet but cannot be opened: {why}</source>
        <translation>parece una hoja de cálculo, pero no se puede abrir: {why}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/tables.py" line="83"/>
        <source>it is a zip archive, not a spreadsheet</source>
        <translation>es un archivo zip, no una hoja de cálculo</translation>
    </message>
    <message>
        <location filename="../../civicdesk/exchange/tables.py" line="84"/>
        <source>{name} is named .{suffix} but holds {kind}; it was read as {kind}</source>
        <translation>{name} tiene la extensión .{suffix} pero contiene {kind}; se leyó como {kind}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/imports.py" line="147"/>
        <source>{who} changed {name} (row {row}) after the preview; nothing was imported. Preview the file again.</source>
        <translation>{who} modificó {name} (fila {row}) después de la vista previa; no se importó nada. Vuelva a ver la vista previa del archivo.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/imports.py" line="154"/>
        <source>import {batch} was already undone on {when} by {who}; there is nothing to undo</source>
        <translation>{who} ya deshizo la importación {batch} el {when}; no hay nada que deshacer</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/imports.py" line="160"/>
        <source>a preset needs a name of 1 to 60 characters on one line</source>
        <translation>una plantilla necesita un nombre de 1 a 60 caracteres en una sola línea</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/imports.py" line="164"/>
        <source>edited since the import</source>
        <translation>se modificó después de la importación</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/imports.py" line="165"/>
        <source>has sign-ups, hours, payments, requests or a login since the import</source>
        <translation>tiene inscripciones, horas, pagos, solicitudes o una cuenta desde la importación</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/imports.py" line="167"/>
        <source>people not from this import live there</source>
        <translation>viven allí personas que no vienen de esta importación</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/imports.py" line="168"/>
        <source>people not from this import are signed up</source>
        <translation>hay personas inscritas que no vienen de esta importación</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/imports.py" line="169"/>
        <source>it has shifts not from this import</source>
        <translation>tiene turnos que no vienen de esta importación</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/imports.py" line="170"/>
        <source>voided or corrected since the import</source>
        <translation>se anuló o se corrigió después de la importación</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="68"/>
        <source>Import from a file</source>
        <translation>Importar desde un archivo</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="69"/>
        <source>Spreadsheets and CSV files (*.csv *.txt *.tsv *.xlsx *.xls *.ods);;All files (*)</source>
        <translation>Hojas de cálculo y archivos CSV (*.csv *.txt *.tsv *.xlsx *.xls *.ods);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="76"/>
        <source>Save as preset</source>
        <translation>Guardar como plantilla</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="77"/>
        <source>A name for this mapping (offered next time):</source>
        <translation>Un nombre para esta asignación de columnas (se ofrecerá la próxima vez):</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="84"/>
        <source>Undo the import</source>
        <translation>Deshacer la importación</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="85"/>
        <source>Undo {what}? Everything it brought in is removed, and what it changed gets its old values back. Rows edited since are kept and listed.</source>
        <translation>¿Deshacer {what}? Se quita todo lo que trajo, y lo que modificó recupera sus valores anteriores. Las filas editadas desde entonces se conservan y se muestran en una lista.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="118"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="118"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="120"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="121"/>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="130"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="146"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Atrás</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="147"/>
        <location filename="../../civicdesk/gui/import_wizard.py" line="338"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="149"/>
        <location filename="../../civicdesk/gui/import_wizard.py" line="344"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="190"/>
        <source>What the file holds:</source>
        <translation>Qué contiene el archivo:</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="204"/>
        <source>A CSV, Excel (.xlsx, .xls) or OpenDocument (.ods) file</source>
        <translation>Un archivo CSV, Excel (.xlsx, .xls) u OpenDocument (.ods)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="206"/>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="210"/>
        <source>&amp;File:</source>
        <translation>Ar&amp;chivo:</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="215"/>
        <source>A workbook&apos;s sheets are listed once it was read</source>
        <translation>Las hojas de un libro de cálculo aparecen aquí una vez que se ha leído</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="216"/>
        <source>S&amp;heet:</source>
        <translation>&amp;Hoja:</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="223"/>
        <source>P&amp;reset:</source>
        <translation>P&amp;lantilla:</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="224"/>
        <source>Nothing is written until you have seen the preview and chosen “Import the valid rows”. An import can be undone as a whole (Edit &gt; Undo an import…).</source>
        <translation>No se escribe nada hasta que haya visto la vista previa y elegido “Importar las filas válidas”. Una importación se puede deshacer por completo (Editar &gt; Deshacer una importación).</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="232"/>
        <source>Guess from the column names (any spreadsheet)</source>
        <translation>Deducir de los nombres de las columnas (cualquier hoja de cálculo)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="247"/>
        <source>Each column of the file and where it goes. Change any guess; “not imported” leaves a column out.</source>
        <translation>Cada columna del archivo y a dónde va. Cambie lo que se haya deducido mal; “no se importa” deja fuera la columna.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="251"/>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="252"/>
        <source>First value</source>
        <translation>Primer valor</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="252"/>
        <source>Goes into</source>
        <translation>Va a</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="257"/>
        <source>&amp;Dates are written:</source>
        <translation>Las &amp;fechas se escriben:</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="259"/>
        <location filename="../../civicdesk/gui/import_wizard.py" line="265"/>
        <source>found from the values</source>
        <translation>deducido de los valores</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="263"/>
        <source>A&amp;mounts are written:</source>
        <translation>Los &amp;montos se escriben:</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="266"/>
        <source>with a decimal point (1,234.50)</source>
        <translation>con punto decimal (1,234.50)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="267"/>
        <source>with a decimal comma (1.234,50)</source>
        <translation>con coma decimal (1.234,50)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="269"/>
        <source>Save as p&amp;reset…</source>
        <translation>Guardar como &amp;plantilla…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="292"/>
        <location filename="../../civicdesk/gui/import_wizard.py" line="295"/>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="292"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="293"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="293"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="295"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="296"/>
        <source>Matched by</source>
        <translation>Coincidencia por</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="296"/>
        <source>What changes</source>
        <translation>Qué cambia</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="294"/>
        <location filename="../../civicdesk/gui/import_wizard.py" line="298"/>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="183"/>
        <source>&amp;People</source>
        <translation>&amp;Personas</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="184"/>
        <source>&amp;Sign-ups</source>
        <translation>&amp;Inscripciones</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="185"/>
        <source>Members, contacts, volunteers</source>
        <translation>Miembros, contactos, voluntarios</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="186"/>
        <source>A SignUpGenius sign-up report: events, shifts and who signed up</source>
        <translation>Un informe de inscripciones de SignUpGenius: eventos, turnos y quién se inscribió</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="253"/>
        <source>Where each column goes</source>
        <translation>Adónde va cada columna</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="297"/>
        <location filename="../../civicdesk/gui/import_wizard.py" line="299"/>
        <source>Matched people</source>
        <translation>Personas que coinciden</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="310"/>
        <source>&amp;Undo this import</source>
        <translation>&amp;Deshacer esta importación</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="319"/>
        <source>1. Choose the file</source>
        <translation>1. Elegir el archivo</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="320"/>
        <source>2. Check where each column goes</source>
        <translation>2. Comprobar a dónde va cada columna</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="322"/>
        <source>3. What the import will do</source>
        <translation>3. Lo que hará la importación</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="324"/>
        <source>4. Done</source>
        <translation>4. Listo</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="337"/>
        <source>&amp;Import the valid rows</source>
        <translation>&amp;Importar las filas válidas</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="344"/>
        <location filename="../../civicdesk/gui/import_wizard.py" line="699"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="422"/>
        <source>Choose the file to import first.</source>
        <translation>Primero elija el archivo que desea importar.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="428"/>
        <source>Reading {name}…</source>
        <translation>Leyendo {name}…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="441"/>
        <source>{name} has {count} sheets; this is the first, {sheet}. Choose another on the first page and press Next again to read it.</source>
        <translation>{name} tiene {count} hojas; esta es la primera, {sheet}. Elija otra en la primera página y vuelva a hacer clic en Siguiente para leerla.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="472"/>
        <source>— not imported —</source>
        <translation>— no se importa —</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="476"/>
        <source>Where {column} goes</source>
        <translation>A dónde va {column}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="496"/>
        <location filename="../../civicdesk/gui/import_wizard.py" line="509"/>
        <source>Checking every row…</source>
        <translation>Comprobando cada fila…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="503"/>
        <source>Two columns go into {field}: choose one of them.</source>
        <translation>Dos columnas van a {field}: elija una de ellas.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="515"/>
        <source>The amounts in {column} (such as {example}) could be read with a decimal point or a decimal comma: say which next to “Amounts are written”.</source>
        <translation>Los montos de {column} (como {example}) se pueden leer con punto decimal o con coma decimal: indique cuál junto a “Los montos se escriben”.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="522"/>
        <source>The dates in {column} (such as {example}) could be day/month/year or month/day/year: say which next to “Dates are written”.</source>
        <translation>Las fechas de {column} (como {example}) pueden ser día/mes/año o mes/día/año: indique cuál junto a “Las fechas se escriben”.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="540"/>
        <source>Sign-ups to add: {create}
New events: {events}    New shifts: {shifts}
New people: {people}    People matched on file: {matched}
Already signed up: {unchanged}
With problems (left out): {problem}</source>
        <translation>Inscripciones que se agregarán: {create}
Eventos nuevos: {events}    Turnos nuevos: {shifts}
Personas nuevas: {people}    Personas registradas que coinciden: {matched}
Ya inscritos: {unchanged}
Con problemas (se omiten): {problem}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="548"/>
        <source>To create: {create}
Matching people on file (to update): {update}
Unchanged: {unchanged}
With problems (left out): {problem}</source>
        <translation>Se crearán: {create}
Personas registradas que coinciden (se actualizarán): {update}
Sin cambios: {unchanged}
Con problemas (se omiten): {problem}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="553"/>
        <source>Dues payments to record: {count}</source>
        <translation>Pagos de cuota que se registrarán: {count}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="558"/>
        <source>joins a household</source>
        <translation>se une a un hogar</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="560"/>
        <source>nothing (unchanged)</source>
        <translation>nada (sin cambios)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="568"/>
        <source>Problems ({count})</source>
        <translation>Problemas ({count})</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="570"/>
        <source>Matched people ({count})</source>
        <translation>Personas que coinciden ({count})</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="574"/>
        <source>There is nothing to import: every row is already on file or has a problem.</source>
        <translation>No hay nada que importar: todas las filas ya están registradas o tienen un problema.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="590"/>
        <source>Importing {name}…</source>
        <translation>Importando {name}…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="596"/>
        <source>The import was cancelled: nothing was imported.</source>
        <translation>Se canceló la importación: no se importó nada.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="601"/>
        <source>Import {batch}: {signups} sign-ups added, with {events} new events, {shifts} new shifts and {created} new people.</source>
        <translation>Importación {batch}: se agregaron {signups} inscripciones, con {events} eventos nuevos, {shifts} turnos nuevos y {created} personas nuevas.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="606"/>
        <source>Import {batch}: {created} people created (and {households} households), {changed} people updated.</source>
        <translation>Importación {batch}: se crearon {created} personas (y {households} hogares) y se actualizaron {changed} personas.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="611"/>
        <source>{payments} dues payments recorded.</source>
        <translation>Se registraron {payments} pagos de cuota.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="614"/>
        <source>If this was a mistake, undo it now, or later from Edit &gt; Undo an import…</source>
        <translation>Si fue un error, deshágala ahora o más tarde desde Editar &gt; Deshacer una importación…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="634"/>
        <location filename="../../civicdesk/gui/import_wizard.py" line="755"/>
        <source>Import {batch} was undone.</source>
        <translation>Se deshizo la importación {batch}.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="647"/>
        <source>Saved as the preset “{name}”.</source>
        <translation>Guardado como la plantilla “{name}”.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="658"/>
        <source>{removed} people removed, {restored} restored.</source>
        <translation>Se quitaron {removed} personas y se restauraron {restored}.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="661"/>
        <source>{signups} sign-ups removed. </source>
        <translation>Se quitaron {signups} inscripciones. </translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="663"/>
        <source>{payments} dues payments removed. </source>
        <translation>Se quitaron {payments} pagos de cuota. </translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="666"/>
        <source>Kept as they are:</source>
        <translation>Se conservan tal como están:</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="670"/>
        <source>and {count} more</source>
        <translation>y {count} más</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="676"/>
        <source>import {batch}</source>
        <translation>la importación {batch}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="688"/>
        <location filename="../../civicdesk/gui/import_wizard.py" line="692"/>
        <source>Imports</source>
        <translation>Importaciones</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="689"/>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="689"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="689"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="690"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="690"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="691"/>
        <source>Counts</source>
        <translation>Cantidades</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="691"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="696"/>
        <source>&amp;Undo this import…</source>
        <translation>&amp;Deshacer esta importación…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="721"/>
        <source>{signups} sign-ups, {events} events, {shifts} shifts, {created} people</source>
        <translation>{signups} inscripciones, {events} eventos, {shifts} turnos, {created} personas</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="727"/>
        <source>{created} created, {changed} updated, {problems} left out</source>
        <translation>{created} creadas, {changed} actualizadas, {problems} omitidas</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="730"/>
        <source>undone {when} by {who}</source>
        <translation>deshecha el {when} por {who}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="732"/>
        <source>in place</source>
        <translation>vigente</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="735"/>
        <source>sign-ups</source>
        <translation>inscripciones</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/import_wizard.py" line="735"/>
        <source>people</source>
        <translation>personas</translation>
    </message>
</context>
<context>
    <name>Integrity</name>
    <message>
        <location filename="../../civicdesk/data/integrity.py" line="23"/>
        <source>append-only: the trigger {trigger} is missing or was changed, so rows of {table} can be changed or deleted</source>
        <translation>append-only: falta el disparador {trigger} o fue modificado, así que las filas de {table} se pueden modificar o eliminar</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/integrity.py" line="26"/>
        <source>{part}: could not be checked ({detail})</source>
        <translation>{part}: no se pudo comprobar ({detail})</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/integrity.py" line="27"/>
        <source>schema: the table {table} is missing</source>
        <translation>schema: falta la tabla {table}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/integrity.py" line="28"/>
        <source>schema: the table {table} has no column {columns}</source>
        <translation>schema: la tabla {table} no tiene la columna {columns}</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../civicdesk/gui/language_menu.py" line="27"/>
        <source>&amp;System language ({name})</source>
        <translation>Idioma del &amp;sistema ({name})</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/language_menu.py" line="33"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/language_menu.py" line="63"/>
        <location filename="../../civicdesk/gui/language_menu.py" line="76"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/language_menu.py" line="77"/>
        <source>Restart CivicDesk now to use {language}?</source>
        <translation>¿Desea reiniciar CivicDesk ahora para usarlo en {language}?</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/language_menu.py" line="79"/>
        <source>Until then CivicDesk goes on in the language it started in.</source>
        <translation>Mientras tanto, CivicDesk sigue en el idioma con el que se abrió.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/language_menu.py" line="80"/>
        <source>&amp;Restart now</source>
        <translation>&amp;Reiniciar ahora</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/language_menu.py" line="81"/>
        <source>&amp;Later</source>
        <translation>&amp;Más tarde</translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <location filename="../../civicdesk/gui/list_export.py" line="41"/>
        <source>CSV for any spreadsheet (*.csv)</source>
        <translation>CSV para cualquier hoja de cálculo (*.csv)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/list_export.py" line="42"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/list_export.py" line="46"/>
        <source>Export what I see</source>
        <translation>Exportar lo que veo</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/list_export.py" line="70"/>
        <source>E&amp;xport what I see…</source>
        <translation>E&amp;xportar lo que veo…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/list_export.py" line="73"/>
        <source>Save this list as it is shown, to CSV or Excel (Ctrl+Shift+E)</source>
        <translation>Guardar esta lista tal como se muestra, en CSV o Excel (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/list_export.py" line="101"/>
        <source>Exporting {name}…</source>
        <translation>Exportando {name}…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/list_export.py" line="108"/>
        <source>{count} rows saved to {path}</source>
        <translation>{count} filas guardadas en {path}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/list_export.py" line="120"/>
        <location filename="../../civicdesk/gui/list_export.py" line="132"/>
        <source>Export everything</source>
        <translation>Exportar todo</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/list_export.py" line="121"/>
        <source>Everything goes into one zip of CSV files with a README of the columns (PINs and passwords never do).

Include the sensitive notes? Only if the file goes to someone who may read them.</source>
        <translation>Todo se guarda en un solo archivo zip de archivos CSV, con un README de las columnas (los PIN y las contraseñas nunca se incluyen).

¿Desea incluir las notas confidenciales? Solo si el archivo va a alguien que tenga permiso para leerlas.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/list_export.py" line="124"/>
        <source>Include the sensitive notes</source>
        <translation>Incluir las notas confidenciales</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/list_export.py" line="133"/>
        <source>Zip files (*.zip)</source>
        <translation>Archivos zip (*.zip)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/list_export.py" line="144"/>
        <source>Exporting everything…</source>
        <translation>Exportando todo…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/list_export.py" line="147"/>
        <source>Exported</source>
        <translation>Exportación terminada</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/list_export.py" line="148"/>
        <source>{count} rows of {tables} tables are in
{path}
{sensitive}</source>
        <translation>{count} filas de {tables} tablas están en
{path}
{sensitive}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/list_export.py" line="150"/>
        <source>It holds the sensitive notes: keep it safe.</source>
        <translation>Contiene las notas confidenciales: guárdelo en un lugar seguro.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/list_export.py" line="151"/>
        <source>The sensitive notes were left out.</source>
        <translation>Las notas confidenciales no se incluyeron.</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts_list.py" line="47"/>
        <source>Only shifts that need people</source>
        <translation>Solo turnos sin cubrir</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts_list.py" line="49"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts_list.py" line="53"/>
        <location filename="../../civicdesk/gui/panes/shifts_list.py" line="143"/>
        <source>All events</source>
        <translation>Todos los eventos</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts_list.py" line="72"/>
        <source>Event:</source>
        <translation>Evento:</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts_list.py" line="73"/>
        <source>Fro&amp;m:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts_list.py" line="74"/>
        <source>T&amp;o:</source>
        <translation>Has&amp;ta:</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts_list.py" line="89"/>
        <location filename="../../civicdesk/gui/panes/shifts_list.py" line="123"/>
        <source>Shifts</source>
        <translation>Turnos</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts_list.py" line="153"/>
        <source>Shifts shown: {count}</source>
        <translation>Turnos mostrados: {count}</translation>
    </message>
</context>
<context>
    <name>Login</name>
    <message>
        <location filename="../../civicdesk/services/accounts.py" line="56"/>
        <source>There is no active user named “{name}”.</source>
        <translation>No hay ningún usuario activo llamado “{name}”.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/accounts.py" line="61"/>
        <source>That PIN or password is not right for {name}. {left}</source>
        <translation>El PIN o la contraseña no son correctos para {name}. {left}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/accounts.py" line="67"/>
        <source>Too many wrong attempts for {name}: try again in {seconds} seconds, or ask an admin to reset the PIN or password.</source>
        <translation>Demasiados intentos fallidos para {name}: vuelva a intentarlo en {seconds} segundos, o pida a un administrador que restablezca el PIN o la contraseña.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/accounts.py" line="78"/>
        <source>This database has user accounts already; log in as an admin to add one.</source>
        <translation>Esta base de datos ya tiene cuentas de usuario; inicie sesión como administrador para agregar una.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/accounts.py" line="84"/>
        <source>{name} is the last active admin: make someone else an admin first, or nobody could manage the accounts any more.</source>
        <translation>{name} es el último administrador activo: primero haga administrador a otra persona, o nadie podría gestionar las cuentas.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/accounts.py" line="91"/>
        <source>There is already a user named “{name}”.</source>
        <translation>Ya existe un usuario llamado “{name}”.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/accounts.py" line="94"/>
        <source>Wrong attempts left before the account has to wait: {count}.</source>
        <translation>Intentos fallidos que quedan antes de que la cuenta tenga que esperar: {count}.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/accounts.py" line="96"/>
        <source>The account now has to wait {seconds} seconds.</source>
        <translation>Ahora la cuenta tiene que esperar {seconds} segundos.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/accounts.py" line="122"/>
        <source>Enter a PIN or a password.</source>
        <translation>Escriba un PIN o una contraseña.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/accounts.py" line="125"/>
        <source>A PIN has at least 4 digits.</source>
        <translation>Un PIN tiene al menos 4 dígitos.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/accounts.py" line="128"/>
        <source>A password has at least 8 characters (or use a PIN of at least 4 digits).</source>
        <translation>Una contraseña tiene al menos 8 caracteres (o use un PIN de al menos 4 dígitos).</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/accounts.py" line="130"/>
        <source>A password cannot hold line breaks or control characters.</source>
        <translation>Una contraseña no puede contener saltos de línea ni caracteres de control.</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <location filename="../../civicdesk/gui/login_screen.py" line="122"/>
        <location filename="../../civicdesk/gui/login_screen.py" line="207"/>
        <source>Who are you?</source>
        <translation>¿Quién es usted?</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/login_screen.py" line="123"/>
        <location filename="../../civicdesk/gui/login_screen.py" line="208"/>
        <source>Type the first letters of your name, or pick it from the list.</source>
        <translation>Escriba las primeras letras de su nombre o elíjalo de la lista.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/login_screen.py" line="126"/>
        <location filename="../../civicdesk/gui/login_screen.py" line="127"/>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/login_screen.py" line="131"/>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/login_screen.py" line="135"/>
        <source>&amp;PIN or password</source>
        <translation>&amp;PIN o contraseña</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/login_screen.py" line="141"/>
        <source>&amp;Log in</source>
        <translation>I&amp;niciar sesión</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/login_screen.py" line="211"/>
        <source>CivicDesk is locked</source>
        <translation>CivicDesk está bloqueado</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/login_screen.py" line="213"/>
        <source>{name}: type your PIN or password to go on where you left off. Someone else: type or pick your own name.</source>
        <translation>{name}: escriba su PIN o contraseña para seguir donde lo dejó. Si es otra persona: escriba o elija su propio nombre.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/login_screen.py" line="230"/>
        <source>Nobody’s name starts with “{typed}”.</source>
        <translation>No hay nadie cuyo nombre empiece por “{typed}”.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/login_screen.py" line="250"/>
        <source>Choose your name first.</source>
        <translation>Primero elija su nombre.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/login_screen.py" line="308"/>
        <source>Too many wrong attempts. You can try again in {seconds} seconds, or ask an admin to reset your PIN or password.</source>
        <translation>Demasiados intentos fallidos. Puede volver a intentarlo en {seconds} segundos, o pedir a un administrador que restablezca su PIN o contraseña.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/login_screen.py" line="314"/>
        <source>You can try again now.</source>
        <translation>Ya puede volver a intentarlo.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../civicdesk/gui/mainwindow.py" line="71"/>
        <source>{title} (read-only)</source>
        <translation>{title} (solo lectura)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/mainwindow.py" line="176"/>
        <source>Database: {path}</source>
        <translation>Base de datos: {path}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/mainwindow.py" line="185"/>
        <source>Logged in as {name} ({role})</source>
        <translation>Sesión iniciada como {name} ({role})</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/mainwindow.py" line="192"/>
        <source>&amp;Lock now</source>
        <translation>&amp;Bloquear ahora</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/mainwindow.py" line="195"/>
        <source>S&amp;witch user…</source>
        <translation>&amp;Cambiar de usuario…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/mainwindow.py" line="198"/>
        <source>Change my &amp;PIN or password…</source>
        <translation>Cambiar mi &amp;PIN o contraseña…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/mainwindow.py" line="200"/>
        <source>User &amp;accounts…</source>
        <translation>Cuentas de &amp;usuario…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/mainwindow.py" line="202"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/mainwindow.py" line="321"/>
        <source>Read-only: open for changes elsewhere ({who})</source>
        <translation>Solo lectura: está abierta para cambios en otro lugar ({who})</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/mainwindow.py" line="352"/>
        <source>A second folder for backups (a USB stick, another disk)</source>
        <translation>Una segunda carpeta para las copias de seguridad (una memoria USB, otro disco)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/mainwindow.py" line="356"/>
        <source>Second backup folder</source>
        <translation>Segunda carpeta de copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/mainwindow.py" line="357"/>
        <source>Backups are also copied to {folder}. Stop copying them there?</source>
        <translation>Las copias de seguridad también se copian en {folder}. ¿Dejar de copiarlas allí?</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/mainwindow.py" line="358"/>
        <source>Stop copying</source>
        <translation>Dejar de copiar</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/mainwindow.py" line="367"/>
        <source>C&amp;onnect to a shared database…</source>
        <translation>C&amp;onectarse a una base de datos compartida…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/mainwindow.py" line="368"/>
        <source>&amp;Use the database on this computer</source>
        <translation>&amp;Usar la base de datos de esta computadora</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/mainwindow.py" line="386"/>
        <source>Use the database on this computer</source>
        <translation>Usar la base de datos de esta computadora</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/mainwindow.py" line="387"/>
        <source>CivicDesk closes the shared database {name} and opens the one in this computer&apos;s data folder, from now on also at start. Nothing is copied between them.</source>
        <translation>CivicDesk cierra la base de datos compartida {name} y abre la de la carpeta de datos de esta computadora, que desde ahora también se abrirá al iniciar. No se copia nada de una a otra.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/mainwindow.py" line="390"/>
        <source>Switch to it</source>
        <translation>Cambiar de base de datos</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/mainwindow.py" line="397"/>
        <source>&amp;Purge old sensitive notes…</source>
        <translation>&amp;Eliminar notas confidenciales antiguas…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/mainwindow.py" line="408"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/mainwindow.py" line="410"/>
        <source>&amp;Undo an import…</source>
        <translation>&amp;Deshacer una importación…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/mainwindow.py" line="423"/>
        <source>&amp;Export everything…</source>
        <translation>&amp;Exportar todo…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/mainwindow.py" line="517"/>
        <source>{name} has unsaved edits here: log in to save or discard them before closing CivicDesk.</source>
        <translation>{name} tiene cambios sin guardar aquí: inicie sesión para guardarlos o descartarlos antes de cerrar CivicDesk.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="6"/>
        <source>CivicDesk</source>
        <translation>CivicDesk</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="18"/>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="32"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="42"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="46"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="52"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="55"/>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="59"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="77"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="78"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="81"/>
        <source>&amp;Back up now</source>
        <translation>Hacer una copia de seguridad &amp;ahora</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="82"/>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="85"/>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurar desde una copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="88"/>
        <source>&amp;Second backup folder…</source>
        <translation>Segunda carpe&amp;ta de copias de seguridad…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="91"/>
        <source>Show the &amp;data folder</source>
        <translation>Mostrar la carpeta de &amp;datos</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="94"/>
        <source>&amp;About CivicDesk</source>
        <translation>&amp;Acerca de CivicDesk</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="97"/>
        <source>&amp;Print a report…</source>
        <translation>Imprimir un i&amp;nforme…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="98"/>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="101"/>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="104"/>
        <source>&amp;Bigger text</source>
        <translation>Texto más &amp;grande</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="105"/>
        <source>Ctrl++</source>
        <translation>Ctrl++</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="108"/>
        <source>&amp;Smaller text</source>
        <translation>Texto más &amp;pequeño</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="109"/>
        <source>Ctrl+-</source>
        <translation>Ctrl+-</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="112"/>
        <source>&amp;Normal text size</source>
        <translation>Tamaño del texto &amp;normal</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="113"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="116"/>
        <source>Audit &amp;trail</source>
        <translation>&amp;Registro de actividad</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="119"/>
        <source>&amp;User guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="120"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="123"/>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>Atajos de &amp;teclado…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="124"/>
        <source>Ctrl+/</source>
        <translation>Ctrl+/</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="127"/>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
</context>
<context>
    <name>Matching</name>
    <message>
        <location filename="../../civicdesk/services/matching.py" line="34"/>
        <source>Can do {skill}</source>
        <translation>Tiene la habilidad {skill}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/matching.py" line="35"/>
        <source>No {skill} skill on file</source>
        <translation>Habilidad {skill} no registrada</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/matching.py" line="36"/>
        <source>Speaks {language}</source>
        <translation>Habla {language}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/matching.py" line="37"/>
        <source>Does not speak {language}</source>
        <translation>No habla {language}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/matching.py" line="38"/>
        <source>Lives in {area}</source>
        <translation>Vive en {area}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/matching.py" line="39"/>
        <source>Lives nearby ({area})</source>
        <translation>Vive cerca ({area})</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/matching.py" line="40"/>
        <source>Lives elsewhere ({area})</source>
        <translation>Vive en otra zona ({area})</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/matching.py" line="41"/>
        <source>Free on {day}</source>
        <translation>Libre el {day}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/matching.py" line="42"/>
        <source>On a shift that day: {shift}, {when}</source>
        <translation>Ya tiene un turno ese día: {shift}, {when}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/matching.py" line="43"/>
        <source>No open requests</source>
        <translation>Sin solicitudes abiertas</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/matching.py" line="44"/>
        <source>1 open request</source>
        <translation>1 solicitud abierta</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/matching.py" line="45"/>
        <source>{count} open requests</source>
        <translation>{count} solicitudes abiertas</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/matching.py" line="46"/>
        <source>Suggestion {rank} of {total}: {reasons}.</source>
        <translation>Sugerencia {rank} de {total}: {reasons}.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/matching.py" line="47"/>
        <source>address unknown</source>
        <translation>dirección desconocida</translation>
    </message>
</context>
<context>
    <name>MemberTable</name>
    <message>
        <location filename="../../civicdesk/gui/models/member_table.py" line="34"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/member_table.py" line="35"/>
        <source>Household address</source>
        <translation>Dirección del hogar</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/member_table.py" line="36"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/member_table.py" line="37"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/member_table.py" line="38"/>
        <source>Membership</source>
        <translation>Membresía</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/member_table.py" line="39"/>
        <source>Dues paid until</source>
        <translation>Cuota pagada hasta</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/member_table.py" line="40"/>
        <source>Volunteer</source>
        <translation>Voluntario</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/member_table.py" line="41"/>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/member_table.py" line="48"/>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/member_table.py" line="49"/>
        <source>Lapsed</source>
        <translation>Membresía vencida</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/member_table.py" line="50"/>
        <source>Honorary</source>
        <translation>Miembro honorario</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/member_table.py" line="51"/>
        <source>Prospect</source>
        <translation>Posible miembro</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/member_table.py" line="52"/>
        <source>Not a member</source>
        <translation>No es miembro</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <location filename="../../civicdesk/gui/models/member_table.py" line="83"/>
        <source>overdue</source>
        <translation>vencida</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/member_table.py" line="116"/>
        <source>This column cannot be sorted.</source>
        <translation>Esta columna no se puede ordenar.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/member_table.py" line="143"/>
        <source>Dues overdue: paid until {date}</source>
        <translation>Cuota vencida: pagada hasta el {date}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/member_table.py" line="147"/>
        <source>{name} (archived)</source>
        <translation>{name} (archivado)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/member_table.py" line="80"/>
        <source> (archived)</source>
        <translation> (archivado)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/member_table.py" line="80"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
</context>
<context>
    <name>MembersPane</name>
    <message>
        <location filename="../../civicdesk/gui/panes/members.py" line="68"/>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/members.py" line="72"/>
        <location filename="../../civicdesk/gui/panes/members.py" line="101"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/members.py" line="73"/>
        <source>Everyone on file (Ctrl+Shift+P)</source>
        <translation>Todas las personas registradas (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/members.py" line="74"/>
        <location filename="../../civicdesk/gui/panes/members.py" line="102"/>
        <source>Households</source>
        <translation>Hogares</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/members.py" line="75"/>
        <source>Addresses and who lives there (Ctrl+Shift+H)</source>
        <translation>Las direcciones y quién vive en ellas (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/members.py" line="100"/>
        <source>New person</source>
        <translation>Nueva persona</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <location filename="../../civicdesk/gui/operations.py" line="48"/>
        <source>The screen is locked: log in again first. Nothing was changed.</source>
        <translation>La pantalla está bloqueada: primero vuelva a iniciar sesión. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/operations.py" line="101"/>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
</context>
<context>
    <name>OptionsForm</name>
    <message>
        <location filename="../../civicdesk/gui/reports/options_form.py" line="81"/>
        <source>(type the request&apos;s number)</source>
        <translation>(escriba el número de la solicitud)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/reports/options_form.py" line="85"/>
        <source>All events</source>
        <translation>Todos los eventos</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/reports/options_form.py" line="95"/>
        <source>Every shift of the day</source>
        <translation>Todos los turnos del día</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../civicdesk/gui/dialogs/connect_dialog.py" line="272"/>
        <source>Password for the database server</source>
        <translation>Contraseña del servidor de base de datos</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/connect_dialog.py" line="274"/>
        <source>The database server {server} asks for the password of {user} for the database {database}.</source>
        <translation>El servidor de base de datos {server} pide la contraseña de {user} para la base de datos {database}.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/connect_dialog.py" line="287"/>
        <source>Pass&amp;word</source>
        <translation>Con&amp;traseña</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/connect_dialog.py" line="300"/>
        <source>Type the password, or choose Cancel.</source>
        <translation>Escriba la contraseña, o elija Cancelar.</translation>
    </message>
</context>
<context>
    <name>PaymentActions</name>
    <message>
        <location filename="../../civicdesk/gui/payment_actions.py" line="52"/>
        <source>Only coordinators can void or correct payments.</source>
        <translation>Solo los coordinadores pueden anular o corregir pagos.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/payment_actions.py" line="96"/>
        <source>Correct the payment…</source>
        <translation>Corregir el pago…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/payment_actions.py" line="97"/>
        <source>Void the payment…</source>
        <translation>Anular el pago…</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../civicdesk/gui/dialogs/payment_dialog.py" line="63"/>
        <source>Record the payment</source>
        <translation>Registrar el pago</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/payment_dialog.py" line="83"/>
        <source>Paid by: {name}</source>
        <translation>Pagado por: {name}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/payment_dialog.py" line="87"/>
        <source>Paid for the &amp;whole household ({household})</source>
        <translation>Pagado por todo el &amp;hogar ({household})</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/payment_dialog.py" line="113"/>
        <source>Correct a payment</source>
        <translation>Corregir un pago</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/payment_dialog.py" line="115"/>
        <source>Record the correction</source>
        <translation>Registrar la corrección</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/payment_dialog.py" line="116"/>
        <source>Was: {amount} paid on {date}, covering {start} to {end}. It will be voided and kept, struck through.</source>
        <translation>Antes: {amount} pagado el {date}, para el período del {start} al {end}. Se anulará y se conservará tachado.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/payment_dialog.py" line="123"/>
        <source>The period now follows on from the payments that still count.</source>
        <translation>Ahora el período continúa a partir de los pagos que siguen siendo válidos.</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.ui" line="14"/>
        <source>Record a payment</source>
        <translation>Registrar un pago</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.ui" line="35"/>
        <source>Paid for the &amp;whole household</source>
        <translation>Pagado por todo el &amp;hogar</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.ui" line="42"/>
        <source>&amp;Amount</source>
        <translation>&amp;Monto</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.ui" line="72"/>
        <source>&amp;Paid on</source>
        <translation>&amp;Pagado el</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.ui" line="99"/>
        <source>Covers &amp;from</source>
        <translation>Cubre &amp;desde</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.ui" line="126"/>
        <source>Covers &amp;until</source>
        <translation>Cubre h&amp;asta</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.ui" line="153"/>
        <source>&amp;Method</source>
        <translation>&amp;Forma de pago</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.ui" line="166"/>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.ui" line="186"/>
        <source>Why &amp;corrected</source>
        <translation>Motivo de la &amp;corrección</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.ui" line="196"/>
        <source>What was wrong, e.g. the amount was 300, not 30</source>
        <translation>Qué estaba mal, p. ej., el monto era 300, no 30</translation>
    </message>
</context>
<context>
    <name>PaymentTable</name>
    <message>
        <location filename="../../civicdesk/gui/models/payment_table.py" line="27"/>
        <source>Cash</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/payment_table.py" line="28"/>
        <source>Cheque</source>
        <translation>Cheque</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/payment_table.py" line="29"/>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/payment_table.py" line="30"/>
        <source>Bank transfer</source>
        <translation>Transferencia bancaria</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/payment_table.py" line="31"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/payment_table.py" line="32"/>
        <source>Free membership</source>
        <translation>Membresía gratuita</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/payment_table.py" line="42"/>
        <source>the whole household</source>
        <translation>todo el hogar</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/payment_table.py" line="43"/>
        <source>this person</source>
        <translation>esta persona</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/payment_table.py" line="50"/>
        <source>Voided on {date} by {name}: {reason}</source>
        <translation>Anulado el {date} por {name}: {reason}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/payment_table.py" line="60"/>
        <source>Corrects a voided payment</source>
        <translation>Corrige un pago anulado</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/payment_table.py" line="88"/>
        <source>Paid on</source>
        <translation>Fecha de pago</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/payment_table.py" line="90"/>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/payment_table.py" line="91"/>
        <source>Covers</source>
        <translation>Período cubierto</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/payment_table.py" line="92"/>
        <source>Method</source>
        <translation>Forma de pago</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/payment_table.py" line="93"/>
        <source>Paid for</source>
        <translation>Para quién</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/payment_table.py" line="94"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>Payments</name>
    <message>
        <location filename="../../civicdesk/services/payments.py" line="47"/>
        <source>This payment was already voided on {when} by {who}. Nothing was changed.</source>
        <translation>Este pago ya fue anulado el {when} por {who}. No se modificó nada.</translation>
    </message>
</context>
<context>
    <name>PeopleList</name>
    <message>
        <location filename="../../ui/people_list.ui" line="19"/>
        <source>F&amp;ind</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location filename="../../ui/people_list.ui" line="29"/>
        <source>Type a name, phone number, email or street (Ctrl+F)</source>
        <translation>Escriba un nombre, teléfono, correo o calle (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/people_list.ui" line="39"/>
        <source>New person</source>
        <translation>Nueva persona</translation>
    </message>
    <message>
        <location filename="../../ui/people_list.ui" line="42"/>
        <source>Add someone who is not on file yet (Ctrl+N)</source>
        <translation>Agregar a alguien que aún no está registrado (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/people_list.ui" line="53"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../../ui/people_list.ui" line="60"/>
        <source>Membership status</source>
        <translation>Estado de membresía</translation>
    </message>
    <message>
        <location filename="../../ui/people_list.ui" line="70"/>
        <source>Volunteers or not</source>
        <translation>Voluntarios o no</translation>
    </message>
    <message>
        <location filename="../../ui/people_list.ui" line="80"/>
        <source>Language spoken</source>
        <translation>Idioma que habla</translation>
    </message>
    <message>
        <location filename="../../ui/people_list.ui" line="90"/>
        <source>Volunteer skill</source>
        <translation>Habilidad del voluntario</translation>
    </message>
    <message>
        <location filename="../../ui/people_list.ui" line="100"/>
        <source>&amp;Dues overdue</source>
        <translation>Cuota ve&amp;ncida</translation>
    </message>
    <message>
        <location filename="../../ui/people_list.ui" line="107"/>
        <source>Current or archived people</source>
        <translation>Personas actuales o archivadas</translation>
    </message>
    <message>
        <location filename="../../ui/people_list.ui" line="117"/>
        <source>Show everyo&amp;ne</source>
        <translation>Mostrar a &amp;todos</translation>
    </message>
    <message>
        <location filename="../../ui/people_list.ui" line="157"/>
        <source>Enter opens the selected person</source>
        <translation>Enter abre la ficha de la persona seleccionada</translation>
    </message>
    <message>
        <location filename="../../ui/people_list.ui" line="167"/>
        <source>&amp;Open</source>
        <translation>Abri&amp;r</translation>
    </message>
    <message>
        <location filename="../../ui/people_list.ui" line="179"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
</context>
<context>
    <name>PeopleListPage</name>
    <message>
        <location filename="../../civicdesk/gui/panes/people_list.py" line="56"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/people_list.py" line="71"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/people_list.py" line="77"/>
        <source>Any membership</source>
        <translation>Cualquier estado de membresía</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/people_list.py" line="80"/>
        <source>Volunteers or not</source>
        <translation>Voluntarios o no</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/people_list.py" line="81"/>
        <source>Volunteers only</source>
        <translation>Solo voluntarios</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/people_list.py" line="82"/>
        <source>Not volunteers</source>
        <translation>No voluntarios</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/people_list.py" line="83"/>
        <source>Current people</source>
        <translation>Personas actuales</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/people_list.py" line="84"/>
        <source>Archived people</source>
        <translation>Personas archivadas</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/people_list.py" line="85"/>
        <source>Current and archived</source>
        <translation>Actuales y archivadas</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/people_list.py" line="86"/>
        <location filename="../../civicdesk/gui/panes/people_list.py" line="102"/>
        <source>Any language</source>
        <translation>Cualquier idioma</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/people_list.py" line="88"/>
        <location filename="../../civicdesk/gui/panes/people_list.py" line="105"/>
        <source>Any skill</source>
        <translation>Cualquier habilidad</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/people_list.py" line="198"/>
        <source>More than {count} people found: type more to narrow the search</source>
        <translation>Se encontraron más de {count} personas: escriba más para acotar la búsqueda</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/people_list.py" line="201"/>
        <source>1 person found</source>
        <translation>Se encontró 1 persona</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/people_list.py" line="202"/>
        <source>{count} people found</source>
        <translation>Se encontraron {count} personas</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/people_list.py" line="204"/>
        <source>1 person on file</source>
        <translation>1 persona registrada</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/people_list.py" line="205"/>
        <source>{count} people on file</source>
        <translation>{count} personas registradas</translation>
    </message>
</context>
<context>
    <name>Permission</name>
    <message>
        <location filename="../../civicdesk/services/actors.py" line="38"/>
        <source>see or change sensitive notes</source>
        <translation>ver o modificar las notas confidenciales</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/actors.py" line="39"/>
        <source>export data in bulk</source>
        <translation>exportar datos en bloque</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/actors.py" line="40"/>
        <source>delete records</source>
        <translation>eliminar fichas</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/actors.py" line="41"/>
        <source>override a shift overlap</source>
        <translation>pasar por alto una superposición de turnos</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/actors.py" line="42"/>
        <source>manage user accounts</source>
        <translation>administrar las cuentas de usuario</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/actors.py" line="43"/>
        <source>change the settings</source>
        <translation>cambiar la configuración</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/actors.py" line="44"/>
        <source>archive records</source>
        <translation>archivar fichas</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/actors.py" line="45"/>
        <source>plan events and shifts</source>
        <translation>planificar eventos y turnos</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/actors.py" line="46"/>
        <source>restore a backup over the data</source>
        <translation>restaurar una copia de seguridad en lugar de los datos actuales</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/actors.py" line="47"/>
        <source>read the audit log</source>
        <translation>consultar el registro de actividad</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/actors.py" line="48"/>
        <source>export everything held about a person</source>
        <translation>exportar todo lo que se guarda sobre una persona</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/actors.py" line="49"/>
        <source>erase a person&apos;s data</source>
        <translation>borrar los datos personales de una persona</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/actors.py" line="50"/>
        <source>include the sensitive notes in an export</source>
        <translation>incluir las notas confidenciales en una exportación</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/actors.py" line="52"/>
        <source>import people from a file, and undo an import</source>
        <translation>importar personas desde un archivo y deshacer una importación</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/actors.py" line="53"/>
        <source>void or correct a payment</source>
        <translation>anular o corregir un pago</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/errors.py" line="62"/>
        <source>{who} is not allowed to {what}. Ask a coordinator or an admin.</source>
        <translation>{who} no tiene permiso para {what}. Pida ayuda a un coordinador o a un administrador.</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <location filename="../../civicdesk/gui/dialogs/person_editor.py" line="210"/>
        <source>no dues paid yet</source>
        <translation>todavía no se ha pagado ninguna cuota</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/person_editor.py" line="236"/>
        <source>Not in a household. Pick one above, or enter a new one.</source>
        <translation>No pertenece a ningún hogar. Elija uno arriba o ingrese uno nuevo.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/person_editor.py" line="240"/>
        <source>Also living there: {names}</source>
        <translation>También viven allí: {names}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/person_editor.py" line="241"/>
        <source>Nobody else lives there yet.</source>
        <translation>Todavía no vive nadie más allí.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/person_editor.py" line="270"/>
        <source> (archived)</source>
        <translation> (archivado)</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="33"/>
        <source>Already on file? These people have the same name, email or phone number. To avoid keeping two records of one person, open theirs instead:</source>
        <translation>¿Ya está registrada? Estas personas tienen el mismo nombre, correo o teléfono. Para no tener dos fichas de una misma persona, abra mejor la suya:</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="40"/>
        <source>Possible duplicates</source>
        <translation>Posibles duplicados</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="55"/>
        <source>Open the e&amp;xisting record instead</source>
        <translation>Abrir mejor la ficha e&amp;xistente</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="87"/>
        <source>Name and languages</source>
        <translation>Nombre e idiomas</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="119"/>
        <source>&amp;Last name</source>
        <translation>Ape&amp;llido</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="139"/>
        <source>Likes to be &amp;called</source>
        <translation>Pre&amp;fiere que le llamen</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="172"/>
        <source>Separate several with commas.</source>
        <translation>Si son varios, sepárelos con comas.</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="188"/>
        <source>Phone and email</source>
        <translation>Teléfono y correo</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="200"/>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="260"/>
        <source>&amp;Reach via</source>
        <translation>Me&amp;jor contactar por</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="285"/>
        <source>Someone who passes messages on, e.g. a neighbour or relative.</source>
        <translation>Alguien que pasa los mensajes, p. ej., un vecino o un familiar.</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="308"/>
        <source>Household</source>
        <translation>Hogar</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="350"/>
        <source>Ne&amp;w household…</source>
        <translation>&amp;Nuevo hogar…</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="353"/>
        <source>Enter the address of a household that is not on file yet</source>
        <translation>Ingresar la dirección de un hogar que aún no está registrado</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="374"/>
        <source>&amp;Open the household</source>
        <translation>Abrir el h&amp;ogar</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="381"/>
        <source>Not in a household</source>
        <translation>Quitar del hogar</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="413"/>
        <location filename="../../ui/person_editor.ui" line="461"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="425"/>
        <source>&amp;Accessibility and mobility</source>
        <translation>Accesibilidad &amp;y movilidad</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="517"/>
        <source>Membership</source>
        <translation>Membresía</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="529"/>
        <source>Membership &amp;status</source>
        <translation>E&amp;stado de membresía</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="542"/>
        <source>Member n&amp;umber</source>
        <translation>Número &amp;de miembro</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="562"/>
        <source>Dues paid until</source>
        <translation>Cuota pagada hasta</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="578"/>
        <source>Record a pa&amp;yment…</source>
        <translation>Re&amp;gistrar un pago…</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="603"/>
        <source>Volunteering</source>
        <translation>Voluntariado</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="99"/>
        <source>First &amp;name</source>
        <translation>No&amp;mbre</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="159"/>
        <source>Languages spoken</source>
        <translation>Idiomas que habla</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="220"/>
        <source>Mobile phone</source>
        <translation>Teléfono celular</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="240"/>
        <source>E&amp;mail</source>
        <translation>&amp;Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="314"/>
        <source>Lives in the household</source>
        <translation>Vive en el hogar</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="615"/>
        <source>Volunteers with us</source>
        <translation>Hace voluntariado con nosotros</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="622"/>
        <source>S&amp;kills</source>
        <translation>Ha&amp;bilidades</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="635"/>
        <source>&amp;Interests</source>
        <translation>Inte&amp;reses</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="648"/>
        <source>Availa&amp;bility</source>
        <translation>Dis&amp;ponibilidad</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="687"/>
        <source>Consent (what this person agreed to)</source>
        <translation>Consentimiento (lo que esta persona aceptó)</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="693"/>
        <source>Listed in the members&apos; &amp;directory</source>
        <translation>&amp;Que aparezca en el directorio de miembros</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="700"/>
        <source>May be sent emails</source>
        <translation>Acepta correos electrónicos</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="707"/>
        <source>May be phoned</source>
        <translation>Acepta llamadas</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="714"/>
        <source>Photos may be used</source>
        <translation>Acepta que se usen sus fotos</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="724"/>
        <source>Sensitive notes (coordinators only)</source>
        <translation>Notas confidenciales (solo coordinadores)</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="730"/>
        <source>Only coordinators see these notes. Write only what is needed to help.</source>
        <translation>Solo los coordinadores ven estas notas. Escriba solo lo necesario para ayudar.</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <location filename="../../civicdesk/gui/panes/person_page.py" line="110"/>
        <source>Archive the person shown, or bring them back</source>
        <translation>Archivar a la persona que se muestra, o sacarla del archivo</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_page.py" line="116"/>
        <source>Their data</source>
        <translation>Sus datos</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_page.py" line="119"/>
        <source>Export everything about this person…</source>
        <translation>Exportar todo sobre esta persona…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_page.py" line="120"/>
        <source>Erase this person…</source>
        <translation>Borrar los datos personales de esta persona…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_page.py" line="183"/>
        <source>this new person</source>
        <translation>esta nueva persona</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_page.py" line="189"/>
        <source>New person</source>
        <translation>Nueva persona</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_page.py" line="190"/>
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_page.py" line="194"/>
        <source>Save changes</source>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_page.py" line="195"/>
        <location filename="../../ui/person_page.ui" line="66"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_page.py" line="200"/>
        <source>Bring back from archive</source>
        <translation>Sacar del archivo</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_page.py" line="201"/>
        <location filename="../../civicdesk/gui/panes/person_page.py" line="304"/>
        <location filename="../../civicdesk/gui/panes/person_page.py" line="307"/>
        <location filename="../../ui/person_page.ui" line="52"/>
        <source>Archive</source>
        <translation>Archivar</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_page.py" line="203"/>
        <source>Only coordinators can archive people.</source>
        <translation>Solo los coordinadores pueden archivar personas.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_page.py" line="216"/>
        <source>Dues are paid until {date}.</source>
        <translation>La cuota está pagada hasta el {date}.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_page.py" line="218"/>
        <source>No dues paid yet.</source>
        <translation>Todavía no se ha pagado ninguna cuota.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_page.py" line="264"/>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_page.py" line="268"/>
        <source>Already on file?</source>
        <translation>¿Ya está registrada esta persona?</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_page.py" line="269"/>
        <source>{name} looks like someone already on file (listed at the top of the form). To avoid keeping two records of one person, open the existing record instead.</source>
        <translation>{name} se parece a alguien que ya está registrado (aparece arriba en el formulario). Para no tener dos fichas de una misma persona, abra mejor la ficha existente.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_page.py" line="272"/>
        <source>Save as a new person anyway</source>
        <translation>Guardar como nueva persona de todos modos</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_page.py" line="281"/>
        <location filename="../../ui/person_page.ui" line="59"/>
        <source>Undo my changes</source>
        <translation>Deshacer mis cambios</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_page.py" line="282"/>
        <source>Throw away the changes you made to {name}?</source>
        <translation>¿Descartar los cambios que hizo en {name}?</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_page.py" line="283"/>
        <source>Throw them away</source>
        <translation>Descartarlos</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_page.py" line="305"/>
        <source>Archive {name}? They no longer appear in lists and pickers, but nothing is deleted, and you can bring them back at any time.</source>
        <translation>¿Archivar a {name}? Ya no aparecerá en las listas ni en los selectores, pero no se elimina nada y se puede sacar del archivo en cualquier momento.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_page.py" line="381"/>
        <source>someone</source>
        <translation>alguien</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_page.py" line="386"/>
        <source>Changed by {who} at {time} on another computer. What you typed is still here, not saved: Save shows what they changed and lets you choose.</source>
        <translation>Cambios hechos por {who} en otra computadora ({time}). Lo que usted escribió sigue aquí, sin guardar: Guardar le muestra lo que cambió esa persona y le permite elegir.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_page.py" line="390"/>
        <source>Changed by {who} at {time} on another computer; shown as it is now.</source>
        <translation>Cambios hechos por {who} en otra computadora ({time}); la ficha se muestra tal como está ahora.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_page.py" line="402"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_page.py" line="403"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.ui" line="19"/>
        <source>← Back</source>
        <translation>← Volver</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.ui" line="22"/>
        <source>Back to where you were (Alt+Left)</source>
        <translation>Volver a donde estaba (Alt+Left)</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.ui" line="69"/>
        <source>Save (Ctrl+S)</source>
        <translation>Guardar (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.ui" line="82"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.ui" line="130"/>
        <location filename="../../ui/person_page.ui" line="146"/>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.ui" line="164"/>
        <source>Record a pa&amp;yment…</source>
        <translation>Re&amp;gistrar un pago…</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.ui" line="171"/>
        <source>Correct the payment…</source>
        <translation>Corregir el pago…</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.ui" line="178"/>
        <source>Void the payment…</source>
        <translation>Anular el pago…</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../../civicdesk/gui/widgets/person_picker.py" line="49"/>
        <source>Type a name, phone, email or street…</source>
        <translation>Escriba un nombre, teléfono, correo o calle…</translation>
    </message>
</context>
<context>
    <name>PersonRequestsModel</name>
    <message>
        <location filename="../../civicdesk/gui/models/person_requests_model.py" line="17"/>
        <source>Asked on</source>
        <translation>Fecha de solicitud</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/person_requests_model.py" line="18"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/person_requests_model.py" line="19"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/person_requests_model.py" line="20"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/person_requests_model.py" line="21"/>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/person_requests_model.py" line="22"/>
        <source>Helper</source>
        <translation>Voluntario</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/person_requests_model.py" line="23"/>
        <source>Due</source>
        <translation>Fecha límite</translation>
    </message>
</context>
<context>
    <name>PersonRequestsTab</name>
    <message>
        <location filename="../../civicdesk/gui/panes/person_requests_tab.py" line="24"/>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_requests_tab.py" line="31"/>
        <source>Requests this person made</source>
        <translation>Solicitudes que hizo esta persona</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_requests_tab.py" line="33"/>
        <source>Requests this person helped with</source>
        <translation>Solicitudes en las que ayudó esta persona</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_requests_tab.py" line="56"/>
        <source>&amp;Asked for help ({count})</source>
        <translation>&amp;Pidió ayuda ({count})</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_requests_tab.py" line="57"/>
        <source>Hel&amp;ped with ({count})</source>
        <translation>A&amp;yudó ({count})</translation>
    </message>
</context>
<context>
    <name>PersonShiftsTab</name>
    <message>
        <location filename="../../civicdesk/gui/panes/person_shifts_tab.py" line="46"/>
        <source>Re&amp;move…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_shifts_tab.py" line="47"/>
        <source>&amp;Sign up for a shift…</source>
        <translation>Inscri&amp;bir en un turno…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_shifts_tab.py" line="52"/>
        <source>A signed letter listing this volunteer&apos;s dates and hours this year.</source>
        <translation>Una carta firmada con las fechas y horas de voluntariado de esta persona este año.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_shifts_tab.py" line="69"/>
        <source>Shifts</source>
        <translation>Turnos</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_shifts_tab.py" line="81"/>
        <source>Coming shifts:</source>
        <translation>Próximos turnos:</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_shifts_tab.py" line="45"/>
        <source>Co&amp;rrect…</source>
        <translation>&amp;Corregir…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_shifts_tab.py" line="48"/>
        <source>Log h&amp;ours…</source>
        <translation>Re&amp;gistrar horas…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_shifts_tab.py" line="49"/>
        <source>Save as &amp;calendar file…</source>
        <translation>Guardar como archivo de ca&amp;lendario…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_shifts_tab.py" line="50"/>
        <source>Print hours st&amp;atement…</source>
        <translation>Imprimir cons&amp;tancia de horas…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_shifts_tab.py" line="74"/>
        <source>Coming shifts</source>
        <translation>Próximos turnos</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_shifts_tab.py" line="86"/>
        <source>Hours without a shift</source>
        <translation>Horas sin turno</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_shifts_tab.py" line="91"/>
        <source>Hours &amp;without a shift:</source>
        <translation>Horas &amp;sin turno:</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_shifts_tab.py" line="111"/>
        <source>Save the person first to sign them up.</source>
        <translation>Guarde primero a la persona para poder inscribirla.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_shifts_tab.py" line="118"/>
        <source>Hours given in {year}: &lt;b&gt;{hours}&lt;/b&gt;</source>
        <translation>Horas de voluntariado en {year}: &lt;b&gt;{hours}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_shifts_tab.py" line="140"/>
        <source>Only coordinators correct logged hours.</source>
        <translation>Solo los coordinadores corrigen las horas registradas.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_shifts_tab.py" line="152"/>
        <source>Remove {time} on {day} ({note})? The audit log keeps what it was.</source>
        <translation>¿Quitar {time} del {day} ({note})? El registro de actividad conserva lo que había.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_shifts_tab.py" line="161"/>
        <source>Remove hours</source>
        <translation>Quitar horas</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/person_shifts_tab.py" line="161"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <location filename="../../civicdesk/gui/privacy.py" line="45"/>
        <source>Export everything about {name}</source>
        <translation>Exportar todo sobre {name}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/privacy.py" line="46"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/privacy.py" line="71"/>
        <source>Gathering everything about {name}…</source>
        <translation>Reuniendo todo lo que hay sobre {name}…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/privacy.py" line="75"/>
        <source>Exported</source>
        <translation>Exportación terminada</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/privacy.py" line="76"/>
        <source>Everything CivicDesk holds about {name} is in
{pdf}
and, for another program, in
{json}

Both hold their sensitive notes: hand them to {name} only.</source>
        <translation>Todo lo que CivicDesk tiene sobre {name} está en
{pdf}
y, para otro programa, en
{json}

Los dos archivos contienen sus notas confidenciales: entréguelos solo a {name}.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/privacy.py" line="138"/>
        <source>Erasing {name}…</source>
        <translation>Borrando los datos personales de {name}…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/privacy.py" line="141"/>
        <source>Erased</source>
        <translation>Datos borrados</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/privacy.py" line="142"/>
        <source>{name} was erased. Backups made before today still hold their data until they rotate out (up to {months} months).</source>
        <translation>Se borraron los datos personales de {name}. Las copias de seguridad hechas antes de hoy conservan sus datos hasta que se reemplacen (hasta {months} meses).</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <location filename="../../civicdesk/gui/dialogs/prompts.py" line="18"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/prompts.py" line="19"/>
        <source>You changed {name} but did not save. Save the changes now?</source>
        <translation>Hizo cambios en {name} pero no los guardó. ¿Desea guardarlos ahora?</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/prompts.py" line="22"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/prompts.py" line="24"/>
        <source>Throw my changes away</source>
        <translation>Descartar mis cambios</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/prompts.py" line="26"/>
        <source>Go back to editing</source>
        <translation>Volver a editar</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/prompts.py" line="36"/>
        <source>Someone else changed this record</source>
        <translation>Otra persona modificó esta ficha</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/prompts.py" line="38"/>
        <source>Nothing was overwritten. Your changes were:
{changes}</source>
        <translation>No se sobrescribió nada. Sus cambios eran:
{changes}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/prompts.py" line="40"/>
        <source>Show their version</source>
        <translation>Mostrar la otra versión</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/prompts.py" line="42"/>
        <source>Keep my changes on screen</source>
        <translation>Mantener mis cambios en pantalla</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/prompts.py" line="53"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../civicdesk/reports/base.py" line="37"/>
        <source>Nothing to report</source>
        <translation>Nada que imprimir</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/base.py" line="38"/>
        <source>There is nothing to print for the options chosen. Try a longer period or other options.</source>
        <translation>No hay nada que imprimir con las opciones elegidas. Pruebe con un período más largo u otras opciones.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/base.py" line="42"/>
        <source>Page {page} of {pages}</source>
        <translation>Página {page} de {pages}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/base.py" line="43"/>
        <source>Printed on {when}</source>
        <translation>Impreso el {when}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/base.py" line="92"/>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/cards.py" line="24"/>
        <location filename="../../civicdesk/reports/catalog.py" line="178"/>
        <source>Membership cards</source>
        <translation>Carnets de miembro</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/cards.py" line="74"/>
        <source>Membership card</source>
        <translation>Carnet de miembro</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/cards.py" line="85"/>
        <source>Member no. {number}</source>
        <translation>Miembro n.º {number}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/cards.py" line="89"/>
        <source>Valid until {date}</source>
        <translation>Válido hasta el {date}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/cards.py" line="92"/>
        <source>Honorary member</source>
        <translation>Miembro honorario</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="145"/>
        <location filename="../../civicdesk/reports/people.py" line="29"/>
        <source>Member roster</source>
        <translation>Lista de miembros</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="146"/>
        <source>Members with all their contact details, for the office (not for handing out).</source>
        <translation>Los miembros con todos sus datos de contacto, para la oficina (no para repartir).</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="152"/>
        <location filename="../../civicdesk/reports/people.py" line="70"/>
        <source>Member directory</source>
        <translation>Directorio de miembros</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="153"/>
        <source>The public list: only members who agreed to be listed, with only the details they agreed to share.</source>
        <translation>La lista pública: solo los miembros que aceptaron aparecer, y solo con los datos que aceptaron compartir.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="158"/>
        <location filename="../../civicdesk/reports/people.py" line="90"/>
        <source>Renewals due</source>
        <translation>Renovaciones pendientes</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="159"/>
        <source>Members whose dues run out soon or have run out, with how to reach them.</source>
        <translation>Miembros cuya cuota vence pronto o ya venció, con la forma de contactarlos.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="165"/>
        <location filename="../../civicdesk/reports/labels.py" line="72"/>
        <source>Mailing labels</source>
        <translation>Etiquetas de correo</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="166"/>
        <source>One address label per household, on Avery 5160 (Letter) or L7163 (A4) sheets.</source>
        <translation>Una etiqueta de dirección por hogar, en hojas Avery 5160 (Carta) o L7163 (A4).</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="179"/>
        <source>Credit-card sized cards with name, number and valid-until date, eight to a page.</source>
        <translation>Carnets del tamaño de una tarjeta de crédito con nombre, número y fecha de validez, ocho por página.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="185"/>
        <location filename="../../civicdesk/reports/shifts.py" line="39"/>
        <source>Shift schedule</source>
        <translation>Calendario de turnos</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="186"/>
        <source>Who works when, for a week or a month, for the wall.</source>
        <translation>Quién trabaja y cuándo, para una semana o un mes, para colgar en la pared.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="197"/>
        <location filename="../../civicdesk/reports/shifts.py" line="72"/>
        <source>Sign-in sheet</source>
        <translation>Hoja de firmas</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="198"/>
        <source>For the clipboard: the people signed up, blank rows, time in, signature, time out. One page per shift.</source>
        <translation>Para firmar en papel: las personas inscritas, filas en blanco, hora de llegada, firma, hora de salida. Una página por turno.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="211"/>
        <source>Reminder call list</source>
        <translation>Lista de llamadas de recordatorio</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="212"/>
        <source>Volunteers to call the day before their shift, with phone numbers and room for notes.</source>
        <translation>Los voluntarios a quienes llamar el día antes de su turno, con sus teléfonos y espacio para notas.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="220"/>
        <location filename="../../civicdesk/reports/hours.py" line="27"/>
        <source>Volunteer hours</source>
        <translation>Horas de voluntariado</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="221"/>
        <source>Hours per volunteer and per event for a period, with a chart.</source>
        <translation>Horas por voluntario y por evento en un período, con un gráfico.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="228"/>
        <source>Hours statement</source>
        <translation>Constancia de horas</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="229"/>
        <source>A signed letter listing one volunteer&apos;s dates and hours (for school, work or a visa).</source>
        <translation>Una carta firmada con las fechas y horas de un voluntario (para la escuela, el trabajo o una visa).</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="238"/>
        <source>Support requests summary</source>
        <translation>Resumen de solicitudes de ayuda</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="239"/>
        <source>Requests by category and status, time to resolve, open and overdue requests, with charts.</source>
        <translation>Solicitudes por categoría y estado, tiempo de resolución, solicitudes abiertas y atrasadas, con gráficos.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="247"/>
        <location filename="../../civicdesk/reports/requests.py" line="112"/>
        <source>Job ticket</source>
        <translation>Ficha de tarea</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="248"/>
        <source>One request on paper for the helper: what, where, whom to call. No sensitive notes.</source>
        <translation>Una solicitud en papel para el voluntario: qué, dónde, a quién llamar. Sin notas confidenciales.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/hours.py" line="36"/>
        <source>{hours} hours given by {people} volunteers.</source>
        <translation>{hours} horas dedicadas por {people} voluntarios.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/hours.py" line="40"/>
        <source>(no event)</source>
        <translation>(sin evento)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/hours.py" line="44"/>
        <location filename="../../civicdesk/reports/hours.py" line="104"/>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/hours.py" line="47"/>
        <source>Hours per event</source>
        <translation>Horas por evento</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/hours.py" line="52"/>
        <location filename="../../civicdesk/reports/shifts.py" line="51"/>
        <location filename="../../civicdesk/reports/subject_access.py" line="159"/>
        <location filename="../../civicdesk/reports/subject_access.py" line="173"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/hours.py" line="55"/>
        <source>Hours per volunteer</source>
        <translation>Horas por voluntario</translation>
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
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/hours.py" line="57"/>
        <source>Times</source>
        <translation>Turnos</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/hours.py" line="68"/>
        <source>Volunteer hours statement</source>
        <translation>Constancia de horas de voluntariado</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/hours.py" line="82"/>
        <source>This letter confirms that {name} volunteered with {association} from {start} to {end}, giving {hours} hours of service in total, as listed below.</source>
        <translation>Por medio de la presente se hace constar que {name} realizó trabajo voluntario en {association} desde el {start} hasta el {end}, con un total de {hours} horas de servicio, según el detalle a continuación.</translation>
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
        <translation>Coordinador de voluntarios</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/hours.py" line="100"/>
        <source>To whom it may concern,</source>
        <translation>A quien corresponda:</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/hours.py" line="102"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/hours.py" line="103"/>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/hours.py" line="107"/>
        <source>We are grateful for this help to our neighbours. Please contact us if you need more information.</source>
        <translation>Agradecemos mucho esta ayuda a nuestros vecinos. No dude en comunicarse con nosotros si necesita más información.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/labels.py" line="20"/>
        <source>{name} household</source>
        <translation>Hogar de {name}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/labels.py" line="21"/>
        <source>The {name} family</source>
        <translation>Familia {name}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/labels.py" line="22"/>
        <source>{first} &amp; {second}</source>
        <translation>{first} &amp; {second}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/people.py" line="13"/>
        <source>member</source>
        <translation>miembro</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/people.py" line="14"/>
        <source>lapsed</source>
        <translation>membresía vencida</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/people.py" line="15"/>
        <source>honorary</source>
        <translation>miembro honorario</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/people.py" line="16"/>
        <source>prospect</source>
        <translation>posible miembro</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/people.py" line="17"/>
        <source>not a member</source>
        <translation>no es miembro</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/people.py" line="19"/>
        <source>{count} people</source>
        <translation>{count} personas</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/people.py" line="39"/>
        <location filename="../../civicdesk/reports/people.py" line="112"/>
        <location filename="../../civicdesk/reports/requests.py" line="89"/>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/people.py" line="40"/>
        <location filename="../../civicdesk/reports/requests.py" line="92"/>
        <location filename="../../civicdesk/reports/shifts.py" line="148"/>
        <location filename="../../civicdesk/reports/subject_access.py" line="26"/>
        <location filename="../../civicdesk/reports/subject_access.py" line="161"/>
        <location filename="../../civicdesk/reports/subject_access.py" line="184"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/people.py" line="41"/>
        <location filename="../../civicdesk/reports/people.py" line="55"/>
        <location filename="../../civicdesk/reports/people.py" line="113"/>
        <source>Dues until</source>
        <translation>Cuota hasta</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/people.py" line="42"/>
        <location filename="../../civicdesk/reports/people.py" line="77"/>
        <location filename="../../civicdesk/reports/people.py" line="115"/>
        <location filename="../../civicdesk/reports/requests.py" line="130"/>
        <location filename="../../civicdesk/reports/shifts.py" line="147"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/people.py" line="43"/>
        <location filename="../../civicdesk/reports/people.py" line="78"/>
        <location filename="../../civicdesk/reports/people.py" line="116"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/people.py" line="44"/>
        <location filename="../../civicdesk/reports/people.py" line="117"/>
        <location filename="../../civicdesk/reports/requests.py" line="131"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/people.py" line="50"/>
        <source>Membership</source>
        <translation>Membresía</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/people.py" line="51"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/people.py" line="79"/>
        <source>Only members who agreed to be listed, with only the contact details they agreed to share. Please do not pass this list on.</source>
        <translation>Solo los miembros que aceptaron aparecer, y solo con los datos de contacto que aceptaron compartir. Por favor, no comparta esta lista.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/people.py" line="97"/>
        <source>Due by {until}</source>
        <translation>Vencimientos hasta el {until}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/people.py" line="105"/>
        <source>lapsed {days} days ago</source>
        <translation>venció hace {days} días</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/people.py" line="107"/>
        <location filename="../../civicdesk/reports/requests.py" line="23"/>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/people.py" line="108"/>
        <source>in {days} days</source>
        <translation>en {days} días</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/people.py" line="114"/>
        <source>Renewal</source>
        <translation>Renovación</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/requests.py" line="15"/>
        <source>new</source>
        <translation>nueva</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/requests.py" line="16"/>
        <source>assigned</source>
        <translation>asignada</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/requests.py" line="17"/>
        <source>in progress</source>
        <translation>en curso</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/requests.py" line="18"/>
        <source>resolved</source>
        <translation>resuelta</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/requests.py" line="19"/>
        <source>closed</source>
        <translation>cerrada</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/requests.py" line="20"/>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/requests.py" line="24"/>
        <source>within 2 days</source>
        <translation>en 2 días</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/requests.py" line="25"/>
        <source>this week</source>
        <translation>esta semana</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/requests.py" line="26"/>
        <source>any time</source>
        <translation>sin prisa</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/requests.py" line="33"/>
        <source>Support requests</source>
        <translation>Solicitudes de ayuda</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/requests.py" line="48"/>
        <source>{total} requests made in this period, {resolved} of them resolved (median {median} days to resolve). Open now: {open}, of which {overdue} overdue.</source>
        <translation>{total} solicitudes recibidas en este período, {resolved} de ellas resueltas (mediana: {median} días para resolverlas). Abiertas ahora: {open}, de las cuales {overdue} están atrasadas.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/requests.py" line="58"/>
        <source>Open requests (overdue first)</source>
        <translation>Solicitudes abiertas (primero las atrasadas)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/requests.py" line="63"/>
        <location filename="../../civicdesk/reports/requests.py" line="91"/>
        <location filename="../../civicdesk/reports/subject_access.py" line="25"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/requests.py" line="78"/>
        <source>By category and status</source>
        <translation>Por categoría y estado</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/requests.py" line="88"/>
        <source>OVERDUE</source>
        <translation>ATRASADA</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/requests.py" line="90"/>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/requests.py" line="93"/>
        <location filename="../../civicdesk/reports/requests.py" line="129"/>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/requests.py" line="94"/>
        <location filename="../../civicdesk/reports/requests.py" line="136"/>
        <location filename="../../civicdesk/reports/requests.py" line="152"/>
        <location filename="../../civicdesk/reports/subject_access.py" line="28"/>
        <source>Helper</source>
        <translation>Voluntario</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/requests.py" line="95"/>
        <location filename="../../civicdesk/reports/requests.py" line="127"/>
        <source>Due</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/requests.py" line="118"/>
        <location filename="../../civicdesk/reports/subject_access.py" line="190"/>
        <source>Request no. {number}</source>
        <translation>Solicitud n.º {number}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/requests.py" line="124"/>
        <location filename="../../civicdesk/reports/subject_access.py" line="183"/>
        <location filename="../../civicdesk/reports/subject_access.py" line="214"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/requests.py" line="125"/>
        <source>Urgency</source>
        <translation>Urgencia</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/requests.py" line="132"/>
        <source>Area</source>
        <translation>Zona</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/requests.py" line="133"/>
        <source>Speaks</source>
        <translation>Habla</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/requests.py" line="134"/>
        <source>Good to know</source>
        <translation>Conviene saber</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/requests.py" line="135"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/requests.py" line="144"/>
        <source>Done on</source>
        <translation>Hecho el</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/requests.py" line="145"/>
        <source>Time spent</source>
        <translation>Tiempo dedicado</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/requests.py" line="146"/>
        <source>Notes for the office</source>
        <translation>Notas para la oficina</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/requests.py" line="148"/>
        <source>When the job is done</source>
        <translation>Cuando termine la tarea</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/shifts.py" line="15"/>
        <source>signed up</source>
        <translation>inscrito</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/shifts.py" line="16"/>
        <source>confirmed</source>
        <translation>confirmado</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/shifts.py" line="17"/>
        <source>attended</source>
        <translation>asistió</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/shifts.py" line="18"/>
        <source>no show</source>
        <translation>no se presentó</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/shifts.py" line="50"/>
        <location filename="../../civicdesk/reports/shifts.py" line="125"/>
        <location filename="../../civicdesk/reports/shifts.py" line="144"/>
        <location filename="../../civicdesk/reports/subject_access.py" line="162"/>
        <location filename="../../civicdesk/reports/subject_access.py" line="172"/>
        <source>Time</source>
        <translation>Horario</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/shifts.py" line="52"/>
        <location filename="../../civicdesk/reports/subject_access.py" line="31"/>
        <location filename="../../civicdesk/reports/subject_access.py" line="160"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/shifts.py" line="53"/>
        <source>Where</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/shifts.py" line="54"/>
        <source>Signed up</source>
        <translation>Inscritos</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/shifts.py" line="55"/>
        <source>Open</source>
        <translation>Libres</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/shifts.py" line="88"/>
        <source>Time in</source>
        <translation>Llegada</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/shifts.py" line="89"/>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/shifts.py" line="90"/>
        <source>Time out</source>
        <translation>Salida</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/shifts.py" line="113"/>
        <source>Reminder calls</source>
        <translation>Llamadas de recordatorio</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/shifts.py" line="127"/>
        <location filename="../../civicdesk/reports/shifts.py" line="145"/>
        <source>Shift</source>
        <translation>Turno</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/shifts.py" line="128"/>
        <location filename="../../civicdesk/reports/shifts.py" line="149"/>
        <source>Reached?</source>
        <translation>¿Contestó?</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/shifts.py" line="129"/>
        <location filename="../../civicdesk/reports/shifts.py" line="150"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/shifts.py" line="130"/>
        <location filename="../../civicdesk/reports/shifts.py" line="151"/>
        <source>yes / no / message</source>
        <translation>sí / no / mensaje</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/shifts.py" line="135"/>
        <location filename="../../civicdesk/reports/shifts.py" line="155"/>
        <source>Call each volunteer to remind them of their shift; circle the answer and note anything the coordinator should know.</source>
        <translation>Llame a cada voluntario para recordarle su turno; marque con un círculo la respuesta y anote lo que el coordinador deba saber.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="18"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="19"/>
        <source>Times changed</source>
        <translation>Veces modificado</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="20"/>
        <source>Dues paid until</source>
        <translation>Cuota pagada hasta</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="21"/>
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="22"/>
        <source>On file since</source>
        <translation>Registrado desde</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="23"/>
        <source>Last changed</source>
        <translation>Última modificación</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="24"/>
        <source>Erased on</source>
        <translation>Datos borrados el</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="27"/>
        <source>Resolved on</source>
        <translation>Resuelta el</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="29"/>
        <source>Login name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="30"/>
        <source>Shown as</source>
        <translation>Nombre a mostrar</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="32"/>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="33"/>
        <source>Last logged in</source>
        <translation>Último inicio de sesión</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="35"/>
        <source>Made on</source>
        <translation>Hecha el</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="36"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="36"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="37"/>
        <source>None.</source>
        <translation>Nada.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="38"/>
        <source>VOIDED on {when}: {reason}.</source>
        <translation>ANULADO el {when}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="66"/>
        <source>Everything we hold about a person</source>
        <translation>Todo lo que tenemos sobre una persona</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="107"/>
        <source>Prepared on {when} by {who} for {name}, at their request: every record CivicDesk holds about them, including notes only coordinators see, and the audit log&apos;s entries about them.</source>
        <translation>Preparado el {when} por {who} para {name}, a pedido de esta persona: todo lo que CivicDesk tiene sobre ella, incluidas las notas que solo ven los coordinadores y las entradas del registro de actividad que le conciernen.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="113"/>
        <source>Personal details</source>
        <translation>Datos personales</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="119"/>
        <source>Household</source>
        <translation>Hogar</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="120"/>
        <source>Ids in other systems</source>
        <translation>Identificadores en otros sistemas</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="123"/>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="124"/>
        <source>Shifts</source>
        <translation>Turnos</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="125"/>
        <source>Hours outside shifts</source>
        <translation>Horas fuera de los turnos</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="127"/>
        <source>Requests for help</source>
        <translation>Solicitudes de ayuda</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="129"/>
        <source>Requests they helped with</source>
        <translation>Solicitudes en las que ayudó</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="131"/>
        <source>Login account</source>
        <translation>Cuenta de usuario</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="133"/>
        <source>Audit log entries about them</source>
        <translation>Entradas del registro de actividad que le conciernen</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="141"/>
        <source>Paid on</source>
        <translation>Fecha de pago</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="142"/>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="143"/>
        <source>Covers</source>
        <translation>Período cubierto</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="144"/>
        <source>Method</source>
        <translation>Forma de pago</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="145"/>
        <location filename="../../civicdesk/reports/subject_access.py" line="163"/>
        <location filename="../../civicdesk/reports/subject_access.py" line="174"/>
        <location filename="../../civicdesk/reports/subject_access.py" line="185"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="158"/>
        <location filename="../../civicdesk/reports/subject_access.py" line="181"/>
        <location filename="../../civicdesk/reports/subject_access.py" line="212"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="168"/>
        <source>Time given in all, shifts included: {time}</source>
        <translation>Tiempo dedicado en total, turnos incluidos: {time}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="171"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="182"/>
        <location filename="../../civicdesk/reports/subject_access.py" line="213"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="202"/>
        <source>Request no. {number} ({category}, {status}), made {when}</source>
        <translation>Solicitud n.º {number} ({category}, {status}), hecha el {when}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="215"/>
        <source>Record</source>
        <translation>Ficha</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/subject_access.py" line="216"/>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
</context>
<context>
    <name>ReportPreviewDialog</name>
    <message>
        <location filename="../../civicdesk/gui/reports/preview.py" line="36"/>
        <source>{title} — preview</source>
        <translation>{title} — vista previa</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/reports/preview.py" line="44"/>
        <source>The report, page by page</source>
        <translation>El informe, página por página</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/reports/preview.py" line="49"/>
        <source>Pages: {count}</source>
        <translation>Páginas: {count}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/reports/preview.py" line="99"/>
        <source>Printing</source>
        <translation>Impresión</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/reports/preview.py" line="100"/>
        <source>The printer could not be started.</source>
        <translation>No se pudo iniciar la impresora.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/reports/preview.py" line="124"/>
        <location filename="../../civicdesk/gui/reports/preview.py" line="138"/>
        <source>Save the report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/reports/preview.py" line="125"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/reports/preview.py" line="139"/>
        <source>The report could not be saved in {path}: {reason}</source>
        <translation>No se pudo guardar el informe en {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/report_preview_dialog.ui" line="6"/>
        <source>Report preview</source>
        <translation>Vista previa del informe</translation>
    </message>
    <message>
        <location filename="../../ui/report_preview_dialog.ui" line="12"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../../ui/report_preview_dialog.ui" line="13"/>
        <source>Print on any printer of this computer (Ctrl+P)</source>
        <translation>Imprimir en cualquier impresora de esta computadora (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/report_preview_dialog.ui" line="18"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/report_preview_dialog.ui" line="19"/>
        <source>Save the report as a PDF file (Ctrl+S)</source>
        <translation>Guardar el informe como archivo PDF (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/report_preview_dialog.ui" line="24"/>
        <source>&amp;Open in PDF viewer</source>
        <translation>&amp;Abrir en el visor de PDF</translation>
    </message>
    <message>
        <location filename="../../ui/report_preview_dialog.ui" line="25"/>
        <source>Open the report in this computer&apos;s PDF viewer</source>
        <translation>Abrir el informe en el visor de PDF de esta computadora</translation>
    </message>
    <message>
        <location filename="../../ui/report_preview_dialog.ui" line="38"/>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <location filename="../../ui/report_preview_dialog.ui" line="39"/>
        <source>Smaller (Ctrl+-)</source>
        <translation>Más pequeño (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../ui/report_preview_dialog.ui" line="45"/>
        <source>Fit &amp;width</source>
        <translation>Ajustar al a&amp;ncho</translation>
    </message>
    <message>
        <location filename="../../ui/report_preview_dialog.ui" line="50"/>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <location filename="../../ui/report_preview_dialog.ui" line="51"/>
        <source>Larger (Ctrl++)</source>
        <translation>Más grande (Ctrl++)</translation>
    </message>
</context>
<context>
    <name>ReportsPane</name>
    <message>
        <location filename="../../civicdesk/gui/panes/reports.py" line="59"/>
        <source>&amp;Preview…</source>
        <translation>Vista &amp;previa…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/reports.py" line="61"/>
        <source>Prepare the report and show it (Enter)</source>
        <translation>Preparar el informe y mostrarlo (Enter)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/reports.py" line="40"/>
        <location filename="../../civicdesk/gui/panes/reports.py" line="72"/>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/reports/launch.py" line="75"/>
        <source>Preparing “{title}”…</source>
        <translation>Preparando “{title}”…</translation>
    </message>
</context>
<context>
    <name>RequestActions</name>
    <message>
        <location filename="../../civicdesk/gui/request_actions.py" line="48"/>
        <source>Only new, assigned or in-progress requests can be given to a volunteer.</source>
        <translation>Solo las solicitudes nuevas, asignadas o en curso se pueden asignar a un voluntario.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/request_actions.py" line="58"/>
        <source>Note for request #{id}</source>
        <translation>Nota para la solicitud n.º {id}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/request_actions.py" line="59"/>
        <source>What happened? The note is added to the request&apos;s history.</source>
        <translation>¿Qué pasó? La nota se agrega al historial de la solicitud.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/request_actions.py" line="59"/>
        <source>Add note</source>
        <translation>Agregar la nota</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/request_actions.py" line="73"/>
        <source>A request that is {old} cannot become {new}.</source>
        <translation>Una solicitud en estado {old} no puede pasar a {new}.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/request_actions.py" line="90"/>
        <source>Reopen request #{id}</source>
        <translation>Reabrir la solicitud n.º {id}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/request_actions.py" line="91"/>
        <source>Why is “{summary}” being reopened? (required)</source>
        <translation>¿Por qué se vuelve a abrir “{summary}”? (obligatorio)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/request_actions.py" line="93"/>
        <source>Close request #{id}</source>
        <translation>Cerrar la solicitud n.º {id}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/request_actions.py" line="94"/>
        <source>Close “{summary}” for good? A closed request cannot be reopened. A last note (optional):</source>
        <translation>¿Cerrar definitivamente “{summary}”? Una solicitud cerrada no se puede volver a abrir. Una última nota (opcional):</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/request_actions.py" line="97"/>
        <source>Cancel request #{id}</source>
        <translation>Cancelar la solicitud n.º {id}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/request_actions.py" line="98"/>
        <source>Cancel “{summary}”? A cancelled request cannot be reopened. Why is it cancelled (optional)?</source>
        <translation>¿Cancelar “{summary}”? Una solicitud cancelada no se puede volver a abrir. ¿Por qué se cancela? (opcional)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/request_actions.py" line="107"/>
        <source>Not done</source>
        <translation>No se hizo</translation>
    </message>
</context>
<context>
    <name>RequestAssignDialog</name>
    <message>
        <location filename="../../civicdesk/gui/dialogs/request_assign.py" line="44"/>
        <source>&amp;Give the request to this volunteer</source>
        <translation>&amp;Asignar la solicitud a este voluntario</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/request_assign.py" line="62"/>
        <source>Choose a helper for request #{id}</source>
        <translation>Elegir un voluntario para la solicitud n.º {id}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/request_assign.py" line="65"/>
        <source>due {date}</source>
        <translation>fecha límite: {date}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/request_assign.py" line="69"/>
        <source>speaks {languages}</source>
        <translation>habla {languages}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/request_assign.py" line="73"/>
        <source>Now with {name}; choosing someone else hands it over.</source>
        <translation>Ahora está asignada a {name}; si elige a otra persona, se reasigna.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/request_assign.py" line="80"/>
        <source>Finding the best helpers…</source>
        <translation>Buscando a los voluntarios más adecuados…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/request_assign.py" line="89"/>
        <source>The best {shown} of {total} volunteers, best fit first (✓ in favour, ✗ against). Enter gives the request to the one selected.</source>
        <translation>Los {shown} mejores de {total} voluntarios, del más adecuado al menos (✓ a favor, ✗ en contra). Enter asigna la solicitud al seleccionado.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/request_assign.py" line="130"/>
        <source>The history will say: {reason}</source>
        <translation>El historial dirá: {reason}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/request_assign.py" line="137"/>
        <source>Choose a volunteer in the list, or type a name under “Someone else”.</source>
        <translation>Elija un voluntario de la lista, o escriba un nombre en “Otra persona”.</translation>
    </message>
    <message>
        <location filename="../../ui/request_assign.ui" line="6"/>
        <source>Choose a helper</source>
        <translation>Elegir un voluntario</translation>
    </message>
    <message>
        <location filename="../../ui/request_assign.ui" line="25"/>
        <source>Suggested helpers</source>
        <translation>Voluntarios sugeridos</translation>
    </message>
    <message>
        <location filename="../../ui/request_assign.ui" line="32"/>
        <source>Suggested volunteers, best first</source>
        <translation>Voluntarios sugeridos, los más adecuados primero</translation>
    </message>
    <message>
        <location filename="../../ui/request_assign.ui" line="39"/>
        <source>Or someone &amp;else:</source>
        <translation>Otra &amp;persona:</translation>
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
        <translation>{status} ({shown} de {count})</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_board.py" line="141"/>
        <source>The board shows {shown} cards here; the queue lists them all.</source>
        <translation>El tablero muestra aquí {shown} tarjetas; la cola las muestra todas.</translation>
    </message>
</context>
<context>
    <name>RequestCategory</name>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="67"/>
        <source>Groceries</source>
        <translation>Compras</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="68"/>
        <source>Ride</source>
        <translation>Transporte</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="69"/>
        <source>Repair</source>
        <translation>Reparación</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="70"/>
        <source>Companionship</source>
        <translation>Compañía</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="71"/>
        <source>Translation</source>
        <translation>Traducción</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="72"/>
        <source>Paperwork</source>
        <translation>Trámites</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="73"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>RequestFilters</name>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_filters.py" line="26"/>
        <source>Sho&amp;w:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_filters.py" line="27"/>
        <source>&amp;Category:</source>
        <translation>&amp;Categoría:</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_filters.py" line="28"/>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_filters.py" line="30"/>
        <source>&amp;Urgency:</source>
        <translation>Ur&amp;gencia:</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_filters.py" line="31"/>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_filters.py" line="34"/>
        <source>Any helper</source>
        <translation>Cualquier voluntario</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_filters.py" line="36"/>
        <source>Hel&amp;per:</source>
        <translation>Volu&amp;ntario:</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_filters.py" line="40"/>
        <source>Nobody &amp;yet</source>
        <translation>&amp;Sin asignar</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_filters.py" line="41"/>
        <source>L&amp;ate</source>
        <translation>A&amp;trasadas</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_filters.py" line="42"/>
        <source>Follow-up &amp;due</source>
        <translation>Seguimiento &amp;pendiente</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_filters.py" line="43"/>
        <source>Clear</source>
        <translation>Quitar filtros</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_filters.py" line="44"/>
        <source>Show every waiting request again</source>
        <translation>Volver a mostrar todas las solicitudes en espera</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_filters.py" line="51"/>
        <source>Waiting for help</source>
        <translation>Esperando ayuda</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_filters.py" line="51"/>
        <source>Everything</source>
        <translation>Todas</translation>
    </message>
</context>
<context>
    <name>RequestFollowUpDialog</name>
    <message>
        <location filename="../../civicdesk/gui/dialogs/request_follow_up.py" line="44"/>
        <source>Follow-up for request #{id}</source>
        <translation>Seguimiento de la solicitud n.º {id}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/request_follow_up.py" line="45"/>
        <source>{summary} — {name}, {phone}</source>
        <translation>{summary} — {name}, {phone}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/request_follow_up.py" line="47"/>
        <source>no phone on file</source>
        <translation>sin teléfono registrado</translation>
    </message>
    <message>
        <location filename="../../ui/request_follow_up.ui" line="6"/>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location filename="../../ui/request_follow_up.ui" line="17"/>
        <source>Follow up &amp;again on:</source>
        <translation>Nuevo seguimiento &amp;el:</translation>
    </message>
    <message>
        <location filename="../../ui/request_follow_up.ui" line="23"/>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <location filename="../../ui/request_follow_up.ui" line="24"/>
        <source>Next follow-up date</source>
        <translation>Fecha del próximo seguimiento</translation>
    </message>
    <message>
        <location filename="../../ui/request_follow_up.ui" line="36"/>
        <source>What came of the follow-up (&amp;optional):</source>
        <translation>Resultado del seguimiento (&amp;opcional):</translation>
    </message>
</context>
<context>
    <name>RequestHistoryModel</name>
    <message>
        <location filename="../../civicdesk/gui/models/request_history_model.py" line="15"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/request_history_model.py" line="16"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/request_history_model.py" line="17"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
</context>
<context>
    <name>RequestIntakeDialog</name>
    <message>
        <location filename="../../civicdesk/gui/dialogs/request_intake.py" line="65"/>
        <source>Requester</source>
        <translation>Solicitante</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/request_intake.py" line="145"/>
        <source>Request #{id}: {summary}</source>
        <translation>Solicitud n.º {id}: {summary}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/request_intake.py" line="231"/>
        <source>Saved request #{id} for {name}: {summary}. Next call:</source>
        <translation>Se guardó la solicitud n.º {id} de {name}: {summary}. Siguiente llamada:</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/request_intake.py" line="249"/>
        <source>Discard this request?</source>
        <translation>¿Descartar esta solicitud?</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/request_intake.py" line="250"/>
        <source>What you typed has not been saved. Close the form anyway?</source>
        <translation>Lo que escribió no se ha guardado. ¿Desea cerrar el formulario de todos modos?</translation>
    </message>
    <message>
        <location filename="../../ui/request_intake.ui" line="6"/>
        <source>New support request</source>
        <translation>Nueva solicitud de ayuda</translation>
    </message>
    <message>
        <location filename="../../ui/request_intake.ui" line="20"/>
        <source>&amp;Requester:</source>
        <translation>&amp;Solicitante:</translation>
    </message>
    <message>
        <location filename="../../ui/request_intake.ui" line="27"/>
        <source>New &amp;neighbour</source>
        <translation>&amp;Nuevo vecino</translation>
    </message>
    <message>
        <location filename="../../ui/request_intake.ui" line="29"/>
        <source>Someone who is not on file yet: just a name and a phone number (Alt+N)</source>
        <translation>Alguien que todavía no está registrado: solo un nombre y un número de teléfono (Alt+N)</translation>
    </message>
    <message>
        <location filename="../../ui/request_intake.ui" line="43"/>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/request_intake.ui" line="44"/>
        <source>First name of the new neighbour</source>
        <translation>Nombre del nuevo vecino</translation>
    </message>
    <message>
        <location filename="../../ui/request_intake.ui" line="49"/>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <location filename="../../ui/request_intake.ui" line="50"/>
        <source>Last name of the new neighbour</source>
        <translation>Apellido del nuevo vecino</translation>
    </message>
    <message>
        <location filename="../../ui/request_intake.ui" line="55"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../ui/request_intake.ui" line="56"/>
        <source>Phone number of the new neighbour</source>
        <translation>Número de teléfono del nuevo vecino</translation>
    </message>
    <message>
        <location filename="../../ui/request_intake.ui" line="67"/>
        <source>&amp;Category:</source>
        <translation>&amp;Categoría:</translation>
    </message>
    <message>
        <location filename="../../ui/request_intake.ui" line="81"/>
        <source>&amp;Urgency:</source>
        <translation>&amp;Urgencia:</translation>
    </message>
    <message>
        <location filename="../../ui/request_intake.ui" line="94"/>
        <source>Su&amp;mmary:</source>
        <translation>&amp;Resumen:</translation>
    </message>
    <message>
        <location filename="../../ui/request_intake.ui" line="100"/>
        <source>In a few words, e.g. “Ride to the clinic on Tuesday”</source>
        <translation>En pocas palabras, p. ej., “Llevarla a la clínica el martes”</translation>
    </message>
    <message>
        <location filename="../../ui/request_intake.ui" line="109"/>
        <source>&amp;Details:</source>
        <translation>&amp;Detalles:</translation>
    </message>
    <message>
        <location filename="../../ui/request_intake.ui" line="117"/>
        <source>What a helper needs to know (shown on the printed ticket)</source>
        <translation>Lo que necesita saber el voluntario (aparece en la ficha de tarea impresa)</translation>
    </message>
    <message>
        <location filename="../../ui/request_intake.ui" line="122"/>
        <source>&amp;Area:</source>
        <translation>&amp;Zona:</translation>
    </message>
    <message>
        <location filename="../../ui/request_intake.ui" line="128"/>
        <source>Neighbourhood (filled in from the requester&apos;s address)</source>
        <translation>Barrio (se completa con la dirección del solicitante)</translation>
    </message>
    <message>
        <location filename="../../ui/request_intake.ui" line="133"/>
        <source>Due &amp;by:</source>
        <translation>Fecha &amp;límite:</translation>
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
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location filename="../../ui/request_intake.ui" line="147"/>
        <source>&amp;Follow up on:</source>
        <translation>S&amp;eguimiento el:</translation>
    </message>
    <message>
        <location filename="../../ui/request_intake.ui" line="154"/>
        <source>Follow-up date</source>
        <translation>Fecha de seguimiento</translation>
    </message>
    <message>
        <location filename="../../ui/request_intake.ui" line="171"/>
        <source>Sensitive notes (only coordinators see these; never printed)</source>
        <translation>Notas confidenciales (solo las ven los coordinadores; nunca se imprimen)</translation>
    </message>
    <message>
        <location filename="../../ui/request_intake.ui" line="178"/>
        <source>Sensitive notes</source>
        <translation>Notas confidenciales</translation>
    </message>
    <message>
        <location filename="../../ui/request_intake.ui" line="191"/>
        <source>Ctrl+S save · Ctrl+Shift+S save and start the next · Esc close</source>
        <translation>Ctrl+S guardar · Ctrl+Shift+S guardar y empezar la siguiente · Esc cerrar</translation>
    </message>
    <message>
        <location filename="../../ui/request_intake.ui" line="201"/>
        <source>Save and ne&amp;w</source>
        <translation>Guardar y nue&amp;va</translation>
    </message>
    <message>
        <location filename="../../ui/request_intake.ui" line="207"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../../ui/request_intake.ui" line="213"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>RequestNoteDialog</name>
    <message>
        <location filename="../../ui/request_note.ui" line="6"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>RequestQueueModel</name>
    <message>
        <location filename="../../civicdesk/gui/models/request_queue_model.py" line="30"/>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/request_queue_model.py" line="31"/>
        <source>Urgency</source>
        <translation>Urgencia</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/request_queue_model.py" line="32"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/request_queue_model.py" line="33"/>
        <source>Requester</source>
        <translation>Solicitante</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/request_queue_model.py" line="34"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/request_queue_model.py" line="35"/>
        <source>Area</source>
        <translation>Zona</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/request_queue_model.py" line="36"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/request_queue_model.py" line="37"/>
        <source>Helper</source>
        <translation>Voluntario</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/request_queue_model.py" line="38"/>
        <source>Due</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/request_queue_model.py" line="39"/>
        <source>Follow up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/request_queue_model.py" line="40"/>
        <source>Waiting</source>
        <translation>Espera</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/request_queue_model.py" line="177"/>
        <source>{date}, late</source>
        <translation>{date}, atrasada</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/request_queue_model.py" line="183"/>
        <source>Late: it was due on {date}.</source>
        <translation>Atrasada: vencía el {date}.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/request_queue_model.py" line="186"/>
        <source>Follow-up due ({date}).</source>
        <translation>Seguimiento pendiente ({date}).</translation>
    </message>
</context>
<context>
    <name>RequestStatus</name>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="52"/>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="53"/>
        <source>Assigned</source>
        <translation>Asignada</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="54"/>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="55"/>
        <source>Resolved</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="56"/>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="57"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
</context>
<context>
    <name>RequestText</name>
    <message>
        <location filename="../../civicdesk/gui/request_text.py" line="45"/>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/request_text.py" line="46"/>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/request_text.py" line="46"/>
        <source>{count} days</source>
        <translation>{count} días</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/request_text.py" line="53"/>
        <source>{date} (late)</source>
        <translation>{date} (atrasada)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/request_text.py" line="55"/>
        <source>{date} (today)</source>
        <translation>{date} (hoy)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/request_text.py" line="63"/>
        <source>Request taken in</source>
        <translation>Solicitud recibida</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/request_text.py" line="65"/>
        <source>Reopened: {old} → {new}</source>
        <translation>Reabierta: {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/request_text.py" line="66"/>
        <source>Status: {old} → {new}</source>
        <translation>Estado: {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/request_text.py" line="69"/>
        <source>({name} taken off)</source>
        <translation>(se quitó a {name})</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/request_text.py" line="75"/>
        <source>Changed: {fields}</source>
        <translation>Cambios en: {fields}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/request_text.py" line="77"/>
        <source>Follow-up: {note}</source>
        <translation>Seguimiento: {note}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/request_text.py" line="85"/>
        <source>Given to {new} instead of {old}</source>
        <translation>Asignada a {new} en lugar de {old}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/request_text.py" line="88"/>
        <source>Given to {new}</source>
        <translation>Asignada a {new}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/request_text.py" line="89"/>
        <source>{old} taken off the request</source>
        <translation>Se quitó a {old} de la solicitud</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/request_text.py" line="95"/>
        <source>&amp;Reopen…</source>
        <translation>&amp;Reabrir…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/request_text.py" line="97"/>
        <source>Take the helper &amp;off</source>
        <translation>&amp;Quitar al voluntario</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/request_text.py" line="99"/>
        <source>Not &amp;started yet</source>
        <translation>Aún &amp;no ha empezado</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/request_text.py" line="100"/>
        <source>Choose a &amp;helper…</source>
        <translation>Elegir un &amp;voluntario…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/request_text.py" line="100"/>
        <source>&amp;Start</source>
        <translation>&amp;Empezar</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/request_text.py" line="101"/>
        <source>Mark &amp;resolved</source>
        <translation>Marcar como &amp;resuelta</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/request_text.py" line="101"/>
        <source>C&amp;lose…</source>
        <translation>&amp;Cerrar…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/request_text.py" line="102"/>
        <source>Cance&amp;l request…</source>
        <translation>Cance&amp;lar la solicitud…</translation>
    </message>
</context>
<context>
    <name>RequestView</name>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_view.py" line="68"/>
        <source>Sensitive notes (coordinators only)</source>
        <translation>Notas confidenciales (solo coordinadores)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_view.py" line="79"/>
        <source>History:</source>
        <translation>Historial:</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_view.py" line="81"/>
        <source>Choose a request in the list to see it here.</source>
        <translation>Elija una solicitud en la lista para verla aquí.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_view.py" line="89"/>
        <source>Requester:</source>
        <translation>Solicitante:</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_view.py" line="89"/>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_view.py" line="90"/>
        <source>Speaks:</source>
        <translation>Habla:</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_view.py" line="90"/>
        <source>Category:</source>
        <translation>Categoría:</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_view.py" line="91"/>
        <source>Helper:</source>
        <translation>Voluntario:</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_view.py" line="91"/>
        <source>Area:</source>
        <translation>Zona:</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_view.py" line="92"/>
        <source>Due:</source>
        <translation>Fecha límite:</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_view.py" line="92"/>
        <source>Follow up:</source>
        <translation>Seguimiento:</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_view.py" line="93"/>
        <source>Taken in:</source>
        <translation>Recibida:</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_view.py" line="93"/>
        <source>Details:</source>
        <translation>Detalles:</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_view.py" line="121"/>
        <source>History of the request</source>
        <translation>Historial de la solicitud</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_view.py" line="156"/>
        <source>LATE: it was due on {date}</source>
        <translation>ATRASADA: la fecha límite era el {date}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_view.py" line="161"/>
        <source>follow-up due</source>
        <translation>seguimiento pendiente</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_view.py" line="171"/>
        <source>nobody yet</source>
        <translation>nadie todavía</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_view.py" line="201"/>
        <source>Choose a helper…</source>
        <translation>Elegir un voluntario…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_view.py" line="203"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_view.py" line="205"/>
        <source>Add a note…</source>
        <translation>Agregar una nota…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_view.py" line="207"/>
        <source>Follow-up…</source>
        <translation>Seguimiento…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/request_view.py" line="209"/>
        <source>Print job ticket…</source>
        <translation>Imprimir la ficha de tarea…</translation>
    </message>
</context>
<context>
    <name>RequestViewDialog</name>
    <message>
        <location filename="../../civicdesk/gui/dialogs/request_view_dialog.py" line="33"/>
        <source>Request #{id}: {summary}</source>
        <translation>Solicitud n.º {id}: {summary}</translation>
    </message>
</context>
<context>
    <name>RequestsPane</name>
    <message>
        <location filename="../../civicdesk/gui/panes/requests.py" line="55"/>
        <location filename="../../civicdesk/gui/panes/requests.py" line="183"/>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/requests.py" line="72"/>
        <source>&amp;New request (Ctrl+N)</source>
        <translation>Nueva so&amp;licitud (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/requests.py" line="74"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/requests.py" line="81"/>
        <source>Request queue</source>
        <translation>Cola de solicitudes</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/requests.py" line="82"/>
        <source>Follow-ups due</source>
        <translation>Seguimientos pendientes</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/requests.py" line="84"/>
        <source>&amp;Queue</source>
        <translation>C&amp;ola</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/requests.py" line="85"/>
        <source>&amp;Board</source>
        <translation>Ta&amp;blero</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/requests.py" line="214"/>
        <source>Requests in the queue: {count}</source>
        <translation>Solicitudes en la cola: {count}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/requests.py" line="216"/>
        <source>Follow-ups due t&amp;oday ({count})</source>
        <translation>Seguimientos para ho&amp;y ({count})</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../civicdesk/gui/dialogs/restore_dialog.py" line="28"/>
        <source>routine</source>
        <translation>habitual</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/restore_dialog.py" line="29"/>
        <source>made by hand</source>
        <translation>manual</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/restore_dialog.py" line="30"/>
        <source>before an upgrade</source>
        <translation>antes de una actualización</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/restore_dialog.py" line="31"/>
        <source>before a restore</source>
        <translation>antes de una restauración</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/restore_dialog.py" line="44"/>
        <location filename="../../civicdesk/gui/dialogs/restore_dialog.py" line="102"/>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/restore_dialog.py" line="48"/>
        <source>Choose the backup to put back. Everything in CivicDesk is replaced by what the backup holds; what is there now is backed up first, so this can be undone.</source>
        <translation>Elija la copia de seguridad que desea recuperar. Todo lo que hay en CivicDesk se reemplaza por el contenido de la copia; antes se hace una copia de seguridad de lo que hay ahora, así que esto se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/restore_dialog.py" line="53"/>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/restore_dialog.py" line="55"/>
        <source>Made</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/restore_dialog.py" line="55"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/restore_dialog.py" line="56"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/restore_dialog.py" line="56"/>
        <source>Where</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/restore_dialog.py" line="68"/>
        <source>There is no verified backup yet.</source>
        <translation>Todavía no hay ninguna copia de seguridad verificada.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/restore_dialog.py" line="73"/>
        <source>&amp;Restore this backup…</source>
        <translation>&amp;Restaurar esta copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/restore_dialog.py" line="103"/>
        <source>Replace everything in CivicDesk with the backup from {when} ({people} people)? What is in CivicDesk now is backed up first.</source>
        <translation>¿Reemplazar todo lo que hay en CivicDesk por la copia de seguridad del {when} ({people} personas)? Antes se hace una copia de seguridad de lo que hay ahora en CivicDesk.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/restore_dialog.py" line="107"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <location filename="../../civicdesk/gui/privacy.py" line="156"/>
        <location filename="../../civicdesk/gui/privacy.py" line="205"/>
        <source>Purge old sensitive notes</source>
        <translation>Eliminar notas confidenciales antiguas</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/privacy.py" line="159"/>
        <source>The sensitive notes of requests that were resolved, closed or cancelled more than this many months ago can be purged. The requests themselves stay. 0 keeps them forever.</source>
        <translation>Las notas confidenciales de las solicitudes que se resolvieron, cerraron o cancelaron hace más de esta cantidad de meses se pueden eliminar. Las solicitudes en sí se conservan. Con 0 se conservan para siempre.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/privacy.py" line="165"/>
        <source> months</source>
        <translation> meses</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/privacy.py" line="166"/>
        <source>Months</source>
        <translation>Meses</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/privacy.py" line="170"/>
        <source>Notes that would be emptied</source>
        <translation>Notas que se vaciarían</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/privacy.py" line="172"/>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/privacy.py" line="172"/>
        <source>Asked by</source>
        <translation>Solicitante</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/privacy.py" line="173"/>
        <source>Finished on</source>
        <translation>Fecha de cierre</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/privacy.py" line="178"/>
        <location filename="../../civicdesk/gui/privacy.py" line="209"/>
        <source>Purge</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/privacy.py" line="198"/>
        <source>Nothing to purge.</source>
        <translation>No hay nada que eliminar.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/privacy.py" line="199"/>
        <source>The sensitive notes of {count} requests would be purged:</source>
        <translation>Se eliminarían las notas confidenciales de {count} solicitudes:</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/privacy.py" line="206"/>
        <source>Purge the sensitive notes of {count} requests for good? Backups made before today keep them until they rotate out (up to {months} months).</source>
        <translation>¿Eliminar definitivamente las notas confidenciales de {count} solicitudes? Las copias de seguridad hechas antes de hoy las conservan hasta que se reemplacen (hasta {months} meses).</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../../civicdesk/services/accounts.py" line="29"/>
        <source>Admin</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/accounts.py" line="30"/>
        <source>Coordinator</source>
        <translation>Coordinador</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/accounts.py" line="31"/>
        <source>Volunteer</source>
        <translation>Voluntario</translation>
    </message>
</context>
<context>
    <name>ScreenLock</name>
    <message>
        <location filename="../../civicdesk/gui/screen_lock.py" line="97"/>
        <source>Unsaved edits will be lost</source>
        <translation>Se perderán los cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/screen_lock.py" line="98"/>
        <source>{first} left unsaved edits here. If you go on as {second}, they are thrown away.</source>
        <translation>{first} dejó aquí cambios sin guardar. Si continúa como {second}, se descartarán.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/screen_lock.py" line="101"/>
        <source>Throw them away and go on</source>
        <translation>Descartarlos y continuar</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/screen_lock.py" line="103"/>
        <source>Back to the login</source>
        <translation>Volver al inicio de sesión</translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <location filename="../../civicdesk/gui/dialogs/secret_dialog.py" line="30"/>
        <source>A PIN is at least 4 digits; a password is at least 8 characters.</source>
        <translation>Un PIN tiene al menos 4 dígitos; una contraseña, al menos 8 caracteres.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/secret_dialog.py" line="39"/>
        <source>New PIN or password</source>
        <translation>Nuevo PIN o contraseña</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/secret_dialog.py" line="40"/>
        <source>The same again</source>
        <translation>Repítalo</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/secret_dialog.py" line="58"/>
        <source>The two entries are not the same: type the new one again.</source>
        <translation>Las dos entradas no coinciden: escriba otra vez el nuevo PIN o contraseña.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/secret_dialog.py" line="82"/>
        <source>Your PIN or password now</source>
        <translation>Su PIN o contraseña actual</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/secret_dialog.py" line="110"/>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/secret_dialog.py" line="116"/>
        <location filename="../../civicdesk/gui/tour.py" line="287"/>
        <source>Change my PIN or password</source>
        <translation>Cambiar mi PIN o contraseña</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/secret_dialog.py" line="117"/>
        <location filename="../../civicdesk/gui/tour.py" line="288"/>
        <source>Type your PIN or password as it is now, then the new one twice.</source>
        <translation>Escriba su PIN o contraseña actual y luego el nuevo dos veces.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/secret_dialog.py" line="122"/>
        <source>Your PIN or password is changed. Use the new one from now on.</source>
        <translation>Su PIN o contraseña se cambió. De ahora en adelante, use el nuevo.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/secret_dialog.py" line="128"/>
        <source>Reset the PIN or password</source>
        <translation>Restablecer el PIN o la contraseña</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/secret_dialog.py" line="129"/>
        <source>A new PIN or password for {name}. Tell it to them in person; they can change it themselves afterwards.</source>
        <translation>Un nuevo PIN o contraseña para {name}. Dígaselo en persona; después podrá cambiarlo por su cuenta.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="42"/>
        <source>&amp;Name</source>
        <translation>No&amp;mbre</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="42"/>
        <source>&amp;Address</source>
        <translation>&amp;Dirección</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="43"/>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="43"/>
        <source>&amp;Email</source>
        <translation>&amp;Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="44"/>
        <source>&amp;Website</source>
        <translation>&amp;Sitio web</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="44"/>
        <source>&amp;Logo</source>
        <translation>&amp;Logotipo</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="45"/>
        <source>&amp;Paper</source>
        <translation>&amp;Papel</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="45"/>
        <source>&amp;Country (for phone numbers)</source>
        <translation>P&amp;aís (para los números de teléfono)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="46"/>
        <source>C&amp;urrency</source>
        <translation>&amp;Moneda</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="46"/>
        <source>&amp;Time zone</source>
        <translation>&amp;Zona horaria</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="47"/>
        <source>Default &amp;amount</source>
        <translation>&amp;Monto predeterminado</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="48"/>
        <source>A payment &amp;covers</source>
        <translation>Un pago &amp;cubre</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="49"/>
        <source>&amp;Lock when idle for</source>
        <translation>&amp;Bloquear tras una inactividad de</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="50"/>
        <source>&amp;Second backup folder</source>
        <translation>&amp;Segunda carpeta de copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="51"/>
        <source>Keep &amp;closed requests for</source>
        <translation>Conservar las solicitudes &amp;cerradas durante</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="52"/>
        <source>&amp;Purge sensitive notes after</source>
        <translation>&amp;Eliminar las notas confidenciales tras</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="61"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="68"/>
        <source>This computer</source>
        <translation>Esta computadora</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="110"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="113"/>
        <source>For CivicDesk on this computer only: another computer keeps its own language. It is used from the next start.</source>
        <translation>Solo para CivicDesk en esta computadora: otra computadora conserva su propio idioma. Se aplica a partir del próximo inicio.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="143"/>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="143"/>
        <source> months</source>
        <translation> meses</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="145"/>
        <source>never</source>
        <translation>nunca</translation>
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
        <translation>Tres letras: USD, CAD, EUR, GBP…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="167"/>
        <source>Letter (8.5 × 11 in)</source>
        <translation>Carta (8.5 × 11 pulg.)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="168"/>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="174"/>
        <source>This computer&apos;s time zone</source>
        <translation>Zona horaria de esta computadora</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="184"/>
        <source>C&amp;hoose a picture…</source>
        <translation>&amp;Elegir una imagen…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="186"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="198"/>
        <source>None: backups stay on this computer</source>
        <translation>Ninguna: las copias de seguridad se quedan en esta computadora</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="202"/>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="278"/>
        <source>Saving the settings…</source>
        <translation>Guardando la configuración…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="296"/>
        <source>The association&apos;s logo</source>
        <translation>El logotipo de la asociación</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="297"/>
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="312"/>
        <source>(not a picture)</source>
        <translation>(no es una imagen)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="327"/>
        <source>No logo</source>
        <translation>Sin logotipo</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/settings_dialog.py" line="332"/>
        <source>A second folder for backups (a USB stick, another disk)</source>
        <translation>Una segunda carpeta para las copias de seguridad (una memoria USB, otro disco)</translation>
    </message>
</context>
<context>
    <name>ShiftDetailDialog</name>
    <message>
        <location filename="../../civicdesk/gui/dialogs/shift_detail.py" line="79"/>
        <source>This shift was cancelled. {reason}</source>
        <translation>Este turno se canceló. {reason}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/shift_detail.py" line="87"/>
        <source>Where: {place}</source>
        <translation>Lugar: {place}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/shift_detail.py" line="88"/>
        <source>Places: {places} taken</source>
        <translation>Plazas ocupadas: {places}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/shift_detail.py" line="91"/>
        <source>Needs: {skill}</source>
        <translation>Habilidad requerida: {skill}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/shift_detail.py" line="93"/>
        <source>Part of a repeating series.</source>
        <translation>Forma parte de una serie periódica.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/shift_detail.py" line="119"/>
        <source>Only coordinators plan shifts.</source>
        <translation>Solo los coordinadores planifican turnos.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/shift_detail.py" line="127"/>
        <source>Attendance is recorded once the shift has begun.</source>
        <translation>La asistencia se registra una vez que el turno ha comenzado.</translation>
    </message>
    <message>
        <location filename="../../ui/shift_detail_dialog.ui" line="6"/>
        <source>Shift</source>
        <translation>Turno</translation>
    </message>
    <message>
        <location filename="../../ui/shift_detail_dialog.ui" line="28"/>
        <source>&amp;Sign someone up…</source>
        <translation>&amp;Inscribir a alguien…</translation>
    </message>
    <message>
        <location filename="../../ui/shift_detail_dialog.ui" line="33"/>
        <source>&amp;Edit shift…</source>
        <translation>&amp;Editar turno…</translation>
    </message>
    <message>
        <location filename="../../ui/shift_detail_dialog.ui" line="38"/>
        <source>Edit the &amp;repeating series…</source>
        <translation>Editar la &amp;serie periódica…</translation>
    </message>
    <message>
        <location filename="../../ui/shift_detail_dialog.ui" line="43"/>
        <source>Cancel this shi&amp;ft…</source>
        <translation>Cancelar es&amp;te turno…</translation>
    </message>
    <message>
        <location filename="../../ui/shift_detail_dialog.ui" line="48"/>
        <source>&amp;Print sign-in sheet…</source>
        <translation>Im&amp;primir hoja de firmas…</translation>
    </message>
    <message>
        <location filename="../../ui/shift_detail_dialog.ui" line="49"/>
        <source>A sheet for the clipboard: the people signed up, blank rows, time in, signature, time out.</source>
        <translation>Una hoja para firmar en papel: las personas inscritas, filas en blanco, hora de llegada, firma, hora de salida.</translation>
    </message>
    <message>
        <location filename="../../ui/shift_detail_dialog.ui" line="61"/>
        <source>People on this shift:</source>
        <translation>Personas en este turno:</translation>
    </message>
    <message>
        <location filename="../../ui/shift_detail_dialog.ui" line="71"/>
        <source>People signed up</source>
        <translation>Personas inscritas</translation>
    </message>
    <message>
        <location filename="../../ui/shift_detail_dialog.ui" line="73"/>
        <source>People on this shift</source>
        <translation>Personas en este turno</translation>
    </message>
    <message>
        <location filename="../../ui/shift_detail_dialog.ui" line="83"/>
        <source>Selected:</source>
        <translation>Selección:</translation>
    </message>
    <message>
        <location filename="../../ui/shift_detail_dialog.ui" line="88"/>
        <source>&amp;Attended</source>
        <translation>&amp;Asistió</translation>
    </message>
    <message>
        <location filename="../../ui/shift_detail_dialog.ui" line="93"/>
        <source>Did &amp;not come</source>
        <translation>&amp;No se presentó</translation>
    </message>
    <message>
        <location filename="../../ui/shift_detail_dialog.ui" line="98"/>
        <source>&amp;Cancel sign-up</source>
        <translation>&amp;Cancelar inscripción</translation>
    </message>
    <message>
        <location filename="../../ui/shift_detail_dialog.ui" line="103"/>
        <source>Correct &amp;hours…</source>
        <translation>Corregir &amp;horas…</translation>
    </message>
    <message>
        <location filename="../../ui/shift_detail_dialog.ui" line="113"/>
        <source>E&amp;veryone came</source>
        <translation>&amp;Vinieron todos</translation>
    </message>
</context>
<context>
    <name>ShiftDialog</name>
    <message>
        <location filename="../../civicdesk/gui/dialogs/shift_dialog.py" line="74"/>
        <source>New shift</source>
        <translation>Nuevo turno</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/shift_dialog.py" line="92"/>
        <source>Edit shift</source>
        <translation>Editar turno</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/shift_dialog.py" line="103"/>
        <source>This shift is part of a repeating series. Changes here apply to this day only; use “Edit the repeating series” to change all the shifts to come.</source>
        <translation>Este turno forma parte de una serie periódica. Los cambios aquí solo valen para este día; use “Editar la serie periódica” para cambiar todos los turnos que vienen.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/shift_dialog.py" line="111"/>
        <source>Edit repeating shifts</source>
        <translation>Editar turnos periódicos</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/shift_dialog.py" line="130"/>
        <source>Changes apply to the shifts of this series that have not started yet. Shifts that are over or under way stay as they were.</source>
        <translation>Los cambios se aplican a los turnos de esta serie que todavía no han comenzado. Los turnos ya terminados o en curso quedan como estaban.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/shift_dialog.py" line="226"/>
        <source>Creating {count} shifts…</source>
        <translation>Creando {count} turnos…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/shift_dialog.py" line="232"/>
        <source>Many shifts</source>
        <translation>Muchos turnos</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/shift_dialog.py" line="233"/>
        <source>This makes {count} shifts. Create them all?</source>
        <translation>Se crearán {count} turnos. ¿Desea crearlos todos?</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/shift_dialog.py" line="242"/>
        <source>Shifts with people signed up that no longer fit the new days: {count}. They were kept as single shifts; cancel them if they are not needed.</source>
        <translation>Turnos con personas inscritas que ya no coinciden con los nuevos días: {count}. Se conservaron como turnos sueltos; cancélelos si no hacen falta.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/shift_dialog.py" line="247"/>
        <source>Shifts with people signed up that changed time: {count}. Please let them know.</source>
        <translation>Turnos con personas inscritas que cambiaron de horario: {count}. Por favor, avíseles.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/shift_dialog.py" line="250"/>
        <source>{name} on {day}: now overlaps “{other}” ({when})</source>
        <translation>{name} el {day}: ahora se superpone con “{other}” ({when})</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/shift_dialog.py" line="253"/>
        <source>These people are now on two shifts at once; sign them off one of them or find a replacement:</source>
        <translation>Estas personas ahora están en dos turnos a la vez; quíteles uno de los dos o busque a alguien que las reemplace:</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/shift_dialog.py" line="261"/>
        <source>Shifts changed</source>
        <translation>Turnos modificados</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/shift_dialog.py" line="265"/>
        <source>&amp;First day:</source>
        <translation>Primer &amp;día:</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/shift_dialog.py" line="265"/>
        <location filename="../../ui/shift_dialog.ui" line="37"/>
        <source>&amp;Day:</source>
        <translation>&amp;Día:</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.ui" line="6"/>
        <source>Shift</source>
        <translation>Turno</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.ui" line="17"/>
        <source>&amp;Event:</source>
        <translation>&amp;Evento:</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.ui" line="26"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.ui" line="32"/>
        <source>e.g. Driver, Sorting, Kitchen</source>
        <translation>p. ej., Chofer, Clasificación, Cocina</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.ui" line="44"/>
        <source>dddd d MMMM yyyy</source>
        <translation>dddd d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.ui" line="49"/>
        <source>&amp;Time:</source>
        <translation>&amp;Horario:</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.ui" line="57"/>
        <source>Starts</source>
        <translation>Empieza</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.ui" line="62"/>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.ui" line="67"/>
        <source>Ends</source>
        <translation>Termina</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.ui" line="72"/>
        <source>(the next day)</source>
        <translation>(del día siguiente)</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.ui" line="84"/>
        <source>&amp;Where:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.ui" line="90"/>
        <source>Leave empty for the event&apos;s place</source>
        <translation>Déjelo vacío para usar el lugar del evento</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.ui" line="95"/>
        <source>&amp;Places:</source>
        <translation>&amp;Plazas:</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.ui" line="103"/>
        <source> people</source>
        <translation> personas</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.ui" line="108"/>
        <source>&amp;Needs skill:</source>
        <translation>Ha&amp;bilidad requerida:</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.ui" line="115"/>
        <source>Volunteers with this skill are offered first</source>
        <translation>Se propone primero a los voluntarios con esta habilidad</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.ui" line="120"/>
        <source>N&amp;otes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.ui" line="134"/>
        <source>Repeat ever&amp;y week</source>
        <translation>Repetir cada &amp;semana</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.ui" line="242"/>
        <source>or this many ti&amp;mes:</source>
        <translation>o esta cantidad de &amp;veces:</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.ui" line="144"/>
        <source>On:</source>
        <translation>Los días:</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.ui" line="149"/>
        <source>Weekdays</source>
        <translation>Días de la semana</translation>
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
        <translation>Mié</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.ui" line="172"/>
        <source>Thu</source>
        <translation>Jue</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.ui" line="177"/>
        <source>Fri</source>
        <translation>Vie</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.ui" line="182"/>
        <source>Sat</source>
        <translation>Sáb</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.ui" line="187"/>
        <source>Sun</source>
        <translation>Dom</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.ui" line="204"/>
        <source>E&amp;very</source>
        <translation>&amp;Cada</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.ui" line="216"/>
        <source>week(s)</source>
        <translation>semana(s)</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.ui" line="230"/>
        <source>&amp;Until</source>
        <translation>Has&amp;ta el</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.ui" line="236"/>
        <source>d MMMM yyyy</source>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.ui" line="237"/>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.ui" line="249"/>
        <source>Number of times</source>
        <translation>Número de veces</translation>
    </message>
</context>
<context>
    <name>ShiftFormat</name>
    <message>
        <location filename="../../civicdesk/gui/shift_format.py" line="18"/>
        <source>Signed up</source>
        <translation>Inscrito</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/shift_format.py" line="19"/>
        <location filename="../../civicdesk/gui/shift_format.py" line="30"/>
        <source>Confirmed</source>
        <translation>Confirmado</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/shift_format.py" line="20"/>
        <source>Attended</source>
        <translation>Asistió</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/shift_format.py" line="21"/>
        <source>Did not come</source>
        <translation>No se presentó</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/shift_format.py" line="22"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/shift_format.py" line="29"/>
        <source>Not called yet</source>
        <translation>Aún sin llamar</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/shift_format.py" line="31"/>
        <source>Not reached</source>
        <translation>No contestó</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/shift_format.py" line="85"/>
        <source>{filled} of {capacity}</source>
        <translation>{filled} de {capacity}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/shift_format.py" line="96"/>
        <source>1 place open</source>
        <translation>1 plaza libre</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/shift_format.py" line="97"/>
        <source>{count} places open</source>
        <translation>{count} plazas libres</translation>
    </message>
</context>
<context>
    <name>ShiftTableModel</name>
    <message>
        <location filename="../../civicdesk/gui/models/shift_table.py" line="37"/>
        <source>When</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/shift_table.py" line="37"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/shift_table.py" line="37"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/shift_table.py" line="37"/>
        <source>Where</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/shift_table.py" line="38"/>
        <source>Taken</source>
        <translation>Plazas ocupadas</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/shift_table.py" line="38"/>
        <source>Open</source>
        <translation>Plazas libres</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/shift_table.py" line="107"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/shift_table.py" line="108"/>
        <source>Full</source>
        <translation>Completo</translation>
    </message>
</context>
<context>
    <name>ShiftsPane</name>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts.py" line="37"/>
        <source>&amp;New shift…</source>
        <translation>Nuev&amp;o turno…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts.py" line="38"/>
        <source>&amp;Log hours…</source>
        <translation>Re&amp;gistrar horas…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts.py" line="59"/>
        <source>Shifts</source>
        <translation>Turnos</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts.py" line="62"/>
        <source>&amp;Week</source>
        <translation>&amp;Semana</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts.py" line="63"/>
        <source>L&amp;ist</source>
        <translation>&amp;Lista</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts.py" line="64"/>
        <source>Reminder &amp;calls</source>
        <translation>Llamadas de &amp;recordatorio</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts.py" line="65"/>
        <source>Event&amp;s</source>
        <translation>Eve&amp;ntos</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts.py" line="69"/>
        <source>Plan a shift or a weekly series (Ctrl+N)</source>
        <translation>Planificar un turno o una serie semanal (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts.py" line="70"/>
        <source>Only coordinators plan shifts.</source>
        <translation>Solo los coordinadores planifican turnos.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../civicdesk/gui/dialogs/shortcuts_dialog.py" line="65"/>
        <source>In the window</source>
        <translation>En la ventana</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/shortcuts_dialog.py" line="72"/>
        <location filename="../../civicdesk/gui/dialogs/shortcuts_dialog.py" line="75"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/shortcuts_dialog.py" line="76"/>
        <source>What</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/shortcuts_dialog.py" line="76"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
</context>
<context>
    <name>SignupDialog</name>
    <message>
        <location filename="../../civicdesk/gui/dialogs/signup_dialog.py" line="56"/>
        <source>&amp;Sign up</source>
        <translation>&amp;Inscribir</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/signup_dialog.py" line="74"/>
        <source>Sign someone up</source>
        <translation>Inscribir a alguien</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/signup_dialog.py" line="77"/>
        <source>Who will come to &lt;b&gt;{shift}&lt;/b&gt;, {when}? ({places} places taken)</source>
        <translation>¿Quién vendrá a &lt;b&gt;{shift}&lt;/b&gt;, {when}? ({places} plazas ocupadas)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/signup_dialog.py" line="82"/>
        <source>Volunteers who know &lt;b&gt;{skill}&lt;/b&gt; are listed first.</source>
        <translation>Los voluntarios con la habilidad &lt;b&gt;{skill}&lt;/b&gt; aparecen primero.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/signup_dialog.py" line="92"/>
        <location filename="../../ui/signup_dialog.ui" line="6"/>
        <source>Sign up for a shift</source>
        <translation>Inscribir en un turno</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/signup_dialog.py" line="95"/>
        <source>Choose a shift for &lt;b&gt;{name}&lt;/b&gt;. Shifts in the next {weeks} weeks that still need people are listed.</source>
        <translation>Elija un turno para &lt;b&gt;{name}&lt;/b&gt;. Se muestran los turnos de las próximas {weeks} semanas que todavía necesitan personas.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/signup_dialog.py" line="98"/>
        <source>All events</source>
        <translation>Todos los eventos</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/signup_dialog.py" line="123"/>
        <source>Choose a shift first.</source>
        <translation>Elija primero un turno.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/signup_dialog.py" line="124"/>
        <source>Choose a volunteer from the list first.</source>
        <translation>Elija primero un voluntario de la lista.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/signup_dialog.py" line="143"/>
        <source>To sign them up anyway, give a reason below.</source>
        <translation>Para inscribir a esta persona de todos modos, indique un motivo abajo.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/signup_dialog.py" line="145"/>
        <source>Only a coordinator can allow an overlap.</source>
        <translation>Solo un coordinador puede permitir que los turnos se superpongan.</translation>
    </message>
    <message>
        <location filename="../../ui/signup_dialog.ui" line="22"/>
        <source>&amp;Volunteer:</source>
        <translation>Volu&amp;ntario:</translation>
    </message>
    <message>
        <location filename="../../ui/signup_dialog.ui" line="39"/>
        <source>&amp;Event:</source>
        <translation>&amp;Evento:</translation>
    </message>
    <message>
        <location filename="../../ui/signup_dialog.ui" line="59"/>
        <source>Shifts</source>
        <translation>Turnos</translation>
    </message>
    <message>
        <location filename="../../ui/signup_dialog.ui" line="61"/>
        <source>Shifts with open places</source>
        <translation>Turnos con plazas libres</translation>
    </message>
    <message>
        <location filename="../../ui/signup_dialog.ui" line="75"/>
        <source>Sign up anyway</source>
        <translation>Inscribir de todos modos</translation>
    </message>
    <message>
        <location filename="../../ui/signup_dialog.ui" line="79"/>
        <source>As a coordinator you may allow the overlap. Say why; it is recorded.</source>
        <translation>Como coordinador, usted puede permitir la superposición. Indique por qué; quedará registrado.</translation>
    </message>
    <message>
        <location filename="../../ui/signup_dialog.ui" line="85"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <location filename="../../ui/signup_dialog.ui" line="91"/>
        <source>e.g. leaves the first shift early to drive</source>
        <translation>p. ej., sale antes del primer turno para manejar</translation>
    </message>
</context>
<context>
    <name>SignupTableModel</name>
    <message>
        <location filename="../../civicdesk/gui/models/signup_table.py" line="26"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/signup_table.py" line="27"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/signup_table.py" line="28"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/signup_table.py" line="29"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/signup_table.py" line="30"/>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/signup_table.py" line="31"/>
        <source>Reminder call</source>
        <translation>Llamada de recordatorio</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/signup_table.py" line="32"/>
        <source>Time</source>
        <translation>Horario</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/signup_table.py" line="33"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/signup_table.py" line="34"/>
        <source>Shift</source>
        <translation>Turno</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/signup_table.py" line="35"/>
        <source>Where</source>
        <translation>Lugar</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../civicdesk/gui/application.py" line="116"/>
        <location filename="../../civicdesk/gui/application.py" line="224"/>
        <source>CivicDesk cannot open the database</source>
        <translation>CivicDesk no puede abrir la base de datos</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/application.py" line="122"/>
        <source>The database is damaged</source>
        <translation>La base de datos está dañada</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/application.py" line="124"/>
        <source>Restore that backup</source>
        <translation>Restaurar esa copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/application.py" line="126"/>
        <location filename="../../civicdesk/gui/application.py" line="231"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/application.py" line="136"/>
        <source>The database is already open</source>
        <translation>La base de datos ya está abierta</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/application.py" line="138"/>
        <source>You can also open it here read-only, to look things up without changing anything.</source>
        <translation>También puede abrirla aquí en modo de solo lectura, para consultar sin cambiar nada.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/application.py" line="141"/>
        <source>Open read-only</source>
        <translation>Abrir en solo lectura</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/application.py" line="197"/>
        <source>Restoring the backup…</source>
        <translation>Restaurando la copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/application.py" line="226"/>
        <source>Try again</source>
        <translation>Volver a intentarlo</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/application.py" line="228"/>
        <source>Use the database on this computer</source>
        <translation>Usar la base de datos de esta computadora</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/application.py" line="251"/>
        <source>The password was not remembered</source>
        <translation>No se guardó la contraseña</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/application.py" line="281"/>
        <source>Connecting to the database server {server}…</source>
        <translation>Conectando con el servidor de base de datos {server}…</translation>
    </message>
</context>
<context>
    <name>SuggestionModel</name>
    <message>
        <location filename="../../civicdesk/gui/models/suggestion_model.py" line="17"/>
        <source>Place</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/suggestion_model.py" line="18"/>
        <source>Volunteer</source>
        <translation>Voluntario</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/suggestion_model.py" line="19"/>
        <source>Fit</source>
        <translation>Afinidad</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/models/suggestion_model.py" line="20"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../civicdesk/gui/tasks.py" line="158"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>TextSize</name>
    <message>
        <location filename="../../civicdesk/gui/text_size.py" line="77"/>
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/text_size.py" line="84"/>
        <source>Text si&amp;ze</source>
        <translation>&amp;Tamaño del texto</translation>
    </message>
</context>
<context>
    <name>Themes</name>
    <message>
        <location filename="../../civicdesk/gui/themes.py" line="29"/>
        <source>Like the &amp;system</source>
        <translation>&amp;Como el sistema</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/themes.py" line="30"/>
        <source>&amp;Light</source>
        <translation>C&amp;laro</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/themes.py" line="31"/>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/themes.py" line="32"/>
        <source>&amp;High contrast</source>
        <translation>&amp;Alto contraste</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/themes.py" line="216"/>
        <source>&amp;Theme</source>
        <translation>Te&amp;ma</translation>
    </message>
</context>
<context>
    <name>Urgency</name>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="60"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="61"/>
        <source>Within 2 days</source>
        <translation>En 2 días</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="62"/>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="63"/>
        <source>Any time</source>
        <translation>Sin prisa</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../civicdesk/services/payments.py" line="36"/>
        <source>Say which person or which household paid.</source>
        <translation>Indique qué persona o qué hogar pagó.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/payments.py" line="38"/>
        <source>Type the amount paid. A membership given for free is recorded with the method &quot;Free membership&quot;.</source>
        <translation>Escriba el monto pagado. Una membresía gratuita se registra con la forma de pago “Membresía gratuita”.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/payments.py" line="41"/>
        <source>A free membership has no amount: set it to 0, or choose how it was paid.</source>
        <translation>Una membresía gratuita no tiene monto: póngalo en 0, o elija cómo se pagó.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="93"/>
        <location filename="../../civicdesk/services/payments.py" line="37"/>
        <source>The period ends before it starts.</source>
        <translation>El período termina antes de empezar.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="94"/>
        <source>Choose a shift or a day.</source>
        <translation>Elija un turno o un día.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="95"/>
        <source>There is no report called “{value}”.</source>
        <translation>No hay ningún informe llamado “{value}”.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/reports/catalog.py" line="96"/>
        <source>The report “{report}” has no option “{value}”.</source>
        <translation>El informe “{report}” no tiene la opción “{value}”.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="75"/>
        <source>Give at least a first or a last name.</source>
        <translation>Escriba al menos un nombre o un apellido.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="76"/>
        <source>A person cannot be reached through themselves.</source>
        <translation>No se puede contactar a una persona a través de ella misma.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/references.py" line="14"/>
        <source>There is no such person (number {value}).</source>
        <translation>No existe esa persona (número {value}).</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/references.py" line="15"/>
        <source>There is no such household (number {value}).</source>
        <translation>No existe ese hogar (número {value}).</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/references.py" line="21"/>
        <source>{value} is archived; bring them back from the archive first.</source>
        <translation>{value} está en el archivo; primero saque a esta persona del archivo.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/references.py" line="23"/>
        <source>{value} is archived; bring it back from the archive first.</source>
        <translation>{value} está en el archivo; primero saque este hogar del archivo.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/references.py" line="25"/>
        <source>The event “{value}” is archived; bring it back from the archive first.</source>
        <translation>El evento “{value}” está archivado; primero sáquelo del archivo.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/hours.py" line="30"/>
        <source>{value} is in the future; log hours once the work is done.</source>
        <translation>{value} es una fecha futura; registre las horas cuando el trabajo esté hecho.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/references.py" line="17"/>
        <source>There is no such category (number {value}).</source>
        <translation>No existe esa categoría (número {value}).</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="76"/>
        <source>A request that is {old} cannot become {value}.</source>
        <translation>Una solicitud en estado {old} no puede pasar a {value}.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="77"/>
        <source>Choose a volunteer before the request can be {value}.</source>
        <translation>Elija un voluntario antes de pasar la solicitud a {value}.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="78"/>
        <source>{value} is not a volunteer.</source>
        <translation>{value} no figura entre los voluntarios.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="79"/>
        <source>{value} asked for this help and cannot be the helper.</source>
        <translation>{value} pidió esta ayuda y no puede ser el voluntario que la atienda.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="80"/>
        <source>The request is {value}; only new, assigned or in-progress requests can be given to a volunteer.</source>
        <translation>La solicitud está en estado {value}; solo las solicitudes nuevas, asignadas o en curso se pueden asignar a un voluntario.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="82"/>
        <source>Say why the request is being reopened.</source>
        <translation>Indique por qué se vuelve a abrir la solicitud.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="83"/>
        <source>The note is empty.</source>
        <translation>La nota está vacía.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="84"/>
        <source>The request is {value}; it needs no follow-up.</source>
        <translation>La solicitud está en estado {value}; no necesita seguimiento.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="85"/>
        <source>{value} is in the past. The request is saved anyway; check the date if that was not meant.</source>
        <translation>El {value} ya pasó. La solicitud se guarda de todos modos; revise la fecha si no era lo que quería.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/shifts.py" line="46"/>
        <source>“{value}” is not a colour like #4a90d9.</source>
        <translation>“{value}” no es un color como #4a90d9.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/shifts.py" line="47"/>
        <source>There is already an event called “{value}”.</source>
        <translation>Ya existe un evento llamado “{value}”.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/shifts.py" line="48"/>
        <source>The shift must end after it starts.</source>
        <translation>El turno debe terminar después de empezar.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/references.py" line="16"/>
        <source>There is no such event (number {value}).</source>
        <translation>No existe ese evento (número {value}).</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/shifts.py" line="49"/>
        <source>{taken} people are signed up; remove some before lowering the places to {value}.</source>
        <translation>Hay {taken} personas inscritas; quite algunas antes de bajar las plazas a {value}.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/shifts.py" line="51"/>
        <source>This shift was cancelled.</source>
        <translation>Este turno se canceló.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/shifts.py" line="52"/>
        <source>{value} is already signed up for this shift.</source>
        <translation>{value} ya tiene una inscripción en este turno.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/shifts.py" line="53"/>
        <source>This shift is full ({value} of {value} places taken).</source>
        <translation>Este turno está completo ({value} de {value} plazas ocupadas).</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/shifts.py" line="54"/>
        <source>{person} is already on “{shift}” ({when}), which overlaps this shift.</source>
        <translation>{person} ya está en “{shift}” ({when}), que se superpone con este turno.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/shifts.py" line="57"/>
        <source>Hours are only recorded for someone who attended; mark them attended first.</source>
        <translation>Solo se registran horas para quien asistió; primero marque que asistió.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/shifts.py" line="59"/>
        <source>“{value}” is not a call outcome.</source>
        <translation>“{value}” no es un resultado de llamada.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/shifts.py" line="60"/>
        <source>This shift has not started yet; attendance is recorded once it has begun.</source>
        <translation>Este turno aún no ha empezado; la asistencia se registra una vez que comienza.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/validation.py" line="23"/>
        <source>This is required.</source>
        <translation>Este campo es obligatorio.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/validation.py" line="24"/>
        <source>This is too long (at most {max} characters).</source>
        <translation>Es demasiado largo (máximo {max} caracteres).</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/validation.py" line="25"/>
        <source>“{value}” is not an email address; it should look like name@example.org.</source>
        <translation>“{value}” no es una dirección de correo electrónico; debe tener la forma nombre@example.org.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/validation.py" line="28"/>
        <source>“{value}” is not a phone number; use digits, spaces, + - ( ) and 6 to 15 digits, for example +1 555 123 4567.</source>
        <translation>“{value}” no es un número de teléfono; use cifras, espacios, + - ( ) y de 6 a 15 dígitos, por ejemplo +1 555 123 4567.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/validation.py" line="31"/>
        <source>“{value}” is not a date; write it as year-month-day, for example 2026-03-31.</source>
        <translation>“{value}” no es una fecha; escríbala como año-mes-día, por ejemplo 2026-03-31.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/validation.py" line="34"/>
        <source>“{value}” is not a date and time.</source>
        <translation>“{value}” no es una fecha y hora.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/validation.py" line="35"/>
        <source>“{value}” is not one of: {choices}.</source>
        <translation>“{value}” no es ninguna de estas opciones: {choices}.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/validation.py" line="36"/>
        <source>“{value}” is not a whole number.</source>
        <translation>“{value}” no es un número entero.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/validation.py" line="37"/>
        <source>This must be at least {min}.</source>
        <translation>Debe ser como mínimo {min}.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/validation.py" line="38"/>
        <source>This must be at most {max}.</source>
        <translation>Debe ser como máximo {max}.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/validation.py" line="39"/>
        <source>“{value}” is not yes or no.</source>
        <translation>“{value}” no es sí ni no.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/validation.py" line="40"/>
        <source>This holds a broken character that cannot be saved (often left by copying and pasting); type that part again.</source>
        <translation>Aquí hay un carácter dañado que no se puede guardar (suele quedar al copiar y pegar); vuelva a escribir esa parte.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/validation.py" line="43"/>
        <source>This holds an invisible control character that cannot be saved (often left by copying and pasting); type that part again.</source>
        <translation>Aquí hay un carácter de control invisible que no se puede guardar (suele quedar al copiar y pegar); vuelva a escribir esa parte.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/validation.py" line="46"/>
        <source>This must be a single line: remove the line breaks and tabs.</source>
        <translation>Debe ser una sola línea: quite los saltos de línea y las tabulaciones.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/validation.py" line="48"/>
        <source>“{item}” is too long (at most {max} characters).</source>
        <translation>“{item}” es demasiado largo (máximo {max} caracteres).</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/validation.py" line="50"/>
        <source>“{item}” holds a broken character that cannot be saved; type it again.</source>
        <translation>“{item}” contiene un carácter dañado que no se puede guardar; vuelva a escribirlo.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/validation.py" line="53"/>
        <source>“{item}” holds an invisible control character that cannot be saved; type it again.</source>
        <translation>“{item}” contiene un carácter de control invisible que no se puede guardar; vuelva a escribirlo.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/validation.py" line="56"/>
        <source>“{item}” must be a single line: remove the line breaks and tabs.</source>
        <translation>“{item}” debe ser una sola línea: quite los saltos de línea y las tabulaciones.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/validation.py" line="59"/>
        <source>“{value}” is too large a number to save.</source>
        <translation>“{value}” es un número demasiado grande para guardarlo.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/validation.py" line="61"/>
        <source>{value} is outside the dates CivicDesk keeps ({min} to {max}); check the year.</source>
        <translation>{value} está fuera de las fechas que admite CivicDesk (del {min} al {max}); revise el año.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/person_editor.py" line="41"/>
        <source>Choose from the list that opens while you type, or empty the box.</source>
        <translation>Elija de la lista que se abre mientras escribe, o deje el campo vacío.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/series.py" line="62"/>
        <source>Choose at least one weekday.</source>
        <translation>Elija al menos un día de la semana.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/series.py" line="63"/>
        <source>“{value}” is not a weekday (0 = Monday to 6 = Sunday).</source>
        <translation>“{value}” no es un día de la semana (0 = lunes a 6 = domingo).</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/series.py" line="65"/>
        <source>“{value}” is not a time like 09:30.</source>
        <translation>“{value}” no es una hora como 09:30.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/series.py" line="66"/>
        <source>A repeating shift needs an end: a last day or a number of times.</source>
        <translation>Un turno periódico necesita un final: un último día o un número de veces.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/series.py" line="68"/>
        <source>Give either a last day or a number of times, not both.</source>
        <translation>Indique un último día o un número de veces, no ambos.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/series.py" line="70"/>
        <source>The last day ({value}) is before the first day.</source>
        <translation>El último día ({value}) es anterior al primero.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/series.py" line="72"/>
        <source>These dates and weekdays give no shift at all.</source>
        <translation>Con estas fechas y días de la semana no resulta ningún turno.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/series.py" line="73"/>
        <source>This would make more than {max} shifts; choose an earlier last day or fewer times.</source>
        <translation>Esto crearía más de {max} turnos; elija un último día más cercano o menos veces.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/series.py" line="75"/>
        <source>{taken} people are signed up for the shift on {day}; remove some before lowering the places to {value}.</source>
        <translation>Hay {taken} personas inscritas en el turno del {day}; quite algunas antes de bajar las plazas a {value}.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/series.py" line="85"/>
        <source>This series makes {count} shifts. Create them all?</source>
        <translation>Esta serie crea {count} turnos. ¿Crearlos todos?</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/preferences.py" line="30"/>
        <source>“{value}” is not a time zone; use a name like America/New_York or Europe/Berlin (empty: this computer&apos;s).</source>
        <translation>“{value}” no es una zona horaria; use un nombre como America/New_York o Europe/Berlin (vacío: la de esta computadora).</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/preferences.py" line="33"/>
        <source>“{value}” is not a country code; use the two letters of ISO 3166, like US, CA, GB or DE.</source>
        <translation>“{value}” no es un código de país; use las dos letras de la norma ISO 3166, como US, CA, GB o DE.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/preferences.py" line="36"/>
        <source>“{value}” is not a currency code; use the three letters of ISO 4217, like USD, CAD, EUR or GBP.</source>
        <translation>“{value}” no es un código de moneda; use las tres letras de la norma ISO 4217, como USD, CAD, EUR o GBP.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/preferences.py" line="39"/>
        <source>“{value}” is not a web address; it should look like www.example.org or https://example.org.</source>
        <translation>“{value}” no es una dirección web; debe tener la forma www.example.org o https://example.org.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/preferences.py" line="42"/>
        <source>There is no folder “{value}”; plug in the disk or choose another folder.</source>
        <translation>No existe la carpeta “{value}”; conecte el disco o elija otra carpeta.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/preferences.py" line="45"/>
        <source>There is no file “{value}”.</source>
        <translation>No existe el archivo “{value}”.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/preferences.py" line="47"/>
        <source>“{value}” is not a picture CivicDesk can read; use a PNG or JPEG file.</source>
        <translation>“{value}” no es una imagen que CivicDesk pueda leer; use un archivo PNG o JPEG.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/shared_database.py" line="46"/>
        <source>This cannot hold spaces.</source>
        <translation>No puede contener espacios.</translation>
    </message>
</context>
<context>
    <name>VoidPaymentDialog</name>
    <message>
        <location filename="../../civicdesk/gui/dialogs/void_payment_dialog.py" line="32"/>
        <source>Void the payment</source>
        <translation>Anular el pago</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/void_payment_dialog.py" line="38"/>
        <source>Void the payment of {amount} made on {date} ({method}), which covers {start} to {end}?</source>
        <translation>¿Anular el pago de {amount} hecho el {date} ({method}), que cubre del {start} al {end}?</translation>
    </message>
    <message>
        <location filename="../../ui/void_payment_dialog.ui" line="14"/>
        <source>Void a payment</source>
        <translation>Anular un pago</translation>
    </message>
    <message>
        <location filename="../../ui/void_payment_dialog.ui" line="27"/>
        <source>The payment stays on file, struck through, with your name, today&apos;s date and the reason. It no longer counts for the dues, which are worked out again.</source>
        <translation>El pago queda registrado, tachado, con su nombre, la fecha de hoy y el motivo. Ya no cuenta para la cuota, que se vuelve a calcular.</translation>
    </message>
    <message>
        <location filename="../../ui/void_payment_dialog.ui" line="42"/>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <location filename="../../ui/void_payment_dialog.ui" line="52"/>
        <source>e.g. recorded twice, cheque bounced</source>
        <translation>p. ej., registrado dos veces, cheque sin fondos</translation>
    </message>
</context>
<context>
    <name>WeekCalendar</name>
    <message>
        <location filename="../../civicdesk/gui/widgets/week_calendar.py" line="164"/>
        <source>Week calendar</source>
        <translation>Calendario semanal</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/week_calendar.py" line="245"/>
        <source>no shifts</source>
        <translation>sin turnos</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/week_calendar.py" line="246"/>
        <source>{count} to fill</source>
        <translation>{count} por cubrir</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/week_calendar.py" line="247"/>
        <source>all filled</source>
        <translation>todo cubierto</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/week_calendar.py" line="249"/>
        <source>Today · {summary}</source>
        <translation>Hoy · {summary}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/week_calendar.py" line="313"/>
        <source>No shifts this week.
Use “New shift…” to plan one, or Page Down for the next week.</source>
        <translation>No hay turnos esta semana.
Use “Nuevo turno…” para planificar uno, o Page Down para ir a la semana siguiente.</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/week_calendar.py" line="356"/>
        <location filename="../../civicdesk/gui/widgets/week_calendar.py" line="397"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/week_calendar.py" line="360"/>
        <source>Full</source>
        <translation>Completo</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/week_calendar.py" line="392"/>
        <source>Taken: {places}</source>
        <translation>Ocupadas: {places}</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/widgets/week_calendar.py" line="395"/>
        <source>Needs: {skill}</source>
        <translation>Habilidad requerida: {skill}</translation>
    </message>
</context>
<context>
    <name>WeekPage</name>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts_week.py" line="29"/>
        <source>◀  Previous week</source>
        <translation>◀  Semana anterior</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts_week.py" line="30"/>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts_week.py" line="31"/>
        <source>Next week  ▶</source>
        <translation>Semana siguiente  ▶</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts_week.py" line="49"/>
        <source>Show the week before (Page Up)</source>
        <translation>Mostrar la semana anterior (Page Up)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts_week.py" line="50"/>
        <source>Show the week after (Page Down)</source>
        <translation>Mostrar la semana siguiente (Page Down)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts_week.py" line="51"/>
        <source>Back to this week (Home)</source>
        <translation>Volver a esta semana (Home)</translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/shifts_week.py" line="75"/>
        <source>&lt;span style=&apos;background:{unfilled}; border:1px dashed {border}&apos;&gt;&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp;&lt;/span&gt; needs people &amp;nbsp; &lt;span style=&apos;background:{cancelled}&apos;&gt;&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp;&lt;/span&gt; cancelled</source>
        <translation>&lt;span style=&apos;background:{unfilled}; border:1px dashed {border}&apos;&gt;&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp;&lt;/span&gt; sin cubrir &amp;nbsp; &lt;span style=&apos;background:{cancelled}&apos;&gt;&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp;&lt;/span&gt; cancelado</translation>
    </message>
</context>
</TS>
