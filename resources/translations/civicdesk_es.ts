<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../civicdesk/gui/dialogs/about.py" line="29"/>
        <source>Database: {db}
Data folder: {folder}

Python {python}, Qt {qt} (PySide6 {pyside}), peewee {peewee}, reportlab {reportlab}</source>
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
        <location filename="../../civicdesk/gui/crash.py" line="86"/>
        <source>The details were saved in &lt;b&gt;{file}&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/crash.py" line="88"/>
        <source>The details could not be saved to a file; copy them below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/crash.py" line="90"/>
        <source>&lt;b&gt;Something went wrong that CivicDesk did not expect.&lt;/b&gt; Everything you saved before is safe; the last thing you were doing may not have been saved, so please check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/crash.py" line="94"/>
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
        <location filename="../../civicdesk/data/errors.py" line="16"/>
        <source>{path} is a folder, not a database file. Choose the civicdesk.db file inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/errors.py" line="22"/>
        <source>CivicDesk is not allowed to read {path}. Ask whoever manages this computer to give your user access to the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/errors.py" line="30"/>
        <source>CivicDesk cannot save in the folder {path} (it is read-only or you lack permission). Choose a folder you can write to, for example with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/errors.py" line="38"/>
        <source>{path} is not a CivicDesk database. Check that you picked the right file; CivicDesk did not change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/errors.py" line="46"/>
        <source>The database {path} is damaged ({detail}). CivicDesk did not change it. Restore the newest backup from {backups}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/errors.py" line="54"/>
        <source>The database {path} was saved by a newer CivicDesk (data version {found}; this CivicDesk understands up to {supported}). Install the newer CivicDesk to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/errors.py" line="62"/>
        <source>The database is busy: another CivicDesk window or program is saving to it. Wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/data/errors.py" line="70"/>
        <source>The disk holding {path} is full, so nothing was saved. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../civicdesk/services/errors.py" line="68"/>
        <source>The {what} you asked for (number {row_id}) no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../../civicdesk/services/payments.py" line="15"/>
        <source>Paid by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/payments.py" line="16"/>
        <location filename="../../civicdesk/services/people.py" line="24"/>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/payments.py" line="17"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/payments.py" line="19"/>
        <source>Paid on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/payments.py" line="20"/>
        <source>Covers from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/payments.py" line="21"/>
        <source>Covers until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/payments.py" line="22"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/payments.py" line="23"/>
        <location filename="../../civicdesk/services/requests.py" line="161"/>
        <location filename="../../civicdesk/services/shifts.py" line="35"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="18"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="19"/>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="20"/>
        <source>Preferred name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="21"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="22"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="23"/>
        <source>Mobile phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="25"/>
        <source>Membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="27"/>
        <source>Member number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="28"/>
        <location filename="../../civicdesk/services/requests.py" line="105"/>
        <source>Volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="29"/>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="30"/>
        <source>Accessibility and mobility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="31"/>
        <source>Listed in the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="32"/>
        <source>May be emailed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="33"/>
        <source>May be phoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="34"/>
        <source>Photos allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="35"/>
        <source>Reach via</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="36"/>
        <location filename="../../civicdesk/services/people.py" line="54"/>
        <location filename="../../civicdesk/services/shifts.py" line="30"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="37"/>
        <location filename="../../civicdesk/services/requests.py" line="21"/>
        <source>Sensitive notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="38"/>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="39"/>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="40"/>
        <source>Interests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="46"/>
        <source>Household name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="47"/>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="48"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="49"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="50"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="51"/>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="52"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="53"/>
        <location filename="../../civicdesk/services/requests.py" line="22"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="16"/>
        <source>Requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="17"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="18"/>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="19"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="20"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="23"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="24"/>
        <source>Follow up on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="136"/>
        <location filename="../../civicdesk/services/shifts.py" line="33"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="145"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/shifts.py" line="17"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/shifts.py" line="18"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/shifts.py" line="19"/>
        <location filename="../../civicdesk/services/shifts.py" line="27"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/shifts.py" line="20"/>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/shifts.py" line="23"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/shifts.py" line="24"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/shifts.py" line="25"/>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/shifts.py" line="26"/>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/shifts.py" line="28"/>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/shifts.py" line="29"/>
        <source>Required skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/shifts.py" line="34"/>
        <source>Minutes worked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/shifts.py" line="173"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/shifts.py" line="179"/>
        <location filename="../../civicdesk/services/shifts.py" line="187"/>
        <source>Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/settings.py" line="27"/>
        <source>Association name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/settings.py" line="28"/>
        <source>Association address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/settings.py" line="29"/>
        <source>Logo for reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/settings.py" line="30"/>
        <source>Time zone (empty: this computer&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/settings.py" line="31"/>
        <source>Lock after idle minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/settings.py" line="32"/>
        <source>Keep closed requests (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/settings.py" line="33"/>
        <source>Yearly dues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/settings.py" line="34"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/settings.py" line="35"/>
        <source>Demo data offer answered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../civicdesk/gui/mainwindow.py" line="87"/>
        <source>Database: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/mainwindow.py" line="90"/>
        <source>Signed in as {name}</source>
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
        <location filename="../../ui/mainwindow.ui" line="38"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="41"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="50"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="51"/>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="54"/>
        <source>Show the &amp;data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.ui" line="57"/>
        <source>&amp;About CivicDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembersPlaceholder</name>
    <message>
        <location filename="../../civicdesk/gui/panes/placeholder.py" line="38"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/placeholder.py" line="42"/>
        <source>{count} people are on file.

Finding, adding and editing people comes here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Permission</name>
    <message>
        <location filename="../../civicdesk/services/actors.py" line="28"/>
        <source>see or change sensitive notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/actors.py" line="29"/>
        <source>export data in bulk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/actors.py" line="30"/>
        <source>delete records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/actors.py" line="31"/>
        <source>override a shift overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/actors.py" line="32"/>
        <source>manage user accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/actors.py" line="33"/>
        <source>change the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/actors.py" line="34"/>
        <source>archive records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/actors.py" line="35"/>
        <source>plan events and shifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/errors.py" line="62"/>
        <source>{who} is not allowed to {what}. Ask a coordinator or an admin.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPlaceholder</name>
    <message>
        <location filename="../../civicdesk/gui/panes/placeholder.py" line="73"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/placeholder.py" line="76"/>
        <source>Printed lists, sign-in sheets, labels and letters come here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestsPlaceholder</name>
    <message>
        <location filename="../../civicdesk/gui/panes/placeholder.py" line="62"/>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/placeholder.py" line="65"/>
        <source>Support requests from neighbours come here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShiftsPlaceholder</name>
    <message>
        <location filename="../../civicdesk/gui/panes/placeholder.py" line="51"/>
        <source>Shifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/panes/placeholder.py" line="54"/>
        <source>Volunteer shifts, sign-ups and attendance come here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../civicdesk/gui/application.py" line="60"/>
        <source>CivicDesk cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../civicdesk/services/payments.py" line="25"/>
        <source>Say which person or which household paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/payments.py" line="26"/>
        <source>The period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="57"/>
        <source>Give at least a first or a last name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="58"/>
        <source>There is no such {what} (number {value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="59"/>
        <source>A person cannot be reached through themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="140"/>
        <source>household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/people.py" line="141"/>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="39"/>
        <source>There is no such person (number {value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="40"/>
        <source>There is no such category (number {value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="41"/>
        <source>A request that is {old} cannot become {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="42"/>
        <source>Choose a volunteer before the request can be {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="43"/>
        <source>{value} is not a volunteer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="44"/>
        <source>{value} is archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="45"/>
        <source>Say why the request is being reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/requests.py" line="46"/>
        <source>The note is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/shifts.py" line="38"/>
        <source>“{value}” is not a colour like #4a90d9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/shifts.py" line="39"/>
        <source>There is already an event called “{value}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/shifts.py" line="40"/>
        <source>The shift must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/shifts.py" line="41"/>
        <source>There is no such event (number {value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/shifts.py" line="42"/>
        <source>The event “{value}” is archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/shifts.py" line="43"/>
        <source>{taken} people are signed up; remove some before lowering the places to {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/shifts.py" line="45"/>
        <source>This shift was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/shifts.py" line="46"/>
        <source>{value} is archived; bring them back before signing them up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/shifts.py" line="47"/>
        <source>{value} is already signed up for this shift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/shifts.py" line="48"/>
        <source>This shift is full ({value} of {value} places taken).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/shifts.py" line="49"/>
        <source>{person} is already on “{shift}” ({when}), which overlaps this shift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/validation.py" line="21"/>
        <source>This is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/validation.py" line="22"/>
        <source>This is too long (at most {max} characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/validation.py" line="23"/>
        <source>“{value}” is not an email address; it should look like name@example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/validation.py" line="26"/>
        <source>“{value}” is not a phone number; use digits, spaces, + - ( ) and 6 to 15 digits, for example +1 555 123 4567.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/validation.py" line="29"/>
        <source>“{value}” is not a date; write it as year-month-day, for example 2026-03-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/validation.py" line="32"/>
        <source>“{value}” is not a date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/validation.py" line="33"/>
        <source>“{value}” is not one of: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/validation.py" line="34"/>
        <source>“{value}” is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/validation.py" line="35"/>
        <source>This must be at least {min}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/validation.py" line="36"/>
        <source>This must be at most {max}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/services/validation.py" line="37"/>
        <source>“{value}” is not yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../civicdesk/gui/dialogs/first_run.py" line="24"/>
        <source>An empty database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/dialogs/first_run.py" line="25"/>
        <source>This database has nobody in it yet.

Would you like to load made-up demo people, shifts and requests to try CivicDesk out? For real use, start with the empty database instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../civicdesk/gui/tasks.py" line="140"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../civicdesk/gui/dialogs/first_run.py" line="50"/>
        <source>Loading demo data…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
